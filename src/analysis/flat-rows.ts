import type { CoMoments } from '../stats/co-moments.js';
import { addCoMoment, addMoment, coMomentSlots, MOMENT_SLOTS } from '../stats/flat-moments.js';
import type { Moments } from '../stats/moments.js';
import type { CodedAnswer } from '../survey/code-answer.js';
import type { AnswerTally } from './answer-tally.js';

/**
 * Rows as codes (issue 21 point 1, a first step): a rated answer that is a whole number from 0 to
 * VALUES − 1 is coded as itself, a blank cell and a "not applicable" as BLANK_CODE and NA_CODE;
 * anything else (an answer off the scale, one in a decimal, a code the scale does not know) is
 * SLOW, and its row is scored and added as every row was before (RowScorer.score, then
 * SurveyAnalysis.addScored), where its problems are told.
 */
export const VALUES = 64;
export const BLANK_CODE = VALUES;
export const NA_CODE = VALUES + 1;
/** Codes a column's answers can have in a FlatRows count. */
export const CODES = VALUES + 2;
export const SLOW = 255;

// Texts of more than one character remembered per column (the answer coder remembers as many).
const LONG_TEXTS = 1024;

/**
 * The code of each rated column's cells, remembered by its text: a one-character text by its
 * character code, any other in a Map. A column holds a handful of texts, so each is coded once.
 */
export class AnswerCodes {
  private one: Int16Array[] = [];
  private long: Array<Map<string, number>> = [];

  /** `coders`: per rated column, its coder as it is now (it changes with the file's format: reset() then). */
  constructor(private readonly coders: ReadonlyArray<{ code: (raw: string) => CodedAnswer }>) {
    this.reset();
  }

  /** Forgets every code: the coders now read another format. */
  reset(): void {
    this.one = this.coders.map(() => new Int16Array(128).fill(-1));
    this.long = this.coders.map(() => new Map<string, number>());
  }

  /** The code of `raw` in rated column `i`. */
  codeOf(i: number, raw: string): number {
    if (raw.length === 1) {
      const c = raw.charCodeAt(0);
      if (c < 128) {
        const table = this.one[i] as Int16Array;
        let code = table[c] as number;
        if (code < 0) table[c] = code = this.classify(i, raw);
        return code;
      }
    }
    const texts = this.long[i] as Map<string, number>;
    let code = texts.get(raw);
    if (code === undefined) {
      code = this.classify(i, raw);
      if (texts.size < LONG_TEXTS) texts.set(raw, code);
    }
    return code;
  }

  private classify(i: number, raw: string): number {
    const answer = (this.coders[i] as { code: (raw: string) => CodedAnswer }).code(raw);
    if (typeof answer === 'number') return answer >>> 0 === answer && answer < VALUES ? answer : SLOW;
    return answer === 'blank' ? BLANK_CODE : answer === 'notApplicable' ? NA_CODE : SLOW;
  }
}

/** A code's answer (of a code other than SLOW) as RowScorer.score codes it. */
export function answerOfCode(code: number): CodedAnswer {
  return code < VALUES ? code : code === BLANK_CODE ? 'blank' : 'notApplicable';
}

/**
 * What the rows coded whole add to an analysis (SurveyAnalysis.addScored), kept flat: the count of
 * each code of each rated column, and the index's moments (the index, the index without each
 * dimension) and the drivers' co-moments as numbers in arrays, added by the arithmetic of
 * Moments.add and CoMoments.add. While `active`, those arrays hold the accumulators' state; flush()
 * gives it back to them, with the counts, before anything else reads or adds to them, so that the
 * analysis is the same to the last bit as if every row had been added to the accumulators.
 */
export class FlatRows {
  private active = false;
  private readonly counts: Float64Array;
  // Per column, the codes in the order their first row came since the last flush (the order of a histogram's bins).
  private readonly order: Uint8Array;
  private readonly met: Uint8Array;
  private readonly moments: Float64Array;
  private readonly drivers: Float64Array;
  private readonly delta: Float64Array;

  /** `columns` rated columns, `dimensions` dimensions, drivers of `k` variables (0: none kept). */
  constructor(
    private readonly columns: number,
    private readonly dimensions: number,
    private readonly k: number,
  ) {
    this.counts = new Float64Array(columns * CODES);
    this.order = new Uint8Array(columns * CODES);
    this.met = new Uint8Array(columns);
    this.moments = new Float64Array((dimensions + 1) * MOMENT_SLOTS);
    this.drivers = new Float64Array(k === 0 ? 0 : coMomentSlots(k));
    this.delta = new Float64Array(k);
  }

  /** Counts a row's codes, one per rated column. */
  count(codes: Uint8Array): void {
    const { counts, order, met } = this;
    for (let i = 0; i < this.columns; i++) {
      const code = codes[i] as number;
      const at = i * CODES + code;
      const before = counts[at] as number;
      counts[at] = before + 1;
      if (before === 0) order[i * CODES + (met[i] as number)++] = code;
    }
  }

  /** Takes the accumulators' state (see the class), unless it holds it already; `without` null: the analysis keeps no index without each dimension. */
  begin(index: Moments, without: readonly Moments[] | null, drivers: CoMoments | null): void {
    if (this.active) return;
    index.copyTo(this.moments, 0);
    if (without !== null) for (let d = 0; d < this.dimensions; d++) (without[d] as Moments).copyTo(this.moments, (d + 1) * MOMENT_SLOTS);
    if (drivers !== null && this.k > 0) drivers.copyTo(this.drivers, 0);
    this.active = true;
  }

  /** Adds a row's index (NaN: none) and its index without each dimension (NaN: none). */
  addIndex(index: number, without: Float64Array | null): void {
    if (!Number.isNaN(index)) addMoment(this.moments, 0, index);
    if (without === null) return;
    for (let d = 0; d < this.dimensions; d++) {
      const value = without[d] as number;
      if (!Number.isNaN(value)) addMoment(this.moments, (d + 1) * MOMENT_SLOTS, value);
    }
  }

  /** Adds a row's dimension scores and outcome to the drivers' co-moments. */
  addDrivers(x: Float64Array): void {
    addCoMoment(this.drivers, 0, this.k, x, this.delta);
  }

  /** Gives the counts to the tallies and the moments back to their accumulators (see begin), and starts again from nothing. */
  flush(tallies: readonly AnswerTally[], index: Moments, without: readonly Moments[] | null, drivers: CoMoments | null): void {
    const { counts, order, met } = this;
    for (let i = 0; i < this.columns; i++) {
      const tally = tallies[i] as AnswerTally;
      for (let m = 0; m < (met[i] as number); m++) {
        const code = order[i * CODES + m] as number;
        const at = i * CODES + code;
        const n = counts[at] as number;
        counts[at] = 0;
        if (code < VALUES) tally.values.add(code, 1, n);
        else tally.missing[code === BLANK_CODE ? 'blank' : 'notApplicable'] += n;
      }
      met[i] = 0;
    }
    if (!this.active) return;
    index.copyFrom(this.moments, 0);
    if (without !== null) for (let d = 0; d < this.dimensions; d++) (without[d] as Moments).copyFrom(this.moments, (d + 1) * MOMENT_SLOTS);
    if (drivers !== null && this.k > 0) drivers.copyFrom(this.drivers, 0);
    this.active = false;
  }

  /** Forgets the rows (the analysis is cleared). */
  clear(): void {
    this.counts.fill(0);
    this.met.fill(0);
    this.active = false;
  }
}
