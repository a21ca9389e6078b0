/**
 * Streaming mean and variance of a continuous variable by Welford's update, mergeable by the
 * pairwise formula of Chan, Golub and LeVeque (1979), so that shards of the data can be summarised
 * apart and combined without loss of accuracy.
 * https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Parallel_algorithm
 */
export class Moments {
  private count = 0;
  private mu = 0;
  // Sum of squared deviations from the running mean.
  private m2 = 0;

  add(x: number): void {
    this.count += 1;
    const delta = x - this.mu;
    this.mu += delta / this.count;
    this.m2 += delta * (x - this.mu);
  }

  merge(other: Moments): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      this.count = other.count;
      this.mu = other.mu;
      this.m2 = other.m2;
      return this;
    }
    const n = this.count + other.count;
    const delta = other.mu - this.mu;
    this.mu += (delta * other.count) / n;
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / n;
    this.count = n;
    return this;
  }

  get n(): number {
    return this.count;
  }

  /** Mean, or null when empty. */
  mean(): number | null {
    return this.count === 0 ? null : this.mu;
  }

  /** Sample variance (n − 1 in the denominator); null when n < 2. */
  variance(): number | null {
    return this.count < 2 ? null : this.m2 / (this.count - 1);
  }
}
