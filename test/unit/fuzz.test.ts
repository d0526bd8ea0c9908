import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseNotes } from '../../src/core/parser';
import { sectionProblems } from '../../src/core/parser/invariants';
import { bundledNoteFiles } from './support/paths';

/** A small seeded PRNG (mulberry32): the same seed gives the same documents, so failures reproduce. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** Code units chosen to hurt: NUL and other controls, BOMs, line separators, lone surrogates, tabs. */
function nastyCharacter(random: Random): string {
  const choice = random();
  if (choice < 0.3) return String.fromCharCode(between(random, 0, 31));
  if (choice < 0.4) return pick(random, ['\uFEFF', '\u2028', '\u00A0', '\u007F', '\uFFFD', '\t', '\r', '\n', '\r\n']);
  if (choice < 0.5) return String.fromCharCode(between(random, 0xd800, 0xdfff));
  return String.fromCharCode(between(random, 0, 0xffff));
}

/** Lines that exercise every rule: headings, rules, numbering, bold, labels, tables, fences. */
const LINE_MAKERS: Array<(random: Random) => string> = [
  () => '',
  () => '   ',
  (r) => `${'#'.repeat(between(r, 1, 7))} ${pick(r, ['S3', 'Conclusion', 'Q1.What is IAM?', '', '**Bold**', 'Use case:'])}`,
  (r) => pick(r, ['=', '-', '+', '*', '_']).repeat(between(r, 1, 80)),
  (r) => '+' + '='.repeat(between(r, 0, 70)),
  (r) => `${between(r, 0, 20)}${pick(r, [')', '.', '. ', ')\t', '.\t'])}${pick(r, ['How does S3 scale?', 'Handling errors:', 'Step', ''])}`,
  (r) => `### Q${between(r, 0, 30)}.${pick(r, ['What are DMS failures?', ''])}`,
  (r) => pick(r, ['**Connectivity Issues:** check SGs', '__IAM Roles__', '**Problem**:', '****', '__']),
  (r) => pick(r, ['ELB: --> redirect traffic', 'AutoScaling==========', 'Note: careful', 'Architecture:', 'Use Cases:']),
  (r) => pick(r, ['SQL\tNoSQL', 'a\tb\tc', '\t\t\tEndpoint1---\\', 'x\t\ty', '-\tbullet', '1)\t']),
  (r) => pick(r, ['```', '```ts', '~~~', '    indented code', '- list item', '    - nested']),
  (r) => pick(r, ['---', '***', '- - -', 'Title', 'Some sentence ends here.', 'Understanding the Scenario']),
  (r) => Array.from({ length: between(r, 1, 30) }, () => nastyCharacter(r)).join(''),
  (r) => 'word '.repeat(between(r, 1, 60)),
];

function randomDocument(random: Random): string {
  const lines = Array.from({ length: between(random, 0, 60) }, () => pick(random, LINE_MAKERS)(random));
  const ending = pick(random, ['\n', '\r\n', '\r']);
  return lines.map((line) => line + (random() < 0.1 ? pick(random, ['\n', '\r\n', '\r']) : ending)).join('');
}

/** Mutations of real notes: the shapes users really write, damaged in the ways files get damaged. */
const MUTATIONS: Array<(random: Random, lines: string[]) => void> = [
  (r, lines) => void lines.splice(between(r, 0, lines.length), between(r, 1, 20)),
  (r, lines) => {
    const at = between(r, 0, Math.max(0, lines.length - 1));
    lines.splice(at, 0, ...lines.slice(at, at + between(r, 1, 15)));
  },
  (r, lines) => insertAt(r, lines, '#'.repeat(between(r, 1, 6)) + ' '),
  (r, lines) => lines.splice(between(r, 0, lines.length), 0, pick(r, ['===', '=========', '---', '+=====', '', '***'])),
  (r, lines) => replaceLine(r, lines, (line) => line.split(' ').join(pick(r, ['\t', ' ', '\t\t']))),
  (r, lines) => replaceLine(r, lines, (line) => `**${line}**`),
  (r, lines) => replaceLine(r, lines, (line) => {
    const at = between(r, 0, line.length);
    return line.slice(0, at) + nastyCharacter(r) + nastyCharacter(r) + line.slice(at);
  }),
  (r, lines) => insertAt(r, lines, `${between(r, 1, 15)}${pick(r, [')\t', '.', '. '])}`),
  (r, lines) => lines.splice(between(r, 0, lines.length), 0, pick(r, ['```', '~~~'])),
  (r, lines) => replaceLine(r, lines, (line) => line.toUpperCase().repeat(between(r, 1, 3))),
];

function insertAt(random: Random, lines: string[], prefix: string): void {
  replaceLine(random, lines, (line) => prefix + line);
}

function replaceLine(random: Random, lines: string[], change: (line: string) => string): void {
  if (lines.length === 0) return;
  const at = between(random, 0, lines.length - 1);
  lines[at] = change(lines[at]);
}

function mutatedNote(random: Random, notes: readonly string[][]): string {
  const source = pick(random, notes);
  const start = between(random, 0, source.length - 1);
  const lines = source.slice(start, start + between(random, 1, 160));
  const count = between(random, 1, 6);
  for (let i = 0; i < count; i++) pick(random, MUTATIONS)(random, lines);
  return lines.join(pick(random, ['\n', '\n', '\r\n', '\r']));
}

/** Parses and returns what is wrong, so one failing document is reported with its problems. */
function problemsOf(text: string): string[] {
  try {
    return sectionProblems(text, parseNotes(text));
  } catch (error) {
    return [`threw ${String(error)}`];
  }
}

function describeFailure(label: string, text: string, problems: string[]): string {
  return `${label}: ${problems.slice(0, 3).join('; ')}\n  document: ${JSON.stringify(text.slice(0, 400))}`;
}

describe('parseNotes fuzzing', function () {
  this.timeout(60_000);
  const notes = bundledNoteFiles().map((file) => fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/));

  it('keeps its invariants on 4,000 random documents', () => {
    const random = prng(20241122);
    const failures: string[] = [];
    for (let i = 0; i < 4000 && failures.length < 5; i++) {
      const text = randomDocument(random);
      const problems = problemsOf(text);
      if (problems.length > 0) failures.push(describeFailure(`random document ${i}`, text, problems));
    }
    assert.deepEqual(failures, []);
  });

  it('keeps its invariants on 6,000 mutated real notes', () => {
    const random = prng(7);
    const failures: string[] = [];
    for (let i = 0; i < 6000 && failures.length < 5; i++) {
      const text = mutatedNote(random, notes);
      const problems = problemsOf(text);
      if (problems.length > 0) failures.push(describeFailure(`mutated note ${i}`, text, problems));
    }
    assert.deepEqual(failures, []);
  });

  it('parses every bundled file doubled, and all five concatenated, with full coverage', () => {
    const texts = bundledNoteFiles().map((file) => fs.readFileSync(file, 'utf8'));
    for (const text of [...texts.map((one) => one + '\n' + one), texts.join('\n')]) {
      assert.deepEqual(problemsOf(text), []);
    }
    const single = parseNotes(texts[0]);
    const doubled = parseNotes(texts[0] + '\n' + texts[0]);
    assert.equal(doubled.length, single.length * 2, 'a doubled file gives each topic twice');
  });

  describe('huge and degenerate inputs', () => {
    const cases: Array<[string, () => string]> = [
      ['a 5 MB single line', () => 'x'.repeat(5_000_000)],
      ['a 5 MB heading line', () => '# ' + 'ab '.repeat(1_700_000)],
      ['a 5 MB line of = signs', () => '='.repeat(5_000_000)],
      ['a 5 MB line of bold markers and tabs', () => '**\t'.repeat(1_700_000)],
      ['100,000 empty lines', () => '\n'.repeat(100_000)],
      ['100,000 CRLF blank lines then text', () => '\r\n'.repeat(100_000) + 'text'],
      ['50,000 empty headings', () => '# H\n'.repeat(50_000)],
      ['50,000 nested headings', () => Array.from({ length: 50_000 }, (_, i) => '#'.repeat((i % 6) + 1) + ' H' + i).join('\n')],
      ['50,000 setext headings', () => 'Title\n=====\n'.repeat(50_000)],
      ['100,000 separators', () => '=====\n\n'.repeat(100_000)],
      ['20,000 numbered questions', () => Array.from({ length: 20_000 }, (_, i) => `${(i % 999) + 1})\tWhy?\nbecause\nso\nthus`).join('\n')],
      ['50,000 unclosed fences', () => '```\n~~~ts\n'.repeat(50_000)],
      ['a million NUL characters', () => '\u0000'.repeat(1_000_000)],
      ['lone surrogates on every line', () => '\ud800 a\n\udfff\n'.repeat(50_000)],
      ['50,000 tab table rows', () => 'a\tb\n'.repeat(50_000)],
      ['20,000 scenario blocks', () => '### Understanding the Scenario\nx\n### Conclusion\ny\n---\n'.repeat(20_000)],
      ['20,000 follow-ups after conclusions in one scenario block', () => '### Understanding the Scenario\nx\n### Key Points\ny\n---\n' + '### Conclusion\ny\n\nMore.\n\n### Aurora Global Database\nz\n'.repeat(20_000)],
      // Passages: every marker a passage can start at, thousands of times in one section.
      ['20,000 bold lines in one section', () => '# S3\n' + '__Versioning__\nkeeps every version\n\n'.repeat(20_000)],
      ['a 6 MB single line under a heading', () => '# S3\n' + '__Bold__ '.repeat(700_000)],
      ['a label line on every line', () => '# Labels\n' + 'Spot Instances:\n'.repeat(50_000)],
      ['20,000 bold list terms with sub-items', () => '## EC2\n' + '- **Spot Instances**\n  - cheap\n  - interruptible\n'.repeat(20_000)],
      ['20,000 conclusions and one specific heading at the end', () => '### Understanding the Scenario\nx\n### Key Points\ny\n---\n' + '### Conclusion\ny\n\nMore.\n\n'.repeat(20_000) + '### Aurora Global Database\nz\n'],
    ];
    for (const [name, make] of cases) {
      it(`handles ${name}`, () => {
        assert.deepEqual(problemsOf(make()), []);
      });
    }
  });
});
