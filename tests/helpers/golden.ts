import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-cli.js';

/**
 * Compares output with a golden file in tests/golden/. With UPDATE_GOLDEN=1 it writes the file
 * instead: read the diff before committing it.
 */
export function expectGolden(actual: string, name: string): void {
  const path = join(ROOT, 'tests/golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
