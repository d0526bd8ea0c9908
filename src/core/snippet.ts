/** The longest snippet stored with a section; UI surfaces cut further. */
const SNIPPET_LENGTH = 220;

/**
 * A short plain-text excerpt of a section: Markdown syntax stripped, the title
 * line skipped (it is shown beside the snippet anyway), whitespace folded.
 */
export function makeSnippet(body: string, title: string, maxLength = SNIPPET_LENGTH): string {
  const parts: string[] = [];
  let length = 0;
  const titleKey = normalise(title);
  // Only the head of a huge body is looked at; a snippet never needs more.
  for (const rawLine of body.slice(0, maxLength * 8).split('\n')) {
    const line = toPlainText(rawLine);
    if (!line || /^[-=+|: ]+$/.test(line)) continue;
    if (parts.length === 0 && normalise(line).startsWith(titleKey)) continue;
    parts.push(line);
    length += line.length + 1;
    if (length >= maxLength) break;
  }
  const text = parts.join(' ');
  return text.length > maxLength ? cutAtWord(text, maxLength) : text;
}

/** Strips the Markdown a reader would not want to see in a one-line excerpt. */
export function toPlainText(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/!?\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at the last word boundary before `max` and adds an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
