import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/stats/histogram.js';
import { CoMoments, groupedCoMoments } from '../../src/stats/co-moments.js';
import { groupedMoments, Moments } from '../../src/stats/moments.js';
import { timesPowerOfTwo } from '../../src/stats/weight-sums.js';
import { expectClose, readReference } from '../helpers/reference.js';

interface MeanCase {
  name: string;
  values: number[];
  mean: number;
  variance: number;
}
interface FarCase {
  name: string;
  weights: number[];
  rows: number[][];
  means: number[];
  comoments: number[][];
}
// The same samples whose intervals are checked; the means and variances there come from numpy.
const cases = readReference<{ means: MeanCase[] }>('stats-reference.json').means.filter((c, i, all) => all.findIndex((d) => d.name === c.name) === i);

function split<T>(values: readonly T[], parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => []);
  values.forEach((v, i) => (out[(i * 7919) % parts] as T[]).push(v));
  return out;
}

describe('Moments (Welford) agrees with numpy mean and var(ddof=1)', () => {
  it.each(cases)('$name', ({ values, mean, variance }) => {
    const m = new Moments();
    values.forEach((v) => m.add(v));
    expect(m.n).toBe(values.length);
    expectClose(m.mean(), mean, 1e-12, 'mean');
    expectClose(m.variance(), variance, 1e-9, 'variance');
  });

  it.each(cases)('$name: merging shards gives the one-pass result', ({ values, mean, variance }) => {
    for (const parts of [2, 3, 7]) {
      const merged = split(values, parts)
        .map((part) => part.reduce((m, v) => (m.add(v), m), new Moments()))
        .reduce((a, b) => a.merge(b), new Moments());
      expect(merged.n).toBe(values.length);
      expectClose(merged.mean(), mean, 1e-12, 'mean');
      expectClose(merged.variance(), variance, 1e-9, 'variance');
    }
  });

  it.each(readReference<{ farWeights: FarCase[] }>('stats-reference.json').farWeights)('$name: weights far apart keep every digit of the exact co-moments', ({ weights, rows, means, comoments }) => {
    // Light rows, then heavy rows that agree: the spread is the light rows' alone. Written as
    // w·δ·(x − x̄), each heavy row's update cancelled to a few digits (2e-7 of m2 at weights 1e12 apart).
    const [moments, co] = [new Moments(), new CoMoments(2)];
    weights.forEach((w, i) => {
      moments.add((rows[i] as number[])[0] as number, w);
      co.add(rows[i] as number[], w);
    });
    // Relative to the figure, however small the light rows make it.
    const closeTo = (actual: number, expected: number, what: string) => expect(Math.abs(actual - expected) / Math.abs(expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-14);
    closeTo(moments.save().m2, (comoments[0] as number[])[0] as number, 'm2');
    const state = co.save();
    state.c.forEach((c, i) => closeTo(c, (comoments[Math.floor(i / 2)] as number[])[i % 2] as number, `c[${i}]`));
    state.means.forEach((m, i) => expectClose(m, means[i] as number, 1e-14, `mean ${i}`));
  });

  it('never has a negative sum of squares, where an earlier weight is too small to count beside a later one', () => {
    // The mean moves from 62.02 to within a hair of 29.1666…, on the wrong side of it: the update
    // w·δ·(x − x̄) came out −1.3e-13, and the state's m2 with it (a review's weighted export, one store).
    const m = new Moments();
    m.add(62.02, 1e-250);
    m.add(29.166666666666668, 1.1170610039173625);
    expect(m.save().m2).toBeGreaterThanOrEqual(0);
    expect(m.mean()).toBeCloseTo(29.166666666666668, 12);
  });

  it('merges two sides whose weights all rounded to 0 into the mean of each counted by its rows, not 0/0', () => {
    // A shard's rows weighed 5e-324 until a row of weight 2 set its unit: their weights scale to 0
    // (a fuzzed report's index was NaN after the merge).
    const [a, b] = [new Moments(), new Moments()];
    a.add(10);
    a.add(20);
    b.add(40);
    a.scaleWeights(Number.MIN_VALUE / 2);
    b.scaleWeights(Number.MIN_VALUE / 2);
    expect(a.merge(b).mean()).toBeCloseTo((10 + 20 + 40) / 3, 12);
    expect(a.n).toBe(3);
    const [c, d] = [new CoMoments(2), new CoMoments(2)];
    c.add(Float64Array.of(1, 3));
    d.add(Float64Array.of(4, 0));
    d.add(Float64Array.of(4, 0));
    c.scaleWeights(Number.MIN_VALUE / 2);
    d.scaleWeights(Number.MIN_VALUE / 2);
    expect(c.merge(d).meanVector()).toEqual([3, 1]);
  });

  it('is null where undefined', () => {
    const m = new Moments();
    expect([m.mean(), m.variance()]).toEqual([null, null]);
    m.add(5);
    expect([m.mean(), m.variance()]).toEqual([5, null]);
  });
});

describe('groupedMoments: the moments of observations grouped by value agree with numpy', () => {
  /** The cases' values grouped by value, in order of first appearance, weighing 1 each. */
  const grouped = (values: readonly number[]) => {
    const distinct = [...new Set(values)];
    const counts = distinct.map((v) => values.filter((x) => x === v).length);
    return groupedMoments(distinct, counts, counts, counts);
  };

  it.each(cases)('$name', ({ values, mean, variance }) => {
    const m = grouped(values);
    expect(m.n).toBe(values.length);
    expectClose(m.mean(), mean, 1e-12, 'mean');
    expectClose(m.variance(), variance, 1e-9, 'variance');
  });

  it('weighs each group by its sums of weights, as add does', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const weights = [0.5, 2, 1.25, 0.75, 3, 0.1, 1, 2.5];
    const oneByOne = new Moments();
    values.forEach((v, i) => oneByOne.add(v, weights[i]));
    // 1 twice (weights 2 and 0.75), the others once.
    const m = groupedMoments([3, 1, 4, 5, 9, 2, 6], [1, 2, 1, 1, 1, 1, 1], [0.5, 2.75, 1.25, 3, 0.1, 1, 2.5], [0.25, 4.5625, 1.5625, 9, 0.01, 1, 6.25]);
    expect(m.n).toBe(8);
    expectClose(m.effectiveN, oneByOne.effectiveN, 1e-12, 'effectiveN');
    expectClose(m.mean(), oneByOne.mean() as number, 1e-12, 'mean');
    expectClose(m.variance(), oneByOne.variance() as number, 1e-12, 'variance');
  });

  it('keeps a constant exactly, with no spread, and leaves out empty groups', () => {
    const m = groupedMoments([0.1, 7, 0.1], [3, 0, 4], [3, 0, 4], [3, 0, 4]);
    expect([m.n, m.mean(), m.variance()]).toEqual([7, 0.1, 0]);
    expect(groupedMoments([1, 2], [0, 0], [0, 0], [0, 0]).mean()).toBeNull();
  });
});

describe('CoMoments', () => {
  it('never has a negative sum of squares on its diagonal, where an earlier weight is too small to count beside a later one', () => {
    // The rows of Moments' case above, as a dimension score beside an outcome: the first mean moves
    // to within a hair of 29.1666…, on the wrong side of it, and its w·δ·(x − x̄) came out −1.3e-13.
    const c = new CoMoments(2);
    c.add([62.02, 4], 1e-250);
    c.add([29.166666666666668, 2], 1.1170610039173625);
    const { c: sums, means } = c.save();
    expect(sums[0]).toBeGreaterThanOrEqual(0);
    expect(sums[3]).toBeGreaterThanOrEqual(0);
    expect(means[0]).toBeCloseTo(29.166666666666668, 12);
  });
});

describe('groupedCoMoments: the co-moments of vectors grouped, as of each added', () => {
  it('gives vectors whose weights all rounded to 0 the means of each counted once, and no co-moments', () => {
    const m = groupedCoMoments(2, [1, 4, 3, 2], [1, 3], [0, 0], [0, 0]);
    expect([m.n, m.meanVector()]).toEqual([4, [2.5, 2.5]]);
    expect(m.covariance()).toBeNull();
  });

  it('agrees with CoMoments.add, row by row', () => {
    const vectors = [[1, 5, 2], [4, 4, 3], [1, 5, 2], [5, 1, 1], [2, 2, 4], [4, 4, 3], [1, 5, 2]];
    const oneByOne = new CoMoments(3);
    vectors.forEach((v) => oneByOne.add(v));
    // The three distinct vectors with their counts; one group of none.
    const m = groupedCoMoments(3, [1, 5, 2, 4, 4, 3, 9, 9, 9, 5, 1, 1, 2, 2, 4], [3, 2, 0, 1, 1], [3, 2, 0, 1, 1], [3, 2, 0, 1, 1]);
    expect(m.n).toBe(7);
    (m.meanVector() as number[]).forEach((mean, i) => expectClose(mean, (oneByOne.meanVector() as number[])[i] as number, 1e-12, `mean ${i}`));
    const want = oneByOne.covariance() as number[][];
    (m.covariance() as number[][]).forEach((row, i) => row.forEach((c, j) => expectClose(c, want[i]?.[j] as number, 1e-12, `covariance ${i},${j}`)));
  });
});

describe('Histogram quartiles agree with numpy percentile(method="linear"), R type 7', () => {
  const { quartiles } = readReference<{ quartiles: Array<{ values: number[]; q1: number; median: number; q3: number }> }>('stats-reference.json');
  it.each(quartiles)('$values', ({ values, q1, median, q3 }) => {
    const h = new Histogram();
    values.forEach((v) => h.add(v));
    expect([h.quantile(0.25), h.quantile(0.5), h.quantile(0.75)]).toEqual([q1, median, q3]);
  });

  it('is null when empty', () => expect(new Histogram().quantile(0.5)).toBeNull());
});

describe('Histogram agrees with numpy on discrete answers', () => {
  const discrete = cases.filter((c) => c.values.every(Number.isInteger));

  it.each(discrete)('$name', ({ values, mean, variance }) => {
    const h = new Histogram();
    values.forEach((v) => h.add(v));
    expectClose(h.mean(), mean, 1e-12, 'mean');
    expectClose(h.variance(), variance, 1e-12, 'variance');
  });

  it('merges shards into the histogram of the whole', () => {
    const values = [1, 2, 2, 3, 5, 5, 5, 4, 1, 3, 3];
    const whole = new Histogram();
    values.forEach((v) => whole.add(v));
    const merged = split(values, 3)
      .map((part) => part.reduce((h, v) => (h.add(v), h), new Histogram()))
      .reduce((a, b) => a.merge(b), new Histogram());
    expect(merged.entries()).toEqual(whole.entries());
    expect(merged.entries()).toEqual([[1, 2, 2], [2, 2, 2], [3, 3, 3], [4, 1, 1], [5, 3, 3]]);
    expect(merged.where((v) => v >= 4)).toEqual({ count: 4, weight: 4, share: 4 / 11 });
  });
});

describe('timesPowerOfTwo', () => {
  it('scales by any whole power of two, and returns for an exponent that is no finite number', () => {
    expect(timesPowerOfTwo(2 ** -1000, 2000)).toBe(2 ** 1000);
    expect(timesPowerOfTwo(2 ** 1023, -2046)).toBe(2 ** -1023);
    // The exponent of a weight 0 is -Infinity: a loop stepping it down by 1000 would never end.
    expect(timesPowerOfTwo(1, Number.NEGATIVE_INFINITY)).toBe(0);
    expect(timesPowerOfTwo(1, Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
