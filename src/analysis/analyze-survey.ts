import type { InputFile } from '../input/read-csv.js';
import { CoMoments, type CoMomentsState } from '../stats/co-moments.js';
import { Moments, type MomentsState } from '../stats/moments.js';
import { effectiveN } from '../stats/weight-sums.js';
import { parseNumber } from '../text/parse-number.js';
import { makeAnswerCoder, PLAIN_FORMAT, type AnswerFormat, type CodedAnswer, type MissingReason } from '../survey/code-answer.js';
import { orientAnswer, scoreAnswer, type Scale } from '../survey/scale.js';
import { RATED_ROLES, type ColumnModel, type SurveyModel } from '../survey/survey-model.js';
import { AnswerTally, sumMissing, type AnswerTallyState } from './answer-tally.js';
import { CategoryTally, type CategoryTallyState } from './category-tally.js';
import { evaluateGates, type Gate } from './gates.js';
import { describeMethod } from './method.js';
import { SCHEMA_VERSION, WEIGHT_EXCLUSIONS, type DimensionSummary, type Report, type WeightExclusion } from './report.js';
import { summarizeDimension } from './summarize-dimension.js';
import { summarizeDrivers } from './summarize-drivers.js';
import { summarizeIndex } from './summarize-index.js';
import { summarizeItem } from './summarize-item.js';
import { summarizeNps } from './summarize-nps.js';

export interface AnalysisOptions {
  /** Confidence level of every interval, such as 0.95. */
  confidenceLevel: number;
  /** The column whose answers the dimensions' key-driver analysis explains; by default CSAT, else NPS. */
  outcome?: number | null;
  /**
   * Told of the first answer of each column that is excluded for not fitting its scale (outside
   * it, not a whole number, or a label it does not know), once per column and reason.
   */
  onProblem?: (problem: AnswerProblem) => void;
}

/** What reads rows into a report: the analysis of a survey, or one broken down by segment or period. */
export interface RowAnalysis {
  useFormat(format: AnswerFormat): void;
  addRow(fields: readonly string[], line?: number): void;
  /** The columns whose fields addRow reads: the others may be given as ''. */
  columns(): number[];
  report(files: InputFile[], gates?: readonly Gate[]): Report;
  /** What the analysis has seen, as plain data (to write down for a shard). */
  save(): AnalysisState;
  /** Adds what a state of an analysis of the same survey, built the same way, has seen. */
  load(state: AnalysisState): void;
}

/** The state of a RowAnalysis: of the whole sample, or of one broken down by segment, period or date window. */
export type AnalysisState =
  | SurveyState
  | { kind: 'segmented'; segments: Array<[value: string, state: AnalysisState]>; pooledEarly: number }
  | { kind: 'periods'; overall: AnalysisState; periods: Array<{ period: string; start: string; end: string; state: AnalysisState }>; unparsed: number }
  | { kind: 'window'; inner: AnalysisState; before: number; after: number; unparsed: number };

export interface SurveyState {
  kind: 'survey';
  rows: number;
  weightTotal: number;
  weight2Total: number;
  weightExcluded: Record<WeightExclusion, number>;
  rated: AnswerTallyState[];
  dimensions: Array<{ scores: MomentsState; items: CoMomentsState; resolution: MomentsState }>;
  categories: CategoryTallyState[];
  index: MomentsState;
  drivers: CoMomentsState | null;
}

/** The state of kind `kind`, or an error: a state of another shape is a state of another analysis. */
export function stateOf<K extends AnalysisState['kind']>(state: AnalysisState, kind: K): Extract<AnalysisState, { kind: K }> {
  if (state.kind !== kind) throw new Error(`a state of kind ${state.kind} cannot be loaded into an analysis of kind ${kind}`);
  return state as Extract<AnalysisState, { kind: K }>;
}

/** An answer that does not fit the scale of its column. */
export interface AnswerProblem {
  column: ColumnModel;
  reason: Extract<MissingReason, 'outOfScale' | 'notInteger' | 'invalid'>;
  /** The answer as written. */
  value: string;
  /** The line of the file where its row starts, as given to addRow. */
  line: number;
}

interface RatedColumn {
  column: ColumnModel;
  scale: Scale;
  /** Codes answers as the current file writes them (see useFormat). */
  code: (raw: string) => CodedAnswer;
  tally: AnswerTally;
  /** Reasons already told to onProblem for this column. */
  told: Set<MissingReason>;
}

interface DimensionState {
  /** Positions in `rated` of the dimension's columns. */
  positions: number[];
  /** Weight of each of those items in a respondent's dimension score. */
  weights: number[];
  /** Respondents' dimension scores on 0-100. */
  scores: Moments;
  /** The answers of respondents who answered every item, for Cronbach's alpha (unweighted). */
  items: CoMoments;
  /** One respondent's answers to the items, reused from row to row. */
  answers: Float64Array;
  /** Complaints only: where in `positions` the "had a problem" question is, or -1. */
  problem: number;
  /**
   * Complaints only: the mean score of the other (rated, not yes/no) items of respondents who had
   * a problem: their satisfaction with how it was handled.
   */
  resolution: Moments;
}

/**
 * Turns rows of a survey into a Report. Rows are pushed one at a time as arrays of raw strings;
 * only the rated columns and the weight are converted, and the state does not grow with the number
 * of rows. Two analyses of parts of the data merge into the analysis of the whole.
 */
export class SurveyAnalysis {
  private readonly rated: RatedColumn[];
  private readonly dimensions: DimensionState[];
  /** The multi-select columns of problem categories (role segment, dimension complaints). */
  private readonly categories: Array<{ column: ColumnModel; tally: CategoryTally }>;
  private readonly index = new Moments();
  private readonly drivers: CoMoments | null;
  private readonly outcome: number;
  private readonly weightExcluded = Object.fromEntries(WEIGHT_EXCLUSIONS.map((r) => [r, 0])) as Record<WeightExclusion, number>;
  // Σw and Σw² of the rows used, for the weight summary.
  private weightTotal = 0;
  private weight2Total = 0;
  private format: AnswerFormat = PLAIN_FORMAT;
  private rows = 0;
  // Scratch space for one row, reused.
  private readonly coded: CodedAnswer[];
  private readonly dimensionScores: Float64Array;

  constructor(
    private readonly model: SurveyModel,
    private readonly options: AnalysisOptions,
  ) {
    this.rated = model.columns
      .filter((c): c is ColumnModel & { scale: Scale } => RATED_ROLES.has(c.role) && c.scale !== null)
      .map((column) => ({ column, scale: column.scale, code: makeAnswerCoder(column.scale, model.vocabulary, PLAIN_FORMAT, column), tally: new AnswerTally(), told: new Set<MissingReason>() }));
    this.dimensions = model.dimensions.map((d) => {
      const positions = d.columns.map((index) => this.rated.findIndex((r) => r.column.index === index)).filter((p) => p >= 0);
      const weights = positions.map((p) => this.rated[p]?.column.itemWeight ?? 1);
      const problem = d.id === 'complaints' ? positions.findIndex((p) => this.rated[p]?.column.role === 'complaint') : -1;
      return { positions, weights, scores: new Moments(), items: new CoMoments(positions.length), answers: new Float64Array(positions.length), problem, resolution: new Moments() };
    });
    this.categories = model.columns.filter((c) => c.role === 'segment' && c.dimension === 'complaints').map((column) => ({ column, tally: new CategoryTally() }));
    const outcomeColumn = options.outcome === undefined ? (model.csat ?? model.nps) : options.outcome;
    this.outcome = outcomeColumn === null ? -1 : this.rated.findIndex((r) => r.column.index === outcomeColumn);
    this.drivers = this.outcome < 0 || this.dimensions.length === 0 ? null : new CoMoments(this.dimensions.length + 1);
    this.coded = new Array<CodedAnswer>(this.rated.length).fill('blank');
    this.dimensionScores = new Float64Array(this.dimensions.length + 1);
  }

  /** Reads the rows that follow as `format` says (decimal commas, negative codes, quote prefixes). */
  useFormat(format: AnswerFormat): void {
    this.format = format;
    for (const r of this.rated) r.code = makeAnswerCoder(r.scale, this.model.vocabulary, format, r.column);
  }

  /** Rows added (and not left out for their weight). */
  get respondents(): number {
    return this.rows;
  }

  /** An empty analysis of the same survey, with the same options, and without onProblem unless `problems` says so. */
  emptyCopy(problems: 'keep' | 'drop' = 'drop'): SurveyAnalysis {
    const copy = new SurveyAnalysis(this.model, problems === 'keep' ? this.options : { ...this.options, onProblem: undefined });
    copy.useFormat(this.format);
    return copy;
  }

  columns(): number[] {
    const { weight } = this.model;
    return [...this.rated.map((r) => r.column.index), ...this.categories.map((c) => c.column.index), ...(weight === null ? [] : [weight])];
  }

  /** Adds one row of raw fields; `line` is where it starts in its file, for onProblem. */
  addRow(fields: readonly string[], line = 0): void {
    const weight = this.weightOf(fields);
    if (weight === null) return;
    this.rows += 1;
    const { rated, coded, dimensionScores } = this;
    for (let i = 0; i < rated.length; i++) {
      const r = rated[i] as RatedColumn;
      const raw = fields[r.column.index] ?? '';
      const answer = r.code(raw);
      coded[i] = answer;
      r.tally.add(answer, weight);
      if (typeof answer === 'string' && answer !== 'blank' && answer !== 'notApplicable' && !r.told.has(answer)) this.tell(r, answer, raw, line);
    }
    for (const { column, tally } of this.categories) tally.add(fields[column.index] ?? '', weight);
    let scored = 0;
    let indexSum = 0;
    for (let d = 0; d < this.dimensions.length; d++) {
      const score = this.scoreDimension(this.dimensions[d] as DimensionState, weight);
      dimensionScores[d] = score ?? Number.NaN;
      if (score === null) continue;
      scored += 1;
      indexSum += score;
    }
    if (scored > 0) this.index.add(indexSum / scored, weight);
    const outcome = coded[this.outcome];
    if (this.drivers !== null && scored === this.dimensions.length && typeof outcome === 'number') {
      dimensionScores[this.dimensions.length] = outcome;
      this.drivers.add(dimensionScores, weight);
    }
  }

  save(): SurveyState {
    return {
      kind: 'survey',
      rows: this.rows,
      weightTotal: this.weightTotal,
      weight2Total: this.weight2Total,
      weightExcluded: { ...this.weightExcluded },
      rated: this.rated.map((r) => r.tally.save()),
      dimensions: this.dimensions.map((d) => ({ scores: d.scores.save(), items: d.items.save(), resolution: d.resolution.save() })),
      categories: this.categories.map((c) => c.tally.save()),
      index: this.index.save(),
      drivers: this.drivers === null ? null : this.drivers.save(),
    };
  }

  load(saved: AnalysisState): void {
    const state = stateOf(saved, 'survey');
    if (state.rated.length !== this.rated.length || state.dimensions.length !== this.dimensions.length || state.categories.length !== this.categories.length) throw new Error('the state is of a survey with other columns');
    this.rated.forEach((r, i) => r.tally.load(state.rated[i] as AnswerTallyState));
    this.dimensions.forEach((d, i) => {
      const theirs = state.dimensions[i] as SurveyState['dimensions'][number];
      d.scores.load(theirs.scores);
      d.items.load(theirs.items);
      d.resolution.load(theirs.resolution);
    });
    this.categories.forEach((c, i) => c.tally.load(state.categories[i] as CategoryTallyState));
    this.index.load(state.index);
    if (this.drivers !== null && state.drivers !== null) this.drivers.load(state.drivers);
    for (const reason of WEIGHT_EXCLUSIONS) this.weightExcluded[reason] += state.weightExcluded[reason];
    this.weightTotal += state.weightTotal;
    this.weight2Total += state.weight2Total;
    this.rows += state.rows;
  }

  /** Adds what another analysis of the same survey has seen (a shard of the data). */
  merge(other: SurveyAnalysis): this {
    this.load(other.save());
    return this;
  }

  report(files: InputFile[], gates: readonly Gate[] = []): Report {
    const level = this.options.confidenceLevel;
    const { model } = this;
    const byIndex = (index: number | null) => (index === null ? undefined : this.rated.find((r) => r.column.index === index));
    const items = this.rated.map((r) => summarizeItem(r.column, r.tally, level));
    // csat and ces are the items of those columns, not summaries made a second time.
    const itemOf = (index: number | null) => items[this.rated.findIndex((r) => r.column.index === index)] ?? null;
    const dimensions: Record<string, DimensionSummary> = {};
    model.dimensions.forEach((dimension, i) => {
      const state = this.dimensions[i] as DimensionState;
      const members = state.positions.map((p) => this.rated[p] as RatedColumn);
      dimensions[dimension.id] = summarizeDimension({ dimension, columns: members.map((m) => m.column), tallies: members.map((m) => m.tally), scores: state.scores, items: state.items, resolution: state.problem >= 0 ? state.resolution : null, categories: dimension.id === 'complaints' ? this.categories.map((c) => ({ column: c.column.name, tally: c.tally })) : [] }, level);
    });
    const nullReasons: Record<string, string> = {};
    const npsColumn = byIndex(model.nps);
    const nps = npsColumn === undefined ? null : summarizeNps(npsColumn.column, npsColumn.tally, level);
    if (model.csat === null) nullReasons.csat = 'no overall satisfaction question found (name one with --map csat=<column>)';
    if (model.ces === null) nullReasons.ces = 'no effort question found (name one with --map ces=<column>)';
    if (nps === null) nullReasons.nps = npsColumn === undefined ? 'no recommend question found (name one with --map nps=<column>)' : 'the recommend question has no valid 0-10 answer';
    const index = summarizeIndex(this.index, level);
    if (index === null) nullReasons.index = 'no respondent has a dimension score';
    const outcome = this.rated[this.outcome];
    const drivers = this.drivers === null || outcome === undefined ? 'no outcome (overall satisfaction or recommend question) or no dimension' : summarizeDrivers(this.drivers, model.dimensions.map((d) => d.id), outcome.column.name, dimensions);
    if (typeof drivers === 'string') nullReasons.drivers = drivers;
    const report: Omit<Report, 'checks' | 'notes' | 'nullReasons' | 'segmentation' | 'segments' | 'dateWindow' | 'periodization' | 'periods' | 'comparison'> = {
      schemaVersion: SCHEMA_VERSION,
      respondents: this.rows,
      weight: this.weightSummary(),
      method: describeMethod(level),
      input: { files },
      columns: model.columns.map((c) => ({ name: c.name, question: c.question, role: c.role, dimension: c.dimension, scale: c.scale, evidence: c.evidence, unmapped: c.unmapped })),
      items,
      missing: sumMissing(this.rated.map((r) => r.tally)),
      dimensions,
      csat: itemOf(model.csat),
      ces: itemOf(model.ces),
      nps,
      index,
      drivers: typeof drivers === 'string' ? null : drivers,
    };
    return { ...report, segmentation: null, segments: [], dateWindow: null, periodization: null, periods: [], comparison: null, checks: evaluateGates(report, gates), notes: this.notes(), nullReasons };
  }

  private tell(r: RatedColumn, reason: AnswerProblem['reason'], value: string, line: number): void {
    r.told.add(reason);
    this.options.onProblem?.({ column: r.column, reason, value: value.trim(), line });
  }

  /** The row's weight, or null when the row is left out for it (counted by reason). */
  private weightOf(fields: readonly string[]): number | null {
    if (this.model.weight === null) return 1;
    const text = (fields[this.model.weight] ?? '').trim();
    const weight = parseNumber(text, this.format.decimalComma);
    const excluded: WeightExclusion | null = text === '' ? 'blank' : Number.isNaN(weight) ? 'invalid' : weight === 0 ? 'zero' : weight < 0 ? 'negative' : null;
    if (excluded !== null) {
      this.weightExcluded[excluded] += 1;
      return null;
    }
    this.weightTotal += weight;
    this.weight2Total += weight * weight;
    return weight;
  }

  /** A respondent's score in a dimension: the (item-weighted) mean of their answered item scores, or null. */
  private scoreDimension(dimension: DimensionState, weight: number): number | null {
    const { rated, coded } = this;
    let sum = 0;
    let weights = 0;
    let answered = 0;
    for (let i = 0; i < dimension.positions.length; i++) {
      const position = dimension.positions[i] as number;
      const answer = coded[position];
      if (typeof answer !== 'number') continue;
      const itemWeight = dimension.weights[i] as number;
      sum += itemWeight * scoreAnswer((rated[position] as RatedColumn).scale, answer);
      weights += itemWeight;
      answered += 1;
    }
    if (answered === 0) return null;
    if (dimension.problem >= 0) this.scoreResolution(dimension, weight);
    if (answered === dimension.positions.length && answered > 1) {
      // Alpha describes the instrument, so it is computed unweighted, on answers in the scored direction.
      dimension.positions.forEach((p, i) => (dimension.answers[i] = orientAnswer((rated[p] as RatedColumn).scale, coded[p] as number)));
      dimension.items.add(dimension.answers);
    }
    const score = sum / weights;
    dimension.scores.add(score, weight);
    return score;
  }

  /** A respondent who had a problem: their mean score on the questions about how it was handled. */
  private scoreResolution(dimension: DimensionState, weight: number): void {
    const { rated, coded } = this;
    if (coded[dimension.positions[dimension.problem] as number] !== 1) return;
    let sum = 0;
    let answered = 0;
    for (const position of dimension.positions) {
      const r = rated[position] as RatedColumn;
      const answer = coded[position];
      if (r.scale.kind === 'binary' || typeof answer !== 'number') continue;
      sum += scoreAnswer(r.scale, answer);
      answered += 1;
    }
    if (answered > 0) dimension.resolution.add(sum / answered, weight);
  }

  private weightSummary(): Report['weight'] {
    const index = this.model.weight;
    if (index === null) return null;
    return { column: this.model.columns[index]?.name ?? '', sum: this.weightTotal, effectiveN: effectiveN(this.weightTotal, this.weight2Total), excluded: { ...this.weightExcluded } };
  }

  private notes(): string[] {
    const notes: string[] = [];
    const { model } = this;
    if (model.weight === null) {
      const weightLike = model.columns.find((c) => c.role === 'weight');
      if (weightLike !== undefined) notes.push(`column "${weightLike.name}" looks like a weight but is not applied (use --weight "${weightLike.name}")`);
    }
    for (const { column, tally } of this.rated) {
      const { outOfScale, notInteger, invalid } = tally.missing;
      const bad = outOfScale + notInteger + invalid;
      if (bad > 0) notes.push(`column "${column.name}": ${bad} answers excluded as not on its ${column.scale?.min}-${column.scale?.max} scale (out of scale ${outOfScale}, not an integer ${notInteger}, unrecognised ${invalid})`);
    }
    const excluded = WEIGHT_EXCLUSIONS.filter((r) => this.weightExcluded[r] > 0).map((r) => `${this.weightExcluded[r]} ${r}`);
    if (excluded.length > 0) notes.push(`rows left out for their weight: ${excluded.join(', ')}`);
    return notes;
  }
}
