// eslint-disable-next-line no-restricted-imports -- still inside src/core; the rule is written for files directly in src/core
import { toPlainText } from '../snippet';
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
 */
export function snippetAround(
  body: string,
  tokens: ReadonlySet<string>,
  fallback: string,
  maxLength = 120,
  prefix?: string,
): { text: string; ranges: TextRange[] } {
  const head = body.length > SCAN_LIMIT ? body.slice(0, SCAN_LIMIT) : body;
  for (const rawLine of head.split('\n')) {
    if (!rawLine.trim()) continue;
    const line = toPlainText(rawLine);
    const ranges = matchRanges(line, tokens, prefix);
    if (ranges.length === 0) continue;
    return centre(line, ranges, maxLength);
  }
  return { text: fallback.length > maxLength ? `${fallback.slice(0, maxLength - 1).trimEnd()}…` : fallback, ranges: [] };
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
