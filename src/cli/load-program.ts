import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Script } from 'node:vm';
import { smallRunBudget } from '../engine/optimizing-budget.js';
import { runBundle } from './run-bundle.js';

/**
 * The name of the code cache beside the program (set by scripts/build.mjs): it carries a hash of
 * the program it was made from, so that a cache of another build is never found.
 */
declare const SATISFY_CODE_CACHE: string;

// The loader of the program (dist/cli/main.js, which bin/satisfy.js imports). The program is one
// CommonJS bundle, dist/cli/satisfy.cjs (see scripts/build.mjs), compiled as a script with V8's
// code cache made by the build (see runBundle).
const bundle = fileURLToPath(new URL('./satisfy.cjs', import.meta.url));
let script: Script | null = null;

// V8's optimising compiler waits longer until a large file is read (see smallRunBudget).
smallRunBudget();

if (process.argv.includes('--verbose')) {
  // Loaded as a CommonJS module, whose stack traces Node maps to the TypeScript sources through the
  // bundle's source map (bin/satisfy.js turned them on); a script's would not be.
  createRequire(bundle)(bundle);
} else {
  script = runBundle(bundle, new URL(`./${SATISFY_CODE_CACHE}`, import.meta.url));
}

/** The code cache of the program as compiled so far (for scripts/write-code-cache.mjs, once the program has run). */
export function codeCache(): { name: string; data: Buffer } | null {
  return script === null ? null : { name: SATISFY_CODE_CACHE, data: script.createCachedData() };
}
