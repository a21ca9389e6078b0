import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

export interface RelativeWeights {
  /** Variance of the outcome explained by all predictors together (the R² of the regression). */
  r2: number;
  /** Each predictor's share of R², summing to 1. */
  weights: number[];
  /** Each predictor's raw relative weight: its part of R², summing to R². */
  raw: number[];
}

// Eigenvalues below this, relative to the largest, mean predictors that are (nearly) collinear: a
// condition index √(λmax/λmin) above 100, Belsley, Kuh and Welsch's (1980) "severe" dependence —
// two dimension scores correlated above 0.9998 (more scores: less). R² then rests on the
// predictors' differences of a ten-thousandth, and its digits on rounding: at 1e-10 a fuzzed
// survey whose two scores correlated at 0.9999996 gave an R² of 0.8 from correlations of 0.001
// with the outcome, 1e-9 apart between the same weights in two units.
const COLLINEAR = 1e-4;

/**
 * Johnson's (2000) relative weights: the R² of a linear regression of the outcome on k correlated
 * predictors, split among them. The predictors are replaced by their closest orthogonal
 * counterparts Z = X·R^(−1/2); the outcome is regressed on Z (β = R^(−1/2)·r) and each
 * orthogonal variable's share is passed back to the predictors through the loadings Λ = R^(1/2):
 * ε_j = Σ_m Λ_jm² β_m². Returns the reason instead when the predictors are collinear.
 *
 * @param predictors the k × k correlation matrix of the predictors
 * @param outcome the correlation of each predictor with the outcome
 */
export function relativeWeights(predictors: readonly (readonly number[])[], outcome: readonly number[]): RelativeWeights | string {
  const k = predictors.length;
  if (k === 0) return 'no predictors';
  const evd = new EigenvalueDecomposition(new Matrix(predictors.map((row) => [...row])), { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const largest = Math.max(...values);
  if (values.some((v) => !(v > COLLINEAR * largest))) return 'the dimension scores are collinear: one is (nearly) a combination of the others';
  const vectors = evd.eigenvectorMatrix;
  const root = vectors.mmul(Matrix.diag(values.map(Math.sqrt))).mmul(vectors.transpose());
  const inverseRoot = vectors.mmul(Matrix.diag(values.map((v) => 1 / Math.sqrt(v)))).mmul(vectors.transpose());
  const beta = inverseRoot.mmul(Matrix.columnVector([...outcome])).to1DArray();
  const raw = Array.from({ length: k }, (_, j) => beta.reduce((total, b, m) => total + root.get(j, m) ** 2 * b * b, 0));
  const r2 = raw.reduce((a, b) => a + b, 0);
  if (!(r2 > 0)) return 'the outcome is uncorrelated with every dimension';
  return { r2, weights: raw.map((e) => e / r2), raw };
}
