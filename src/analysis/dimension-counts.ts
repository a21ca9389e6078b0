import { groupedCoMoments, type CoMoments } from '../stats/co-moments.js';
import { groupedMoments, type Moments } from '../stats/moments.js';
import type { CodedAnswer } from '../survey/code-answer.js';
import { orientAnswer, scalePoints, scoreAnswer, type Scale } from '../survey/scale.js';
import { CODES, VALUES } from './flat-rows.js';

/**
 * The most combinations of answers a dimension is counted by (see DimensionCounts): two items of
 * seven points (8² with "no answer"), three of three (4³), a yes/no question and two of three.
 * Each analysis that holds rows of the dimension (a cell, a segment, a period: a report by day over
 * ten years holds 3,650) keeps a count of every combination, 8 bytes each, three times that with
 * weights: 0.5 kB (1.5 kB). A dimension with more is added row by row, as floating-point moments,
 * as before counts: with 216 combinations (three five-point items), counts made a report by 200
 * segments 40 % slower and 10 % larger, one by 3,650 days 20 % slower. Even at 64, a report of
 * thousands of periods pays for its counts: by day over ten years, two-item dimensions, 8 to 17 %
 * slower than with moments (docs/PERFORMANCE.md, "Dimensions counted by combination of answers").
 */
export const MAX_COMBINATIONS = 64;

/**
 * The respondents of each combination of answers met, in order of combination: its rows, and in a
 * survey with weights their Σw and Σw² (in the state's unit of weight).
 */
export interface DimensionCountsState {
  combinations: number[];
  counts: number[];
  weights?: number[];
  weights2?: number[];
}

/**
 * A dimension's items as DimensionCombinations reads them: each answer's scale and weight in the
 * score, where the "had a problem" question is (-1: none), and which items, in order, ask how the
 * problem was handled (rated, or yes/no as "was it resolved?").
 */
export interface CombinedItems {
  scales: readonly Scale[];
  weights: readonly number[];
  problem: number;
  handling: readonly number[];
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
  /** The distinct scores and handling scores, ascending, and where each combination's is among them (-1: NaN). */
  readonly scoreValues: ValuesMet;
  readonly resolutionValues: ValuesMet;
  /** The complete combinations, in order of their answers (the first item's first). */
  readonly completeOrder: Int32Array;
  private readonly mins: Float64Array;
  private readonly points: Int32Array;
  private readonly strides: Int32Array;
  // Per item and code of a row coded whole, its part of the combination (see ofCodes). Made with
  // the rest: made at the first ofCodes, it was a branch the optimised scoring of rows had not
  // taken, and V8 threw that code away at the first row of a thread's second analysis, whose
  // tables are its own.
  private readonly codeParts: Int32Array;

  /** The combinations of `items`, or null when there are more than MAX_COMBINATIONS. */
  static of(items: CombinedItems): DimensionCombinations | null {
    let size = 1;
    for (const scale of items.scales) {
      size *= scalePoints(scale) + 1;
      if (size > MAX_COMBINATIONS) return null;
    }
    return new DimensionCombinations(items, size);
  }

  private constructor({ scales, weights, problem, handling }: CombinedItems, size: number) {
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
      for (let i = 0; i < k; i++) answer[i] = this.answerOf(c, i);
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
      this.resolutions[c] = answered === 0 || problem < 0 ? Number.NaN : resolutionOf(scales, answer, problem, handling);
      if (answered === k && k > 1) {
        this.complete[c] = 1;
        for (let i = 0; i < k; i++) this.answers[c * k + i] = orientAnswer(scales[i] as Scale, answer[i] as number);
      }
    }
    this.scoreValues = valuesMet(this.scores);
    this.resolutionValues = valuesMet(this.resolutions);
    const complete = [...this.complete.keys()].filter((c) => this.complete[c] === 1);
    complete.sort((a, b) => {
      for (let i = 0; i < k; i++) {
        const difference = (this.answers[a * k + i] as number) - (this.answers[b * k + i] as number);
        if (difference !== 0) return difference;
      }
      return a - b;
    });
    this.completeOrder = Int32Array.from(complete);
    this.codeParts = this.makeCodeParts();
  }

  /** Adds the answers of combination `combination` to `items`, for alpha, when every item is answered. */
  addAnswers(combination: number, items: CoMoments): void {
    const k = this.items;
    if (this.complete[combination] === 1) items.add(this.answers.subarray(combination * k, (combination + 1) * k));
  }

  /** The answer to item `item` in combination `combination`, or null for none. */
  answerOf(combination: number, item: number): number | null {
    const points = this.points[item] as number;
    const digit = Math.floor(combination / (this.strides[item] as number)) % (points + 1);
    return digit === points ? null : (this.mins[item] as number) + digit;
  }

  /**
   * The combination of a row's answers (`coded[positions[i]]` is its answer to item i), or -1 when
   * an answer is not a whole number on its item's scale. The coders keep every answer on its scale
   * (since a label set's points became the scale's: a config's `agreement-5` on 0-4 coded "Strongly
   * agree" 5); should one not, its row is added as before counts, row by row.
   */
  of(coded: readonly CodedAnswer[], positions: readonly number[]): number {
    let combination = 0;
    for (let i = 0; i < positions.length; i++) {
      const answer = coded[positions[i] as number];
      const points = this.points[i] as number;
      let digit = points;
      if (typeof answer === 'number') {
        digit = answer - (this.mins[i] as number);
        if (digit >>> 0 !== digit || digit >= points) return -1;
      }
      combination += digit * (this.strides[i] as number);
    }
    return combination;
  }

  /**
   * As of(), for a row coded whole (see AnswerCodes in flat-rows.ts): `codes[positions[i]]` is the
   * answer to item i when below VALUES, else no answer. Each code's part of the combination (its
   * digit times the item's stride, or -1 for an answer off the scale) is looked up.
   */
  ofCodes(codes: Uint8Array, positions: readonly number[]): number {
    const parts = this.codeParts;
    let combination = 0;
    for (let i = 0; i < positions.length; i++) {
      const part = parts[i * CODES + (codes[positions[i] as number] as number)] as number;
      if (part < 0) return -1;
      combination += part;
    }
    return combination;
  }

  private makeCodeParts(): Int32Array {
    const parts = new Int32Array(this.items * CODES);
    for (let i = 0; i < this.items; i++) {
      const points = this.points[i] as number;
      const stride = this.strides[i] as number;
      for (let code = 0; code < CODES; code++) {
        const digit = code < VALUES ? code - (this.mins[i] as number) : points;
        parts[i * CODES + code] = digit >>> 0 === digit && digit <= points && (code >= VALUES || digit < points) ? digit * stride : -1;
      }
    }
    return parts;
  }
}

/** The distinct numbers of a table (NaN left out), ascending, and each entry's place among them (-1 for NaN). */
interface ValuesMet {
  values: Float64Array;
  ranks: Int32Array;
}

function valuesMet(table: Float64Array): ValuesMet {
  const values = Float64Array.from(new Set(table.filter((x) => !Number.isNaN(x)))).sort();
  const rank = new Map([...values].map((value, i) => [value, i]));
  return { values, ranks: Int32Array.from(table, (x) => rank.get(x) ?? -1) };
}

/** A respondent who had a problem: their mean score on the questions about how it was handled; else NaN (as RowScorer.scoreResolution). */
function resolutionOf(scales: readonly Scale[], answer: ReadonlyArray<number | null>, problem: number, handling: readonly number[]): number {
  if (answer[problem] !== 1) return Number.NaN;
  let sum = 0;
  let answered = 0;
  for (const i of handling) {
    const value = answer[i];
    if (value === null || value === undefined) continue;
    sum += scoreAnswer(scales[i] as Scale, value);
    answered += 1;
  }
  return answered > 0 ? sum / answered : Number.NaN;
}

/**
 * The respondents of a dimension counted by the combination of their answers (see
 * DimensionCombinations): rows, and with weights Σw and Σw² (without, they are the rows). The
 * dimension's moments (score, handling score, alpha's co-moments) are worked out from the counts
 * when asked for, so that a row costs one addition, and counts merge exactly: without weights the
 * figures are the same to the last bit whatever the order the rows came in and the parts were
 * merged (with weights, as far as their sums are: as any floating-point sum, they may differ in the
 * last bits from one order to another).
 */
export class DimensionCounts {
  // By combination: its rows, and with weights its Σw and Σw²; made when the first row comes.
  private counts: Float64Array | null = null;
  private weights: Float64Array | null = null;
  private weights2: Float64Array | null = null;

  constructor(
    readonly combinations: DimensionCombinations,
    private readonly weighted: boolean,
  ) {}

  /** Adds a respondent of combination `combination` and weight `weight` (1 without weights); none of weight 0 or less, as Moments.add. */
  add(combination: number, weight: number): void {
    if (!(weight > 0)) return;
    const counts = (this.counts ??= this.allocate());
    counts[combination] = (counts[combination] as number) + 1;
    if (this.weights === null || this.weights2 === null) return;
    this.weights[combination] = (this.weights[combination] as number) + weight;
    this.weights2[combination] = (this.weights2[combination] as number) + weight * weight;
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
    const { counts, weights, weights2 } = this;
    const met: number[] = [];
    if (counts !== null) for (let c = 0; c < counts.length; c++) if ((counts[c] as number) > 0) met.push(c);
    const at = (array: Float64Array) => met.map((c) => array[c] as number);
    return {
      combinations: met,
      counts: counts === null ? [] : at(counts),
      ...(this.weighted ? { weights: weights === null ? [] : at(weights), weights2: weights2 === null ? [] : at(weights2) } : {}),
    };
  }

  /** Adds the respondents of another count of the same dimension: as load(other.save()), exactly. */
  merge(other: DimensionCounts): this {
    const theirs = other.counts;
    if (theirs === null) return this;
    const counts = (this.counts ??= this.allocate());
    addInto(counts, theirs);
    if (this.weights !== null && this.weights2 !== null && other.weights !== null && other.weights2 !== null) {
      addInto(this.weights, other.weights);
      addInto(this.weights2, other.weights2);
    }
    return this;
  }

  /** Adds the respondents of a state `save` gave (checked: see checkState). */
  load(state: DimensionCountsState): this {
    const { combinations, counts, weights, weights2 } = state;
    if (combinations.length === 0) return this;
    const own = (this.counts ??= this.allocate());
    combinations.forEach((c, i) => {
      if (!(c >= 0 && c < own.length)) throw new Error(`the state counts combination ${c} of a dimension of ${own.length}`);
      own[c] = (own[c] as number) + (counts[i] as number);
      if (this.weights === null || this.weights2 === null) return;
      this.weights[c] = (this.weights[c] as number) + (weights?.[i] ?? 0);
      this.weights2[c] = (this.weights2[c] as number) + (weights2?.[i] ?? 0);
    });
    return this;
  }

  /** The moments of the respondents' dimension scores. */
  scores(): Moments {
    return this.moments(this.combinations.scoreValues);
  }

  /** The moments of the handling scores of the respondents who had a problem. */
  resolution(): Moments {
    return this.moments(this.combinations.resolutionValues);
  }

  /** The (unweighted) co-moments of the answers of the respondents who answered every item, for alpha. */
  items(): CoMoments {
    const { combinations, counts } = this;
    const k = combinations.items;
    const met = counts === null ? [] : [...combinations.completeOrder].filter((c) => (counts[c] as number) > 0);
    const answers = new Float64Array(met.length * k);
    const n = new Float64Array(met.length);
    met.forEach((c, g) => {
      answers.set(combinations.answers.subarray(c * k, (c + 1) * k), g * k);
      n[g] = (counts as Float64Array)[c] as number;
    });
    return groupedCoMoments(k, answers, n, n, n);
  }

  /**
   * The moments of a value of each combination (see ValuesMet) over the respondents counted: the
   * combinations of one value added together first, in the order of their numbers, so that without
   * weights the figures do not depend on how the combinations are numbered.
   */
  private moments({ values, ranks }: ValuesMet): Moments {
    const { counts, weights, weights2 } = this;
    const n = new Float64Array(values.length);
    if (counts === null) return groupedMoments(values, n, n, n);
    const w = weights === null ? n : new Float64Array(values.length);
    const w2 = weights2 === null ? n : new Float64Array(values.length);
    for (let c = 0; c < counts.length; c++) {
      const rank = ranks[c] as number;
      const count = counts[c] as number;
      if (rank < 0 || count === 0) continue;
      n[rank] = (n[rank] as number) + count;
      if (weights === null || weights2 === null) continue;
      w[rank] = (w[rank] as number) + (weights[c] as number);
      w2[rank] = (w2[rank] as number) + (weights2[c] as number);
    }
    return groupedMoments(values, n, w, w2);
  }
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let c = 0; c < into.length; c++) into[c] = (into[c] as number) + (from[c] as number);
}
