#!/usr/bin/env node
// Part of `npm run build`: bundles the program (src/cli/main.ts) and the worker thread of --threads
// (src/engine/piece-worker.ts) with their dependencies into dist/cli/ (main.js, piece-worker.js),
// code they share in chunks beside them. Types are checked by `npm run typecheck`, not here.
//
// Why a bundle: Node resolves, reads and compiles each module file on its own, and satisfy's
// modules with commander and stdlib's distributions are several hundred files. Loading them took
// 0.34 s of every run and of every worker thread's start (measured on the 1M bench export).
//
// The chunks stay in dist/cli/, beside the entries, because the code finds package.json, the
// schemas (dist/schema/) and the worker's entry relative to its own file (import.meta.url).
// vega and vega-lite, loaded only for --format html, and exceljs and sav-reader, loaded only to
// read a workbook or an SPSS file, stay in node_modules, as does Ajv, which the
// code loads with createRequire when a config or baseline is read.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });
await build({
  // Named, so that both land in dist/cli/ whatever folders their sources are in: the pool starts
  // the worker from beside its own chunk.
  entryPoints: { main: 'src/cli/main.ts', 'piece-worker': 'src/engine/piece-worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vega', 'vega-lite', 'exceljs', 'sav-reader'],
  // CommonJS dependencies that require Node's own modules need a real `require` in an ES module.
  banner: { js: "import { createRequire as __satisfyRequire } from 'node:module';\nconst require = __satisfyRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
