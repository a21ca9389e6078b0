import { groupedCoMoments } from './co-moments.js';
import { effectiveN, varianceDenominator } from './weight-sums.js';

/**
 * Streaming weighted mean and variance of a continuous variable, by West's (1979) weighted form of
 * Welford's update, mergeable by the pairwise formula of Chan, Golub and LeVeque (1979), so that
 * shards of the data can be summarised apart and combined without loss of accuracy. Without
 * weights every observation weighs 1. CoMoments does the same for k variables at once; this one
 * stays scalar because it runs once per dimension per row.
 * https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Weighted_incremental_algorithm
 */
export interface MomentsState {
  count: number;
  weightSum: number;
  weight2Sum: number;
  mu: number;
  m2: number;
}

export class Moments {
  private count = 0;
  private weightSum = 0;
  private weight2Sum = 0;
  private mu = 0;
  // Weighted sum of squared deviations from the running mean.
  private m2 = 0;

  /** Adds an observation. addMoment (stats/flat-moments.ts) repeats this arithmetic for weight 1, to the bit: change both or neither. */
  add(x: number, weight = 1): void {
    if (!(weight > 0)) return;
    const before = this.weightSum;
    this.count += 1;
    this.weightSum += weight;
    this.weight2Sum += weight * weight;
    const delta = x - this.mu;
    // The share first, so that the first observation (share 1) is the mean exactly, and a constant
    // variable keeps a mean equal to it and no spread, whatever its weights.
    this.mu += delta * (weight / this.weightSum);
    // w·δ·(x − x̄) written as w·δ²·(Σw before / Σw after), which it equals: x − x̄ after the update
    // cancels to a few digits when this weight outweighs the earlier ones a million times, and m2
    // lost as many; δ and the ratio of the sums lose none, and the term is never negative.
    this.m2 += weight * (before / this.weightSum) * delta * delta;
  }

  /** Multiplies every weight by `factor` (> 0): the figures stay, the sums change unit. */
  scaleWeights(factor: number): void {
    this.weightSum *= factor;
    this.weight2Sum *= factor * factor;
    this.m2 *= factor;
  }

  /** Forgets every observation. */
  clear(): void {
    this.count = 0;
    this.weightSum = 0;
    this.weight2Sum = 0;
    this.mu = 0;
    this.m2 = 0;
  }

  /** Copies the state into `to` at `at` (MOMENT_SLOTS numbers), for addMoment (stats/flat-moments.ts) to go on from. */
  copyTo(to: Float64Array, at: number): void {
    to[at] = this.count;
    to[at + 1] = this.weightSum;
    to[at + 2] = this.weight2Sum;
    to[at + 3] = this.mu;
    to[at + 4] = this.m2;
  }

  /** Takes the state that copyTo gave and addMoment went on with, as it is. */
  copyFrom(from: Float64Array, at: number): void {
    this.count = from[at] as number;
    this.weightSum = from[at + 1] as number;
    this.weight2Sum = from[at + 2] as number;
    this.mu = from[at + 3] as number;
    this.m2 = from[at + 4] as number;
  }

  /** The accumulator as plain numbers, to write down and load into another (a shard's state). */
  save(): MomentsState {
    return { count: this.count, weightSum: this.weightSum, weight2Sum: this.weight2Sum, mu: this.mu, m2: this.m2 };
  }

  /** Adds the observations of a state `save` gave (of a shard of the data). */
  load(state: MomentsState): this {
    return this.merge(Object.assign(new Moments(), state));
  }

  merge(other: Moments): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      Object.assign(this, { count: other.count, weightSum: other.weightSum, weight2Sum: other.weight2Sum, mu: other.mu, m2: other.m2 });
      return this;
    }
    const weight = this.weightSum + other.weightSum;
    const delta = other.mu - this.mu;
    // Weights that all rounded to 0 in the analysis' unit (rows some 2^1000 times lighter than one
    // that set it, without moments here): each side's mean counted by its rows, as groupedMoments
    // does, rather than 0/0.
    if (weight > 0) {
      this.mu += (delta * other.weightSum) / weight;
      this.m2 += other.m2 + (delta * delta * this.weightSum * other.weightSum) / weight;
    } else {
      this.mu += (delta * other.count) / (this.count + other.count);
      this.m2 += other.m2;
    }
    this.count += other.count;
    this.weightSum = weight;
    this.weight2Sum += other.weight2Sum;
    return this;
  }

  /** Number of observations. */
  get n(): number {
    return this.count;
  }

  /** Kish's effective sample size (Σw)² / Σw²; n without weights. */
  get effectiveN(): number {
    return effectiveN(this.weightSum, this.weight2Sum);
  }

  /** Weighted mean, or null when empty. */
  mean(): number | null {
    return this.count === 0 ? null : this.mu;
  }

  /** Sample variance, Σw(x − x̄)² / (Σw − Σw²/Σw): n − 1 in the denominator without weights; null when n < 2. */
  variance(): number | null {
    if (this.count < 2) return null;
    const denominator = varianceDenominator(this.weightSum, this.weight2Sum);
    // m2 cannot be negative; rounding can make it so by a hair.
    return denominator > 0 ? Math.max(0, this.m2) / denominator : null;
  }
}

/**
 * The moments of observations grouped by value: `counts[g]` observations of `values[g]`, whose
 * weights sum to `weights[g]` and their squares to `weights2[g]` (each `counts[g]` without
 * weights); groups of count 0 are left out. The co-moments of one variable (groupedCoMoments):
 * two passes over the groups in order of value, each value taken from the smallest, so that a
 * constant keeps its mean exactly and no spread, as `add` does, and the same groups give the same
 * bits however they are numbered or merged.
 */
export function groupedMoments(values: ArrayLike<number>, counts: ArrayLike<number>, weights: ArrayLike<number>, weights2: ArrayLike<number>): Moments {
  const { count, weightSum, weight2Sum, means, c } = groupedCoMoments(1, values, counts, weights, weights2).save();
  return count === 0 ? new Moments() : new Moments().load({ count, weightSum, weight2Sum, mu: means[0] as number, m2: c[0] as number });
}
