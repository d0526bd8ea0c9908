import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceCatalog } from '../../src/core/catalog';
import { NoteIndex } from '../../src/core/note-index';
import { parseNotes } from '../../src/core/parser';
import { buildCards, cardId, writtenCards, type StudyCard } from '../../src/core/study';
import { answerForDisplay, renderCardSide } from '../../src/core/study/display';
import type { NoteSection } from '../../src/core/types';
import { bundledNoteFiles, repoRoot } from './support/paths';
import { goldenCard, type GoldenCard } from './support/study-golden';

const catalog = new ServiceCatalog();

function cardsOfFile(file: string, text = fs.readFileSync(file, 'utf8'), origin: 'bundled' | 'user' = 'bundled'): StudyCard[] {
  const index = new NoteIndex(catalog, parseNotes);
  index.setFile(file, text, origin);
  return buildCards(index.allSections()).cards;
}

function userCards(text: string): StudyCard[] {
  return cardsOfFile('/notes/mine.md', text, 'user');
}

describe('Study cards from the bundled notes', () => {
  const expected: Record<string, { count: number; kinds: string[] }> = {
    'architecture-interview-questions.txt': { count: 14, kinds: ['qa'] },
    'aws-interview-questions.txt': { count: 15, kinds: ['qa'] },
    'aws-study-notes.txt': { count: 0, kinds: [] },
    'exam-scenario-explanations.md': { count: 15, kinds: ['scenario'] },
    'solutions-architect-associate.md': { count: 0, kinds: [] },
  };

  for (const file of bundledNoteFiles()) {
    const name = path.basename(file);
    describe(name, () => {
      const cards = cardsOfFile(file);

      it('gives exactly the hand-reviewed cards, ids included (a changed id loses every user that card\'s history)', () => {
        const golden = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'unit', 'golden', `${name}.cards.json`), 'utf8')) as GoldenCard[];
        assert.deepEqual(cards.map(goldenCard), golden);
      });

      it('has the expected number and kinds of cards, every side with text a reader can see', () => {
        assert.equal(cards.length, expected[name].count);
        assert.deepEqual([...new Set(cards.map((card) => card.kind))], expected[name].kinds);
        for (const card of cards) {
          assert.match(card.question, /[A-Za-z]{3}/, `empty question in ${card.sectionTitle}`);
          assert.match(card.answer, /[A-Za-z]{3}/, `empty answer in ${card.sectionTitle}`);
          assert.ok(card.answer.length > 80, `answer of "${card.sectionTitle}" is only ${card.answer.length} chars`);
          assert.ok(card.services.length + card.concepts.length > 0, `no services or concepts on "${card.sectionTitle}"`);
        }
      });
    });
  }

  it('asks a scenario without giving its answer away: the situation and the wrong pick, never the title that names the solution', () => {
    const cards = cardsOfFile(bundledNoteFiles().find((f) => f.endsWith('exam-scenario-explanations.md')) as string);
    const situational = cards.filter((card) => card.question.includes('Which solution fits, and why?'));
    assert.ok(situational.length >= 12, `only ${situational.length} scenarios have a situation`);
    for (const card of situational) {
      assert.ok(!card.question.toLowerCase().includes(card.sectionTitle.toLowerCase()), `question names the answer: ${card.sectionTitle}`);
    }
    const fargate = cards.find((card) => card.services.includes('fargate'));
    assert.match(fargate?.question ?? '', /Lambda functions have a maximum execution limit/);
    assert.match(fargate?.question ?? '', /\*You chose:\* AWS Step Functions and EC2 Auto-Scaling/);
    assert.match(fargate?.answer ?? '', /^#### Why the ECS Fargate Solution is Correct/);
    assert.match(fargate?.answer ?? '', /#### Conclusion/);
    assert.doesNotMatch(fargate?.answer ?? '', /Analyzing Your Chosen Solution/);
  });

  it('asks a Q&A section\'s question and answers with its body, without repeating the question', () => {
    const cards = cardsOfFile(bundledNoteFiles().find((f) => f.endsWith('aws-interview-questions.txt')) as string);
    const dms = cards[0];
    assert.equal(dms.question, 'What are the common reasons for DMS migration failures, and how would you troubleshoot them?');
    assert.match(dms.answer, /^AWS Database Migration Service \(DMS\) helps migrate/);
    assert.ok(dms.services.includes('dms'));
  });
});

describe('Study cards written in notes (Obsidian Spaced Repetition syntax)', () => {
  it('reads Question::Answer lines, a ? between a multi-line question and answer, and ==cloze== deletions', () => {
    const cards = writtenCards(
      [
        'What does S3 stand for?::Simple Storage Service',
        '- Max Lambda timeout :: 15 minutes',
        '',
        'Which DynamoDB feature',
        'replicates tables across Regions?',
        '?',
        'Global tables',
        'active-active, multi-Region.',
        '',
        'An ==SQS standard== queue delivers ==at least once==.',
      ].join('\n'),
    );
    assert.deepEqual(cards, [
      { kind: 'basic', question: 'What does S3 stand for?', answer: 'Simple Storage Service' },
      { kind: 'basic', question: 'Max Lambda timeout', answer: '15 minutes' },
      { kind: 'multiline', question: 'Which DynamoDB feature\nreplicates tables across Regions?', answer: 'Global tables\nactive-active, multi-Region.' },
      { kind: 'cloze', question: 'An **[…]** queue delivers at least once.', answer: 'An **SQS standard** queue delivers at least once.' },
      { kind: 'cloze', question: 'An SQS standard queue delivers **[…]**.', answer: 'An SQS standard queue delivers **at least once**.' },
    ]);
  });

  it('never takes code for a card: resource types, namespaces, C++ scopes, IPv6 routes, ::: lines, code spans and fences, separators', () => {
    const text = [
      'Type: AWS::S3::Bucket',
      'AWS::Lambda is the namespace',
      'std::vector holds items',
      'Identify the Error ::: Review DMS task logs',
      'Use `a::b` in code',
      '```',
      'Question::Answer inside a fence',
      '==not== a cloze in a fence',
      '```',
      '==========================',
      'x == y == z is a comparison',
      '::',
      'Setup - ::/0 added to Router with destination as eigw-id.',
      'fe80::1 is the link-local address',
      'Route 2001:db8::/32 to the VPN',
      '',
      '?',
    ].join('\n');
    assert.deepEqual(writtenCards(text), []);
  });

  it('reads ==highlights== as clozes only in a file tagged #flashcards, as the Obsidian plugin does', () => {
    const note = '# SQS\n\nAn ==SQS standard== queue delivers at least once.\n\n# SNS\n\nSNS ==pushes== to subscribers.\n';
    assert.deepEqual(userCards(note), [], 'highlights in an untagged note are just highlights');
    const tagged = userCards(`#flashcards/aws\n\n${note}`);
    assert.deepEqual(tagged.map((card) => card.question), ['An **[…]** queue delivers at least once.', 'SNS **[…]** to subscribers.']);
    assert.deepEqual(userCards('#flashcardsX\n\nAn ==x== y.'), []);
  });

  it('finds no written card in the five bundled notes read as if they were the user\'s (none of them uses the syntax)', () => {
    for (const file of bundledNoteFiles()) {
      const written = cardsOfFile(file, fs.readFileSync(file, 'utf8'), 'user').filter((card) => !['qa', 'scenario'].includes(card.kind));
      assert.deepEqual(written.map((card) => `${card.question}::${card.answer}`), [], path.basename(file));
    }
  });

  it('gives a user section its written cards instead of a whole-section card, and bundled notes none', () => {
    const cards = userCards('1) What is an AMI?\nAn image to launch EC2 from.\nAMI stands for?::Amazon Machine Image\n');
    assert.deepEqual(cards.map((card) => [card.kind, card.question, card.answer]), [['basic', 'AMI stands for?', 'Amazon Machine Image']]);
    assert.equal(cards[0].sectionTitle, 'What is an AMI?');
  });

  it('carries the section\'s services and concepts on written cards', () => {
    const [card] = userCards('# DynamoDB\n\nWhat gives DynamoDB multi-Region replication?::Global tables\n');
    assert.ok(card.services.includes('dynamodb'), card.services.join(','));
  });
});

function section(overrides: Partial<NoteSection> & { parentId?: string }): NoteSection {
  return {
    id: 'mine.md#q',
    title: 'What is S3?',
    breadcrumb: ['mine.md'],
    file: '/notes/mine.md',
    line: 0,
    endLine: 1,
    services: ['s3'],
    concepts: [],
    snippet: '',
    body: 'What is S3?\nObject storage.',
    headings: [],
    kind: 'qa',
    origin: 'user',
    ...overrides,
  };
}

describe('Study card ids and bad input', () => {
  it('keys a card by its content: a moved card keeps its id, an edited one gets a new one, CRLF and trailing blanks change nothing', () => {
    const here = buildCards([section({})]).cards[0];
    const moved = buildCards([section({ id: 'other.md#q', file: '/notes/other.md', line: 40 })]).cards[0];
    const edited = buildCards([section({ body: 'What is S3?\nObject storage, 11 nines.' })]).cards[0];
    const crlf = buildCards([section({ body: 'What is S3?\r\nObject storage.  \r\n' })]).cards[0];
    assert.equal(moved.id, here.id);
    assert.notEqual(edited.id, here.id);
    assert.equal(crlf.id, here.id);
    assert.equal(cardId('qa', 'a', 'b'), cardId('qa', 'a', 'b'));
    assert.notEqual(cardId('qa', 'a', 'b'), cardId('basic', 'a', 'b'));
  });

  it('keeps the same card once when two files hold it', () => {
    assert.equal(buildCards([section({}), section({ id: 'copy.md#q', file: '/notes/copy.md' })]).cards.length, 1);
  });

  it('skips a question with no answer (and says why) rather than making a card with an empty side', () => {
    const { cards, skipped } = buildCards([section({ body: 'What is S3?\n\n   \n---\n' }), section({ id: 'b', title: 'Why?', body: '' })]);
    assert.deepEqual(cards, []);
    assert.deepEqual(skipped.map((s) => s.reason), ['the question has no answer below it', 'the question has no answer below it']);
  });

  it('cards only whole sections, not the passages split out of them', () => {
    const parent = section({});
    const passage = section({ id: 'mine.md#q/1', body: 'What is S3?\nObject storage (passage).', parentId: parent.id });
    assert.deepEqual(buildCards([parent, passage]).cards.map((card) => card.sectionId), [parent.id]);
  });

  it('renders hostile card content inert: no HTML, script, event handler, command: or javascript: link survives', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">',
      '<a href="command:awsNotes.rebuildIndex">html link</a>',
      '[rebuild](command:awsNotes.rebuildIndex) [js](javascript:alert(3)) [file](file:///etc/passwd) [ok](https://aws.amazon.com/s3/)',
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
    ].join('\n\n');
    const [card] = userCards(`${hostile}\n\nDanger?::${hostile.split('\n\n').join(' ')}`);
    for (const html of [renderCardSide(card.question), renderCardSide(card.answer), renderCardSide(hostile)]) {
      assert.doesNotMatch(html, /<(?:script|img|iframe|style|a href="command|a href="javascript|a href="file)/i);
      assert.doesNotMatch(html, /<[^>]*\sonerror=/i);
    }
    assert.match(renderCardSide(hostile), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(renderCardSide(hostile), /<a href="https:\/\/aws\.amazon\.com\/s3\/"/);
  });

  it('cuts a huge answer at a line end for the panel, closing an open code fence, and says so', () => {
    const huge = `Intro\n\n\`\`\`\n${'line of a pasted log\n'.repeat(50_000)}\`\`\``;
    const shown = answerForDisplay(huge, 12_000);
    assert.ok(shown.truncated);
    assert.ok(shown.text.length < 12_200, String(shown.text.length));
    assert.match(shown.text, /```\n\n\*…shortened here; open the section for the rest\.\*$/);
    assert.deepEqual(answerForDisplay('short', 12_000), { text: 'short', truncated: false });
    const started = performance.now();
    renderCardSide(huge);
    assert.ok(performance.now() - started < 2_000);
  });
});
