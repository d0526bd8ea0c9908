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
  const queue = runIndexWorkerQueue(script, [request], timeoutMs);
  return { outcome: queue.outcomes[0], cancel: queue.cancel };
}

/** Several requests under way, one after another, in one worker thread. */
export interface WorkerQueueRun {
  /** One outcome per request, in order, each settling as soon as its answer is in (or the worker fails). */
  readonly outcomes: Promise<WorkerOutcome>[];
  /** Stops the worker; every outcome still pending becomes a fallback. */
  cancel(): void;
}

/**
 * Starts one worker and sends it every request at once; it answers them in
 * order, so the host can install the first answers while the worker works
 * on the rest. A worker that fails leaves the answers it gave as they were;
 * the requests it had not answered become fallbacks with the reason.
 */
export function runIndexWorkerQueue(script: string, requests: readonly WorkerRequest[], timeoutMs = WORKER_TIMEOUT_MS): WorkerQueueRun {
  const settlers: ((outcome: WorkerOutcome) => void)[] = [];
  const outcomes = requests.map(() => new Promise<WorkerOutcome>((resolve) => settlers.push(resolve)));
  let worker: Worker | undefined;
  let answered = 0;
  let stopped = false;
  const deadline: { timer?: ReturnType<typeof setTimeout> } = {};
  const stop = () => {
    stopped = true;
    if (deadline.timer) clearTimeout(deadline.timer);
    // Its requests answered (or given up on), the worker's memory goes back at once.
    void worker?.terminate().catch(() => undefined);
  };
  /** Settles every request not yet answered with the same fallback. */
  const failRest = (outcome: WorkerOutcome) => {
    if (stopped) return;
    while (answered < requests.length) settlers[answered++](outcome);
    stop();
  };
  const answer = (message: unknown) => {
    if (stopped) return;
    const outcome = readResult(message, requests[answered]);
    settlers[answered++](outcome);
    // A worker that reported a failure of its own (one run it could not index) goes on with the next; one whose
    // answer is unusable is not trusted with the rest.
    if (!outcome.ok && !isReportedFailure(message)) failRest(outcome);
    else if (answered === requests.length) stop();
  };
  if (requests.length === 0) return { outcomes, cancel: () => undefined };
  if (!existsSync(script)) {
    failRest({ ok: false, reason: `the index worker ${script} is missing` });
    return { outcomes, cancel: () => undefined };
  }
  try {
    worker = new Worker(script);
  } catch (error) {
    failRest({ ok: false, reason: `the index worker could not start (${describe(error)})` });
    return { outcomes, cancel: () => undefined };
  }
  // A worker that never answers would leave the first index unfinished for good.
  deadline.timer = setTimeout(() => failRest({ ok: false, reason: `the index worker did not answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs);
  deadline.timer.unref?.();
  worker.on('message', answer);
  worker.on('error', (error) => failRest({ ok: false, reason: `the index worker failed (${describe(error)})` }));
  worker.on('messageerror', (error) => failRest({ ok: false, reason: `the index worker's answer could not be read (${describe(error)})` }));
  worker.on('exit', (code) => failRest({ ok: false, reason: `the index worker stopped (exit code ${code}) before it answered` }));
  try {
    for (const request of requests) worker.postMessage(request);
  } catch (error) {
    failRest({ ok: false, reason: `the index worker could not be sent the files (${describe(error)})` });
  }
  return { outcomes, cancel: () => failRest({ ok: false, reason: 'cancelled' }) };
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
  const decoded = decodeSnapshotParts(message, request.buildId);
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

function isReportedFailure(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'failure';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
