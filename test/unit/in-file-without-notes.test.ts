/** "In this file" marks the services a template uses that have no notes (issue 17). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { buildInFileGroup, entriesInOrder } from '../../src/core/tree-model';
import { bundledNoteFiles } from './support/paths';

describe('"In this file" services without notes', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const template = [
    'Resources:',
    '  Dashboards:',
    '    Type: AWS::Grafana::Workspace',
    '  Table:',
    '    Type: AWS::DynamoDB::Table',
    '  Flow:',
    '    Type: AWS::AppRunner::Service',
    '',
  ].join('\n');
  const ids = entriesInOrder(catalog.findMentions(template));
  const group = (servicesWithoutNotes: boolean) => buildInFileGroup(ids, index, (id) => catalog.get(id), 'stack.yaml', { servicesWithoutNotes });

  it('lists them in reading order, with no sections under them', () => {
    const grafana = catalog.resolveResourceType('AWS::Grafana::Workspace')!.entryId;
    const appRunner = catalog.resolveResourceType('AWS::AppRunner::Service')!.entryId;
    assert.equal(index.sectionsFor(grafana).length, 0, 'the bundled notes say nothing on Grafana');
    const listed = group(true)!.children;
    assert.deepEqual(listed.map((c) => c.entry.id), [grafana, 'dynamodb', appRunner]);
    for (const child of [listed[0], listed[2]]) {
      assert.equal(child.sectionCount, 0);
      assert.deepEqual(child.children, []);
    }
    assert.ok(listed[1].sectionCount > 0, 'DynamoDB keeps its notes');
  });

  it('leaves them out unless asked, as before', () => {
    assert.deepEqual(group(false)!.children.map((c) => c.entry.id), ['dynamodb']);
  });

  it('never lists a concept without notes: prose names too many', () => {
    const concept = [...catalog.entries.values()].find((e) => e.kind === 'concept' && index.sectionsFor(e.id).length === 0 && e.aliases.length > 0);
    assert.ok(concept, 'the catalog has a concept the notes do not cover');
    const built = buildInFileGroup([concept.id, 'dynamodb'], index, (id) => catalog.get(id), 'doc.md', { servicesWithoutNotes: true });
    assert.deepEqual(built?.children.map((c) => c.entry.id), ['dynamodb']);
  });
});
