import type { Moments } from '../stats/moments.js';
import type { IndexSummary } from './report.js';
import { spreadNullReasons, summarizeMoments } from './summarize-moments.js';

/**
 * The overall satisfaction index: each respondent's mean over the dimensions they have a score in,
 * averaged over respondents, with its t interval, and the dimensions it leaves out (`leftOut`),
 * where it leaves one out. Null when no respondent has a dimension score. Its sd and interval are
 * null for a single respondent, why in `nullReasons` as a dimension's say it (written only then).
 */
export function summarizeIndex(scores: Moments, level: number, leftOut?: string[]): IndexSummary | null {
  const { n, effectiveN, mean, sd, ci } = summarizeMoments(scores, level);
  if (mean === null) return null;
  const nullReasons = spreadNullReasons({ sd, ci }, {});
  return { n, effectiveN, score: mean, sd, ci, ...(leftOut === undefined ? {} : { leftOut }), ...(Object.keys(nullReasons).length > 0 ? { nullReasons } : {}) };
}
