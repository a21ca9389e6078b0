/**
 * How a rated column's answers are coded. `numeric` scales run from `min` to `max` in steps of 1;
 * `labels` scales map each label to its position (`labels` is value → label); `binary` is a yes/no
 * question coded 1 (yes) and 0 (no). A `reversed` scale is scored from the top down, and says
 * why in `reversedBy` (see ReversalReason; absent on a scale that is not reversed). `labelSet`
 * names the lexicon's label set whose variants ("Neutral" for "Neither agree nor disagree") code
 * answers too.
 */
export interface Scale {
  kind: 'numeric' | 'labels' | 'binary';
  min: number;
  max: number;
  labels: Record<string, string> | null;
  labelSet: string | null;
  reversed: boolean;
  reversedBy?: ReversalReason;
}

/**
 * Why a scale is scored from the top down, decided where it is turned (the `rev.` legend names it):
 * - `wording`: its header is worded the other way round, a word of the bad pole or an odd number of negations (reverseItems);
 * - `frequency`: it counts how often a bad thing happens (reverseItems);
 * - `header-ends`: its header names its low end the best or its high end the worst, "1 = best" (reverseItems);
 * - `labelled-ends`: the ends its header labels, of a known set, name the best first, "1 = sehr gut, 6 = ungenügend" (detection);
 * - `coded-labels`: its answers carry codes whose words run against a known set, "1 - Very satisfied" (detection);
 * - `codes`: a file's value labels say its codes run from best to worst;
 * - `survey-file`: a survey file's choices say its codes run from best to worst;
 * - `grade`: a school grade, 1 the best;
 * - `negative-quality`: a scale of how much of a bad quality ("How rude …", intensity labels);
 * - `effort-labels`: labels of effort, more effort the worse;
 * - `effort`: the effort question, turned so that its score and top box are the least effort;
 * - `problem`: a yes/no (or hedged) question of having had a problem, yes the worst answer;
 * - `recommend`: its numbers run against the recommend question's, where the overall rating's do: the survey's codes numbered best first (detection);
 * - `config`: the config or --map set it so ("reverse", or a yes/no named the complaint question).
 */
export type ReversalReason = 'wording' | 'frequency' | 'header-ends' | 'labelled-ends' | 'coded-labels' | 'codes' | 'survey-file' | 'grade' | 'negative-quality' | 'effort-labels' | 'effort' | 'problem' | 'recommend' | 'config';

/** `scale` scored as `reversed` says, for the reason `by` when reversed: `reversedBy` is on a reversed scale only. */
export function directed(scale: Scale, reversed: false): Scale;
export function directed(scale: Scale, reversed: boolean, by: ReversalReason): Scale;
export function directed(scale: Scale, reversed: boolean, by?: ReversalReason): Scale {
  const turned: Scale = { ...scale, reversed };
  if (reversed) turned.reversedBy = by;
  else delete turned.reversedBy;
  return turned;
}

/**
 * The most answer categories a scale may have: a 0-100 slider (101) is a rating, a scale of
 * thousands of points is not, and every category is counted and reported.
 */
export const MAX_SCALE_POINTS = 501;

/**
 * With this many answers, every point of a scale has almost surely been chosen by someone: the
 * scale is what the answers show. With fewer, the answers are snapped up to the next usual scale.
 */
export const ANSWERS_TO_SHOW_A_SCALE = 30;

/** The farthest from 0 a scale's ends may lie: ratings run near 0 (0-10, 1-5, -3..3, 0-100). */
export const MAX_SCALE_END = 1_000_000;

/** Number of answer categories on a scale. */
export function scalePoints(scale: Scale): number {
  return scale.max - scale.min + 1;
}

/** An answer in the scored direction: on a reversed scale the bottom value counts as the top one. */
export function orientAnswer(scale: Scale, value: number): number {
  return scale.reversed ? scale.min + scale.max - value : value;
}

/**
 * Score of an answer on 0-100: `(x − min) / (max − min) · 100`, from the top down on a reversed
 * scale.
 */
export function scoreAnswer(scale: Scale, value: number): number {
  const score = ((value - scale.min) / (scale.max - scale.min)) * 100;
  return scale.reversed ? 100 - score : score;
}

/**
 * How many categories make the top (and bottom) box: 2 on scales of 4 or more points (so 4-5 of
 * 1-5, 6-7 of 1-7, 9-10 of 0-10 and 1-10), 1 on 3-point scales, and none on a yes/no question.
 */
export function boxSize(scale: Scale): number {
  if (scale.kind === 'binary') return 0;
  return scalePoints(scale) >= 4 ? 2 : 1;
}

/** Whether an answer falls in the top box, counted on the scored direction. */
export function inTopBox(scale: Scale, value: number): boolean {
  const k = boxSize(scale);
  return k > 0 && (scale.reversed ? value < scale.min + k : value > scale.max - k);
}

/** Whether an answer falls in the bottom box, counted on the scored direction. */
export function inBottomBox(scale: Scale, value: number): boolean {
  const k = boxSize(scale);
  return k > 0 && (scale.reversed ? value > scale.max - k : value < scale.min + k);
}
