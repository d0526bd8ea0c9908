/**
 * Cards written in a note in the basic syntax of Obsidian's Spaced Repetition
 * plugin, so notes written for it work unchanged:
 *
 * - `Question::Answer` on one line;
 * - a multi-line question, a line holding only `?`, then the answer (each side
 *   runs to the nearest blank line);
 * - `==cloze==` deletions: one card per highlighted span of a paragraph.
 *
 * Highlights are common in notes that are not flashcards, so, as the Obsidian
 * plugin does by default, clozes are read only in a file tagged `#flashcards`.
 *
 * AWS notes are full of `AWS::S3::Bucket` and `std::vector`, which are code,
 * not cards: a `::` squeezed between two word characters only separates a card
 * when the question has more than one word and is not a CloudFormation
 * namespace, and a line with more than one `::` is never a card. Code fences
 * and inline code are never read. The reversed `:::` syntax is not supported
 * (such lines are left alone).
 */

/** A card as written in a note, before it is given an id. */
export interface WrittenCard {
  kind: 'basic' | 'multiline' | 'cloze';
  question: string;
  answer: string;
}

const FENCE = /^\s{0,3}(?:```|~~~)/;
/** Inline code spans, blanked out (same length) before looking for separators. */
const INLINE_CODE = /`+[^`\n]*`+/g;
/** A CloudFormation or Alexa namespace right before `::`: code, not a question. */
const NAMESPACE_PREFIX = /(?:^|[^\w])(?:AWS|Alexa|Custom|Fn)$/;
/** A cloze deletion: `==text==` with no blank just inside the markers. */
const CLOZE = /==(?=[^\s=])([^=\n]*?[^\s=])==/g;
const HEADING = /^\s{0,3}#{1,6}\s/;

/** The tag that marks a file as flashcards (Obsidian Spaced Repetition's default), e.g. `#flashcards` or `#flashcards/aws`. */
export const FLASHCARDS_TAG = /(?:^|\s)#flashcards(?:\/[\w-]+)*(?=\s|$)/;

/** Every card written in `body`, in order; `clozes` says whether `==highlights==` count (the file is tagged). */
export function writtenCards(body: string, options: { clozes: boolean } = { clozes: true }): WrittenCard[] {
  if (!body.includes('::') && !body.includes('?') && !body.includes('==')) return [];
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  const code = codeLines(lines);
  const used = new Set<number>();
  const cards: WrittenCard[] = [];

  for (let i = 0; i < lines.length; i++) {
    if (code[i]) continue;
    const line = lines[i];
    if (line.trim() === '?') {
      const card = multiLineCard(lines, code, i, used);
      if (card) cards.push(card);
      continue;
    }
    const single = singleLineCard(line);
    if (single) {
      cards.push(single);
      used.add(i);
    }
  }
  if (options.clozes) cards.push(...clozeCards(lines, code, used));
  return cards;
}

function codeLines(lines: readonly string[]): boolean[] {
  const code = new Array<boolean>(lines.length).fill(false);
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i].charCodeAt(0);
    // Only a line starting with a blank, a backtick or a tilde can open, close or be code.
    if (lead !== 32 && lead !== 9 && lead !== 96 && lead !== 126 && !inFence) continue;
    if (FENCE.test(lines[i])) {
      code[i] = true;
      inFence = !inFence;
      continue;
    }
    code[i] = inFence || /^(?: {4}|\t)/.test(lines[i]) && i > 0 && lines[i - 1].trim() === '';
  }
  return code;
}

/** `Question::Answer`, or undefined when the line is not such a card. */
export function singleLineCard(line: string): WrittenCard | undefined {
  if (!line.includes('::')) return undefined;
  const visible = line.replace(INLINE_CODE, (span) => ' '.repeat(span.length));
  const at = visible.indexOf('::');
  if (at < 0 || visible.indexOf('::', at + 1) >= 0 || visible.includes(':::')) return undefined;
  const left = line.slice(0, at);
  const right = line.slice(at + 2);
  const question = stripListMarker(left).trim();
  const answer = right.trim();
  if (!question || !answer) return undefined;
  if (isIpv6Address(visible, at)) return undefined;
  const glued = /\w$/.test(left) && /^\w/.test(right);
  if (glued && (!/\s/.test(question) || NAMESPACE_PREFIX.test(left))) return undefined;
  if (!hasLetters(question) || !hasLetters(answer)) return undefined;
  return { kind: 'basic', question, answer };
}

/** The question above a `?` line (to the blank line before it) and the answer below (to the next blank line). */
function multiLineCard(lines: readonly string[], code: readonly boolean[], at: number, used: Set<number>): WrittenCard | undefined {
  let from = at;
  while (from > 0 && lines[from - 1].trim() !== '' && !code[from - 1] && !used.has(from - 1) && !HEADING.test(lines[from - 1])) from--;
  let to = at;
  while (to + 1 < lines.length && lines[to + 1].trim() !== '' && !code[to + 1] && lines[to + 1].trim() !== '?') to++;
  const question = lines.slice(from, at).join('\n').trim();
  const answer = lines.slice(at + 1, to + 1).join('\n').trim();
  if (!hasLetters(question) || !hasLetters(answer)) return undefined;
  for (let i = from; i <= to; i++) used.add(i);
  return { kind: 'multiline', question, answer };
}

/** One card per `==deletion==` of each paragraph not already part of another card. */
function clozeCards(lines: readonly string[], code: readonly boolean[], used: ReadonlySet<number>): WrittenCard[] {
  const cards: WrittenCard[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '' || code[i] || used.has(i) || !lines[i].includes('==')) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < lines.length && lines[to + 1].trim() !== '' && !code[to + 1] && !used.has(to + 1) && !HEADING.test(lines[to + 1])) to++;
    // A paragraph starts at the line after the previous blank one.
    let from = i;
    while (from > 0 && lines[from - 1].trim() !== '' && !code[from - 1] && !used.has(from - 1) && !HEADING.test(lines[from - 1])) from--;
    cards.push(...clozesOf(lines.slice(from, to + 1).join('\n')));
    i = to + 1;
  }
  return cards;
}

/** The cards of one paragraph: each deletion hidden in turn, the others shown as plain text. */
export function clozesOf(paragraph: string): WrittenCard[] {
  const visible = paragraph.replace(INLINE_CODE, (span) => ' '.repeat(span.length));
  const spans: { start: number; end: number; text: string }[] = [];
  for (const match of visible.matchAll(CLOZE)) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, text: paragraph.slice(start + 2, start + match[0].length - 2) });
  }
  if (spans.length === 0) return [];
  const cards: WrittenCard[] = [];
  spans.forEach((hidden, index) => {
    if (!hasLetters(hidden.text) && !/\d/.test(hidden.text)) return;
    let question = '';
    let answer = '';
    let last = 0;
    spans.forEach((span, other) => {
      question += paragraph.slice(last, span.start);
      answer += paragraph.slice(last, span.start);
      if (other === index) {
        question += '**[…]**';
        answer += `**${span.text}**`;
      } else {
        question += span.text;
        answer += span.text;
      }
      last = span.end;
    });
    question += paragraph.slice(last);
    answer += paragraph.slice(last);
    cards.push({ kind: 'cloze', question: question.trim(), answer: answer.trim() });
  });
  return cards;
}

/** An IPv6 address or route (`::/0`, `fe80::1`, `2001:db8::/32`) around the `::` at `at`: networking notes are full of them. */
function isIpv6Address(line: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/\s/.test(line[start - 1])) start--;
  let end = at + 2;
  while (end < line.length && !/\s/.test(line[end])) end++;
  const token = line.slice(start, end);
  // A bare `::` between blanks is the card separator written with spaces.
  return token !== '::' && /^[([]?[0-9a-f:]*::[0-9a-f:]*(?:\/\d{1,3})?[\])]?[.,;:]?$/i.test(token);
}

function stripListMarker(text: string): string {
  return text.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
}

function hasLetters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
