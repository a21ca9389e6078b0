import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

/**
 * Quantile (inverse CDF) of Student's t distribution with `df` degrees of freedom, from stdlib's
 * port of the Boost/Cephes incomplete-beta inverse (accurate to about 1e-15).
 *
 * @example tQuantile(0.975, 10) // 2.2281388519649385
 */
export function tQuantile(p: number, df: number): number {
  // A report asks for the same few quantiles again and again (every mean of n − 1 = 999 answers at
  // 95 %), and each costs an iterative inversion of the incomplete beta function: remember them.
  const key = `${p} ${df}`;
  let q = T_QUANTILES.get(key);
  if (q === undefined) {
    if (T_QUANTILES.size >= MAX_REMEMBERED) T_QUANTILES.clear();
    T_QUANTILES.set(key, (q = tQuantileImpl(p, df)));
  }
  return q;
}

const T_QUANTILES = new Map<string, number>();
const MAX_REMEMBERED = 4096;

/**
 * Quantile of the standard normal distribution.
 *
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}
