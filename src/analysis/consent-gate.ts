import { declinesConsent } from '../survey/consent.js';
import type { ColumnModel, SurveyModel } from '../survey/survey-model.js';
import type { RowAnalysis } from './analyze-survey.js';
import { FilteredRows } from './filtered-rows.js';

/**
 * Leaves out the respondents who declined the consent question that opens the survey (a column
 * with `consentGate`, see settleConsentGates): a platform sends them to the end, so their row is
 * no response, only a refusal. They go no further, and `onLeftOut` is told their line, so that the
 * reader counts them as skipped (`declinedConsent`). Outermost of the analyses, so that such a row
 * is in no figure, segment, period or attention check. It keeps no state of its own: the rows it
 * leaves out are counted in the file's skipped rows, which a shard's state carries.
 */
export class ConsentGate extends FilteredRows {
  private readonly gates: ColumnModel[];

  constructor(
    inner: RowAnalysis,
    model: SurveyModel,
    private readonly onLeftOut?: (line: number) => void,
  ) {
    super(inner);
    this.gates = model.columns.filter((c) => c.consentGate === true);
  }

  /** Whether the row goes on: it does unless it declined a consent question. */
  protected keeps(fields: readonly string[], line: number): boolean {
    if (!this.gates.some((c) => declinesConsent(fields[c.index] ?? ''))) return true;
    this.onLeftOut?.(line);
    return false;
  }

  protected ownColumns(): number[] {
    return this.gates.map((c) => c.index);
  }
}
