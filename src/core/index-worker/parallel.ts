/**
 * The first index of a big folder in several worker threads at once: the
 * files are cut into contiguous runs of about equal size, each run indexed
 * by a worker of its own, and the host joins the results in file order into
 * exactly the index one worker (or the host) would have built.
 */
import { mergeSearchStatesInSteps } from '../search/merge-states';
import type { StoredSnapshot } from '../index-snapshot';
import { runIndexWorkerQueue, type WorkerIndex, type WorkerOutcome } from './client';
import type { WorkerFile, WorkerRequest } from './protocol';

/** No more threads than this, however many cores: each holds a whole parser, catalog and heap of its own. */
export const MAX_INDEX_WORKERS = 4;
/**
 * A worker pays its own start (its bundle, the catalog) and, above all, a cold
 * JIT: its first file takes ~130 ms where a warm one takes ~8, and it runs at
 * full speed only after a megabyte or two (measured at 10,000 sections). Below
 * two megabytes per worker, another thread costs more than it saves.
 */
export const MIN_BYTES_PER_WORKER = 2 << 20;

/**
 * How many runs of files each worker answers for, one after another, by default: one. More runs let the host
 * install the first answers while the workers index the rest, but each run starts an index and a search engine
 * of its own, and at 10,000 sections four runs per worker cost ~15% more of the workers' CPU (measured) than the
 * overlap saves: with a worker per core, there is no idle core for the host's install to overlap into.
 */
export const RUNS_PER_WORKER = 1;
/** No run smaller than this: each answer has its own search state and encoding to make and join. */
export const MIN_BYTES_PER_RUN = 256 * 1024;

/**
 * How many workers to index `totalBytes` of notes with on a machine of
 * `cores` logical cores: one core is left to the extension host and the rest
 * of VS Code, and at most four workers run. On a two-core laptop that is one
 * worker: measured there at 10,000 sections, two workers took longer than one
 * (~970 vs ~900 ms, each warming its own JIT while sharing the cores with the
 * host), used 40% more CPU, and held the host's event loop up to 26 ms where
 * one worker held it 14.
 */
export function workerCountFor(totalBytes: number, fileCount: number, cores: number): number {
  const bySize = Math.floor(totalBytes / MIN_BYTES_PER_WORKER);
  const spare = (Math.floor(cores) || 1) - 1;
  return Math.max(1, Math.min(MAX_INDEX_WORKERS, spare, bySize, fileCount));
}

/**
 * Cuts `files` into at most `parts` contiguous, non-empty runs of about equal
 * total `sizeOf`, in order: joined back, the runs are the list as given.
 */
export function partitionFiles<T>(files: readonly T[], parts: number, sizeOf: (file: T) => number): T[][] {
  const count = Math.max(1, Math.min(Math.floor(parts) || 1, files.length));
  if (count === 1) return files.length ? [files.slice()] : [];
  const sizes = files.map((file) => Math.max(1, sizeOf(file) || 0));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const runs: T[][] = [];
  let run: T[] = [];
  let seen = 0;
  for (let i = 0; i < files.length; i++) {
    run.push(files[i]);
    seen += sizes[i];
    const runsLeft = count - runs.length - 1;
    const filesLeft = files.length - i - 1;
    // Close the run once it reaches its share of the bytes, or when each later run needs one of the files left.
    if (runsLeft > 0 && (seen >= (total * (runs.length + 1)) / count || filesLeft === runsLeft)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** One run of files, and what its worker gives back for it. */
export interface WorkerPart {
  files: WorkerFile[];
  /** Settles as soon as the worker has answered for this run (or failed). */
  outcome: Promise<WorkerOutcome>;
}

/** Several workers under way, each answering for its runs of files in turn. */
export interface ParallelWorkerRun {
  /** Every run, in file order: joined, their files are the request's. */
  readonly parts: WorkerPart[];
  /** How many workers were started. */
  readonly workers: number;
  /** Stops every worker still running; their pending outcomes become fallbacks. */
  cancel(): void;
}

/**
 * Starts a worker per share of `request.files` (see `workerCountFor`) and
 * cuts the files into contiguous runs (`partitionFiles`; `sizeOf` gives each
 * file's size in bytes) dealt to the workers in turn: run 1 to the first
 * worker, run 2 to the second, and so on, so that answers arrive in about file
 * order and the host installs them as they come. Like `runIndexWorker`,
 * never throws and never rejects.
 */
export function runIndexWorkers(
  script: string,
  request: WorkerRequest,
  sizeOf: (file: WorkerFile) => number,
  cores: number,
  options: { timeoutMs?: number; runsPerWorker?: number } = {},
): ParallelWorkerRun {
  const { timeoutMs, runsPerWorker = RUNS_PER_WORKER } = options;
  const totalBytes = request.files.reduce((sum, file) => sum + Math.max(0, sizeOf(file) || 0), 0);
  const workers = workerCountFor(totalBytes, request.files.length, cores);
  const runCount = Math.max(workers, Math.min(workers * runsPerWorker, Math.floor(totalBytes / MIN_BYTES_PER_RUN)));
  const runs = partitionFiles(request.files, runCount, sizeOf);
  const dealt = Math.min(workers, runs.length);
  const queues = Array.from({ length: dealt }, (_, w) => {
    const mine = runs.filter((_, r) => r % dealt === w);
    return runIndexWorkerQueue(script, mine.map((files) => ({ ...request, files })), timeoutMs);
  });
  return {
    parts: runs.map((files, r) => ({ files, outcome: queues[r % dealt].outcomes[Math.floor(r / dealt)] })),
    workers: dealt,
    cancel: () => queues.forEach((queue) => queue.cancel()),
  };
}

/**
 * Joins the indexes of consecutive parts into one, in steps: the files one
 * after another, each part's search slots and section ordinals moved along
 * by the parts before it, and their search states merged. Parts that are not
 * neighbours (one between them failed) join just the same; the failed files
 * are indexed afterwards, in the host.
 */
export function* mergeWorkerIndexesInSteps(parts: readonly WorkerIndex[], pairsPerStep?: number): Generator<void, WorkerIndex> {
  if (parts.length === 0) throw new RangeError('no worker indexes to merge');
  if (parts.length === 1) return parts[0];
  const search = yield* mergeSearchStatesInSteps(
    parts.map((part) => part.snapshot.search),
    pairsPerStep,
  );
  const slotSections = new Int32Array(search.slotCount);
  let slot = 0;
  let ordinalBase = 0;
  for (const part of parts) {
    const { snapshot } = part;
    for (const ordinal of snapshot.slotSections) slotSections[slot++] = ordinal < 0 ? -1 : ordinal + ordinalBase;
    for (const file of snapshot.files) ordinalBase += file.sectionCount;
  }
  const snapshot: StoredSnapshot = {
    buildId: parts[0].snapshot.buildId,
    files: parts.flatMap((part) => part.snapshot.files),
    slotSections,
    search,
  };
  return {
    ok: true,
    snapshot,
    skipped: parts.flatMap((part) => part.skipped),
    log: parts.flatMap((part) => part.log),
    // The workers ran side by side: the job took as long as the slowest.
    workMs: Math.max(...parts.map((part) => part.workMs)),
  };
}
