/**
 * Tells `use`, for each of `parts` in turn (in their order), the merge of all the other parts: the
 * rest of the sample a segment is tested against. The parts are halved again and again, and each
 * half's rest is the rest from above merged with the other half, so that n parts take about
 * n log2 n merges rather than the n (n − 1) of merging each rest anew, and about log2 n rests are
 * kept at once. Each rest is merged in an order that the number of parts alone fixes.
 *
 * @example forEachRest(segments, () => template.emptyCopy('group'), (i, rest) => test(segments[i], rest))
 */
export function forEachRest<T extends { merge(other: T): T }>(parts: readonly T[], empty: () => T, use: (part: number, rest: T) => void): void {
  if (parts.length > 0) restOf(parts, 0, parts.length, empty(), empty, use);
}

/** The parts from `from` to `to` (excluded), whose rest is `outside`: the others, merged. */
function restOf<T extends { merge(other: T): T }>(parts: readonly T[], from: number, to: number, outside: T, empty: () => T, use: (part: number, rest: T) => void): void {
  if (to - from === 1) {
    use(from, outside);
    return;
  }
  const middle = (from + to) >> 1;
  // The first half's rest is a copy of `outside` with the second half; the second half's is
  // `outside` itself, no longer needed by the first, with the first half.
  const first = empty().merge(outside);
  for (let i = middle; i < to; i++) first.merge(parts[i] as T);
  restOf(parts, from, middle, first, empty, use);
  for (let i = from; i < middle; i++) outside.merge(parts[i] as T);
  restOf(parts, middle, to, outside, empty, use);
}
