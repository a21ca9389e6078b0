import type { Interval } from './interval.js';
import { normalQuantile } from './quantiles.js';

/**
 * The Wilson score interval for a proportion `count / n`, which unlike the Wald interval stays
 * inside [0, 1] and behaves at shares near 0 or 1. It equals R's `prop.test(correct = FALSE)` and
 * SciPy's `binomtest(k, n).proportion_ci(method = "wilson")`.
 * https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval
 *
 * With weights, pass the weighted share times Kish's effective n as `count` and the effective n as
 * `n`. Returns null when n is 0.
 *
 * @example wilsonInterval(42, 50, 0.95) // { low: 0.7146..., high: 0.9166..., level: 0.95 }
 */
export function wilsonInterval(count: number, n: number, level: number): Interval | null {
  if (!(n > 0)) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = count / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0/n the lower bound is exactly 0 and at n/n the upper bound exactly 1; the formula leaves a
  // rounding residue of about 1e-17 there.
  const low = count === 0 ? 0 : Math.max(0, centre - half);
  const high = count === n ? 1 : Math.min(1, centre + half);
  return { low, high, level };
}
