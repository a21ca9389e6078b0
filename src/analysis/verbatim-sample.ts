/** A comment kept as a verbatim: the hash that chose it, and its text as shown. */
export type Verbatim = [hash: number, text: string];

/**
 * A few comments chosen from many, the same whatever order they come in and however they are
 * split and merged (pieces, worker threads, shard states): the `size` distinct texts of smallest
 * hash (a bottom-k sample, Cohen and Kaplan 2007). A hash of the text makes the choice as good as
 * random and repeatable; texts alike are one comment.
 *
 * @example new VerbatimSample(2).add(5, 'b').add(1, 'a').add(9, 'c').save() // [[1, 'a'], [5, 'b']]
 */
export class VerbatimSample {
  private kept: Verbatim[] = [];

  constructor(readonly size: number) {}

  add(hash: number, text: string): this {
    const { kept } = this;
    // Most comments come after the last kept one: one comparison, and nothing made.
    const last = kept[kept.length - 1];
    if (kept.length === this.size && last !== undefined && compare(hash, text, last) >= 0) return this;
    let at = kept.length;
    while (at > 0 && compare(hash, text, kept[at - 1] as Verbatim) < 0) at -= 1;
    if (at > 0 && (kept[at - 1] as Verbatim)[1] === text) return this;
    kept.splice(at, 0, [hash, text]);
    if (kept.length > this.size) kept.pop();
    return this;
  }

  clear(): void {
    this.kept = [];
  }

  save(): Verbatim[] {
    return this.kept.map(([hash, text]) => [hash, text]);
  }

  load(state: readonly Verbatim[]): this {
    for (const [hash, text] of state) this.add(hash, text);
    return this;
  }

  /** Adds the verbatims of another sample: as load(other.save()), without the copy. */
  merge(other: VerbatimSample): this {
    for (const [hash, text] of other.kept) this.add(hash, text);
    return this;
  }
}

/** Order of verbatims: by hash, then by text (two texts may share a hash). */
function compare(hash: number, text: string, b: Verbatim): number {
  return hash - b[0] || (text < b[1] ? -1 : text > b[1] ? 1 : 0);
}
