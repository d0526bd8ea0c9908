/**
 * Passages: the sub-topics a long section holds, wherever the note itself
 * marks one. A study guide spends a hundred lines on S3; its versioning,
 * replication and encryption parts each open with a line the author made
 * stand out, and that is where a passage starts:
 *
 * - a bold lead line (`__Versioning__`, `**Long Polling**`, `__Multipart Uploads__ Upload Perf`);
 * - a short label line that ends in a colon (`ASG default termination policy :`);
 * - a sub-heading inside the section;
 * - a list item that opens with a bold term and runs on for several lines
 *   (`- __Server-Side Encryption (SSE)__` with its own sub-list).
 *
 * The lines before the first passage are the section's introduction. Every
 * line of the section belongs to exactly one passage or to the introduction,
 * and the work is one pass over the section's lines with a bounded look-ahead,
 * so a note of thousands of bold lines stays linear.
 */

import type { ParsedSection } from '../types';
import { renderBody } from './body';
import type { Layout } from './layout';
import { HEAD_LIMIT, type LineInfo } from './line-kinds';
import { cleanTitleText, firstLineTitle, isGenericTitle, isTableOfContents, qualifyTitle } from './titles';

/** Sections shorter than this many lines stay whole: there is nothing to find inside them. */
export const MIN_SECTION_LINES = 12;
/** A section is split only into at least this many passages; one passage is the section again. */
const MIN_PASSAGES = 2;
/** At most this many passages per section; later markers stay in the last passage. */
export const MAX_PASSAGES = 200;
/** Text after a bold lead ("__Multipart Uploads__ Upload Perf") may be this long and still read as a tag. */
const LEAD_TAIL_CHARS = 40;
/** A bold term of a list item makes a passage when the item has at least this many lines of its own below it. */
const LIST_TERM_CONTINUATION = 2;
/** How far below a list item its continuation is looked for; bounds the look-ahead. */
const LIST_LOOKAHEAD = 40;
/** Titles longer than this are cut at a sentence or word. */
const PASSAGE_TITLE_CHARS = 90;
/** Sub-headings a passage keeps for search; enough, and bounded. */
const MAX_HEADINGS = 32;

/** What a passage cut knows before its end is known. */
interface Cut {
  line: number;
  /** Last line of the marker itself (a setext heading has two). */
  markerEnd: number;
  title: string;
}

/** The section being split, as `toSections` has it. */
export interface PassageHost {
  title: string;
  parents: string[];
  startLine: number;
  endLine: number;
  kind: ParsedSection['kind'];
  /** First line after the section's own heading or title line. */
  contentStart: number;
  /** The line of the section's own heading, which is never a cut. */
  ownHeadingLine?: number;
}

/**
 * The passages of one section, in order, or an empty list when the section is
 * short or the note marks fewer than two sub-topics in it. Passages cover
 * `passages[0].startLine..host.endLine` contiguously; the lines before are the
 * introduction.
 */
export function findPassages(layout: Layout, host: PassageHost): ParsedSection[] {
  if (host.endLine - host.startLine + 1 < MIN_SECTION_LINES || isTableOfContents(host.title)) return [];
  const cuts = findCuts(layout, host);
  if (cuts.length < MIN_PASSAGES) return [];
  const merged = mergeEmptyCuts(layout, cuts, host.endLine);
  if (merged.length < MIN_PASSAGES) return [];
  const parents = [...host.parents, host.title];
  return merged.map((cut, i) => {
    const end = i + 1 < merged.length ? merged[i + 1].cut.line - 1 : host.endLine;
    let body = renderBody(layout.infos, cut.cut.line, end, layout.separators);
    if (body.trim() === '') body = layout.infos.slice(cut.cut.line, end + 1).map((info) => info.text).join('\n').trim();
    const title = cut.cut.title;
    return {
      title,
      parents,
      startLine: cut.cut.line,
      endLine: end,
      body: body || title,
      headings: passageHeadings(layout, cut.cut.line, end, title, cut.folded),
      kind: host.kind,
    };
  });
}

/** Every line of the section that opens a sub-topic, in order, at most {@link MAX_PASSAGES}. */
function findCuts(layout: Layout, host: PassageHost): Cut[] {
  const { infos } = layout;
  const cuts: Cut[] = [];
  for (let line = host.contentStart; line <= host.endLine && cuts.length < MAX_PASSAGES; line++) {
    const info = infos[line];
    if (info.blank || info.code || layout.separators.has(line)) continue;
    const heading = layout.headings.get(line);
    if (heading) {
      if (line !== host.ownHeadingLine) {
        const title = passageTitle(heading.title, host.title, true);
        if (title) cuts.push({ line, markerEnd: heading.lastLine, title });
      }
      line = heading.lastLine;
      continue;
    }
    const marker = markerTitle(infos, line, host);
    const title = marker ? passageTitle(marker.text, host.title, marker.qualify) : undefined;
    if (title) cuts.push({ line, markerEnd: line, title });
  }
  return cuts;
}

/** The title a line gives a passage it opens, or undefined when it opens none. */
function markerTitle(infos: readonly LineInfo[], line: number, host: PassageHost): { text: string; qualify: boolean } | undefined {
  const info = infos[line];
  if (info.indent >= 4) return undefined;
  if (!info.listItem) {
    if (info.bold) return namesNoTopic(info.bold) ? undefined : { text: info.bold, qualify: true };
    const lead = startsBlock(infos, line, host.contentStart) ? boldLead(info.text) : undefined;
    if (lead) return namesNoTopic(lead) ? undefined : { text: lead, qualify: true };
    // A generic label ("Example:", "Note:") belongs to the passage it is in, and so does one that only
    // leads into a list ("Logs can be sent to:").
    if (info.label && info.indent === 0 && !info.numbered && !isGenericTitle(info.label) && !LEADS_ON.test(info.label)) {
      return { text: info.label, qualify: false };
    }
    return undefined;
  }
  if (info.indent > 1) return undefined;
  const term = listTerm(info.text);
  if (!term || namesNoTopic(term) || !runsOn(infos, line, host.endLine)) return undefined;
  return { text: term, qualify: true };
}

/**
 * Words that, inside a worked scenario, name a part of the answer rather than a topic ("The Gap", "Limitation"):
 * generic for a passage, though a whole section so titled is left as the parser titles it.
 */
const GENERIC_PASSAGE_WORDS = /^(?:the )?(?:gap|limitations?|considerations?|rationale|alternatives?)$/i;

/** A label that ends in a preposition introduces the list below it; it names no topic. */
const LEADS_ON = /\b(?:to|for|of|in|with|by|from|on|into|are|is|include|includes|when|if)$/i;

/** Bold text that is a whole sentence is emphasis, not a sub-heading; one that ends in "to" leads into a list. */
function namesNoTopic(text: string): boolean {
  const trimmed = cleanTitleText(text);
  return (/[.!]$/.test(trimmed) && trimmed.split(/\s+/).length > 6) || LEADS_ON.test(trimmed);
}

/** One word that says how or where, not what ("Automated", "Manual", "Output"): it needs its section's name. */
const VAGUE_SINGLE_WORD = /^(?:\w+ed|manual|simple|output|input|device|regional|private|public|options?|modes?|other|both)$/i;

/** Counting words ("Two types", "Option 2") say how many, not what. */
const COUNTING_WORDS = /\b(?:\d+|one|two|three|four|five|option|type)\b/gi;

/** True for a title that names no topic on its own: generic words, counting words, "The Gap". */
function isVagueTitle(title: string): boolean {
  if (isGenericTitle(title) || GENERIC_PASSAGE_WORDS.test(title) || VAGUE_SINGLE_WORD.test(title)) return true;
  const rest = title.replace(COUNTING_WORDS, ' ').trim();
  return rest !== title.trim() && (rest === '' || isGenericTitle(rest));
}

/** A cleaned, short title; generic ones ("Security", "Features", "The Gap") are put in the section's context. */
function passageTitle(raw: string, sectionTitle: string, qualify: boolean): string | undefined {
  let title = cleanTitleText(raw);
  if (!title) return undefined;
  if (title.length > PASSAGE_TITLE_CHARS) title = firstLineTitle(title);
  if (isVagueTitle(title)) return qualify ? qualifyTitle(shortContext(sectionTitle, title), title) : undefined;
  return title;
}

/** The section's title, cut at a word so that "context: title" stays within {@link PASSAGE_TITLE_CHARS}. */
function shortContext(context: string, title: string): string {
  const room = PASSAGE_TITLE_CHARS - title.length - 2;
  if (context.length <= room) return context;
  const cut = context.slice(0, Math.max(0, room - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, '')}…`;
}

/** True when the line opens a block: the first line of the content, or after a blank line or a rule. */
function startsBlock(infos: readonly LineInfo[], line: number, contentStart: number): boolean {
  if (line <= contentStart) return true;
  const before = infos[line - 1];
  return before.blank || before.rule !== undefined;
}

/** `__Multipart Uploads__ Upload Perf`: a line that opens with bold text followed by a short tag. */
function boldLead(text: string): string | undefined {
  const head = text.length > HEAD_LIMIT ? text.slice(0, HEAD_LIMIT) : text;
  const trimmed = head.trimStart();
  const marker = trimmed.slice(0, 2);
  if (marker !== '**' && marker !== '__') return undefined;
  const close = trimmed.indexOf(marker, 2);
  if (close < 4) return undefined;
  const inner = trimmed.slice(2, close).trim();
  if (!inner) return undefined;
  const tail = text.trimStart().slice(close + 2).trim();
  return tail.length <= LEAD_TAIL_CHARS ? inner : undefined;
}

/** The bold term a list item opens with: `- __Server-Side Encryption (SSE)__`, `* **Long Polling**: …`. */
function listTerm(text: string): string | undefined {
  const head = text.length > HEAD_LIMIT ? text.slice(0, HEAD_LIMIT) : text;
  const match = /^[ \t]*(?:[-*+•▪◦‣–]|\d{1,3}[.)])[ \t]+(\*\*|__)/.exec(head);
  if (!match) return undefined;
  const from = match[0].length;
  const close = head.indexOf(match[1], from);
  if (close <= from) return undefined;
  const inner = head.slice(from, close).trim();
  return inner.length >= 2 ? inner : undefined;
}

/** True when a list item has at least {@link LIST_TERM_CONTINUATION} lines of its own, indented below it. */
function runsOn(infos: readonly LineInfo[], line: number, end: number): boolean {
  const indent = infos[line].indent;
  let count = 0;
  for (let next = line + 1; next <= end && next <= line + LIST_LOOKAHEAD; next++) {
    const info = infos[next];
    if (info.blank) continue;
    if (info.indent <= indent) return false;
    if (++count >= LIST_TERM_CONTINUATION) return true;
  }
  return false;
}

/** True when the lines after the marker hold text: a passage of only its title is no passage. */
function hasOwnText(layout: Layout, cut: Cut, end: number): boolean {
  for (let line = cut.markerEnd + 1; line <= end; line++) {
    if (!layout.infos[line].blank && !layout.separators.has(line)) return true;
  }
  // A bold lead or list term with text after it on the same line says something itself.
  const text = layout.infos[cut.line].text;
  return cut.line === cut.markerEnd && cleanTitleText(text).length > cut.title.length + 3;
}

/**
 * A marker with nothing under it before the next one ("__S3 Storage Classes__"
 * right above "__S3 Standard__") opens the passage that follows, under its own
 * title; the next marker's title is kept as a sub-heading. An empty last
 * marker joins the passage before it.
 */
function mergeEmptyCuts(layout: Layout, cuts: Cut[], endLine: number): Array<{ cut: Cut; folded: string[] }> {
  const result: Array<{ cut: Cut; folded: string[] }> = [];
  let carried: { cut: Cut; folded: string[] } | undefined;
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1].line - 1 : endLine;
    const current = carried ? { cut: carried.cut, folded: [...carried.folded, cut.title].slice(0, MAX_HEADINGS) } : { cut, folded: [] };
    carried = undefined;
    if (hasOwnText(layout, cut, end)) {
      result.push(current);
    } else if (i + 1 < cuts.length) {
      carried = current;
    } else if (result.length > 0) {
      result[result.length - 1].folded.push(...current.folded.slice(0, MAX_HEADINGS), current.cut.title);
    } else {
      result.push(current);
    }
  }
  return result;
}

/** Bold and label lines inside a passage, and the markers folded into it: what search weighs above body text. */
function passageHeadings(layout: Layout, start: number, end: number, title: string, folded: readonly string[]): string[] {
  const found = new Set<string>(folded);
  for (let line = start + 1; line <= end && found.size < MAX_HEADINGS; line++) {
    const info = layout.infos[line];
    if (info.code) continue;
    const heading = layout.headings.get(line);
    if (heading) {
      found.add(heading.title);
      line = heading.lastLine;
      continue;
    }
    if (info.bold) found.add(cleanTitleText(info.bold));
    else if (info.label) found.add(cleanTitleText(info.label));
  }
  found.delete(title);
  found.delete('');
  return [...found];
}
