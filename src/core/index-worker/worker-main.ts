/**
 * The index worker's entry point (bundled as dist/index-worker.js): answers
 * each request from the host with the index of its files, the encoded
 * buffers transferred rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { indexFiles } from './index-files';
import type { WorkerFailure, WorkerRequest } from './protocol';

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const result = indexFiles(request);
    parentPort!.postMessage(result, [result.head.buffer as ArrayBuffer, result.strings.buffer as ArrayBuffer]);
  } catch (error) {
    const failure: WorkerFailure = { type: 'failure', message: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage(failure);
  }
});
