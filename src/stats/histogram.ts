/**
 * Counts of each distinct value of a discrete variable (the answers to a rating question).
 * Memory grows with the number of distinct values, not of observations, and two histograms of
 * parts of the data merge into the histogram of the whole, whatever the split or the order.
 * Means and variances computed from it are exact up to floating-point rounding of the final sums.
 */
export class Histogram {
  private readonly counts = new Map<number, number>();
  private total = 0;

  add(value: number, count = 1): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
    this.total += count;
  }

  merge(other: Histogram): this {
    for (const [value, count] of other.counts) this.add(value, count);
    return this;
  }

  get n(): number {
    return this.total;
  }

  count(value: number): number {
    return this.counts.get(value) ?? 0;
  }

  /** Number of observations for which `predicate(value)` holds. */
  countWhere(predicate: (value: number) => boolean): number {
    let sum = 0;
    for (const [value, count] of this.counts) if (predicate(value)) sum += count;
    return sum;
  }

  /** Distinct values in ascending order with their counts. */
  entries(): Array<[value: number, count: number]> {
    return [...this.counts].sort((a, b) => a[0] - b[0]);
  }

  /** Arithmetic mean, or null when empty. */
  mean(): number | null {
    if (this.total === 0) return null;
    let sum = 0;
    for (const [value, count] of this.counts) sum += value * count;
    return sum / this.total;
  }

  /**
   * Sample variance with Bessel's correction (divide by n − 1, as R's `var` and numpy's
   * `var(ddof=1)`), computed in two passes over the distinct values; null when n < 2.
   */
  variance(): number | null {
    const mean = this.mean();
    if (mean === null || this.total < 2) return null;
    let sum = 0;
    for (const [value, count] of this.counts) sum += count * (value - mean) ** 2;
    return sum / (this.total - 1);
  }
}
