import type { CoMoments } from '../stats/co-moments.js';
import { meanInterval } from '../stats/mean-interval.js';
import type { DriversSummary, ImportancePair, ImportanceQuadrant, ImportanceSummary, MissingCounts } from './report.js';

/** One importance column paired with a satisfaction column, and what the analysis saw of them. */
export interface PairFigures {
  importanceColumn: string;
  satisfactionColumn: string;
  dimension: string | null;
  pairedBy: 'subject' | 'config';
  /** Co-moments of (importance score, satisfaction score), both 0-100, of respondents who answered both. */
  paired: CoMoments;
  /** Answers to the importance column excluded, by reason. */
  missing: MissingCounts;
}

/**
 * Stated importance against satisfaction: per pair, over the respondents who answered both, the
 * mean importance and mean satisfaction on 0-100, their gap (importance − satisfaction, the mean of
 * each respondent's difference) with the paired t interval — whose standard deviation is that of
 * the differences, `var(I) + var(S) − 2·cov(I, S)` — and the quadrant against the means over the
 * pairs (Martilla and James's importance-performance analysis, on stated importance). Beside each
 * pair, the derived importance of its dimension: the key drivers' weight. Null when no pair.
 */
export function summarizeImportance(pairs: readonly PairFigures[], drivers: DriversSummary | null, level: number): ImportanceSummary | null {
  if (pairs.length === 0) return null;
  const summaries: ImportancePair[] = pairs.map((p) => {
    const means = p.paired.meanVector();
    const covariance = p.paired.covariance();
    const [importance, satisfaction] = means === null ? [null, null] : (means as [number, number]);
    const gap = importance === null || satisfaction === null ? null : importance - satisfaction;
    const variance = covariance === null ? null : (covariance[0]?.[0] as number) + (covariance[1]?.[1] as number) - 2 * (covariance[0]?.[1] as number);
    // Rounding can leave a tiny negative variance where every difference is the same.
    const sd = variance === null ? null : Math.sqrt(Math.max(0, variance));
    const ci = gap === null || sd === null ? null : meanInterval(gap, sd, p.paired.effectiveN, level);
    const driverWeight = p.dimension === null ? null : (drivers?.dimensions[p.dimension]?.weight ?? null);
    return { importanceColumn: p.importanceColumn, satisfactionColumn: p.satisfactionColumn, dimension: p.dimension, pairedBy: p.pairedBy, n: p.paired.n, effectiveN: p.paired.effectiveN, importance, satisfaction, gap, sd, ci, quadrant: null, driverWeight, missing: { ...p.missing } };
  });
  const answered = summaries.filter((p): p is ImportancePair & { importance: number; satisfaction: number } => p.importance !== null && p.satisfaction !== null);
  const nullReasons: Record<string, string> = {};
  if (answered.length < 2) {
    nullReasons.split = `the quadrants need two pairs or more with answers to both columns (${answered.length === 0 ? 'none has' : 'one has'})`;
    return { split: null, pairs: summaries, nullReasons };
  }
  const split = { importance: answered.reduce((s, p) => s + p.importance, 0) / answered.length, satisfaction: answered.reduce((s, p) => s + p.satisfaction, 0) / answered.length };
  for (const p of answered) p.quadrant = quadrant(p.importance >= split.importance, p.satisfaction >= split.satisfaction);
  return { split, pairs: summaries, nullReasons };
}

/** High importance and low satisfaction: concentrate here; high and high: keep up; low and low: low priority; low importance and high satisfaction: possible overkill. */
function quadrant(important: boolean, satisfied: boolean): ImportanceQuadrant {
  if (important) return satisfied ? 'keep up' : 'concentrate here';
  return satisfied ? 'possible overkill' : 'low priority';
}
