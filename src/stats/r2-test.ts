import fCdf from '@stdlib/stats-base-dists-f-cdf';

/** The overall F test of a least-squares fit: whether its R² is more than chance would give. */
export interface R2Test {
  f: number;
  df1: number;
  df2: number;
  /** The chance of an R² this large or larger were the outcome unrelated to every predictor. */
  p: number;
}

/**
 * The overall F test of the R² of `k` predictors fitted with an intercept to `n` observations:
 * F = (R² / k) / ((1 − R²) / (n − k − 1)) on (k, n − k − 1) degrees of freedom, as R's
 * `summary(lm(...))` and statsmodels' `f_pvalue` give it. `n` may be an effective n (Kish's, of a
 * weighted sample), and then so is the second degree of freedom. Null when there are not more
 * observations than parameters.
 *
 * @example r2FTest(0.5, 23, 2) // { f: 10, df1: 2, df2: 20, p: 0.000976… }
 */
export function r2FTest(r2: number, n: number, k: number): R2Test | null {
  const df2 = n - k - 1;
  if (!(df2 > 0) || k < 1) return null;
  // A perfect fit leaves no residual: F is infinite, p nought.
  const f = r2 >= 1 ? Number.POSITIVE_INFINITY : (r2 / k) / ((1 - r2) / df2);
  return { f, df1: k, df2, p: f === Number.POSITIVE_INFINITY ? 0 : 1 - fCdf(f, k, df2) };
}
