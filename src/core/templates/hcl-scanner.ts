/**
 * A tolerant tokenizer for the HCL of Terraform files: identifiers, quoted
 * strings (with `${…}` interpolation), heredocs, numbers, punctuation and
 * newlines; comments are dropped. It never throws and never backtracks, so a
 * half-typed file or an unbalanced brace costs one linear pass.
 *
 * No HCL parser for JavaScript is small and synchronous (HashiCorp's own is Go;
 * the npm ports are WebAssembly or GopherJS builds of it), and the dialect
 * needs only the block structure and the offsets, so this is hand-written.
 */

export type HclTokenKind = 'ident' | 'string' | 'heredoc' | 'number' | 'punct' | 'newline';

export interface HclToken {
  kind: HclTokenKind;
  start: number;
  end: number;
  /** Identifier, punctuation character, or a string's content when it has no interpolation. */
  text: string;
  /** For strings: true when the string holds `${` or `%{` (its value is not a literal). */
  interpolated?: boolean;
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Every token of `text` in order. */
export function scanHcl(text: string): HclToken[] {
  const tokens: HclToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      tokens.push({ kind: 'newline', start: i, end: i + 1, text: '\n' });
      i++;
    } else if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
      i++;
    } else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      // `#` or `//` comment: to the end of the line (the newline stays a token).
      const end = text.indexOf('\n', i);
      i = end < 0 ? length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 2;
    } else if (c === 34) {
      i = scanString(text, i, tokens);
    } else if (c === 60 && text.charCodeAt(i + 1) === 60 && /^<<-?[A-Za-z_]/.test(text.slice(i, i + 4))) {
      i = scanHeredoc(text, i, tokens);
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < length && isIdentPart(text.charCodeAt(end))) end++;
      tokens.push({ kind: 'ident', start: i, end, text: text.slice(i, end) });
      i = end;
    } else if (isDigit(c)) {
      let end = i + 1;
      while (end < length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
      tokens.push({ kind: 'number', start: i, end, text: text.slice(i, end) });
      i = end;
    } else {
      tokens.push({ kind: 'punct', start: i, end: i + 1, text: text[i] });
      i++;
    }
  }
  return tokens;
}

/** A quoted string from its opening quote; interpolations may nest braces and strings. Ends at the closing quote or, unclosed, at the line end. */
function scanString(text: string, start: number, tokens: HclToken[]): number {
  let i = start + 1;
  let depth = 0;
  let interpolated = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 10 && depth === 0) break;
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) { interpolated = true; depth++; i += 2; continue; }
    if (depth > 0 && c === 125) { depth--; i++; continue; }
    if (depth > 0 && c === 10) break; // an interpolation left open at the line end: stop, so one typo cannot swallow the file
    if (c === 34 && depth === 0) {
      tokens.push({ kind: 'string', start, end: i + 1, text: text.slice(start + 1, i), interpolated });
      return i + 1;
    }
    i++;
  }
  tokens.push({ kind: 'string', start, end: i, text: text.slice(start + 1, i), interpolated });
  return i;
}

/** `<<EOF` … `EOF` (or `<<-EOF`, indented): one token, whatever it holds. Unterminated, it runs to the end of the file. */
function scanHeredoc(text: string, start: number, tokens: HclToken[]): number {
  const header = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[^\n]*/.exec(text.slice(start, start + 200));
  if (!header) {
    tokens.push({ kind: 'punct', start, end: start + 1, text: '<' });
    return start + 1;
  }
  const marker = header[1];
  let lineStart = text.indexOf('\n', start);
  while (lineStart >= 0) {
    const next = text.indexOf('\n', lineStart + 1);
    const line = text.slice(lineStart + 1, next < 0 ? text.length : next);
    if (line.trim() === marker) {
      const end = next < 0 ? text.length : next;
      tokens.push({ kind: 'heredoc', start, end, text: '' });
      return end;
    }
    lineStart = next;
  }
  tokens.push({ kind: 'heredoc', start, end: text.length, text: '' });
  return text.length;
}
