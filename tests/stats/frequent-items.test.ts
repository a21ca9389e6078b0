import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrequentItems } from '../../src/stats/frequent-items.js';

// An add: a key (of a small or a large vocabulary), its label, and whether it counts in the second count too.
type Add = [key: string, label: string, second: boolean];

/** The true counts of a stream of adds, per key: [first, second]. */
function trueCounts(adds: readonly Add[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const [key, , second] of adds) {
    const c = counts.get(key) ?? [0, 0];
    c[0] += 1;
    if (second) c[1] += 1;
    counts.set(key, c);
  }
  return counts;
}

function summaryOf(adds: readonly Add[], capacity: number): FrequentItems {
  const summary = new FrequentItems(capacity, 2);
  for (const [key, label, second] of adds) summary.add(key, label, [1, second ? 1 : 0]);
  return summary;
}

/** Adds cut into shards at `cuts`, each summarised, merged in the order given. */
function merged(adds: readonly Add[], cuts: readonly number[], capacity: number): FrequentItems {
  const edges = [0, ...[...new Set(cuts)].filter((c) => c <= adds.length).sort((a, b) => a - b), adds.length];
  return edges.slice(1).reduce((whole, end, i) => whole.load(summaryOf(adds.slice(edges[i], end), capacity).save()), new FrequentItems(capacity, 2));
}

/** The summary's counts and labels, by key: what a report reads, whatever the order the keys are held in. */
function contents(summary: FrequentItems): Array<[string, string, number[]]> {
  return summary
    .entries()
    .map(({ key, label, counts }): [string, string, number[]] => [key, label, [...counts]])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const add = (keys: number): fc.Arbitrary<Add> => fc.tuple(fc.integer({ min: 0, max: keys - 1 }), fc.constantFrom('a', 'b', 'c'), fc.boolean()).map(([k, l, s]) => [`w${k}`, `${l}${k}`, s]);
// Zipf-like: a few keys often, many keys rarely.
const skewed: fc.Arbitrary<Add> = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.boolean()).map(([r, s]) => {
  const k = Math.floor(1000 / (r + 1)) % 400;
  return [`w${k}`, `w${k}`, s && k % 3 === 0];
});

describe('FrequentItems', () => {
  it('counts exactly, whatever the order and the shards, while the keys fit', () => {
    fc.assert(
      fc.property(fc.array(add(30), { maxLength: 300 }), fc.array(fc.nat({ max: 300 }), { maxLength: 5 }), (adds, cuts) => {
        const whole = summaryOf(adds, 32);
        expect(whole.maxUndercount).toBe(0);
        const want = trueCounts(adds);
        expect(contents(whole).map(([key, , counts]) => [key, counts])).toEqual([...want].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, c]) => [key, c]));
        expect(contents(merged(adds, cuts, 32))).toEqual(contents(whole));
        expect(contents(summaryOf([...adds].reverse(), 32))).toEqual(contents(whole));
        expect(whole.sums).toEqual([adds.length, adds.filter((a) => a[2]).length]);
      }),
    );
  });

  it('adds several keys at once as it adds each in turn', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }), fc.nat({ max: 3 }), fc.nat({ max: 3 })), { maxLength: 60 }), (batches) => {
        const [one, all] = [new FrequentItems(16, 3), new FrequentItems(16, 3)];
        for (const [keys, a, b] of batches) {
          const counts = [a + b, a, 0];
          for (const k of keys) one.add(`w${k}`, `x${k % 7}`, counts);
          all.addAll(keys.map((k) => `w${k}`), keys.map((k) => `x${k % 7}`), counts);
        }
        expect(all.save()).toEqual(one.save());
      }),
    );
  });

  it('keeps the smallest label of each key, whatever the order', () => {
    const summary = new FrequentItems(8, 1).add('deliv', 'delivery', [1]).add('deliv', 'delivered', [1]).add('deliv', 'deliveries', [1]);
    expect(summary.entries()).toEqual([{ key: 'deliv', label: 'delivered', counts: Float64Array.from([3]) }]);
  });

  it('past its capacity, every count is below its true value by at most the undercount, which is at most (N − N̂)/(k + 1)', () => {
    fc.assert(
      fc.property(fc.array(skewed, { minLength: 1, maxLength: 1500 }), fc.array(fc.nat({ max: 1500 }), { maxLength: 5 }), (adds, cuts) => {
        const capacity = 40;
        const want = trueCounts(adds);
        for (const summary of [summaryOf(adds, capacity), merged(adds, cuts, capacity)]) {
          const held = summary.entries();
          expect(held.length).toBeLessThanOrEqual(capacity);
          const undercount = summary.maxUndercount;
          const kept = held.reduce((sum, e) => sum + (e.counts[0] as number), 0);
          expect(undercount).toBeLessThanOrEqual((adds.length - kept) / (capacity / 2 + 1) + 1e-9);
          for (const [key, [first, second]] of want) {
            const got = summary.count(key) ?? Float64Array.from([0, 0]);
            expect(got[0]).toBeLessThanOrEqual(first);
            expect(got[0]).toBeGreaterThanOrEqual(first - undercount);
            expect(got[1]).toBeLessThanOrEqual(second);
            expect(got[1]).toBeGreaterThanOrEqual(second - undercount);
          }
          expect(summary.sums).toEqual([adds.length, adds.filter((a) => a[2]).length]);
        }
      }),
    );
  });

  it('keeps every key more frequent than the undercount: the heavy hitters are never lost', () => {
    const adds: Add[] = [];
    for (let i = 0; i < 5000; i++) adds.push(i % 5 === 0 ? ['late', 'late', true] : [`rare${i}`, `rare${i}`, false]);
    const summary = summaryOf(adds, 64);
    expect(summary.maxUndercount).toBeGreaterThan(0);
    expect(summary.count('late')?.[0]).toBeGreaterThanOrEqual(1000 - summary.maxUndercount);
    expect(summary.count('late')?.[1]).toBeGreaterThanOrEqual(1000 - summary.maxUndercount);
  });

  it('is deterministic: the same adds in the same order give the same state', () => {
    const adds = fc.sample(skewed, { numRuns: 3000, seed: 7 });
    expect(summaryOf(adds, 40).save()).toEqual(summaryOf(adds, 40).save());
  });

  it('saves and loads back what it holds', () => {
    const summary = summaryOf(fc.sample(skewed, { numRuns: 500, seed: 3 }), 40);
    expect(new FrequentItems(40, 2).load(summary.save()).save()).toEqual(summary.save());
  });

  it('refuses a capacity below 2', () => {
    expect(() => new FrequentItems(1, 1)).toThrow(RangeError);
  });
});
