/**
 * Rendering a run of source lines as the Markdown body of a section.
 */

import type { LineInfo } from './line-kinds';
import { findTables, markdownTable } from './tables';

/** True for a line that is ordinary paragraph text in Markdown terms. */
function isPlainText(info: LineInfo): boolean {
  if (info.blank || info.code || info.atx || info.rule || info.listItem) return false;
  const start = info.text.trimStart();
  return !start.startsWith('|') && !start.startsWith('>') && !start.startsWith('<');
}

/**
 * Renders lines `start..end` (inclusive) as Markdown. The author's line breaks
 * are kept (plain-text notes rely on them), tab tables become Markdown tables,
 * separator lines are dropped, and deep indentation outside lists and code is
 * removed so that it does not turn into a code block. Separator lines are
 * the only thing left out; `separators` says which lines they are.
 */
export function renderBody(infos: readonly LineInfo[], start: number, end: number, separators: ReadonlySet<number>): string {
  const tables = findTables(infos, start, end);
  const out: string[] = [];
  let previousBlank = true;
  for (let line = start; line <= end; line++) {
    const table = tables.get(line);
    if (table) {
      if (!previousBlank) out.push('');
      out.push(...markdownTable(table.rows), '');
      previousBlank = true;
      line = table.end;
      continue;
    }
    const info = infos[line];
    if (separators.has(line)) continue;
    if (info.blank) {
      if (!previousBlank) out.push('');
      previousBlank = true;
      continue;
    }
    let text = info.text;
    if (!info.code && !info.listItem && info.indent >= 4) text = text.trimStart();
    if (!info.code) text = text.trimEnd();
    const next = line < end ? infos[line + 1] : undefined;
    const breaksBefore = next !== undefined && !separators.has(line + 1) && !tables.has(line + 1) && isPlainText(next);
    if (breaksBefore && (isPlainText(info) || info.listItem) && !text.endsWith('\\')) text += '  ';
    out.push(text);
    previousBlank = false;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
