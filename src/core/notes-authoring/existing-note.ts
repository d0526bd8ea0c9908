/**
 * Finding the file that already holds the user's notes on a service, and
 * adding a heading for a resource type to it without ever duplicating one.
 */
import type { NoteSection } from '../types';

/** A section of the index with its score for one entry (what `NoteIndex.sectionsFor` returns). */
export interface ScoredNote {
  section: Pick<NoteSection, 'file' | 'origin' | 'services' | 'concepts'>;
  score: number;
}

/**
 * A section scoring below this only mentions the entry in passing (the tree's
 * `STRONG_SCORE`): a Lambda note that names DynamoDB once is not "the DynamoDB
 * note", and adding a DynamoDB heading to it would be a wrong note.
 */
export const ABOUT_SCORE = 3;

/**
 * The user's file most about `entryId`, or undefined when none is: among the
 * user's own sections (inside a notes folder) that are strongly about the
 * entry, the file where it is the main subject of the most score, then of the
 * most score overall, then the file with fewer sections (the more focused one),
 * then the path, so the choice is stable.
 */
export function pickServiceNoteFile(entryId: string, scored: readonly ScoredNote[], isInNotesFolder: (file: string) => boolean): string | undefined {
  const files = new Map<string, { primary: number; total: number; sections: number }>();
  for (const { section, score } of scored) {
    if (section.origin !== 'user' || score < ABOUT_SCORE || !isInNotesFolder(section.file)) continue;
    const stats = files.get(section.file) ?? { primary: 0, total: 0, sections: 0 };
    const main = section.services[0] === entryId || section.concepts[0] === entryId;
    if (main) stats.primary += score;
    stats.total += score;
    stats.sections += 1;
    files.set(section.file, stats);
  }
  let best: string | undefined;
  let bestStats: { primary: number; total: number; sections: number } | undefined;
  for (const [file, stats] of files) {
    if (
      !bestStats ||
      stats.primary > bestStats.primary ||
      (stats.primary === bestStats.primary && (stats.total > bestStats.total ||
        (stats.total === bestStats.total && (stats.sections < bestStats.sections || (stats.sections === bestStats.sections && file < best!)))))
    ) {
      best = file;
      bestStats = stats;
    }
  }
  return best;
}

/** One heading of a Markdown or text note. */
export interface NoteHeading {
  /** 1–6 for ATX headings (`#`…), 1 or 2 for setext (`===`/`---` underlines). */
  level: number;
  text: string;
  /** 0-based line of the heading text. */
  line: number;
}

/** ATX (`## Title`) and setext (`Title` over `====`) headings, outside fenced code blocks. */
export function noteHeadings(text: string): NoteHeading[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headings: NoteHeading[] = [];
  let fence: string | undefined;
  for (let line = 0; line < lines.length; line++) {
    const current = lines[line];
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(current);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(current);
    if (atx) {
      headings.push({ level: atx[1].length, text: atx[2], line });
      continue;
    }
    const next = lines[line + 1];
    if (next !== undefined && current.trim() && !/^\s{0,3}[-*+>]\s/.test(current) && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      headings.push({ level: next.trim().startsWith('=') ? 1 : 2, text: current.trim(), line });
      line++;
    }
  }
  return headings;
}

/**
 * The heading that names `resourceType` (with or without backticks, in any
 * case), or undefined. `AWS::S3::Bucket` does not match a heading about
 * `AWS::S3::BucketPolicy`.
 */
export function headingFor(text: string, resourceType: string): NoteHeading | undefined {
  const wanted = resourceType.trim().toLowerCase();
  if (!wanted) return undefined;
  return noteHeadings(text).find((heading) => {
    const words: string[] = heading.text.toLowerCase().match(/[a-z0-9]+(?:::[a-z0-9]+)+/g) ?? [];
    return words.includes(wanted);
  });
}

/** What to insert into a note so it gains a heading, and where the cursor goes after. */
export interface HeadingInsertion {
  /** Offset (UTF-16) in the note's text where `insert` goes: the end of the file. */
  offset: number;
  insert: string;
  /** Offset in the text after insertion where the user starts writing. */
  cursorOffset: number;
}

/**
 * A heading for `resourceType` at the end of the note, one level below the
 * note's top heading (`##` under a `#` title), in the note's own line endings.
 * Undefined when the note already has one: a heading is never duplicated.
 */
export function headingInsertion(text: string, resourceType: string): HeadingInsertion | undefined {
  if (headingFor(text, resourceType)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const headings = noteHeadings(text);
  const top = headings.length > 0 ? Math.min(...headings.map((h) => h.level)) : 1;
  const level = Math.min(6, top + 1);
  const trimmedEnd = text.replace(/(?:\r?\n)+$/, '');
  // A blank line before the heading (so Markdown sees it as one), none doubled.
  const lead = trimmedEnd.length === 0 ? '' : text.endsWith(`${eol}${eol}`) ? '' : text.endsWith(eol) || text.endsWith('\n') ? eol : `${eol}${eol}`;
  const heading = `${'#'.repeat(level)} ${resourceType}${eol}${eol}`;
  const insert = `${lead}${heading}`;
  return { offset: text.length, insert, cursorOffset: text.length + insert.length };
}

/**
 * True when a note's headings are about `entryId`: a file found under the
 * natural name of a new note is the user's note on the service (open it) only
 * when one of its headings names the service or one of its resource types;
 * otherwise it is an unrelated file and another name is used.
 */
export function headingsAreAbout(text: string, entryId: string, entriesNamedIn: (text: string) => readonly string[]): boolean {
  return noteHeadings(text).some((heading) => entriesNamedIn(heading.text).includes(entryId));
}
