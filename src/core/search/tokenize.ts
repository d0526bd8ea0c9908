/**
 * Turning text into the tokens the search index and the query agree on.
 * Both sides go through the same functions, so a crude stemmer is enough:
 * it only has to map "groups" and "group" to the same key.
 */

const WORD = /[a-z0-9]+/g;

/**
 * Words that carry little meaning in a query ("how do I…", "sqs vs sns").
 * They still help a little when a title contains them, but a section is never
 * required to match them.
 */
export const SOFT_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'into', 'as',
  'is', 'are', 'be', 'was', 'were', 'do', 'doe', 'did', 'does', 'can', 'could', 'should', 'would', 'will',
  'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'how', 'what', 'when', 'which', 'why', 'who', 'where', 'vs', 'versus', 'v', 'between', 'about', 'if',
  'make', 'use', 'get', 'need', 'want', 'some', 'any', 'all', 'not', 'no', 'than', 'then', 'so', 'aws', 'amazon',
]);

/**
 * Lower-cases and strips accents, so "Résumé" and "resume" meet. Cheap enough
 * to run over every body at index time.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // Only pay for NFKD when the text has something beyond ASCII.
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** Maps simple plural forms to their singular, so "groups" finds "group". */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(n - 2);
  // "class", "status", "redis" keep their s.
  if (before === 115 /* s */ || before === 117 /* u */ || before === 105 /* i */) return word;
  return word.slice(0, -1);
}

/** Every word of a text, case-folded and stemmed, in order (duplicates kept). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}

/**
 * Calls `visit` with each case-folded, stemmed word of `text`. A char-code scan
 * rather than a regex: indexing 50 MB of notes spends most of its time here.
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  const folded = foldCase(text);
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(stem(folded.slice(start, i)));
      start = -1;
    }
  }
}

/** The raw words of a text, case-folded but not stemmed, with their offsets. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const found: { word: string; start: number; end: number }[] = [];
  // Folding keeps offsets only for ASCII-like text; accents are rare in notes and
  // at worst shift a highlight, never break it (ranges are clamped by callers).
  for (const match of text.toLowerCase().matchAll(WORD)) {
    found.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
