import type { ValueProfile } from './profile-values.js';

/** A label of a column placed on an ordered vocabulary (a ladder's rung, an intensity level). */
export interface RankedLabel {
  count: number;
  spelling: string;
  rank: number;
  language: string;
}

/** A scale read from ranked labels: the ranks the answers use become points 1..k, lowest first. */
export interface RankedPoints {
  /** Value → the label as the data spells it. */
  labels: Record<string, string>;
  points: number;
  /** Answers placed on a rank. */
  known: number;
  /** The language most of those answers are in. */
  language: string;
}

/**
 * Points from the labels of a column that `rankOf` places on an ordered vocabulary. A survey asks
 * a few of the vocabulary's ranks (a ladder of frequencies, levels of intensity), so the ranks
 * seen are the points, in order. Null when two labels share a rank (they are not one scale) or
 * when fewer than two ranks are seen (one answer says nothing of an order).
 */
export function rankedPoints(labels: NonNullable<ValueProfile['labels']>, rankOf: (folded: string) => { rank: number; language: string } | undefined): RankedPoints | null {
  const byRank = new Map<number, RankedLabel>();
  const languages = new Map<string, number>();
  let known = 0;
  for (const [folded, { count, spelling }] of labels) {
    const ranked = rankOf(folded);
    if (ranked === undefined) continue;
    if (byRank.has(ranked.rank)) return null;
    byRank.set(ranked.rank, { count, spelling, ...ranked });
    languages.set(ranked.language, (languages.get(ranked.language) ?? 0) + count);
    known += count;
  }
  if (byRank.size < 2) return null;
  const ordered = [...byRank.values()].sort((a, b) => a.rank - b.rank);
  const language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  return { labels: Object.fromEntries(ordered.map((label, i) => [String(i + 1), label.spelling])), points: ordered.length, known, language };
}
