import { adjustP, type Adjustment } from '../stats/difference-tests.js';
import { addMoment, MOMENT_SLOTS } from '../stats/flat-moments.js';
import { Moments, type MomentsState } from '../stats/moments.js';
import { effectiveN } from '../stats/weight-sums.js';
import { COMMENT_THEMES, type CommentTheme } from '../survey/comment-words/index.js';
import { directionOf, meanDifference, npsDifference, shareDifference, significanceLevel, type Difference } from './compare-reports.js';
import type { ImpactGroup, ImpactTest, ThemeImpactSummary } from './report.js';

// Every set of themes a comment can talk about, one bit a theme (see CommentReading.themes).
const SETS = 1 << COMMENT_THEMES.length;
// Per set of themes, the sums of its respondents' ratings: rows; CSAT answers, Σw, Σw², Σw in its top
// box; recommend answers, Σw, Σw², Σw of promoters, Σw of detractors.
const ROWS = 0;
const CSAT = 1;
const NPS = 5;
/** The sums kept per set of themes. */
export const IMPACT_FIELDS = 10;
const FIELDS = IMPACT_FIELDS;
// The sums of a tally no respondent was added to.
const NO_SUMS = new Float64Array(SETS * FIELDS);
// The respondents of weight 1 that wait (see addOne) are counted per set of themes by their CSAT
// answer (none, not in the top box, in it) and recommend group (none, detractor, passive,
// promoter): KINDS counts a set.
const NPS_KINDS = 4;
const KINDS = 3 * NPS_KINDS;

/** In ThemeImpact.add: no answer to the question. */
export const NO_ANSWER = -1;
/** In ThemeImpact.add, a recommend answer's group: 0-6, 7-8, 9-10 (as the NPS counts them). */
export const NPS_DETRACTOR = 0;
export const NPS_PASSIVE = 1;
export const NPS_PROMOTER = 2;

/**
 * A slot for each set of themes' moments, none made yet: filled with undefined, so that the array
 * is of V8's kind for objects from the start (made empty, it held small integers to V8 until the
 * first moments were stored, and the optimised addOne was thrown away then).
 */
function noMoments(): Array<Moments | undefined> {
  return new Array<Moments | undefined>(SETS).fill(undefined);
}

/** The sums of the respondents who wrote a comment talking about a set of themes (the set as bits), with the moments of their index. */
export type ThemeImpactState = Array<[themes: number, sums: number[], index: MomentsState | null]>;

/**
 * The ratings of the respondents of one free-text column, kept apart by the set of themes their
 * comment talks about (none, for a respondent who wrote nothing): their CSAT top box, their
 * recommend answer's group and their index. The respondents who mention a theme are the sets that
 * hold it, and those who do not the other sets, so one addition a row serves every theme; the
 * sets merge, so two tallies of parts of the data merge into the tally of the whole.
 */
export class ThemeImpact {
  // Made when the first respondent is added: an analysis that adds none (a period's, see
  // AnalysisScope) keeps no sums.
  private sums: Float64Array | null = null;
  private index: Array<Moments | undefined> | null = null;
  // The respondents added by addOne and not yet in the sums and moments above: their count by set
  // and kind (see KINDS), the keys counted, in the order first met, and, per set whose moments
  // they hold (`held`, listed in `sets`), the index's moments as addMoment keeps them. settle()
  // gives them to the sums and moments before anything reads or adds to them otherwise.
  private waiting: Float64Array | null = null;
  private readonly keys: number[] = [];
  private flat: Float64Array | null = null;
  private held: Uint8Array | null = null;
  private readonly sets: number[] = [];

  /**
   * Adds a respondent whose comment talks about the themes `themes` (bits) with weight `weight`:
   * `csatTop` 1 in the top box of overall satisfaction, 0 not, NO_ANSWER; `npsGroup` NPS_DETRACTOR,
   * NPS_PASSIVE, NPS_PROMOTER or NO_ANSWER; `index` their index, or NaN.
   */
  add(themes: number, csatTop: number, npsGroup: number, index: number, weight: number): void {
    this.settle();
    const sums = (this.sums ??= new Float64Array(SETS * FIELDS));
    const at = themes * FIELDS;
    sums[at + ROWS] = (sums[at + ROWS] as number) + 1;
    if (csatTop !== NO_ANSWER) {
      sums[at + CSAT] = (sums[at + CSAT] as number) + 1;
      sums[at + CSAT + 1] = (sums[at + CSAT + 1] as number) + weight;
      sums[at + CSAT + 2] = (sums[at + CSAT + 2] as number) + weight * weight;
      if (csatTop === 1) sums[at + CSAT + 3] = (sums[at + CSAT + 3] as number) + weight;
    }
    if (npsGroup !== NO_ANSWER) {
      sums[at + NPS] = (sums[at + NPS] as number) + 1;
      sums[at + NPS + 1] = (sums[at + NPS + 1] as number) + weight;
      sums[at + NPS + 2] = (sums[at + NPS + 2] as number) + weight * weight;
      if (npsGroup === NPS_PROMOTER) sums[at + NPS + 3] = (sums[at + NPS + 3] as number) + weight;
      else if (npsGroup === NPS_DETRACTOR) sums[at + NPS + 4] = (sums[at + NPS + 4] as number) + weight;
    }
    if (!Number.isNaN(index)) this.momentsOf(themes).add(index, weight);
  }

  /**
   * add(themes, csatTop, npsGroup, index, 1), for an impact whose weights are all 1 (so that its
   * sums are whole numbers, which a count added at once leaves as the rows added one by one
   * would): the same sums and moments, to the last bit, kept flat until they are read.
   */
  addOne(themes: number, csatTop: number, npsGroup: number, index: number): void {
    const waiting = (this.waiting ??= this.makeWaiting());
    const key = themes * KINDS + (csatTop + 1) * NPS_KINDS + (npsGroup + 1);
    const before = waiting[key] as number;
    waiting[key] = before + 1;
    if (before === 0) this.keys.push(key);
    if (Number.isNaN(index)) return;
    const flat = (this.flat ??= new Float64Array(SETS * MOMENT_SLOTS));
    const held = (this.held ??= new Uint8Array(SETS));
    const at = themes * MOMENT_SLOTS;
    if (held[themes] === 0) {
      held[themes] = 1;
      this.sets.push(themes);
      const moments = this.index?.[themes];
      if (moments === undefined) flat.fill(0, at, at + MOMENT_SLOTS);
      else moments.copyTo(flat, at);
    }
    addMoment(flat, at, index);
  }

  /**
   * The counts addOne keeps waiting, made with the first respondent; the sums and the index's
   * moments too, which settle() would make later. Made there, at the end of the first group of
   * rows, they changed fields V8 had taken for constants, and it threw away the optimised code of
   * the rows' analysis (see docs/PERFORMANCE.md, "Fields V8 took for constants").
   */
  private makeWaiting(): Float64Array {
    this.sums ??= new Float64Array(SETS * FIELDS);
    this.index ??= noMoments();
    return new Float64Array(SETS * KINDS);
  }

  /** Gives the respondents addOne keeps waiting to the sums and moments (see addOne). */
  private settle(): void {
    const { waiting, keys } = this;
    if (waiting !== null && keys.length > 0) {
      const sums = (this.sums ??= new Float64Array(SETS * FIELDS));
      for (const key of keys) {
        const n = waiting[key] as number;
        waiting[key] = 0;
        const at = Math.floor(key / KINDS) * FIELDS;
        const kind = key % KINDS;
        const csatTop = Math.floor(kind / NPS_KINDS) - 1;
        const npsGroup = (kind % NPS_KINDS) - 1;
        sums[at + ROWS] = (sums[at + ROWS] as number) + n;
        if (csatTop !== NO_ANSWER) {
          for (let i = 0; i < 3; i++) sums[at + CSAT + i] = (sums[at + CSAT + i] as number) + n;
          if (csatTop === 1) sums[at + CSAT + 3] = (sums[at + CSAT + 3] as number) + n;
        }
        if (npsGroup !== NO_ANSWER) {
          for (let i = 0; i < 3; i++) sums[at + NPS + i] = (sums[at + NPS + i] as number) + n;
          if (npsGroup === NPS_PROMOTER) sums[at + NPS + 3] = (sums[at + NPS + 3] as number) + n;
          else if (npsGroup === NPS_DETRACTOR) sums[at + NPS + 4] = (sums[at + NPS + 4] as number) + n;
        }
      }
      keys.length = 0;
    }
    const { flat, held, sets } = this;
    if (flat === null || held === null) return;
    for (const themes of sets) {
      this.momentsOf(themes).copyFrom(flat, themes * MOMENT_SLOTS);
      held[themes] = 0;
    }
    sets.length = 0;
  }

  private momentsOf(themes: number): Moments {
    return ((this.index ??= noMoments())[themes] ??= new Moments());
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.settle();
    const { sums } = this;
    if (sums === null) return;
    for (let at = 0; at < sums.length; at += FIELDS) {
      for (const from of [CSAT, NPS]) {
        sums[at + from + 1] = (sums[at + from + 1] as number) * factor;
        sums[at + from + 2] = (sums[at + from + 2] as number) * factor * factor;
        sums[at + from + 3] = (sums[at + from + 3] as number) * factor;
      }
      sums[at + NPS + 4] = (sums[at + NPS + 4] as number) * factor;
    }
    for (const moments of this.index ?? []) moments?.scaleWeights(factor);
  }

  clear(): void {
    this.sums?.fill(0);
    this.index?.fill(undefined);
    this.waiting?.fill(0);
    this.keys.length = 0;
    this.held?.fill(0);
    this.sets.length = 0;
  }

  save(): ThemeImpactState {
    this.settle();
    const state: ThemeImpactState = [];
    const { sums } = this;
    if (sums === null) return state;
    for (let themes = 0; themes < SETS; themes++) {
      const at = themes * FIELDS;
      if (sums[at + ROWS] === 0) continue;
      state.push([themes, [...sums.subarray(at, at + FIELDS)], this.index?.[themes]?.save() ?? null]);
    }
    return state;
  }

  /** Adds the respondents of another impact: as load(other.save()), to the last bit, without the copy. */
  merge(other: ThemeImpact): this {
    this.settle();
    other.settle();
    const theirs = other.sums;
    if (theirs === null) return this;
    for (let themes = 0; themes < SETS; themes++) {
      const at = themes * FIELDS;
      if (theirs[at + ROWS] === 0) continue;
      const sums = (this.sums ??= new Float64Array(SETS * FIELDS));
      for (let i = 0; i < FIELDS; i++) sums[at + i] = (sums[at + i] as number) + (theirs[at + i] as number);
      const index = other.index?.[themes];
      if (index !== undefined) this.momentsOf(themes).merge(index);
    }
    return this;
  }

  /** Adds the respondents of a state `save` gave. */
  load(state: ThemeImpactState): this {
    this.settle();
    for (const [themes, theirs, index] of state) {
      const sums = (this.sums ??= new Float64Array(SETS * FIELDS));
      const at = themes * FIELDS;
      theirs.forEach((value, i) => (sums[at + i] = (sums[at + i] as number) + value));
      if (index !== null) this.momentsOf(themes).load(index);
    }
    return this;
  }

  /** The respondents who mention `theme` (`mentioned` true) or do not: their sums, in the order of the sets. */
  private groupOf(theme: number, mentioned: boolean): { sums: Float64Array; index: Moments } {
    const sums = new Float64Array(FIELDS);
    const index = new Moments();
    const own = this.sums ?? NO_SUMS;
    for (let themes = 0; themes < SETS; themes++) {
      if ((((themes >> theme) & 1) === 1) !== mentioned) continue;
      const at = themes * FIELDS;
      for (let i = 0; i < FIELDS; i++) sums[i] = (sums[i] as number) + (own[at + i] as number);
      const moments = this.index?.[themes];
      if (moments !== undefined) index.merge(moments);
    }
    return { sums, index };
  }

  /**
   * Per theme, the CSAT top-box share, NPS and index of the respondents who mention it against
   * those who do not, and each difference tested (shareDifference, npsDifference, meanDifference) where both sides have at
   * least `minBase` answers; the p-values are the raw ones, to be corrected with their family
   * (settleImpact). Without `withIndex` (a report of one dimension, which has no index) the index
   * is neither shown nor tested.
   */
  differences(level: number, minBase: number, withIndex = true): Array<{ theme: CommentTheme; mentioned: ImpactGroup; others: ImpactGroup; differences: Difference[] }> {
    this.settle();
    return COMMENT_THEMES.map((theme, t) => {
      const [a, b] = [this.groupOf(t, true), this.groupOf(t, false)];
      const found: Array<Difference | null> = [];
      const csat = [csatShare(a.sums), csatShare(b.sums)] as const;
      if (csat[0] !== null && csat[1] !== null && Math.min(a.sums[CSAT] as number, b.sums[CSAT] as number) >= minBase) found.push(shareDifference('csat.topBox.share', csat[0], csat[1], level));
      const nps = [npsShares(a.sums), npsShares(b.sums)] as const;
      if (nps[0] !== null && nps[1] !== null && Math.min(a.sums[NPS] as number, b.sums[NPS] as number) >= minBase) found.push(npsDifference('nps.score', nps[0], nps[1], level));
      const index = [indexFigures(a.index), indexFigures(b.index)] as const;
      if (withIndex && Math.min(a.index.n, b.index.n) >= minBase) found.push(meanDifference('index.score', index[0], index[1], level));
      const group = (sums: Float64Array, moments: Moments, c: (typeof csat)[number], n: (typeof nps)[number]): ImpactGroup => ({
        respondents: sums[ROWS] as number,
        csat: c === null ? null : c.share,
        nps: n === null ? null : (n.promoters - n.detractors) * 100,
        index: withIndex ? moments.mean() : null,
      });
      return { theme, mentioned: group(a.sums, a.index, csat[0], nps[0]), others: group(b.sums, b.index, csat[1], nps[1]), differences: found.filter((d): d is Difference => d !== null) };
    });
  }
}

function csatShare(sums: Float64Array): { share: number; n: number } | null {
  const weight = sums[CSAT + 1] as number;
  return weight > 0 ? { share: (sums[CSAT + 3] as number) / weight, n: effectiveN(weight, sums[CSAT + 2] as number) } : null;
}

function npsShares(sums: Float64Array): { promoters: number; detractors: number; n: number } | null {
  const weight = sums[NPS + 1] as number;
  return weight > 0 ? { promoters: (sums[NPS + 3] as number) / weight, detractors: (sums[NPS + 4] as number) / weight, n: effectiveN(weight, sums[NPS + 2] as number) } : null;
}

function indexFigures(moments: Moments): { mean: number | null; sd: number | null; effectiveN: number } {
  const variance = moments.variance();
  return { mean: moments.mean(), sd: variance === null ? null : Math.sqrt(variance), effectiveN: moments.effectiveN };
}

/**
 * The impact of every theme of every free-text column of one report, its tests corrected together
 * as one family (`adjust`), significant below 1 − `level`.
 */
export function settleImpact(columns: ReadonlyArray<ReturnType<ThemeImpact['differences']>>, adjust: Adjustment, level: number): ThemeImpactSummary[][] {
  const all = columns.flatMap((themes) => themes.flatMap(({ differences }) => differences));
  const adjusted = adjustP(all.map((d) => d.result.p), adjust);
  const alpha = significanceLevel(level);
  let next = 0;
  return columns.map((themes) =>
    themes.map(({ mentioned, others, differences }) => ({
      mentioned,
      others,
      tests: differences.map((d): ImpactTest => {
        const adjustedP = adjusted[next++] as number;
        return { metric: d.metric as ImpactTest['metric'], mentioned: d.a, others: d.b, difference: d.a - d.b, ci: d.ci, test: d.test, statistic: d.result.statistic, df: d.result.df, p: d.result.p, adjustedP, significant: adjustedP < alpha, direction: directionOf(d.result.statistic) };
      }),
    })),
  );
}
