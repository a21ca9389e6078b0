import { describe, expect, it } from 'vitest';
import { CoMoments, correlationMatrix } from '../../src/stats/co-moments.js';
import { cronbachAlpha, type AlphaEstimate } from '../../src/stats/cronbach-alpha.js';
import { Histogram } from '../../src/stats/histogram.js';
import { meanInterval } from '../../src/stats/mean-interval.js';
import { Moments } from '../../src/stats/moments.js';
import { r2FTest } from '../../src/stats/r2-test.js';
import { relativeWeights, type RelativeWeights } from '../../src/stats/relative-weights.js';
import { wilsonInterval } from '../../src/stats/wilson-interval.js';
import { expectClose, readReference, type AlphaReference } from '../helpers/reference.js';

const r = readReference<{ alpha: Record<string, AlphaReference>; weighted: { svymean: number; svycipropTop: number } }>('r-reference.json');
const py = readReference<{
  synthetic: Fit & { rows: number[][] };
  chance: Fit & { rows: number[][] };
  quickstart: Fit;
  weighted: { x: number[]; w: number[]; effectiveN: number; mean: number; sd: number; ci: [number, number]; topShare: number; topCi: [number, number] };
}>('drivers-reference.json');

interface Fit {
  n: number;
  r: number[];
  r2: number;
  weights: number[];
  raw: number[];
  f: number;
  df1: number;
  df2: number;
  p: number;
}

function coMomentsOf(rows: readonly number[][], weights?: readonly number[]): CoMoments {
  const m = new CoMoments((rows[0] as number[]).length);
  rows.forEach((row, i) => m.add(row, weights?.[i] ?? 1));
  return m;
}

describe('cronbachAlpha agrees with psych::alpha', () => {
  const synthetic = r.alpha.synthetic as AlphaReference;
  const alpha = cronbachAlpha(coMomentsOf(synthetic.items as number[][]).covariance() as number[][], synthetic.n, 0.95) as AlphaEstimate;

  it('raw and standardized alpha, item-total correlations and alpha if dropped (1e-9)', () => {
    expectClose(alpha.raw, synthetic.raw, 1e-9, 'raw');
    expectClose(alpha.standardized, synthetic.standardized, 1e-9, 'standardized');
    synthetic.itemTotal.forEach((value, i) => expectClose(alpha.itemTotal[i], value, 1e-9, `itemTotal ${i}`));
    (synthetic.ifDropped as number[]).forEach((value, i) => expectClose(alpha.ifDropped[i], value, 1e-9, `ifDropped ${i}`));
  });

  it("Feldt's interval (1e-6)", () => {
    expectClose(alpha.ci?.low, synthetic.feldtLow, 1e-6, 'low');
    expectClose(alpha.ci?.high, synthetic.feldtHigh, 1e-6, 'high');
  });

  it.each([
    ['one item', [[1]], 10, 'needs at least two items'],
    ['two respondents', [[1, 0.5], [0.5, 1]], 2, 'needs at least three respondents who answered every item'],
    ['an item with no variance', [[0, 0], [0, 1]], 10, 'an item has the same answer from every respondent who answered every item'],
    ['items that cancel out', [[1, -1], [-1, 1]], 10, "the items cancel out: every respondent's total is the same"],
  ])('gives a reason instead of a number for %s', (_what, covariance, n, reason) => {
    expect(cronbachAlpha(covariance, n, 0.95)).toBe(reason);
  });
});

describe('relativeWeights agrees with numpy (tests/reference/drivers_reference.py)', () => {
  const { rows } = py.synthetic;
  const covariance = coMomentsOf(rows).covariance() as number[][];
  const correlation = correlationMatrix(covariance) as number[][];
  const predictors = correlation.slice(0, 3).map((row) => row.slice(0, 3));
  const outcome = correlation.slice(0, 3).map((row) => row[3] as number);
  const result = relativeWeights(predictors, outcome) as RelativeWeights;

  it('correlations, R² (by least squares in numpy) and weights summing to 1', () => {
    py.synthetic.r.forEach((value, i) => expectClose(outcome[i], value, 1e-9, `r ${i}`));
    expectClose(result.r2, py.synthetic.r2, 1e-9, 'r2');
    py.synthetic.weights.forEach((value, i) => expectClose(result.weights[i], value, 1e-9, `weight ${i}`));
    expectClose(result.weights.reduce((a, b) => a + b, 0), 1, 1e-12, 'sum');
  });

  it('refuses collinear predictors', () => {
    expect(relativeWeights([[1, 1], [1, 1]], [0.5, 0.5])).toBe('the dimension scores are collinear: one is (nearly) a combination of the others');
  });

  it('refuses predictors past a condition index of 100 (two scores correlated above 0.9998), not below', () => {
    // Two predictors correlated at r have eigenvalues 1 ± r: an index of 100 is r = 9999/10001.
    const pair = (r: number) => relativeWeights([[1, r], [r, 1]], [0.3, 0.31]);
    expect(pair(0.99999)).toBe('the dimension scores are collinear: one is (nearly) a combination of the others');
    expect(pair(0.99985)).toBe('the dimension scores are collinear: one is (nearly) a combination of the others');
    expect(pair(0.9997)).toMatchObject({ weights: [expect.any(Number), expect.any(Number)] });
    expect(pair(0.95)).toMatchObject({ weights: [expect.any(Number), expect.any(Number)] });
  });

  it('gives the whole R² to a single predictor', () => {
    expect(relativeWeights([[1]], [0.6])).toMatchObject({ weights: [1] });
    expectClose((relativeWeights([[1]], [0.6]) as RelativeWeights).r2, 0.36, 1e-12);
  });
});

describe("r2FTest agrees with SciPy's F distribution over the fit's sums of squares (tests/reference/drivers_reference.py)", () => {
  it.each(['synthetic', 'chance', 'quickstart'] as const)('%s: F and its degrees of freedom (1e-9), p (1e-9 absolute)', (name) => {
    const fit = py[name];
    const test = r2FTest(fit.r2, fit.n, fit.df1);
    expect(test).toMatchObject({ df1: fit.df1, df2: fit.df2 });
    expectClose(test?.f, fit.f, 1e-9, 'f');
    expect(Math.abs((test?.p as number) - fit.p), `p ${test?.p} vs ${fit.p}`).toBeLessThanOrEqual(1e-9);
  });

  it('the fit of unrelated scores is within chance, the others are not', () => {
    expect(r2FTest(py.chance.r2, py.chance.n, py.chance.df1)?.p).toBeGreaterThan(0.05);
    expect(r2FTest(py.synthetic.r2, py.synthetic.n, py.synthetic.df1)?.p).toBeLessThan(1e-9);
  });

  it('is null without more observations than parameters, and p 0 for a perfect fit', () => {
    expect(r2FTest(0.5, 3, 2)).toBeNull();
    expect(r2FTest(0.5, 3.5, 2)).toMatchObject({ df2: 0.5 });
    expect(r2FTest(1, 10, 2)).toMatchObject({ f: Number.POSITIVE_INFINITY, p: 0 });
  });
});

describe('weighted estimates', () => {
  const { x, w } = py.weighted;
  const histogram = new Histogram();
  const moments = new Moments();
  x.forEach((value, i) => {
    histogram.add(value, w[i]);
    moments.add(value, w[i]);
  });

  it('the weighted mean and share equal survey::svymean and svyciprop', () => {
    expectClose(histogram.mean(), r.weighted.svymean, 1e-12, 'histogram mean');
    expectClose(moments.mean(), r.weighted.svymean, 1e-12, 'moments mean');
    expectClose(histogram.where((v) => v >= 4).share, r.weighted.svycipropTop, 1e-12, 'top share');
  });

  it("sd, Kish's effective n and intervals agree with numpy cov(aweights) and SciPy", () => {
    expectClose(histogram.effectiveN, py.weighted.effectiveN, 1e-12, 'effectiveN');
    expectClose(moments.effectiveN, py.weighted.effectiveN, 1e-12, 'effectiveN');
    expectClose(Math.sqrt(histogram.variance() as number), py.weighted.sd, 1e-12, 'histogram sd');
    expectClose(Math.sqrt(moments.variance() as number), py.weighted.sd, 1e-12, 'moments sd');
    const ci = meanInterval(histogram.mean() as number, py.weighted.sd, histogram.effectiveN, 0.95);
    expectClose(ci?.low, py.weighted.ci[0], 1e-9, 'ci.low');
    expectClose(ci?.high, py.weighted.ci[1], 1e-9, 'ci.high');
    const top = histogram.where((v) => v >= 4).share;
    const wilson = wilsonInterval(top * histogram.effectiveN, histogram.effectiveN, 0.95);
    expectClose(wilson?.low, py.weighted.topCi[0], 1e-9, 'wilson.low');
    expectClose(wilson?.high, py.weighted.topCi[1], 1e-9, 'wilson.high');
  });

  it('weights of 1 give the unweighted figures', () => {
    const plain = new Histogram();
    const ones = new Histogram();
    x.forEach((value) => {
      plain.add(value);
      ones.add(value, 1);
    });
    expect([ones.mean(), ones.variance(), ones.effectiveN]).toEqual([plain.mean(), plain.variance(), x.length]);
  });
});
