import type { InputFile } from '../input/read-csv.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import { dateProblem, isoDay, parseDate, type DateOrder } from '../text/parse-date.js';
import { sameKind, stateOf, type AnalysisState, type RowAnalysis, type ScoredRow } from './analyze-survey.js';
import type { Report } from './report.js';
import { addUnparsedDates, describeUnparsedDates, noUnparsedDates, totalUnparsed } from './unparsed-dates.js';

export interface WindowOptions {
  column: { index: number; name: string };
  dateOrder: DateOrder;
  /** Whether numbers of days such as 45292.5 are Excel serial dates (see EXCEL_SERIALS in parse-date.ts). */
  excelSerials: boolean;
  /** The IANA zone whose days count, for times written with a UTC offset. */
  timeZone: string;
  /** First and last day kept, `YYYY-MM-DD`, inclusive; null for no bound. */
  since: string | null;
  until: string | null;
}

/**
 * Keeps the rows dated within `since`..`until` (--since, --until) and passes them on; counts the
 * rows before, after, and those whose date cannot be read, by why, which are left out rather than
 * guessed. The order of day and month is the one found in the first rows: the window decides as
 * it reads, so a date of the other order met later is counted (otherOrder), not read.
 */
export class DateWindow implements RowAnalysis {
  private before = 0;
  private after = 0;
  private unparsed = noUnparsedDates();

  constructor(
    private readonly inner: RowAnalysis,
    private readonly options: WindowOptions,
  ) {}

  useFormat(format: AnswerFormat): void {
    this.inner.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    if (this.keeps(fields)) this.inner.addRow(fields, line);
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    if (this.keeps(fields)) this.inner.addScored(fields, row);
  }

  /** Whether the row is dated within the window; if not, it is counted by why. */
  private keeps(fields: readonly string[]): boolean {
    const { column, dateOrder, excelSerials, timeZone, since, until } = this.options;
    const text = fields[column.index] ?? '';
    const date = parseDate(text, dateOrder, timeZone, excelSerials);
    if (date === null) {
      this.unparsed[dateProblem(text, dateOrder, excelSerials)] += 1;
      return false;
    }
    const day = isoDay(date);
    if (since !== null && day < since) this.before += 1;
    else if (until !== null && day > until) this.after += 1;
    else return true;
    return false;
  }

  columns(): number[] {
    return [...this.inner.columns(), this.options.column.index];
  }

  clear(): void {
    this.inner.clear();
    this.before = 0;
    this.after = 0;
    this.unparsed = noUnparsedDates();
  }

  save(): AnalysisState {
    return { kind: 'window', inner: this.inner.save(), before: this.before, after: this.after, unparsed: { ...this.unparsed } };
  }

  load(saved: AnalysisState): void {
    const state = stateOf(saved, 'window');
    this.inner.load(state.inner);
    this.before += state.before;
    this.after += state.after;
    addUnparsedDates(this.unparsed, state.unparsed);
  }

  merge(other: RowAnalysis): void {
    const theirs = sameKind(this, other);
    this.inner.merge(theirs.inner);
    this.before += theirs.before;
    this.after += theirs.after;
    addUnparsedDates(this.unparsed, theirs.unparsed);
  }

  report(files: InputFile[]): Report {
    const report = this.inner.report(files);
    const { column, dateOrder, timeZone, since, until } = this.options;
    const unparsed = totalUnparsed(this.unparsed);
    const notes = unparsed > 0 ? [`${unparsed} rows left out for a date in "${column.name}" that cannot be read: ${describeUnparsedDates(this.unparsed, dateOrder)}`] : [];
    return { ...report, dateWindow: { column: column.name, timeZone, since, until, before: this.before, after: this.after, unparsed, unparsedBy: { ...this.unparsed } }, notes: [...report.notes, ...notes] };
  }
}
