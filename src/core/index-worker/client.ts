/**
 * Runs one index request in a worker thread and hands back what it built,
 * checked and decoded, or why the host must index the files itself. Never
 * throws and never rejects: a worker that cannot start, crashes, exits early
 * or sends something malformed becomes a `fallback` with one reason.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { decodeSnapshotParts, type StoredSnapshot } from '../index-snapshot';
import { isWorkerResult, type WorkerLogLine, type WorkerRequest } from './protocol';

/** The worker's index, ready to be restored like a saved index. */
export interface WorkerIndex {
  ok: true;
  snapshot: StoredSnapshot;
  /** Requested files left out on purpose, each with a line in `log`. */
  skipped: string[];
  log: WorkerLogLine[];
  /** The worker's own time on the job. */
  workMs: number;
}

/** The worker gave nothing usable; the host indexes the files itself. */
export interface WorkerFallback {
  ok: false;
  reason: string;
}

export type WorkerOutcome = WorkerIndex | WorkerFallback;

/** One request under way in its own worker thread. */
export interface WorkerRun {
  readonly outcome: Promise<WorkerOutcome>;
  /** Stops the worker; the outcome becomes a fallback (nobody should still want it). */
  cancel(): void;
}

/**
 * How long a worker may take before the host gives up on it and indexes the
 * files itself: far beyond the ~5 s a 50,000-section folder takes, so only a
 * worker that hangs (a loop, a starved thread) ever reaches it.
 */
export const WORKER_TIMEOUT_MS = 120_000;

/**
 * Starts a worker from `script` (the bundled dist/index-worker.js, or the
 * compiled worker-main.js in tests) and sends it `request`.
 */
export function runIndexWorker(script: string, request: WorkerRequest, timeoutMs = WORKER_TIMEOUT_MS): WorkerRun {
  let settle!: (outcome: WorkerOutcome) => void;
  const outcome = new Promise<WorkerOutcome>((resolve) => (settle = resolve));
  let worker: Worker | undefined;
  let settled = false;
  const deadline: { timer?: ReturnType<typeof setTimeout> } = {};
  const finish = (result: WorkerOutcome) => {
    if (settled) return;
    settled = true;
    if (deadline.timer) clearTimeout(deadline.timer);
    settle(result);
    // One request per worker: its memory goes back as soon as the answer is in.
    void worker?.terminate().catch(() => undefined);
  };
  if (!existsSync(script)) {
    finish({ ok: false, reason: `the index worker ${script} is missing` });
    return { outcome, cancel: () => undefined };
  }
  try {
    worker = new Worker(script);
  } catch (error) {
    finish({ ok: false, reason: `the index worker could not start (${describe(error)})` });
    return { outcome, cancel: () => undefined };
  }
  // A worker that never answers would leave the first index unfinished for good.
  deadline.timer = setTimeout(() => finish({ ok: false, reason: `the index worker did not answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
  deadline.timer.unref?.();
  worker.on('message', (message: unknown) => finish(readResult(message, request)));
  worker.on('error', (error) => finish({ ok: false, reason: `the index worker failed (${describe(error)})` }));
  worker.on('messageerror', (error) => finish({ ok: false, reason: `the index worker's answer could not be read (${describe(error)})` }));
  worker.on('exit', (code) => finish({ ok: false, reason: `the index worker stopped (exit code ${code}) before it answered` }));
  try {
    worker.postMessage(request);
  } catch (error) {
    finish({ ok: false, reason: `the index worker could not be sent the files (${describe(error)})` });
  }
  return { outcome, cancel: () => finish({ ok: false, reason: 'cancelled' }) };
}

/**
 * Checks and decodes the worker's answer: it must be a result, decode as a
 * snapshot for this request, and account for every requested file exactly
 * once (indexed or skipped), with no file that was not asked for.
 */
export function readResult(message: unknown, request: WorkerRequest): WorkerOutcome {
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'failure') {
    return { ok: false, reason: `the index worker failed (${String((message as { message?: unknown }).message)})` };
  }
  if (!isWorkerResult(message)) return { ok: false, reason: 'the index worker sent a malformed answer' };
  const decoded = decodeSnapshotParts(message.head, message.strings, request.buildId);
  if ('error' in decoded) return { ok: false, reason: `the index worker's answer ${decoded.error}` };
  const expected = new Map(request.files.map((file) => [file.path, file]));
  const seen = new Set<string>();
  for (const file of decoded.snapshot.files) {
    const asked = expected.get(file.path);
    if (!asked || asked.label !== file.label || asked.origin !== file.origin || seen.has(file.path)) {
      return { ok: false, reason: `the index worker's answer holds a file it was not asked for (${file.path})` };
    }
    seen.add(file.path);
  }
  for (const path of message.skipped) {
    if (!expected.has(path) || seen.has(path)) return { ok: false, reason: `the index worker's answer skips a file it was not asked for (${path})` };
    seen.add(path);
  }
  if (seen.size !== expected.size) return { ok: false, reason: `the index worker's answer lacks ${expected.size - seen.size} of the files` };
  return { ok: true, snapshot: decoded.snapshot, skipped: message.skipped, log: message.log, workMs: message.workMs };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
