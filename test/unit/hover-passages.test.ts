import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { buildHoverContent, type HoverContent } from '../../src/core/hover-content';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { RESOURCE_SYNONYMS, resourcePhrases, splitResourceName } from '../../src/core/resource-words';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

describe('hover: passages and resource-level ranking', () => {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  const userFile = path.join(repoRoot(), 'test', 'fixtures', 'user-notes', 'compute-notes.md');
  index.setFile(userFile, fs.readFileSync(userFile, 'utf8'), 'user');

  const hover = (text: string, maxSections = 3): HoverContent => {
    const mention = catalog.findMentions(text)[0];
    const content = buildHoverContent({ entryId: mention?.entryId ?? '', text }, catalog, index, { maxSections, indexComplete: true });
    assert.ok(content, `a hover for ${text}`);
    return content;
  };
  const shown = (content: HoverContent): NoteSection[] => content.sectionIds.map((id) => index.get(id)!);
  const name = (section: NoteSection) => `${section.breadcrumb[section.breadcrumb.length - 1]} › ${section.title}`;

  it('splits a resource name into the words notes use, with a short documented list of synonyms', () => {
    assert.deepEqual(splitResourceName('KeyPair'), ['key', 'pair']);
    assert.deepEqual(splitResourceName('DBSubnetGroup'), ['db', 'subnet', 'group']);
    assert.deepEqual(splitResourceName('VPCEndpoint'), ['vpc', 'endpoint']);
    assert.deepEqual(resourcePhrases('AWS::EC2::KeyPair'), [['key', 'pair']]);
    assert.deepEqual(resourcePhrases('AWS::Lambda::LayerVersion'), [['layer', 'version'], ['layer']]);
    assert.deepEqual(resourcePhrases('AWS::EC2::SecurityGroup'), [['security', 'group']]);
    assert.deepEqual(resourcePhrases('AWS::S3::Bucket'), [], "a service's main resource has no words of its own");
    assert.deepEqual(resourcePhrases('not a type'), []);
    assert.ok(Object.keys(RESOURCE_SYNONYMS).length < 40, 'the curated list stays short');
  });

  it('puts the passage about key pairs first for AWS::EC2::KeyPair, then general EC2 notes', () => {
    const sections = shown(hover('AWS::EC2::KeyPair'));
    assert.equal(name(sections[0]), 'EC2 › Key pairs');
    assert.equal(sections[0].origin, 'user');
    assert.ok(sections.slice(1).every((s) => !/key pair/i.test(s.title)), 'then general notes');
    // The same service's main resource keeps the service's own order.
    assert.notEqual(name(shown(hover('AWS::EC2::Instance'))[0]), 'EC2 › Key pairs');
  });

  it('puts the passage about layers first for AWS::Lambda::LayerVersion', () => {
    assert.equal(name(shown(hover('AWS::Lambda::LayerVersion'))[0]), 'Lambda › Layers');
    assert.notEqual(name(shown(hover('AWS::Lambda::Function'))[0]), 'Lambda › Layers');
  });

  it('keeps security-group notes first for AWS::EC2::SecurityGroup, as before passages', () => {
    const sections = shown(hover('AWS::EC2::SecurityGroup', 5));
    assert.ok(sections.every((s) => s.services.includes('security-groups') || s.concepts.includes('security-groups')), sections.map(name).join(', '));
  });

  it('lists passages by their titles for a concept, the chapter\'s passages under its breadcrumb', () => {
    const content = hover('placement group', 3);
    const sections = shown(content);
    assert.equal(sections[0].title, 'AWS Placement Groups', 'the note named after it first');
    assert.deepEqual(sections.slice(1).map((s) => s.title), ['Cluster Placement Group', 'Spread Placement Group'], 'then passages, not whole Q&A answers');
    assert.ok(sections.slice(1).every((s) => s.parentId !== undefined));
    assert.match(content.markdown, /\*\*\[Cluster Placement Group\]\(command:awsNotes\.openSection\?/);
    assert.match(content.markdown, /aws\\-interview\\-questions\\\.txt › Difference Between/, 'a passage names its chapter beside the file');
  });

  it('starts a service hover with the chapter named after it: its introduction counts as a passage', () => {
    const sections = shown(hover('AWS::S3::Bucket'));
    assert.equal(sections[0].title, 'S3');
    assert.ok(sections[0].passageIds?.length, 'the S3 chapter, which has passages');
    assert.match(hover('AWS::S3::Bucket').markdown, /Remember that S3 is Object\\-based/, 'with its introduction as the excerpt');
  });

  it('shows at most two passages of one chapter', () => {
    for (const term of ['AWS::SQS::Queue', 'AWS::S3::Bucket', 'AWS::Route53::RecordSet', 'placement group']) {
      const perChapter = new Map<string, number>();
      for (const s of shown(hover(term, 10))) if (s.parentId) perChapter.set(s.parentId, (perChapter.get(s.parentId) ?? 0) + 1);
      assert.ok([...perChapter.values()].every((n) => n <= 2), term);
    }
  });

  it('keeps a refinement\'s own notes before its parent\'s', () => {
    const sections = shown(hover('DAX', 4));
    assert.equal(sections[0].title, 'DynamoDB Accelerator (DAX)');
    const own = new Set(index.sectionsFor('dax').map((s) => s.section.id));
    const firstParent = sections.findIndex((s) => !own.has(s.id));
    assert.ok(firstParent < 0 || sections.slice(firstParent).every((s) => !own.has(s.id)));
  });

  it('skips the chapter the cursor is in, and its passages', () => {
    const ec2 = index.allSections().find((s) => s.file === userFile && s.title === 'EC2')!;
    const mention = catalog.findMentions('AWS::EC2::KeyPair')[0];
    const content = buildHoverContent({ entryId: mention.entryId, text: 'AWS::EC2::KeyPair' }, catalog, index, { maxSections: 5, indexComplete: true, skipSectionId: ec2.id });
    assert.ok(content);
    assert.ok(content.sectionIds.every((id) => id !== ec2.id && index.get(id)?.parentId !== ec2.id));
  });
});
