import type { Moments } from '../stats/moments.js';
import type { IndexSummary } from './report.js';
import { summarizeMoments } from './summarize-moments.js';

/**
 * The overall satisfaction index: each respondent's mean over the dimensions they have a score in,
 * averaged over respondents, with its t interval. Null when no respondent has a dimension score.
 */
export function summarizeIndex(scores: Moments, level: number): IndexSummary | null {
  const { n, effectiveN, mean, sd, ci } = summarizeMoments(scores, level);
  return mean === null ? null : { n, effectiveN, score: mean, sd, ci };
}
