/**
 * The notes parser: cuts one notes file into the sections a person would call
 * topics, whatever the file's format (Markdown headings, setext headings,
 * separator lines, numbered interview questions, exam-scenario blocks, free
 * text). Every line belongs to exactly one section, so nothing is dropped.
 *
 * All work is per line and linear in the input; patterns only ever look at a
 * bounded prefix of a line.
 */

// eslint-disable-next-line no-restricted-imports -- still inside src/core; the rule is written for files directly in src/core
import type { ParsedSection, SectionKind } from '../types';
import { renderBody } from './body';
import { canStartTerm, questionLineTitle, termTitle } from './free-text-topics';
import { classifyLines, HEAD_LIMIT, type LineInfo } from './line-kinds';
import { splitLines } from './lines';
import { findNumberedChain, isQuestionChain } from './numbered-topics';
import { isScenarioMarkerHeading, scenarioTitle } from './scenario';
import { cleanTitleText, firstLineTitle, headingTitle, isGenericTitle, isTableOfContents, qualifyTitle } from './titles';

export { splitLines } from './lines';

/** A heading found in the text, ATX (`## X`) or setext (`X` over `===`). */
interface Heading {
  line: number;
  /** Last line of the heading: the underline for setext headings. */
  lastLine: number;
  level: number;
  text: string;
  title: string;
}

/** How a section begins; decides how it is titled. */
type StartKind = 'heading' | 'preamble' | 'separator' | 'question' | 'note' | 'term' | 'scenario';

interface Segment {
  start: number;
  /** First line of the section's own text (its heading, or its first line). */
  ownStart: number;
  end: number;
  startKind: StartKind;
  heading?: Heading;
  parents: string[];
  title?: string;
  kind: SectionKind;
  /** Headings folded into this section (table-of-contents entries, empty siblings). */
  folded: string[];
  /** The section's first line is a numbered item ("2.Handling Errors…"). */
  numberedStart?: boolean;
}

/** The file-wide facts sectioning works from. */
interface Layout {
  infos: LineInfo[];
  headings: Map<number, Heading>;
  separators: Set<number>;
  last: number;
}

/**
 * Parses the decoded text of one notes file (.md, .markdown, .txt) into
 * sections. Never throws. A text with no visible character yields no sections;
 * otherwise the sections are ordered, contiguous and cover lines
 * 0..last line exactly once.
 */
export function parseNotes(text: string): ParsedSection[] {
  if (typeof text !== 'string' || !/\S/.test(text)) return [];
  const lines = splitLines(text);
  const infos = classifyLines(lines);
  if (!infos.some((info) => !info.blank)) return [];
  const layout = findLayout(infos);
  const scenarioBlocks = scenarioBlocksOf(layout);
  const segments = scenarioBlocks ? scenarioSegments(layout, scenarioBlocks) : structuredSegments(layout);
  return toSections(layout, mergeEmptySegments(layout, segments));
}

// ---------------------------------------------------------------------------
// Headings and separators

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
function findLayout(infos: LineInfo[]): Layout {
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

// ---------------------------------------------------------------------------
// Exam-scenario files

/**
 * The separator-delimited blocks of a file laid out as exam-scenario
 * walk-throughs, or undefined when the file is not one: at least two blocks
 * carry headings and most of those use two or more walk-through headings.
 */
function scenarioBlocksOf(layout: Layout): Array<[number, number]> | undefined {
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
  return withHeadings >= 2 && walkThroughs * 2 >= withHeadings ? blocks : undefined;
}

function scenarioSegments(layout: Layout, blocks: Array<[number, number]>): Segment[] {
  const segments: Segment[] = [];
  for (const [from, to] of blocks) {
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
    const title = hasHeadings ? scenarioTitle(headingTexts, introduction) : undefined;
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

// ---------------------------------------------------------------------------
// Everything else: headings, separators, numbered questions, free text

function structuredSegments(layout: Layout): Segment[] {
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

function newSegment(start: number, ownStart: number, startKind: StartKind, parents: string[], heading?: Heading): Segment {
  return { start, ownStart, end: start, startKind, heading, parents, kind: 'note', folded: [] };
}

function firstContentLine(layout: Layout, from: number, to: number): number {
  for (let line = from; line <= to; line++) {
    if (!layout.infos[line].blank && !layout.separators.has(line)) return line;
  }
  return -1;
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
 * Cuts a segment at the given lines. The first cut line may be the segment's
 * own first line, in which case it only sets how the segment starts.
 */
function cutAt(segment: Segment, lines: readonly number[], startKind: StartKind, titles?: ReadonlyMap<number, string>): Segment[] {
  const parts: Segment[] = [segment];
  const end = segment.end;
  const childParents = segment.heading ? [...segment.parents, segment.heading.title] : segment.parents;
  for (const line of lines) {
    if (line <= segment.ownStart || (segment.heading && line <= segment.heading.lastLine)) {
      if (!segment.heading) {
        segment.startKind = startKind;
        segment.title = titles?.get(line);
      }
      continue;
    }
    const part = newSegment(line, line, startKind, childParents);
    part.title = titles?.get(line);
    parts.push(part);
  }
  for (let i = 0; i < parts.length; i++) parts[i].end = i + 1 < parts.length ? parts[i + 1].start - 1 : end;
  return parts;
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

// ---------------------------------------------------------------------------
// Merging and output

/** True when the segment has text beyond its own heading and separator lines. */
function hasOwnText(layout: Layout, segment: Segment): boolean {
  // Lines before ownStart are blank, separators or headings carried in from empty parents.
  for (let line = segment.ownStart; line <= segment.end; line++) {
    const heading = layout.headings.get(line);
    if (heading && heading === segment.heading) {
      line = heading.lastLine;
      continue;
    }
    if (heading) return true;
    if (!layout.infos[line].blank && !layout.separators.has(line)) return true;
  }
  return false;
}

/** How many folded heading names a section keeps; enough for search, bounded for huge inputs. */
const MAX_FOLDED = 64;

function foldInto(target: Segment, names: readonly string[]): void {
  for (const name of names) {
    if (target.folded.length >= MAX_FOLDED) return;
    target.folded.push(name);
  }
}

/**
 * A heading with nothing under it before its first sub-heading joins that
 * sub-heading's section (its line still belongs somewhere); any other empty
 * segment joins the one before it.
 */
function mergeEmptySegments(layout: Layout, segments: Segment[]): Segment[] {
  const result: Segment[] = [];
  let carried: Segment | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (carried) {
      segment.start = carried.start;
      segment.folded = [...carried.folded, ...segment.folded].slice(0, MAX_FOLDED);
      carried = undefined;
    }
    if (hasOwnText(layout, segment)) {
      result.push(segment);
      continue;
    }
    const next = segments[i + 1];
    const nextIsChild = next?.heading !== undefined && segment.heading !== undefined && next.heading.level > segment.heading.level;
    if (next && (nextIsChild || result.length === 0)) {
      carried = segment;
      if (!nextIsChild && segment.heading) foldInto(carried, [segment.heading.title]);
      continue;
    }
    const previous = result[result.length - 1];
    if (previous) {
      previous.end = segment.end;
      foldInto(previous, segment.folded);
      if (segment.heading) foldInto(previous, [segment.heading.title]);
    } else {
      result.push(segment);
    }
  }
  return result;
}

function ownTitle(layout: Layout, segment: Segment): string {
  if (segment.title) return segment.title;
  if (segment.heading) return segment.heading.title;
  const line = firstContentLine(layout, segment.ownStart, segment.end);
  if (line < 0) return '';
  const info = layout.infos[line];
  if (info.bold) return cleanTitleText(info.bold);
  return firstLineTitle(info.text);
}

/** For a generic heading with nothing before it: what its first line of text is about. */
function contentContext(layout: Layout, segment: Segment): string {
  for (let line = segment.ownStart; line <= segment.end; line++) {
    const info = layout.infos[line];
    if (info.blank || layout.separators.has(line) || layout.headings.has(line) || info.rule) continue;
    const context = firstLineTitle(info.text);
    return context.length > 60 ? '' : context;
  }
  return '';
}

function collectHeadings(layout: Layout, segment: Segment, title: string): string[] {
  const found = new Set<string>(segment.folded);
  for (let line = segment.ownStart; line <= segment.end && found.size < 64; line++) {
    const heading = layout.headings.get(line);
    if (heading) {
      if (heading !== segment.heading) found.add(heading.title);
      line = heading.lastLine;
      continue;
    }
    const info = layout.infos[line];
    if (info.bold) found.add(cleanTitleText(info.bold));
    else if (info.label) found.add(cleanTitleText(info.label));
  }
  found.delete(title);
  found.delete('');
  return [...found];
}

function toSections(layout: Layout, segments: Segment[]): ParsedSection[] {
  const sections: ParsedSection[] = [];
  let lastSpecific = '';
  for (const segment of segments) {
    const base = ownTitle(layout, segment) || `Note at line ${segment.ownStart + 1}`;
    let title = base;
    if (isGenericTitle(base)) {
      const parent = [...segment.parents].reverse().find((name) => !isGenericTitle(name));
      const context = parent ?? lastSpecific;
      // With no topic before it, a generic heading is named by what its text says: "Conclusion: Use SQS".
      const gist = context ? '' : contentContext(layout, segment);
      if (context) title = qualifyTitle(context, base);
      else title = gist ? qualifyTitle(base, gist) : `${base} (line ${segment.ownStart + 1})`;
    } else {
      lastSpecific = base;
    }
    let body = renderBody(layout.infos, segment.ownStart, segment.end, layout.separators);
    if (body.trim() === '') body = layout.infos.slice(segment.start, segment.end + 1).map((info) => info.text).join('\n').trim();
    sections.push({
      title,
      parents: segment.parents,
      startLine: segment.start,
      endLine: segment.end,
      body,
      headings: collectHeadings(layout, segment, base),
      kind: segment.kind,
    });
  }
  return sections;
}
