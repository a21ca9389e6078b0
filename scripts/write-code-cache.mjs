#!/usr/bin/env node
// Part of `npm run build` (scripts/build.mjs): runs the program once with the arguments given and,
// as it exits, writes V8's code cache of what it compiled beside it (dist/cli/satisfy-<hash>.cache),
// which the loader (src/cli/load-program.ts) gives V8 at every later start. With
// SATISFY_WRITE_WORKER_CACHE=1 (and --threads), the worker threads write theirs instead
// (dist/cli/piece-worker-<hash>.cache, see src/cli/load-piece-worker.ts), and the program's is not written.
import { writeFileSync } from 'node:fs';

const loader = await import('../dist/cli/main.js');
if (process.env.SATISFY_WRITE_WORKER_CACHE !== '1') {
  process.on('exit', () => {
    const cache = loader.codeCache();
    if (cache !== null) writeFileSync(new URL(`../dist/cli/${cache.name}`, import.meta.url), cache.data);
  });
}
