/**
 * The file-wide skeleton sectioning works from: which lines are headings
 * (ATX or setext) and which rule lines separate topics.
 */

import type { LineInfo } from './line-kinds';
import { headingTitle } from './titles';

/** A heading found in the text, ATX (`## X`) or setext (`X` over `===`). */
export interface Heading {
  line: number;
  /** Last line of the heading: the underline for setext headings. */
  lastLine: number;
  level: number;
  text: string;
  title: string;
}

/** The file-wide facts sectioning works from. */
export interface Layout {
  infos: LineInfo[];
  headings: Map<number, Heading>;
  separators: Set<number>;
  last: number;
}

function isSetextTitleLine(info: LineInfo | undefined): boolean {
  if (!info || info.blank || info.code || info.atx || info.rule || info.listItem || info.indent >= 4) return false;
  const trimmed = info.text.trim();
  return trimmed.length <= 80 && !/[.,;]$/.test(trimmed) && !trimmed.includes('\t');
}

/** A heading's title; a heading of markup only ("# **") is named by its line. */
function titleOfHeading(text: string, line: number): string {
  return headingTitle(text) || `Heading at line ${line + 1}`;
}

/** True when the line opens a block: first line, or after a blank line or a rule. */
function startsBlock(infos: readonly LineInfo[], line: number): boolean {
  const before = infos[line - 1];
  return before === undefined || before.blank || before.rule !== undefined;
}

/**
 * True when a rule is about as long as the text above it, as an underline is
 * drawn; a separator after the last line of a paragraph is usually much longer.
 */
function underlinesText(text: string, ruleLength: number): boolean {
  const length = text.trim().length;
  return Math.abs(ruleLength - length) <= Math.max(3, length * 0.3);
}

/**
 * Tells setext underlines from separators: an `===`/`---` line directly under
 * a short, title-like line that opens a block (or that it underlines about
 * exactly) is an underline; any other rule line (after a blank
 * line, after a paragraph or list that ends with a sentence, `+===`, `***`)
 * separates topics.
 */
export function findLayout(infos: LineInfo[]): Layout {
  const headings = new Map<number, Heading>();
  const separators = new Set<number>();
  for (let line = 0; line < infos.length; line++) {
    const info = infos[line];
    if (info.code) continue;
    if (info.atx) {
      headings.set(line, { line, lastLine: line, level: info.atx.level, text: info.atx.text, title: titleOfHeading(info.atx.text, line) });
      continue;
    }
    const rule = info.rule;
    if (!rule) continue;
    const previous = infos[line - 1];
    const underline = !rule.separatorOnly && (rule.char === '=' || rule.char === '-');
    if (underline && isSetextTitleLine(previous) && !headings.has(line - 1) && !separators.has(line - 1)
      && (startsBlock(infos, line - 1) || underlinesText(previous.text, rule.length))) {
      const text = previous.text.trim();
      headings.set(line - 1, { line: line - 1, lastLine: line, level: rule.char === '=' ? 1 : 2, text, title: titleOfHeading(text, line - 1) });
    } else if (rule.length >= 3) {
      separators.add(line);
    }
  }
  return { infos, headings, separators, last: infos.length - 1 };
}

/** The first line in `from..to` with text that is not a separator, or -1. */
export function firstContentLine(layout: Layout, from: number, to: number): number {
  for (let line = from; line <= to; line++) {
    if (!layout.infos[line].blank && !layout.separators.has(line)) return line;
  }
  return -1;
}
