import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { parseTemplate } from '../../src/core/templates';
import { coveredSettings, settingLabel, templateMentions } from '../../src/core/templates/in-file-outline';
import { buildInFileGroup, entriesInOrder, type EntryNode, type HeadingNode } from '../../src/core/tree-model';
import { bundledNoteFiles, repoRoot } from './support/paths';

const BASTION = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Description: SSH access through a bastion host into the private subnets',
  'Parameters:',
  '  Lambda:',
  '    Type: String',
  'Resources:',
  '  Bastion:',
  '    Type: AWS::EC2::Instance',
  '    Properties:',
  '      InstanceType: t3.micro',
  '      Tenancy: dedicated',
  '  Sessions:',
  '    Type: AWS::DynamoDB::Table',
  '    Properties:',
  '      BillingMode: PAY_PER_REQUEST',
  '      PointInTimeRecoverySpecification:',
  '        PointInTimeRecoveryEnabled: true',
  '',
].join('\n');

describe('"In this file" for a template', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const group = (text: string, name: string) => {
    const document = parseTemplate({ languageId: 'yaml', fileName: name, text })!;
    const ids = entriesInOrder(templateMentions(document, text, catalog));
    return { ids, node: buildInFileGroup(ids, index, (id) => catalog.get(id), name, { settingsByEntry: coveredSettings(document, catalog, index) }) };
  };

  it('does not count a logical id or a parameter name as a mention, but does count the prose', () => {
    const { ids } = group(BASTION, 'bastion.yaml');
    const raw = entriesInOrder(catalog.findMentions(BASTION));
    const bastion = catalog.resolveTerm('bastion host');
    assert.ok(bastion, 'the catalog knows bastion hosts');
    assert.ok(raw.includes('lambda'), 'the raw text names Lambda (a parameter called Lambda)');
    assert.ok(!ids.includes('lambda'), 'a parameter name is not a mention');
    assert.ok(ids.includes('ec2') && ids.includes('dynamodb'));
    // The Description prose still counts: it names bastion hosts in words.
    assert.ok(ids.includes(bastion));
    const withoutProse = group(BASTION.replace(/^Description:.*$/m, 'Description: SSH access'), 'bastion.yaml').ids;
    assert.ok(!withoutProse.includes(bastion), 'the logical id Bastion alone is not a mention of bastion hosts');
  });

  it('lists under each service the settings the notes cover: DynamoDB › Point in time recovery', () => {
    const { node } = group(BASTION, 'bastion.yaml');
    const dynamodb = node!.children.find((c): c is EntryNode => c.entry.id === 'dynamodb')!;
    const settings = dynamodb.children.filter((c): c is HeadingNode => c.kind === 'heading');
    // As the issue has it: DynamoDB › Billing mode, Point in time recovery. `PAY_PER_REQUEST` is the notes' "On-demand Mode" (value-words.ts).
    assert.deepEqual(settings.map((s) => s.title), ['Billing mode', 'Point in time recovery']);
    const first = (setting: HeadingNode) => (setting.children[0] as { section: { title: string } }).section.title;
    assert.equal(first(settings[0]), 'On-demand Mode');
    assert.equal(first(settings[1]), 'Point in time restore');
  });

  it('lists settings from every service of a larger template, each once', () => {
    const text = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'templates', 'settings.yaml'), 'utf8');
    const { node } = group(text, 'settings.yaml');
    const labels = node!.children.flatMap((entry) => entry.children.filter((c): c is HeadingNode => c.kind === 'heading').map((h) => `${entry.entry.id} › ${h.title}`));
    for (const expected of ['sqs › Visibility timeout', 'sqs › Fifo queue', 'rds › Multi AZ', 'placement-groups › Strategy']) assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
    assert.equal(new Set(labels).size, labels.length);
    assert.ok(!labels.some((l) => /Table name|Tags|Queue name/.test(l)), 'structural keys are not settings');
  });

  it('labels settings as a reader would', () => {
    assert.equal(settingLabel('PointInTimeRecoverySpecification'), 'Point in time recovery');
    assert.equal(settingLabel('BillingMode'), 'Billing mode');
    assert.equal(settingLabel('MultiAZ'), 'Multi AZ');
  });
});
