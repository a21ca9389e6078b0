import { compareCodePoints } from '../text/compare-code-points.js';

/**
 * Splits keyed entries into the `limit` of largest count, ties broken by the code-point order of
 * their keys, and the rest: a choice that depends on the entries alone, not on the order they came
 * in. The kept come in that order; the rest in any. A key named in `pooled` always goes to the
 * rest (the key of "Other", which the rest is shown as) when there is a rest.
 *
 * @example topKeys([['b', 2], ['a', 2], ['c', 5]], (n) => n, 2).kept // [['c', 5], ['a', 2]]
 */
export function topKeys<T>(entries: Iterable<[string, T]>, countOf: (entry: T) => number, limit: number, pooled?: string): { kept: Array<[string, T]>; rest: Array<[string, T]> } {
  const all = [...entries];
  const byCount = (a: [string, T], b: [string, T]) => countOf(b[1]) - countOf(a[1]) || compareCodePoints(a[0], b[0]);
  if (all.length <= limit) return { kept: all.sort(byCount), rest: [] };
  const rest = all.filter(([key]) => key === pooled);
  const sorted = all.filter(([key]) => key !== pooled).sort(byCount);
  return { kept: sorted.slice(0, limit), rest: [...rest, ...sorted.slice(limit)] };
}

/**
 * Keeps in `entries` the `limit` of largest count (see topKeys) when it holds more, and hands each
 * of the others to `pool` as it takes it out: a tally's bound, the same whatever the order its
 * entries came in.
 */
export function keepTop<T>(entries: Map<string, T>, countOf: (entry: T) => number, limit: number, pool: (entry: T) => void): void {
  if (entries.size <= limit) return;
  for (const [key, entry] of topKeys(entries, countOf, limit).rest) {
    pool(entry);
    entries.delete(key);
  }
}
