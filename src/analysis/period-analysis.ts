import type { InputFile } from '../input/read-csv.js';
import type { Adjustment } from '../stats/difference-tests.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import { dateProblem, parseDate, periodOf, type DateOrder, type PeriodKind } from '../text/parse-date.js';
import { SpareAnalyses, stateOf, type AnalysisState, type RowAnalysis, type ScoredRow, type SurveyAnalysis } from './analyze-survey.js';
import type { Gate } from './gates.js';
import type { Period, Report, SegmentTest } from './report.js';
import { compare, settleFamily } from './compare-reports.js';
import { addUnparsedDates, describeUnparsedDates, noUnparsedDates, totalUnparsed } from './unparsed-dates.js';

export interface PeriodOptions {
  column: { index: number; name: string };
  dateOrder: DateOrder;
  /** The IANA zone whose days count, for times written with a UTC offset. */
  timeZone: string;
  period: PeriodKind;
  adjust: Adjustment;
  confidenceLevel: number;
}

/**
 * The analysis of the whole sample and of each period of the timestamp column, row by row. A row
 * whose date cannot be read counts in the whole sample and in no period; the report says how many.
 * Each period is tested against the one before it, the tests corrected as one family.
 */
export class PeriodAnalysis implements RowAnalysis {
  private readonly periods = new Map<string, { start: string; end: string; analysis: SurveyAnalysis }>();
  private readonly spare: SpareAnalyses;
  // The period of each day met, worked out once per day rather than once per row.
  private readonly periodOfDay = new Map<number, { period: string; start: string; end: string }>();
  private unparsed = noUnparsedDates();

  /**
   * `template` is an empty analysis of the survey, copied for each period; its scorer (shared with
   * `overall` and the copies) scores each row once for the whole sample and its period.
   */
  constructor(
    private readonly overall: RowAnalysis,
    private readonly template: SurveyAnalysis,
    private readonly options: PeriodOptions,
  ) {
    this.spare = new SpareAnalyses(template);
  }

  /** The periods share the template's scorer, which reads the format for all of them. */
  useFormat(format: AnswerFormat): void {
    this.overall.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    this.addScored(fields, this.template.scorer.score(fields, line));
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    this.overall.addScored(fields, row);
    const text = fields[this.options.column.index] ?? '';
    const date = parseDate(text, this.options.dateOrder, this.options.timeZone);
    if (date === null) {
      this.unparsed[dateProblem(text, this.options.dateOrder)] += 1;
      return;
    }
    const key = date.year * 10_000 + date.month * 100 + date.day;
    let found = this.periodOfDay.get(key);
    if (found === undefined) this.periodOfDay.set(key, (found = periodOf(date, this.options.period)));
    const { period, start, end } = found;
    let entry = this.periods.get(period);
    if (entry === undefined) this.periods.set(period, (entry = { start, end, analysis: this.spare.take() }));
    entry.analysis.addScored(fields, row);
  }

  columns(): number[] {
    return [...this.overall.columns(), this.options.column.index];
  }

  clear(): void {
    this.overall.clear();
    this.spare.giveBack([...this.periods.values()].map((entry) => entry.analysis));
    this.periods.clear();
    this.unparsed = noUnparsedDates();
  }

  save(): AnalysisState {
    return { kind: 'periods', overall: this.overall.save(), periods: [...this.periods].map(([period, { start, end, analysis }]) => ({ period, start, end, state: analysis.save() })), unparsed: { ...this.unparsed } };
  }

  load(saved: AnalysisState): void {
    const state = stateOf(saved, 'periods');
    this.overall.load(state.overall);
    for (const { period, start, end, state: own } of state.periods) {
      let entry = this.periods.get(period);
      if (entry === undefined) this.periods.set(period, (entry = { start, end, analysis: this.spare.take() }));
      entry.analysis.load(own);
    }
    addUnparsedDates(this.unparsed, state.unparsed);
  }

  report(files: InputFile[], gates: readonly Gate[] = []): Report {
    const report = this.overall.report(files, gates);
    const { adjust, confidenceLevel } = this.options;
    const sorted = [...this.periods].sort((a, b) => (a[1].start < b[1].start ? -1 : 1));
    const reports = sorted.map(([, { analysis }]) => analysis.report(files));
    const periods: Period[] = sorted.map(([period, { start, end, analysis }], i) => {
      const own = reports[i] as Report;
      return { period, start, end, respondents: analysis.respondents, dimensions: own.dimensions, csat: own.csat, nps: own.nps, index: own.index, changes: [] };
    });
    const family: Array<{ period: Period; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }> = [];
    periods.forEach((period, i) => {
      if (i === 0) return;
      for (const test of compare(reports[i] as Report, reports[i - 1] as Report)) family.push({ period, test });
    });
    const alpha = settleFamily(family.map(({ period, test }) => ({ into: period.changes, test })), adjust, confidenceLevel);
    const { column, dateOrder, timeZone, period } = this.options;
    const unparsed = totalUnparsed(this.unparsed);
    const notes = unparsed > 0 ? [`${unparsed} rows with a date in "${column.name}" that cannot be read are in no period: ${describeUnparsedDates(this.unparsed, dateOrder)}`] : [];
    return {
      ...report,
      periodization: { column: column.name, dateOrder, timeZone, period, unparsed, unparsedBy: { ...this.unparsed }, adjust, alpha },
      periods,
      notes: [...report.notes, ...notes],
    };
  }
}
