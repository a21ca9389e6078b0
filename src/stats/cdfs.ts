import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import tCdfImpl from '@stdlib/stats-base-dists-t-cdf';

/**
 * Cumulative distribution function of Student's t distribution with `df` degrees of freedom.
 *
 * @example tCdf(2.2281388519649385, 10) // 0.975
 */
export function tCdf(x: number, df: number): number {
  return tCdfImpl(x, df);
}

/**
 * Cumulative distribution function of the standard normal distribution.
 *
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}
