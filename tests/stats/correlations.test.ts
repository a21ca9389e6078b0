import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterCorrelations } from '../../src/stats/cluster-correlations.js';
import { meanCorrelation, pairwiseCorrelation } from '../../src/stats/pairwise-correlation.js';

// Computed by tests/reference/pairwise_correlation_reference.py (scipy.stats.pearsonr on the rows where both are answered).
const reference = JSON.parse(readFileSync(new URL('../reference/pairwise-correlation-reference.json', import.meta.url), 'utf8')) as Array<{ a: Array<number | null>; b: Array<number | null>; pairs: number; r: number }>;
const nan = (values: Array<number | null>) => values.map((v) => v ?? Number.NaN);

describe('pairwiseCorrelation against SciPy', () => {
  it.each(reference.map((c) => [c.pairs, c]))('r over the %i rows with both answers', (_pairs, c) => {
    expect(pairwiseCorrelation(nan(c.a), nan(c.b), 10)).toBeCloseTo(c.r, 12);
  });

  it('is 0 with fewer rows than asked, and for a variable with no spread', () => {
    const c = reference[0] as (typeof reference)[number];
    expect(pairwiseCorrelation(nan(c.a), nan(c.b), c.pairs + 1)).toBe(0);
    expect(pairwiseCorrelation([3, 3, 3, 3], [1, 2, 3, 4], 2)).toBe(0);
  });
});

describe('meanCorrelation', () => {
  const r = [
    [1, 0.5, 0.1],
    [0.5, 1, 0.3],
    [0.1, 0.3, 1],
  ];
  it.each([
    [[0, 1], 0.5],
    [[0, 1, 2], 0.3],
    [[2], 0],
  ])('of the group %j is %d', (members, expected) => {
    expect(meanCorrelation(r, members)).toBeCloseTo(expected, 14);
  });

  it('of the pairs a predicate keeps: a pair left out counts in neither the sum nor the number of pairs', () => {
    const notWithTwo = (i: number, j: number) => i !== 2 && j !== 2;
    expect(meanCorrelation(r, [0, 1, 2], notWithTwo)).toBe(0.5);
    expect(meanCorrelation(r, [0, 2], notWithTwo)).toBe(0);
  });
});

describe('clusterCorrelations', () => {
  const options = { maxGroups: 6, starts: 8, minSilhouette: 0.2 };
  // Two blocks of three variables correlated 0.7 within and 0 across.
  const blocks = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => (i === j ? 1 : Math.floor(i / 3) === Math.floor(j / 3) ? 0.7 : 0)));

  it('finds two blocks, ordered by their first variable, the same on every run', () => {
    const shuffled = [0, 3, 1, 4, 2, 5];
    const matrix = shuffled.map((i) => shuffled.map((j) => (blocks[i] as number[])[j] as number));
    expect(clusterCorrelations(matrix, options)).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
    expect(clusterCorrelations(matrix, options)).toEqual(clusterCorrelations(matrix, options));
  });

  it('keeps variables that fall into no clear groups as one group', () => {
    const even = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => (i === j ? 1 : 0.5)));
    expect(clusterCorrelations(even, options)).toEqual([[0, 1, 2, 3]]);
  });
});
