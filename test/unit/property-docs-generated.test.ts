import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PropertyDocs, type GeneratedPropertyDocs } from '../../src/core/templates/property-docs';
import { repoRoot } from './support/paths';

interface PropertyDocsTransform {
  STUDIED_NAMESPACES: Set<string>;
  transformPropertyDocs(spec: unknown, namespaces: Set<string>): GeneratedPropertyDocs;
  serializePropertyDocs(docs: GeneratedPropertyDocs): string;
}

async function load<T>(script: string): Promise<T> {
  return (await import(pathToFileURL(path.join(repoRoot(), 'scripts', script)).href)) as T;
}

const checkedInPath = () => path.join(repoRoot(), 'src', 'core', 'templates', 'generated', 'property-docs.json');

describe('generated property docs', () => {
  it('match the installed @aws-cdk/aws-service-spec (run `npm run catalog` after bumping it)', async () => {
    const transform = await load<PropertyDocsTransform>('property-docs-transform.mjs');
    const { loadServiceSpec } = await load<{ loadServiceSpec(from: string): unknown }>('catalog-transform.mjs');
    const expected = transform.serializePropertyDocs(transform.transformPropertyDocs(loadServiceSpec(repoRoot()), transform.STUDIED_NAMESPACES));
    assert.ok(expected === fs.readFileSync(checkedInPath(), 'utf8'), 'src/core/templates/generated/property-docs.json is stale: run `npm run catalog`');
  });

  it('name their source and licence, and keep one sentence per property', () => {
    const data = JSON.parse(fs.readFileSync(checkedInPath(), 'utf8')) as GeneratedPropertyDocs;
    assert.match(data.source, /^@aws-cdk\/aws-service-spec@\S+ \(Apache-2\.0\)$/);
    const long = data.strings.filter((s) => s.length > 160);
    assert.deepEqual(long, []);
    const docs = new PropertyDocs(data);
    assert.equal(docs.lookup('AWS::DynamoDB::Table', ['BillingMode'])?.description.split(/\.\s/).length, 1);
    assert.ok(docs.lookup('AWS::Serverless::Function', ['Runtime']), 'SAM resources are described too');
  });
});
