import type { Histogram } from '../stats/histogram.js';
import { meanInterval } from '../stats/mean-interval.js';
import { scoreAnswer } from '../survey/scale.js';
import { explainNull } from './explain-null.js';
import type { ColumnModel } from '../survey/survey-model.js';
import type { AnswerTally } from './answer-tally.js';
import type { Interval, ItemSummary } from './report.js';
import { summarizeBoxes, summarizeDistribution } from './summarize-distribution.js';

/** Median and quartiles of the answers (R's type 7), unweighted data only. */
function quartiles(values: Histogram, nullReasons: Record<string, string>): Pick<ItemSummary, 'median' | 'q1' | 'q3'> {
  if (!values.unweighted) {
    explainNull(nullReasons, 'quantiles are reported for unweighted data only', 'median', 'q1', 'q3');
    return { median: null, q1: null, q3: null };
  }
  const [median, q1, q3] = [values.quantile(0.5), values.quantile(0.25), values.quantile(0.75)];
  if (median === null) explainNull(nullReasons, 'no valid answers', 'median', 'q1', 'q3');
  return { median, q1, q3 };
}

/** The effort question's direction, or null with why: neither its scale's ends nor its header's words say which end is easy. */
function effortDirectionOf(column: ColumnModel, nullReasons: Record<string, string>): ColumnModel['effortDirection'] | null {
  const direction = column.effortDirection ?? null;
  if (direction === null) nullReasons.direction = 'neither the words of its scale\'s ends nor its header say which end is easy (name its ends in satisfy.config.json)';
  return direction;
}

/** The summary of one rated column from its tally of answers. */
export function summarizeItem(column: ColumnModel, tally: AnswerTally, level: number): ItemSummary {
  const scale = column.scale;
  if (scale === null) throw new Error(`summarizeItem: column "${column.name}" has no scale`);
  const { values } = tally;
  const mean = values.mean();
  const variance = values.variance();
  const sd = variance === null ? null : Math.sqrt(variance);
  const nullReasons: Record<string, string> = {};
  if (mean === null) explainNull(nullReasons, 'no valid answers', 'mean', 'score');
  if (sd === null) nullReasons.sd = 'needs at least 2 valid answers';
  const ci = mean === null || sd === null ? null : meanInterval(mean, sd, values.effectiveN, level);
  if (ci === null) nullReasons.ci = 'needs at least 2 valid answers';
  const boxes = summarizeBoxes(values, scale, level);
  if (scale.kind === 'binary') explainNull(nullReasons, 'no top or bottom box on a yes/no question', 'topBox', 'bottomBox');
  else if (boxes.topBox === null) explainNull(nullReasons, 'no valid answers', 'topBox', 'bottomBox');
  return {
    column: column.name,
    question: column.question,
    role: column.role,
    dimension: column.dimension,
    scale,
    n: values.n,
    effectiveN: values.effectiveN,
    mean,
    sd,
    ci,
    score: mean === null ? null : scoreAnswer(scale, mean),
    ...quartiles(values, nullReasons),
    ...boxes,
    distribution: summarizeDistribution(values, scale),
    missing: { ...tally.missing },
    nullReasons,
    // The effort question keeps its own direction, and says which it is.
    ...(column.role === 'ces' ? { direction: effortDirectionOf(column, nullReasons) } : {}),
    // A reversed rated item's mean as it is scored; a yes/no keeps its share of yes (the problem question's, as the headline gives it).
    ...(scale.reversed === true && scale.kind !== 'binary' ? { scored: turnedRound(scale, mean, ci) } : {}),
  };
}

/** A reversed item's mean and interval as it is scored: `min + max − x`, the interval's ends swapped. */
function turnedRound(scale: { min: number; max: number }, mean: number | null, ci: Interval | null): NonNullable<ItemSummary['scored']> {
  const turn = (x: number) => scale.min + scale.max - x;
  return { mean: mean === null ? null : turn(mean), ci: ci === null ? null : { ...ci, low: turn(ci.high), high: turn(ci.low) } };
}
