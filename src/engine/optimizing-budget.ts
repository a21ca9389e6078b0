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

/**
 * The budget of a large run on worker threads too (see largeRunBudget): four times the default.
 * There every core reads rows, and TurboFan's threads take their time from them: with V8's default
 * budget they used 0.36 s of CPU in a two-thread report of the 1M bench export without its comments
 * and 0.59 s with them. Waiting four times longer, code that runs less is left to the interpreter:
 * that report took 1.230 → 1.162 s (CPU 2.26 → 2.11 s), twice or eight times longer measured
 * between (docs/PERFORMANCE.md, "Comments, thread by thread").
 */
const SHARED_CORES_BUDGET = 4 * DEFAULT_BUDGET;

let large = false;

/**
 * Sets the budget of a run that reads a large file (its loops run millions of times, and
 * TurboFan's code, compiled sooner, pays): V8's default on one thread, where the optimising
 * compiler has a core to itself (against the small run's budget 1 to 2 % of the 1M bench export's
 * wall time on the Intel machine; on the AMD one, four times the default was faster with comments
 * and slower without: docs/PERFORMANCE.md); SHARED_CORES_BUDGET with worker threads (`threads` >
 * 1). Called before a worker thread is started, so that every worker starts with the flags its
 * code cache was made with (scripts/build.mjs makes it on two threads, a run with workers has the
 * same flags whatever their number and the machine's cores).
 */
export function largeRunBudget(threads: number): void {
  if (large) return;
  large = true;
  setFlagsFromString(`--interrupt-budget=${threads > 1 ? SHARED_CORES_BUDGET : DEFAULT_BUDGET}`);
}

/**
 * Keeps V8's young generation at the size it has (`--semi-space-growth-factor` 1): every heap of
 * the process, until V8 makes a new one (a worker's). V8 doubles the young generation as objects
 * survive it, up to 2 × 16 MiB on 64-bit Node 20, and a report's rows keep almost nothing from one
 * to the next: a larger young generation was resident memory that bought no speed. Measured on the
 * bench exports (one thread, `--by Region --period week`): peak RSS 93 → 82 MiB at 1M responses and
 * 125 → 94 MiB at 10M, the 1M report 1.146 against 1.149 s (7 alternated runs; docs/PERFORMANCE.md,
 * "The young generation held").
 *
 * The factor is the process's, and V8 sets it back to its default whenever it makes a heap, so a
 * worker's start undoes it. With worker threads it is set once this thread has read a file's first
 * group (analyzeInGroups), after the workers' heaps are made, at the size this thread's young
 * generation grew to for it (2 × 8 MiB on the 1M bench export): held from the header, at 2 × 2 MiB,
 * it cost 1.6 % of a two-thread report; held from there, the 1M report on two threads peaked at
 * 130-133 instead of 131-149 MiB (median 147), this thread collecting its young generation 34-36
 * times instead of 30-32, in about as long (docs/PERFORMANCE.md, "This thread's young generation
 * held on two threads"). The workers' heaps, made by then, are held as well, and stay held for the
 * process's further files; a worker started later (another analysis) sets the factor back, and
 * its analysis holds it again. A file whose first group is small (SATISFY_PIECE_BYTES) holds it
 * smaller.
 */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
