import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 hands it to its optimising compiler, TurboFan:
 * V8 11.3's (Node 20's) default, `--interrupt-budget` of 66 KiB.
 */
const DEFAULT_BUDGET = 66 * 1024;
/**
 * The budget of a run that has read no large file (see smallRunBudget): eight times the default.
 * A report of 1,000 responses runs most of its code a few hundred times and is then done with it,
 * and TurboFan compiled code that hardly ran again: 0.1 s of CPU (on the second core, and in the
 * garbage it left) and 20 to 25 ms of its wall time (docs/PERFORMANCE.md, "Start-up and the small
 * report").
 */
const SMALL_RUN_BUDGET = 8 * DEFAULT_BUDGET;

/**
 * Sets the budget of a small run: by the program's loader (src/cli/load-program.ts), before the
 * program is compiled with its code cache, which V8 takes only from the flags it was made with
 * (the build makes the cache through the same loader).
 */
export function smallRunBudget(): void {
  setFlagsFromString(`--interrupt-budget=${SMALL_RUN_BUDGET}`);
}

let large = false;

/**
 * Sets V8's default budget again, once a large file is to be read (its loops run millions of
 * times, and TurboFan's code, compiled sooner, pays): 1 to 2 % of the 1M bench export's wall time
 * on one thread, on two threads none measurable. Called before a worker thread is started, so that
 * every worker starts with the flags its code cache was made with (see scripts/build.mjs).
 */
export function largeRunBudget(): void {
  if (large) return;
  large = true;
  setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
}
