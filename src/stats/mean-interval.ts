import type { Interval } from './interval.js';
import { tQuantile } from './quantiles.js';

/**
 * The t interval for a mean: `x̄ ± t(1 - α/2, n - 1) · s / √n`, the interval R's `t.test` and
 * SciPy's `ttest_1samp(...).confidence_interval()` give. With weights, `n` is Kish's effective n
 * and the degrees of freedom n − 1 need not be whole. It needs n > 1 and a finite standard
 * deviation, and a finite t (the effective n may be barely above 1); otherwise it returns null.
 *
 * @example meanInterval(4.2, 0.9, 100, 0.95) // { low: 4.0214..., high: 4.3785..., level: 0.95 }
 */
export function meanInterval(mean: number, sd: number, n: number, level: number): Interval | null {
  if (!(n > 1) || !Number.isFinite(sd) || !Number.isFinite(mean)) return null;
  // With weights the effective n can be barely above 1: t on so few degrees of freedom is beyond
  // any number, and the interval is unbounded (null), unless every answer is the same.
  const half = sd === 0 ? 0 : tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
  if (!Number.isFinite(half)) return null;
  return { low: mean - half, high: mean + half, level };
}
