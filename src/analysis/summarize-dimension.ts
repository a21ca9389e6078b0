import { Histogram } from '../stats/histogram.js';
import { explainNull } from './explain-null.js';
import type { CoMoments } from '../stats/co-moments.js';
import { cronbachAlpha, MAX_ALPHA_ITEMS } from '../stats/cronbach-alpha.js';
import type { Moments } from '../stats/moments.js';
import { directed, orientAnswer, type Scale } from '../survey/scale.js';
import type { ColumnModel, DimensionModel } from '../survey/survey-model.js';
import { sumMissing, type AnswerTally } from './answer-tally.js';
import type { CategoryTally } from './category-tally.js';
import type { AlphaSummary, CategoryCounts, DimensionSummary, Incidence, Resolution } from './report.js';
import { boxShare, summarizeBoxes, summarizeDistribution } from './summarize-distribution.js';
import { spreadNullReasons, summarizeMoments } from './summarize-moments.js';

export interface DimensionInput {
  dimension: DimensionModel;
  columns: readonly ColumnModel[];
  tallies: readonly AnswerTally[];
  /** Respondents' dimension scores on 0-100. */
  scores: Moments;
  /** Answers of the respondents who answered every item, for Cronbach's alpha. */
  items: CoMoments;
  /** Complaints: handling scores of respondents who had a problem, or null without a problem question. */
  resolution?: Moments | null;
  /** Complaints: the tallies of its category columns. */
  categories?: ReadonlyArray<{ column: string; tally: CategoryTally }>;
}

/** The summary of a dimension from its respondents' scores and its items' tallies. */
export function summarizeDimension({ dimension, columns, tallies, scores, items, resolution = null, categories = [] }: DimensionInput, level: number): DimensionSummary {
  const nullReasons: Record<string, string> = {};
  const { mean, sd, ci } = summarizeMoments(scores, level);
  if (mean === null) explainNull(nullReasons, 'no respondent answered any item', 'mean', 'score');
  spreadNullReasons({ sd, ci }, nullReasons);

  const pooled = poolAnswers(columns, tallies);
  let boxes: Pick<DimensionSummary, 'topBox' | 'bottomBox'> = { topBox: null, bottomBox: null };
  if (typeof pooled === 'string') {
    explainNull(nullReasons, pooled, 'distribution', 'topBox', 'bottomBox');
  } else {
    boxes = summarizeBoxes(pooled.values, pooled.scale, level);
    if (boxes.topBox === null) explainNull(nullReasons, 'no valid answers', 'topBox', 'bottomBox');
  }

  return {
    label: dimension.label,
    items: columns.map((c) => c.name),
    itemWeights: Object.fromEntries(columns.map((c) => [c.name, c.itemWeight ?? 1])),
    n: scores.n,
    effectiveN: scores.effectiveN,
    mean,
    sd,
    ci,
    score: mean,
    ...boxes,
    distribution: typeof pooled === 'string' ? null : summarizeDistribution(pooled.values, pooled.scale),
    missing: sumMissing(tallies),
    ...(dimension.id === 'complaints' ? { incidence: summarizeIncidence(columns, tallies, level, nullReasons), resolution: summarizeResolution(columns, resolution, level, nullReasons), categories: categories.map(summarizeCategories) } : {}),
    alpha: summarizeAlpha(columns, items, level, nullReasons),
    nullReasons,
  };
}

/** Cronbach's alpha of the dimension's items, keyed by column name; null with the reason recorded. */
function summarizeAlpha(columns: readonly ColumnModel[], items: CoMoments, level: number, nullReasons: Record<string, string>): AlphaSummary | null {
  const tooMany = columns.length > MAX_ALPHA_ITEMS;
  const covariance = columns.length < 2 || tooMany ? null : items.covariance();
  const estimate = columns.length < 2 ? 'a single item has no alpha' : tooMany ? `more than ${MAX_ALPHA_ITEMS} items: alpha is not computed` : covariance === null ? 'fewer than two respondents answered every item' : cronbachAlpha(covariance, items.n, level);
  if (typeof estimate === 'string') {
    nullReasons.alpha = estimate;
    return null;
  }
  const byColumn = <T>(values: readonly T[]) => Object.fromEntries(columns.map((c, i) => [c.name, values[i] as T]));
  // Dropping one of two items leaves one, which has no alpha (cronbachAlpha: ifDropped is null for each).
  if (estimate.ifDropped.some((a) => a === null)) nullReasons['alpha.ifDropped'] = 'dropping one of two items leaves a single item, which has no alpha';
  return { n: items.n, raw: estimate.raw, standardized: estimate.standardized, ci: estimate.ci, ifDropped: byColumn(estimate.ifDropped), itemTotal: byColumn(estimate.itemTotal), opposed: opposedItems(covariance as number[][]).map((i) => columns[i]?.name as string) };
}

/**
 * Indexes of the items that covary negatively with more of the other items than positively. A
 * covariance within rounding of 0 (a correlation below 1e-9 in size) is neither: items whose
 * covariance is exactly 0 came out a hair below or above it by the order of the sums.
 */
function opposedItems(covariance: readonly (readonly number[])[]): number[] {
  const sign = (i: number, j: number) => {
    const c = covariance[i]?.[j] as number;
    return Math.abs(c) < 1e-9 * Math.sqrt((covariance[i]?.[i] as number) * (covariance[j]?.[j] as number)) ? 0 : Math.sign(c);
  };
  return covariance.flatMap((row, i) => {
    const signs = row.map((_, j) => sign(i, j)).filter((_, j) => j !== i);
    return signs.filter((s) => s < 0).length > signs.filter((s) => s > 0).length ? [i] : [];
  });
}

/**
 * The answers of the dimension's rated items pooled on their common scale, in the scored
 * direction (a reversed item's 1 counts as a 5), or why they cannot be pooled.
 */
function poolAnswers(columns: readonly ColumnModel[], tallies: readonly AnswerTally[]): { values: Histogram; scale: Scale } | string {
  const rated = columns.map((c, i) => ({ scale: c.scale as Scale, tally: tallies[i] as AnswerTally })).filter((r) => r.scale.kind !== 'binary');
  const first = rated[0];
  if (first === undefined) return 'the dimension has only yes/no items';
  const sameRange = rated.every((r) => r.scale.min === first.scale.min && r.scale.max === first.scale.max);
  if (!sameRange) return 'the items use different scales';
  const values = new Histogram();
  for (const { scale, tally } of rated) values.merge(tally.values, (value) => orientAnswer(scale, value));
  // Items of one range, some labelled and some in numbers (a Kobo satisfaction list beside a 1-5
  // rating): the same points, pooled on the numbers, whose labels one item alone has.
  const sameKind = rated.every((r) => r.scale.kind === first.scale.kind);
  return { values, scale: sameKind ? directed(first.scale, false) : { kind: 'numeric', min: first.scale.min, max: first.scale.max, labels: null, labelSet: null, reversed: false } };
}

/**
 * Satisfaction with how problems were handled: the mean 0-100 score, over respondents who had a
 * problem, of their answers to the dimension's other items, rated or yes/no ("Was your problem
 * resolved?", yes scores 100). Null without a problem question
 * or such items, or when no one who had a problem answered them: the reason in `nullReasons.resolution`.
 */
function summarizeResolution(columns: readonly ColumnModel[], resolution: Moments | null, level: number, nullReasons: Record<string, string>): Resolution | null {
  const handling = columns.filter((c) => c.role !== 'complaint').map((c) => c.name);
  if (resolution === null || handling.length === 0) {
    nullReasons.resolution = resolution === null ? NO_PROBLEM_QUESTION : NO_HANDLING_QUESTION;
    return null;
  }
  const { n, effectiveN, mean, ci } = summarizeMoments(resolution, level);
  if (mean === null) nullReasons.resolution = 'no respondent who had a problem answered how it was handled';
  return mean === null ? null : { items: handling, n, effectiveN, score: mean, ci };
}

/** Why the complaints dimension has no handling score where it has no question to tell who had a problem. */
export const NO_PROBLEM_QUESTION = 'no yes/no question of whether the respondent had a problem, to tell whose answers count';
/** Why the complaints dimension has no handling score where none of its items asks how a problem was handled. */
export const NO_HANDLING_QUESTION = 'no item of the dimension asks how a problem was handled';
/** Why the complaints dimension has no incidence: none of its items asks whether there was a problem. */
export const NO_INCIDENCE_QUESTION = 'no question of the dimension asks whether the respondent had a problem (name it: role "complaint" in satisfy.config.json, or --map complaints=<column>,<the dimension\'s other columns>)';

/** The categories of a multi-select column, most chosen first (ties by folded key), "Other" last when they are pooled (see CategoryTally.shown). */
function summarizeCategories({ column, tally }: { column: string; tally: CategoryTally }): CategoryCounts {
  // "Other" counts choices, not respondents: no share of the respondents can be told from them.
  const counts = tally.shown().map((c) => (c.pooled === undefined ? { category: c.label, count: c.count, share: tally.weight > 0 ? c.weight / tally.weight : 0 } : { category: c.label, count: c.count, share: null, pooled: c.pooled }));
  return { column, n: tally.n, counts };
}

/** Share answering yes to the first "had a problem" question, with its Wilson interval. */
function summarizeIncidence(columns: readonly ColumnModel[], tallies: readonly AnswerTally[], level: number, nullReasons: Record<string, string>): Incidence | null {
  const index = columns.findIndex((c) => c.role === 'complaint');
  const column = columns[index];
  const tally = tallies[index];
  if (column === undefined || tally === undefined) {
    nullReasons.incidence = NO_INCIDENCE_QUESTION;
    return null;
  }
  if (tally.values.n === 0) {
    nullReasons.incidence = `no valid answer to the problem question "${column.name}"`;
    return null;
  }
  const { values } = tally;
  return { column: column.name, n: values.n, effectiveN: values.effectiveN, ...boxShare(values, (v) => v === 1, level) };
}
