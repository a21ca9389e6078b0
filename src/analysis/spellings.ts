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
  private readonly counts = new Map<string, number>();

  /** Adds `count` meetings of `spelling`. */
  add(spelling: string, count = 1): this {
    this.counts.set(spelling, (this.counts.get(spelling) ?? 0) + count);
    if (this.counts.size > MAX_SPELLINGS) this.prune();
    return this;
  }

  /** Adds the spellings of a state `save` gave. */
  load(state: SpellingsState): this {
    for (const [spelling, count] of state) this.counts.set(spelling, (this.counts.get(spelling) ?? 0) + count);
    if (this.counts.size > MAX_SPELLINGS) this.prune();
    return this;
  }

  /** The spelling the key is shown in: the most frequent, ties broken by code-point order; '' when none was added. */
  get shown(): string {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of this.counts) {
      if (count > bestCount || (count === bestCount && compareCodePoints(spelling, best) < 0)) {
        best = spelling;
        bestCount = count;
      }
    }
    return best;
  }

  /** The spellings, most frequent first (ties in code-point order). */
  save(): SpellingsState {
    return [...this.counts].sort(bySpellingOrder);
  }

  private prune(): void {
    const kept = this.save().slice(0, MAX_SPELLINGS);
    this.counts.clear();
    for (const [spelling, count] of kept) this.counts.set(spelling, count);
  }
}

function bySpellingOrder(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || compareCodePoints(a[0], b[0]);
}
