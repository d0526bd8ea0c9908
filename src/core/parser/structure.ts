/**
 * Sectioning of every file that is not an exam-scenario file: headings and
 * separators first, then numbered questions, then (in free text) terms,
 * numbered notes and standalone titles; tables of contents stay whole.
 */

import { canStartTerm, questionLineTitle, termTitle } from './free-text-topics';
import { firstContentLine, type Heading, type Layout } from './layout';
import { HEAD_LIMIT, type LineInfo } from './line-kinds';
import { findNumberedChain, isQuestionChain } from './numbered-topics';
import { cutAt, foldInto, newSegment, type Segment } from './segment';
import { cleanTitleText, firstLineTitle, isGenericTitle, isTableOfContents } from './titles';

/** Segments for a file of headings, separators, numbered questions or free text. */
export function structuredSegments(layout: Layout): Segment[] {
  const primary = primarySegments(layout);
  const hasAtx = [...layout.headings.values()].some((heading) => heading.lastLine === heading.line);
  const refined: Segment[][] = primary.map((segment) => splitQuestions(layout, segment, hasAtx));
  const anyQuestions = refined.some((parts) => parts.some((part) => part.startKind === 'question'));
  const freeText = !hasAtx && layout.separators.size < 2 && !anyQuestions;
  const segments = freeText ? refined.flat().flatMap((segment) => splitFreeText(layout, segment)) : refined.flat();
  markQuestionFile(layout, segments);
  return foldTablesOfContents(layout, segments);
}

/** Cuts the file at headings and separators, tracking enclosing headings. */
function primarySegments(layout: Layout): Segment[] {
  const segments: Segment[] = [];
  const stack: Heading[] = [];
  let blockBase = 0;
  let afterSeparator = false;
  for (let line = 0; line <= layout.last; line++) {
    const heading = layout.headings.get(line);
    if (heading) {
      while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
      blockBase = Math.min(blockBase, stack.length);
      segments.push(newSegment(segments.length === 0 ? 0 : line, line, 'heading', stack.map((h) => h.title), heading));
      stack.push(heading);
      line = heading.lastLine;
      afterSeparator = false;
      continue;
    }
    if (layout.separators.has(line)) {
      // A separator closes the headings opened since the previous separator.
      stack.length = blockBase;
      afterSeparator = true;
      continue;
    }
    if (layout.infos[line].blank) continue;
    if (segments.length === 0) {
      segments.push(newSegment(0, line, 'preamble', []));
    } else if (afterSeparator) {
      segments.push(newSegment(line, line, 'separator', stack.map((h) => h.title)));
    }
    afterSeparator = false;
  }
  if (segments.length === 0) {
    // Nothing but separators: still one section, so every line belongs somewhere.
    const first = layout.infos.findIndex((info) => !info.blank);
    segments.push(newSegment(0, Math.max(first, 0), 'preamble', []));
  }
  for (let i = 0; i < segments.length; i++) segments[i].end = i + 1 < segments.length ? segments[i + 1].start - 1 : layout.last;
  return segments;
}

/** Splits a segment at numbered questions ("1)\tHow…", "2.Handling…") when they form a question list. */
function splitQuestions(layout: Layout, segment: Segment, markdown: boolean): Segment[] {
  const contentStart = segment.heading ? segment.heading.lastLine + 1 : segment.ownStart;
  if (contentStart > segment.end) return [segment];
  const first = segment.heading ? -1 : firstContentLine(layout, contentStart, segment.end);
  if (first >= 0 && layout.infos[first].numbered) segment.numberedStart = true;
  const anchor = segment.startKind === 'separator' ? first : -1;
  if (anchor >= 0 && layout.infos[anchor].numbered) {
    // A block that opens with a numbered item: only its continuation (n+1, n+2…) can start topics.
    const chain = findNumberedChain(layout.infos, contentStart, segment.end, anchor);
    return isQuestionChain(layout.infos, chain, markdown) ? cutAt(segment, chain, 'question') : [segment];
  }
  if (segment.startKind === 'separator') return [segment];
  const chain = findNumberedChain(layout.infos, contentStart, segment.end);
  return isQuestionChain(layout.infos, chain, markdown) ? cutAt(segment, chain, 'question') : [segment];
}

/**
 * Free-text notes: top-level numbered notes and paragraphs introduced by a
 * term after a blank line start topics.
 */
function splitFreeText(layout: Layout, segment: Segment): Segment[] {
  const contentStart = segment.heading ? segment.heading.lastLine + 1 : segment.ownStart;
  if (contentStart > segment.end || segment.startKind === 'question') return [segment];
  const cuts = new Map<number, string | undefined>();
  const questions = new Set<number>();
  const { infos } = layout;
  if (!segment.heading && segment.parents.length === 0) {
    const first = firstContentLine(layout, contentStart, segment.end);
    const chain = findNumberedChain(infos, contentStart, segment.end);
    const opensList = chain.length > 0 && (chain[0] === first || isAfterBlankWithoutLabel(infos, chain[0]));
    if (chain.length >= 2 && opensList) {
      for (const line of chain) {
        const text = infos[line].numbered?.text ?? '';
        cuts.set(line, termTitle(text) ?? firstLineTitle(text));
      }
    }
  }
  const topLevel = !segment.heading && segment.parents.length === 0;
  for (let line = segment.heading ? contentStart + 1 : contentStart; line <= segment.end; line++) {
    if (cuts.has(line) || (line > contentStart && !infos[line - 1].blank)) continue;
    const info = infos[line];
    // With no structure around, a bold line on its own is the only heading the author wrote.
    const bold = topLevel && info.bold ? cleanTitleText(info.bold) : undefined;
    if (bold && !isGenericTitle(bold)) {
      cuts.set(line, bold);
      continue;
    }
    if (!canStartTerm(info)) continue;
    const question = questionLineTitle(info.text);
    if (question) questions.add(line);
    const title = question ?? termTitle(info.text) ?? standaloneTitle(layout, line, segment.end);
    if (title) cuts.set(line, title);
  }
  if (cuts.size === 0) return [segment];
  const lines = [...cuts.keys()].sort((a, b) => a - b);
  const parts = cutAt(segment, lines, 'term', new Map([...cuts].filter((entry): entry is [number, string] => entry[1] !== undefined)));
  // "Q: …" lines make question-and-answer topics.
  for (const part of parts) {
    if (questions.has(firstContentLine(layout, part.ownStart, part.end))) part.kind = 'qa';
  }
  return parts;
}

/**
 * A short title-like line standing alone, with a blank line and then text
 * under it ("S3", blank line, paragraph): the plainest way to title a note.
 */
function standaloneTitle(layout: Layout, line: number, end: number): string | undefined {
  const text = layout.infos[line].text.trim();
  if (text.length > 60 || text.split(/\s+/).length > 8 || /[.,;:!]$/.test(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return undefined;
  let next = line + 1;
  if (next > end || !layout.infos[next].blank) return undefined;
  while (next <= end && layout.infos[next].blank) next++;
  if (next > end || layout.headings.has(next) || layout.separators.has(next) || layout.infos[next].rule) return undefined;
  const title = cleanTitleText(text);
  return title && !isGenericTitle(title) ? title : undefined;
}

function isAfterBlankWithoutLabel(infos: readonly LineInfo[], line: number): boolean {
  if (line === 0) return true;
  if (!infos[line - 1].blank) return false;
  for (let previous = line - 1; previous >= 0; previous--) {
    if (!infos[previous].blank) return !infos[previous].label;
  }
  return true;
}

/**
 * In a file of separator-delimited interview questions, every block is a
 * question even when its first line is not numbered ("AWS Placement Groups:").
 */
function markQuestionFile(layout: Layout, segments: Segment[]): void {
  for (const segment of segments) {
    const numbered = segment.heading ? layout.infos[segment.heading.line].numbered : undefined;
    if (segment.startKind === 'question' || numbered?.style === 'q' || (segment.heading?.title.endsWith('?') ?? false)) segment.kind = 'qa';
  }
  if (layout.separators.size < 2) return;
  const blocks = segments.filter((segment) => segment.startKind === 'separator' || segment.start === 0);
  const questions = blocks.filter((segment) => segment.kind === 'qa' || segment.numberedStart).length;
  if (questions >= 3 || questions * 2 >= blocks.length) {
    for (const segment of blocks) segment.kind = 'qa';
  }
}

/** True when every line under the segment's heading is a link or a list of links, as in a table of contents. */
function isLinkList(layout: Layout, segment: Segment): boolean {
  const from = segment.heading ? segment.heading.lastLine + 1 : segment.ownStart;
  for (let line = from; line <= segment.end; line++) {
    const info = layout.infos[line];
    if (info.blank || layout.separators.has(line)) continue;
    const text = info.text.slice(0, HEAD_LIMIT).replace(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/, '').trimStart();
    if (!text.startsWith('[') && !text.startsWith('<http') && !text.startsWith('http')) return false;
  }
  return true;
}

/**
 * A table of contents is one section: its entry headings, while they hold only
 * links, do not become topics of their own.
 */
function foldTablesOfContents(layout: Layout, segments: Segment[]): Segment[] {
  const result: Segment[] = [];
  let toc: Segment | undefined;
  for (const segment of segments) {
    if (toc?.heading && segment.heading && segment.heading.level > toc.heading.level && isLinkList(layout, segment)) {
      toc.end = segment.end;
      foldInto(toc, [segment.heading.title]);
      continue;
    }
    toc = segment.heading && isTableOfContents(segment.heading.title) && isLinkList(layout, segment) ? segment : undefined;
    result.push(segment);
  }
  return result;
}
