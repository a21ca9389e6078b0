import { adjustP, npsDifferenceZ, twoProportionZ, welchT, type Adjustment, type TestResult } from '../stats/difference-tests.js';
import type { Report, SegmentTest } from './report.js';

/**
 * Corrects the p-values of a family of tests together and files each test, with its adjusted p
 * and whether it is significant, into its list. Returns the significance level, 1 − the
 * confidence level (rounded: 1 − 0.95 is 0.050000000000000044 in floating point).
 */
export function settleFamily(family: ReadonlyArray<{ into: SegmentTest[]; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }>, adjust: Adjustment, confidenceLevel: number): number {
  const adjusted = adjustP(family.map((f) => f.test.p), adjust);
  const alpha = Math.round((1 - confidenceLevel) * 1e9) / 1e9;
  family.forEach(({ into, test }, i) => {
    const adjustedP = adjusted[i] as number;
    into.push({ ...test, adjustedP, significant: adjustedP < alpha });
  });
  return alpha;
}

/** The tests of one segment's figures against the rest's: dimension and index scores, CSAT share, NPS. */
export function compare(segment: Report, rest: Report): Array<Omit<SegmentTest, 'adjustedP' | 'significant'>> {
  const tests: Array<Omit<SegmentTest, 'adjustedP' | 'significant'>> = [];
  const push = (metric: string, test: SegmentTest['test'], a: number, b: number, result: TestResult | null) => {
    if (result === null) return;
    tests.push({ metric, test, segment: a, rest: b, statistic: result.statistic, df: result.df, p: result.p, direction: result.statistic >= 0 ? 'up' : 'down' });
  };
  const means = (metric: string, a: { mean: number | null; sd: number | null; effectiveN: number } | null | undefined, b: typeof a) => {
    if (a === null || a === undefined || b === null || b === undefined || a.mean === null || a.sd === null || b.mean === null || b.sd === null) return;
    push(metric, 'welch-t', a.mean, b.mean, welchT({ mean: a.mean, sd: a.sd, n: a.effectiveN }, { mean: b.mean, sd: b.sd, n: b.effectiveN }));
  };
  for (const [id, dimension] of Object.entries(segment.dimensions)) means(`dimensions.${id}.score`, dimension, rest.dimensions[id]);
  means('index.score', segment.index === null ? null : { ...segment.index, mean: segment.index.score }, rest.index === null ? null : { ...rest.index, mean: rest.index.score });
  const [a, b] = [segment.csat, rest.csat];
  if (a !== null && b !== null && a.topBox !== null && b.topBox !== null) push('csat.topBox.share', 'two-proportion-z', a.topBox.share, b.topBox.share, twoProportionZ({ share: a.topBox.share, n: a.effectiveN }, { share: b.topBox.share, n: b.effectiveN }));
  const [x, y] = [segment.nps, rest.nps];
  if (x !== null && y !== null) push('nps.score', 'nps-z', x.score, y.score, npsDifferenceZ({ promoters: x.promoters.share, detractors: x.detractors.share, n: x.effectiveN }, { promoters: y.promoters.share, detractors: y.detractors.share, n: y.effectiveN }));
  return tests;
}
