/**
 * Tolerant tokenizers for the two CDK languages this extension reads:
 * TypeScript/JavaScript and Python. They keep identifiers, string literals,
 * numbers and punctuation with their offsets and drop comments, which is all
 * the CDK dialect needs to find imports, construct calls and their props.
 *
 * Why not the TypeScript compiler: it is ~9 MB, far over the extension's
 * bundle budget, and Python would still need its own reader. These are single
 * linear passes that never throw: an unclosed string or comment ends at the
 * line or file end, so code that does not compile (or is minified) costs the
 * same as code that does.
 */

export type CodeTokenKind = 'ident' | 'string' | 'number' | 'punct';

export interface CodeToken {
  kind: CodeTokenKind;
  start: number;
  end: number;
  /** Identifier or punctuation text; a string literal's content (quotes and prefixes removed). */
  text: string;
  /** For strings: true for template literals with `${…}` and Python f-strings (not literal values). */
  interpolated?: boolean;
  /** For strings: where the content starts, after the prefix and opening quote(s). */
  contentStart?: number;
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Keywords after which a `/` starts a regular expression, not a division. */
const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** Tokens of TypeScript or JavaScript source. */
export function scanJavaScript(text: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xfeff || c === 0xa0) {
      i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 2;
    } else if (c === 39 || c === 34) {
      i = scanQuoted(text, i, c, tokens);
    } else if (c === 96) {
      const end = skipTemplate(text, i);
      const content = text.slice(i + 1, Math.max(i + 1, end - 1));
      tokens.push({ kind: 'string', start: i, end, text: content, interpolated: content.includes('${'), contentStart: i + 1 });
      i = end;
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < length && isIdentPart(text.charCodeAt(end))) end++;
      tokens.push({ kind: 'ident', start: i, end, text: text.slice(i, end) });
      i = end;
    } else if (isDigit(c)) {
      i = scanNumber(text, i, tokens);
    } else if (c === 47 && startsRegex(tokens[tokens.length - 1])) {
      i = skipRegex(text, i);
    } else {
      tokens.push({ kind: 'punct', start: i, end: i + 1, text: text[i] });
      i++;
    }
  }
  return tokens;
}

function startsRegex(previous: CodeToken | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'punct') return !(previous.text === ')' || previous.text === ']' || previous.text === '}');
  if (previous.kind === 'ident') return REGEX_AFTER_KEYWORD.has(previous.text);
  return false;
}

/** Skips `/…/flags` (with classes `[…]` and escapes); stops at a line end if unclosed. */
function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 92) { i += 2; continue; }
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      i++;
      while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
      return i;
    }
    i++;
  }
  return i;
}

/** A '…' or "…" string; an unclosed one ends at the line end. */
function scanQuoted(text: string, start: number, quote: number, tokens: CodeToken[]): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 10) break;
    if (c === quote) {
      tokens.push({ kind: 'string', start, end: i + 1, text: text.slice(start + 1, i), contentStart: start + 1 });
      return i + 1;
    }
    i++;
  }
  const end = Math.min(i, text.length);
  tokens.push({ kind: 'string', start, end, text: text.slice(start + 1, end), contentStart: start + 1 });
  return end;
}

/** The end of a template literal from its backtick, through nested `${…}` (which may hold strings and templates). */
function skipTemplate(text: string, start: number): number {
  let i = start + 1;
  let depth = 0;
  let guard = 0;
  while (i < text.length && guard++ < 10_000_000) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (depth === 0) {
      if (c === 96) return i + 1;
      if (c === 36 && text.charCodeAt(i + 1) === 123) { depth = 1; i += 2; continue; }
      i++;
      continue;
    }
    if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (c === 39 || c === 34) { i = skipQuoted(text, i, c); continue; }
    else if (c === 96) { i = skipTemplate(text, i); continue; }
    i++;
  }
  return Math.min(i, text.length);
}

function skipQuoted(text: string, start: number, quote: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 10) return i;
    if (c === quote) return i + 1;
    i++;
  }
  return i;
}

/** Tokens of Python source. Newlines are not kept: the dialect reads calls and imports, whose brackets carry the structure. */
export function scanPython(text: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const length = text.length;
  let i = 0;
  let brackets = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Statement ends matter for `import` lines without brackets: keep them as ';' (inside brackets a newline ends nothing).
      if (brackets === 0) tokens.push({ kind: 'punct', start: i, end: i + 1, text: ';' });
      i++;
    } else if (c <= 32 || c === 0xfeff || c === 0xa0) {
      i++;
    } else if (c === 35) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? length : end;
    } else if (c === 92 && text.charCodeAt(i + 1) === 10) {
      i += 2; // line continuation
    } else if (c === 39 || c === 34) {
      i = scanPythonString(text, i, i, '', tokens);
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < length && isIdentPart(text.charCodeAt(end))) end++;
      const word = text.slice(i, end);
      const next = text.charCodeAt(end);
      if ((next === 39 || next === 34) && /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(word)) {
        i = scanPythonString(text, i, end, word, tokens);
      } else {
        tokens.push({ kind: 'ident', start: i, end, text: word });
        i = end;
      }
    } else if (isDigit(c)) {
      i = scanNumber(text, i, tokens);
    } else {
      if (c === 40 || c === 91 || c === 123) brackets++;
      else if ((c === 41 || c === 93 || c === 125) && brackets > 0) brackets--;
      tokens.push({ kind: 'punct', start: i, end: i + 1, text: text[i] });
      i++;
    }
  }
  return tokens;
}

/** A Python string from its (prefix and) quote: single, or triple-quoted across lines. */
function scanPythonString(text: string, start: number, quoteAt: number, prefix: string, tokens: CodeToken[]): number {
  const quote = text[quoteAt];
  const triple = text.startsWith(quote.repeat(3), quoteAt);
  const open = triple ? 3 : 1;
  const raw = /r/i.test(prefix);
  let i = quoteAt + open;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92 && !raw) { i += 2; continue; }
    if (c === 92 && raw) { i += 2; continue; }
    if (!triple && c === 10) break;
    if (text[i] === quote && (!triple || text.startsWith(quote.repeat(3), i))) {
      tokens.push({ kind: 'string', start, end: i + open, text: text.slice(quoteAt + open, i), interpolated: /f/i.test(prefix), contentStart: quoteAt + open });
      return i + open;
    }
    i++;
  }
  const end = Math.min(i, text.length);
  tokens.push({ kind: 'string', start, end, text: text.slice(quoteAt + open, end), interpolated: /f/i.test(prefix), contentStart: quoteAt + open });
  return end;
}

/** A number literal from `start` (a digit): digits, letters and dots (`0x1f`, `1_000n`, `3.5e3`), as JavaScript and Python write them. */
function scanNumber(text: string, start: number, tokens: CodeToken[]): number {
  let end = start + 1;
  while (end < text.length && (isIdentPart(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
  tokens.push({ kind: 'number', start, end, text: text.slice(start, end) });
  return end;
}
