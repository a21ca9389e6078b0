/** What FrequentItems holds, as plain data. */
export interface FrequentItemsState {
  /** The keys held: each with its label and its counts (as many as the summary's width). */
  items: Array<[key: string, label: string, counts: number[]]>;
  /** Per count, the sum of everything added: exact, held or not. */
  totals: number[];
  /**
   * How far below its true value any count may be (0: every count is exact): the sum of the
   * thresholds of every pruning, in this summary and in those merged into it.
   */
  undercount: number;
}

/**
 * The most frequent keys of a stream and their counts, in bounded memory, mergeable (Misra and
 * Gries 1982, merged as Agarwal et al. 2012, "Mergeable summaries", §3). Each key carries a vector
 * of `width` counts whose first is the key's total and the others parts of it (a count of the
 * key in a subset of what was added, so never above the first): every count is exact as long as
 * no more than `capacity` distinct keys were added. Past that, the summary is pruned to the half of
 * `capacity` keys of largest first count: the (k+1)-th largest first count t is subtracted from
 * every first count, and the keys left at zero or below are dropped with all their counts. Every
 * count then falls short of its true value by at most the sum of the t of every pruning
 * (`undercount`), which is at most (N − N̂)/(k + 1), N the sum of first counts added and N̂ the
 * sum held; never above it. Each key also keeps the smallest label it was added with (in
 * code-unit order), whatever the order of the adds.
 *
 * Exact summaries give the same counts whatever the order and grouping of adds and merges; a
 * pruned one depends on them, within its undercount.
 *
 * @example new FrequentItems(8, 2).add('late', 'late', [1, 1]).add('late', 'lateness', [1, 0]).count('late') // [2, 1]
 */
export class FrequentItems {
  private items = new Map<string, { label: string; counts: Float64Array }>();
  private readonly totals: Float64Array;
  private undercount = 0;

  constructor(
    readonly capacity: number,
    readonly width: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity must be a whole number of 2 or more, not ${capacity}`);
    this.totals = new Float64Array(width);
  }

  /** Adds `counts` (of length `width`, the first the largest) to `key`, written `label`. */
  add(key: string, label: string, counts: ArrayLike<number>): this {
    const item = this.items.get(key);
    if (item === undefined) {
      this.items.set(key, { label, counts: Float64Array.from(counts) });
    } else {
      if (label < item.label) item.label = label;
      for (let i = 0; i < this.width; i++) item.counts[i] = (item.counts[i] as number) + (counts[i] as number);
    }
    for (let i = 0; i < this.width; i++) this.totals[i] = (this.totals[i] as number) + (counts[i] as number);
    if (this.items.size > this.capacity) this.prune();
    return this;
  }

  /**
   * Adds `counts` to each of `keys`, written `labels` (as many): as `add` for each in turn, with
   * the counts' zeros skipped (a key's counts of parts are mostly zero).
   */
  addAll(keys: readonly string[], labels: readonly string[], counts: ArrayLike<number>): this {
    const used: number[] = [];
    for (let i = 0; i < this.width; i++) if (counts[i] !== 0) used.push(i);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const label = labels[k] as string;
      const item = this.items.get(key);
      if (item === undefined) this.items.set(key, { label, counts: Float64Array.from(counts) });
      else {
        if (label !== item.label && label < item.label) item.label = label;
        for (const i of used) item.counts[i] = (item.counts[i] as number) + (counts[i] as number);
      }
      if (this.items.size > this.capacity) this.prune();
    }
    for (const i of used) this.totals[i] = (this.totals[i] as number) + (counts[i] as number) * keys.length;
    return this;
  }

  /** The counts of `key`, or undefined when it is not held. */
  count(key: string): Float64Array | undefined {
    return this.items.get(key)?.counts;
  }

  /** The most any count may fall short of its true value: 0 while every count is exact. */
  get maxUndercount(): number {
    return this.undercount;
  }

  /** Per count, the sum of everything added (exact). */
  get sums(): readonly number[] {
    return [...this.totals];
  }

  /** The keys held, with their labels and counts, in no particular order. */
  entries(): Array<{ key: string; label: string; counts: Float64Array }> {
    return [...this.items].map(([key, { label, counts }]) => ({ key, label, counts }));
  }

  /** Keeps the half of `capacity` keys of largest first count, less the first count of the next (see the class). */
  private prune(): void {
    const kept = Math.floor(this.capacity / 2);
    const firsts = [...this.items.values()].map((item) => item.counts[0] as number).sort((a, b) => b - a);
    const threshold = firsts[kept] as number;
    for (const [key, item] of this.items) {
      const left = (item.counts[0] as number) - threshold;
      if (left <= 0) this.items.delete(key);
      else item.counts[0] = left;
    }
    this.undercount += threshold;
  }

  clear(): void {
    this.items = new Map();
    this.totals.fill(0);
    this.undercount = 0;
  }

  save(): FrequentItemsState {
    return { items: [...this.items].map(([key, { label, counts }]) => [key, label, [...counts]]), totals: [...this.totals], undercount: this.undercount };
  }

  /** Adds what a summary of other data saved (merging as Agarwal et al.: add, then prune). */
  load(state: FrequentItemsState): this {
    for (const [key, label, counts] of state.items) {
      const item = this.items.get(key);
      if (item === undefined) this.items.set(key, { label, counts: Float64Array.from(counts) });
      else {
        if (label < item.label) item.label = label;
        for (let i = 0; i < this.width; i++) item.counts[i] = (item.counts[i] as number) + (counts[i] as number);
      }
    }
    for (let i = 0; i < this.width; i++) this.totals[i] = (this.totals[i] as number) + (state.totals[i] as number);
    this.undercount += state.undercount;
    if (this.items.size > this.capacity) this.prune();
    return this;
  }
}
