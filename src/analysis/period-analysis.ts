import type { InputFile } from '../input/read-csv.js';
import type { Adjustment } from '../stats/difference-tests.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import { dateProblem, isPlainDate, parseBothOrders, parseDate, periodOf, samePlainDay, type CalendarDay, type DateOrder, type PeriodKind } from '../text/parse-date.js';
import { sameKind, SpareAnalyses, stateOf, type AnalysisState, type PartedAnalysis, type PeriodSpan, type RowAnalysis, type ScoredRow, type SurveyAnalysis } from './analyze-survey.js';
import type { Period, Report, SegmentTest, UnparsedDates } from './report.js';
import { compare, settleFamily } from './compare-reports.js';
import { groupNullReasons } from './group-null-reasons.js';
import { groupAlphaNotes } from './negative-alpha-notes.js';
import { withoutVerbatims } from './summarize-comments.js';
import { addUnparsedDates, describeUnparsedDates, noUnparsedDates, orderInWords, totalUnparsed } from './unparsed-dates.js';

export interface PeriodOptions {
  column: { index: number; name: string };
  /**
   * The order of day and month that --date-format or the config gave (`dateOrderGiven`), or else
   * the one the first rows suggest (see dateOrder in parse-date.ts), which the rows overturn when
   * they show the other (see PeriodAnalysis).
   */
  dateOrder: DateOrder;
  dateOrderGiven: boolean;
  /** Whether numbers of days such as 45292.5 are Excel serial dates (see EXCEL_SERIALS in parse-date.ts). */
  excelSerials: boolean;
  /** The IANA zone whose days count, for times written with a UTC offset. */
  timeZone: string;
  period: PeriodKind;
  adjust: Adjustment;
  confidenceLevel: number;
}

/**
 * The rows of a period (or of an Undecided) not yet merged into its analysis: one cell per part of
 * the whole (see PartedAnalysis), in the order met.
 */
type Cells = Map<SurveyAnalysis, Cell>;

interface Cell {
  analysis: SurveyAnalysis;
  /** Whether rows came since the cell was last merged. */
  used: boolean;
}

/** A period's rows: merged into `analysis`, or waiting in `cells`. */
interface PeriodEntry {
  start: string;
  end: string;
  analysis: SurveyAnalysis;
  cells: Cells;
}

/** Rows whose period depends on the order of day and month: the period of their date read day first and read month first (null: no such day). */
interface Undecided {
  dmy: PeriodSpan | null;
  mdy: PeriodSpan | null;
  rows: number;
  analysis: SurveyAnalysis;
  cells: Cells;
}

/**
 * At most this many cells (see PeriodAnalysis) in one analysis: the rows of further pairs of part
 * and period go into both, as before cells. A cell is an analysis of the survey, some 10 to 40 kB
 * with comments (23 kB for the bench export's, measured when cells kept the impact of comment
 * themes, a table of 10 KiB a free-text column that a cell of a survey without weights no longer
 * keeps); the bench export has 64 (8 regions × 8 weeks), a group of its pieces 8 to 16. Its 240
 * stores by week (1M rows, one thread, three runs, cells with the impact) took as long with 32, 64
 * or 256 cells as without, and peaked at 204-211 MiB with 64 against 221-243 MiB with 256 (214
 * MiB without): a cell pays when many rows share it.
 */
const MAX_CELLS = 64;

/**
 * The analysis of the whole sample and of each period of the timestamp column, row by row. A row
 * whose date cannot be read counts in the whole sample and in no period; the report says how many
 * and why. Each period is tested against the one before it, the tests corrected as one family.
 *
 * Unless the order of day and month is given, every row has its say in it: a date whose period
 * differs when read day first and month first (`3/4/2026`, `13/4/2026`, `4/13/2026`) waits, with
 * the others of the same two periods, until the report, where the order that more dates can only
 * be read in wins (the first rows' suggestion on a tie, or when none can), and the waiting rows
 * join the periods of that order. A US export whose first thousand dates run 12/6 to 12/11 is
 * thus read month first once 12/13 comes, however late; the dates that read only in the losing
 * order are counted (otherOrder) and the report says the column disagrees with itself.
 *
 * Each row is added once: to a cell, the analysis of its period and its part of the whole (its
 * segment with --by, else the whole sample). The cells are merged into both, the part's analysis
 * and the period's, when the analysis is saved or reported: the whole sample, the segments and
 * the periods are sums of cells (but for the impact of comment themes in a survey without
 * weights, which the parts take row by row: see impactByPart). Adding a row to an analysis is the
 * dearest step of the report, and a row added to its segment and its period both was added twice.
 * The figures are those of the rows added one by one to each, to the last bits of a sum of
 * floating-point numbers, complaint categories and rankings by position too (their labels and
 * pooling do not depend on the order of merges: see CategoryTally, up to its bounds).
 */
export class PeriodAnalysis implements RowAnalysis {
  private readonly periods = new Map<string, PeriodEntry>();
  private readonly undecided = new Map<string, Undecided>();
  private readonly spare: SpareAnalyses;
  private readonly spareCells: SpareAnalyses;
  private cellCount = 0;
  /**
   * Whether a row's respondent is added to the impact of comment themes (see ThemeImpact) of its
   * part at once rather than through its cell, which then keeps none, as a period's does: in a
   * survey with free-text columns and without weights (whose rows weigh 1 in every analysis; with
   * weights, a part's unit of weight is set by its first row and a cell's by its own). Through the
   * cells, the impact cost about 0.085 s of a one-thread report of the 1M bench export; at the
   * parts, some 0.03 to 0.05 s less (docs/PERFORMANCE.md, "Comments, thread by thread").
   */
  private readonly impactByPart: boolean;
  // The period of each day met, worked out once per day rather than once per row.
  private readonly periodOfDay = new Map<number, PeriodSpan>();
  // The last plain date read (see isPlainDate) and its period: the rows of the same day that follow
  // it find their period without their date being read (samePlainDay).
  private lastPlainDate: string | null = null;
  private lastPlainEntry: PeriodEntry | null = null;
  private unparsed = noUnparsedDates();

  /**
   * `template` is an empty analysis of the survey, copied for each period; its scorer (shared with
   * `overall` and the copies) scores each row once for the whole sample and its period.
   */
  constructor(
    private readonly overall: PartedAnalysis,
    private readonly template: SurveyAnalysis,
    private readonly options: PeriodOptions,
    private readonly maxCells = MAX_CELLS,
  ) {
    this.spare = new SpareAnalyses(template, 'group');
    this.impactByPart = !template.weighted && template.scorer.comments.length > 0;
    this.spareCells = new SpareAnalyses(template, this.impactByPart ? 'group' : 'segment');
  }

  /** The periods share the template's scorer, which reads the format for all of them. */
  useFormat(format: AnswerFormat): void {
    this.overall.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    this.addScored(fields, this.template.scorer.score(fields, line));
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    const entry = this.entryOf(fields);
    if (entry === null) {
      this.overall.addScored(fields, row);
      return;
    }
    const part = this.overall.partOf(fields);
    let cell = entry.cells.get(part);
    if (cell === undefined && this.cellCount < this.maxCells) {
      this.cellCount += 1;
      entry.cells.set(part, (cell = { analysis: this.spareCells.take(), used: false }));
    }
    if (cell === undefined) {
      this.overall.addScoredTo(part, fields, row);
      entry.analysis.addScored(fields, row);
      return;
    }
    cell.analysis.addScored(fields, row);
    cell.used = true;
    if (this.impactByPart) part.addImpact(row, 1);
    this.overall.addWords(row);
  }

  /** The period (or the Undecided) of a row's date; null, the reason counted, when it cannot be read. */
  private entryOf(fields: readonly string[]): PeriodEntry | Undecided | null {
    const text = fields[this.options.column.index] ?? '';
    if (this.lastPlainDate !== null && samePlainDay(text, this.lastPlainDate)) return this.lastPlainEntry;
    const entry = this.readEntry(text);
    // A plain date is one day read day first and month first, so its entry is a period's; an
    // Undecided entry, whose rows are counted one by one, is never kept.
    if (entry !== null && !('rows' in entry) && isPlainDate(text)) {
      this.lastPlainDate = text;
      this.lastPlainEntry = entry;
    }
    return entry;
  }

  /** The period (or the Undecided) of a row's date as written in `text`, read; see entryOf. */
  private readEntry(text: string): PeriodEntry | Undecided | null {
    const { dateOrder, dateOrderGiven, excelSerials, timeZone } = this.options;
    if (dateOrderGiven) {
      const date = parseDate(text, dateOrder, timeZone, excelSerials);
      if (date !== null) return this.periodEntry(this.spanOf(date));
      this.unparsed[dateProblem(text, dateOrder, excelSerials)] += 1;
      return null;
    }
    const [dayFirst, monthFirst] = parseBothOrders(text, timeZone, excelSerials);
    if (dayFirst === null && monthFirst === null) {
      this.unparsed[dateProblem(text, 'dmy', excelSerials)] += 1;
      return null;
    }
    const dmy = dayFirst === null ? null : this.spanOf(dayFirst);
    const mdy = monthFirst === null ? null : this.spanOf(monthFirst);
    if (dmy !== null && dmy.period === mdy?.period) return this.periodEntry(dmy);
    const undecided = this.undecidedOf(dmy, mdy);
    undecided.rows += 1;
    return undecided;
  }

  /**
   * Merges each cell's rows into its part's analysis and its period's, and empties it for the rows
   * that follow: in the order the cells were made, so that the same rows give the same sums.
   */
  private mergeCells(): void {
    for (const entry of [...this.periods.values(), ...this.undecided.values()]) {
      for (const [part, cell] of entry.cells) {
        if (!cell.used) continue;
        part.merge(cell.analysis);
        entry.analysis.merge(cell.analysis);
        cell.analysis.clearRows();
        cell.used = false;
      }
    }
  }

  private spanOf(date: CalendarDay): PeriodSpan {
    const key = date.year * 10_000 + date.month * 100 + date.day;
    let span = this.periodOfDay.get(key);
    if (span === undefined) this.periodOfDay.set(key, (span = periodOf(date, this.options.period)));
    return span;
  }

  private periodEntry({ period, start, end }: PeriodSpan): PeriodEntry {
    let entry = this.periods.get(period);
    if (entry === undefined) this.periods.set(period, (entry = { start, end, analysis: this.spare.take(), cells: new Map() }));
    return entry;
  }

  private undecidedOf(dmy: PeriodSpan | null, mdy: PeriodSpan | null): Undecided {
    const key = `${dmy?.period ?? ''}|${mdy?.period ?? ''}`;
    let entry = this.undecided.get(key);
    if (entry === undefined) this.undecided.set(key, (entry = { dmy, mdy, rows: 0, analysis: this.spare.take(), cells: new Map() }));
    return entry;
  }

  columns(): number[] {
    return [...this.overall.columns(), this.options.column.index];
  }

  clear(): void {
    this.overall.clear();
    const entries = [...this.periods.values(), ...this.undecided.values()];
    this.spare.giveBack(entries.map((entry) => entry.analysis));
    this.spareCells.giveBack(entries.flatMap((entry) => [...entry.cells.values()].map((cell) => cell.analysis)));
    this.cellCount = 0;
    this.periods.clear();
    this.undecided.clear();
    this.lastPlainDate = null;
    this.lastPlainEntry = null;
    this.unparsed = noUnparsedDates();
  }

  save(): AnalysisState {
    this.mergeCells();
    return {
      kind: 'periods',
      overall: this.overall.save(),
      periods: [...this.periods].map(([period, { start, end, analysis }]) => ({ period, start, end, state: analysis.save() })),
      undecided: [...this.undecided.values()].map(({ dmy, mdy, rows, analysis }) => ({ dmy, mdy, rows, state: analysis.save() })),
      unparsed: { ...this.unparsed },
    };
  }

  load(saved: AnalysisState): void {
    const state = stateOf(saved, 'periods');
    this.overall.load(state.overall);
    for (const { period, start, end, state: own } of state.periods) this.periodEntry({ period, start, end }).analysis.load(own);
    for (const { dmy, mdy, rows, state: own } of state.undecided) {
      const undecided = this.undecidedOf(dmy, mdy);
      undecided.rows += rows;
      undecided.analysis.load(own);
    }
    addUnparsedDates(this.unparsed, state.unparsed);
  }

  merge(other: RowAnalysis): void {
    const theirs = sameKind(this, other);
    // As their save() would: their cells into their parts and periods first.
    theirs.mergeCells();
    this.overall.merge(theirs.overall);
    for (const [period, { start, end, analysis }] of theirs.periods) this.periodEntry({ period, start, end }).analysis.merge(analysis);
    for (const { dmy, mdy, rows, analysis } of theirs.undecided.values()) {
      const undecided = this.undecidedOf(dmy, mdy);
      undecided.rows += rows;
      undecided.analysis.merge(analysis);
    }
    addUnparsedDates(this.unparsed, theirs.unparsed);
  }

  /**
   * The order the rows settle on (see the class), and the dates that read only day first and
   * only month first. Given orders stand; a column of dates that start with the year, or name
   * their month, keeps the first rows' order when no date waits.
   */
  private settle(): { order: DateOrder; dayFirstOnly: number; monthFirstOnly: number; either: number } {
    let dayFirstOnly = 0;
    let monthFirstOnly = 0;
    let either = 0;
    for (const { dmy, mdy, rows } of this.undecided.values()) {
      if (mdy === null) dayFirstOnly += rows;
      else if (dmy === null) monthFirstOnly += rows;
      else either += rows;
    }
    const suggested = this.options.dateOrder;
    let order = suggested;
    if (dayFirstOnly > monthFirstOnly) order = 'dmy';
    else if (monthFirstOnly > dayFirstOnly) order = 'mdy';
    else if (suggested === 'ymd' && this.undecided.size > 0) order = 'dmy';
    return { order, dayFirstOnly, monthFirstOnly, either };
  }

  report(files: InputFile[]): Report {
    this.mergeCells();
    const report = this.overall.report(files);
    const { adjust, confidenceLevel, column, timeZone, period } = this.options;
    const { order, dayFirstOnly, monthFirstOnly, either } = this.settle();
    const unparsedBy: UnparsedDates = { ...this.unparsed };
    // Each period with the rows that waited for the order: merged into a new analysis, so that
    // the report leaves the state as it was (a shard's state is saved after its report).
    const joined = new Map<string, { start: string; end: string; parts: SurveyAnalysis[] }>();
    for (const [label, { start, end, analysis }] of this.periods) joined.set(label, { start, end, parts: [analysis] });
    for (const undecided of this.undecided.values()) {
      const span = order === 'mdy' ? undecided.mdy : undecided.dmy;
      if (span === null) {
        unparsedBy.otherOrder += undecided.rows;
        continue;
      }
      const entry = joined.get(span.period);
      if (entry === undefined) joined.set(span.period, { start: span.start, end: span.end, parts: [undecided.analysis] });
      else entry.parts.push(undecided.analysis);
    }
    const sorted = [...joined].sort((a, b) => (a[1].start < b[1].start ? -1 : 1));
    const analyses = sorted.map(([, { parts }]) => {
      if (parts.length === 1) return parts[0] as SurveyAnalysis;
      const whole = this.template.emptyCopy('group');
      for (const part of parts) whole.merge(part);
      return whole;
    });
    const reports = analyses.map((analysis) => analysis.report(files, report));
    const { minBase } = this.template;
    const periods: Period[] = sorted.map(([label, { start, end }], i) => {
      const own = reports[i] as Report;
      const respondents = (analyses[i] as SurveyAnalysis).respondents;
      // As a segment's: a period of few respondents is marked, and its verbatims, which would point at them, are not shown.
      const lowBase = respondents < minBase;
      const nullReasons = groupNullReasons(own);
      return { period: label, start, end, respondents, lowBase, dimensions: own.dimensions, csat: own.csat, nps: own.nps, index: own.index, comments: lowBase ? withoutVerbatims(own.comments) : own.comments, changes: [], ...(Object.keys(nullReasons).length > 0 ? { nullReasons } : {}) };
    });
    const family: Array<{ period: Period; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }> = [];
    periods.forEach((current, i) => {
      if (i === 0) return;
      for (const test of compare(reports[i] as Report, reports[i - 1] as Report, minBase)) family.push({ period: current, test });
    });
    const alpha = settleFamily(family.map(({ period: p, test }) => ({ into: p.changes, test })), adjust, confidenceLevel);
    const notes: string[] = this.options.excelSerials ? [`the numbers in "${column.name}" are read as Excel serial day numbers (45292 is 2024-01-01)`] : [];
    if (dayFirstOnly > 0 && monthFirstOnly > 0) {
      notes.push(`the dates in "${column.name}" disagree: ${dayFirstOnly} read only day first, ${monthFirstOnly} only month first; they are read ${orderInWords(order)}, as most are, and the others are in no period (--date-format says the order)`);
    } else if (either > 0 && dayFirstOnly === 0 && monthFirstOnly === 0) {
      notes.push(`no date in "${column.name}" tells day from month (none has a day over 12): they are read ${orderInWords(order)}; --date-format says otherwise`);
    }
    // A period with no response is no period: the one after it is tested against the last before it, said.
    const gaps = periods.flatMap((p, i) => (i > 0 && p.start !== dayAfter((periods[i - 1] as Period).end) ? [`${p.period} against ${(periods[i - 1] as Period).period}`] : []));
    if (gaps.length > 0) notes.push(`a ${period} with no response in "${column.name}" is no period, and the one after it is tested against the last before it: ${gaps.join(', ')}`);
    periods.forEach((p, i) => notes.push(...groupAlphaNotes(p.period, (reports[i] as Report).dimensions, report.dimensions)));
    const unparsed = totalUnparsed(unparsedBy);
    if (unparsed > 0) notes.push(`${unparsed} rows with a date in "${column.name}" that cannot be read are in no period: ${describeUnparsedDates(unparsedBy, order)}`);
    return {
      ...report,
      periodization: { column: column.name, dateOrder: order, timeZone, period, unparsed, unparsedBy, minBase, adjust, alpha },
      periods,
      notes: [...report.notes, ...notes],
    };
  }
}

/** The ISO date of the day after `date` (an ISO date, YYYY-MM-DD), in the calendar's own days. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
