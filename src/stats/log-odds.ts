/** The log-odds ratio of a word between two groups, its approximate variance and z-score. */
export interface LogOdds {
  /** δ̂: the log-odds of the word in group i less that in group j (positive: more used by i). */
  delta: number;
  /** σ²(δ̂) ≈ 1/(y_i + α_w) + 1/(y_j + α_w). */
  variance: number;
  /** δ̂ / σ. */
  z: number;
}

/**
 * The log-odds ratio of a word between the words of two groups, with an informative Dirichlet
 * prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words: Lexical Feature Selection and
 * Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4), eq. 16
 * to 22): the word is used `yi` times among the `ni` words of group i and `yj` times among the `nj`
 * of group j; the prior gives it `alphaW` of `alpha0` pseudo-counts (α_w = α_0 times the word's
 * frequency in a background of text).
 *
 *   δ̂ = log((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α_0 − y_j − α_w))
 *   σ²(δ̂) ≈ 1/(y_i + α_w) + 1/(y_j + α_w),  z = δ̂ / σ
 *
 * The prior shrinks the estimate of a rare word towards no difference, so that z ranks words by
 * how surely, not only how much, a group uses them more. Throws a RangeError unless
 * 0 < α_w < α_0 and 0 ≤ y ≤ n in each group.
 *
 * @example logOddsDirichlet(50, 500, 2, 1000, 60, 2000).z // 4.9 (rounded)
 */
export function logOddsDirichlet(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number): LogOdds {
  if (!(alphaW > 0 && alphaW < alpha0)) throw new RangeError(`the prior's count of the word (${alphaW}) must be above 0 and below its total (${alpha0})`);
  if (!(yi >= 0 && yi <= ni && yj >= 0 && yj <= nj)) throw new RangeError(`a word's count (${yi}, ${yj}) must be within its group's words (${ni}, ${nj})`);
  const delta = Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}
