import { groupedCoMoments, type CoMoments } from '../stats/co-moments.js';
import { groupedMoments, type Moments } from '../stats/moments.js';
import type { CodedAnswer } from '../survey/code-answer.js';
import { orientAnswer, scalePoints, scoreAnswer, type Scale } from '../survey/scale.js';

/**
 * The most combinations of answers a dimension is counted by (see DimensionCounts): four items of
 * five points (6⁴ with "no answer"), or three of seven, or a 0-10 question, a 1-5 one and a yes/no
 * one. A count is 8 bytes, so a segment's or period's counts of such a dimension take 10 kB. A
 * dimension with more is added row by row, as floating-point moments.
 */
export const MAX_COMBINATIONS = 1296;

/** The respondents of each combination of answers met: `[combination, rows, Σw, Σw²]`, by combination. */
export type DimensionCountsState = Array<[combination: number, count: number, weight: number, weight2: number]>;

/** A dimension's items as DimensionCombinations reads them: each answer's scale and weight in the score, and where the "had a problem" question is (-1: none). */
export interface CombinedItems {
  scales: readonly Scale[];
  weights: readonly number[];
  problem: number;
}

/**
 * Every combination of answers to the items of a dimension, numbered, with what it gives: the
 * dimension score, the handling score (complaints), and the answers in the scored direction when
 * every item is answered (for alpha). An item's answer counts as its position on the scale, or as
 * one past the last for no answer (a missing reason); the items are the digits of the number, the
 * first the lowest. Worked out once per survey, by the same arithmetic as a row's scores, in the
 * same order, so that a row's score read here is the one computed for it, to the last bit.
 */
export class DimensionCombinations {
  readonly size: number;
  /** Per combination: the score on 0-100, or NaN when no item is answered. */
  readonly scores: Float64Array;
  /** Per combination: the mean score of the handling questions of a respondent who had a problem, or NaN. */
  readonly resolutions: Float64Array;
  /** Per combination: 1 when every item (of two or more) is answered. */
  readonly complete: Uint8Array;
  /** Per combination, `items` numbers: the answers in the scored direction, when complete. */
  readonly answers: Float64Array;
  readonly items: number;
  private readonly mins: Float64Array;
  private readonly points: Int32Array;
  private readonly strides: Int32Array;

  /** The combinations of `items`, or null when there are more than MAX_COMBINATIONS. */
  static of(items: CombinedItems): DimensionCombinations | null {
    let size = 1;
    for (const scale of items.scales) {
      size *= scalePoints(scale) + 1;
      if (size > MAX_COMBINATIONS) return null;
    }
    return new DimensionCombinations(items, size);
  }

  private constructor({ scales, weights, problem }: CombinedItems, size: number) {
    const k = scales.length;
    this.size = size;
    this.items = k;
    this.mins = Float64Array.from(scales, (s) => s.min);
    this.points = Int32Array.from(scales, (s) => scalePoints(s));
    this.strides = new Int32Array(k);
    for (let i = 0, stride = 1; i < k; i++) {
      this.strides[i] = stride;
      stride *= (this.points[i] as number) + 1;
    }
    this.scores = new Float64Array(size);
    this.resolutions = new Float64Array(size);
    this.complete = new Uint8Array(size);
    this.answers = new Float64Array(size * k);
    const answer = new Array<number | null>(k);
    for (let c = 0; c < size; c++) {
      for (let i = 0; i < k; i++) {
        const digit = Math.floor(c / (this.strides[i] as number)) % ((this.points[i] as number) + 1);
        answer[i] = digit === this.points[i] ? null : (this.mins[i] as number) + digit;
      }
      // As RowScorer.scoreDimension and scoreResolution do for a row.
      let sum = 0;
      let weight = 0;
      let answered = 0;
      for (let i = 0; i < k; i++) {
        const value = answer[i];
        if (value === null || value === undefined) continue;
        sum += (weights[i] as number) * scoreAnswer(scales[i] as Scale, value);
        weight += weights[i] as number;
        answered += 1;
      }
      this.scores[c] = answered === 0 ? Number.NaN : sum / weight;
      this.resolutions[c] = answered === 0 || problem < 0 ? Number.NaN : resolutionOf(scales, answer, problem);
      if (answered === k && k > 1) {
        this.complete[c] = 1;
        for (let i = 0; i < k; i++) this.answers[c * k + i] = orientAnswer(scales[i] as Scale, answer[i] as number);
      }
    }
  }

  /** The combination of a row's answers: `coded[positions[i]]` is its answer to item i. */
  of(coded: readonly CodedAnswer[], positions: readonly number[]): number {
    let combination = 0;
    for (let i = 0; i < positions.length; i++) {
      const answer = coded[positions[i] as number];
      const points = this.points[i] as number;
      let digit = points;
      if (typeof answer === 'number') {
        digit = answer - (this.mins[i] as number);
        // The coders give whole numbers on the scale; anything else would be counted as another answer.
        if (digit >>> 0 !== digit || digit >= points) throw new Error(`an answer ${answer} off its scale reached a dimension's counts`);
      }
      combination += digit * (this.strides[i] as number);
    }
    return combination;
  }
}

/** A respondent who had a problem: their mean score on the questions about how it was handled; else NaN (as RowScorer.scoreResolution). */
function resolutionOf(scales: readonly Scale[], answer: ReadonlyArray<number | null>, problem: number): number {
  if (answer[problem] !== 1) return Number.NaN;
  let sum = 0;
  let answered = 0;
  for (let i = 0; i < scales.length; i++) {
    const scale = scales[i] as Scale;
    const value = answer[i];
    if (scale.kind === 'binary' || value === null || value === undefined) continue;
    sum += scoreAnswer(scale, value);
    answered += 1;
  }
  return answered > 0 ? sum / answered : Number.NaN;
}

/**
 * The respondents of a dimension counted by the combination of their answers (see
 * DimensionCombinations): rows, and without weights nothing more, for Σw and Σw² are the rows then.
 * The dimension's moments (score, handling score, alpha's co-moments) are worked out from the counts
 * when asked for, so that a row costs one addition, and counts merge exactly: without weights the
 * figures are the same to the last bit whatever the order the rows came in and the parts were
 * merged (with weights, as far as their sums are: as any floating-point sum, they may differ in the
 * last bits from one order to another).
 */
export class DimensionCounts {
  private counts: Float64Array | null = null;
  private weights: Float64Array | null = null;
  private weights2: Float64Array | null = null;

  constructor(
    readonly combinations: DimensionCombinations,
    private readonly weighted: boolean,
  ) {}

  /** Adds a respondent of combination `combination` and weight `weight` (1 without weights). */
  add(combination: number, weight: number): void {
    const counts = (this.counts ??= this.allocate());
    counts[combination] = (counts[combination] as number) + 1;
    if (!this.weighted) return;
    const weights = this.weights as Float64Array;
    const weights2 = this.weights2 as Float64Array;
    weights[combination] = (weights[combination] as number) + weight;
    weights2[combination] = (weights2[combination] as number) + weight * weight;
  }

  private allocate(): Float64Array {
    const { size } = this.combinations;
    if (this.weighted) {
      this.weights = new Float64Array(size);
      this.weights2 = new Float64Array(size);
    }
    return new Float64Array(size);
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    const { weights, weights2 } = this;
    if (weights === null || weights2 === null) return;
    for (let c = 0; c < weights.length; c++) {
      weights[c] = (weights[c] as number) * factor;
      weights2[c] = (weights2[c] as number) * factor * factor;
    }
  }

  clear(): void {
    this.counts?.fill(0);
    this.weights?.fill(0);
    this.weights2?.fill(0);
  }

  save(): DimensionCountsState {
    const state: DimensionCountsState = [];
    const { counts } = this;
    if (counts === null) return state;
    for (let c = 0; c < counts.length; c++) {
      const count = counts[c] as number;
      if (count > 0) state.push([c, count, this.weights?.[c] ?? count, this.weights2?.[c] ?? count]);
    }
    return state;
  }

  /** Adds the respondents of another count of the same dimension: as load(other.save()), exactly. */
  merge(other: DimensionCounts): this {
    const theirs = other.counts;
    if (theirs === null) return this;
    const counts = (this.counts ??= this.allocate());
    for (let c = 0; c < theirs.length; c++) counts[c] = (counts[c] as number) + (theirs[c] as number);
    if (this.weights !== null && this.weights2 !== null && other.weights !== null && other.weights2 !== null) {
      addInto(this.weights, other.weights);
      addInto(this.weights2, other.weights2);
    }
    return this;
  }

  /** Adds the respondents of a state `save` gave (checked: see checkState). */
  load(state: DimensionCountsState): this {
    if (state.length === 0) return this;
    const counts = (this.counts ??= this.allocate());
    for (const [c, count, weight, weight2] of state) {
      if (!(c >= 0 && c < counts.length)) throw new Error(`the state counts combination ${c} of a dimension of ${counts.length}`);
      counts[c] = (counts[c] as number) + count;
      if (this.weights !== null && this.weights2 !== null) {
        this.weights[c] = (this.weights[c] as number) + weight;
        this.weights2[c] = (this.weights2[c] as number) + weight2;
      }
    }
    return this;
  }

  /** The moments of the respondents' dimension scores. */
  scores(): Moments {
    return this.moments(this.combinations.scores);
  }

  /** The moments of the handling scores of the respondents who had a problem. */
  resolution(): Moments {
    return this.moments(this.combinations.resolutions);
  }

  /** The (unweighted) co-moments of the answers of the respondents who answered every item, for alpha. */
  items(): CoMoments {
    const { combinations } = this;
    const counts = this.counts ?? new Float64Array(combinations.size);
    const complete = counts.map((count, c) => (combinations.complete[c] === 1 ? count : 0));
    return groupedCoMoments(combinations.items, combinations.answers, complete, complete, complete);
  }

  /** The moments of `values` (one per combination; NaN: left out) over the respondents counted. */
  private moments(values: Float64Array): Moments {
    const counts = (this.counts ?? new Float64Array(values.length)).map((count, c) => (Number.isNaN(values[c]) ? 0 : count));
    const weights = this.weights === null ? counts : this.weights.map((w, c) => (counts[c] === 0 ? 0 : w));
    const weights2 = this.weights2 === null ? counts : this.weights2.map((w, c) => (counts[c] === 0 ? 0 : w));
    return groupedMoments(values, counts, weights, weights2);
  }
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let c = 0; c < into.length; c++) into[c] = (into[c] as number) + (from[c] as number);
}
