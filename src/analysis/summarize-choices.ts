import { effectiveN } from '../stats/weight-sums.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { compareCodePoints } from '../text/compare-code-points.js';
import { normalizeText } from '../text/normalize-text.js';
import type { CheckboxQuestion, RankingQuestion } from '../survey/choice-questions.js';
import type { CategoryTally } from './category-tally.js';
import type { CheckboxTally, WeightedCount } from './checkbox-tally.js';
import type { RankingTally } from './ranking-tally.js';
import type { ChoiceQuestionSummary, ChoiceShare, RankingSummary } from './report.js';

/**
 * A checkbox question: the share of its base choosing each option, never a rating. The base is
 * the respondents who ticked at least one option — a respondent who ticked none most likely did
 * not answer — or, where the options are answered yes or no, who answered at least one. A lone
 * option (a question of one column) that is only ever ticked or left blank cannot tell those
 * apart: its base is every respondent.
 */
export function summarizeCheckbox(question: CheckboxQuestion, tally: CheckboxTally, level: number): ChoiceQuestionSummary {
  const { all, answered, saidNo, counts, weights } = tally.figures;
  if (tally.parts !== null) return summarizeJoined(question, tally.parts, answered, level);
  const lone = question.columns.length === 1;
  const [base, reason] =
    saidNo > 0
      ? [answered, lone ? 'respondents who answered it, yes or no' : 'respondents who answered at least one option, yes or no']
      : lone
        ? [all, 'every respondent: an option asked on its own cannot tell a blank from not chosen']
        : [answered, 'respondents who ticked at least one option (one who ticked none most likely did not answer)'];
  return {
    question: question.question,
    kind: 'options',
    base: { respondents: base[0], reason },
    options: question.columns.map((column, i) => ({ column: column.name, label: question.labels[i] as string, ...share(counts[i] as number, weights[i] as number, base, level) })),
  };
}

// The options of a question written into one column are the parts chosen by this many respondents
// or more; a part chosen by fewer is the text typed for its "Other" answer (Google Forms writes it
// among the options chosen), pooled as OTHER.
const JOINED_OPTION_MIN = 2;
const OTHER = 'Other';
const OTHER_KEY = normalizeText(OTHER);

/**
 * A checkbox question written into one column, the options chosen joined by ", " or ";": as
 * summarizeCheckbox reads a question of one column per option. Its base is the respondents who
 * chose at least one; its options are the parts of its cells chosen by JOINED_OPTION_MIN
 * respondents or more, most chosen first (ties by folded name, in code-point order), in their most
 * frequent spelling; the other parts, the texts typed for "Other", are pooled as "Other", last,
 * counting their choices.
 */
function summarizeJoined(question: CheckboxQuestion, parts: CategoryTally, base: Readonly<WeightedCount>, level: number): ChoiceQuestionSummary {
  const column = question.columns[0]?.name ?? question.question;
  const { categories, overflow } = parts.held();
  // A part named "Other" itself is the pooled option's.
  const pooled = (c: { key: string; count: number }) => c.count < JOINED_OPTION_MIN || c.key === OTHER_KEY;
  const options = categories.filter((c) => !pooled(c)).sort((a, b) => b.count - a.count || compareCodePoints(a.key, b.key));
  // Summed in the order of their keys: the order the tally met them in depends on how the rows were split (threads, shards).
  const other = categories.filter(pooled).sort((a, b) => compareCodePoints(a.key, b.key)).reduce((sum, c) => ({ count: sum.count + c.count, weight: sum.weight + c.weight }), overflow);
  const shown = other.count > 0 ? [...options, { label: OTHER, ...other }] : options;
  return {
    question: question.question,
    kind: 'options',
    base: { respondents: base[0], reason: 'respondents who ticked at least one option (one who ticked none most likely did not answer)' },
    options: shown.map((o) => ({ column, label: o.label, ...share(o.count, o.weight, base, level) })),
  };
}

/**
 * A ranking question: for each option, how many ranked it, its mean rank (1 is first) and the share
 * of the question's respondents who ranked it first — never a rating. Options are listed as the
 * columns are; where the columns are rank positions, the options named in them (those the report
 * shows, see RankingTally.shown), best mean rank first (ties by label, in code-point order), then
 * "Other" when they are pooled.
 */
export function summarizeRanking(question: RankingQuestion, tally: RankingTally, level: number): RankingSummary {
  const { respondents } = tally.figures;
  const byColumn = question.layout === 'options';
  const options = tally.shown().map((option) => ({
    column: byColumn ? (question.columns[option.position]?.name ?? null) : null,
    label: option.label,
    n: option.n,
    meanRank: option.weight > 0 ? option.rankSum / option.weight : null,
    firstChoice: share(option.first, option.firstWeight, respondents, level),
    ...(option.pooled === undefined ? {} : { pooled: option.pooled }),
  }));
  // "Other", the options pooled past those shown, stays last.
  const other = options.length > 0 && options[options.length - 1]?.pooled !== undefined ? options.pop() : undefined;
  if (!byColumn) options.sort((a, b) => byMeanRank(a.meanRank as number, b.meanRank as number) || compareCodePoints(a.label, b.label));
  return { question: question.question, respondents: respondents[0], options: other === undefined ? options : [...options, other] };
}

/**
 * Orders two mean ranks, the best (smallest) first; two within 1e-12 of each other, relative, are
 * a tie: weighted, the same ranks summed in another order of the rows can differ in their last
 * bits, and the order of the options would then follow the order of the rows.
 */
function byMeanRank(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? 0 : a - b;
}

/** `count` respondents of weight `weight` out of `base`: their (weighted) share, with its Wilson interval on Kish's effective n. */
function share(count: number, weight: number, base: Readonly<WeightedCount>, level: number): ChoiceShare {
  const [, baseWeight, baseWeight2] = base;
  if (!(baseWeight > 0)) return { count, share: null, ci: null };
  const n = effectiveN(baseWeight, baseWeight2);
  const value = weight / baseWeight;
  return { count, share: value, ci: wilsonInterval(value * n, n, level) };
}
