/**
 * Kish's effective sample size `(Σw)² / Σw²`: the number of unweighted observations that would
 * give the same precision as weighted ones. Equals n when every weight is 1; 0 when empty.
 */
export function effectiveN(weightSum: number, weight2Sum: number): number {
  return weight2Sum === 0 ? 0 : (weightSum * weightSum) / weight2Sum;
}

/**
 * The denominator of the unbiased variance with reliability weights, `Σw − Σw²/Σw` (numpy's
 * `cov(aweights=w)`); n − 1 when every weight is 1.
 */
export function varianceDenominator(weightSum: number, weight2Sum: number): number {
  return weightSum - weight2Sum / weightSum;
}
