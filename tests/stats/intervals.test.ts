import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/stats/mean-interval.js';
import { netPromoterScore } from '../../src/stats/net-promoter-score.js';
import { normalQuantile, tQuantile } from '../../src/stats/quantiles.js';
import { wilsonInterval } from '../../src/stats/wilson-interval.js';
import { expectClose, readReference } from '../helpers/reference.js';

interface StatsReference {
  means: Array<{ name: string; values: number[]; level: number; mean: number; sd: number; low: number; high: number }>;
  wilson: Array<{ count: number; n: number; level: number; low: number; high: number }>;
  nps: Array<{ promoters: number; passives: number; detractors: number; level: number; score: number; variance: number; moe: number }>;
  tQuantiles: Array<{ p: number; df: number; t: number }>;
  normalQuantiles: Array<{ p: number; z: number }>;
}

const reference = readReference<StatsReference>('stats-reference.json');

describe('quantiles agree with scipy.stats', () => {
  it.each(reference.tQuantiles)('t quantile p=$p df=$df', ({ p, df, t }) => expectClose(tQuantile(p, df), t, 1e-9));
  it.each(reference.normalQuantiles)('normal quantile p=$p', ({ p, z }) => expectClose(normalQuantile(p), z, 1e-12));
});

describe('meanInterval agrees with scipy ttest_1samp().confidence_interval()', () => {
  it.each(reference.means)('$name at $level', ({ mean, sd, values, level, low, high }) => {
    const ci = meanInterval(mean, sd, values.length, level);
    expectClose(ci?.low, low, 1e-9, 'low');
    expectClose(ci?.high, high, 1e-9, 'high');
    expect(ci?.level).toBe(level);
  });

  it('is null below two observations or without a finite sd', () => {
    expect(meanInterval(4, Number.NaN, 1, 0.95)).toBeNull();
    expect(meanInterval(4, 0.5, 1, 0.95)).toBeNull();
    expect(meanInterval(4, Number.POSITIVE_INFINITY, 10, 0.95)).toBeNull();
  });

  it('collapses to the mean when every answer is equal', () => {
    expect(meanInterval(3, 0, 20, 0.95)).toEqual({ low: 3, high: 3, level: 0.95 });
  });
});

describe("R's t.test and prop.test(correct = FALSE) (tests/reference/r_reference.R)", () => {
  const r = readReference<{ tTest: { low: number; high: number }; propTest: { count: number; n: number; level: number; low: number; high: number } }>('r-reference.json');
  it('t interval', () => {
    const values = [4, 5, 3, 4, 4, 2, 5, 5, 4, 3];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    const ci = meanInterval(mean, sd, values.length, 0.95);
    expectClose(ci?.low, r.tTest.low, 1e-9, 'low');
    expectClose(ci?.high, r.tTest.high, 1e-9, 'high');
  });
  it('Wilson interval', () => {
    const { count, n, level, low, high } = r.propTest;
    const ci = wilsonInterval(count, n, level);
    expectClose(ci?.low, low, 1e-9, 'low');
    expectClose(ci?.high, high, 1e-9, 'high');
  });
});

describe('wilsonInterval agrees with scipy binomtest().proportion_ci(method="wilson")', () => {
  it.each(reference.wilson)('$count of $n at $level', ({ count, n, level, low, high }) => {
    const ci = wilsonInterval(count, n, level);
    expectClose(ci?.low, low, 1e-9, 'low');
    expectClose(ci?.high, high, 1e-9, 'high');
  });

  it('stays inside [0, 1] at the edges and is null for n = 0', () => {
    expect(wilsonInterval(0, 10, 0.95)?.low).toBe(0);
    expect(wilsonInterval(10, 10, 0.95)?.high).toBe(1);
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
  });
});

describe('netPromoterScore agrees with numpy on +1/0/-1 codes', () => {
  it.each(reference.nps)('$promoters/$passives/$detractors at $level', ({ promoters, passives, detractors, level, score, variance, moe }) => {
    const estimate = netPromoterScore({ promoters, passives, detractors }, level);
    expectClose(estimate?.score, score, 1e-12, 'score');
    expectClose(estimate?.variance, variance, 1e-12, 'variance');
    expectClose(estimate?.moe, moe, 1e-9, 'moe');
    expectClose(estimate?.ci?.low, score - moe, 1e-9, 'ci.low');
  });

  it('is null without answers and has no interval for one answer', () => {
    expect(netPromoterScore({ promoters: 0, passives: 0, detractors: 0 }, 0.95)).toBeNull();
    expect(netPromoterScore({ promoters: 1, passives: 0, detractors: 0 }, 0.95)).toMatchObject({ n: 1, score: 100, moe: null, ci: null });
  });
});
