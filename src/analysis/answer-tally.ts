import { Histogram, type HistogramState } from '../stats/histogram.js';
import { MISSING_REASONS, type CodedAnswer, type MissingReason } from '../survey/code-answer.js';
import type { MissingCounts } from './report.js';

export interface AnswerTallyState {
  values: HistogramState;
  missing: MissingCounts;
}

/** The answers to one rated column: a histogram of valid values and counts of excluded ones. */
export class AnswerTally {
  readonly values = new Histogram();
  readonly missing: MissingCounts = emptyMissing();

  add(answer: CodedAnswer, weight = 1): void {
    if (typeof answer === 'number') this.values.add(answer, weight);
    else this.missing[answer] += 1;
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.values.scaleWeights(factor);
  }

  clear(): void {
    this.values.clear();
    for (const reason of MISSING_REASONS) this.missing[reason] = 0;
  }

  save(): AnswerTallyState {
    return { values: this.values.save(), missing: { ...this.missing } };
  }

  /** Adds the answers of another tally: as load(other.save()), to the last bit, without the copy. */
  merge(other: AnswerTally): this {
    this.values.merge(other.values);
    for (const reason of MISSING_REASONS) this.missing[reason] += other.missing[reason];
    return this;
  }

  /** Adds the answers of a state `save` gave. */
  load(state: AnswerTallyState): this {
    this.values.load(state.values);
    for (const reason of MISSING_REASONS) this.missing[reason] += state.missing[reason];
    return this;
  }
}

export function emptyMissing(): MissingCounts {
  return Object.fromEntries(MISSING_REASONS.map((r) => [r, 0])) as Record<MissingReason, number>;
}

/** Adds missing counts of several tallies, reason by reason. */
export function sumMissing(tallies: readonly AnswerTally[]): MissingCounts {
  const sum = emptyMissing();
  for (const tally of tallies) for (const reason of MISSING_REASONS) sum[reason] += tally.missing[reason];
  return sum;
}
