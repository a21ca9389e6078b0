/**
 * The candidate nearest to `name` in spelling, for a "did you mean" hint: at most one edit away for
 * a name of up to four letters and two for a longer one (a letter added, dropped or changed, or two
 * neighbours swapped: "nsp" is one from "nps"), letter case aside. The nearest wins, and of those as
 * near, the first of `candidates`; undefined where none is that near, or `name` is one of them.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const most = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance === 0) return undefined;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The optimal string alignment distance of `a` and `b`: edits of one letter each, and swaps of two neighbours, none of a letter edited before. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d = new Uint32Array(rows * columns);
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[(i - 1) * columns + j] as number) + 1, (d[i * columns + j - 1] as number) + 1, (d[(i - 1) * columns + j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[(i - 2) * columns + j - 2] as number) + 1);
      d[i * columns + j] = best;
    }
  }
  return d[rows * columns - 1] as number;
}
