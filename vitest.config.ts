import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-line-reporter.ts'],
    // CLI tests spawn the built program; give a slow CI runner room.
    testTimeout: 30_000,
  },
});
