/**
 * `npm run bench`: index build, heap, search and hover latency at 1k, 10k and
 * 50k sections, plus activation cost and bundle size; prints a table, writes
 * bench/results.json, and exits non-zero when a budget is missed.
 *
 * Each scale runs in its own Node process (`--scale=N`) so heap figures are not
 * polluted by the previous scale, and activation runs in a fresh process too
 * (`--activation`) so `require()` of the bundle is a cold load.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { contentKey, readAnalyses } from '../src/core/analysed-notes';
import { buildHoverContent } from '../src/core/hover-content';
import { ServiceCatalog } from '../src/core/catalog';
import { SnapshotWriter, readSnapshotFile, type StoredFile } from '../src/core/index-snapshot';
import { firstIndexBudgetFailures, firstIndexTable, measureFirstIndex, workerScript, type FirstIndexResult } from './first-index';
import { NoteIndex } from '../src/core/note-index';
import { NoteFileReader, sameStamp, scanNotesFolder, trustedStamp, type ScannedFile } from '../src/core/notes-scanner';
import { parseNotes } from '../src/core/parser';
import { SearchEngine } from '../src/core/search';
import type { NoteSection } from '../src/core/types';
import { ensureCorpus } from './corpus';
import { describeTemplateResult, measureTemplates, templateBudgetFailures, type TemplateBenchResult } from './template-bench';
import { createFakeContext, createFakeVscode } from './fake-vscode';
import { benchStudy } from './study';

import { measureIac, reportIac, type IacResult } from './iac';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS_ROOT = path.join(ROOT, 'bench', '.corpus');
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const SCALES = [1_000, 10_000, 50_000];
/** Timed runs of every keystroke and hover, after a warm-up run. */
const SEARCH_ROUNDS = 3;
/** Fresh processes that each restore the index from its snapshot; the median counts, with min and max beside it. */
const RESTORE_RUNS = 5;
const BENCH_BUILD_ID = 'bench';

/** One row of the results. */
interface ScaleResult {
  scale: number;
  sections: number;
  bytes: number;
  indexMs: number;
  /** Of which: parse + tag (NoteIndex) and the search index. */
  noteIndexMs: number;
  searchIndexMs: number;
  floorMs: number;
  heapMB: number;
  searchP50Ms: number;
  searchP95Ms: number;
  keystrokes: number;
  hoverP50Ms: number;
  hoverP95Ms: number;
  hoverLookups: number;
  /** A file edited on disk: re-parse it, apply the change to the search engine, and find the new words. */
  liveUpdateMs: number;
  /** Saving the index snapshot (export, encode; not the disk write), and its size. */
  snapshotSaveMs: number;
  snapshotBytes: number;
  /**
   * Every later start: in a fresh process, walk the notes, read the snapshot, check each note's stat against it
   * (reading and hashing only those whose stat changed), restore the sections and the search postings (median of
   * `RESTORE_RUNS` processes), against the floor measured in the same processes.
   */
  restoredIndexMs: number;
  restoredFloorMs: number;
  /** The most notes any later start had to read and hash (their stat did not vouch for them). */
  restoredFilesRead: number;
  /** The later start's CPU time, median of the same processes. */
  restoredCpuMs: number;
  passages: number;
  hoverContentP50Ms: number;
  hoverContentP95Ms: number;
  /** The fastest and slowest of the later starts, each as a multiple of its own process's floor. */
  restoredMinRatio: number;
  restoredMaxRatio: number;
  /** The median of each phase of the later start. */
  restorePhases: RestorePhases;
  /** The first index as the extension host feels it, indexed in the host and through the index worker (fresh processes). */
  firstIndex: { host: FirstIndexResult; worker: FirstIndexResult };
}

/** One cold start from the snapshot, measured in a process of its own. */
interface RestoreResult {
  indexMs: number;
  /** The process's CPU time over the same span (the main thread and the thread pool's reads), steadier than wall time on a busy machine. */
  cpuMs: number;
  floorMs: number;
  sections: number;
  /** Notes read and hashed because their stat did not vouch for them. */
  filesRead: number;
  /**
   * Where the time goes: walking the folder, then waiting for the rest of the snapshot, verifying the notes (stat
   * compared, and the changed ones read and hashed), the sections, the postings.
   */
  phases: RestorePhases;
}

interface RestorePhases {
  walkMs: number;
  readWaitMs: number;
  verifyMs: number;
  sectionsMs: number;
  postingsMs: number;
}

interface ActivationResult {
  bundleBytes: number;
  requireMs: number;
  activateMs: number;
  /** The lazily required bundles (dist/templates.js, dist/study.js) already loaded when activate() returned: none should be. */
  lazyLoaded: string[];
}

/** Second bundles the extension requires on first need; activation must not load them. */
const LAZY_BUNDLES = ['templates.js', 'study.js', 'index-workers.js', 'markdown-it.js'];

/** The five bundled notes, indexed in a fresh process: what every user waits for after activation. */
interface BundledResult {
  sections: number;
  /** Building the service catalog's lookup tables (done once, before any file). */
  catalogMs: number;
  /** What the extension does: read the files and the build's analysis, check hashes, build the index. */
  noteIndexMs: number;
  /** Reading, parsing and tagging the five files from scratch, as for notes the build has not seen. */
  parsedNoteIndexMs: number;
  searchIndexMs: number;
}

const BUDGETS = {
  searchP95At10k: 8,
  searchP95At50k: 16,
  /** The later start at 10k, median of `RESTORE_RUNS`: 4x, so that 5x holds on a busy machine. */
  indexToFloorAt10k: 4,
  hoverP95: 1,
  liveUpdateMs: 1000,
  activateMs: 20,
  /**
   * What activation requires. 400 KB held through the first release; passages, the property hover, New Note
   * and the Terraform/CDK adapters took it to 405 KB (the template parsers, the index worker and study mode ship
   * as bundles of their own that activation never loads). require() measured 15.6 ms at 405 KB against 17.1 ms
   * before study moved out. The next cut is markdown-it (~100 KB), which only the hover excerpts and the preview use.
   */
  bundleKB: 420,
  bundledNoteIndexMs: 50,
};

/** Runs `work` over every input `rounds` times after one warm-up round; returns each input's fastest time. */
function bestOf<T>(rounds: number, inputs: T[], work: (input: T) => unknown): number[] {
  const best = inputs.map(() => Infinity);
  for (let round = 0; round <= rounds; round++) {
    inputs.forEach((input, i) => {
      const t0 = performance.now();
      work(input);
      const elapsed = performance.now() - t0;
      if (round > 0 && elapsed < best[i]) best[i] = elapsed;
    });
  }
  return best;
}

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The queries of the relevance set, plus a few more, typed one character at a time. */
function benchQueries(): string[] {
  const file = path.join(ROOT, 'test', 'relevance', 'queries.json');
  const fromRelevance = (JSON.parse(fs.readFileSync(file, 'utf8')) as { query: string }[]).map((q) => q.query);
  return [...fromRelevance, 's3: lifecycle', '@storage glacier', 'ddb: global tables', 'kinesis vs sqs'];
}

/** Lines of real templates and docs, for the hover measurement. */
function templateLines(): string[] {
  const dirs = [path.join(ROOT, 'test', 'fixtures', 'workspace'), path.join(ROOT, 'bench', 'templates')];
  const lines: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ya?ml|json|md|txt)$/.test(entry.name)) lines.push(...fs.readFileSync(full, 'utf8').split(/\r?\n/));
    }
  };
  dirs.forEach(walk);
  return lines.filter((line) => line.trim());
}

/** Floor: only reading the bytes and splitting lines, which any indexer must do (best of three). */
function measureFloor(files: readonly string[]): number {
  let floorMs = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let lines = 0;
    for (const file of files) lines += fs.readFileSync(file, 'utf8').split('\n').length;
    floorMs = Math.min(floorMs, performance.now() - started);
    if (lines === 0) throw new Error('empty corpus');
  }
  return floorMs;
}

function snapshotPath(scale: number): string {
  return path.join(CORPUS_ROOT, `${scale}.snapshot`);
}

/** Measures one scale; runs in its own process. */
function measureScale(scale: number): ScaleResult {
  const corpus = ensureCorpus(CORPUS_ROOT, path.join(ROOT, 'notes'), scale);
  const catalog = new ServiceCatalog();
  const floorMs = measureFloor(corpus.files);

  const started = performance.now();
  const index = new NoteIndex(catalog, parseNotes);
  for (const file of corpus.files) index.setFile(file, fs.readFileSync(file, 'utf8'), 'user');
  const noteIndexDone = performance.now();
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());
  const done = performance.now();

  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;

  // Each keystroke's latency is the best of its timed rounds: on a shared
  // machine a round can be preempted, and that is the scheduler, not the search.
  const keystrokes = benchQueries().flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  const searchSamples = bestOf(SEARCH_ROUNDS, keystrokes, (typed) => engine.search(typed, { limit: 50 }));

  const positions: [string, number][] = [];
  for (const line of templateLines()) {
    for (let ch = 0; ch < line.length; ch++) {
      if (/\w/.test(line[ch]) && (ch === 0 || !/\w/.test(line[ch - 1]))) positions.push([line, ch]);
    }
  }
  const hoverSamples = bestOf(SEARCH_ROUNDS, positions, ([line, ch]) => {
    const mention = catalog.mentionAt(line, ch);
    return mention ? index.lookupEntry(mention.entryId).slice(0, 3) : undefined;
  });

  // Live re-indexing: one file changes; how long until search shows it?
  const edited = corpus.files[0];
  const marker = 'zzqxlivemarker';
  engine.search('warm up');
  const unsubscribe = index.onDidChange((change) => engine.apply(change));
  const u0 = performance.now();
  index.setFile(edited, `${fs.readFileSync(edited, 'utf8')}\n## Freshly added ${marker}\n\nA note typed a moment ago.\n`, 'user');
  const found = engine.search(marker, { limit: 5 }).some((hit) => hit.section.title.includes(marker));
  const liveUpdateMs = performance.now() - u0;
  if (!found) throw new Error('live update: the edited section is not searchable');
  // Put the edited file back as it is on disk, so the snapshot matches the corpus.
  index.setFile(edited, fs.readFileSync(edited, 'utf8'), 'user');
  unsubscribe();

  // What the extension saves in the background (the disk write aside), then each later start in fresh processes.
  // Each key goes with the stat taken before its bytes were read, as the loader's scan takes it.
  const stamps = new Map(corpus.files.map((file) => [file, trustedStamp(statAsScanned(file))]));
  const s0 = performance.now();
  const writer = new SnapshotWriter(BENCH_BUILD_ID);
  for (const file of index.files()) {
    const key = contentKey(fs.readFileSync(file.path));
    writer.addFile({ path: file.path, label: file.label, origin: file.origin, key, stamp: stamps.get(file.path), sections: index.exportFile(file.path)! });
  }
  const { state, sectionIds } = engine.exportState();
  const pieces = writer.finish(state, sectionIds);
  const snapshotSaveMs = performance.now() - s0;
  const snapshot = Buffer.concat(pieces);
  fs.writeFileSync(snapshotPath(scale), snapshot);
  const restores = Array.from({ length: RESTORE_RUNS }, () => child<RestoreResult>([`--restore=${scale}`]));
  const restoredIndexMs = percentile(restores.map((r) => r.indexMs), 50);
  const restoredFloorMs = percentile(restores.map((r) => r.floorMs), 50);
  if (restores.some((r) => r.sections !== index.stats().sections)) throw new Error('the snapshot restored a different number of sections');
  const passages = measurePassages(catalog, index, positions);
  const restoreRatios = restores.map((r) => r.indexMs / r.floorMs);
  const firstIndex = {
    host: child<FirstIndexResult>([`--first-index=${scale}:host`]),
    worker: child<FirstIndexResult>([`--first-index=${scale}:worker`]),
  };
  if (firstIndex.worker.sections !== index.stats().sections) throw new Error('the index worker indexed a different number of sections');

  return {
    scale,
    sections: index.stats().sections,
    bytes: corpus.bytes,
    indexMs: round(done - started, 1),
    noteIndexMs: round(noteIndexDone - started, 1),
    searchIndexMs: round(done - noteIndexDone, 1),
    floorMs: round(floorMs, 1),
    heapMB: round(heapMB, 1),
    searchP50Ms: round(percentile(searchSamples, 50), 3),
    searchP95Ms: round(percentile(searchSamples, 95), 3),
    keystrokes: searchSamples.length,
    hoverP50Ms: round(percentile(hoverSamples, 50), 4),
    hoverP95Ms: round(percentile(hoverSamples, 95), 4),
    hoverLookups: hoverSamples.length,
    liveUpdateMs: round(liveUpdateMs, 1),
    snapshotSaveMs: round(snapshotSaveMs, 1),
    snapshotBytes: snapshot.length,
    restoredIndexMs: round(restoredIndexMs, 1),
    restoredFloorMs: round(restoredFloorMs, 1),
    restoredFilesRead: Math.max(...restores.map((r) => r.filesRead)),
    restoredCpuMs: round(percentile(restores.map((r) => r.cpuMs), 50), 1),
    ...passages,
    restoredMinRatio: round(Math.min(...restoreRatios), 2),
    restorePhases: Object.fromEntries(
      (Object.keys(restores[0].phases) as (keyof RestorePhases)[]).map((phase) => [phase, percentile(restores.map((r) => r.phases[phase]), 50)]),
    ) as unknown as RestorePhases,
    restoredMaxRatio: round(Math.max(...restoreRatios), 2),
    firstIndex,
  };
}

/** What the passages add to a scale's row: how many there are, and the whole hover (ranking passages and sections). */
interface PassageResult {
  passages: number;
  hoverContentP50Ms: number;
  hoverContentP95Ms: number;
}

/**
 * The hover as the editor builds it, uncached: lookup, the ranking of passages and sections (resource words,
 * chapters before their passages) and the Markdown, for every word of the real templates and docs.
 */
function measurePassages(catalog: ServiceCatalog, index: NoteIndex, positions: [string, number][]): PassageResult {
  const samples = bestOf(SEARCH_ROUNDS, positions, ([line, ch]) => {
    const mention = catalog.mentionAt(line, ch);
    if (!mention) return undefined;
    return buildHoverContent({ entryId: mention.entryId, text: line.slice(mention.start, mention.end) }, catalog, index, { maxSections: 3, indexComplete: true });
  });
  return {
    passages: index.stats().passages,
    hoverContentP50Ms: round(percentile(samples, 50), 4),
    hoverContentP95Ms: round(percentile(samples, 95), 4),
  };
}

/**
 * Index time (parse, tag and search index) on commit 82fcd17, before passages, measured with this bench
 * (`node --expose-gc out/bench/run.js --scale=N` on that commit) on the shared 2-core machine.
 */
const INDEX_MS_BEFORE_PASSAGES: Readonly<Record<number, number>> = { 10_000: 1494.4, 50_000: 3987.9 };
/** Passages may make the first index of a folder this much slower, no more. */
const INDEX_GROWTH_BUDGET = 1.2;

/** Index time now against before passages, printed side by side; the failures, if any. */
function compareIndexTimes(results: readonly ScaleResult[]): string[] {
  const failures: string[] = [];
  const lines: string[] = [];
  for (const r of results) {
    const before = INDEX_MS_BEFORE_PASSAGES[r.scale];
    if (before === undefined) continue;
    const ratio = r.indexMs / before;
    lines.push(`${r.scale} sections: ${r.indexMs.toFixed(0)} ms now, ${before.toFixed(0)} ms before passages (${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(0)}%)`);
    if (ratio > INDEX_GROWTH_BUDGET) failures.push(`index at ${r.scale} is ${(ratio * 100 - 100).toFixed(0)}% slower than before passages (budget +${((INDEX_GROWTH_BUDGET - 1) * 100).toFixed(0)}%)`);
  }
  for (const r of results) {
    lines.push(`${r.scale} sections: ${r.passages} passages; whole hover p50 ${r.hoverContentP50Ms.toFixed(4)} ms, p95 ${r.hoverContentP95Ms.toFixed(4)} ms`);
    if (r.hoverContentP95Ms > BUDGETS.hoverP95) failures.push(`the whole hover's p95 at ${r.scale} is ${r.hoverContentP95Ms} ms (budget ${BUDGETS.hoverP95} ms)`);
  }
  if (lines.length) console.log(`\npassages:\n  ${lines.join('\n  ')}`);
  return failures;
}

/** A file's stat as `scanNotesFolder` gives it (the time is taken before the stat, as the scan takes it). */
function statAsScanned(file: string): ScannedFile {
  const checkedAt = Date.now();
  const stat = fs.statSync(file);
  return { path: file, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, checkedAt };
}

/**
 * The content key of each file, found as the loader finds it: a file whose
 * stat is the one saved with its key keeps that key unread; the others are
 * read with its `NoteFileReader`, a few files ahead, into pooled buffers, and
 * hashed. Answers the keys and how many files were read.
 */
async function verifyFiles(files: readonly ScannedFile[], saved: ReadonlyMap<string, StoredFile>, ahead = 4): Promise<{ keys: Map<string, string>; read: number }> {
  const reader = new NoteFileReader(ahead);
  const reads: Promise<{ value: string } | { error: string }>[] = [];
  const keys = new Map<string, string>();
  let read = 0;
  const verify = async (file: ScannedFile): Promise<{ value: string } | { error: string }> => {
    const stored = saved.get(file.path);
    if (stored && sameStamp(stored.stamp, file)) return { value: stored.key };
    read++;
    return reader.withBytes(file.path, contentKey);
  };
  for (let i = 0; i < files.length; i++) {
    while (reads.length < Math.min(i + ahead, files.length)) reads.push(verify(files[reads.length]));
    const outcome = await reads[i];
    if ('error' in outcome) throw new Error(`${files[i].path} ${outcome.error}`);
    keys.set(files[i].path, outcome.value);
  }
  return { keys, read };
}

/**
 * A later start, as the loader does it: walk the notes while the snapshot is
 * read, take the saved key of each note whose stat is unchanged and read and
 * hash the others, restore each file whose key matches and the search postings.
 * Runs in its own process so that nothing is warm but the OS file cache.
 */
async function measureRestore(scale: number): Promise<RestoreResult> {
  const corpus = ensureCorpus(CORPUS_ROOT, path.join(ROOT, 'notes'), scale);
  const catalog = new ServiceCatalog();
  catalog.findMentions('S3');
  const floorMs = measureFloor(corpus.files);
  // The floor leaves ~25 MB of file text behind; collecting it is the bench's cost, not the start's.
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  // As the loader: the snapshot is read while the folder is walked, then each file is hashed and restored.
  const reading = readSnapshotFile(snapshotPath(scale), BENCH_BUILD_ID);
  const scanned = await scanNotesFolder(corpus.dir, { include: ['**/*.{md,markdown,txt}'], exclude: [], maxFileBytes: Infinity }, () => undefined);
  const walked = performance.now();
  const read = await reading;
  if ('error' in read) throw new Error(`snapshot ${read.error}`);
  const readDone = performance.now();
  const { keys, read: filesRead } = await verifyFiles(scanned, new Map(read.snapshot.files.map((file) => [file.path, file])));
  const verified = performance.now();
  const index = new NoteIndex(catalog, parseNotes);
  const bySection: NoteSection[] = [];
  for (const file of read.snapshot.files) {
    if (keys.get(file.path) !== file.key) throw new Error(`${file.path} changed since the snapshot`);
    bySection.push(...index.setStoredFile(file.path, file, file.origin, file.label));
  }
  const sectionsDone = performance.now();
  const engine = SearchEngine.restore(catalog, read.snapshot.search, Array.from(read.snapshot.slotSections, (ordinal) => bySection[ordinal]));
  const indexMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  if (engine.size !== index.allSections().length) throw new Error('the restored engine lacks sections');
  const phases: RestorePhases = {
    walkMs: round(walked - started, 1),
    readWaitMs: round(readDone - walked, 1),
    verifyMs: round(verified - readDone, 1),
    sectionsMs: round(sectionsDone - verified, 1),
    postingsMs: round(performance.now() - sectionsDone, 1),
  };
  return { indexMs: round(indexMs, 1), cpuMs: round((cpu.user + cpu.system) / 1000, 1), floorMs: round(floorMs, 1), sections: index.stats().sections, filesRead, phases };
}

/**
 * Indexes the bundled notes cold, both as the extension does (from the build's
 * analysis) and from scratch; runs in its own process so nothing is warm.
 */
function measureBundled(fromScratchFirst: boolean): BundledResult {
  const t0 = performance.now();
  const catalog = new ServiceCatalog();
  catalog.findMentions('S3');
  const catalogMs = performance.now() - t0;
  const notesDir = path.join(ROOT, 'notes');
  const files = fs.readdirSync(notesDir).sort().map((name) => path.join(notesDir, name));

  const fromAnalysis = (): [NoteIndex, number] => {
    const started = performance.now();
    const read = readAnalyses(fs.readFileSync(path.join(ROOT, 'dist', 'bundled-notes.json'), 'utf8'));
    if (!('analyses' in read)) throw new Error(`dist/bundled-notes.json ${read.error}`);
    const index = new NoteIndex(catalog, parseNotes);
    for (const file of files) {
      const analysed = read.analyses.get(contentKey(fs.readFileSync(file)));
      if (!analysed) throw new Error(`dist/bundled-notes.json has no analysis of ${file}; run npm run build`);
      index.setAnalysedFile(file, analysed, 'bundled');
    }
    return [index, performance.now() - started];
  };
  const fromScratch = (): [NoteIndex, number] => {
    const started = performance.now();
    const index = new NoteIndex(catalog, parseNotes);
    for (const file of files) index.setFile(file, fs.readFileSync(file, 'utf8'), 'bundled');
    return [index, performance.now() - started];
  };
  // Whichever runs first pays for the cold code they share, so each way is measured in processes of its own.
  const [built, ms] = fromScratchFirst ? fromScratch() : fromAnalysis();
  const t2 = performance.now();
  new SearchEngine(catalog).addSections(built.allSections());
  const searchIndexMs = performance.now() - t2;
  return {
    sections: built.stats().sections,
    catalogMs: round(catalogMs, 1),
    noteIndexMs: fromScratchFirst ? NaN : round(ms, 1),
    parsedNoteIndexMs: fromScratchFirst ? round(ms, 1) : NaN,
    searchIndexMs: round(searchIndexMs, 1),
  };
}

/** Loads the bundle with a fake `vscode` and times `require()` and `activate()`; runs in its own process. */
async function measureActivation(): Promise<ActivationResult> {
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  const fake = createFakeVscode();
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const originalLoad = loader._load;
  loader._load = function (request, parent, isMain) {
    if (request === 'vscode') return fake;
    return originalLoad.call(this, request, parent, isMain);
  };
  const t0 = performance.now();
  // The bundle is CommonJS and must go through Module._load, where the fake is injected.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const t1 = performance.now();
  const result = extension.activate(createFakeContext(ROOT));
  if (result && typeof (result as Promise<unknown>).then === 'function') await result;
  const t2 = performance.now();
  const lazyLoaded = LAZY_BUNDLES.filter((name) => require.cache[path.join(ROOT, 'dist', name)] !== undefined);
  return { bundleBytes: fs.statSync(bundle).size, requireMs: round(t1 - t0, 2), activateMs: round(t2 - t1, 2), lazyLoaded };
}

/** Runs this file again in a fresh process and returns the JSON it prints last. */
function child<T>(args: string[]): T {
  const output = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', __filename, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = output.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

function table(results: ScaleResult[]): string {
  const header = [
    'sections',
    'MB',
    'first index ms',
    '(notes+search)',
    'floor ms',
    'x floor',
    'later start ms',
    'x floor (min-max)',
    'heap MB',
    'search p50',
    'search p95',
    'hover p50',
    'hover p95',
    'live update',
    'save ms',
    'saved MB',
  ];
  const rows = results.map((r) => [
    String(r.sections),
    (r.bytes / 1024 / 1024).toFixed(1),
    r.indexMs.toFixed(0),
    `${r.noteIndexMs.toFixed(0)}+${r.searchIndexMs.toFixed(0)}`,
    r.floorMs.toFixed(1),
    (r.indexMs / r.floorMs).toFixed(1),
    r.restoredIndexMs.toFixed(0),
    `${(r.restoredIndexMs / r.restoredFloorMs).toFixed(1)} (${r.restoredMinRatio.toFixed(1)}-${r.restoredMaxRatio.toFixed(1)})`,
    r.heapMB.toFixed(0),
    r.searchP50Ms.toFixed(2),
    r.searchP95Ms.toFixed(2),
    r.hoverP50Ms.toFixed(4),
    r.hoverP95Ms.toFixed(4),
    r.liveUpdateMs.toFixed(0),
    r.snapshotSaveMs.toFixed(0),
    (r.snapshotBytes / 1024 / 1024).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i])).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const scaleArg = process.argv.find((arg) => arg.startsWith('--scale='));
  if (scaleArg) {
    console.log(JSON.stringify(measureScale(Number(scaleArg.slice('--scale='.length)))));
    return;
  }
  const firstArg = process.argv.find((arg) => arg.startsWith('--first-index='));
  if (firstArg) {
    const [scale, mode] = firstArg.slice('--first-index='.length).split(':');
    const corpus = ensureCorpus(CORPUS_ROOT, path.join(ROOT, 'notes'), Number(scale));
    console.log(JSON.stringify(await measureFirstIndex(corpus.dir, mode === 'host' ? 'host' : 'worker', workerScript(ROOT))));
    // The measured run is over; nothing it left behind matters.
    process.exit(0);
  }
  const restoreArg = process.argv.find((arg) => arg.startsWith('--restore='));
  if (restoreArg) {
    console.log(JSON.stringify(await measureRestore(Number(restoreArg.slice('--restore='.length)))));
    return;
  }
  if (process.argv.includes('--bundled')) {
    console.log(JSON.stringify(measureBundled(process.argv.includes('--from-scratch'))));
    return;
  }
  if (process.argv.includes('--iac-json')) {
    console.log(JSON.stringify(measureIac()));
    return;
  }
  if (process.argv.includes('--iac')) {
    // Only the Terraform and CDK budgets: `npm run bench -- --iac`.
    const { text, failures } = reportIac(child<IacResult>(['--iac-json']));
    console.log(text);
    if (failures.length) {
      console.log(`\nBUDGETS MISSED:\n- ${failures.join('\n- ')}`);
      process.exitCode = 1;
    }
    return;
  }
  if (process.argv.includes('--templates')) {
    console.log(JSON.stringify(measureTemplates()));
    return;
  }
  if (process.argv.includes('--activation')) {
    const result = await measureActivation();
    console.log(JSON.stringify(result));
    // The extension may have queued deferred work against the fake editor; it is not part of the measurement.
    process.exit(0);
  }

  const only = process.argv.find((arg) => arg.startsWith('--scales='));
  const scales = only ? only.slice('--scales='.length).split(',').map(Number) : SCALES;
  // The first index through the worker runs the worker bundle the build makes.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    process.stderr.write(`bench: ${scale} sections…\n`);
    results.push(child<ScaleResult>([`--scale=${scale}`]));
  }

  console.log(table(results));
  for (const r of results) {
    const p = r.restorePhases;
    console.log(
      `later start at ${r.sections} (medians of ${RESTORE_RUNS}): walk ${p.walkMs} ms, then waiting for the snapshot ${p.readWaitMs} ms, verifying ${p.verifyMs} ms (${r.restoredFilesRead} of the notes read and hashed), sections ${p.sectionsMs} ms, search postings ${p.postingsMs} ms`,
    );
  }
  console.log(`\nfirst index, as the extension host feels it (one fresh process each; floor = read+split):\n${firstIndexTable(results)}`);

  // The extension reads dist/bundled-notes.json, which the build writes; make sure it matches these notes.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'analyse-bundled-notes.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const runs = 5;
  const analysedRuns = Array.from({ length: runs }, () => child<BundledResult>(['--bundled']));
  const scratchRuns = Array.from({ length: runs }, () => child<BundledResult>(['--bundled', '--from-scratch']));
  const bundled: BundledResult = {
    sections: analysedRuns[0].sections,
    catalogMs: percentile(analysedRuns.map((r) => r.catalogMs), 50),
    noteIndexMs: percentile(analysedRuns.map((r) => r.noteIndexMs), 50),
    parsedNoteIndexMs: percentile(scratchRuns.map((r) => r.parsedNoteIndexMs), 50),
    searchIndexMs: percentile(analysedRuns.map((r) => r.searchIndexMs), 50),
  };
  console.log(
    `\nbundled notes (${bundled.sections} sections, medians of ${runs} cold processes each): note index ${bundled.noteIndexMs} ms from the build's analysis ` +
      `(${bundled.parsedNoteIndexMs} ms parsing from scratch); catalog ${bundled.catalogMs} ms, search index ${bundled.searchIndexMs} ms`,
  );
  process.stderr.write('bench: Terraform and CDK documents…\n');
  const iac = reportIac(child<IacResult>(['--iac-json']));
  console.log(`\n${iac.text}`);
  process.stderr.write('bench: templates…\n');
  const templates = child<TemplateBenchResult>(['--templates']);
  console.log(describeTemplateResult(templates));
  process.stderr.write('bench: production bundle and activation…\n');
  let activation: ActivationResult | undefined;
  let activationError: string | undefined;
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const runs = [0, 1, 2, 3, 4].map(() => child<ActivationResult>(['--activation']));
    activation = {
      bundleBytes: runs[0].bundleBytes,
      requireMs: percentile(runs.map((r) => r.requireMs), 50),
      activateMs: percentile(runs.map((r) => r.activateMs), 50),
      lazyLoaded: [...new Set(runs.flatMap((r) => r.lazyLoaded))],
    };
    console.log(`\nbundle dist/extension.js (minified): ${(activation.bundleBytes / 1024).toFixed(1)} KB; require() ${activation.requireMs} ms; activate() ${activation.activateMs} ms (median of ${runs.length} cold processes)`);
  } catch (error) {
    activationError = String(error instanceof Error ? error.message : error).split('\n')[0];
    console.log(`\nactivation could not be measured: ${activationError}`);
  } finally {
    // Put the development build (with source maps) back, as `npm run build` leaves it.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results.map((r) => ({ ...r, activation: activation ?? { error: activationError } })), null, 2)}\n`);

  const failures: string[] = compareIndexTimes(results);
  const at = (scale: number) => results.find((r) => r.scale === scale);
  const r10k = at(10_000);
  const r50k = at(50_000);
  if (r10k && r10k.searchP95Ms > BUDGETS.searchP95At10k) failures.push(`search p95 at 10k is ${r10k.searchP95Ms} ms (budget ${BUDGETS.searchP95At10k} ms)`);
  if (r50k && r50k.searchP95Ms > BUDGETS.searchP95At50k) failures.push(`search p95 at 50k is ${r50k.searchP95Ms} ms (budget ${BUDGETS.searchP95At50k} ms)`);
  // The index a user waits for at start-up: every start but the very first (or one after Rebuild Index) reads the snapshot.
  // The first index of a folder is printed beside it, and is not held to this budget.
  if (r10k && r10k.restoredIndexMs > BUDGETS.indexToFloorAt10k * r10k.restoredFloorMs) {
    failures.push(`index at start-up at 10k is ${(r10k.restoredIndexMs / r10k.restoredFloorMs).toFixed(1)}x the floor, median of ${RESTORE_RUNS} (budget ${BUDGETS.indexToFloorAt10k}x)`);
  }
  if (r10k) failures.push(...firstIndexBudgetFailures(r10k));
  for (const r of results) {
    if (r.hoverP95Ms > BUDGETS.hoverP95) failures.push(`hover p95 at ${r.scale} is ${r.hoverP95Ms} ms (budget ${BUDGETS.hoverP95} ms)`);
    if (r.liveUpdateMs > BUDGETS.liveUpdateMs) failures.push(`a live file update at ${r.scale} takes ${r.liveUpdateMs} ms to show in search (budget ${BUDGETS.liveUpdateMs} ms)`);
  }
  failures.push(...iac.failures);
  if (bundled.noteIndexMs > BUDGETS.bundledNoteIndexMs) failures.push(`indexing the bundled notes takes ${bundled.noteIndexMs} ms (budget ${BUDGETS.bundledNoteIndexMs} ms)`);
  failures.push(...templateBudgetFailures(templates));
  if (!activation) failures.push(`activation not measured: ${activationError}`);
  else if (activation.activateMs > BUDGETS.activateMs) failures.push(`activate() takes ${activation.activateMs} ms (budget ${BUDGETS.activateMs} ms)`);
  if (activation && activation.lazyLoaded.length > 0) failures.push(`activation loaded ${activation.lazyLoaded.join(' and ')}, which should wait for first need`);
  if (activation && activation.bundleBytes > BUDGETS.bundleKB * 1024) failures.push(`dist/extension.js is ${(activation.bundleBytes / 1024).toFixed(0)} KB (budget ${BUDGETS.bundleKB} KB)`);

  failures.push(...(await benchStudy(ROOT)));
  console.log(`\nresults written to ${path.relative(ROOT, RESULTS_FILE)}`);
  if (failures.length) {
    console.log(`\nBUDGETS MISSED:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nall budgets met');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
