import { NOT_CHOSEN, TICKED } from '../survey/code-choice.js';
import type { ChoiceSeparator } from '../survey/split-choices.js';
import { CategoryTally, type CategoryTallyState } from './category-tally.js';

/** Respondents counted, the sum of their weights and of the squares of their weights. */
export type WeightedCount = [n: number, weight: number, weight2: number];

export interface CheckboxTallyState {
  /** Every respondent the analysis saw. */
  all: WeightedCount;
  /** Respondents who ticked at least one option or answered one "not chosen" (No, 0). */
  answered: WeightedCount;
  /** Respondents who answered at least one option "not chosen": the question is asked yes or no. */
  saidNo: number;
  /** Each option: how many ticked it, and their weight. */
  options: Array<[count: number, weight: number]>;
  /** A question written into one column (then `options` is empty): each part of its cells, counted one by one. */
  parts?: CategoryTallyState;
}

/**
 * The answers to one checkbox question, row by row: who answered it at all, and who ticked each
 * option. Two tallies of parts of the data merge into the tally of the whole.
 */
export class CheckboxTally {
  private readonly all: WeightedCount = [0, 0, 0];
  private readonly answered: WeightedCount = [0, 0, 0];
  private saidNo = 0;
  private readonly counts: Float64Array;
  private readonly weights: Float64Array;
  /** A question written into one column: the options chosen, found in its cells (see addJoined); else null. */
  readonly parts: CategoryTally | null;

  /** `size` options in columns of their own; or, `joined`, one column of the options chosen, joined (and `size` 0), by `separator` where detection decided it. */
  constructor(
    readonly size: number,
    joined = false,
    separator?: ChoiceSeparator,
  ) {
    this.counts = new Float64Array(size);
    this.weights = new Float64Array(size);
    this.parts = joined ? new CategoryTally(separator) : null;
  }

  /** Adds one respondent's cells of the question, as code-choice reads them. */
  add(ticks: Uint8Array, weight: number): void {
    addCount(this.all, 1, weight, weight * weight);
    let answered = false;
    let no = false;
    for (let i = 0; i < this.size; i++) {
      const tick = ticks[i];
      if (tick === TICKED) {
        this.counts[i] = (this.counts[i] as number) + 1;
        this.weights[i] = (this.weights[i] as number) + weight;
        answered = true;
      } else if (tick === NOT_CHOSEN) {
        answered = true;
        no = true;
      }
    }
    if (answered) addCount(this.answered, 1, weight, weight * weight);
    if (no) this.saidNo += 1;
  }

  /**
   * Adds one respondent's cell of a question written into one column: the options chosen, joined by
   * ", " or ";" ('' for a blank or a non-answer). Each part is an option, counted once a respondent.
   */
  addJoined(cell: string, weight: number): void {
    const parts = this.parts as CategoryTally;
    addCount(this.all, 1, weight, weight * weight);
    const before = parts.n;
    parts.add(cell, weight);
    if (parts.n > before) addCount(this.answered, 1, weight, weight * weight);
  }

  /** The base figures and each option's count and weight, for the summary. */
  get figures(): { all: Readonly<WeightedCount>; answered: Readonly<WeightedCount>; saidNo: number; counts: ArrayLike<number>; weights: ArrayLike<number> } {
    return { all: this.all, answered: this.answered, saidNo: this.saidNo, counts: this.counts, weights: this.weights };
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    scaleCount(this.all, factor);
    scaleCount(this.answered, factor);
    for (let i = 0; i < this.size; i++) this.weights[i] = (this.weights[i] as number) * factor;
    this.parts?.scaleWeights(factor);
  }

  clear(): void {
    this.all.fill(0);
    this.answered.fill(0);
    this.saidNo = 0;
    this.counts.fill(0);
    this.weights.fill(0);
    this.parts?.clear();
  }

  save(): CheckboxTallyState {
    const state: CheckboxTallyState = { all: [...this.all], answered: [...this.answered], saidNo: this.saidNo, options: Array.from(this.counts, (count, i): [number, number] => [count, this.weights[i] as number]) };
    if (this.parts !== null) state.parts = this.parts.save();
    return state;
  }

  /** Adds the answers of a state `save` gave. */
  load(state: CheckboxTallyState): this {
    if (state.options.length !== this.size || (state.parts === undefined) !== (this.parts === null)) throw new Error('the state is of a checkbox question with other options');
    addCount(this.all, ...state.all);
    addCount(this.answered, ...state.answered);
    this.saidNo += state.saidNo;
    state.options.forEach(([count, weight], i) => {
      this.counts[i] = (this.counts[i] as number) + count;
      this.weights[i] = (this.weights[i] as number) + weight;
    });
    if (state.parts !== undefined) this.parts?.load(state.parts);
    return this;
  }
}

/** Multiplies the weights of a count by `factor`: its weight by it, its weight² by its square. */
export function scaleCount(count: WeightedCount, factor: number): void {
  count[1] *= factor;
  count[2] *= factor * factor;
}

export function addCount(into: WeightedCount, n: number, weight: number, weight2: number): void {
  into[0] += n;
  into[1] += weight;
  into[2] += weight2;
}
