/**
 * Tab-separated comparison tables ("SQL Database\tNoSQL Database") written in
 * plain text, recognised and rewritten as Markdown tables.
 */

import type { LineInfo } from './line-kinds';

/** The cells of a line that can be a table row, or undefined. */
export function tableCells(info: LineInfo): string[] | undefined {
  if (info.blank || info.code || info.indent > 0 || info.listItem || info.atx || info.rule) return undefined;
  if (!info.text.includes('\t')) return undefined;
  const cells = info.text.split('\t');
  while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
  if (cells.length < 2) return undefined;
  // Empty cells in the middle mean tab-aligned drawing, not a table.
  return cells.every((cell) => cell.trim() !== '') ? cells.map((cell) => cell.trim()) : undefined;
}

/**
 * Finds runs of at least two consecutive rows with the same number of cells,
 * between `start` and `end` inclusive. Returns the row cells keyed by the
 * first line of each run, with the run's last line.
 */
export function findTables(infos: readonly LineInfo[], start: number, end: number): Map<number, { end: number; rows: string[][] }> {
  const tables = new Map<number, { end: number; rows: string[][] }>();
  let runStart = -1;
  let rows: string[][] = [];
  const flush = (runEnd: number): void => {
    if (rows.length >= 2) tables.set(runStart, { end: runEnd, rows });
    runStart = -1;
    rows = [];
  };
  for (let line = start; line <= end; line++) {
    const cells = tableCells(infos[line]);
    if (cells && rows.length > 0 && cells.length !== rows[0].length) flush(line - 1);
    if (!cells) {
      if (rows.length > 0) flush(line - 1);
      continue;
    }
    if (rows.length === 0) runStart = line;
    rows.push(cells);
  }
  if (rows.length > 0) flush(end);
  return tables;
}

function escapeCell(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

/** Renders rows as a Markdown table whose first row is the header. */
export function markdownTable(rows: readonly string[][]): string[] {
  const [header, ...body] = rows;
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(line)];
}
