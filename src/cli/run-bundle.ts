import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * Compiles one of the build's CommonJS bundles (dist/cli/satisfy.cjs, the program, or
 * dist/cli/piece-worker.cjs, the worker thread of --threads; see scripts/build.mjs) as a script
 * with V8's code cache made by the build, and runs it. V8 then reads the bytecode of the code a
 * report runs instead of parsing the bundle and compiling each function the first time it is
 * called (Node 20 has no code cache for ES modules). A cache that this Node's V8 or flags did not
 * make is rejected by V8, and the bundle is compiled as any other; no cache (a build that could not
 * run the program) is the same. The cache changes how fast the bundle starts, never what it does.
 * Returns the script, whose createCachedData() is the cache of what it compiled so far.
 */
export function runBundle(bundle: string, cache: URL): Script {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cache);
  } catch {
    // No cache: compiled as any script.
  }
  // Read as Latin-1, the fastest: the build made every character of it ASCII. The wrapper of a
  // CommonJS module, and the import() of this module for the bundle's imports of
  // vega, exceljs ... (see scripts/build.mjs): a script with a code cache cannot import() in Node 20.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __loaderImport) {${readFileSync(bundle, 'latin1')}\n})`, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle), (name: string) => import(name));
  return script;
}
