import { alphanumericKey, cutAtWord, toPlainText } from '../snippet';
import { stem, words } from './tokenize';

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export type TextRange = [number, number];

/** How much of a body is read to find a match; a snippet never needs more. */
const SCAN_LIMIT = 20_000;

/**
 * Where the query's words occur in a short text (a title): the ranges of every
 * word whose stem is one of `tokens`.
 */
export function matchRanges(text: string, tokens: ReadonlySet<string>, prefix?: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const { word, start, end } of words(text)) {
    if (tokens.has(stem(word)) || (prefix && word.startsWith(prefix))) ranges.push([start, end]);
  }
  return ranges;
}

/**
 * A one-line excerpt of `body` centred on the first matched word, with the
 * ranges of the matched words inside the excerpt. Falls back to `fallback`
 * (the section's stored snippet) when the body never shows a matched word.
 * A line that only restates `title` is passed over: the title is shown right
 * above the excerpt, and the line after it says more.
 */
export function snippetAround(
  body: string,
  tokens: ReadonlySet<string>,
  fallback: string,
  maxLength = 120,
  prefix?: string,
  title?: string,
): { text: string; ranges: TextRange[] } {
  const head = body.length > SCAN_LIMIT ? body.slice(0, SCAN_LIMIT) : body;
  const titleKey = title ? alphanumericKey(title) : '';
  // One native regex pass finds the first word that starts like a matched token;
  // only that line is then cleaned up and checked word by word.
  const pattern = startsPattern(tokens, prefix);
  // A short label line ("Cluster Placement Group:") is kept only until a line that says something turns up.
  let label: { text: string; ranges: TextRange[] } | undefined;
  if (pattern) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(head), tries = 0; found && tries < 20; found = pattern.exec(head), tries++) {
      const lineStart = head.lastIndexOf('\n', found.index) + 1;
      let lineEnd = head.indexOf('\n', found.index);
      if (lineEnd === -1) lineEnd = head.length;
      // Long paragraphs are cut to a window around the match before any clean-up.
      const from = Math.max(lineStart, found.index - maxLength);
      const to = Math.min(lineEnd, found.index + 2 * maxLength);
      const line = toPlainText(head.slice(from, to));
      const ranges = matchRanges(line, tokens, prefix);
      if (ranges.length && !(titleKey && restatesTitle(line, titleKey))) {
        const excerpt = centre(line, ranges, maxLength);
        const result = from > lineStart && !excerpt.text.startsWith('…') ? { text: `…${excerpt.text}`, ranges: excerpt.ranges.map(([a, b]): TextRange => [a + 1, b + 1]) } : excerpt;
        if (!isLabel(line)) return result;
        label ??= withNextLine(result, head, lineEnd, maxLength);
      }
      pattern.lastIndex = lineEnd + 1;
    }
  }
  if (label) return label;
  return { text: fallback.length > maxLength ? `${fallback.slice(0, maxLength - 1).trimEnd()}…` : fallback, ranges: [] };
}

/** A line that is the title again, give or take numbering and punctuation ("AWS Placement Groups:", "5.Security Groups…"). */
function restatesTitle(line: string, titleKey: string): boolean {
  const key = alphanumericKey(line);
  return key.length <= titleKey.length + 4 && key.includes(titleKey);
}

/** A label reads better with what it introduces: "Cluster Placement Group: Packs instances close together…". */
function withNextLine(excerpt: { text: string; ranges: TextRange[] }, head: string, lineEnd: number, maxLength: number): { text: string; ranges: TextRange[] } {
  let from = lineEnd + 1;
  while (from < head.length) {
    let to = head.indexOf('\n', from);
    if (to === -1) to = head.length;
    const next = toPlainText(head.slice(from, Math.min(to, from + 2 * maxLength)));
    if (next) {
      const text = `${excerpt.text} ${next}`;
      return { text: text.length > maxLength ? cutAtWord(text, maxLength) : text, ranges: excerpt.ranges };
    }
    from = to + 1;
  }
  return excerpt;
}

/** A line that only introduces what follows: short, and ending in a colon. */
function isLabel(line: string): boolean {
  return line.length <= 40 && line.trimEnd().endsWith(':');
}

const patternCache = new Map<string, RegExp | undefined>();

/** A case-insensitive regex for word starts of any token (stems are prefixes of their words). */
function startsPattern(tokens: ReadonlySet<string>, prefix?: string): RegExp | undefined {
  const parts = [...tokens, ...(prefix ? [prefix] : [])].filter((t) => t.length > 0).slice(0, 40);
  if (parts.length === 0) return undefined;
  const key = parts.join('|');
  if (!patternCache.has(key)) {
    if (patternCache.size > 200) patternCache.clear();
    const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    patternCache.set(key, new RegExp(`(?<![a-z0-9])(?:${escaped.join('|')})`, 'gi'));
  }
  return patternCache.get(key);
}
/** Cuts a window of `maxLength` around the first range and shifts the ranges into it. */
function centre(line: string, ranges: TextRange[], maxLength: number): { text: string; ranges: TextRange[] } {
  if (line.length <= maxLength) return { text: line, ranges };
  const [firstStart] = ranges[0];
  let from = Math.max(0, firstStart - Math.floor(maxLength / 3));
  // Start on a word boundary so the excerpt does not open mid-word.
  if (from > 0) {
    const space = line.indexOf(' ', from);
    if (space !== -1 && space < firstStart) from = space + 1;
  }
  const to = Math.min(line.length, from + maxLength);
  const lead = from > 0 ? '…' : '';
  const tail = to < line.length ? '…' : '';
  const text = `${lead}${line.slice(from, to)}${tail}`;
  const shift = lead.length - from;
  const inside = ranges
    .filter(([start, end]) => start >= from && end <= to)
    .map(([start, end]): TextRange => [start + shift, end + shift]);
  return { text, ranges: inside };
}
