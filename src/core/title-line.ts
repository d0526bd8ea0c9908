/** A note body without the line that repeats its title: plain string work, no Markdown parser. */

import { alphanumericKey, toPlainText } from './snippet';

/** The preview shows the title as its heading, so a body that starts by repeating it loses that line (and its underline). */
export function withoutTitleLine(body: string, title: string): string {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return body;
  const titleKey = alphanumericKey(title);
  const lineKey = alphanumericKey(toPlainText(lines[first]));
  // Numbered notes write "2.Handling errors…" or "### Q1.What are…": a short numbering prefix still repeats the title.
  const repeats = titleKey !== '' && lineKey.endsWith(titleKey) && /^(?:q?\d{1,3})?$/.test(lineKey.slice(0, lineKey.length - titleKey.length));
  if (!repeats) return body;
  // Plain-text notes underline a title ("Aurora Global database" / "=====");
  // without its title the underline would show as a stray row of signs.
  const next = lines[first + 1];
  const skip = next !== undefined && /^\s*([=\-~*_#])\1{2,}\s*$/.test(next) ? 2 : 1;
  return lines.slice(first + skip).join('\n');
}
