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
    // them anew for each file (most of the suite's import time: docs/PERFORMANCE.md, "Detection's
    // keywords, read once"). No test mocks a module, stubs a global or changes process.env; the
    // sources keep caches that give what they would compute, the state of one engine run (set at
    // each run), and V8 flags of speed once a large file was read (src/engine/optimizing-budget.ts).
    isolate: false,
  },
});
