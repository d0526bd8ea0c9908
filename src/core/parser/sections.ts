/**
 * From segments to the parser's output: empty segments merged away, then
 * titles (generic ones qualified), sub-headings and Markdown bodies.
 */

import type { ParsedSection } from '../types';
import { renderBody } from './body';
import { findPassages } from './passages';
import { firstContentLine, type Layout } from './layout';
import { foldInto, MAX_FOLDED, type Segment } from './segment';
import { cleanTitleText, firstLineTitle, isGenericTitle, qualifyTitle } from './titles';

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

/**
 * A heading with nothing under it before its first sub-heading joins that
 * sub-heading's section (its line still belongs somewhere); any other empty
 * segment joins the one before it.
 */
export function mergeEmptySegments(layout: Layout, segments: Segment[]): Segment[] {
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

/** Titles, parents, headings, bodies and kinds: the parser's answer. */
export function toSections(layout: Layout, segments: Segment[]): ParsedSection[] {
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
    const section: ParsedSection = {
      title,
      parents: segment.parents,
      startLine: segment.start,
      endLine: segment.end,
      body,
      headings: collectHeadings(layout, segment, base),
      kind: segment.kind,
    };
    const passages = findPassages(layout, {
      title,
      parents: segment.parents,
      startLine: segment.start,
      endLine: segment.end,
      kind: segment.kind,
      contentStart: segment.heading ? segment.heading.lastLine + 1 : segment.ownStart + 1,
      ownHeadingLine: segment.heading?.line,
    });
    if (passages.length > 0) section.passages = passages;
    sections.push(section);
  }
  return sections;
}

