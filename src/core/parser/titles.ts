/**
 * Turning heading text and first lines into short, specific titles a person
 * would want to see in a sidebar.
 */

/** Titles longer than this are cut; the cut aims at {@link TITLE_TARGET}. */
const TITLE_LIMIT = 100;
/** Where a cut title should end at the latest, ellipsis excluded. */
const TITLE_TARGET = 90;

/**
 * Words that say what kind of text follows rather than what it is about. A
 * title made only of these ("Conclusion", "Use case", "Key Points to
 * Remember", "Architecture and flow") is generic and needs qualifying.
 */
const GENERIC_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', '&', 'of', 'to', 'for', 'in', 'on', 'with', 'this', 'that', 'your', 'my', 'our',
  'is', 'are', 'was', 'more', 'less', 'most', 'why', 'how', 'what', 'when', 'it', 'works', 'use', 'used', 'using',
  'case', 'cases', 'usecase', 'usecases', 'overview', 'introduction', 'intro', 'conclusion', 'conclusions', 'summary',
  'architecture', 'architectures', 'flow', 'key', 'points', 'point', 'takeaways', 'remember', 'note', 'notes', 'nb',
  'details', 'detail', 'example', 'examples', 'ex', 'eg', 'benefits', 'advantages', 'disadvantages', 'pros', 'cons',
  'limitations', 'features', 'pricing', 'price', 'cost', 'costs', 'solution', 'solutions', 'challenges', 'highlights',
  'components', 'types', 'setup', 'configuration', 'definition', 'important', 'misc', 'miscellaneous', 'other',
  'general', 'problem', 'problems', 'requirement', 'requirements', 'tips', 'docs', 'documentation', 'resources',
  'links', 'references', 'understanding', 'analyzing', 'analysing', 'analysis', 'scenario', 'scenarios', 'similar',
  'approach', 'effective', 'choice', 'suitable', 'correct', 'answer', 'explanation', 'question', 'questions',
  'differences', 'difference', 'comparison', 'best', 'practices', 'practice', 'more', 'info', 'information', 'steps',
  'step', 'purpose', 'description', 'background', 'context', 'table', 'part', 'section',
  // Aspects of a service rather than a subject: "Security" under SQS means "SQS: Security".
  'security', 'configurations', 'metrics', 'monitoring', 'limits', 'performance', 'permissions',
]);

const TOC_TITLE = /^(?:table of )?contents$|^toc$/i;

/** True for a table-of-contents heading, which may keep its plain title. */
export function isTableOfContents(title: string): boolean {
  return TOC_TITLE.test(title.trim());
}

/** True when the title names no subject of its own ("Conclusion", "Use case"). */
export function isGenericTitle(title: string): boolean {
  if (isTableOfContents(title)) return false;
  // The words are runs of [a-z0-9&] in the lower-cased title, read one by one up to the first that is not generic
  // (which is usually the first): no list of every word for each of the thousands of sections of a folder.
  const lower = title.toLowerCase();
  for (let index = 0; index < lower.length; ) {
    if (!isGenericWordCode(lower.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < lower.length && isGenericWordCode(lower.charCodeAt(end))) end++;
    if (!GENERIC_WORDS.has(lower.slice(index, end))) return false;
    index = end;
  }
  return true;
}

/** The characters of a word to `isGenericTitle`: a-z, 0-9 and &. */
function isGenericWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 38;
}

/** Removes a leading question/list number: `Q1.`, `2.`, `3)`, `(4)`, `iv)`, bullets. */
export function stripNumbering(text: string): string {
  return text
    .replace(/^Q\s?\d{1,3}\s*[.):-]\s*/i, '')
    .replace(/^\(?\d{1,3}[.)](?!\d)\s*/, '')
    .replace(/^[ivx]{1,5}\)\s*/i, '')
    .replace(/^[-*+•▪◦‣–]\s+/, '');
}

/**
 * Normalises raw heading or line text into title text: control characters and
 * runs of whitespace become single spaces; `#` markers, numbering, emphasis
 * markers, backticks, trailing colons, arrows and underline runs go.
 */
export function cleanTitleText(raw: string): string {
  let text = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  // Control characters and tabs read as spaces; collapse whitespace runs.
  text = foldSpaces(withoutControlCharacters(text)).trim();
  text = text.replace(/^#{1,6} /, '');
  // A closing `#` run counts only after a space, so "Learn C#" keeps its name.
  const withoutClosing = trimEndChars(text, '#');
  if (withoutClosing.endsWith(' ')) text = withoutClosing.trim();
  text = text.replace(/\*\*|__|`/g, '');
  text = text.replace(/^[*_]+(?=\S)/, '').trim();
  text = stripNumbering(text);
  // Trailing colons, arrows and underline runs ("ELB: -->", "AutoScaling=====") are decoration.
  text = trimEndChars(text, ' :=->*_');
  // Inner arrows read better as arrows; "[ Only for IPv6 ]" as "[Only for IPv6]".
  if (text.includes('>')) text = text.replace(/ -{1,3}> /g, ' → ');
  if (text.includes('[')) text = text.replace(/\[ +/g, '[');
  if (text.includes(']')) text = text.replace(/ +\]/g, ']');
  return detached(foldSpaces(text).trim());
}

/**
 * `text` as a string of its own. A title is cut from a line, and V8 keeps a
 * cut as a view of the whole file's text: the index holds titles for the
 * session, and views would keep every file's text alive with them (16 MB at
 * 10,000 sections). Prepending a character and slicing it off again makes V8
 * copy the characters into a new string, which the result views instead.
 */
function detached(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1);
}

/**
 * `text.replace(/\s+/g, ' ')`, skipped when it would change nothing: a title
 * whose only whitespace is single spaces (the replacement would still build a
 * new string, for every title of every section).
 */
function foldSpaces(text: string): string {
  return text.includes('  ') || NOT_PRINTABLE_ASCII.test(text) ? text.replace(SPACE_RUN, ' ') : text;
}

const SPACE_RUN = /\s+/g;
/** Anything outside printable ASCII: a tab, a line break, or a character beyond ASCII, some of which are spaces. */
const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Replaces C0 control characters and DEL with spaces (NUL bytes in a damaged file must not reach a title). */
function withoutControlCharacters(text: string): string {
  let result = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) {
      result += text.slice(from, i) + ' ';
      from = i + 1;
    }
  }
  return from === 0 ? text : result + text.slice(from);
}

/** Drops every trailing character found in `chars` (a plain loop: no backtracking). */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

const ABBREVIATIONS = new Set(['vs', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'approx', 'incl', 'no', 'mr', 'dr', 'st', 'ex', 'aka']);

/** Index just past the first sentence end within `limit`, or -1. */
function firstSentenceEnd(text: string, limit: number): number {
  const last = Math.min(text.length - 1, limit);
  for (let i = 1; i < last; i++) {
    const char = text[i];
    if ((char !== '.' && char !== '?' && char !== '!') || text[i + 1] !== ' ') continue;
    if (char === '.') {
      const wordStart = text.lastIndexOf(' ', i - 1) + 1;
      const word = text.slice(wordStart, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || word.length === 0) continue;
      const next = text[i + 2] ?? '';
      if (!/[A-Z0-9"'(]/.test(next)) continue;
    }
    return char === '.' ? i : i + 1;
  }
  return -1;
}

/** Cuts a long title at a clause or word boundary and adds an ellipsis. */
export function shortenTitle(text: string): string {
  if (text.length <= TITLE_LIMIT) return text;
  const window = text.slice(0, TITLE_TARGET + 1);
  let cut = -1;
  for (const boundary of [', ', '; ', ' – ', ' — ', ' - ', ': ', ' (']) {
    const at = window.lastIndexOf(boundary);
    if (at > cut) cut = at;
  }
  if (cut < 30) cut = window.lastIndexOf(' ');
  if (cut < 30) cut = TITLE_TARGET;
  return trimEndChars(text.slice(0, cut), ' ,;:(–—-') + '…';
}

/** A heading's text as a title: cleaned and, when very long, shortened. */
export function headingTitle(raw: string): string {
  return shortenTitle(cleanTitleText(raw));
}

/**
 * A title taken from the first line of free text: its first sentence when that
 * fits, otherwise the line cut at a clause boundary.
 */
export function firstLineTitle(raw: string): string {
  const text = cleanTitleText(raw);
  const end = firstSentenceEnd(text, TITLE_TARGET);
  if (end > 0 && end < text.length) return text.slice(0, end).trim();
  return shortenTitle(text.replace(/\.$/, '').trim());
}

/** Puts a generic title in context: "Aurora Serverless: Architecture". */
export function qualifyTitle(context: string, title: string): string {
  return `${context}: ${title}`;
}
