/**
 * The study state on disk: `study-state.json` in the extension's global
 * storage folder. Reads never throw: a corrupt or foreign file, or one from a
 * newer version, is renamed aside with one log line and studying starts
 * afresh. Every save re-reads the file, merges per card (the latest rating
 * wins) and replaces it atomically (write a temporary file, then rename),
 * under a short-lived lock file, so two windows reviewing at once lose
 * nothing and never leave a half-written file.
 */

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CardSchedule } from './scheduler';
import { mergeSchedules, parseStudyState, serializeStudyState, type ScheduleMap } from './state-file';

/** The file's name inside the storage folder. */
export const STUDY_STATE_FILE = 'study-state.json';

/** A lock older than this was left by a window that died mid-save. */
const STALE_LOCK_MS = 10_000;
const LOCK_RETRY_MS = 15;
const LOCK_ATTEMPTS = 100;

/** Writes one line to the user's log. */
export type LogLine = (line: string) => void;

/** The schedules of every reviewed card, loaded from and saved to one folder. */
export class StudyStateStore {
  private schedules: ScheduleMap = new Map();
  private saving: Promise<void> = Promise.resolve();
  private loaded: Promise<void> | undefined;
  /** A failing disk is reported once, not at every rating. */
  private saveFailureLogged = false;
  /** Likewise an unreadable file: once, not at every save that re-reads it. */
  private readFailureLogged = false;

  constructor(
    private readonly folder: string,
    private readonly log: LogLine,
  ) {}

  /** The state file's path. */
  get file(): string {
    return path.join(this.folder, STUDY_STATE_FILE);
  }

  /** Reads the file once; later calls wait for the same read. */
  load(): Promise<void> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  /** Reads the file again and merges what other windows saved meanwhile. */
  async reload(): Promise<void> {
    const disk = await this.readDisk();
    if (disk) this.schedules = mergeSchedules(disk, this.schedules);
  }

  /** A card's schedule, or undefined for a card never reviewed. */
  get(id: string): CardSchedule | undefined {
    return this.schedules.get(id);
  }

  /** How many cards have a schedule. */
  get size(): number {
    return this.schedules.size;
  }

  /** Records a rating in memory at once, and saves it (saves run one after another). */
  record(id: string, schedule: CardSchedule): Promise<void> {
    this.schedules.set(id, schedule);
    this.saving = this.saving.then(() => this.save()).catch((error: unknown) => {
      if (this.saveFailureLogged) return;
      this.saveFailureLogged = true;
      this.log(`Study: could not save the review state to ${this.file}: ${error instanceof Error ? error.message : String(error)}. Ratings of this session are kept in memory.`);
    });
    return this.saving;
  }

  /** Resolves when every recorded rating is on disk (or failed to get there, logged). */
  flush(): Promise<void> {
    return this.saving;
  }

  private async save(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    const release = await this.lock();
    try {
      const disk = await this.readDisk();
      // A file that is there but cannot be read now (EACCES, EBUSY, EMFILE) may hold every past review:
      // replacing it with this window's ratings alone would lose them. The ratings stay in memory; the next save tries again.
      if (!disk) throw new Error(`${this.file} could not be read, so it was not replaced`);
      const merged = mergeSchedules(disk, this.schedules);
      const temporary = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        await fs.writeFile(temporary, serializeStudyState(merged), 'utf8');
        await fs.rename(temporary, this.file);
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
      }
      // Ratings recorded while this save was on disk are newer than `merged`; they stay, and the next save writes them.
      this.schedules = mergeSchedules(merged, this.schedules);
      this.saveFailureLogged = false;
    } finally {
      await release();
    }
  }

  /**
   * The schedules on disk (empty when there is no file); a file that cannot be
   * used is set aside (renamed) with one log line. Undefined when the file is
   * there but cannot be read: it must then not be replaced.
   */
  private async readDisk(): Promise<ScheduleMap | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return new Map();
      if (this.readFailureLogged) return undefined;
      this.readFailureLogged = true;
      this.log(`Study: could not read ${this.file} (${(error as Error).message}); it is left as it is, and this session's ratings are kept in memory until it can be read.`);
      return undefined;
    }
    this.readFailureLogged = false;
    const parsed = parseStudyState(text);
    if (parsed.ok) {
      if (parsed.dropped > 0) this.log(`Study: ${parsed.dropped} unreadable card schedule(s) in ${this.file} were left out; those cards start fresh.`);
      return parsed.schedules;
    }
    const aside = `${this.file}.${parsed.reason}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    try {
      await fs.rename(this.file, aside);
      this.log(`Study: ${this.file} is ${parsed.detail}; set it aside as ${path.basename(aside)} and started a new review state.`);
    } catch (error) {
      this.log(`Study: ${this.file} is ${parsed.detail} and could not be set aside (${(error as Error).message}); it is ignored.`);
    }
    return new Map();
  }

  /** Takes the lock file, waiting a little for another window; a stale or stuck lock is broken rather than waited on forever. */
  private async lock(): Promise<() => Promise<void>> {
    const lockFile = `${this.file}.lock`;
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      try {
        const handle = await fs.open(lockFile, 'wx');
        await handle.close();
        return () => fs.rm(lockFile, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
        const stat = await fs.stat(lockFile).catch(() => undefined);
        if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) await fs.rm(lockFile, { force: true }).catch(() => undefined);
        else await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
      }
    }
    // No lock to be had (a read-only folder, or a lock that will not go): the write is still atomic.
    return () => Promise.resolve();
  }
}
