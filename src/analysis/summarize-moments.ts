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

/** The base, mean, standard deviation and t interval of respondents' scores (a dimension's, the index's ...). */
export function summarizeMoments(scores: Moments, level: number): MomentsSummary {
  const mean = scores.mean();
  const variance = scores.variance();
  const sd = variance === null ? null : Math.sqrt(variance);
  const ci = mean === null || sd === null ? null : meanInterval(mean, sd, scores.effectiveN, level);
  return { n: scores.n, effectiveN: scores.effectiveN, mean, sd, ci };
}
