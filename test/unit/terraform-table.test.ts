import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServiceCatalog } from '../../src/core/catalog';
import table from '../../src/core/templates/generated/terraform-aws.json';
import { repoRoot } from './support/paths';

interface TableScript {
  buildTable(): { table: unknown };
  serializeTable(table: unknown): string;
}

describe('generated Terraform table', () => {
  it('is what scripts/generate-terraform-table.mjs derives from scripts/data (run `npm run terraform-table`)', async () => {
    const script = (await import(pathToFileURL(path.join(repoRoot(), 'scripts', 'generate-terraform-table.mjs')).href)) as TableScript;
    const expected = script.serializeTable(script.buildTable().table);
    const checkedIn = fs.readFileSync(path.join(repoRoot(), 'src', 'core', 'templates', 'generated', 'terraform-aws.json'), 'utf8');
    assert.ok(expected === checkedIn, 'src/core/templates/generated/terraform-aws.json is stale');
  });

  it('names its sources and their licence', () => {
    assert.match(table.source, /hashicorp\/terraform-provider-aws@[0-9a-f]{12}.*MPL-2\.0/);
    assert.match(table.source, /hashicorp\/terraform-provider-awscc@[0-9a-f]{12}.*MPL-2\.0/);
  });

  it('maps only to CloudFormation types and namespaces the catalog knows', () => {
    const catalog = new ServiceCatalog();
    for (const [name, type] of Object.entries(table.types as Record<string, string>)) {
      assert.ok(catalog.resourceType(type), `${name} → ${type}`);
    }
    for (const [source, namespace] of table.prefixes as [string, string][]) {
      assert.ok(catalog.resolveTerm(namespace), `${source} → ${namespace}`);
      assert.doesNotThrow(() => new RegExp(`^(?:${source})`), source);
    }
    assert.ok(Object.keys(table.types).length > 700);
  });
});
