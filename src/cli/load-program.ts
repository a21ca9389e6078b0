import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * The name of the code cache beside the program (set by scripts/build.mjs): it carries a hash of
 * the program it was made from, so that a cache of another build is never found.
 */
declare const SATISFY_CODE_CACHE: string;

// The loader of the program (dist/cli/main.js, which bin/satisfy.js imports). The program is one
// CommonJS bundle, dist/cli/satisfy.cjs (see scripts/build.mjs), compiled here as a script with
// V8's code cache made by the build: V8 then reads the bytecode of the code a report runs instead
// of parsing 2 MB and compiling each function the first time it is called (Node 20 has no code
// cache for ES modules). A cache that this Node's V8 or flags did not make is rejected by V8,
// and the program is compiled as any other; the cache changes how fast it starts, never what it does.
const bundle = fileURLToPath(new URL('./satisfy.cjs', import.meta.url));
const requireHere = createRequire(bundle);
let script: Script | null = null;

if (process.argv.includes('--verbose')) {
  // Loaded as a CommonJS module, whose stack traces Node maps to the TypeScript sources through the
  // bundle's source map (bin/satisfy.js turned them on); a script's would not be.
  requireHere(bundle);
} else {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(new URL(`./${SATISFY_CODE_CACHE}`, import.meta.url));
  } catch {
    // No cache (a build that could not run the program): compiled as any script.
  }
  // Read as Latin-1, the fastest: the build made every character of it ASCII. The wrapper of a
  // CommonJS module, and the import() of this module for the bundle's imports of
  // vega, exceljs ... (see scripts/build.mjs): a script with a code cache cannot import() in Node 20.
  script = new Script(`(function (exports, require, module, __filename, __dirname, __loaderImport) {${readFileSync(bundle, 'latin1')}\n})`, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, requireHere, module, bundle, dirname(bundle), (name: string) => import(name));
}

/** The code cache of the program as compiled so far (for scripts/write-code-cache.mjs, once the program has run). */
export function codeCache(): { name: string; data: Buffer } | null {
  return script === null ? null : { name: SATISFY_CODE_CACHE, data: script.createCachedData() };
}
