import { effectiveN, varianceDenominator } from './weight-sums.js';

interface Bin {
  count: number;
  weight: number;
  weight2: number;
}

/**
 * Counts (and weights) of each distinct value of a discrete variable, such as the answers to a
 * rating question. Memory grows with the number of distinct values, not of observations; two
 * histograms of parts of the data merge into the histogram of the whole, whatever the split or the
 * order. Without weights every observation weighs 1 and the weighted figures are the plain ones.
 */
export type HistogramState = Array<[value: number, count: number, weight: number, weight2: number]>;

// The bins of whole values from 0 to this (every rating scale's answers) are also found by index.
const DIRECT = 64;

export class Histogram {
  private readonly bins = new Map<number, Bin>();
  // bins.get(value) for whole values 0 ≤ value < DIRECT, without hashing; the Map keeps the order.
  private readonly direct: Array<Bin | undefined> = new Array<Bin | undefined>(DIRECT);
  private total = 0;
  private weightTotal = 0;
  private weight2Total = 0;

  /** Adds `count` observations of `value`, each of weight `weight`. */
  add(value: number, weight = 1, count = 1): void {
    this.addBin(value, count, weight * count, weight * weight * count);
  }

  /**
   * Adds every observation of `other`, each value passed through `map` first (say, to reverse a
   * scale), so that histograms of several items can be pooled.
   */
  merge(other: Histogram, map: (value: number) => number = (value) => value): this {
    for (const [value, bin] of other.bins) this.addBin(map(value), bin.count, bin.weight, bin.weight2);
    return this;
  }

  /** Multiplies every weight by `factor` (> 0): the figures stay, the sums change unit. */
  scaleWeights(factor: number): void {
    for (const bin of this.bins.values()) {
      bin.weight *= factor;
      bin.weight2 *= factor * factor;
    }
    this.weightTotal *= factor;
    this.weight2Total *= factor * factor;
  }

  /** Forgets every observation. */
  clear(): void {
    this.bins.clear();
    this.direct.fill(undefined);
    this.total = 0;
    this.weightTotal = 0;
    this.weight2Total = 0;
  }

  /** The bins as `[value, count, weight, weight²]`, to write down and load into another. */
  save(): HistogramState {
    return [...this.bins].map(([value, bin]) => [value, bin.count, bin.weight, bin.weight2]);
  }

  /** Adds the observations of a state `save` gave (of a shard of the data). */
  load(state: HistogramState): this {
    for (const [value, count, weight, weight2] of state) this.addBin(value, count, weight, weight2);
    return this;
  }

  private addBin(value: number, count: number, weight: number, weight2: number): void {
    const bin = this.binOf(value);
    bin.count += count;
    bin.weight += weight;
    bin.weight2 += weight2;
    this.total += count;
    this.weightTotal += weight;
    this.weight2Total += weight2;
  }

  /** The bin of `value`, made empty if there is none yet. */
  private binOf(value: number): Bin {
    const direct = value >= 0 && value < DIRECT && Math.floor(value) === value;
    let bin = direct ? this.direct[value] : this.bins.get(value);
    if (bin === undefined) {
      bin = { count: 0, weight: 0, weight2: 0 };
      this.bins.set(value, bin);
      if (direct) this.direct[value] = bin;
    }
    return bin;
  }

  /** Number of observations. */
  get n(): number {
    return this.total;
  }

  /** Sum of the weights. */
  get weight(): number {
    return this.weightTotal;
  }

  /**
   * Kish's effective sample size `(Σw)² / Σw²`: the number of unweighted observations that would
   * give the same precision. Equals n without weights; 0 when empty.
   */
  get effectiveN(): number {
    return effectiveN(this.weightTotal, this.weight2Total);
  }

  count(value: number): number {
    return this.bins.get(value)?.count ?? 0;
  }

  /** Weighted share of the observations equal to `value`; 0 when empty. */
  share(value: number): number {
    return this.weightTotal === 0 ? 0 : (this.bins.get(value)?.weight ?? 0) / this.weightTotal;
  }

  /** Observations for which `predicate(value)` holds: their number, summed weight and weighted share. */
  where(predicate: (value: number) => boolean): { count: number; weight: number; share: number } {
    let count = 0;
    let weight = 0;
    for (const [value, bin] of this.bins) {
      if (!predicate(value)) continue;
      count += bin.count;
      weight += bin.weight;
    }
    return { count, weight, share: this.weightTotal === 0 ? 0 : weight / this.weightTotal };
  }

  /** Distinct values in ascending order with their counts and summed weights. */
  entries(): Array<[value: number, count: number, weight: number]> {
    return [...this.bins].sort((a, b) => a[0] - b[0]).map(([value, bin]) => [value, bin.count, bin.weight]);
  }

  /**
   * The p-quantile of the observations, counted without weights, by R's default definition (type 7,
   * numpy's "linear"): the value at position (n − 1)·p of the sorted data, interpolated between
   * neighbours. Exact, since the histogram holds every observation. Null when empty.
   *
   * @example a histogram of 1, 2, 2, 5: quantile(0.5) === 2
   */
  quantile(p: number): number | null {
    if (this.total === 0) return null;
    const position = (this.total - 1) * p;
    const below = Math.floor(position);
    const entries = this.entries();
    const at = (rank: number): number => {
      let seen = 0;
      for (const [value, count] of entries) {
        seen += count;
        if (rank < seen) return value;
      }
      return (entries.at(-1) as [number, number, number])[0];
    };
    const low = at(below);
    return position === below ? low : low + (at(below + 1) - low) * (position - below);
  }

  /** Whether every observation has weight 1. */
  get unweighted(): boolean {
    return this.weightTotal === this.total && this.weight2Total === this.total;
  }

  /** Weighted mean, or null when empty or when the weights sum to 0. */
  mean(): number | null {
    if (this.weightTotal <= 0) return null;
    // A histogram of one value has that value as its mean exactly (and no spread), whatever the
    // weights: Σ v·w / Σw would round it.
    if (this.bins.size === 1) return this.bins.keys().next().value as number;
    let sum = 0;
    for (const [value, bin] of this.bins) sum += value * bin.weight;
    return sum / this.weightTotal;
  }

  /**
   * Sample variance: Σw(x − x̄)² / (Σw − Σw²/Σw), the unbiased estimator for reliability weights
   * (numpy's `cov(x, aweights=w)`). Without weights the denominator is n − 1 (Bessel's
   * correction), as R's `var`. Computed in two passes over the distinct values; null when the
   * effective n is 1 or less.
   */
  variance(): number | null {
    const mean = this.mean();
    if (mean === null || this.total < 2) return null;
    const denominator = varianceDenominator(this.weightTotal, this.weight2Total);
    if (!(denominator > 0)) return null;
    let sum = 0;
    for (const [value, bin] of this.bins) sum += bin.weight * (value - mean) ** 2;
    return sum / denominator;
  }
}
