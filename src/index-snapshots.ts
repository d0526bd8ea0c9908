import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { contentKey } from './core/analysed-notes';
import { SnapshotWriter, readSnapshotFile, type StoredSnapshot } from './core/index-snapshot';
import { formatMB, type FileStamp } from './core/notes-scanner';
import type { SearchEngine } from './core/search';
import { yieldToEventLoop } from './event-loop';
import type { NotesStore } from './notes-store';

/** The snapshot's file in the extension's global storage. */
const SNAPSHOT_FILE = 'index-snapshot.bin';
/** A burst of edits (a git checkout, a save storm) is saved once, this long after it ends. */
const SAVE_DELAY_MS = 10_000;
/**
 * Saving hands the event loop back once this long has passed since the last hand-back (after the file, or the
 * postings step, that crossed it): at 10,000 sections, steps of 300 sections had blocked for up to 33 ms.
 */
const SAVE_SLICE_MS = 4;
/** Postings packed between two looks at the clock while saving. */
const PAIRS_PER_STEP = 1 << 15;

/**
 * Keeps the built index, sections and search postings, in the extension's
 * global storage between sessions, so that a start with unchanged notes reads
 * one file instead of parsing, tagging and tokenising every note again. Each
 * notes file is stored with the SHA-256 of its bytes and used again only for
 * the same bytes; the snapshot as a whole is used only by the build of the
 * extension that wrote it. Saving happens in the background, in steps, some
 * seconds after the index last changed; a damaged snapshot is logged, deleted
 * and rebuilt from the notes.
 */
export class IndexSnapshots implements vscode.Disposable {
  private readonly file: string;
  private buildIdPromise: Promise<string> | undefined;
  /**
   * SHA-256 of each file's bytes as last read from disk, with the stat that vouches for them if any; a file
   * indexed from an editor's text has none and is not stored.
   */
  private readonly keys = new Map<string, { key: string; stamp: FileStamp | undefined }>();
  private saveTimer: NodeJS.Timeout | undefined;
  private dirty = false;
  /** The save under way, if any: a flush waits for it rather than racing it. */
  private saving: Promise<void> | undefined;
  private disposed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    storageUri: vscode.Uri,
    private readonly extensionPath: string,
    private readonly store: NotesStore,
    /** The search engine once every section is in it, else undefined. */
    private readonly completeEngine: () => SearchEngine | undefined,
  ) {
    this.file = path.join(storageUri.fsPath, SNAPSHOT_FILE);
    this.subscription = store.onDidChange(() => this.markDirty());
  }

  /**
   * Remembers the hash of the bytes a file was indexed from, and the file's stat from before they were read when
   * it vouches for them (`trustedStamp`); without a stamp, the next start hashes the file.
   */
  recordKey(file: string, key: string, stamp?: FileStamp): void {
    this.keys.set(file, { key, stamp });
  }

  /** A file indexed from an editor's text is not saved until it is next read from disk: its bytes were not hashed. */
  forgetKey(file: string): void {
    this.keys.delete(file);
  }

  /** Reads the saved snapshot; undefined when there is none or it cannot be used (which is logged). */
  async read(): Promise<StoredSnapshot | undefined> {
    const started = performance.now();
    const read = await readSnapshotFile(this.file, await this.buildId());
    if ('error' in read) {
      if (read.code === 'ENOENT') return undefined;
      // Another build's snapshot is expected after every update; a damaged or unreadable one is worth a warning.
      const line = `${this.file} ${read.error}${read.code ? ` (${read.code})` : ''}; indexing the notes from scratch`;
      if (read.error.startsWith('is damaged') || read.code) this.store.log.warn(line);
      else this.store.log.info(line);
      if (!read.code) await this.delete();
      return undefined;
    }
    const sections = read.snapshot.files.reduce((sum, file) => sum + file.sectionCount, 0);
    this.store.log.info(
      `Read the saved index (${read.snapshot.files.length} files, ${sections} sections, ${formatMB(read.bytes)}) in ${(performance.now() - started).toFixed(0)} ms`,
    );
    return read.snapshot;
  }

  /** Saves now rather than after the usual quiet period, if anything changed since the last save. */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.saving;
    await this.save();
  }

  /** Called when a build has left the index exactly as the snapshot it read: there is nothing to save. */
  markClean(): void {
    this.dirty = false;
    clearTimeout(this.saveTimer);
  }

  /** Deletes the snapshot (the Rebuild Index command starts from the notes themselves). */
  async delete(): Promise<void> {
    this.markClean();
    // A save under way would otherwise put a snapshot back right after it was deleted.
    await this.saving;
    await fs.rm(this.file, { force: true }).catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.saveTimer);
    this.subscription.dispose();
  }

  private markDirty(): void {
    this.dirty = true;
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.disposed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** One save at a time: a second request while one runs waits for that one. */
  private save(): Promise<void> {
    this.saving ??= this.saveNow().finally(() => (this.saving = undefined));
    return this.saving;
  }

  /** Encodes the index in steps and writes it; starts over later if the index changes meanwhile. */
  private async saveNow(): Promise<void> {
    if (!this.dirty || this.disposed) return;
    const engine = this.completeEngine();
    // The search postings are part of the snapshot: wait until the engine holds every section.
    if (!engine || !this.store.isReady) return this.scheduleSave();
    try {
      const started = performance.now();
      const index = this.store.index;
      const version = index.version;
      const writer = new SnapshotWriter(await this.buildId());
      let files = 0;
      let sections = 0;
      let lastYield = performance.now();
      /** Hands the event loop back when the slice is used up; answers whether the index changed meanwhile. */
      const stale = async (): Promise<boolean> => {
        if (performance.now() - lastYield < SAVE_SLICE_MS) return false;
        await yieldToEventLoop();
        lastYield = performance.now();
        return index.version !== version || this.disposed;
      };
      for (const file of index.files()) {
        const recorded = this.keys.get(file.path);
        const analysed = recorded ? index.exportFile(file.path) : undefined;
        if (!recorded || !analysed) continue;
        writer.addFile({ path: file.path, label: file.label, origin: file.origin, key: recorded.key, stamp: recorded.stamp, sections: analysed });
        files++;
        sections += analysed.length;
        if (await stale()) return this.scheduleSave();
      }
      if (index.version !== version) return this.scheduleSave();
      // The postings are packed in steps too (millions of pairs at 50,000 sections); any change meanwhile starts over.
      const steps = engine.exportStateInSteps(PAIRS_PER_STEP);
      let exported = steps.next();
      while (!exported.done) {
        if (await stale()) return this.scheduleSave();
        exported = steps.next();
      }
      await yieldToEventLoop();
      if (index.version !== version || this.disposed) return this.scheduleSave();
      const { state, sectionIds } = exported.value;
      const pieces = writer.finish(state, sectionIds);
      this.dirty = false;
      // Written aside and renamed over the old one, so a crash mid-write never leaves half a snapshot to be read.
      const temporary = `${this.file}.${process.pid}.tmp`;
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const handle = await fs.open(temporary, 'w');
      let bytes = 0;
      try {
        // writev takes a bounded number of buffers per call.
        for (let at = 0; at < pieces.length; at += 512) bytes += (await handle.writev(pieces.slice(at, at + 512))).bytesWritten;
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, this.file);
      this.store.log.info(
        `Saved the index (${files} files, ${sections} sections, ${formatMB(bytes)}) in ${(performance.now() - started).toFixed(0)} ms; the next start reads it instead of every note`,
      );
    } catch (error) {
      this.store.log.warn(`The index could not be saved to ${this.file} (${error instanceof Error ? error.message : String(error)}); the next start indexes the notes again`);
    }
  }

  /**
   * Identifies this build of the extension: the hash of its bundle and of the
   * catalog data it reads, so that a snapshot made by other parsing or tagging
   * code is never used.
   */
  private buildId(): Promise<string> {
    this.buildIdPromise ??= Promise.all(
      ['extension.js', 'index-worker.js', 'index-workers.js', 'resource-types.json', 'service-names.json'].map((name) => fs.readFile(path.join(this.extensionPath, 'dist', name)).catch(() => Buffer.alloc(0))),
    ).then((parts) => contentKey(Buffer.concat(parts)));
    return this.buildIdPromise;
  }
}
