import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { affectsNotes, getNotesSettings, type NotesSettings } from './configuration';
import { contentKey, readAnalyses } from './core/analysed-notes';
import { decodeNote, type DecodedNote, type RejectedNote } from './core/decode-note';
import type { AnalysedSection } from './core/note-index';
import type { StoredFile, StoredSnapshot } from './core/index-snapshot';
import type { WorkerIndex } from './core/index-worker/client';
import type { ParallelWorkerRun } from './core/index-worker/parallel';
import { SearchEngine, type SearchState } from './core/search';
import { NoteFileReader, createNoteMatcher, distinctLabel, sameStamp, scanNotesFolder, trustedStamp, type FileStamp, type ScannedFile } from './core/notes-scanner';
import type { NoteOrigin, NoteSection } from './core/types';
import { runInSlices, yieldToEventLoop, yieldToTimers } from './event-loop';
import type { IndexSnapshots } from './index-snapshots';
import type { NotesStore } from './notes-store';

/**
 * Starting and joining index workers is needed only for the first index of a big folder: the build ships that
 * code as dist/index-workers.js, required then, so that activation never loads it.
 */
let indexWorkersModule: typeof import('./core/index-worker/parallel') | undefined;
function indexWorkers(): typeof import('./core/index-worker/parallel') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  indexWorkersModule ??= require('./core/index-worker/parallel') as typeof import('./core/index-worker/parallel');
  return indexWorkersModule;
}

/** The bundled notes are these file types in the extension's `notes/` folder. */
const BUNDLED_INCLUDE = ['*.{md,markdown,txt}'];
/** The longest stretch of indexing between two hand-backs of the event loop (a parsed file may take longer). */
const YIELD_EVERY_MS = 8;
/** Files read ahead of the one being indexed (the read buffers are pooled, one per file in flight). */
const READ_AHEAD = 4;
/** Words, postings lists or slots restored between two looks at the clock (about a millisecond's worth). */
const RESTORE_ITEMS_PER_STEP = 1 << 15;
/**
 * Installing a worker's index runs while nothing else needs the host's time but the user, so it hands the event
 * loop back more often than indexing in the host does: every 4 ms (and one step past it) at most.
 */
const INSTALL_SLICE_MS = 4;
/** Postings copied between two looks at the clock when the workers' search states are joined. */
const MERGE_PAIRS_PER_STEP = 1 << 14;
/** Changes that arrive together (a save, a git checkout) are indexed together. */
const CHANGE_DEBOUNCE_MS = 50;
/**
 * A file watcher needs a moment to start, and a file created in that moment is never reported;
 * this long after a build, one quiet pass over the folders picks up whatever was missed.
 */
const CATCH_UP_DELAY_MS = 1000;
/** The least time between two catch-up passes started by the window getting the focus back. */
const FOCUS_CATCH_UP_INTERVAL_MS = 30_000;
/**
 * From this many user files to index from scratch, they are read, parsed, tagged and tokenised in a worker
 * thread, and the host only installs the result; below it, starting a worker costs more than it saves.
 */
const WORKER_MIN_FILES = 50;

/** How the loader indexes big batches of files; tests point it at another worker or turn it off. */
export interface IndexWorkerOptions {
  /** The worker's script; by default dist/index-worker.js beside the extension's bundle. */
  script?: string;
  /** The fewest files worth a worker (default `WORKER_MIN_FILES`); Infinity never starts one. */
  minFiles?: number;
  /** Cores to share the work between (default: the machine's); tests fix it. */
  cores?: number;
}

interface PlannedFile extends ScannedFile {
  origin: NoteOrigin;
  /** Breadcrumb label: the file name, or its path inside the notes folder. */
  label: string;
}

/**
 * Fills the index from the bundled notes and the user's notes folders, in the
 * background, and keeps it current as files change. Every problem with a file
 * or folder becomes one line in the log; nothing is thrown at the user.
 */
export class NotesLoader implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** What the current watchers watch; a rebuild that changes none of it keeps them running. */
  private watchedKey = '';
  private buildGeneration = 0;
  private running: Promise<void> | undefined;
  private activeBuilds = 0;
  private catchUpTimer: NodeJS.Timeout | undefined;
  /** Set when watchers (re)start; the next build to finish schedules the catch-up pass. */
  private catchUpDue = false;
  private lastCatchUp = 0;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private settings: NotesSettings | undefined;
  /** The build's analysis of the bundled notes by content hash, read with the first bundled file. */
  private bundledAnalyses: Promise<Map<string, AnalysedSection[]>> | undefined;
  /** The stat of each file as last indexed (`signatureOf`), so a rebuild re-reads only what changed. */
  private readonly signatures = new Map<string, string>();
  /** The saved index is read by the first build of a session only; later builds start from what is indexed. */
  private snapshotConsulted = false;
  /** The saved index being restored, from when the first build reads it until a build completes. */
  private restore: SnapshotRestore | undefined;
  private readonly reader = new NoteFileReader(READ_AHEAD);
  /** The index workers under way, if any; a newer build or disposing stops them. */
  private workerRun: ParallelWorkerRun | undefined;
  /**
   * Paths (files or folders) re-indexed by a live update while workers ran: what the workers read of them is
   * older than what the index now holds, and is not installed over it.
   */
  private readonly touchedDuringWorkers = new Set<string>();
  private readonly workerScript: string;
  private readonly workerMinFiles: number;
  private readonly workerCores: number;

  constructor(
    private readonly extensionPath: string,
    private readonly store: NotesStore,
    private readonly snapshots: IndexSnapshots,
    worker: IndexWorkerOptions = {},
  ) {
    this.workerScript = worker.script ?? path.join(extensionPath, 'dist', 'index-worker.js');
    this.workerMinFiles = worker.minFiles ?? WORKER_MIN_FILES;
    this.workerCores = worker.cores ?? (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsNotes(event)) void this.rebuild('settings changed');
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild('workspace folders changed')),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSaved(document)),
      // Files edited by other tools while the window was in the background are picked up on return.
      vscode.window.onDidChangeWindowState((state) => {
        // Alt-tabbing back and forth should not walk every notes folder each time.
        if (!state.focused || this.userFolders.length === 0 || Date.now() - this.lastCatchUp < FOCUS_CATCH_UP_INTERVAL_MS) return;
        this.catchUp('window focused');
      }),
      { dispose: () => clearTimeout(this.catchUpTimer) },
    );
  }

  /** Starts the first build after activation has returned, so activation stays cheap. */
  start(): void {
    const timer = setTimeout(() => void this.rebuild('startup'), 0);
    this.disposables.push({ dispose: () => clearTimeout(timer) });
  }

  /** The folders currently indexed as the user's notes. */
  get userFolders(): readonly string[] {
    return this.settings?.notesFolders ?? [];
  }

  /**
   * Brings the index in line with the settings and the files. A rebuild that starts while another runs makes
   * the older one stop at its next file, so the newest settings win.
   */
  rebuild(reason: string, options: { force?: boolean } = {}): Promise<void> {
    // Forced rebuilds (the command) re-read everything; others skip files whose size and mtime are unchanged.
    // Forced rebuilds also restart the file watchers, the user's way out of a watcher that stopped reporting.
    if (options.force) {
      this.signatures.clear();
      this.watchedKey = '';
      // The saved index is made from the notes; a forced rebuild must not trust it.
      this.snapshotConsulted = true;
      void this.snapshots.delete();
    }
    const generation = ++this.buildGeneration;
    this.stopWorker();
    const run = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'AWS Notes: indexing' },
      (progress) => this.build(generation, reason, { watch: true, progress }),
    );
    this.running = Promise.resolve(run).catch(this.logIndexingFailure);
    return this.running;
  }

  /**
   * Re-checks every folder against the index without restarting the watchers, re-reading only files whose
   * size or mtime changed. It never interrupts a build, and logs only when it finds something.
   */
  private catchUp(reason: string): void {
    if (this.activeBuilds > 0 || !this.settings) return;
    this.lastCatchUp = Date.now();
    const generation = ++this.buildGeneration;
    this.running = this.build(generation, reason, { watch: false }).catch(this.logIndexingFailure);
  }

  /** A build that throws ends in one log line; hover, tree and search go on with what is indexed. */
  private readonly logIndexingFailure = (error: unknown): void => {
    this.store.log.error(`Indexing failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  };

  private async build(
    generation: number,
    reason: string,
    options: { watch: boolean; progress?: vscode.Progress<{ message?: string }> },
  ): Promise<void> {
    this.activeBuilds++;
    try {
      if (await this.buildFiles(generation, reason, options)) this.catchUpDue = true;
    } finally {
      this.activeBuilds--;
    }
    if (this.catchUpDue && generation === this.buildGeneration) {
      this.catchUpDue = false;
      clearTimeout(this.catchUpTimer);
      this.catchUpTimer = setTimeout(() => this.catchUp('catching up after the file watchers started'), CATCH_UP_DELAY_MS);
    }
  }

  /** Indexes what changed; answers whether it (re)started the file watchers. */
  private async buildFiles(
    generation: number,
    reason: string,
    { watch, progress }: { watch: boolean; progress?: vscode.Progress<{ message?: string }> },
  ): Promise<boolean> {
    const started = performance.now();
    const settings = getNotesSettings();
    this.settings = settings;
    let watchersStarted = false;
    if (watch) {
      this.store.log.info(`Indexing notes (${reason})…`);
      watchersStarted = this.watchUserFolders(settings);
    }

    // The saved index is read while the folders are walked: both wait on the disk, not on each other.
    const snapshotRead = this.snapshotConsulted ? undefined : this.readSnapshot();
    const planned = await this.planFiles(settings);
    await snapshotRead;
    if (generation !== this.buildGeneration) return watchersStarted;

    const index = this.store.index;
    const keep = new Set(planned.map((f) => f.path));
    let changed = index.removeFiles((file) => !keep.has(file.path));

    for (const path of [...this.signatures.keys()]) if (!keep.has(path)) this.signatures.delete(path);

    const stale = planned.filter((file) => !(index.hasFile(file.path) && this.signatures.get(file.path) === signatureOf(file)));
    // A big batch of new user files goes to a worker thread, while the host indexes the rest (the bundled notes,
    // files the saved index may hold) as before.
    const offloaded = this.startWorker(stale, settings);
    const inHost = offloaded ? stale.filter((file) => !offloaded.planned.has(file.path)) : stale;
    const indexed = await this.indexInHost(generation, inHost, progress);
    if (indexed === undefined) return watchersStarted;
    changed += indexed;
    if (offloaded) {
      const left = await this.installFromWorkers(generation, offloaded, progress);
      if (this.workerRun === offloaded.run) this.workerRun = undefined;
      if (left === undefined || generation !== this.buildGeneration) return watchersStarted;
      // Whatever the workers did not deliver is indexed here, so nothing is lost.
      const rest = await this.indexInHost(generation, left, progress);
      if (rest === undefined) return watchersStarted;
      changed += offloaded.files.length - left.length + rest;
    }

    // The build that read the saved index may have been superseded; whichever build completes finishes the restore.
    if (this.restore) {
      await this.finishRestore(this.restore, planned.length);
      if (generation !== this.buildGeneration) return watchersStarted;
    }
    const stats = index.stats();
    if (watch || changed > 0) {
      this.store.log.info(
        `Indexed ${stats.files} files${watch ? '' : ` (${reason}: ${changed} changed)`}: ${stats.sections} sections (${stats.passages} passages in them) about ${stats.services} services in ${(performance.now() - started).toFixed(0)} ms`,
      );
    }
    this.store.markReady();
    return watchersStarted;
  }

  /**
   * Indexes files in the host, a few read ahead of the one being parsed, handing the event loop back every few
   * milliseconds. Answers how many files it indexed, or undefined when a newer build superseded this one.
   */
  private async indexInHost(generation: number, files: readonly PlannedFile[], progress?: vscode.Progress<{ message?: string }>): Promise<number | undefined> {
    // Reading runs a few files ahead of indexing, so the disk and the thread pool work while a file is parsed.
    const reads: (Promise<FileRead> | undefined)[] = [];
    const readAhead = (until: number) => {
      for (let next = reads.length; next < Math.min(until, files.length); next++) reads.push(this.readFile(files[next].path, files[next].origin, files[next].label, files[next]));
    };
    let lastYield = performance.now();
    for (let done = 0; done < files.length; done++) {
      if (generation !== this.buildGeneration) return undefined;
      readAhead(done + READ_AHEAD);
      const file = files[done];
      this.signatures.set(file.path, signatureOf(file));
      const read = reads[done]!;
      reads[done] = undefined;
      await this.indexFile(file.path, file.origin, file.label, read);
      // Hand the event loop back every few milliseconds so hovers and searches answer during a long build; a file
      // restored from the saved index takes about a millisecond, and yielding after each would double the time.
      if (performance.now() - lastYield >= YIELD_EVERY_MS) {
        progress?.report({ message: `${done + 1}/${files.length} files` });
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    }
    return files.length;
  }

  /**
   * Sends the user files that nothing saved holds to a worker thread, when there are enough of them to be worth
   * it. Only files on the local disk reach here (the folders are walked with Node's file system).
   */
  private startWorker(
    stale: readonly PlannedFile[],
    settings: NotesSettings,
  ): { files: PlannedFile[]; planned: Map<string, PlannedFile>; run: ParallelWorkerRun; started: number } | undefined {
    const files = stale.filter((file) => file.origin === 'user' && !this.restore?.unrestored.has(file.path));
    if (files.length < this.workerMinFiles) return undefined;
    this.stopWorker();
    let workers: typeof import('./core/index-worker/parallel');
    try {
      workers = indexWorkers();
    } catch (error) {
      this.store.log.warn(`Indexing ${files.length} files in the host instead of a worker thread: dist/index-workers.js could not be loaded (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    this.touchedDuringWorkers.clear();
    const started = performance.now();
    const planned = new Map(files.map((file) => [file.path, file]));
    const run = workers.runIndexWorkers(
      this.workerScript,
      {
        type: 'index',
        buildId: `worker-${process.pid}-${this.buildGeneration}-${Date.now()}`,
        files: files.map(({ path, label, origin }) => ({ path, label, origin })),
        maxFileBytes: settings.maxFileBytes,
      },
      (file) => planned.get(file.path)?.size ?? 0,
      this.workerCores,
    );
    this.workerRun = run;
    return { files, planned, run, started };
  }

  /** Whether a live update re-indexed this file, or a folder holding it, since the workers started. */
  private touchedSince(file: string): boolean {
    for (const key of this.touchedDuringWorkers) if (file === key || file.startsWith(key + path.sep)) return true;
    return false;
  }

  /** Joins the workers' indexes in steps with hand-backs; undefined when their parts do not fit together. */
  private async mergeWorkerIndexes(parts: WorkerIndex[]): Promise<WorkerIndex | undefined> {
    try {
      return await runInSlices(indexWorkers().mergeWorkerIndexesInSteps(parts, MERGE_PAIRS_PER_STEP), INSTALL_SLICE_MS);
    } catch {
      return undefined;
    }
  }

  private stopWorker(): void {
    this.workerRun?.cancel();
    this.workerRun = undefined;
  }

  /**
   * Installs what the workers built, run by run in file order as their answers come in (the first runs while the
   * workers still index the rest), through the saved-index restore path in slices of a few milliseconds; then
   * joins their search postings and offers them to search. Answers the files still to index in the host (those
   * no worker delivered, or that could not be installed), or undefined when a newer build superseded this one.
   */
  private async installFromWorkers(
    generation: number,
    offloaded: { files: PlannedFile[]; planned: Map<string, PlannedFile>; run: ParallelWorkerRun; started: number },
    progress?: vscode.Progress<{ message?: string }>,
  ): Promise<PlannedFile[] | undefined> {
    const { run, planned } = offloaded;
    const threads = run.workers === 1 ? 'a worker thread' : `${run.workers} worker threads`;
    progress?.report({ message: `${offloaded.files.length} files in ${threads}` });
    // Search holds back from tokenising each installed file: the workers' postings follow. In the first build the
    // loader restores them into an engine of their own; later, search takes them into the engine it has.
    const firstBuild = !this.store.isReady && !this.restore;
    this.store.setRestoring(true);
    try {
      const left: PlannedFile[] = [];
      const delivered: WorkerIndex[] = [];
      const deliveredSections: (NoteSection | undefined)[][] = [];
      // Workers that fail alike (a missing script, a host without threads) make one log line between them.
      const failures = new Map<string, number>();
      let installed = 0;
      let hostMs = 0;
      let workMs = 0;
      for (const part of run.parts) {
        const outcome = await part.outcome;
        if (generation !== this.buildGeneration) return undefined;
        if (!outcome.ok) {
          failures.set(outcome.reason, (failures.get(outcome.reason) ?? 0) + part.files.length);
          left.push(...part.files.map((file) => planned.get(file.path)!));
          continue;
        }
        const sliceStarted = performance.now();
        const sections = await this.installRun(generation, outcome, planned, left);
        if (sections === undefined) return undefined;
        hostMs += performance.now() - sliceStarted;
        workMs += outcome.workMs;
        installed += outcome.snapshot.files.length;
        delivered.push(outcome);
        deliveredSections.push(sections);
        progress?.report({ message: `${installed}/${offloaded.files.length} files from ${threads}` });
      }
      for (const [reason, count] of failures) this.store.log.warn(`Indexing ${count} files in the host instead of a worker thread: ${reason}`);
      if (delivered.length === 0) return left;
      const tailStarted = performance.now();
      const joined = await this.mergeWorkerIndexes(delivered);
      if (generation !== this.buildGeneration) return undefined;
      if (!joined) {
        // The sections are in; only their postings are lost, so search tokenises them itself.
        this.store.log.warn(`The index workers' search postings could not be joined; search indexes those ${installed} files itself`);
      } else {
        const byOrdinal = deliveredSections.flat();
        const sections = Array.from(joined.snapshot.slotSections, (ordinal) => (ordinal >= 0 ? byOrdinal[ordinal] : undefined));
        if (firstBuild) {
          const engine = await this.restoreSearchInSteps(joined.snapshot.search, sections, INSTALL_SLICE_MS);
          if (generation !== this.buildGeneration) return undefined;
          this.store.offerSearchState({ state: joined.snapshot.search, sections, engine });
        } else if (this.restore) {
          // A later start with a big new folder: the saved index's postings are offered once this build is done,
          // and these join that engine then, rather than being tokenised again by search.
          this.restore.workerStates.push({ state: joined.snapshot.search, sections });
        } else this.store.offerSearchState({ state: joined.snapshot.search, sections });
      }
      hostMs += performance.now() - tailStarted;
      this.store.log.info(
        `Indexed ${installed} files in ${threads} in ${(performance.now() - offloaded.started).toFixed(0)} ms (worker ${(workMs / run.workers).toFixed(0)} ms; installed in ${hostMs.toFixed(0)} ms)`,
      );
      return left;
    } finally {
      this.store.setRestoring(false);
    }
  }

  /**
   * Installs one worker answer's files in slices of `INSTALL_SLICE_MS`; answers its sections by ordinal (undefined
   * for a file that could not be installed, which goes to `left`), or undefined when a newer build superseded this.
   */
  private async installRun(
    generation: number,
    outcome: WorkerIndex,
    planned: ReadonlyMap<string, PlannedFile>,
    left: PlannedFile[],
  ): Promise<(NoteSection | undefined)[] | undefined> {
    for (const line of outcome.log) this.store.log[line.level](`${line.path} ${line.message}`);
    for (const path of outcome.skipped) {
      this.signatures.set(path, signatureOf(planned.get(path)!));
      this.store.index.removeFile(path);
    }
    const byOrdinal: (NoteSection | undefined)[] = [];
    // The answer was just received, checked and decoded in one go: hand the event loop back, timers included,
    // before installing anything (a hand-back to the same turn's check phase made one block of the two).
    await yieldToTimers();
    let lastYield = performance.now();
    for (const stored of outcome.snapshot.files) {
      if (performance.now() - lastYield >= INSTALL_SLICE_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
      if (generation !== this.buildGeneration) return undefined;
      const file = planned.get(stored.path)!;
      if (this.touchedSince(stored.path)) {
        // Edited, saved or deleted while the workers read it: the index already holds what is there now.
        for (let n = 0; n < stored.sectionCount; n++) byOrdinal.push(undefined);
        continue;
      }
      try {
        byOrdinal.push(...this.store.index.setStoredFile(stored.path, stored, stored.origin, stored.label));
        this.signatures.set(stored.path, signatureOf(file));
        this.snapshots.recordKey(stored.path, stored.key, trustedStamp(file));
      } catch (error) {
        this.store.log.warn(`${stored.path} could not be installed from the index worker (${error instanceof Error ? error.message : String(error)}); parsing it here`);
        for (let n = 0; n < stored.sectionCount; n++) byOrdinal.push(undefined);
        left.push(file);
      }
    }
    return byOrdinal;
  }

  /** Lists every file to index: bundled notes first, then each user folder. */
  private async planFiles(settings: NotesSettings): Promise<PlannedFile[]> {
    const planned: PlannedFile[] = [];
    const seen = new Set<string>();
    // Labels already given, in the order of the sources (bundled notes, then each folder): a file named like one
    // before it gets a label qualified with its folder, so that no two files' sections share ids.
    const labels = new Set<string>();
    const report = (problem: { path: string; message: string }) => this.store.log.warn(`${problem.path} ${problem.message}`);
    const add = (files: ScannedFile[], origin: NoteOrigin, root: string) => {
      for (const file of files) {
        if (seen.has(file.path)) continue;
        seen.add(file.path);
        const label = origin === 'bundled' ? path.basename(file.path) : distinctLabel(path.relative(root, file.path), root, labels);
        labels.add(label);
        planned.push({ ...file, origin, label });
      }
    };
    if (settings.includeBundledNotes) {
      const root = path.join(this.extensionPath, 'notes');
      add(await scanNotesFolder(root, { include: BUNDLED_INCLUDE, exclude: [], maxFileBytes: settings.maxFileBytes }, report), 'bundled', root);
    }
    for (const folder of settings.notesFolders) {
      add(await scanNotesFolder(folder, settings, report), 'user', folder);
    }
    for (const unresolved of settings.unresolvedFolders) {
      this.store.log.warn(`Notes folder "${unresolved}" is relative, but no workspace folder is open to resolve it against; skipped`);
    }
    return planned;
  }

  /**
   * Reads a file and finds out how to index it: its content key, whether the saved index holds these very
   * bytes for it, and otherwise its decoded text. A file the scan found (`scanned`) with the very stat the saved
   * index holds for it is not read at all: its saved key stands. Touches nothing in the index, so it may run ahead.
   */
  private async readFile(file: string, origin: NoteOrigin, label: string, scanned?: ScannedFile): Promise<FileRead> {
    // The stat taken before the read vouches for the bytes read after it, unless the file changed just before.
    const stamp = scanned && trustedStamp(scanned);
    const saved = scanned && this.restore?.unrestored.get(file)?.file;
    if (saved && sameStamp(saved.stamp, scanned) && this.isStored(file, origin, label, saved.key)) return { key: saved.key, stored: true, stamp, unread: true };
    // The bytes are lent by the reader: everything that needs them happens inside this callback.
    const read = await this.reader.withBytes(file, (bytes): FileRead => {
      if (bytes.length > (this.settings?.maxFileBytes ?? Infinity)) return { error: 'is over the awsNotes.maxFileSizeMB limit; skipped' };
      const key = contentKey(bytes);
      // A file touched, copied or checked out again with the same bytes is still restored, not parsed.
      if (this.isStored(file, origin, label, key)) return { key, stored: true, stamp, unread: false };
      return { key, stored: false, decoded: decodeNote(bytes), stamp };
    });
    return 'error' in read ? read : read.value;
  }

  /**
   * Indexes one file: from an editor's text, from the saved index when it holds the file's bytes, or by
   * decoding and parsing them. Logs and skips a file that cannot be read as text.
   */
  private async indexFile(file: string, origin: NoteOrigin, label: string, source: string | Promise<FileRead> = this.readFile(file, origin, label)): Promise<void> {
    let text: string;
    let analysed: AnalysedSection[] | undefined;
    if (typeof source === 'string') {
      this.signatures.delete(file);
      this.snapshots.forgetKey(file);
      text = source;
    } else {
      const read = await source;
      if ('error' in read) {
        this.store.log.warn(`${file} ${read.error}`);
        this.store.index.removeFile(file);
        return;
      }
      if (read.stored) {
        if (this.restoreFile(file, origin, label, read.key, read.stamp)) {
          if (!read.unread && this.restore) this.restore.readToCheck++;
          return;
        }
        // The stored sections could not be read (it is logged, and they are dropped): read the file again.
        return this.indexFile(file, origin, label);
      }
      const decoded = read.decoded;
      if (!decoded.ok) {
        this.store.log.warn(`${file} ${decoded.reason}`);
        this.store.index.removeFile(file);
        return;
      }
      for (const remark of decoded.remarks) this.store.log.info(`${file} ${remark}`);
      text = decoded.text;
      this.snapshots.recordKey(file, read.key, read.stamp);
      // The bundled notes come parsed and tagged from the build, as long as their bytes are the ones it read.
      if (origin === 'bundled') analysed = (await this.loadBundledAnalyses()).get(read.key);
    }
    try {
      if (analysed) this.store.index.setAnalysedFile(file, analysed, origin, label);
      else this.store.index.setFile(file, text, origin, label);
    } catch (error) {
      // The parser is fuzzed never to throw; if it ever does, one file must not stop the rest.
      this.store.log.error(`${file} could not be parsed (${error instanceof Error ? error.message : String(error)}); skipped`);
      this.store.index.removeFile(file);
    }
  }

  /** Reads the saved index for the first build; afterwards the index itself is the starting point. */
  private async readSnapshot(): Promise<void> {
    this.snapshotConsulted = true;
    const snapshot = await this.snapshots.read();
    if (!snapshot) return;
    const unrestored = new Map<string, { file: StoredFile; first: number }>();
    let first = 0;
    for (const file of snapshot.files) {
      unrestored.set(file.path, { file, first });
      first += file.sectionCount;
    }
    this.restore = { snapshot, unrestored, sections: new Array(first), restoredFiles: 0, readToCheck: 0, workerStates: [] };
    this.store.setRestoring(true);
  }

  /** Whether the saved index holds these very bytes at this path, under this label. */
  private isStored(file: string, origin: NoteOrigin, label: string, key: string): boolean {
    const stored = this.restore?.unrestored.get(file);
    return stored !== undefined && stored.file.key === key && stored.file.origin === origin && stored.file.label === label;
  }

  /** Indexes a file from the saved index when it holds these very bytes at this path, under this label. */
  private restoreFile(file: string, origin: NoteOrigin, label: string, key: string, stamp: FileStamp | undefined): boolean {
    const restore = this.restore;
    if (!restore || !this.isStored(file, origin, label, key)) return false;
    const stored = restore.unrestored.get(file)!;
    restore.unrestored.delete(file);
    try {
      const sections = this.store.index.setStoredFile(file, stored.file, origin, label);
      sections.forEach((section, n) => (restore.sections[stored.first + n] = section));
    } catch (error) {
      this.store.log.warn(`${file} could not be restored from the saved index (${error instanceof Error ? error.message : String(error)}); parsing it`);
      return false;
    }
    this.snapshots.recordKey(file, key, stamp);
    restore.restoredFiles++;
    return true;
  }

  /**
   * After the first build: hands the saved search index to search, with the sections now in its slots, and
   * tells the snapshot store whether the index is still exactly what it saved.
   */
  private async finishRestore({ snapshot, sections: restoredSections, restoredFiles: restored, readToCheck, workerStates }: SnapshotRestore, planned: number): Promise<void> {
    const sections = Array.from(snapshot.slotSections, (ordinal) => (ordinal >= 0 ? restoredSections[ordinal] : undefined));
    const engine = await this.restoreSearchInSteps(snapshot.search, sections);
    // With an engine restored, the workers' postings of the files new since the save join it, and the offer says
    // which sections it took in that way. Without one, search tokenises those files.
    const absorbed = engine ? await this.absorbWorkerStates(engine, workerStates) : [];
    this.store.offerSearchState({ state: snapshot.search, sections, engine, absorbed });
    this.restore = undefined;
    this.store.setRestoring(false);
    this.store.log.info(
      `Restored ${restored} of ${planned} files from the saved index; ${planned - restored} read and parsed; ${readToCheck} of those restored were read to check their bytes (a changed or too recent stat)`,
    );
    if (restored === planned && restored === snapshot.files.length) this.snapshots.markClean();
  }

  /**
   * Takes the index workers' postings into `engine` in steps of a few milliseconds, each state's live sections
   * (those the index still holds: a file edited meanwhile is search's to tokenise) as the workers built them.
   * Answers every section taken in.
   */
  private async absorbWorkerStates(engine: SearchEngine, states: SnapshotRestore['workerStates']): Promise<NoteSection[]> {
    const index = this.store.index;
    const absorbed: NoteSection[] = [];
    for (const { state, sections: workerSections } of states) {
      const live = workerSections.map((section) => (section && index.get(section.id) === section ? section : undefined));
      try {
        await runInSlices(engine.absorbInSteps(state, live, RESTORE_ITEMS_PER_STEP), YIELD_EVERY_MS);
        for (const section of live) if (section) absorbed.push(section);
      } catch (error) {
        // The state is checked before the engine changes: it is left as it was, and search tokenises those files.
        this.store.log.warn(`The index workers' search postings could not join the saved ones (${error instanceof Error ? error.message : String(error)}); search indexes those files itself`);
      }
    }
    return absorbed;
  }

  /**
   * Restores a search engine from stored postings in steps of a few milliseconds, so the host never blocks on
   * it; undefined if they do not fit (search then tries them itself, and logs why it builds from the notes).
   */
  private async restoreSearchInSteps(state: SearchState, sections: (NoteSection | undefined)[], sliceMs = YIELD_EVERY_MS): Promise<SearchEngine | undefined> {
    try {
      return await runInSlices(SearchEngine.restoreInSteps(this.store.catalog, state, sections, sliceMs < YIELD_EVERY_MS ? RESTORE_ITEMS_PER_STEP >> 2 : RESTORE_ITEMS_PER_STEP), sliceMs);
    } catch {
      return undefined;
    }
  }

  private loadBundledAnalyses(): Promise<Map<string, AnalysedSection[]>> {
    const file = path.join(this.extensionPath, 'dist', 'bundled-notes.json');
    this.bundledAnalyses ??= fs.readFile(file, 'utf8').then(
      (json) => {
        const read = readAnalyses(json);
        if ('analyses' in read) {
          this.store.log.info(`Read the build's analysis of ${read.analyses.size} bundled notes files; they are not parsed again`);
          return read.analyses;
        }
        this.store.log.warn(`${file} ${read.error}; parsing the bundled notes instead`);
        return new Map();
      },
      (error: unknown) => {
        this.store.log.warn(`${file} could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); parsing the bundled notes instead`);
        return new Map<string, AnalysedSection[]>();
      },
    );
    return this.bundledAnalyses;
  }

  /** One watcher per user folder, filtered by the include and exclude globs. */
  private watchUserFolders(settings: NotesSettings): boolean {
    // A restarted watcher is blind until it is up again, so keep the running ones unless what they watch changed.
    const key = JSON.stringify([settings.notesFolders, settings.include, settings.exclude]);
    if (key === this.watchedKey) return false;
    this.watchedKey = key;
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    for (const folder of settings.notesFolders) {
      const matches = createNoteMatcher(settings.include, settings.exclude);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), '**/*'));
      const onChange = (uri: vscode.Uri) => {
        const relative = path.relative(folder, uri.fsPath);
        if (relative.startsWith('..')) return;
        this.schedule(uri.fsPath, () => this.refreshPath(folder, relative, matches));
      };
      this.watchers.push(watcher, watcher.onDidCreate(onChange), watcher.onDidChange(onChange), watcher.onDidDelete(onChange));
    }
    return settings.notesFolders.length > 0;
  }

  /** Brings the index in line with whatever is now at a path inside a notes folder. */
  private async refreshPath(folder: string, relative: string, matches: (relative: string) => boolean): Promise<void> {
    const full = path.join(folder, relative);
    const prefix = full + path.sep;
    const stat = await vscode.workspace.fs.stat(vscode.Uri.file(full)).then(
      (s) => s,
      () => undefined,
    );
    this.signatures.delete(full);
    if (!stat) {
      // Deleted: the path may have been a file or a whole folder of notes.
      this.store.index.removeFiles((file) => file.path === full || file.path.startsWith(prefix));
      return;
    }
    if (stat.type & vscode.FileType.Directory) {
      const settings = this.settings ?? getNotesSettings();
      const files = await scanNotesFolder(full, { ...settings, include: settings.include }, (p) => this.store.log.warn(`${p.path} ${p.message}`));
      for (const file of files) {
        const inFolder = path.relative(folder, file.path).split(path.sep).join('/');
        if (!matches(inFolder)) continue;
        const label = this.liveLabel(file.path, folder);
        await this.indexFile(file.path, 'user', label, this.readFile(file.path, 'user', label, file));
      }
      return;
    }
    if (!matches(relative)) return;
    if (stat.size > (this.settings?.maxFileBytes ?? Infinity)) {
      this.store.log.warn(`${full} is over the awsNotes.maxFileSizeMB limit; skipped`);
      this.store.index.removeFile(full);
      return;
    }
    await this.indexFile(full, 'user', this.liveLabel(full, folder));
  }

  /**
   * The label of a user file indexed on its own (a watcher event, a save): the one it has if it is indexed,
   * else its path in its folder, qualified if another indexed file already has that label (see `distinctLabel`).
   */
  private liveLabel(file: string, folder: string): string {
    const index = this.store.index;
    const indexed = index.file(file);
    if (indexed) return indexed.label;
    return distinctLabel(path.relative(folder, file), folder, new Set(index.files().map((f) => f.label)));
  }

  /** Saving an open notes file re-indexes it from the editor's text, bundled notes included. */
  private onSaved(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'file') return;
    const file = document.uri.fsPath;
    const indexed = this.store.index.file(file);
    if (indexed) {
      this.schedule(file, () => this.indexFile(file, indexed.origin, indexed.label, document.getText()));
      return;
    }
    const folder = this.userFolders.find((f) => file.startsWith(f + path.sep));
    if (!folder || !this.settings) return;
    const relative = path.relative(folder, file);
    if (createNoteMatcher(this.settings.include, this.settings.exclude)(relative)) {
      this.schedule(file, () => this.indexFile(file, 'user', this.liveLabel(file, folder), document.getText()));
    }
  }

  /** Debounces work per path, so a burst of events for one file indexes it once. */
  private schedule(key: string, work: () => Promise<unknown>): void {
    const existing = this.pending.get(key);
    if (existing) clearTimeout(existing);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        if (this.workerRun) this.touchedDuringWorkers.add(key);
        work().catch((error: unknown) => this.store.log.error(`${key} could not be re-indexed: ${String(error)}`));
      }, CHANGE_DEBOUNCE_MS),
    );
  }

  /** Resolves when no build is running (used by tests and the rebuild command). */
  async idle(): Promise<void> {
    while (this.running) {
      const current = this.running;
      await current;
      if (current === this.running) break;
    }
  }

  dispose(): void {
    this.buildGeneration++;
    this.stopWorker();
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/** A restore from the saved index under way. */
interface SnapshotRestore {
  snapshot: StoredSnapshot;
  /** Its files not restored yet, by path, with the number of each one's first section. */
  unrestored: Map<string, { file: StoredFile; first: number }>;
  /** Sections restored so far, by their number in the snapshot. */
  sections: (NoteSection | undefined)[];
  restoredFiles: number;
  /** Restored files whose stat had changed (or was not saved), so their bytes were read and hashed to check them. */
  readToCheck: number;
  /** The index workers' postings for new files indexed during the same build, to join the restored search engine. */
  workerStates: { state: SearchState; sections: (NoteSection | undefined)[] }[];
}

/**
 * What reading a file found out, before anything is indexed; `stamp` is the stat that vouches for the bytes, to
 * be saved with their key (none for a file that changed just before it was scanned, or that no scan found).
 */
type FileRead =
  | { error: string }
  | { key: string; stored: true; stamp: FileStamp | undefined; /** Taken on its stat's word, without reading it. */ unread: boolean }
  | { key: string; stored: false; decoded: DecodedNote | RejectedNote; stamp: FileStamp | undefined };

/**
 * Stat, origin and label: a file whose signature is unchanged since it was indexed is not read again. As in the
 * saved index, a file that changed too recently for its stat to vouch for it (`trustedStamp`) gets a signature
 * that no later scan repeats, so the next pass reads it again.
 */
function signatureOf(file: PlannedFile): string {
  const signature = `${file.size}:${file.mtimeMs}:${file.ctimeMs}:${file.ino}:${file.origin}:${file.label}`;
  return trustedStamp(file) ? signature : `${signature}:checked at ${file.checkedAt}`;
}
