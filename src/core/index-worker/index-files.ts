/**
 * The work the index worker does, as a plain function so it can be tested
 * without a thread: read each file, decode it, parse and tag it with the same
 * `NoteIndex` the host uses, tokenise it with the same `SearchEngine`, and
 * encode the result in the saved-index format. The host restores that result
 * exactly as it restores a saved index.
 */
import { readFileSync } from 'node:fs';
import { contentKey } from '../analysed-notes';
import { ServiceCatalog } from '../catalog';
import { decodeNote } from '../decode-note';
import { SnapshotWriter } from '../index-snapshot';
import { NoteIndex } from '../note-index';
import { parseNotes } from '../parser';
import { SearchEngine } from '../search';
import type { WorkerLogLine, WorkerRequest, WorkerResult } from './protocol';

/** Reads a file's bytes; replaceable in tests. */
export type ReadBytes = (path: string) => Uint8Array;

/** Indexes the request's files; never throws for one bad file (it becomes a log line and is skipped). */
export function indexFiles(request: WorkerRequest, readBytes: ReadBytes = readFileSync, catalog = new ServiceCatalog()): WorkerResult {
  const started = performance.now();
  const index = new NoteIndex(catalog, parseNotes);
  const keys = new Map<string, string>();
  const log: WorkerLogLine[] = [];
  const skipped: string[] = [];
  for (const file of request.files) {
    let bytes: Uint8Array;
    try {
      bytes = readBytes(file.path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      log.push({ level: 'warn', path: file.path, message: `is unreadable (${reason}); skipped` });
      skipped.push(file.path);
      continue;
    }
    // The same checks, in the same order and words, as the host's own reading of a file.
    if (bytes.length > request.maxFileBytes) {
      log.push({ level: 'warn', path: file.path, message: 'is over the awsNotes.maxFileSizeMB limit; skipped' });
      skipped.push(file.path);
      continue;
    }
    const key = contentKey(bytes);
    const decoded = decodeNote(bytes);
    if (!decoded.ok) {
      log.push({ level: 'warn', path: file.path, message: decoded.reason });
      skipped.push(file.path);
      continue;
    }
    for (const remark of decoded.remarks) log.push({ level: 'info', path: file.path, message: remark });
    try {
      index.setFile(file.path, decoded.text, file.origin, file.label);
      keys.set(file.path, key);
    } catch (error) {
      log.push({ level: 'error', path: file.path, message: `could not be parsed (${error instanceof Error ? error.message : String(error)}); skipped` });
      index.removeFile(file.path);
      skipped.push(file.path);
    }
  }
  const engine = new SearchEngine(catalog);
  engine.addSections(index.allSections());
  const writer = new SnapshotWriter(request.buildId);
  for (const file of index.files()) {
    writer.addFile({ path: file.path, label: file.label, origin: file.origin, key: keys.get(file.path)!, sections: index.exportFile(file.path)! });
  }
  const { state, sectionIds } = engine.exportState();
  // Three fresh buffers, transferred whole: the host's search keeps views of the arrays, the strings' bytes go once
  // decoded, and the bodies' bytes stay until their sections' bodies have been read.
  const parts = writer.finishParts(state, sectionIds);
  return { type: 'result', head: parts.head, strings: parts.strings, bodies: parts.bodies, skipped, log, workMs: performance.now() - started };
}
