import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-line-reporter.ts'],
    // CLI tests spawn the built program; give a slow CI runner room.
    testTimeout: 30_000,
    // Two files at once on a 2-core runner (vitest's default is one fewer than the cores): a CLI
    // test waits for the program it spawned, so one file at a time left a core idle, and the suite
    // took 16 minutes of CI's 15 on a machine 20 % slower than the day before.
    maxWorkers: 2,
    // Each worker keeps the modules it imported from one test file to the next, instead of importing
    // them anew for each of the 152 files: importing took 155 s of CI's 13 minutes, summed over the
    // files (tests/survey, text, input and analysis: 194 → 143 s, import 64 → 16 s). No test mocks a
    // module, stubs a global or changes process.env, and the sources' module state is caches that
    // give what they would compute and the state of one engine run, set at each run.
    isolate: false,
  },
});
