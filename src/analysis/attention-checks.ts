import type { InputFile } from '../input/read-csv.js';
import { PLAIN_FORMAT, type AnswerFormat } from '../survey/code-answer.js';
import type { ColumnModel, SurveyModel } from '../survey/survey-model.js';
import { normalizeText } from '../text/normalize-text.js';
import { parseNumber } from '../text/parse-number.js';
import { sameKind, stateOf, type AnalysisState, type RowAnalysis } from './analyze-survey.js';
import { FilteredRows } from './filtered-rows.js';
import type { AttentionSummary, Report } from './report.js';

/** How the attention checks are applied: counted only, or counted and their failures left out (--drop-inattentive). */
export interface AttentionOptions {
  drop: boolean;
}

/** One respondent's answer to one attention check. */
export type AttentionResult = 'passed' | 'failed' | 'unanswered';

/** Counts of one check's answers. */
export type AttentionCounts = Record<AttentionResult, number>;

/**
 * Reads a respondent's answer to an attention check: blank or a non-answer ("N/A", "Don't know")
 * is unanswered; the answer asked for passes, spelled as the header spells it (case, accents and
 * punctuation aside), or as the same number ("3", "3.0"); any other answer fails — "Agree" is not
 * "Somewhat agree", though a label set may read them as one point.
 */
function makeAttentionReader(column: ColumnModel, model: SurveyModel, format: AnswerFormat = PLAIN_FORMAT): (raw: string) => AttentionResult {
  const expected = normalizeText(column.expected ?? '');
  const number = parseNumber(expected, false);
  return (raw) => {
    const folded = normalizeText(raw);
    if (folded === '' || model.vocabulary.notApplicable.has(folded) || model.vocabulary.missingCodes.has(raw.trim())) return 'unanswered';
    if (folded === expected) return 'passed';
    if (!Number.isNaN(number)) return parseNumber(raw.trim(), format.decimalComma) === number ? 'passed' : 'failed';
    return 'failed';
  };
}

/**
 * Counts each respondent's answers to the survey's attention checks (columns of role `attention`)
 * and, with `drop`, leaves out the rows that fail any of them: they go no further, and
 * `onLeftOut` is told their line, so that the reader counts them as skipped (`inattentive`).
 * Outermost of the analyses, so that a row left out is in no figure, segment or period.
 */
export class AttentionChecks extends FilteredRows {
  private readonly checks: ColumnModel[];
  private readers: Array<(raw: string) => AttentionResult>;
  private counts: AttentionCounts[];
  private failedAny = 0;
  private rows = 0;

  constructor(
    inner: RowAnalysis,
    private readonly model: SurveyModel,
    private readonly options: AttentionOptions,
    private readonly onLeftOut?: (line: number) => void,
  ) {
    super(inner);
    // A low-confidence check (no sampled answer is the one asked for) is shown, not counted, until the config confirms it.
    this.checks = model.columns.filter((c) => c.role === 'attention' && c.expected !== undefined && c.confidence !== 'low');
    this.readers = this.checks.map((c) => makeAttentionReader(c, model));
    this.counts = this.checks.map(() => ({ passed: 0, failed: 0, unanswered: 0 }));
  }

  override useFormat(format: AnswerFormat): void {
    this.readers = this.checks.map((c) => makeAttentionReader(c, this.model, format));
    super.useFormat(format);
  }

  /** Counts the row's answers to the checks; whether it goes on (it does, unless it failed one and drop is on). */
  protected keeps(fields: readonly string[], line: number): boolean {
    let failed = false;
    for (let i = 0; i < this.checks.length; i++) {
      const result = (this.readers[i] as (raw: string) => AttentionResult)(fields[(this.checks[i] as ColumnModel).index] ?? '');
      (this.counts[i] as AttentionCounts)[result] += 1;
      if (result === 'failed') failed = true;
    }
    this.rows += 1;
    if (failed) this.failedAny += 1;
    if (!failed || !this.options.drop) return true;
    this.onLeftOut?.(line);
    return false;
  }

  protected ownColumns(): number[] {
    return this.checks.map((c) => c.index);
  }

  override clear(): void {
    super.clear();
    this.counts = this.checks.map(() => ({ passed: 0, failed: 0, unanswered: 0 }));
    this.failedAny = 0;
    this.rows = 0;
  }

  override save(): AnalysisState {
    return { kind: 'attention', inner: this.inner.save(), counts: this.counts.map((c) => ({ ...c })), failedAny: this.failedAny, rows: this.rows };
  }

  override load(saved: AnalysisState): void {
    const state = stateOf(saved, 'attention');
    this.inner.load(state.inner);
    this.addCounts(state);
  }

  override merge(other: RowAnalysis): void {
    const theirs = sameKind(this, other);
    this.inner.merge(theirs.inner);
    this.addCounts({ counts: theirs.counts, failedAny: theirs.failedAny, rows: theirs.rows });
  }

  /** Adds the counts of another analysis's checks, or of its state. */
  private addCounts(from: { counts: readonly AttentionCounts[]; failedAny: number; rows: number }): void {
    from.counts.forEach((c, i) => {
      const into = this.counts[i];
      if (into === undefined) return;
      into.passed += c.passed;
      into.failed += c.failed;
      into.unanswered += c.unanswered;
    });
    this.failedAny += from.failedAny;
    this.rows += from.rows;
  }

  override report(files: InputFile[]): Report {
    const report = super.report(files);
    const attention: AttentionSummary = {
      checks: this.checks.map((c, i) => ({ column: c.name, question: c.question, expected: c.expected as string, ...(this.counts[i] as AttentionCounts) })),
      respondents: this.rows,
      failedAny: this.failedAny,
      dropped: this.options.drop,
    };
    const failing = this.failedAny === 0 ? [] : [`${this.failedAny} of ${this.rows} respondents failed an attention check${this.options.drop ? ': left out (--drop-inattentive)' : '; --drop-inattentive leaves them out'}`];
    // In the place the Report type gives it, after the segments, as every other key is.
    const ordered: Record<string, unknown> = {};
    for (const [key, value] of Object.entries({ ...report, notes: [...report.notes, ...failing] })) {
      ordered[key] = value;
      if (key === 'segments') ordered.attention = attention;
    }
    return ordered as unknown as Report;
  }
}
