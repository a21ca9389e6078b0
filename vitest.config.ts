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
  },
});
