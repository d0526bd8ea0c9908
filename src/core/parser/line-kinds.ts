/**
 * What each line of a notes file looks like on its own: blank, heading,
 * horizontal rule, numbered item, bold line, list item, label. Only the first
 * {@link HEAD_LIMIT} characters of a line are examined with patterns, so a
 * single enormous line costs no more than a short one.
 */

/** How many leading characters of a line the patterns look at. */
export const HEAD_LIMIT = 200;

/** A line made only of `=`, `-`, `*`, `_` (or `+===`): an underline or a separator. */
export interface RuleMark {
  char: string;
  /** Number of rule characters. */
  length: number;
  /** `+====` and spaced rules (`- - -`) can only be separators. */
  separatorOnly: boolean;
}

/** Numbering at the very start of a line: `1)`, `2.`, `Q3.`. */
export interface NumberedMark {
  style: 'paren' | 'dot' | 'q';
  number: number;
  /** The text after the numbering, trimmed. */
  text: string;
}

/** The facts about one line that sectioning and rendering need. */
export interface LineInfo {
  text: string;
  blank: boolean;
  /** Leading whitespace width, tabs counted as four. */
  indent: number;
  /** Inside a fenced code block (fence lines included): no structure applies. */
  code: boolean;
  atx?: { level: number; text: string };
  rule?: RuleMark;
  numbered?: NumberedMark;
  /** A line that is bold and nothing else (`**Title**`, `__Title__:`). */
  bold?: string;
  listItem: boolean;
  /** A short line that ends with a colon and introduces what follows ("Use Cases:"). */
  label?: string;
}

const LIST_MARKER = /^[ \t]*(?:[-*+•▪◦‣–]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])(?:[ \t]|$)/;
const BULLET_PREFIX = /^[ \t]*[-*+•▪◦‣–][ \t]+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

function leadingWidth(head: string): number {
  let width = 0;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (char === ' ') width++;
    else if (char === '\t') width += 4;
    else break;
  }
  return width;
}

function parseAtx(head: string, text: string): LineInfo['atx'] {
  let i = 0;
  while (i < 3 && head[i] === ' ') i++;
  let level = 0;
  while (head[i + level] === '#' && level < 7) level++;
  if (level === 0 || level > 6) return undefined;
  const after = head[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  const rest = text.slice(i + level).trim();
  return rest.length > 0 ? { level, text: rest } : undefined;
}

function parseRule(text: string): RuleMark | undefined {
  if (text.length > 1000) return undefined;
  const trimmed = text.trim();
  if (trimmed.length < 2) return undefined;
  let body = trimmed;
  let plus = false;
  if (body[0] === '+') {
    plus = true;
    body = body.slice(1);
    if (body.endsWith('+')) body = body.slice(0, -1);
  }
  const char = body[0];
  if (char !== '=' && char !== '-' && char !== '*' && char !== '_') return undefined;
  if (plus && char !== '=') return undefined;
  let length = 0;
  let spaced = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === char) length++;
    else if (body[i] === ' ' || body[i] === '\t') spaced = true;
    else return undefined;
  }
  if (length < 2 || (length < 3 && char !== '=')) return undefined;
  return { char, length, separatorOnly: plus || spaced || char === '*' || char === '_' };
}

/** Reads `1)`, `2.`, `3. ` or `Q4.` numbering from the start of `head`. */
export function parseNumbering(head: string): NumberedMark | undefined {
  // Both patterns need a Q or a digit first; most lines have neither, and then neither pattern runs.
  const first = head.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 81 || first === 113)) return undefined;
  const question = /^Q\s?(\d{1,3})\s*[.):-]\s*/i.exec(head);
  if (question) {
    const text = head.slice(question[0].length).trim();
    return text ? { style: 'q', number: Number(question[1]), text } : undefined;
  }
  const match = /^(\d{1,3})([.)])/.exec(head);
  if (!match) return undefined;
  const next = head[match[0].length];
  if (match[2] === '.' && next !== undefined && next >= '0' && next <= '9') return undefined;
  const text = head.slice(match[0].length).trim();
  if (!text) return undefined;
  return { style: match[2] === ')' ? 'paren' : 'dot', number: Number(match[1]), text };
}

function parseBold(trimmed: string): string | undefined {
  if (trimmed.length < 5 || trimmed.length > HEAD_LIMIT) return undefined;
  const marker = trimmed.slice(0, 2);
  if (marker !== '**' && marker !== '__') return undefined;
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === ':' || trimmed[end - 1] === ' ')) end--;
  if (trimmed.slice(end - 2, end) !== marker || end - 2 <= 2) return undefined;
  const inner = trimmed.slice(2, end - 2).trim();
  if (!inner || inner.includes(marker)) return undefined;
  return inner;
}

function parseLabel(trimmed: string): string | undefined {
  if (trimmed.length > 60 || !trimmed.endsWith(':')) return undefined;
  const withoutBullet = trimmed.replace(BULLET_PREFIX, '');
  const name = withoutBullet.replace(/[\s:]+$/, '').trim();
  if (!name || name.includes(':') || !/^[\p{L}\p{N}"'(]/u.test(name)) return undefined;
  return name;
}

/**
 * Classifies every line. Fenced code is recognised only when a fence closes,
 * so a stray ``` in free text does not swallow the rest of the file.
 */
export function classifyLines(lines: readonly string[]): LineInfo[] {
  const infos: LineInfo[] = lines.map((text) => {
    const head = text.length > HEAD_LIMIT ? text.slice(0, HEAD_LIMIT) : text;
    const trimmedHead = head.trim();
    const blank = trimmedHead.length === 0 && text.trim().length === 0;
    // Every field from the start, so every line's object has one shape: the parser reads them in many places.
    const info: LineInfo = {
      text,
      blank,
      indent: leadingWidth(head),
      code: false,
      atx: undefined,
      rule: undefined,
      numbered: undefined,
      bold: undefined,
      listItem: false,
      label: undefined,
    };
    if (blank) return info;
    info.atx = parseAtx(head, text);
    info.rule = info.atx ? undefined : parseRule(text);
    info.listItem = !info.rule && LIST_MARKER.test(head);
    if (info.indent === 0) {
      info.numbered = info.atx ? parseNumbering(info.atx.text.slice(0, HEAD_LIMIT)) : parseNumbering(head);
    }
    const trimmed = text.length > HEAD_LIMIT ? trimmedHead : text.trim();
    info.bold = parseBold(trimmed);
    if (!info.atx && !info.rule) info.label = parseLabel(trimmed);
    return info;
  });
  markFencedCode(infos);
  return infos;
}

/** Whether `FENCE` can match: up to three spaces, then a backtick or a tilde (most lines fail at once). */
function mayBeFence(text: string): boolean {
  let at = 0;
  while (at < 3 && text.charCodeAt(at) === 32) at++;
  const code = text.charCodeAt(at);
  return code === 96 || code === 126;
}

function markFencedCode(infos: LineInfo[]): void {
  interface Fence { line: number; char: string; length: number; canClose: boolean }
  const fences: Fence[] = [];
  infos.forEach((info, line) => {
    if (info.blank) return;
    if (!mayBeFence(info.text)) return;
    const match = FENCE.exec(info.text.length > HEAD_LIMIT ? info.text.slice(0, HEAD_LIMIT) : info.text);
    if (!match) return;
    const marker = match[1];
    if (marker[0] === '`' && match[2].includes('`')) return;
    fences.push({ line, char: marker[0], length: marker.length, canClose: match[2].trim() === '' });
  });
  // For each fence, the index of the next fence of the same character that can close it:
  // one backwards pass keeps the pairing linear however many stray fences there are.
  const nextCloser: number[] = new Array(fences.length).fill(-1);
  const lastSeen = new Map<string, number>();
  for (let i = fences.length - 1; i >= 0; i--) {
    nextCloser[i] = lastSeen.get(fences[i].char) ?? -1;
    if (fences[i].canClose) lastSeen.set(fences[i].char, i);
  }
  let i = 0;
  while (i < fences.length) {
    const close = nextCloser[i];
    if (close < 0) {
      i++;
      continue;
    }
    for (let line = fences[i].line; line <= fences[close].line; line++) {
      const info = infos[line];
      info.code = true;
      info.atx = undefined;
      info.rule = undefined;
      info.numbered = undefined;
      info.bold = undefined;
      info.label = undefined;
      info.listItem = false;
    }
    i = close + 1;
  }
}
