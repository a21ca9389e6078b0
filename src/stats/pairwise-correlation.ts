import { sampleCorrelation } from 'simple-statistics';

/**
 * Pearson's correlation of two variables over the rows where both were answered (NaN marks a row
 * not answered): pairwise deletion, as R's `cor(use = "pairwise.complete.obs")`. 0 where fewer
 * than `minPairs` rows have both, or where either has no spread, so that a matrix built from it
 * has no gaps.
 *
 * @example pairwiseCorrelation([1, 2, NaN, 4], [2, 4, 5, 8], 2) // 1
 */
export function pairwiseCorrelation(a: readonly number[], b: readonly number[], minPairs: number): number {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i] as number) || Number.isNaN(b[i] as number)) continue;
    x.push(a[i] as number);
    y.push(b[i] as number);
  }
  if (x.length < Math.max(minPairs, 2)) return 0;
  const r = sampleCorrelation(x, y);
  return Number.isFinite(r) ? r : 0;
}

/**
 * The mean of the correlations between the members of a group, each pair once (the off-diagonal
 * cells of the group's block of the correlation matrix `r`), of the pairs `counts` keeps (every
 * one by default); 0 for a group of fewer than two, or of no pair kept.
 *
 * @example meanCorrelation([[1, 0.5, 0.1], [0.5, 1, 0.3], [0.1, 0.3, 1]], [0, 1]) // 0.5
 */
export function meanCorrelation(r: readonly (readonly number[])[], members: readonly number[], counts: (i: number, j: number) => boolean = () => true): number {
  let sum = 0;
  let pairs = 0;
  for (const i of members) {
    for (const j of members) {
      if (j <= i || !counts(i, j)) continue;
      sum += (r[i] as number[])[j] as number;
      pairs += 1;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/**
 * Whether a correlation `r` of `n` pairs lies below zero beyond chance: Fisher's z, one-sided at 5 %
 * (atanh(r)·√(n − 3) ≤ −1.6449). An r of −0.09 among 12 respondents is noise; −0.55 among 1,400 is not.
 */
export function belowZeroBeyondChance(r: number, n: number): boolean {
  return n > 3 && Math.atanh(r) * Math.sqrt(n - 3) <= -1.6449;
}
