import { meanInterval } from '../stats/mean-interval.js';
import type { Moments } from '../stats/moments.js';
import type { IndexSummary } from './report.js';

/**
 * The overall satisfaction index: each respondent's mean over the dimensions they have a score in,
 * averaged over respondents, with its t interval. Null when no respondent has a dimension score.
 */
export function summarizeIndex(scores: Moments, level: number): IndexSummary | null {
  const score = scores.mean();
  if (score === null) return null;
  const variance = scores.variance();
  const sd = variance === null ? null : Math.sqrt(variance);
  return { n: scores.n, effectiveN: scores.effectiveN, score, sd, ci: sd === null ? null : meanInterval(score, sd, scores.effectiveN, level) };
}
