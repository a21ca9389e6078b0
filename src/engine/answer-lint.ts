import { belowZeroBeyondChance } from '../stats/pairwise-correlation.js';
import type { AnswerProblem } from '../analysis/analyze-survey.js';
import type { Report } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import type { LaterAnswers } from '../survey/profile-values.js';
import { doubtOf, type ColumnModel } from '../survey/survey-model.js';
import { normalizeText } from '../text/normalize-text.js';
import { zeroToTen } from '../text/parse-number.js';

// Distinct texts a labelled column may add to its scale after the sample: a wrong label set lacks a few labels, free text has many.
const LABELS_KEPT = 16;

/** Where a lint finding was made: the file, and the line when one row shows it. */
interface Finding {
  message: string;
  file: string;
  line?: number;
  /** Says all there is: not the first of the column's excluded answers. */
  whole?: boolean;
}

/**
 * Collects what does not fit a survey's scales: answers outside a column's scale, not whole
 * numbers, labels the scale does not know, columns of labels that cannot be scored, and items that
 * run against the rest of their dimension. With `strict` the first one is an error (exit 2);
 * without, each column gets one warning and its answers are excluded and counted in the report.
 */
export class AnswerLint {
  // By column name.
  private readonly findings = new Map<string, Finding>();
  // Whole-number answers 0-10 outside their column's scale, by column index: value → count.
  private readonly outOfScale = new Map<number, Map<number | string, number>>();
  private pending: (Finding & { column: string }) | null = null;
  /** Set when rows beyond the detection sample may show a numeric scale to be wider than the sample did. */
  scalesMayWiden = false;

  constructor(private readonly strict: boolean) {}

  /** The analysis's onProblem for rows of `file`. */
  problemsOf(file: () => string): (problem: AnswerProblem) => void {
    return (problem) => {
      // With --strict, an answer 0-10 beyond a numeric scale read from the first rows may show that
      // the scale is wider: the error waits until every row is read (see strictAfterAll).
      const widens = (problem.reason === 'outOfScale' && problem.column.scale?.kind === 'numeric' && zeroToTen(problem.value) !== null) || (problem.reason === 'invalid' && problem.column.scale?.kind === 'labels');
      if (this.strict && this.scalesMayWiden && widens) {
        this.pending ??= { column: problem.column.name, message: describeProblem(problem), file: file(), line: problem.line };
        return;
      }
      this.add(problem.column.name, describeProblem(problem), file(), problem.line);
    };
  }

  /** With --strict: the error of an answer outside its scale that waited for every row to be read. */
  strictAfterAll(): void {
    const pending = this.pending;
    if (pending !== null) throw new SatisfyError('STRICT', `column "${pending.column}": ${pending.message} (--strict)`, { file: pending.file, line: pending.line });
  }

  /**
   * The analysis's onOutOfScale: counts the answers that do not fit a scale as the sample showed
   * it — whole numbers 0-10 outside a numeric one, texts a labelled one lacks (at most
   * LABELS_KEPT distinct texts a column).
   */
  readonly countOutOfScale = (column: number, value: string, count = 1): void => {
    const text = value.trim();
    const answer: number | string | null = zeroToTen(text) ?? (text === '' ? null : text);
    if (answer === null) return;
    const counts = this.outOfScale.get(column) ?? new Map<number | string, number>();
    if (typeof answer === 'string' && !counts.has(answer) && [...counts.keys()].filter((k) => typeof k === 'string').length >= LABELS_KEPT) return;
    this.outOfScale.set(column, counts.set(answer, (counts.get(answer) ?? 0) + count));
  };

  /** The whole-number answers 0-10 that fell outside their column's scale, by column index: value → count. */
  outOfScaleAnswers(): LaterAnswers {
    return this.outOfScale;
  }

  /**
   * A column whose scale the first rows set, where its later answers show another, and the input
   * (standard input, a pipe) cannot be read again to score them on it: said instead of the first
   * out-of-scale answer.
   */
  scaleFromSample(column: ColumnModel, wider: ColumnModel, rows: number, file: string): void {
    const was = column.scale === null ? column.role : `${column.scale.min}-${column.scale.max}`;
    const shown = wider.scale === null ? wider.role : `${wider.scale.min}-${wider.scale.max}`;
    const message = `its ${was} scale comes from the first ${rows} rows, but all its answers show ${shown}, and the input cannot be read again to score them so; give the scale in satisfy.config.json`;
    if (this.strict) throw new SatisfyError('STRICT', `column "${column.name}": ${message} (--strict)`, { file });
    this.findings.set(column.name, { message, file, line: this.findings.get(column.name)?.line, whole: true });
  }

  /** Columns left unscored because some of their labels belong to no scale, found in the detection sample. */
  unmappedColumns(columns: readonly ColumnModel[], sample: readonly (readonly string[])[], sampleLines: readonly number[], file: string): void {
    for (const column of columns) {
      if (column.role !== 'unknown' || column.unmapped.length === 0) continue;
      const unmapped = new Set(column.unmapped.map((u) => normalizeText(u.label)));
      const at = sample.findIndex((row) => unmapped.has(normalizeText(row[column.index] ?? '')));
      const labels = column.unmapped.map((u) => `"${u.label}"`).join(', ');
      this.add(column.name, `${labels} cannot be placed on a scale satisfy knows, so the column is not scored; map its labels in satisfy.config.json`, file, sampleLines[at]);
    }
  }

  /** Columns read on weak evidence and left out of the headlines until confirmed: a doubt, an error with --strict. */
  unsureColumns(columns: readonly ColumnModel[], file: string): void {
    for (const column of columns) {
      const doubt = doubtOf(column);
      // A customer figure held back on a survey of employees is no doubt: the report's notes say why, and how to name it.
      if (doubt === null || (doubt.kind === 'suggestion' && column.forCustomers === true)) continue;
      this.add(column.name, doubt.kind === 'scale' ? doubt.guessed : `may be ${doubt.as}, but the evidence is weak, so it is left out of the headlines; confirm with ${doubt.confirm} or in satisfy.config.json`, file);
    }
  }

  /** Items whose answers run against the rest of their dimension: a reverse-worded item not marked so. */
  oppositeItems(report: Report, file: string): void {
    for (const [id, dimension] of Object.entries(report.dimensions)) {
      for (const column of dimension.alpha?.opposed ?? []) {
        const r = dimension.alpha?.itemTotal[column] ?? Number.NaN;
        // Below zero by chance alone is no mark of an item worded the other way round: 12 rows' r of
        // −0.09 made --strict fail a small week's run (a cold trial).
        if (!belowZeroBeyondChance(r, dimension.alpha?.n ?? 0)) continue;
        // An item read reversed already (by its wording, its answers or the config) is turned back with false.
        const reversed = report.items.find((item) => item.column === column)?.scale.reversed === true;
        const advice = reversed ? 'it is read reversed: if it is not worded in reverse, mark it "reverse": false in satisfy.config.json' : `if it is worded in reverse, mark it "reverse": true in satisfy.config.json; if not, it measures something else: give it a dimension of its own there (split ${id})`;
        this.add(column, `runs against the other items of ${id} (corrected item-total r = ${r.toFixed(2)}); ${advice}`, file);
      }
    }
  }

  /** One warning per column, with how many answers the report excluded for it, for cli/ to print. */
  warnings(report: Report): string[] {
    return [...this.findings].map(([column, finding]) => {
      const item = report.items.find((i) => i.column === column);
      const excluded = item === undefined ? 0 : item.missing.outOfScale + item.missing.notInteger + item.missing.invalid;
      const count = finding.whole === true ? '' : excluded > 1 ? `${excluded} answers excluded and counted, the first: ` : '';
      const counted = finding.whole === true && excluded > 0 ? `; ${excluded} answers outside it are excluded and counted` : '';
      return `satisfy: warning: column "${column}": ${count}${finding.message}${counted} (${where(finding)}); --strict makes this an error`;
    });
  }

  /** The first finding of each column; with `strict`, the first finding at all, as an error. */
  private add(column: string, message: string, file: string, line?: number): void {
    if (this.strict) throw new SatisfyError('STRICT', `column "${column}": ${message} (--strict)`, { file, line });
    if (!this.findings.has(column)) this.findings.set(column, { message, file, line });
  }
}

function where(finding: Finding): string {
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
}


/** What is wrong with one answer, in words: `"11" is outside the 0-10 recommend scale`. */
export function describeProblem({ column, reason, value }: AnswerProblem): string {
  const scale = column.scale;
  const range = scale === null ? '' : `${scale.min}-${scale.max}`;
  const named = column.role === 'nps' ? `the ${range} recommend scale` : `its ${range} scale`;
  if (reason === 'outOfScale') return `"${value}" is outside ${named}`;
  if (reason === 'notInteger') return `"${value}" is not a whole number on ${named}`;
  if (scale?.kind === 'labels') return `"${value}" is not a label of its ${scale.labelSet ?? range} scale`;
  return `"${value}" is not an answer on ${named}`;
}
