import { describe, expect, it } from 'vitest';
import { adjustP, newcombeInterval, npsDifferenceInterval, npsDifferenceZ, twoProportionZ, welchInterval, welchT } from '../../src/stats/difference-tests.js';
import { expectClose, readReference } from '../helpers/reference.js';

interface Reference {
  welch: Array<{ a: number[]; b: number[]; statistic: number; df: number; p: number; ci90: [number, number]; ci95: [number, number] }>;
  newcombe: Array<{ x1: number; n1: number; x2: number; n2: number; low: number; high: number }>;
  proportions: Array<{ x1: number; n1: number; x2: number; n2: number; statistic: number; p: number }>;
  nps: Array<{ a: number[]; b: number[]; statistic: number; p: number; ci95: [number, number] }>;
  adjust: { p: number[]; holm: number[]; bh: number[] };
}

// Written by tests/reference/difference_tests_reference.R (t.test, prop.test, p.adjust).
const reference = readReference<Reference>('difference-tests-reference.json');

function summary(xs: readonly number[]): { mean: number; sd: number; n: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd, n: xs.length };
}

const share = (xs: readonly number[], v: number) => xs.filter((x) => x === v).length / xs.length;

describe('tests of a difference, against R', () => {
  it.each(reference.welch.map((c, i) => [i, c] as const))("Welch's t, case %i, as t.test", (_i, c) => {
    const result = welchT(summary(c.a), summary(c.b));
    expectClose(result?.statistic, c.statistic, 1e-12, 'statistic');
    expectClose(result?.df, c.df, 1e-12, 'df');
    expectClose(result?.p, c.p, 1e-10, 'p');
  });

  it.each(reference.proportions.map((c, i) => [i, c] as const))('two-proportion z, case %i, as prop.test(correct = FALSE)', (_i, c) => {
    const result = twoProportionZ({ share: c.x1 / c.n1, n: c.n1 }, { share: c.x2 / c.n2, n: c.n2 });
    expectClose(result?.statistic, c.statistic, 1e-12, 'statistic');
    expectClose(result?.p, c.p, 1e-10, 'p');
  });

  it.each(reference.nps.map((c, i) => [i, c] as const))('z on an NPS difference, case %i', (_i, c) => {
    const result = npsDifferenceZ({ promoters: share(c.a, 1), detractors: share(c.a, -1), n: c.a.length }, { promoters: share(c.b, 1), detractors: share(c.b, -1), n: c.b.length });
    expectClose(result?.statistic, c.statistic, 1e-12, 'statistic');
    expectClose(result?.p, c.p, 1e-10, 'p');
  });

  it.each(reference.welch.map((c, i) => [i, c] as const))('the interval of a difference of means, case %i, as t.test', (_i, c) => {
    for (const [level, want] of [[0.9, c.ci90], [0.95, c.ci95]] as const) {
      const ci = welchInterval(summary(c.a), summary(c.b), level);
      expectClose(ci?.low, want[0], 1e-10, `low at ${level}`);
      expectClose(ci?.high, want[1], 1e-10, `high at ${level}`);
    }
  });

  it.each(reference.newcombe.map((c, i) => [i, c] as const))("Newcombe's interval of a difference of shares, case %i, from R's Wilson intervals", (_i, c) => {
    const ci = newcombeInterval({ share: c.x1 / c.n1, n: c.n1 }, { share: c.x2 / c.n2, n: c.n2 }, 0.95);
    expectClose(ci?.low, c.low, 1e-10, 'low');
    expectClose(ci?.high, c.high, 1e-10, 'high');
  });

  it("gives Newcombe's own example: 56/70 − 48/80 is 0.2, 95 % interval 0.0524 to 0.3339", () => {
    const ci = newcombeInterval({ share: 56 / 70, n: 70 }, { share: 48 / 80, n: 80 }, 0.95);
    expect(ci?.low.toFixed(4)).toBe('0.0524');
    expect(ci?.high.toFixed(4)).toBe('0.3339');
  });

  it.each(reference.nps.map((c, i) => [i, c] as const))('the interval of an NPS difference, case %i', (_i, c) => {
    const ci = npsDifferenceInterval({ promoters: share(c.a, 1), detractors: share(c.a, -1), n: c.a.length }, { promoters: share(c.b, 1), detractors: share(c.b, -1), n: c.b.length }, 0.95);
    expectClose(ci?.low, c.ci95[0], 1e-10, 'low');
    expectClose(ci?.high, c.ci95[1], 1e-10, 'high');
  });

  it("adjusts p-values as p.adjust: Holm's and Benjamini–Hochberg's", () => {
    adjustP(reference.adjust.p, 'holm').forEach((p, i) => expectClose(p, reference.adjust.holm[i] as number, 1e-14, `holm ${i}`));
    adjustP(reference.adjust.p, 'bh').forEach((p, i) => expectClose(p, reference.adjust.bh[i] as number, 1e-14, `bh ${i}`));
    expect(adjustP(reference.adjust.p, 'none')).toEqual(reference.adjust.p);
  });

  it('has nothing to say about an empty or constant side', () => {
    expect(welchT({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toBeNull();
    expect(welchT({ mean: 1, sd: 1, n: 1 }, { mean: 2, sd: 1, n: 5 })).toBeNull();
    expect(twoProportionZ({ share: 0, n: 10 }, { share: 0, n: 10 })).toBeNull();
    expect(npsDifferenceZ({ promoters: 0.5, detractors: 0.1, n: 0 }, { promoters: 0.5, detractors: 0.1, n: 10 })).toBeNull();
  });

  it('has nothing to say where a figure overflows: a weighted variance of weights hundreds of orders of magnitude apart', () => {
    // The variance's denominator Σw − Σw²/Σw rounds to almost nothing: the sd overflows, and the
    // degrees of freedom are ∞/∞. The test was NaN, which the report cannot show.
    expect(welchT({ mean: 30, sd: Number.POSITIVE_INFINITY, n: 3 }, { mean: 40, sd: 20, n: 5 })).toBeNull();
    expect(welchT({ mean: 30, sd: 1e200, n: 3 }, { mean: 40, sd: 20, n: 5 })).toBeNull();
    expect(welchInterval({ mean: 30, sd: 1e200, n: 3 }, { mean: 40, sd: 20, n: 5 }, 0.95)).toBeNull();
    expect(npsDifferenceZ({ promoters: 0.5, detractors: 0.1, n: Number.MIN_VALUE }, { promoters: 0.5, detractors: 0.1, n: 10 })).toBeNull();
  });
});
