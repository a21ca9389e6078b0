import { compareCodePoints } from '../text/compare-code-points.js';

/** The spellings a key keeps, with their counts: more are rare (case, accents, a full stop). */
export const MAX_SPELLINGS = 16;

/** What Spellings holds, as plain data: each spelling and how often it was met, most frequent first. */
export type SpellingsState = Array<[spelling: string, count: number]>;

/**
 * The spellings of one folded key ("Late delivery", "late delivery" and "LATE DELIVERY" of
 * "late delivery"), each with how often it was met, so that the key is shown in its most frequent
 * spelling, ties broken by the code-point order of the spellings: a rule that does not depend on
 * the order of the rows, nor of the merges of parts of them.
 *
 * At most MAX_SPELLINGS are kept: past that, after each addition or merge, those with the fewest
 * counts (ties: the last in code-point order) are dropped. So a key written in more than
 * MAX_SPELLINGS ways may be shown in another spelling when its rows come in another order.
 *
 * @example new Spellings().add('LATE').add('Late').add('Late').shown // 'Late'
 */
export class Spellings {
  // The spelling met first, and how often, apart from the others: most rows write a key as it was
  // first written, and an equal string is found sooner than a string's place in a Map.
  private first = '';
  private firstCount = 0;
  // Made when a second spelling is met: most keys never have one.
  private others: Map<string, number> | null = null;

  /** Adds `count` meetings of `spelling`. */
  add(spelling: string, count = 1): this {
    this.addOne(spelling, count);
    if (this.size > MAX_SPELLINGS) this.prune();
    return this;
  }

  /** Adds the spellings of a state `save` gave. */
  load(state: SpellingsState): this {
    for (const [spelling, count] of state) this.addOne(spelling, count);
    if (this.size > MAX_SPELLINGS) this.prune();
    return this;
  }

  /** Adds the spellings of another, as load(other.save()) does, without the copy. */
  merge(other: Spellings): this {
    if (other.firstCount > 0) this.addOne(other.first, other.firstCount);
    for (const [spelling, count] of other.others ?? []) this.addOne(spelling, count);
    if (this.size > MAX_SPELLINGS) this.prune();
    return this;
  }

  /** The spelling the key is shown in: the most frequent, ties broken by code-point order; '' when none was added. */
  get shown(): string {
    let best = this.first;
    let bestCount = this.firstCount;
    for (const [spelling, count] of this.others ?? []) {
      if (count > bestCount || (count === bestCount && compareCodePoints(spelling, best) < 0)) {
        best = spelling;
        bestCount = count;
      }
    }
    return best;
  }

  /** The spellings, most frequent first (ties in code-point order). */
  save(): SpellingsState {
    const others: SpellingsState = this.others === null ? [] : [...this.others];
    const all = this.firstCount > 0 ? [[this.first, this.firstCount] as [string, number], ...others] : others;
    return all.sort(bySpellingOrder);
  }

  private get size(): number {
    return (this.firstCount > 0 ? 1 : 0) + (this.others?.size ?? 0);
  }

  private addOne(spelling: string, count: number): void {
    if (this.firstCount === 0) {
      this.first = spelling;
      this.firstCount = count;
    } else if (spelling === this.first) this.firstCount += count;
    else {
      const others = (this.others ??= new Map());
      others.set(spelling, (others.get(spelling) ?? 0) + count);
    }
  }

  private prune(): void {
    const kept = this.save().slice(0, MAX_SPELLINGS);
    this.first = '';
    this.firstCount = 0;
    this.others = null;
    for (const [spelling, count] of kept) this.addOne(spelling, count);
  }
}

function bySpellingOrder(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || compareCodePoints(a[0], b[0]);
}
