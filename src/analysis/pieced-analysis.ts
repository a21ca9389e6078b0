import type { InputFile } from '../input/read-csv.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import type { AnalysisState, RowAnalysis } from './analyze-survey.js';
import type { Report } from './report.js';

/**
 * The analysis of a file read in groups of pieces (see pieceGroups in engine/): each group of rows
 * has an analysis of its own, and the whole is the merge of the groups' states, in order. Worker
 * threads analyse groups apart and their states are merged the same way, so the report is the
 * same to the last digit whatever the number of threads: floating-point sums depend on how the
 * rows are grouped, and this fixes the grouping.
 */
export class PiecedAnalysis {
  private readonly whole: RowAnalysis;
  // The analysis of the current group, cleared for each next one.
  private readonly piece: RowAnalysis;

  /** `create` makes an empty analysis, built the same way each time. */
  constructor(create: () => RowAnalysis) {
    this.whole = create();
    this.piece = create();
  }

  useFormat(format: AnswerFormat): void {
    this.piece.useFormat(format);
  }

  addRow(fields: readonly string[], line?: number): void {
    this.piece.addRow(fields, line);
  }

  columns(): number[] {
    return this.piece.columns();
  }

  /**
   * The rows that follow are in the next group: the group so far joins the whole, merged (as
   * load(piece.save()), without making the state and reading it back: 30 ms of a one-thread
   * report of the 1M bench export, see docs/PERFORMANCE.md).
   */
  nextGroup(): void {
    this.whole.merge(this.piece);
    this.piece.clear();
  }

  /** Adds a group analysed elsewhere (by a worker thread), after the groups so far. */
  addGroup(state: AnalysisState): void {
    this.nextGroup();
    this.whole.load(state);
  }

  save(): AnalysisState {
    this.nextGroup();
    return this.whole.save();
  }

  report(files: InputFile[]): Report {
    this.nextGroup();
    return this.whole.report(files);
  }
}
