import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNotes } from '../../src/core/parser';
import { passageProblems, sectionProblems } from '../../src/core/parser/invariants';
import { isGenericTitle } from '../../src/core/parser/titles';
import { bundledNoteFiles, repoRoot } from './support/paths';

/** Titles that say nothing on their own; a sidebar full of these is useless. */
const BARE_GENERIC = /^(?:conclusion|summary|overview|introduction|architecture|use cases?|key points.*|notes?|details|examples?)$/i;

describe('parseNotes on the bundled notes', () => {
  const files = bundledNoteFiles();

  it('finds the five bundled files', () => {
    assert.equal(files.length, 5);
  });

  for (const file of files) {
    const name = path.basename(file);
    describe(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const sections = parseNotes(text);

      it('gives exactly the hand-reviewed titles', () => {
        const goldenPath = path.join(repoRoot(), 'test', 'unit', 'golden', `${name}.titles.json`);
        const golden = JSON.parse(fs.readFileSync(goldenPath, 'utf8')) as string[];
        const titles = sections.flatMap((section) => [section.title, ...(section.passages ?? []).map((passage) => `${section.title} › ${passage.title}`)]);
        assert.deepEqual(titles, golden);
      });

      it('covers every line exactly once, in order, with non-empty titles and bodies', () => {
        assert.deepEqual(sectionProblems(text, sections), []);
      });

      it('covers every line of a split section exactly once, by its introduction and its passages', () => {
        for (const section of sections.filter((s) => s.passages)) {
          assert.deepEqual(passageProblems(section, section.title), []);
          const covered = [section.startLine, ...section.passages!.map((p) => p.startLine), section.endLine + 1];
          for (let i = 1; i < covered.length; i++) assert.ok(covered[i] > covered[i - 1], `${section.title}: lines in order`);
        }
      });

      it('has no generic titles and none much over 90 characters, passages included', () => {
        for (const section of sections.flatMap((s) => [s, ...(s.passages ?? [])])) {
          assert.ok(!isGenericTitle(section.title), `generic title: ${section.title}`);
          assert.ok(!BARE_GENERIC.test(section.title), `bare generic title: ${section.title}`);
          assert.ok(section.title.length <= 101, `over-long title: ${section.title}`);
        }
      });

      it('keeps every word of the file in some section body', () => {
        const bodyWords = new Set(sections.flatMap((section) => section.body.split(/[^A-Za-z]+/)));
        const words = text.split(/\s+/).filter((word) => /^[A-Za-z]{6,}$/.test(word));
        const missing = words.filter((word) => !bodyWords.has(word));
        assert.deepEqual(missing.slice(0, 5), []);
      });
    });
  }

  it('gives each bundled format the kind a person would expect', () => {
    const byName = new Map(files.map((file) => [path.basename(file), parseNotes(fs.readFileSync(file, 'utf8'))]));
    const kinds = (name: string): Set<string> => new Set(byName.get(name)?.map((section) => section.kind));
    assert.deepEqual(kinds('architecture-interview-questions.txt'), new Set(['qa']));
    assert.deepEqual(kinds('aws-interview-questions.txt'), new Set(['qa']));
    assert.deepEqual(kinds('exam-scenario-explanations.md'), new Set(['scenario']));
    assert.deepEqual(kinds('solutions-architect-associate.md'), new Set(['note']));
    assert.deepEqual(kinds('aws-study-notes.txt'), new Set(['note']));
  });

  it('nests the big Markdown file by its heading hierarchy', () => {
    const file = files.find((candidate) => path.basename(candidate) === 'solutions-architect-associate.md') as string;
    const sections = parseNotes(fs.readFileSync(file, 'utf8'));
    const streams = sections.find((section) => section.title === 'Kinesis Data Streams');
    assert.deepEqual(streams?.parents, ['Decoupling applications', 'Kinesis']);
    const ec2 = sections.find((section) => section.title === 'EC2');
    assert.deepEqual(ec2?.parents, ['Compute services']);
    assert.ok(ec2?.headings.includes('EC2 Instance Types'), 'bold lines are sub-headings of EC2');
    const contents = sections.find((section) => section.title === 'Contents');
    assert.ok(contents?.headings.includes('Compute services'), 'table-of-contents entries stay inside Contents');
  });
});
