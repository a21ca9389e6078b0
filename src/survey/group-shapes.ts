import { normalizeText } from '../text/normalize-text.js';
import { parseNumber } from '../text/parse-number.js';
import type { ColumnGroup } from './column-groups.js';
import { namesOtherAnswer } from './comment-columns.js';
import { codeAfterScale, codeAfterTop, codeBeyondMatrix, withoutCode, type CodeAfterScale, type CodeAfterTop, type MatrixCode } from './stray-codes.js';
import type { ValueProfile } from './profile-values.js';
import type { Confidence, RankLayout } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

/** The columns of one question read as checkbox options or as the options of a ranking. */
export interface ChoiceShape {
  role: 'option' | 'ranking';
  question: string;
  why: string;
  confidence: Confidence;
  /** A ranking: columns of options answered with ranks, or columns of ranks answered with options. */
  layout?: RankLayout;
}

/** The columns of one question rated on one numeric scale: the scale comes from all of them. */
export interface BatteryShape {
  role: 'battery';
  question: string;
  size: number;
  min: number;
  max: number;
  /** Integer answers in all its columns, how often each value was given, and columns with no 0. */
  answers: number;
  counts: Map<number, number>;
  withoutZero: number;
  /**
   * A code that some of its columns hold just above the scale the others agree on (a matrix's "not
   * applicable" choice coded 6 beside a 1-5 scale): out of the shared scale, and how many columns
   * and answers hold it, and how many columns and answers agree without it.
   */
  beyond?: MatrixCode;
  /**
   * A code one above the scale that every column holds, far rarer than the scale's top (a
   * matrix's "Don't know" coded 6 beside a 1-5 scale, see codeAfterTop): out of the shared scale.
   */
  apart?: CodeAfterTop;
  /**
   * Set on a Qualtrics matrix whose codes run past 10, from 2 up, within a span a rating scale has (10-13):
   * its choices were given recode values, which Qualtrics lets a survey set to any positive integer.
   */
  recoded?: true;
  /**
   * The code just above 10 that its columns hold beside answers 1..10 (a SurveyMonkey matrix's
   * "N/A" column numbered 11): no point of any scale, the grid's "no answer" in each of its columns.
   */
  afterScale?: CodeAfterScale;
}

export type GroupShape = ChoiceShape | BatteryShape;

// Share of the respondents who answered every option of a ranking whose answers must be a
// permutation of 1..k, and how many such respondents it takes to tell.
const PERMUTATIONS = 0.9;
const MIN_RANKERS = 2;

/**
 * What the values of each group of columns that belong to one question say they are, by column
 * index: checkbox options (each column ticked with one value or left blank), a ranking (each
 * respondent's answers a permutation of 1..k), or a battery of ratings that share one scale.
 */
export function groupShapes(groups: readonly ColumnGroup[], names: readonly string[], profiles: readonly ValueProfile[], sample: readonly (readonly string[])[], vocabulary: Vocabulary, qualtrics = false): Map<number, GroupShape> {
  const shapes = new Map<number, GroupShape>();
  for (const group of groups) {
    const members = group.columns.map((index) => ({ index, profile: profiles[index] as ValueProfile }));
    const all = members.map((m) => m.profile);
    const ranked = ranking(group.question, group.columns, all, sample) ?? rankPositions(group.question, group.columns, all, sample);
    // A checkbox question's "Other (please specify)" column holds free text, not a tick: text of
    // several values, or text under a header that names the "Other" answer (LimeSurvey's
    // `Q4[other]. … [Sonstiges]`), which the column's own reading tells from a ticked "Other" box.
    const ticks = members.filter((m) => !isOtherText(m.profile, vocabulary) && !(isText(m.profile) && namesOtherAnswer(names[m.index] ?? '', vocabulary)));
    const options = ranked === null && ticks.length >= 2 ? optionGroup(group.question, ticks.map((m) => m.profile), vocabulary) : null;
    if (options !== null) {
      for (const { index } of ticks) shapes.set(index, options);
      continue;
    }
    const shape = ranked ?? battery(group.question, all) ?? (qualtrics ? recodedBattery(group.question, all) : null);
    if (shape !== null) for (const index of group.columns) shapes.set(index, shape);
  }
  return shapes;
}

/** Text answers, several and no yes or no: what is written in a checkbox question's "Other" field. */
function isOtherText(profile: ValueProfile, vocabulary: Vocabulary): boolean {
  return isText(profile) && ticks(profile, vocabulary).distinct >= 2;
}

/** Answers that are neither numbers nor yes or no. */
function isText(profile: ValueProfile): boolean {
  return profile.numeric === 0 && profile.yesNo === 0;
}

/**
 * Values of a column other than an unticked option's, and how many cells were unticked: "Not
 * selected", or a non-answer (Qualtrics writes -99 where an option was seen and not chosen).
 */
function ticks(profile: ValueProfile, vocabulary: Vocabulary): { distinct: number; unticked: number } {
  let unticked = profile.notApplicable;
  let untickedValues = profile.nonAnswers;
  for (const [folded, { count }] of profile.labels ?? []) {
    if (!vocabulary.unticked.has(folded)) continue;
    unticked += count;
    untickedValues += 1;
  }
  return { distinct: profile.distinct - untickedValues, unticked };
}

function optionGroup(question: string, profiles: readonly ValueProfile[], vocabulary: Vocabulary): ChoiceShape | null {
  const marks = profiles.map((p) => ticks(p, vocabulary));
  const answered = profiles.some((p) => p.answered > 0);
  const unanswered = profiles.some((p) => p.blank > 0) || marks.some((m) => m.unticked > 0);
  // Each column ticked with one value (its option's text, a 1, or a platform's code) or left blank.
  if (answered && unanswered && marks.every((m) => m.distinct <= 1)) {
    return { role: 'option', question, why: `one of ${profiles.length} options of "${question}": each is ticked with one value or left blank`, confidence: 'high' };
  }
  // Each column answered yes or no (or 1 or 0): an option of a checkbox question, chosen or not;
  // one answered 0 only beside them is an option nobody chose.
  const yesNo = profiles.every((p) => p.answered === 0 || p.yesNo === p.answered - p.notApplicable || (p.min === 0 && (p.max === 0 || p.max === 1) && p.integers === p.answered));
  if (answered && profiles.length >= 2 && yesNo && profiles.some((p) => p.yesNo > 0 || (p.min === 0 && p.max === 1))) {
    return { role: 'option', question, why: `one of ${profiles.length} options of "${question}", each answered yes or no: chosen or not`, confidence: 'medium' };
  }
  return null;
}

/**
 * A ranking: k ≥ 3 columns whose answers are whole numbers 1..k and, for nearly every respondent
 * who answered all of them, a permutation of 1..k (each rank given once).
 */
function ranking(question: string, columns: readonly number[], profiles: readonly ValueProfile[], sample: readonly (readonly string[])[]): ChoiceShape | null {
  const k = columns.length;
  if (k < 3 || profiles.some((p) => p.min === null || p.min < 1 || (p.max as number) > k || p.integers !== p.numeric)) return null;
  let complete = 0;
  let permutations = 0;
  for (const row of sample) {
    const ranks = columns.map((i) => parseNumber((row[i] ?? '').trim(), false));
    if (ranks.some((r) => Number.isNaN(r))) continue;
    complete += 1;
    if (new Set(ranks).size === k) permutations += 1;
  }
  if (complete < MIN_RANKERS || permutations < PERMUTATIONS * complete) return null;
  return { role: 'ranking', question, why: `one of ${k} options ranked in "${question}": ${permutations} of ${complete} respondents who ranked them all gave each rank 1..${k} once`, confidence: 'high', layout: 'options' };
}

/**
 * A ranking written by position: k ≥ 3 columns (rank 1, rank 2 ...) whose answers are the names
 * of the options ranked, drawn from one short list, and never the same option twice in a row.
 */
function rankPositions(question: string, columns: readonly number[], profiles: readonly ValueProfile[], sample: readonly (readonly string[])[]): ChoiceShape | null {
  const k = columns.length;
  if (k < 3 || profiles.some((p) => p.labels === null || p.numeric > 0)) return null;
  const positions = new Map<string, number>();
  for (const profile of profiles) for (const label of (profile.labels as Map<string, unknown>).keys()) positions.set(label, (positions.get(label) ?? 0) + 1);
  // An option turns up in several positions (checkbox columns each hold their own option's text,
  // and nothing else).
  if (positions.size < k || positions.size > 3 * k || ![...positions.values()].some((n) => n > 1)) return null;
  let complete = 0;
  let distinct = 0;
  for (const row of sample) {
    const ranked = columns.map((i) => normalizeText(row[i] ?? ''));
    if (ranked.some((r) => r === '')) continue;
    complete += 1;
    if (new Set(ranked).size === k) distinct += 1;
  }
  if (complete < MIN_RANKERS || distinct < PERMUTATIONS * complete) return null;
  return { role: 'ranking', question, why: `one of ${k} rank positions of "${question}": ${distinct} of ${complete} respondents who filled them all named ${k} different options of ${positions.size}`, confidence: 'medium', layout: 'positions' };
}

/**
 * A battery of columns rated on one numeric scale of whole numbers 0-10, beside which its columns
 * may hold the grid's code for "no answer" just above 10 (see codeAfterScale), read without it.
 */
function battery(question: string, profiles: readonly ValueProfile[]): BatteryShape | null {
  const answered = profiles.filter((p) => p.integers > 0);
  const after = answered.length < 2 || answered.some((p) => p.integers < p.numeric) ? null : codeAfterScale(answered);
  const rated = after === null ? answered : answered.map((p) => withoutCode(p, after.code));
  if (rated.length < 2 || rated.some((p) => p.integers < p.numeric || p.numeric < 0.95 * (p.answered - p.notApplicable) || (p.min as number) < 0 || (p.max as number) > 10 || p.counts === null)) return null;
  // Columns of one scale top out alike; a 1-5 beside a 0-10 are two questions under one code. A
  // code just above the scale that some columns agree on, in the others only, is no point of it
  // (see codeBeyondMatrix): the columns share that scale, and the code is out of it.
  // A row of the grid that everyone who answered it gave one point (all 1, "never") shows no top of
  // its own: the scale is shown by the rows answered with several points, within which it lies. It
  // stands alone among them, answered about as often as they are; columns of one value side by side
  // are the options of a checkbox part (a side-by-side question's "What went wrong?" beside its
  // ratings), ticked or not, and a lone column ticked by a few is a tick.
  const band = (max: number) => (max <= 2 ? 0 : max <= 5 ? 1 : max <= 7 ? 2 : 3);
  const alike = (p: ValueProfile | undefined) => p !== undefined && p.integers > 0 && p.min === p.max;
  const spread = rated.filter((p) => !alike(p));
  const top = Math.max(...spread.map((p) => p.max as number));
  // Answered about as often as the rows around it (half as often at least): a tick is left blank by most.
  const fewest = Math.min(...spread.map((p) => p.integers));
  const lone = profiles.every((p, i) => !alike(p) || (!alike(profiles[i - 1]) && !alike(profiles[i + 1]) && (p.max as number) <= top && 2 * p.integers >= fewest));
  const shown = spread.length > 0 && lone ? spread : rated;
  const bands = new Set(shown.map((p) => band(p.max ?? 0))).size;
  const beyond = bands > 1 ? codeBeyondMatrix(rated) : null;
  if (beyond === null && bands > 1) return null;
  // A code one above the scale in every column, far rarer than the top (see codeAfterTop): a choice after the scale's points.
  const apart = beyond === null && after === null ? codeAfterTop(rated) : null;
  const counts = new Map<number, number>();
  for (const p of rated) for (const [value, count] of p.counts as Map<number, number>) if (value !== beyond?.code && value !== apart?.code) counts.set(value, (counts.get(value) ?? 0) + count);
  return {
    role: 'battery',
    question,
    size: rated.length,
    min: Math.min(...rated.map((p) => p.min as number)),
    max: beyond?.top ?? apart?.top ?? Math.max(...rated.map((p) => p.max as number)),
    answers: rated.reduce((sum, p) => sum + p.integers, 0) - (beyond?.answers ?? 0) - (apart?.answers ?? 0),
    counts,
    withoutZero: rated.filter((p) => !(p.counts as Map<number, number>).has(0) && p.integers >= 30).length,
    ...(beyond === null ? {} : { beyond }),
    ...(apart === null ? {} : { apart }),
    ...(after === null ? {} : { afterScale: after }),
  };
}

// A recoded scale spans what rating scales span: 3 to 11 points.
const RECODED_MIN_SPAN = 2;
const RECODED_MAX_SPAN = 10;

/**
 * A Qualtrics matrix whose rows are answered in whole numbers from 2 up, past 10, within a span of
 * 3 to 11 points (10..13): a rating scale whose choices were given recode values (Qualtrics lets a
 * survey code a choice with any positive integer; QualtricsTools' test survey recodes a 4-point
 * matrix 10-13), not a quantity. Its scale is the codes seen, lowest to highest.
 */
function recodedBattery(question: string, profiles: readonly ValueProfile[]): BatteryShape | null {
  const rated = profiles.filter((p) => p.integers > 0);
  if (rated.length < 2 || rated.length < profiles.length || rated.some((p) => p.integers < p.numeric || p.numeric < 0.95 * (p.answered - p.notApplicable) || p.counts === null)) return null;
  const min = Math.min(...rated.map((p) => p.min as number));
  const max = Math.max(...rated.map((p) => p.max as number));
  if (max <= 10 || min < 2 || max - min < RECODED_MIN_SPAN || max - min > RECODED_MAX_SPAN) return null;
  const counts = new Map<number, number>();
  for (const p of rated) for (const [value, count] of p.counts as Map<number, number>) counts.set(value, (counts.get(value) ?? 0) + count);
  return { role: 'battery', question, size: rated.length, min, max, answers: rated.reduce((sum, p) => sum + p.integers, 0), counts, withoutZero: rated.length, recoded: true };
}

/**
 * A column on its own that is ticked or left blank: one value, where some rows are blank, which is
 * a 1 or the text of its header ("Anxiety Disorder" under "Anxiety Disorder (2)"). Returns the
 * evidence, or null.
 */
export function singleOption(name: string, profile: ValueProfile, vocabulary: Vocabulary): string | null {
  const { distinct, unticked } = ticks(profile, vocabulary);
  // A non-answer beside the one value ("-1", "N/A") is no tick on its own: the 1 may be a rank or a rating.
  if (profile.notApplicable > 0 || distinct !== 1 || (profile.blank === 0 && unticked === 0) || profile.answered - unticked === 0) return null;
  const value = [...(profile.labels ?? new Map())].find(([folded]) => !vocabulary.unticked.has(folded))?.[1].spelling ?? (profile.min === 1 ? '1' : null);
  if (value === null) return null;
  const header = normalizeText(name);
  const folded = normalizeText(value);
  if (value !== '1' && !(folded.length > 3 && (header.includes(folded) || folded.includes(header)))) return null;
  return `ticked with ${value === '1' ? '1' : 'its own text'} or left blank: one option of a checkbox question`;
}
