import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GENERATED_CATALOG, ServiceCatalog, standardDocsUrl, standardServiceName } from '../../src/core/catalog';
import { repoRoot } from './support/paths';

interface CatalogTransform {
  loadServiceSpec(fromDirectory: string): unknown;
  transformServiceSpec(spec: unknown): unknown;
  serializeCatalog(catalog: unknown): string;
  standardDocsUrl(type: string): string;
  standardServiceName(namespace: string): string;
}

/** The generator script's own transform, so the test checks exactly what `npm run catalog` writes. */
async function loadTransform(): Promise<CatalogTransform> {
  const modulePath = path.join(repoRoot(), 'scripts', 'catalog-transform.mjs');
  return (await import(pathToFileURL(modulePath).href)) as CatalogTransform;
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
