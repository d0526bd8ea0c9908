/**
 * The messages between the extension host and the index worker. The worker
 * answers one request with one result: the index of the files it was given,
 * encoded in the saved-index format (`index-snapshot.ts`) as three buffers
 * (arrays, strings, bodies) that are transferred, not cloned, plus the lines
 * the host should log.
 */
import type { NoteOrigin } from '../types';

/** One file for the worker to read, decode, parse, tag and tokenise. */
export interface WorkerFile {
  path: string;
  label: string;
  origin: NoteOrigin;
}

/** What the host asks of the worker. */
export interface WorkerRequest {
  type: 'index';
  /** Tags the encoded result, so the host never mistakes another request's bytes (or a saved index) for it. */
  buildId: string;
  files: WorkerFile[];
  /** Files larger than this are skipped with a log line, as in the host. */
  maxFileBytes: number;
}

/** A line for the "AWS Notes" log, about one file. */
export interface WorkerLogLine {
  level: 'info' | 'warn' | 'error';
  path: string;
  message: string;
}

/** What the worker answers. */
export interface WorkerResult {
  type: 'result';
  /**
   * The index of every file that could be indexed, in the order given, with search postings, in the saved-index
   * format (see `SnapshotWriter.finishParts`), in three parts: header and arrays, strings, bodies.
   */
  head: Uint8Array;
  strings: Uint8Array;
  bodies: Uint8Array;
  /** Files that were read and are, on purpose, not in the index (unreadable, too large, binary); each has a log line. */
  skipped: string[];
  log: WorkerLogLine[];
  /** The worker's own time on the job. */
  workMs: number;
}

/** The worker failed on the request as a whole. */
export interface WorkerFailure {
  type: 'failure';
  message: string;
}

/** Checks a message from the worker thoroughly enough that the host may read it without throwing. */
export function isWorkerResult(message: unknown): message is WorkerResult {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<WorkerResult>;
  return (
    m.type === 'result' &&
    m.head instanceof Uint8Array &&
    m.strings instanceof Uint8Array &&
    m.bodies instanceof Uint8Array &&
    Array.isArray(m.skipped) &&
    m.skipped.every((p) => typeof p === 'string') &&
    Array.isArray(m.log) &&
    m.log.every((line) => typeof line === 'object' && line !== null && typeof line.path === 'string' && typeof line.message === 'string' && ['info', 'warn', 'error'].includes(line.level)) &&
    typeof m.workMs === 'number'
  );
}
