/**
 * Naming a new notes file after the service it is about, in a way every file
 * system accepts, with fallbacks for when the natural name is taken.
 */
import type { CatalogEntry } from '../types';

/** The longest stem we generate; far below every file system's 255-byte limit, and still readable. */
const MAX_STEM_CHARS = 64;

/** How many numbered alternatives (`s3-2.md` … ) are tried before giving up. */
export const MAX_NAME_ATTEMPTS = 50;

/** Names Windows refuses whatever the extension (`con.md` cannot be created there). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * The stem a note on `entry` is named after: its id, which is already short
 * and kebab-case (`dynamodb`, `elb`, `security-groups`), folded to the
 * characters every file system takes. Falls back to the short name, then to
 * `aws-note`, so it is never empty.
 */
export function noteFileStem(entry: Pick<CatalogEntry, 'id' | 'shortName' | 'name'>): string {
  for (const candidate of [entry.id, entry.shortName, entry.name]) {
    const stem = (candidate ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_STEM_CHARS)
      .replace(/-+$/, '');
    if (stem && !WINDOWS_RESERVED.test(stem)) return stem;
  }
  return 'aws-note';
}

/**
 * File names to try, in order: `dynamodb.md`, then `dynamodb-2.md`,
 * `dynamodb-3.md`… up to {@link MAX_NAME_ATTEMPTS} names in all.
 */
export function candidateFileNames(stem: string, extension = '.md'): string[] {
  const names = [`${stem}${extension}`];
  for (let n = 2; n <= MAX_NAME_ATTEMPTS; n++) names.push(`${stem}-${n}${extension}`);
  return names;
}

/**
 * Why a file name would be refused by some file system, or undefined when it
 * is fine everywhere: empty, too long, a path separator or a character Windows
 * forbids, a reserved device name, or a trailing dot or space.
 */
export function fileNameProblem(name: string): string | undefined {
  if (!name || !name.trim()) return 'the name is empty';
  if (new TextEncoder().encode(name).length > 255) return 'the name is longer than 255 bytes';
  if (/[/\\]/.test(name)) return 'the name contains a path separator';
  // eslint-disable-next-line no-control-regex
  if (/[<>:"|?*\u0000-\u001f]/.test(name)) return 'the name contains a character that Windows and some file systems refuse (< > : " | ? * or a control character)';
  if (name === '.' || name === '..') return 'the name is a relative path';
  if (/[. ]$/.test(name)) return 'the name ends with a dot or a space';
  if (WINDOWS_RESERVED.test(name.replace(/\..*$/, ''))) return 'the name is reserved on Windows';
  return undefined;
}
