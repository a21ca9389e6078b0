/**
 * x · 2^k for any whole k (2^k alone overflows past ±1023): exact while the result is a normal
 * number, so weights can be brought near 1 and back without rounding.
 */
export function timesPowerOfTwo(x: number, k: number): number {
  // An exponent that is no finite number (of a weight 0 or Infinity) would never be stepped down.
  if (!Number.isFinite(k)) return x * 2 ** k;
  let result = x;
  let rest = k;
  for (; rest > 1000; rest -= 1000) result *= 2 ** 1000;
  for (; rest < -1000; rest += 1000) result *= 2 ** -1000;
  return result * 2 ** rest;
}

/** The binary exponent of a positive finite number, about log2(x): 2^e ≤ x < 2^(e+1), subnormals too. */
export function binaryExponent(x: number): number {
  return Math.floor(Math.log2(x));
}

/**
 * Kish's effective sample size `(Σw)² / Σw²`: the number of unweighted observations that would
 * give the same precision as weighted ones. Equals n when every weight is 1; 0 when empty.
 */
export function effectiveN(weightSum: number, weight2Sum: number): number {
  return weight2Sum === 0 ? 0 : (weightSum * weightSum) / weight2Sum;
}

/**
 * The denominator of the unbiased variance with reliability weights, `Σw − Σw²/Σw` (numpy's
 * `cov(aweights=w)`); n − 1 when every weight is 1. It is Σw · (1 − 1/effective n): when one weight
 * is all but the whole (the effective n within 1e-9 of 1) what is left is rounding, and it is 0, so
 * that no variance is made of 0/0.
 */
export function varianceDenominator(weightSum: number, weight2Sum: number): number {
  const denominator = weightSum - weight2Sum / weightSum;
  return denominator > 1e-9 * weightSum ? denominator : 0;
}
