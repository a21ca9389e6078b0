import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

/**
 * Quantile (inverse CDF) of Student's t distribution with `df` degrees of freedom, from stdlib's
 * port of the Boost/Cephes incomplete-beta inverse (accurate to about 1e-15).
 *
 * @example tQuantile(0.975, 10) // 2.2281388519649385
 */
export function tQuantile(p: number, df: number): number {
  return tQuantileImpl(p, df);
}

/**
 * Quantile of the standard normal distribution.
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}
