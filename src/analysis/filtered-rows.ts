import type { InputFile } from '../input/read-csv.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import type { AnalysisState, RowAnalysis, ScoredRow } from './analyze-survey.js';
import type { Report } from './report.js';

/**
 * An analysis that passes on to `inner` the rows `keeps` lets through: the base of those that leave
 * respondents out (an attention check failed with --drop-inattentive, a declined consent), each of
 * which tells the reader, in `keeps`, the line of a row it leaves out. Its state, merges and report
 * are `inner`'s unless the analysis keeps counts of its own.
 */
export abstract class FilteredRows implements RowAnalysis {
  constructor(readonly inner: RowAnalysis) {}

  /** Whether the row goes on to `inner`; `line` is where it starts in its file (0 for a row already scored). */
  protected abstract keeps(fields: readonly string[], line: number): boolean;

  /** The columns `keeps` reads. */
  protected abstract ownColumns(): number[];

  addRow(fields: readonly string[], line = 0): void {
    if (this.keeps(fields, line)) this.inner.addRow(fields, line);
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    if (this.keeps(fields, 0)) this.inner.addScored(fields, row);
  }

  useFormat(format: AnswerFormat): void {
    this.inner.useFormat(format);
  }

  columns(): number[] {
    return [...this.inner.columns(), ...this.ownColumns()];
  }

  clear(): void {
    this.inner.clear();
  }

  save(): AnalysisState {
    return this.inner.save();
  }

  load(saved: AnalysisState): void {
    this.inner.load(saved);
  }

  merge(other: RowAnalysis): void {
    this.inner.merge(other instanceof FilteredRows ? other.inner : other);
  }

  report(files: InputFile[]): Report {
    return this.inner.report(files);
  }
}
