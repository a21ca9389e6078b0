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

/** Asserts two JSON values are equal, numbers to 1e-9 relative: merged accumulators add in another order than a stream. */
export function expectSameJson(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) expectSameJson((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}
