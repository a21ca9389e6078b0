import { normalCdf, tCdf } from './cdfs.js';

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
  if (!(se2 > 0)) return null;
  const statistic = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { statistic, df, p: 2 * tCdf(-Math.abs(statistic), df) };
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
  if (!(se2 > 0)) return null;
  const statistic = (a.share - b.share) / Math.sqrt(se2);
  return { statistic, df: null, p: 2 * normalCdf(-Math.abs(statistic)) };
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
  if (!(se2 > 0)) return null;
  const statistic = (a.promoters - a.detractors - (b.promoters - b.detractors)) / Math.sqrt(se2);
  return { statistic, df: null, p: 2 * normalCdf(-Math.abs(statistic)) };
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
