/**
 * The first index of a folder as the extension host feels it: in the host
 * (parse, tag and tokenise there, handing the event loop back every 8 ms, as
 * the loader did before the worker) or through the index worker (the host
 * walks the folder, waits, then installs the worker's result through the
 * saved-index restore path). Each run reports the longest event-loop block of
 * the host, the host's busy time (event-loop utilisation: the time it could
 * not answer anyone else), the whole process's CPU time, and the wall time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { contentKey } from '../src/core/analysed-notes';
import { ServiceCatalog } from '../src/core/catalog';
import { decodeNote } from '../src/core/decode-note';
import * as os from 'node:os';
import type { WorkerIndex } from '../src/core/index-worker/client';
import { mergeWorkerIndexesInSteps, runIndexWorkers } from '../src/core/index-worker/parallel';
import { NoteIndex } from '../src/core/note-index';
import { NoteFileReader, scanNotesFolder } from '../src/core/notes-scanner';
import { parseNotes } from '../src/core/parser';
import { SearchEngine } from '../src/core/search';
import { runInSlices, yieldToTimers } from '../src/event-loop';
import type { NoteSection } from '../src/core/types';

/** As the loader and the search quick pick: hand-backs every 8 ms, search built 400 sections at a time. */
const YIELD_EVERY_MS = 8;
const SEARCH_SLICE = 400;
/** As the loader installs the workers' index: hand-backs every 4 ms, postings joined and restored in small steps. */
const INSTALL_SLICE_MS = 4;
const MERGE_PAIRS_PER_STEP = 1 << 14;
const RESTORE_ITEMS_PER_STEP = 1 << 13;

/** One first index, measured in a process of its own. */
export interface FirstIndexResult {
  mode: 'host' | 'worker';
  sections: number;
  wallMs: number;
  /** Time the host's event loop was busy (not waiting): what other extensions waited behind. */
  hostBusyMs: number;
  /** The longest stretch the host's event loop was blocked, from a 1 ms timer's delays. */
  longestBlockMs: number;
  /** User + system CPU of the whole process, the worker thread and the garbage collector included. */
  processCpuMs: number;
  /** The slowest worker's own time on the job (worker mode only). */
  workerMs: number;
  /** How many worker threads shared the job (worker mode only). */
  workers: number;
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Indexes the folder of `.md` notes in `dir` one way, measuring what the host feels. */
export async function measureFirstIndex(dir: string, mode: 'host' | 'worker', workerScript: string): Promise<FirstIndexResult> {
  const catalog = new ServiceCatalog();
  catalog.findMentions('S3');
  // Warm the timer and the histogram before anything is measured.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const delays = monitorEventLoopDelay({ resolution: 1 });
  delays.enable();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const started = performance.now();

  const scanned = await scanNotesFolder(dir, { include: ['**/*.{md,markdown,txt}'], exclude: [], maxFileBytes: Infinity }, () => undefined);
  const files = scanned.map((file) => ({ path: file.path, label: path.relative(dir, file.path), origin: 'user' as const }));
  const index = new NoteIndex(catalog, parseNotes);
  let engine: SearchEngine;
  let workerMs = 0;
  let workers = 0;
  let lastYield = performance.now();
  let sliceMs = YIELD_EVERY_MS;
  const maybeYield = async () => {
    if (performance.now() - lastYield >= sliceMs) {
      await yieldNow();
      lastYield = performance.now();
    }
  };
  if (mode === 'host') {
    const reader = new NoteFileReader(4);
    for (const file of files) {
      const read = await reader.withBytes(file.path, (bytes) => {
        contentKey(bytes);
        return decodeNote(bytes);
      });
      if ('error' in read || !read.value.ok) throw new Error(`${file.path} could not be read`);
      index.setFile(file.path, read.value.text, file.origin, file.label);
      await maybeYield();
    }
    engine = new SearchEngine(catalog);
    const pending = index.allSections();
    for (let at = 0; at < pending.length; at += SEARCH_SLICE) {
      engine.addSections(pending.slice(at, at + SEARCH_SLICE));
      await yieldNow();
    }
  } else {
    // As the loader: the files shared between the machine's cores, each worker's answer checked as it comes.
    const sizes = new Map(scanned.map((file) => [file.path, file.size]));
    const run = runIndexWorkers(
      workerScript,
      { type: 'index', buildId: 'bench-worker', files, maxFileBytes: Infinity },
      (file) => sizes.get(file.path) ?? 0,
      os.availableParallelism(),
    );
    workers = run.workers;
    // As the loader: each run installed, in file order, as soon as its worker answers for it.
    sliceMs = INSTALL_SLICE_MS;
    const parts: WorkerIndex[] = [];
    const byOrdinal: NoteSection[] = [];
    for (const part of run.parts) {
      const outcome = await part.outcome;
      if (!outcome.ok) throw new Error(`index worker: ${outcome.reason}`);
      parts.push(outcome);
      workerMs += outcome.workMs / run.workers;
      // As the loader: a hand-back that runs the timers before the install's first slice.
      await yieldToTimers();
      lastYield = performance.now();
      for (const stored of outcome.snapshot.files) {
        await maybeYield();
        byOrdinal.push(...index.setStoredFile(stored.path, stored, stored.origin, stored.label));
      }
    }
    // As the loader: the answers joined, handing the event loop back every few milliseconds.
    const outcome = await runInSlices(mergeWorkerIndexesInSteps(parts, MERGE_PAIRS_PER_STEP), sliceMs);
    // As the loader: the search postings restored in steps, with the same hand-backs.
    engine = await runInSlices(
      SearchEngine.restoreInSteps(catalog, outcome.snapshot.search, Array.from(outcome.snapshot.slotSections, (ordinal) => byOrdinal[ordinal]), RESTORE_ITEMS_PER_STEP),
      sliceMs,
    );
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  delays.disable();
  if (engine.size !== index.stats().sections) throw new Error('the engine lacks sections');
  return {
    mode,
    sections: index.stats().sections,
    wallMs,
    hostBusyMs: elu.active,
    longestBlockMs: delays.max / 1e6,
    processCpuMs: (cpu.user + cpu.system) / 1000,
    workerMs,
    workers,
  };
}

/** The worker bundle the extension ships; `npm run build` makes it. */
export function workerScript(root: string): string {
  const script = path.join(root, 'dist', 'index-worker.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing; run npm run build`);
  return script;
}

/** The first-index budgets at 10k sections (issue 19). */
export const FIRST_INDEX_BUDGETS = {
  /** The longest block of the host's event loop while the worker indexes. */
  longestBlockMs: 20,
  /** The host's busy time through the worker, as a share of indexing in the host. */
  hostBusyShare: 0.25,
  /** The first index's wall time through the worker, as a multiple of the read+split floor. */
  wallToFloor: 15,
};

/** What a scale's row needs. */
interface ScaleFirstIndex {
  scale: number;
  sections: number;
  floorMs: number;
  firstIndex: { host: FirstIndexResult; worker: FirstIndexResult };
}

/** The first index in the host and through the worker, side by side. */
export function firstIndexTable(rows: readonly ScaleFirstIndex[]): string {
  const header = ['sections', 'way', 'wall ms', 'x floor', 'host busy ms', 'host busy %', 'longest block ms', 'worker ms', 'process CPU ms'];
  const cells = rows.flatMap((r) =>
    (['host', 'worker'] as const).map((mode) => {
      const m = r.firstIndex[mode];
      return [
        String(r.sections),
        mode === 'host' ? 'in the host' : m.workers === 1 ? 'worker' : `${m.workers} workers`,
        m.wallMs.toFixed(0),
        (m.wallMs / r.floorMs).toFixed(1),
        m.hostBusyMs.toFixed(0),
        ((100 * m.hostBusyMs) / r.firstIndex.host.hostBusyMs).toFixed(0),
        m.longestBlockMs.toFixed(1),
        mode === 'worker' ? m.workerMs.toFixed(0) : '-',
        m.processCpuMs.toFixed(0),
      ];
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padStart(widths[i])).join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

/** The first-index budgets a 10k row misses, as sentences. */
export function firstIndexBudgetFailures(r: ScaleFirstIndex): string[] {
  const { host, worker } = r.firstIndex;
  const failures: string[] = [];
  if (worker.longestBlockMs > FIRST_INDEX_BUDGETS.longestBlockMs) {
    failures.push(`the longest host block during a first index at ${r.scale} is ${worker.longestBlockMs.toFixed(1)} ms (budget ${FIRST_INDEX_BUDGETS.longestBlockMs} ms)`);
  }
  if (worker.hostBusyMs > FIRST_INDEX_BUDGETS.hostBusyShare * host.hostBusyMs) {
    failures.push(
      `the host is busy ${worker.hostBusyMs.toFixed(0)} ms during a first index at ${r.scale}, ${((100 * worker.hostBusyMs) / host.hostBusyMs).toFixed(0)}% of indexing in the host (budget ${100 * FIRST_INDEX_BUDGETS.hostBusyShare}%)`,
    );
  }
  if (worker.wallMs > FIRST_INDEX_BUDGETS.wallToFloor * r.floorMs) {
    failures.push(`the first index at ${r.scale} takes ${(worker.wallMs / r.floorMs).toFixed(1)}x the floor (budget ${FIRST_INDEX_BUDGETS.wallToFloor}x)`);
  }
  return failures;
}
