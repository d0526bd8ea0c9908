import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex, slug } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { makeSnippet, toPlainText } from '../../src/core/snippet';
import { bundledNoteFiles } from './support/paths';

function indexBundledNotes(): { index: NoteIndex; catalog: ServiceCatalog } {
  const catalog = new ServiceCatalog();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
  return { index, catalog };
}

describe('NoteIndex over the bundled notes', () => {
  const { index, catalog } = indexBundledNotes();

  it('indexes all five files with sections that carry what the API promises', () => {
    const stats = index.stats();
    assert.equal(stats.files, 5);
    assert.ok(stats.sections > 100, `only ${stats.sections} sections`);
    assert.ok(stats.services > 60, `only ${stats.services} services`);
    for (const section of index.allSections()) {
      assert.ok(section.id && section.title && section.breadcrumb.length >= 1 && section.file, JSON.stringify(section).slice(0, 200));
      assert.equal(typeof section.line, 'number');
      assert.ok(Array.isArray(section.services));
      assert.equal(typeof section.snippet, 'string');
      assert.equal(section.breadcrumb[0], path.basename(section.file));
    }
  });

  it('gives every section a unique id that survives re-indexing the same text', () => {
    const ids = index.allSections().map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    const file = bundledNoteFiles()[0];
    const before = index.files().find((f) => f.path === file)!.sections.map((s) => s.id);
    index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
    const after = index.files().find((f) => f.path === file)!.sections.map((s) => s.id);
    assert.deepEqual(after, before);
  });

  it('resolves every service and concept that titles a bundled section to that section', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const section of index.allSections()) {
      const named = new Set(catalog.findMentions(section.title).map((m) => m.entryId));
      for (const entryId of named) {
        const entry = catalog.get(entryId)!;
        checked++;
        const hits = index.lookup(entry.name).map((s) => s.id);
        if (!hits.includes(section.id)) failures.push(`${entry.name} → "${section.title}"`);
      }
    }
    assert.ok(checked > 100, `only ${checked} title mentions checked`);
    assert.deepEqual(failures, []);
  });

  it('ranks a section titled with a service above passing mentions', () => {
    for (const [term, expected] of [
      ['DynamoDB', /dynamodb/i],
      ['AWS::S3::Bucket', /\bs3\b/i],
      ['SQS', /sqs/i],
      ['Route 53', /route ?53/i],
      ['placement group', /placement group/i],
    ] as const) {
      const [top] = index.lookup(term);
      assert.ok(top, `nothing for ${term}`);
      assert.match(`${top.title} ${top.breadcrumb.join(' ')}`, expected, `${term} → ${top.title}`);
    }
  });

  it('puts security-group notes first for AWS::EC2::SecurityGroup', () => {
    const [top] = index.lookup('AWS::EC2::SecurityGroup');
    assert.ok(top);
    assert.match(`${top.title} ${top.headings.join(' ')}`, /security group/i);
  });

  it('returns nothing for plain English words', () => {
    for (const word of ['function', 'queue', 'cache', 'database', 'table', 'stream', 'team', 'design']) {
      assert.deepEqual(index.lookup(word), [], word);
    }
  });

  it('updates and removes one file without touching the others', () => {
    const changes: number[] = [];
    const stop = index.onDidChange((c) => changes.push(c.added.length - c.removedIds.length));
    const before = index.stats().sections;
    const userFile = '/tmp/my-notes/kinesis.md';
    index.setFile(userFile, '# Kinesis Data Firehose\nDelivers streams to S3 and Redshift.\n\n# AWS Amplify\nHosting for front ends.', 'user');
    assert.equal(index.stats().sections, before + 2);
    const amplify = index.lookup('AWS::Amplify::App');
    assert.equal(amplify[0]?.file, userFile);
    assert.equal(amplify[0]?.origin, 'user');
    index.removeFile(userFile);
    assert.equal(index.stats().sections, before);
    assert.deepEqual(changes, [2, -2]);
    stop();
  });
  it('keeps ranked lookups current as files come and go, including a refinement\'s parent notes', () => {
    const sgId = index.resolve('AWS::EC2::SecurityGroup')!;
    const parentId = catalog.get(sgId)!.parent!;
    assert.equal(parentId, index.resolve('VPC'));
    // Ask first, so any cached ranking must be dropped by the changes below.
    const sgBefore = index.lookupEntry(sgId).length;
    const parentBefore = index.sectionsFor(parentId).length;
    const userFile = '/tmp/my-notes/ec2-firewalls.md';
    index.setFile(userFile, '# Security groups for EC2 web tiers\nStateful rules; allow 443 from the ALB only.\n\n# VPC peering basics\nPeered VPC CIDRs must not overlap.', 'user');
    // Among whole sections: passages of the bundled chapters on security groups rank with them.
    const ranked = index.lookupEntry(sgId).filter((s) => s.section.parentId === undefined);
    const own = ranked.findIndex((s) => s.section.title === 'Security groups for EC2 web tiers');
    assert.ok(own >= 0 && own < 3, `the new security-group note ranks near the top (at ${own})`);
    assert.equal(index.sectionsFor(parentId).length, parentBefore + 1);
    assert.ok(ranked.findIndex((s) => s.section.title === 'VPC peering basics') > own, 'parent (VPC) notes follow the refinement\'s own');
    index.removeFile(userFile);
    assert.equal(index.lookupEntry(sgId).length, sgBefore);
    assert.equal(index.sectionsFor(parentId).length, parentBefore);
    assert.ok(!index.lookupEntry(sgId).some((s) => s.section.file === userFile));
  });
});

describe('section ids and snippets', () => {
  it('slugs ASCII and non-ASCII titles alike', () => {
    assert.equal(slug('  Hello, World!  '), 'hello-world');
    assert.equal(slug('---'), 'section');
    // The cut keeps a dash that falls on the last place, as the general path does.
    assert.equal(slug(`${'a'.repeat(79)} b c`), `${'a'.repeat(79)}-`);
    // Non-ASCII goes through NFKD: the Kelvin sign lower-cases to "k", accents split off.
    assert.equal(slug('\u212A8s pods'), 'k8s-pods');
    assert.equal(slug('Café Résumé'), 'cafe-re-sume');
  });

  it('strips Markdown and folds every kind of space', () => {
    assert.equal(toPlainText('- **Bold** [link](http://x) | cell\u00a0 two  '), 'Bold link cell two');
    assert.equal(toPlainText('plain words  '), 'plain words');
    assert.equal(toPlainText('\tso\u2003spaced'), 'so spaced');
  });

  it('skips the title line even when it is written with a character that folds to ASCII', () => {
    assert.equal(makeSnippet('## \u212Aelvin notes\nFirst  line.\n---\nSecond line.', 'kelvin notes'), 'First line. Second line.');
  });
});
