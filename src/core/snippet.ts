/** The longest snippet stored with a section; UI surfaces cut further. */
const SNIPPET_LENGTH = 220;
// Made once: a regular-expression literal inside a function is a new object on every call, and these run for every line.
const RULE_LINE = /^[-=+|: ]+$/;
const ATX_MARKER = /^\s{0,3}#{1,6}\s+/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const LINK = /!?\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g;
const EMPHASIS = /(\*\*|__|`)/g;
const PIPE = /\|/g;
const SPACE_RUN = /\s+/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * A short plain-text excerpt of a section: Markdown syntax stripped, the title
 * line skipped (it is shown beside the snippet anyway), whitespace folded.
 */
export function makeSnippet(body: string, title: string, maxLength = SNIPPET_LENGTH): string {
  const parts: string[] = [];
  let length = 0;
  // Only the head of a huge body is looked at; a snippet never needs more.
  const head = body.slice(0, maxLength * 8);
  // Lines are cut out one at a time: the snippet is usually full after a few,
  // and splitting the whole head would build dozens of strings per section.
  for (let from = 0; from <= head.length; ) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    const line = toPlainText(head.slice(from, to));
    from = to + 1;
    if (!line || RULE_LINE.test(line)) continue;
    if (parts.length === 0 && restatesTitle(line, title)) continue;
    parts.push(line);
    length += line.length + 1;
    if (length >= maxLength) break;
  }
  const text = parts.join(' ');
  return text.length > maxLength ? cutAtWord(text, maxLength) : text;
}

/**
 * Strips the Markdown a reader would not want to see in a one-line excerpt.
 * Each rewrite runs only when the line holds a character it needs: this is
 * called for the head of every section while a folder is indexed, and most
 * lines are plain prose.
 */
export function toPlainText(line: string): string {
  // Both markers start with a space, `#`, `-`, `*`, `+` or a digit; a line that starts with an ASCII letter or most
  // punctuation has neither (anything beyond ASCII may be a space to `\s`, so it takes the patterns).
  let text = line;
  if (mayStartWithMarker(line.charCodeAt(0))) text = text.replace(ATX_MARKER, '').replace(LIST_MARKER, '');
  if (text.includes('](')) text = text.replace(LINK, '$1');
  if (text.includes('*') || text.includes('_') || text.includes('`')) text = text.replace(EMPHASIS, '');
  if (text.includes('|')) text = text.replace(PIPE, ' ');
  // `trim` strips exactly what `\s` matches, so trimming first leaves only inner runs to fold;
  // most lines' only extra spaces are a trailing Markdown hard break.
  text = text.trim();
  return needsSpaceFolding(text) ? text.replace(SPACE_RUN, ' ') : text;
}

/** Whether a line starting with `code` may start with a heading or list marker (NaN, for an empty line, may not). */
function mayStartWithMarker(code: number): boolean {
  if (code >= 128) return true;
  // Tab to carriage return, space, #, *, +, -, digits.
  return (code >= 9 && code <= 13) || code === 32 || code === 35 || code === 42 || code === 43 || code === 45 || (code >= 48 && code <= 57);
}

/**
 * Whether `/\s+/g → ' '` would change `text`: a run of two spaces, or any
 * other whitespace. Non-ASCII is left to the regex, which knows every space.
 * A pattern rather than a loop over the characters: the line is usually a
 * slice of the body, and the regex engine reads it in one piece.
 */
function needsSpaceFolding(text: string): boolean {
  return text.includes('  ') || NOT_PRINTABLE_ASCII.test(text);
}

/** Anything outside printable ASCII (a control character, or beyond ASCII). */
const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Cuts at the last word boundary before `max` and adds an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

/**
 * `alphanumericKey(line).startsWith(alphanumericKey(title))`, without
 * building either key: the line's letters and digits are read against the
 * title's, case folded, up to the end of the title. Lower-casing a non-ASCII
 * character may yield ASCII letters (the Kelvin sign gives "k"), so a title
 * or line that reaches one before the comparison is done takes the exact path.
 */
function restatesTitle(line: string, title: string): boolean {
  let at = 0;
  for (let t = 0; t < title.length; t++) {
    let code = title.charCodeAt(t);
    if (code >= 128) return alphanumericKey(line).startsWith(alphanumericKey(title));
    if (code >= 65 && code <= 90) code += 32;
    if (!isAlphanumericCode(code)) continue;
    // The line's next letter or digit must be the same.
    for (;;) {
      if (at >= line.length) return false;
      let lineCode = line.charCodeAt(at++);
      if (lineCode >= 128) return alphanumericKey(line).startsWith(alphanumericKey(title));
      if (lineCode >= 65 && lineCode <= 90) lineCode += 32;
      if (!isAlphanumericCode(lineCode)) continue;
      if (lineCode !== code) return false;
      break;
    }
  }
  return true;
}

/** a-z or 0-9. */
function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Lower-case letters and digits only: how a title and a line that may restate it
 * are compared ("5.Security Groups vs. NACLs:" keys as "5securitygroupsvsnacls").
 */
export function alphanumericKey(text: string): string {
  return text.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}
