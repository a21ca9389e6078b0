import { normalCdf, tCdf } from './cdfs.js';
import type { Interval } from './interval.js';
import { normalQuantile, tQuantile } from './quantiles.js';
import { wilsonInterval } from './wilson-interval.js';

/** A two-sided test of a difference: its statistic, the degrees of freedom of a t test, and p. */
export interface TestResult {
  statistic: number;
  df: number | null;
  p: number;
}

export interface MeanSummary {
  mean: number;
  sd: number;
  /** The base (Kish's effective n with weights). */
  n: number;
}

/**
 * Welch's t test of two means with unequal variances, from summaries (as SciPy's
 * `ttest_ind_from_stats(equal_var=False)` and R's `t.test`): `t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂)`
 * on the Welch–Satterthwaite degrees of freedom. Null when a side has n < 2 or both have no
 * variance.
 */
export function welchT(a: MeanSummary, b: MeanSummary): TestResult | null {
  if (!(a.n >= 2 && b.n >= 2)) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se2 = va + vb;
  if (!(se2 > 0 && se2 < Number.POSITIVE_INFINITY)) return null;
  const statistic = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return computed({ statistic, df, p: 2 * tCdf(-Math.abs(statistic), df) });
}

/**
 * The result, or null when a figure of it is not a number: a variance that overflows, as a weighted
 * one does when one weight outweighs the others by hundreds of orders of magnitude, leaves the
 * degrees of freedom ∞/∞. A test that cannot be computed is left out, as one of a side too small.
 */
function computed(result: TestResult): TestResult | null {
  return Number.isFinite(result.statistic) && !Number.isNaN(result.p) && (result.df === null || !Number.isNaN(result.df)) ? result : null;
}

export interface ShareSummary {
  share: number;
  n: number;
}

/**
 * The two-proportion z test with the pooled proportion (as R's `prop.test(correct = FALSE)`,
 * whose X² is z²): `z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))`. Null when a side is empty or the
 * pooled share is 0 or 1.
 */
export function twoProportionZ(a: ShareSummary, b: ShareSummary): TestResult | null {
  if (!(a.n > 0 && b.n > 0)) return null;
  const pooled = (a.share * a.n + b.share * b.n) / (a.n + b.n);
  const se2 = pooled * (1 - pooled) * (1 / a.n + 1 / b.n);
  if (!(se2 > 0 && se2 < Number.POSITIVE_INFINITY)) return null;
  const statistic = (a.share - b.share) / Math.sqrt(se2);
  return computed({ statistic, df: null, p: 2 * normalCdf(-Math.abs(statistic)) });
}

export interface NpsShares {
  /** Shares of promoters and detractors, 0..1. */
  promoters: number;
  detractors: number;
  n: number;
}

/**
 * z on the difference of two NPS (DESIGN.md): each respondent coded +1/0/−1 has variance
 * `p + d − (p − d)²`, and `SE = √(var₁/n₁ + var₂/n₂)`. Null when a side is empty or SE is 0.
 */
export function npsDifferenceZ(a: NpsShares, b: NpsShares): TestResult | null {
  if (!(a.n > 0 && b.n > 0)) return null;
  const variance = (s: NpsShares) => s.promoters + s.detractors - (s.promoters - s.detractors) ** 2;
  const se2 = variance(a) / a.n + variance(b) / b.n;
  if (!(se2 > 0 && se2 < Number.POSITIVE_INFINITY)) return null;
  const statistic = (a.promoters - a.detractors - (b.promoters - b.detractors)) / Math.sqrt(se2);
  return computed({ statistic, df: null, p: 2 * normalCdf(-Math.abs(statistic)) });
}

/**
 * The interval of a difference of two means, `x̄₁ − x̄₂ ± t · √(s₁²/n₁ + s₂²/n₂)` on the
 * Welch–Satterthwaite degrees of freedom (as R's `t.test(var.equal = FALSE)$conf.int`). Null where
 * `welchT` is.
 */
export function welchInterval(a: MeanSummary, b: MeanSummary, level: number): Interval | null {
  const test = welchT(a, b);
  if (test === null || test.df === null) return null;
  const se = Math.sqrt((a.sd * a.sd) / a.n + (b.sd * b.sd) / b.n);
  const half = tQuantile(1 - (1 - level) / 2, test.df) * se;
  return { low: a.mean - b.mean - half, high: a.mean - b.mean + half, level };
}

/**
 * Newcombe's hybrid score interval of a difference of two proportions (his method 10, without
 * continuity correction), built from the Wilson interval of each side, so that it stays within
 * [−1, 1] and behaves near 0 and 1 where the Wald interval does not:
 * `L = d − √((p₁ − l₁)² + (u₂ − p₂)²)`, `U = d + √((u₁ − p₁)² + (p₂ − l₂)²)`.
 * Newcombe, R. G. (1998), Statistics in Medicine 17, 873–890. Null when a side is empty.
 */
export function newcombeInterval(a: ShareSummary, b: ShareSummary, level: number): Interval | null {
  const wa = wilsonInterval(a.share * a.n, a.n, level);
  const wb = wilsonInterval(b.share * b.n, b.n, level);
  if (wa === null || wb === null) return null;
  const d = a.share - b.share;
  return {
    low: d - Math.sqrt((a.share - wa.low) ** 2 + (wb.high - b.share) ** 2),
    high: d + Math.sqrt((wa.high - a.share) ** 2 + (b.share - wb.low) ** 2),
    level,
  };
}

/** The interval of a difference of two NPS, in shares (−2..2): `d ± z · SE` with the SE of `npsDifferenceZ`. */
export function npsDifferenceInterval(a: NpsShares, b: NpsShares, level: number): Interval | null {
  if (!(a.n > 0 && b.n > 0)) return null;
  const variance = (s: NpsShares) => s.promoters + s.detractors - (s.promoters - s.detractors) ** 2;
  const half = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(variance(a) / a.n + variance(b) / b.n);
  const d = a.promoters - a.detractors - (b.promoters - b.detractors);
  return { low: d - half, high: d + half, level };
}

export const ADJUSTMENTS = ['holm', 'bh', 'none'] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/**
 * p-values adjusted for a family of tests, in the order given: Holm's step-down (controls the
 * family-wise error rate), Benjamini–Hochberg's step-up (controls the false discovery rate), or
 * none — as R's `p.adjust(p, "holm" | "BH" | "none")`.
 */
export function adjustP(p: readonly number[], method: Adjustment): number[] {
  const m = p.length;
  if (method === 'none' || m === 0) return [...p];
  const order = p.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
  const adjusted = new Array<number>(m);
  if (method === 'holm') {
    let running = 0;
    order.forEach(({ value, i }, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * value));
      adjusted[i] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const { value, i } = order[rank] as { value: number; i: number };
      running = Math.min(running, (m / (rank + 1)) * value);
      adjusted[i] = Math.min(1, running);
    }
  }
  return adjusted;
}
