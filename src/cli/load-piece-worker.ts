import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { runBundle } from './run-bundle.js';

/** The name of the worker's code cache beside it (set by scripts/build.mjs, with a hash of the worker's bundle). */
declare const SATISFY_WORKER_CODE_CACHE: string;

// The loader of a worker thread of --threads (dist/cli/piece-worker.js, which PiecePool starts):
// the worker is a CommonJS bundle of its own, dist/cli/piece-worker.cjs (src/engine/piece-worker.ts),
// compiled with its code cache as the program is (see runBundle). As an ES module with chunks,
// compiled anew by every worker, it took some 50 ms of each worker's start.
const cache = new URL(`./${SATISFY_WORKER_CODE_CACHE}`, import.meta.url);
const script = runBundle(fileURLToPath(new URL('./piece-worker.cjs', import.meta.url)), cache);

// The build (scripts/write-code-cache.mjs) runs a report on two threads with this set: before the
// worker sends each result, the cache of what it compiled so far is written, so that the last
// result the program waits for comes after the cache of a whole group's work.
if (process.env.SATISFY_WRITE_WORKER_CACHE === '1' && parentPort !== null) {
  const port = parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (message: unknown, transfer?: Parameters<typeof post>[1]) => {
    const path = fileURLToPath(cache);
    writeFileSync(`${path}.${process.pid}.tmp`, script.createCachedData());
    renameSync(`${path}.${process.pid}.tmp`, path);
    post(message, transfer);
  };
}
