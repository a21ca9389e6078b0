import type { Interval } from '../stats/interval.js';
import { meanInterval } from '../stats/mean-interval.js';
import type { Moments } from '../stats/moments.js';

export interface MomentsSummary {
  n: number;
  effectiveN: number;
  mean: number | null;
  /** Null with fewer than two observations. */
  sd: number | null;
  /** The t interval of the mean on the effective n; null without a mean or an sd. */
  ci: Interval | null;
}

/**
 * Why a summary's sd and interval are null where they are (a single respondent), under those keys,
 * as a dimension's and the index's nullReasons say it.
 */
export function spreadNullReasons({ sd, ci }: Pick<MomentsSummary, 'sd' | 'ci'>, into: Record<string, string>): Record<string, string> {
  if (sd === null) into.sd = 'needs at least 2 respondents';
  if (ci === null) into.ci = 'needs at least 2 respondents';
  return into;
}

/** The base, mean, standard deviation and t interval of respondents' scores (a dimension's, the index's ...). */
export function summarizeMoments(scores: Moments, level: number): MomentsSummary {
  const mean = scores.mean();
  const variance = scores.variance();
  const sd = variance === null ? null : Math.sqrt(variance);
  const ci = mean === null || sd === null ? null : meanInterval(mean, sd, scores.effectiveN, level);
  return { n: scores.n, effectiveN: scores.effectiveN, mean, sd, ci };
}
