import type { InputFile } from '../input/read-csv.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import { declinesConsent } from '../survey/consent.js';
import type { ColumnModel, SurveyModel } from '../survey/survey-model.js';
import type { AnalysisState, RowAnalysis, ScoredRow } from './analyze-survey.js';
import type { Gate } from './gates.js';
import type { Report } from './report.js';

/**
 * Leaves out the respondents who declined the consent question that opens the survey (a column
 * with `consentGate`, see settleConsentGates): a platform sends them to the end, so their row is
 * no response, only a refusal. They go no further, and `onLeftOut` is told their line, so that the
 * reader counts them as skipped (`declinedConsent`). Outermost of the analyses, so that such a row
 * is in no figure, segment, period or attention check. It keeps no state of its own: the rows it
 * leaves out are counted in the file's skipped rows, which a shard's state carries.
 */
export class ConsentGate implements RowAnalysis {
  private readonly gates: ColumnModel[];

  constructor(
    readonly inner: RowAnalysis,
    model: SurveyModel,
    private readonly onLeftOut?: (line: number) => void,
  ) {
    this.gates = model.columns.filter((c) => c.consentGate === true);
  }

  useFormat(format: AnswerFormat): void {
    this.inner.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    if (this.keeps(fields, line)) this.inner.addRow(fields, line);
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    if (this.keeps(fields, 0)) this.inner.addScored(fields, row);
  }

  /** Whether the row goes on: it does unless it declined a consent question. */
  private keeps(fields: readonly string[], line: number): boolean {
    if (!this.gates.some((c) => declinesConsent(fields[c.index] ?? ''))) return true;
    this.onLeftOut?.(line);
    return false;
  }

  columns(): number[] {
    return [...this.inner.columns(), ...this.gates.map((c) => c.index)];
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
    this.inner.merge(other instanceof ConsentGate ? other.inner : other);
  }

  report(files: InputFile[], gates: readonly Gate[] = []): Report {
    return this.inner.report(files, gates);
  }
}
