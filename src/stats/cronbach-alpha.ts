import fQuantile from '@stdlib/stats-base-dists-f-quantile';
import { correlationMatrix } from './co-moments.js';
import type { Interval } from './interval.js';

export interface AlphaEstimate {
  /** Cronbach's alpha from the covariances: k/(k−1) · (1 − Σ var / var(total)). */
  raw: number;
  /** Alpha from the correlations, k·r̄ / (1 + (k−1)·r̄), as if every item were standardized. */
  standardized: number;
  /** Feldt's (1965) interval of the raw alpha, as psych::alpha reports it. */
  ci: Interval | null;
  /** Raw alpha of the other items when item i is left out; null for a scale of two items. */
  ifDropped: Array<number | null>;
  /** Correlation of item i with the sum of the other items (corrected item-total, psych's r.drop). */
  itemTotal: number[];
}

/**
 * The most items whose alpha is computed: their co-moments take k² numbers and k² steps a
 * respondent. No dimension of a real survey comes near; beyond it alpha is null with the reason.
 */
export const MAX_ALPHA_ITEMS = 100;

/**
 * Cronbach's alpha of k ≥ 2 items from their covariance matrix over n respondents who answered
 * them all, with what psych::alpha reports beside it. Returns the reason instead when alpha is
 * undefined: fewer than two items, too few respondents, or an item with no variance.
 * https://en.wikipedia.org/wiki/Cronbach%27s_alpha
 */
export function cronbachAlpha(covariance: readonly (readonly number[])[], n: number, level: number): AlphaEstimate | string {
  const k = covariance.length;
  if (k < 2) return 'needs at least two items';
  if (n < 3) return 'needs at least three respondents who answered every item';
  const correlation = correlationMatrix(covariance);
  if (correlation === null) return 'an item has the same answer from every respondent who answered every item';
  if (!(sum(covariance) > 0)) return "the items cancel out: every respondent's total is the same";
  const raw = rawAlpha(covariance);
  const meanCorrelation = (sum(correlation) - k) / (k * (k - 1));
  // Items whose correlations cancel out (two with r = −1) have a standardized total that does not
  // vary: undefined, whatever rounding leaves of the 0 it divides by.
  const spread = 1 + (k - 1) * meanCorrelation;
  const standardized = Math.abs(spread) < 1e-12 ? Number.NaN : (k * meanCorrelation) / spread;
  // Leaving item i out takes its row and column from the matrix: the sum of the rest is the total
  // less twice its row sum plus its variance, so every item's figures come from sums made once
  // (O(k²) in all, not a copy of the matrix per item).
  const total = sum(covariance);
  const variances = covariance.reduce((sumOfVariances, row, i) => sumOfVariances + (row[i] as number), 0);
  // The size of the terms of each sum, Σ|c|: a sum of the rest that is rounding beside it is no variance.
  const absolute = covariance.map((row) => row.reduce((a, c) => a + Math.abs(c), 0));
  const absoluteTotal = absolute.reduce((a, b) => a + b, 0);
  const ifDropped: Array<number | null> = [];
  const itemTotal: number[] = [];
  covariance.forEach((row, i) => {
    const variance = row[i] as number;
    const covarianceWithRest = sum([row]) - variance;
    const sumOfRest = total - 2 * covarianceWithRest - variance;
    const rest = sumOfRest > 1e-9 * (absoluteTotal - 2 * (absolute[i] as number) + Math.abs(variance)) ? sumOfRest : Number.NaN;
    ifDropped.push(k > 2 ? ((k - 1) / (k - 2)) * (1 - (variances - variance) / rest) : null);
    itemTotal.push(covarianceWithRest / Math.sqrt(variance * rest));
  });
  const figures = [raw, standardized, ...itemTotal, ...ifDropped.filter((a): a is number => a !== null)];
  // Items that cancel out in part of the scale (a sub-total that does not vary) leave no finite figure.
  if (!figures.every(Number.isFinite)) return 'alpha is undefined for these items: part of the scale does not vary';
  return { raw, standardized, ci: feldtInterval(raw, n, k, level), ifDropped, itemTotal };
}

function rawAlpha(covariance: readonly (readonly number[])[]): number {
  const k = covariance.length;
  const itemVariances = covariance.reduce((total, row, i) => total + (row[i] as number), 0);
  return (k / (k - 1)) * (1 - itemVariances / sum(covariance));
}

/** Feldt's interval: 1 − (1 − α) · F(p; n − 1, (n − 1)(k − 1)) at p = 1 − a/2 and a/2. */
function feldtInterval(alpha: number, n: number, k: number, level: number): Interval | null {
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const tail = (1 - level) / 2;
  const low = 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2);
  const high = 1 - (1 - alpha) * fQuantile(tail, df1, df2);
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high, level } : null;
}

function sum(matrix: readonly (readonly number[])[]): number {
  let total = 0;
  for (const row of matrix) for (const value of row) total += value;
  return total;
}
