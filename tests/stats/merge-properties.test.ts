import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoMoments } from '../../src/stats/co-moments.js';
import { Histogram } from '../../src/stats/histogram.js';
import { Moments } from '../../src/stats/moments.js';

// Property: however the data are split into shards, and in whatever order the shards are merged,
// the merged accumulator gives what one pass over the data gives.

const weight = fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 20, noNaN: true }));

/** The data, a way to cut it into shards, and an order to merge them in. */
function split<T>(item: fc.Arbitrary<T>) {
  return fc
    .array(item, { minLength: 1, maxLength: 200 })
    .chain((data) => fc.tuple(fc.constant(data), fc.array(fc.nat({ max: data.length }), { maxLength: 6 }), fc.nat()))
    .map(([data, cuts, seed]) => {
      const edges = [0, ...[...new Set(cuts)].sort((a, b) => a - b), data.length];
      const shards = edges.slice(1).map((end, i) => data.slice(edges[i], end));
      // A deterministic shuffle of the shards from the seed.
      const order = shards.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
      return { data, shards: order.map((i) => shards[i] as T[]) };
    });
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe('merge(parts) == one pass', () => {
  it('Histogram', () => {
    fc.assert(
      fc.property(split(fc.tuple(fc.integer({ min: 0, max: 10 }), weight)), ({ data, shards }) => {
        const whole = new Histogram();
        data.forEach(([v, w]) => whole.add(v, w));
        const merged = shards.map((s) => s.reduce((h, [v, w]) => (h.add(v, w), h), new Histogram())).reduce((a, b) => a.merge(b), new Histogram());
        expect(merged.entries().map(([v, c]) => [v, c])).toEqual(whole.entries().map(([v, c]) => [v, c]));
        expect(merged.n).toBe(whole.n);
        expect(close(merged.mean(), whole.mean())).toBe(true);
        expect(close(merged.variance(), whole.variance())).toBe(true);
        expect(close(merged.effectiveN, whole.effectiveN)).toBe(true);
      }),
    );
  });

  it('Moments', () => {
    fc.assert(
      fc.property(split(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), weight)), ({ data, shards }) => {
        const whole = new Moments();
        data.forEach(([x, w]) => whole.add(x, w));
        const merged = shards.map((s) => s.reduce((m, [x, w]) => (m.add(x, w), m), new Moments())).reduce((a, b) => a.merge(b), new Moments());
        expect(merged.n).toBe(whole.n);
        expect(close(merged.mean(), whole.mean())).toBe(true);
        // Variances of nearly equal values are sums of tiny differences: compare them absolutely.
        const [a, b] = [merged.variance(), whole.variance()];
        expect(a === null ? b === null : Math.abs(a - (b as number)) <= 1e-7 * Math.max(1, Math.abs(b as number))).toBe(true);
      }),
    );
  });

  it('CoMoments', () => {
    const row = fc.tuple(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }), weight);
    fc.assert(
      fc.property(split(row), ({ data, shards }) => {
        const whole = new CoMoments(3);
        data.forEach(([x, w]) => whole.add(x, w));
        const merged = shards.map((s) => s.reduce((m, [x, w]) => (m.add(x, w), m), new CoMoments(3))).reduce((a, b) => a.merge(b), new CoMoments(3));
        expect(merged.n).toBe(whole.n);
        const [a, b] = [merged.covariance(), whole.covariance()];
        if (a === null || b === null) {
          expect(a).toBe(b);
          return;
        }
        a.forEach((r, i) => r.forEach((v, j) => expect(Math.abs(v - (b[i]?.[j] as number))).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(b[i]?.[j] as number)))));
      }),
    );
  });
});
