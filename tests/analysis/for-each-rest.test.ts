import { describe, expect, it } from 'vitest';
import { forEachRest } from '../../src/analysis/for-each-rest.js';

/** A mergeable that records the parts merged into it, and counts the merges. */
class Parts {
  static merges = 0;

  constructor(readonly ids: number[] = []) {}

  merge(other: Parts): this {
    Parts.merges += 1;
    this.ids.push(...other.ids);
    return this;
  }
}

describe('forEachRest: each part against the merge of all the others', () => {
  for (const n of [0, 1, 2, 3, 7, 8, 200]) {
    it(`${n} parts: each rest holds every other part once, and n log2 n merges suffice`, () => {
      Parts.merges = 0;
      const parts = Array.from({ length: n }, (_, i) => new Parts([i]));
      const told: number[] = [];
      forEachRest(
        parts,
        () => new Parts(),
        (part, rest) => {
          told.push(part);
          expect([...rest.ids].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i).filter((i) => i !== part));
        },
      );
      expect(told).toEqual(Array.from({ length: n }, (_, i) => i));
      // Each level of the halving merges every part once into the rest of the other half, and
      // each halving copies the rest from above once (n − 1 halvings): against n (n − 1) merges
      // one rest at a time.
      const levels = Math.ceil(Math.log2(Math.max(n, 1)));
      expect(Parts.merges).toBeLessThanOrEqual(n * levels + n);
      if (n >= 8) expect(Parts.merges).toBeLessThan(n * (n - 1));
      if (n === 200) expect(Parts.merges).toBeLessThan((n * (n - 1)) / 10);
    });
  }

  it('merges each rest in an order the number of parts alone fixes: the rest from above, then the other half', () => {
    const orders: number[][] = [];
    forEachRest(
      Array.from({ length: 5 }, (_, i) => new Parts([i])),
      () => new Parts(),
      (_, rest) => orders.push([...rest.ids]),
    );
    expect(orders).toEqual([
      [2, 3, 4, 1],
      [2, 3, 4, 0],
      [0, 1, 3, 4],
      [0, 1, 2, 4],
      [0, 1, 2, 3],
    ]);
  });
});
