import { describe, expect, it } from 'vitest';
import { chanceAlike } from '../../src/analysis/compare-reports.js';
import type { ItemSummary } from '../../src/analysis/report.js';

/** An item of these answer counts, at values 1, 2, … (only what chanceAlike reads). */
function item(column: string, counts: number[]): ItemSummary {
  const n = counts.reduce((sum, c) => sum + c, 0);
  return { column, distribution: counts.map((count, i) => ({ value: i + 1, label: String(i + 1), count, share: n === 0 ? 0 : count / n })) } as unknown as ItemSummary;
}

describe('chanceAlike: how likely two independent weeks give every answer count alike', () => {
  it('is the local normal approximation of the multinomial, near the exact sum (worked out by enumeration)', () => {
    // Exact: 0.336 (3 answers, shares 1/3, 2/3); 0.00481 (10 answers, shares .1 .1 .2 .3 .3); 0.000524 (30 of those shares).
    expect(chanceAlike([item('a', [1, 2])], [item('a', [1, 2])])).toBeCloseTo(0.3455, 3);
    expect(chanceAlike([item('a', [1, 1, 2, 3, 3])], [item('a', [1, 1, 2, 3, 3])])).toBeCloseTo(0.00472, 5);
    expect(chanceAlike([item('a', [3, 3, 6, 9, 9])], [item('a', [3, 3, 6, 9, 9])])).toBeCloseTo(0.000524, 6);
  });

  it('is 1 where every answer is one value, the least likely item bounds the rest, and null where counts differ or none are', () => {
    expect(chanceAlike([item('a', [0, 3])], [item('a', [0, 3])])).toBe(1);
    expect(chanceAlike([item('a', [1, 2]), item('b', [3, 3, 6, 9, 9])], [item('a', [1, 2]), item('b', [3, 3, 6, 9, 9])])).toBeCloseTo(0.000524, 6);
    expect(chanceAlike([item('a', [1, 2])], [item('a', [2, 1])])).toBeNull();
    expect(chanceAlike([item('a', [0, 0])], [item('a', [0, 0])])).toBeNull();
  });
});
