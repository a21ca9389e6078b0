import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** What tests/reference/r_reference.R records of psych::alpha for one data set. */
export interface AlphaReference {
  n: number;
  raw: number;
  standardized: number;
  feldtLow: number;
  feldtHigh: number;
  ifDropped: number[] | Record<string, never>;
  itemTotal: number[];
  items?: number[][];
}

/** Reads a JSON file of recorded reference values from tests/reference/. */
export function readReference<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), 'utf8')) as T;
}

/**
 * Asserts |actual − expected| ≤ tolerance · max(1, |expected|): 1e-9 where the formula is closed,
 * 1e-6 where a distribution's quantile is involved.
 */
export function expectClose(actual: number | null | undefined, expected: number, tolerance: number, what = ''): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).toBeDefined();
  const error = Math.abs((actual as number) - expected) / Math.max(1, Math.abs(expected));
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
