import type { InputFile } from '../input/read-csv.js';
import { Moments } from '../stats/moments.js';
import { makeAnswerCoder, type AnswerFormat, type CodedAnswer } from '../survey/code-answer.js';
import { scoreAnswer, type Scale } from '../survey/scale.js';
import { RATED_ROLES, type ColumnModel, type SurveyModel } from '../survey/survey-model.js';
import { AnswerTally } from './answer-tally.js';
import { describeMethod } from './method.js';
import { SCHEMA_VERSION, type DimensionSummary, type Report } from './report.js';
import { summarizeDimension } from './summarize-dimension.js';
import { summarizeItem } from './summarize-item.js';
import { summarizeNps } from './summarize-nps.js';

export interface AnalysisOptions {
  /** Confidence level of every interval, such as 0.95. */
  confidenceLevel: number;
}

interface RatedColumn {
  column: ColumnModel;
  scale: Scale;
  /** Codes answers as the current file writes them (see useFormat). */
  code: (raw: string) => CodedAnswer;
  tally: AnswerTally;
}

interface DimensionState {
  /** Positions in `rated` of the dimension's columns. */
  positions: number[];
  scores: Moments;
}

/**
 * Turns rows of a survey into a Report. Rows are pushed one at a time as arrays of raw strings;
 * only the rated columns are converted, and state does not grow with the number of rows.
 */
export class SurveyAnalysis {
  private readonly rated: RatedColumn[];
  private readonly dimensions: DimensionState[];
  private readonly coded: CodedAnswer[];
  private rows = 0;

  constructor(
    private readonly model: SurveyModel,
    private readonly options: AnalysisOptions,
  ) {
    this.rated = model.columns
      .filter((c): c is ColumnModel & { scale: Scale } => RATED_ROLES.has(c.role) && c.scale !== null)
      .map((column) => ({ column, scale: column.scale, code: makeAnswerCoder(column.scale, model.vocabulary), tally: new AnswerTally() }));
    this.dimensions = model.dimensions.map((d) => ({
      positions: d.columns.map((index) => this.rated.findIndex((r) => r.column.index === index)).filter((p) => p >= 0),
      scores: new Moments(),
    }));
    this.coded = new Array<CodedAnswer>(this.rated.length).fill('blank');
  }

  /** Reads the rows that follow as `format` says (decimal commas, negative codes, quote prefixes). */
  useFormat(format: AnswerFormat): void {
    for (const r of this.rated) r.code = makeAnswerCoder(r.scale, this.model.vocabulary, format);
  }

  addRow(fields: readonly string[]): void {
    this.rows += 1;
    const { rated, coded } = this;
    for (let i = 0; i < rated.length; i++) {
      const r = rated[i] as RatedColumn;
      const answer = r.code(fields[r.column.index] ?? '');
      coded[i] = answer;
      r.tally.add(answer);
    }
    for (const dimension of this.dimensions) {
      let sum = 0;
      let answered = 0;
      for (const position of dimension.positions) {
        const answer = coded[position];
        if (typeof answer !== 'number') continue;
        sum += scoreAnswer((rated[position] as RatedColumn).scale, answer);
        answered += 1;
      }
      if (answered > 0) dimension.scores.add(sum / answered);
    }
  }

  report(files: InputFile[]): Report {
    const level = this.options.confidenceLevel;
    const { model } = this;
    const byIndex = (index: number | null) => (index === null ? undefined : this.rated.find((r) => r.column.index === index));
    const items = this.rated.map((r) => summarizeItem(r.column, r.tally, level));
    const itemOf = (index: number | null) => {
      const r = byIndex(index);
      return r === undefined ? null : summarizeItem(r.column, r.tally, level);
    };
    const dimensions: Record<string, DimensionSummary> = {};
    model.dimensions.forEach((dimension, i) => {
      const state = this.dimensions[i] as DimensionState;
      const members = state.positions.map((p) => this.rated[p] as RatedColumn);
      dimensions[dimension.id] = summarizeDimension({ dimension, columns: members.map((m) => m.column), tallies: members.map((m) => m.tally), scores: state.scores }, level);
    });
    const npsColumn = byIndex(model.nps);
    const nps = npsColumn === undefined ? null : summarizeNps(npsColumn.column, npsColumn.tally, level);
    return {
      schemaVersion: SCHEMA_VERSION,
      respondents: this.rows,
      method: describeMethod(level),
      input: { files },
      columns: model.columns.map((c) => ({ name: c.name, question: c.question, role: c.role, dimension: c.dimension, scale: c.scale, evidence: c.evidence })),
      items,
      dimensions,
      csat: itemOf(model.csat),
      ces: itemOf(model.ces),
      nps,
      notes: this.notes(nps === null && npsColumn !== undefined),
    };
  }

  private notes(npsWithoutAnswers: boolean): string[] {
    const notes: string[] = [];
    if (this.model.csat === null) notes.push('no overall satisfaction question found: csat is null (name one with --map csat=<column>)');
    if (this.model.nps === null) notes.push('no recommend question found: nps is null (name one with --map nps=<column>)');
    if (npsWithoutAnswers) notes.push('the recommend question has no valid 0-10 answer: nps is null');
    for (const { column, tally } of this.rated) {
      const { outOfScale, notInteger, invalid } = tally.missing;
      const bad = outOfScale + notInteger + invalid;
      if (bad > 0) notes.push(`column "${column.name}": ${bad} answers excluded as not on its ${column.scale?.min}-${column.scale?.max} scale (out of scale ${outOfScale}, not an integer ${notInteger}, unrecognised ${invalid})`);
    }
    return notes;
  }
}
