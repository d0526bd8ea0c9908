/**
 * Numbered questions ("1)\tHow can you…", "2.Handling Errors…", "Q3. …") that
 * start topics, told apart from numbered list items inside a topic by their
 * numbering continuity, their spacing and whether they read like titles.
 */

import type { LineInfo, NumberedMark } from './line-kinds';

const STYLE_PREFERENCE: NumberedMark['style'][] = ['q', 'paren', 'dot'];

function isCandidate(info: LineInfo): boolean {
  return info.numbered !== undefined && !info.atx && !info.code && info.indent === 0;
}

/**
 * The numbered lines 1, 2, 3… of one style between `start` and `end`: every
 * run of two or more, of the style with the most such items. When `anchoredAt` is a line, the run must start there and continue
 * its number: an item that opens a topic ("4.Difference Between…") makes any
 * "1." that follows a list inside it, not a new topic.
 */
export function findNumberedChain(infos: readonly LineInfo[], start: number, end: number, anchoredAt?: number): number[] {
  if (anchoredAt !== undefined) {
    const anchor = infos[anchoredAt];
    if (!isCandidate(anchor) || !anchor.numbered) return [];
    const style = anchor.numbered.style;
    let expected = anchor.numbered.number + 1;
    const chain = [anchoredAt];
    for (let line = anchoredAt + 1; line <= end; line++) {
      const mark = infos[line].numbered;
      if (isCandidate(infos[line]) && mark && mark.style === style && mark.number === expected) {
        chain.push(line);
        expected++;
      }
    }
    return chain;
  }
  // Runs of 1, 2, 3… per style; a "1." that does not continue a run starts a new one,
  // so two question lists one after the other are both found.
  const runs = new Map<NumberedMark['style'], number[][]>();
  for (let line = start; line <= end; line++) {
    const mark = infos[line].numbered;
    if (!mark || !isCandidate(infos[line])) continue;
    const styleRuns = runs.get(mark.style) ?? [];
    runs.set(mark.style, styleRuns);
    const run = styleRuns[styleRuns.length - 1];
    const expected = run ? (infos[run[run.length - 1]].numbered?.number ?? 0) + 1 : 1;
    if (run && mark.number === expected) run.push(line);
    else if (mark.number === 1) styleRuns.push([line]);
  }
  let best: number[] = [];
  for (const style of STYLE_PREFERENCE) {
    const chain = (runs.get(style) ?? []).filter((run) => run.length >= 2).flat();
    if (chain.length > best.length) best = chain;
  }
  return best;
}

/** True when an item's text reads like a question or a title, not a sentence of notes. */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || trimmed.endsWith(':')) return true;
  return trimmed.length <= 80 && !/[.;,]$/.test(trimmed);
}

/**
 * Decides whether a numbered run is a list of questions/topics: at least two
 * items, mostly title-like (or, in a Markdown file, mostly real questions),
 * and each followed by a body of a few lines rather than packed like steps.
 */
export function isQuestionChain(infos: readonly LineInfo[], chain: readonly number[], questionsOnly: boolean): boolean {
  if (chain.length < 2) return false;
  const marks = chain.map((line) => infos[line].numbered as NumberedMark);
  const questions = marks.filter((mark) => mark.style === 'q' || mark.text.trim().endsWith('?')).length;
  if (questionsOnly) {
    if (questions * 2 < marks.length) return false;
  } else if (marks.filter((mark) => isTitleLike(mark.text)).length * 3 < marks.length * 2) {
    return false;
  }
  const gaps = chain.slice(1).map((line, i) => line - chain[i]).sort((a, b) => a - b);
  const middle = gaps.length / 2;
  const median = gaps.length % 2 === 1 ? gaps[Math.floor(middle)] : (gaps[middle - 1] + gaps[middle]) / 2;
  return median >= 3;
}
