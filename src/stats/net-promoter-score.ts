import type { Interval } from './interval.js';
import { normalQuantile } from './quantiles.js';

/** Counts, or summed weights, of the three groups. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsEstimate {
  n: number;
  /** 100 · (P − D) / N, in points from −100 to 100. */
  score: number;
  /** Variance of one respondent coded +1 / 0 / −1: p + d − (p − d)². */
  variance: number;
  /** Half-width of the interval in points: 100 · z · √(variance / N); null when N < 2. */
  moe: number | null;
  ci: Interval | null;
}

/**
 * Net Promoter Score from counts of promoters (9-10), passives (7-8) and detractors (0-6), with
 * the normal-approximation margin of error of a mean of +1/0/−1 codes. With weights, pass the
 * summed weights of each group and Kish's effective n as `n`. Returns null when there is no answer.
 *
 * @example netPromoterScore({ promoters: 50, passives: 30, detractors: 20 }, 0.95).score // 30
 */
export function netPromoterScore(counts: NpsCounts, level: number, n = counts.promoters + counts.passives + counts.detractors): NpsEstimate | null {
  const total = counts.promoters + counts.passives + counts.detractors;
  if (!(total > 0) || !(n > 0)) return null;
  const p = counts.promoters / total;
  const d = counts.detractors / total;
  // From the counts rather than p − d: one rounding instead of three (−79/632 gives −12.5, not −12.499…).
  const score = (100 * (counts.promoters - counts.detractors)) / total;
  // Written as a sum of non-negative parts to avoid a tiny negative from cancellation.
  const variance = Math.max(0, p + d - (p - d) ** 2);
  if (!(n > 1)) return { n, score, variance, moe: null, ci: null };
  const moe = 100 * normalQuantile(1 - (1 - level) / 2) * Math.sqrt(variance / n);
  return { n, score, variance, moe, ci: { low: score - moe, high: score + moe, level } };
}
