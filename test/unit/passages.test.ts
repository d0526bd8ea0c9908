import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { readAnalyses, writeAnalyses } from '../../src/core/analysed-notes';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { introduction, passageInChapter } from '../../src/core/passage-view';
import { splitLines } from '../../src/core/parser/lines';
import type { NoteSection, ParsedSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';

const notesDir = path.join(repoRoot(), 'notes');
const read = (name: string) => fs.readFileSync(path.join(notesDir, name), 'utf8');

/** The passage `title` of the section `section` in a bundled file, with the file's lines. */
function passageOf(file: string, section: string, title: string): { passage: ParsedSection; parent: ParsedSection; lines: string[] } {
  const text = read(file);
  const parent = parseNotes(text).find((s) => s.title === section);
  assert.ok(parent, `${file} has a section "${section}"`);
  const passage = parent.passages?.find((p) => p.title === title);
  assert.ok(passage, `"${section}" has a passage "${title}"; it has ${JSON.stringify(parent.passages?.map((p) => p.title))}`);
  return { passage, parent, lines: splitLines(text) };
}

describe('passages: the sub-topics a note marks inside a long section', () => {
  describe('each splitting rule, on the bundled notes', () => {
    it('a bold lead line: `__Versioning__` in the S3 chapter opens "Versioning"', () => {
      const { passage, parent, lines } = passageOf('solutions-architect-associate.md', 'S3', 'Versioning');
      assert.equal(lines[passage.startLine].trim(), '__Versioning__');
      assert.deepEqual(passage.parents, [...parent.parents, 'S3']);
      assert.match(passage.body, /version your files/);
      assert.doesNotMatch(passage.body, /Replication/, 'the passage ends where the next sub-topic starts');
    });

    it('a bold lead line with a short tag after it: `__Multipart Uploads__ Upload Perf`', () => {
      const { passage, lines } = passageOf('solutions-architect-associate.md', 'S3', 'Multipart Uploads');
      assert.match(lines[passage.startLine], /^__Multipart Uploads__ Upload Perf/);
    });

    it('an indented bold lead line: ` __Message Visibility Timeout__` under the SQS configurations', () => {
      const { passage } = passageOf('solutions-architect-associate.md', 'SQS: Configurations', 'Message Visibility Timeout');
      assert.match(passage.body, /visibility timeout/i);
      passageOf('solutions-architect-associate.md', 'SQS: Configurations', 'Long Polling');
    });

    it('a short label line ending in a colon: "ASG default termination policy :" in the study notes', () => {
      const { passage, lines } = passageOf('aws-study-notes.txt', 'AutoScaling', 'ASG default termination policy');
      assert.equal(lines[passage.startLine].trim(), 'ASG default termination policy :');
      passageOf('architecture-interview-questions.txt', 'Caching', 'Lazy Loading');
    });

    it('a sub-heading inside a section: the `###` parts of an exam scenario', () => {
      const { passage, lines } = passageOf('exam-scenario-explanations.md', 'Why Global Accelerator and Cross-Region Replication', 'Understanding AWS Global Accelerator');
      assert.equal(lines[passage.startLine], '### Understanding AWS Global Accelerator');
      // A numbered item with a bold term that runs on is a list item of that kind too.
      const clone = passageOf('exam-scenario-explanations.md', 'AWS RAM and Database Cloning', 'Create an Aurora Clone in the Target Account');
      assert.match(clone.lines[clone.passage.startLine], /^2\. \*\*Create an Aurora Clone/);
    });

    it('a list item that opens with a bold term and runs on: `- __Server-Side Encryption (SSE)__`', () => {
      const { passage, lines } = passageOf('solutions-architect-associate.md', 'S3', 'Server-Side Encryption (SSE)');
      assert.equal(lines[passage.startLine].trim(), '- __Server-Side Encryption (SSE)__');
      assert.match(passage.body, /SSE-KMS/);
    });

    it('but not a one-line bold list item, nor a generic label, nor a bold sentence', () => {
      const s3 = parseNotes(read('solutions-architect-associate.md')).find((s) => s.title === 'S3')!;
      assert.ok(!s3.passages!.some((p) => p.title === 'Tiered Storage'), '`- __Tiered Storage__ S3 offers…` is one line of the introduction');
      const backup = parseNotes(read('solutions-architect-associate.md')).find((s) => s.title === 'Aws Backup')!;
      assert.ok(!backup.passages!.some((p) => p.title.startsWith('It gives you centralized control')), 'a bold sentence is emphasis');
      const text = '# EC2\n' + 'Intro line.\n'.repeat(6) + 'Example:\nsome text\nmore\n\n__Spot Instances__\ncheap\ninterruptible\n\n__Reserved Instances__\nsteady\n';
      const [ec2] = parseNotes(text);
      assert.deepEqual(ec2.passages?.map((p) => p.title), ['Spot Instances', 'Reserved Instances']);
    });

    it('puts a generic sub-title in its chapter\'s context: "S3: Security", "Route 53: Weighted"', () => {
      passageOf('solutions-architect-associate.md', 'S3', 'S3: Security');
      passageOf('solutions-architect-associate.md', 'Route 53', 'Route 53: Weighted');
    });

    it('leaves short sections whole', () => {
      const text = '# SQS\n__Long Polling__\nwaits\n__Short Polling__\nreturns at once\n';
      assert.equal(parseNotes(text)[0].passages, undefined);
    });

    it('gives a marker with nothing under it to the passage that follows', () => {
      const { passage } = passageOf('solutions-architect-associate.md', 'S3', 'S3 Storage Classes');
      assert.match(passage.body, /S3 Standard – General Purpose/);
      assert.ok(passage.headings.includes('S3 Standard – General Purpose'));
    });
  });

  describe('in the index', () => {
    const catalog = new ServiceCatalog();
    const index = new NoteIndex(catalog, parseNotes);
    for (const file of bundledNoteFiles()) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
    const all = index.allSections();
    const byTitle = (breadcrumbEnd: string, title: string): NoteSection => {
      const found = all.find((s) => s.title === title && s.breadcrumb[s.breadcrumb.length - 1] === breadcrumbEnd);
      assert.ok(found, `${breadcrumbEnd} › ${title}`);
      return found;
    };

    it('makes each passage a section with its own id, breadcrumb, lines, tags and snippet, that knows its parent', () => {
      const versioning = byTitle('S3', 'Versioning');
      const s3 = index.get(versioning.parentId!);
      assert.ok(s3);
      assert.equal(s3.title, 'S3');
      assert.equal(s3.parentId, undefined, 'top-level sections have no parent');
      assert.deepEqual(versioning.breadcrumb, [...s3.breadcrumb, 'S3']);
      assert.notEqual(versioning.id, s3.id);
      assert.ok(s3.line < versioning.line && versioning.endLine <= s3.endLine);
      assert.equal(versioning.services[0], 's3');
      assert.match(versioning.snippet, /version/i);
      assert.ok(s3.passageIds?.includes(versioning.id));
      assert.deepEqual(index.passagesOf(s3).map((p) => p.id), s3.passageIds);
      assert.ok(s3.body.includes('You can version your files'), 'the parent keeps its full body');
    });

    it('tags a passage with what it is about, not only with its chapter', () => {
      const fanout = byTitle('SNS', 'SNS + SQS Fanout Pattern');
      assert.ok(fanout.services.includes('sqs') && fanout.services.includes('sns'));
      const timeout = byTitle('SQS: Configurations', 'Message Visibility Timeout');
      assert.ok(timeout.services.includes('sqs'));
    });

    it('counts top-level sections and passages apart', () => {
      const stats = index.stats();
      assert.equal(stats.sections + stats.passages, all.length);
      assert.equal(stats.passages, all.filter((s) => s.parentId !== undefined).length);
      assert.ok(stats.passages > 300, `${stats.passages} passages in the bundled notes`);
    });

    it('finds the top-level section at a line, not the passage inside it', () => {
      const versioning = byTitle('S3', 'Versioning');
      assert.equal(index.sectionAt(versioning.file, versioning.line + 1)?.id, versioning.parentId);
    });

    it('stores and restores passages with their parents, ids and order intact', () => {
      const file = bundledNoteFiles().find((f) => f.endsWith('solutions-architect-associate.md'))!;
      const exported = index.exportFile(file)!;
      const stored = readAnalyses(writeAnalyses(new Map([['a'.repeat(64), exported]])));
      assert.ok('analyses' in stored);
      const other = new NoteIndex(catalog, parseNotes);
      other.setAnalysedFile(file, stored.analyses.get('a'.repeat(64))!, 'bundled', 'solutions-architect-associate.md');
      // As JSON: every field, the body too (an index section reads its body through an accessor, which a spread would miss).
      const strip = (s: NoteSection) => JSON.parse(JSON.stringify(s)) as unknown;
      assert.deepEqual(other.allSections().map(strip), index.allSections().filter((s) => s.file === file).map(strip));
      const fresh = new NoteIndex(catalog, parseNotes);
      fresh.setAnalysedFile(file, index.analyse(fs.readFileSync(file, 'utf8')), 'bundled', 'solutions-architect-associate.md');
      assert.deepEqual(fresh.allSections().map(strip), index.allSections().filter((s) => s.file === file).map(strip), 'analyse() gives what setFile gives');
    });

    it('shows a passage in its chapter: the introduction and earlier passages before it, the later ones after', () => {
      const replication = byTitle('S3', 'Amazon S3 – Replication');
      const s3 = index.get(replication.parentId!)!;
      const context = passageInChapter(replication, s3, index.passagesOf(s3))!;
      assert.equal(context.passagesBefore, 1);
      assert.match(context.before, /^- Remember that S3 is Object-based/);
      assert.match(context.before, /__Versioning__/);
      assert.doesNotMatch(context.before, /Replication__/);
      assert.match(context.after, /^__Security__/);
      assert.ok(!context.after.includes('Must enable Versioning'), 'the passage itself is in neither');
      assert.doesNotMatch(introduction(s3, index.passagesOf(s3)[0]), /__Versioning__/);
    });

    it('reads a stored passage whose parent is not a section before it as a top-level section', () => {
      const [first, second] = index.analyse('# A\nx\n\n# B\ny\n');
      const other = new NoteIndex(catalog, parseNotes);
      const sections = other.setAnalysedFile('/n.md', [{ ...first, parent: 5 }, { ...second, parent: 1 }], 'user');
      assert.deepEqual(sections.map((s) => s.parentId), [undefined, undefined]);
    });
  });
});
