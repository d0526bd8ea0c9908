/**
 * The index worker's entry point (bundled as dist/index-worker.js): answers
 * each request from the host, in order, with the index of its files, the
 * encoded buffers transferred rather than copied. The catalog is built once,
 * while the host is still sending the first request.
 */
import { parentPort } from 'node:worker_threads';
import { ServiceCatalog } from '../catalog';
import { indexFiles } from './index-files';
import type { WorkerFailure, WorkerRequest } from './protocol';

const catalog = new ServiceCatalog();

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const result = indexFiles(request, undefined, catalog);
    parentPort!.postMessage(result, [result.head.buffer as ArrayBuffer, result.strings.buffer as ArrayBuffer, result.bodies.buffer as ArrayBuffer]);
  } catch (error) {
    const failure: WorkerFailure = { type: 'failure', message: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage(failure);
  }
});
