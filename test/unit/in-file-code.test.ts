import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { parseTemplate } from '../../src/core/templates';
import { coveredSettings, declaredMentions, templateMentions } from '../../src/core/templates/in-file-outline';
import { PropertyDocs, type GeneratedPropertyDocs } from '../../src/core/templates/property-docs';
import { entriesInOrder } from '../../src/core/tree-model';
import { bundledNoteFiles, repoRoot } from './support/paths';

const workspace = path.join(repoRoot(), 'test', 'fixtures', 'workspace');

describe('"In this file" for Terraform and CDK code', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');

  const docs = new PropertyDocs(JSON.parse(fs.readFileSync(path.join(repoRoot(), 'src', 'core', 'templates', 'generated', 'property-docs.json'), 'utf8')) as GeneratedPropertyDocs);
  const outline = (relative: string, languageId: string) => {
    const text = fs.readFileSync(path.join(workspace, relative), 'utf8');
    const document = parseTemplate({ languageId, fileName: path.join(workspace, relative), text });
    assert.ok(document, relative);
    return {
      ids: entriesInOrder([...templateMentions(document, text, catalog), ...declaredMentions(document, catalog)]),
      settings: coveredSettings(document, catalog, index, docs),
      withoutDocs: coveredSettings(document, catalog, index),
    };
  };

  for (const [file, languageId] of [['terraform/main.tf', 'plaintext'], ['cdk-ts/lib/orders-stack.ts', 'typescript'], ['cdk-py/orders/orders_stack.py', 'python']] as const) {
    it(`${file}: the declared services, in order, and none from identifiers or comments`, () => {
      const { ids } = outline(file, languageId);
      for (const id of ['vpc', 'elb', 'auto-scaling', 'rds', 'dynamodb', 's3', 'sqs', 'lambda']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      assert.ok(ids.indexOf('vpc') < ids.indexOf('dynamodb') && ids.indexOf('dynamodb') < ids.indexOf('lambda'), ids.join(', '));
      // `aws-cdk-lib`, a comment's "CloudFormation", Python's `lambda item`, a policy string's "AssumeRole": not services the file declares.
      for (const id of ['cdk', 'cloudformation', 'sts']) assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
    });
  }

  it('lists the settings the notes cover under their service, in CloudFormation spelling, whatever the dialect wrote', () => {
    const terraform = outline('terraform/main.tf', 'plaintext');
    const python = outline('cdk-py/orders/orders_stack.py', 'python');
    const typescript = outline('cdk-ts/lib/orders-stack.ts', 'typescript');
    const labels = (settings: typeof terraform.settings, id: string) => (settings.get(id) ?? []).map((s) => s.label);
    for (const { settings } of [terraform, python, typescript]) {
      assert.ok(labels(settings, 'dynamodb').includes('Point in time recovery'), labels(settings, 'dynamodb').join(', '));
      assert.ok(labels(settings, 'rds').includes('Multi AZ'), labels(settings, 'rds').join(', '));
    }
    // CDK-only props and names of environment variables are no CloudFormation property: never listed.
    const all = [...typescript.settings.values(), ...python.settings.values()].flat().map((s) => s.label);
    for (const label of ['Nat gateways', 'Machine image', 'DB HOST', 'Removal policy']) assert.ok(!all.includes(label), `${label} in ${all.join(', ')}`);
    assert.equal(terraform.withoutDocs.size, 0, 'without the property docs, code lists no settings rather than guesses');
  });
});
