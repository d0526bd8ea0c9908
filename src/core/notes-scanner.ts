import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/** What to collect from a notes folder. */
export interface ScanOptions {
  /** Globs relative to the folder, e.g. `**\/*.{md,markdown,txt}`. */
  include: readonly string[];
  /** Globs relative to the folder of paths to leave out. */
  exclude: readonly string[];
  /** Files larger than this are reported and skipped. */
  maxFileBytes: number;
  /** Stop collecting after this many files (a guard against pointing at `/`). */
  maxFiles?: number;
}

/**
 * What a stat says about a file's content without reading it, as git's index
 * keeps it: size, modification and status-change times, and inode. An edit
 * changes the size or the times; a file replaced by another (an editor's
 * atomic save, a checkout) has another inode; and setting the mtime back
 * (`touch -d`, `cp -p`, `fs.utimes`) still moves the ctime, which only the
 * kernel sets.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A file the scan found and that passed the filters. */
export interface ScannedFile extends FileStamp {
  path: string;
  /** `Date.now()` from before the stat was asked for (see `trustedStamp`). */
  checkedAt: number;
}

/**
 * How much older than the stat a file's last change must be for its stamp to
 * vouch for its content. A file written again within one tick of its
 * timestamps keeps the same times, so a stamp taken in the same tick as a
 * change cannot tell that change from a later one (git's "racily clean"
 * entries). The coarsest tick VS Code meets is FAT's 2 s mtime; a second more
 * allows for a file system whose clock (a network share) is a little off ours.
 * A note saved in the last 3 s before a scan is simply hashed once more at the
 * next start.
 */
export const RACY_MARGIN_MS = 3000;

/**
 * The stamp that vouches for a scanned file's content as read after this
 * scan, or undefined when it changed too recently to tell (`RACY_MARGIN_MS`):
 * such a file is checked by its bytes next time.
 */
export function trustedStamp(file: ScannedFile): FileStamp | undefined {
  if (!(file.checkedAt - Math.max(file.mtimeMs, file.ctimeMs) >= RACY_MARGIN_MS)) return undefined;
  return { size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs, ino: file.ino };
}

/** Whether a file scanned now has exactly the stamp saved with its content (no stamp never matches). */
export function sameStamp(saved: FileStamp | undefined, file: FileStamp): boolean {
  return saved !== undefined && saved.size === file.size && saved.mtimeMs === file.mtimeMs && saved.ctimeMs === file.ctimeMs && saved.ino === file.ino;
}

/** Something the user should read about in the log. */
/**
 * The label a notes file is shown and identified by (breadcrumbs, section ids): its path inside its notes folder,
 * unless `taken` already holds that (a file of the same name in the bundled notes or in another notes folder,
 * which would give both files' sections the same ids). It is then qualified with its folder's name
 * (`work/aws.md`), and failing that with the folder's whole path, so two files never share a label.
 */
export function distinctLabel(relative: string, folder: string, taken: ReadonlySet<string>): string {
  const plain = relative.split(path.sep).join('/');
  if (!taken.has(plain)) return plain;
  const named = `${path.basename(folder)}/${plain}`;
  if (!taken.has(named)) return named;
  return `${folder.split(path.sep).join('/')}/${plain}`;
}

export interface ScanProblem {
  path: string;
  message: string;
}

const DEFAULT_MAX_FILES = 20_000;

/**
 * A predicate over paths relative to a notes folder: included and not excluded.
 * Shared by the scan and the file watcher so both agree on what is a note.
 */
export function createNoteMatcher(include: readonly string[], exclude: readonly string[]): (relativePath: string) => boolean {
  const options = { dot: false, nocase: true };
  const isIncluded = include.length ? picomatch([...include], options) : () => false;
  const isExcluded = exclude.length ? picomatch([...exclude], options) : () => false;
  return (relativePath) => {
    const posix = relativePath.split(path.sep).join('/');
    return isIncluded(posix) && !isExcluded(posix);
  };
}

/**
 * Walks a notes folder and returns the note files in it, in a stable order.
 * Follows symbolic links but visits each real directory once, so a link loop
 * ends the walk of that branch instead of running forever. Never throws: a
 * missing folder, unreadable entries and oversized files become problems.
 */
export async function scanNotesFolder(root: string, options: ScanOptions, report: (problem: ScanProblem) => void): Promise<ScannedFile[]> {
  const matches = createNoteMatcher(options.include, options.exclude);
  const isExcludedDir = options.exclude.length ? picomatch([...options.exclude], { dot: false, nocase: true }) : () => false;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const found: ScannedFile[] = [];
  const visitedDirs = new Set<string>();

  let rootStat;
  try {
    rootStat = await fs.stat(root);
  } catch (error) {
    report({ path: root, message: `notes folder is missing or unreadable (${describe(error)}); skipped` });
    return found;
  }
  if (!rootStat.isDirectory()) {
    report({ path: root, message: 'is not a folder; skipped' });
    return found;
  }

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (error) {
      report({ path: dir, message: `cannot resolve the folder (${describe(error)}); skipped` });
      return;
    }
    if (visitedDirs.has(real)) {
      if (dir !== root) report({ path: dir, message: `is a link back to ${real} (a symbolic link loop); not followed` });
      return;
    }
    visitedDirs.add(real);

    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      report({ path: dir, message: `folder is unreadable (${describe(error)}); skipped` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    // The stats of the next few plain files are asked for together: one at a time, a folder of notes waits for
    // each round trip to the thread pool in turn. They are still taken, and reported, in the sorted order.
    const fulls = entries.map((entry) => path.join(dir, entry.name));
    const statsAhead: (Promise<StatOutcome> | undefined)[] = new Array(entries.length);
    let statsStarted = 0;
    // Taken before any of this folder's stats is asked for, so it is never later than the stat it goes with.
    const checkedAt = Date.now();
    const statAt = (at: number): Promise<StatOutcome> => {
      for (; statsStarted < Math.min(entries.length, at + STATS_AHEAD); statsStarted++) {
        if (entries[statsStarted].isFile()) statsAhead[statsStarted] = settledStat(fulls[statsStarted]);
      }
      const outcome = statsAhead[at] ?? settledStat(fulls[at]);
      statsAhead[at] = undefined;
      return outcome;
    };

    for (let at = 0; at < entries.length; at++) {
      const entry = entries[at];
      if (found.length >= maxFiles) return;
      const full = fulls[at];
      const relative = path.relative(root, full).split(path.sep).join('/');
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (matches(relative)) report({ path: full, message: `is a broken or looping symbolic link (${describe(error)}); skipped` });
          continue;
        }
      }
      if (isDir) {
        if (!isExcludedDir(relative) && !isExcludedDir(`${relative}/`)) await walk(full);
        continue;
      }
      if (!isFile || !matches(relative)) continue;
      const outcome = await statAt(at);
      if ('error' in outcome) {
        report({ path: full, message: `is unreadable (${describe(outcome.error)}); skipped` });
        continue;
      }
      const { stat } = outcome;
      if (stat.size > options.maxFileBytes) {
        report({ path: full, message: `is ${formatMB(stat.size)}, over the ${formatMB(options.maxFileBytes)} limit (awsNotes.maxFileSizeMB); skipped` });
        continue;
      }
      found.push({ path: full, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, checkedAt });
    }
  };

  await walk(root);
  if (found.length >= maxFiles) {
    report({ path: root, message: `holds more than ${maxFiles.toLocaleString('en-US')} note files; indexed the first ${maxFiles.toLocaleString('en-US')}` });
  }
  return found;
}

/** How many plain files of a folder have their stat asked for ahead of the one the scan is at. */
const STATS_AHEAD = 16;

/** A stat, or why it failed; never rejects, so a stat asked for ahead and then not needed cannot go unhandled. */
type StatOutcome = { stat: Stats } | { error: unknown };

function settledStat(file: string): Promise<StatOutcome> {
  return fs.stat(file).then(
    (stat) => ({ stat }),
    (error: unknown) => ({ error }),
  );
}

/** Reads a file, turning every failure into a message instead of an exception. */
async function readNoteBytes(file: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await fs.readFile(file) };
  } catch (error) {
    return { error: `is unreadable (${describe(error)}); skipped` };
  }
}

/**
 * Reads notes files into buffers that are kept and reused. Fresh memory is
 * what reading costs most on a cold start: every new buffer's pages are
 * faulted in by the kernel, and hashing 10,000 sections of notes read into
 * fresh buffers took four times as long as reading them into one reused
 * buffer. The bytes are lent to a callback and are only valid inside it. Up
 * to `poolSize` reads can overlap, each with a buffer of its own.
 */
export class NoteFileReader {
  private readonly free: Buffer[] = [];
  private lent = 0;

  constructor(private readonly poolSize = 1) {}

  /** Reads a file and hands its bytes to `use` (synchronously, before the buffer is reused); failures become a message. */
  async withBytes<T>(file: string, use: (bytes: Uint8Array) => T): Promise<{ value: T } | { error: string }> {
    if (this.lent >= this.poolSize) {
      const read = await readNoteBytes(file);
      return 'error' in read ? read : { value: use(read.bytes) };
    }
    this.lent++;
    let buffer = this.free.pop();
    try {
      let bytes: Uint8Array;
      try {
        [buffer, bytes] = await readInto(file, buffer);
      } catch (error) {
        return { error: `is unreadable (${describe(error)}); skipped` };
      }
      return { value: use(bytes) };
    } finally {
      this.lent--;
      // A buffer grown for one huge file is not kept for the small ones after it.
      if (buffer && buffer.length <= MAX_KEPT_BUFFER) this.free.push(buffer);
    }
  }
}

/** Reads a whole file into `buffer`, or a larger one when it does not fit; returns the buffer used and the bytes. */
async function readInto(file: string, buffer: Buffer | undefined): Promise<[Buffer, Uint8Array]> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (!buffer || buffer.length < size) buffer = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024, (buffer?.length ?? 0) * 2));
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      // The file shrank since it was measured: what is there is what it holds.
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return [buffer, buffer.subarray(0, filled)];
  } finally {
    await handle.close();
  }
}

/** The largest read buffer kept between files. */
const MAX_KEPT_BUFFER = 8 * 1024 * 1024;

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** A size for a log line, e.g. `22.6 MB`. */
export function formatMB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
