/**
 * Segments: sections under construction, before they get titles and bodies.
 */

import type { SectionKind } from '../types';
import type { Heading } from './layout';

/** How a section begins; decides how it is titled. */
export type StartKind = 'heading' | 'preamble' | 'separator' | 'question' | 'term' | 'scenario';

/** A run of lines that will become one section, with what is known about how it starts. */
export interface Segment {
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

/** A segment of one line; its end is set once the next segment's start is known. */
export function newSegment(start: number, ownStart: number, startKind: StartKind, parents: string[], heading?: Heading): Segment {
  return { start, ownStart, end: start, startKind, heading, parents, kind: 'note', folded: [] };
}

/**
 * Cuts a segment at the given lines. The first cut line may be the segment's
 * own first line, in which case it only sets how the segment starts.
 */
export function cutAt(segment: Segment, lines: readonly number[], startKind: StartKind, titles?: ReadonlyMap<number, string>): Segment[] {
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

/** How many folded heading names a section keeps; enough for search, bounded for huge inputs. */
export const MAX_FOLDED = 64;

/** Records headings folded into a segment, up to {@link MAX_FOLDED}. */
export function foldInto(target: Segment, names: readonly string[]): void {
  for (const name of names) {
    if (target.folded.length >= MAX_FOLDED) return;
    target.folded.push(name);
  }
}
