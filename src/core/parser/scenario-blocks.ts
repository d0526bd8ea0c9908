/**
 * Files of exam-scenario walk-throughs: each separator-delimited block is one
 * section of kind `scenario`.
 */

import type { Layout } from './layout';
import { isScenarioMarkerHeading, scenarioTitle } from './scenario';
import { headingTitle } from './titles';
import type { Segment } from './segment';

/** A block's first and last line, and whether it is a follow-up split off after another block's conclusion. */
export type ScenarioBlock = [from: number, to: number, followUp?: boolean];

/**
 * The separator-delimited blocks of a file laid out as exam-scenario
 * walk-throughs, or undefined when the file is not one: at least two blocks
 * carry headings and most of those use two or more walk-through headings.
 * A block that goes on after its conclusion is split in two.
 */
export function scenarioBlocksOf(layout: Layout): ScenarioBlock[] | undefined {
  if (layout.separators.size === 0) return undefined;
  const blocks: Array<[number, number]> = [];
  let start = 0;
  for (const separator of [...layout.separators].sort((a, b) => a - b)) {
    blocks.push([start, separator]);
    start = separator + 1;
  }
  if (start <= layout.last) blocks.push([start, layout.last]);
  let withHeadings = 0;
  let walkThroughs = 0;
  for (const [from, to] of blocks) {
    let markers = 0;
    let any = false;
    for (let line = from; line <= to; line++) {
      const heading = layout.headings.get(line);
      if (!heading) continue;
      any = true;
      if (isScenarioMarkerHeading(heading.text)) markers++;
    }
    if (any) withHeadings++;
    if (markers >= 2) walkThroughs++;
  }
  if (withHeadings < 2 || walkThroughs * 2 < withHeadings) return undefined;
  return blocks.flatMap((block) => splitAfterConclusion(layout, block));
}

const CLOSING_HEADING = /^(?:conclusion|summary|in summary)\b/i;

/**
 * Some walk-throughs go on after their conclusion without a separator: "Let's
 * delve deeper into why…" and a new run of specific headings. That follow-up is
 * a topic of its own, so the block is split after the conclusion's first
 * paragraph when a heading that is not part of the walk-through pattern follows.
 */
function splitAfterConclusion(layout: Layout, [from, to]: [number, number]): ScenarioBlock[] {
  const blocks: ScenarioBlock[] = [];
  let start = from;
  // Only moves forward, so finding the next specific heading stays linear however many follow-ups there are.
  let later = from;
  // A loop, not recursion: a pasted file may hold thousands of follow-ups in one block.
  for (let line = from; line <= to; line++) {
    const heading = layout.headings.get(line);
    if (!heading || !CLOSING_HEADING.test(headingTitle(heading.text))) continue;
    let next = skipBlank(layout, heading.lastLine + 1, to);
    while (next <= to && !layout.infos[next].blank && !layout.headings.has(next)) next++;
    next = skipBlank(layout, next, to);
    if (next > to || layout.headings.has(next)) break;
    if (later <= next) later = next + 1;
    while (later <= to && !isSpecificHeading(layout, later)) later++;
    if (later > to) break;
    blocks.push([start, next - 1, start !== from]);
    start = next;
    line = next - 1;
  }
  blocks.push([start, to, start !== from]);
  return blocks;
}

function isSpecificHeading(layout: Layout, line: number): boolean {
  const heading = layout.headings.get(line);
  return heading !== undefined && !isScenarioMarkerHeading(heading.text);
}

function skipBlank(layout: Layout, line: number, to: number): number {
  while (line <= to && layout.infos[line].blank) line++;
  return line;
}

/** One segment per block; blocks with headings are scenarios titled after their subject. */
export function scenarioSegments(layout: Layout, blocks: ScenarioBlock[]): Segment[] {
  const segments: Segment[] = [];
  for (const [from, to, followUp] of blocks) {
    const headingTexts: string[] = [];
    let introduction: string | undefined;
    for (let line = from; line <= to; line++) {
      const heading = layout.headings.get(line);
      if (heading) {
        headingTexts.push(heading.text);
        line = heading.lastLine;
        continue;
      }
      const info = layout.infos[line];
      if (introduction === undefined && !info.blank && !layout.separators.has(line) && !info.listItem) introduction = info.text;
    }
    const hasHeadings = headingTexts.length > 0;
    // A follow-up's opening sentence restates the question at length ("Let's explore why using X is more
    // efficient than…"); its own specific headings name it better.
    const title = hasHeadings ? scenarioTitle(headingTexts, introduction, { headingsFirst: followUp === true }) : undefined;
    segments.push({
      start: from,
      ownStart: from,
      end: to,
      startKind: hasHeadings ? 'scenario' : 'preamble',
      parents: [],
      title: title || undefined,
      kind: hasHeadings ? 'scenario' : 'note',
      folded: [],
    });
  }
  return segments;
}
