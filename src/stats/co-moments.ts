import { effectiveN, varianceDenominator } from './weight-sums.js';

/**
 * Streaming means and co-moments of k variables observed together (a respondent's answers to the
 * items of a dimension, say): the weighted form of Welford's update, mergeable by the pairwise
 * formula of Chan, Golub and LeVeque, so that covariance and correlation matrices of any split of
 * the data combine exactly. Memory is k² numbers whatever the number of observations.
 */
export interface CoMomentsState {
  k: number;
  count: number;
  weightSum: number;
  weight2Sum: number;
  means: number[];
  /** Row-major k × k. */
  c: number[];
}

export class CoMoments {
  private count = 0;
  private weightSum = 0;
  private weight2Sum = 0;
  private readonly means: Float64Array;
  // Weighted sums of cross-products of deviations, row-major k × k.
  private readonly c: Float64Array;
  private readonly delta: Float64Array;

  constructor(readonly k: number) {
    this.means = new Float64Array(k);
    this.c = new Float64Array(k * k);
    this.delta = new Float64Array(k);
  }

  /**
   * Adds one observation of all k variables; it must have no missing value. addCoMoment
   * (stats/flat-moments.ts) repeats this arithmetic for weight 1, to the bit: change both or neither.
   */
  add(x: ArrayLike<number>, weight = 1): void {
    if (!(weight > 0)) return;
    const { k, means, c, delta } = this;
    const before = this.weightSum;
    this.count += 1;
    this.weightSum += weight;
    this.weight2Sum += weight * weight;
    const share = weight / this.weightSum;
    for (let i = 0; i < k; i++) {
      delta[i] = (x[i] as number) - (means[i] as number);
      means[i] = (means[i] as number) + (delta[i] as number) * share;
    }
    // The cross-product w·δᵢ·(xⱼ − x̄ⱼ) written as w·δᵢ·δⱼ·(Σw before / Σw after), which it equals: x − x̄
    // after the update cancels to a few digits when this weight outweighs the earlier ones a
    // million times (x̄ has moved next to x), and the co-moments lost as many digits; δ, taken before
    // the update, and the ratio of the sums lose none. The diagonal is a square: never negative.
    const kept = weight * (before / this.weightSum);
    for (let i = 0; i < k; i++) {
      const di = kept * (delta[i] as number);
      for (let j = 0; j < k; j++) c[i * k + j] = (c[i * k + j] as number) + di * (delta[j] as number);
    }
  }

  /** Multiplies every weight by `factor` (> 0): the figures stay, the sums change unit. */
  scaleWeights(factor: number): void {
    this.weightSum *= factor;
    this.weight2Sum *= factor * factor;
    for (let i = 0; i < this.c.length; i++) this.c[i] = (this.c[i] as number) * factor;
  }

  /** Forgets every observation. */
  clear(): void {
    this.count = 0;
    this.weightSum = 0;
    this.weight2Sum = 0;
    this.means.fill(0);
    this.c.fill(0);
  }

  /** Copies the state into `to` at `at` (coMomentSlots(k) numbers), for addCoMoment (stats/flat-moments.ts) to go on from. */
  copyTo(to: Float64Array, at: number): void {
    const { k } = this;
    to[at] = this.count;
    to[at + 1] = this.weightSum;
    to[at + 2] = this.weight2Sum;
    to.set(this.means, at + 3);
    to.set(this.c, at + 3 + k);
  }

  /** Takes the state that copyTo gave and addCoMoment went on with, as it is. */
  copyFrom(from: Float64Array, at: number): void {
    const { k } = this;
    this.count = from[at] as number;
    this.weightSum = from[at + 1] as number;
    this.weight2Sum = from[at + 2] as number;
    this.means.set(from.subarray(at + 3, at + 3 + k));
    this.c.set(from.subarray(at + 3 + k, at + 3 + k + k * k));
  }

  /** The accumulator as plain numbers, to write down and load into another of the same k. */
  save(): CoMomentsState {
    return { k: this.k, count: this.count, weightSum: this.weightSum, weight2Sum: this.weight2Sum, means: [...this.means], c: [...this.c] };
  }

  /** Adds the observations of a state `save` gave (of a shard of the data). */
  load(state: CoMomentsState): this {
    if (state.k !== this.k || state.means.length !== this.k || state.c.length !== this.k * this.k) throw new Error(`CoMoments.load: a state of ${state.k} variables into ${this.k}`);
    const other = new CoMoments(this.k);
    other.count = state.count;
    other.weightSum = state.weightSum;
    other.weight2Sum = state.weight2Sum;
    other.means.set(state.means);
    other.c.set(state.c);
    return this.merge(other);
  }

  merge(other: CoMoments): this {
    if (other.k !== this.k) throw new Error(`CoMoments.merge: ${other.k} variables into ${this.k}`);
    if (other.count === 0) return this;
    if (this.count === 0) {
      // A copy, exactly: merging into nothing must not round the means.
      this.means.set(other.means);
      this.c.set(other.c);
      this.count = other.count;
      this.weightSum = other.weightSum;
      this.weight2Sum = other.weight2Sum;
      return this;
    }
    const { k } = this;
    const weight = this.weightSum + other.weightSum;
    // Weights that all rounded to 0 in the analysis' unit: each side's means counted by its rows (see Moments.merge).
    const factor = weight > 0 ? (this.weightSum * other.weightSum) / weight : 0;
    // The share of the other side in the means: by weight, or by rows when the weights are 0.
    const part = weight > 0 ? other.weightSum : other.count;
    const whole = weight > 0 ? weight : this.count + other.count;
    const delta = Array.from({ length: k }, (_, i) => (other.means[i] as number) - (this.means[i] as number));
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) this.c[i * k + j] = (this.c[i * k + j] as number) + (other.c[i * k + j] as number) + (delta[i] as number) * (delta[j] as number) * factor;
      this.means[i] = (this.means[i] as number) + ((delta[i] as number) * part) / whole;
    }
    this.count += other.count;
    this.weightSum = weight;
    this.weight2Sum += other.weight2Sum;
    return this;
  }

  get n(): number {
    return this.count;
  }

  /** Kish's effective n, (Σw)² / Σw²; n without weights. */
  get effectiveN(): number {
    return effectiveN(this.weightSum, this.weight2Sum);
  }

  /** The (weighted) mean of each variable; null when empty. */
  meanVector(): number[] | null {
    return this.count === 0 ? null : [...this.means];
  }

  /**
   * The sample covariance matrix (k rows of k), with the denominator Σw − Σw²/Σw (n − 1 without
   * weights, as R's `cov`); null with fewer than two observations.
   */
  covariance(): number[][] | null {
    const denominator = varianceDenominator(this.weightSum, this.weight2Sum);
    if (this.count < 2 || !(denominator > 0)) return null;
    const { k } = this;
    return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (this.c[i * k + j] as number) / denominator));
  }
}

/** The correlation matrix of a covariance matrix; null if a variable has no variance. */
export function correlationMatrix(covariance: readonly (readonly number[])[]): number[][] | null {
  const sd = covariance.map((row, i) => Math.sqrt(row[i] as number));
  if (sd.some((s) => !(s > 0))) return null;
  return covariance.map((row, i) => row.map((value, j) => (i === j ? 1 : value / ((sd[i] as number) * (sd[j] as number)))));
}

/**
 * The means and co-moments of k variables observed together, grouped: `counts[g]` observations
 * of the vector `vectors[g·k … g·k + k − 1]`, whose weights sum to `weights[g]` and their squares
 * to `weights2[g]`; groups of count 0 are left out. Two passes over the groups in order of their
 * vectors (then of their sums), each vector taken from the first, so that a constant keeps its mean
 * exactly and no spread: the same groups give the same bits, however they are numbered, whatever
 * the order their observations came in or the counts were merged.
 */
export function groupedCoMoments(k: number, vectors: ArrayLike<number>, counts: ArrayLike<number>, weights: ArrayLike<number>, weights2: ArrayLike<number>): CoMoments {
  const result = new CoMoments(k);
  const order: number[] = [];
  for (let g = 0; g < counts.length; g++) if ((counts[g] as number) > 0) order.push(g);
  if (order.length === 0) return result;
  const at = (array: ArrayLike<number>, i: number) => array[i] as number;
  const byVector = (a: number, b: number) => {
    for (let i = 0; i < k; i++) {
      const difference = at(vectors, a * k + i) - at(vectors, b * k + i);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  // Groups given in order of distinct vectors (a dimension's, see DimensionCounts) need no sorting.
  if (order.some((g, i) => i > 0 && !(byVector(order[i - 1] as number, g) < 0))) {
    order.sort((a, b) => byVector(a, b) || at(weights, a) - at(weights, b) || at(weights2, a) - at(weights2, b) || at(counts, a) - at(counts, b));
  }
  const first = order[0] as number;
  let count = 0;
  let weightSum = 0;
  let weight2Sum = 0;
  const shifted = new Float64Array(k);
  const shiftedByCount = new Float64Array(k);
  for (const g of order) {
    count += at(counts, g);
    weightSum += at(weights, g);
    weight2Sum += at(weights2, g);
    for (let i = 0; i < k; i++) {
      const from = at(vectors, g * k + i) - at(vectors, first * k + i);
      shifted[i] = at(shifted, i) + at(weights, g) * from;
      shiftedByCount[i] = at(shiftedByCount, i) + at(counts, g) * from;
    }
  }
  // Weights that all rounded to 0 (a weight 2^1074 times theirs came later: see
  // SurveyAnalysis.relativeWeight): the means of the observations each counted once, and no
  // co-moments, as Moments keeps the mean it had when scaleWeights takes its weights to 0.
  if (!(weightSum > 0)) {
    const means = Array.from({ length: k }, (_, i) => at(vectors, first * k + i) + at(shiftedByCount, i) / count);
    return result.load({ k, count, weightSum, weight2Sum, means, c: new Array<number>(k * k).fill(0) });
  }
  const means = Array.from({ length: k }, (_, i) => at(vectors, first * k + i) + at(shifted, i) / weightSum);
  const c = new Array<number>(k * k).fill(0);
  for (const g of order) {
    for (let i = 0; i < k; i++) {
      const di = at(weights, g) * (at(vectors, g * k + i) - at(means, i));
      for (let j = 0; j < k; j++) c[i * k + j] = at(c, i * k + j) + di * (at(vectors, g * k + j) - at(means, j));
    }
  }
  return result.load({ k, count, weightSum, weight2Sum, means, c });
}
