import { headerLineNotes, testsKeptNotes, type InputFile } from '../input/read-csv.js';
import { blankRecommendReason, unscoredAnswerNotes } from './unscored-answers.js';
import { CoMoments, type CoMomentsState } from '../stats/co-moments.js';
import { MAX_ALPHA_ITEMS } from '../stats/cronbach-alpha.js';
import { Moments, type MomentsState } from '../stats/moments.js';
import { binaryExponent, effectiveN, timesPowerOfTwo } from '../stats/weight-sums.js';
import { parseNumber } from '../text/parse-number.js';
import { checkboxQuestions, rankingQuestions, type CheckboxQuestion, type RankingQuestion } from '../survey/choice-questions.js';
import { commentColumns, type CommentColumn } from '../survey/comment-columns.js';
import type { LanguageOf } from '../survey/comment-language.js';
import { languageWithoutLexicon } from '../survey/detect-language.js';
import { noAnswerCodes } from '../survey/vocabulary.js';
import { CommentReader, CUSTOMER_THEMES, themesRead, type CommentReading } from '../survey/read-comment.js';
import { makeAnswerCoder, PLAIN_FORMAT, type AnswerFormat, type CodedAnswer, type MissingReason } from '../survey/code-answer.js';
import { makeNamedOptionCoder, makeOptionCoder, makeRankCoder, TICKED, UNANSWERED } from '../survey/code-choice.js';
import { inBottomBox, inTopBox, orientAnswer, scoreAnswer, type Scale } from '../survey/scale.js';
import { doubtOf, RATED_ROLES, type ColumnModel, type SurveyModel } from '../survey/survey-model.js';
import { AUDIENCE_NAMES } from '../survey/survey-audience.js';
import { AnswerTally, sumMissing, type AnswerTallyState } from './answer-tally.js';
import { CATEGORIES_SHOWN, CategoryTally, MAX_CATEGORIES, type CategoryTallyState } from './category-tally.js';
import { CheckboxTally, type CheckboxTallyState } from './checkbox-tally.js';
import { CommentTally, type CommentTallyState } from './comment-tally.js';
import { DimensionCombinations, DimensionCounts, type DimensionCountsState } from './dimension-counts.js';
import { AnswerCodes, answerOfCode, CODES, FlatRows, SLOW, VALUES } from './flat-rows.js';
import { CommentWordTally, DETRACTOR, NEITHER, PROMOTER, type CommentWordsState, type Side } from './comment-word-tally.js';
import { COMMENT_TONES } from '../survey/tag-comment.js';
import { NO_ANSWER, NPS_DETRACTOR, NPS_PASSIVE, NPS_PROMOTER, settleImpact } from './theme-impact.js';
import { describeMethod } from './method.js';
import { MAX_OPTIONS, OPTIONS_SHOWN, RankingTally, type RankingTallyState } from './ranking-tally.js';
import { SCHEMA_VERSION, WEIGHT_EXCLUSIONS, type CommentColumnSummary, type DimensionSummary, type DriversSummary, type Report, type ThemeImpactSummary, type UnparsedDates, type WeightExclusion } from './report.js';
import type { Adjustment } from '../stats/difference-tests.js';
import { indexLeavingOut, leftOutOfIndexNotes, negativeAlphaNotes } from './negative-alpha-notes.js';
import { summarizeCheckbox, summarizeRanking } from './summarize-choices.js';
import { summarizeComments, unreadLanguageNotes } from './summarize-comments.js';
import { summarizeCommentWords } from './summarize-comment-words.js';
import { NO_HANDLING_QUESTION, summarizeDimension } from './summarize-dimension.js';
import { significanceLevel } from './compare-reports.js';
import { MAX_DRIVER_DIMENSIONS, summarizeDrivers } from './summarize-drivers.js';
import { summarizeImportance } from './summarize-importance.js';
import { summarizeIndex } from './summarize-index.js';
import { summarizeItem } from './summarize-item.js';
import { summarizeNps } from './summarize-nps.js';

// Positions in COMMENT_TONES of the tones ratings tell.
const PRAISE = COMMENT_TONES.indexOf('praise');
const MIXED = COMMENT_TONES.indexOf('mixed');
const CRITICISM = COMMENT_TONES.indexOf('criticism');

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
  /**
   * Told of every answer that does not fit a scale as the sample showed it, with the column's index
   * and the answer as written: outside a numeric scale, or a label a labelled scale lacks.
   */
  onOutOfScale?: (column: number, value: string) => void;
  /**
   * Tells the language of a comment (see loadCommentLanguage). Needed to score the rows of a survey
   * with comment columns; an analysis that only loads states (merge, the state check) does without.
   */
  languageOf?: LanguageOf;
  /** False with --no-redact: verbatims show comments as written, personal data too. */
  redactComments?: boolean;
  /** How the impact of comment themes is tested (--min-base, --adjust); absent, as those flags' defaults. */
  tests?: ImpactTesting;
  /** False: every row scored and added one by one, none coded whole (see ScoredRow.fast), as the tests that compare the two ask. */
  codeWhole?: boolean;
}

/** The tests of the impact of comment themes: both sides need `minBase` answers; the family is corrected by `adjust`. */
export interface ImpactTesting {
  minBase: number;
  adjust: Adjustment;
}

/** As --min-base and --adjust are by default. */
export const DEFAULT_IMPACT_TESTING: ImpactTesting = { minBase: 30, adjust: 'holm' };

/**
 * What an analysis of a survey keeps of its comments beyond their counts, by the rows it sees:
 * - `sample`, the whole sample's: the words of the comments (see CommentWordTally) and the impact
 *   of their themes (see ThemeImpact), both reported;
 * - `segment`, a segment's (or a cell's in a survey with weights, see PeriodAnalysis): the impact,
 *   not reported, kept for the whole sample, which is the merge of the segments (see
 *   SegmentedAnalysis);
 * - `group`, a period's, the rest of the sample a segment is tested against, or a cell of period
 *   and part in a survey with free-text columns and without weights (whose rows' impact goes to
 *   their part at once, see PeriodAnalysis): neither (the impact of a state it loads is left out).
 * The words and the impact are reported for the whole sample only: each row is added to them once,
 * memory for them grows with the number of segments only by the impact's sums (10 KiB a free-text
 * column), not at all with the number of periods, and a small group's impact, which could show its
 * few respondents' ratings, is never shown.
 */
export type AnalysisScope = 'sample' | 'segment' | 'group';

/** What reads rows into a report: the analysis of a survey, or one broken down by segment or period. */
export interface RowAnalysis {
  useFormat(format: AnswerFormat): void;
  addRow(fields: readonly string[], line?: number): void;
  /** Adds a row that the survey's RowScorer has scored (so that a row that goes into two analyses is scored once). */
  addScored(fields: readonly string[], row: ScoredRow): void;
  /** The columns whose fields addRow reads: the others may be given as ''. */
  columns(): number[];
  /** The report of what the analysis has seen, its `checks` empty: the gates are judged once on the whole report (`withChecks`). */
  report(files: InputFile[]): Report;
  /** What the analysis has seen, as plain data (to write down for a shard). */
  save(): AnalysisState;
  /** Adds what a state of an analysis of the same survey, built the same way, has seen. */
  load(state: AnalysisState): void;
  /**
   * Adds what another analysis of the same survey, built the same way, has seen: as
   * load(other.save()), to the last bit, without making the state (see SurveyAnalysis.merge).
   */
  merge(other: RowAnalysis): void;
  /**
   * Forgets every row, as if just made, but keeps its objects for the rows that follow: the
   * analysis of a file's next piece reuses the last one's rather than leaving it to the garbage
   * collector (which let memory grow with the number of pieces).
   */
  clear(): void;
}

/**
 * An analysis whose rows a PeriodAnalysis holds in cells, one per period and part (see
 * PeriodAnalysis): the whole sample's, itself its one part; or one broken down by segment, each
 * segment a part. A row goes into one cell rather than into its part and its period both; the cells are
 * merged into both when the analysis is saved or reported (in a survey without weights, a row's
 * impact of comment themes goes to its part at once: see addImpact).
 */
export interface PartedAnalysis extends RowAnalysis {
  /** The part a row is in: its segment (made when new, pooled past the limit as addScored would), or the whole. */
  partOf(fields: readonly string[]): SurveyAnalysis;
  /** addScored, the row's part already found by partOf. */
  addScoredTo(part: SurveyAnalysis, fields: readonly string[], row: ScoredRow): void;
  /** Counts the words of the comments of a row added to a cell: the whole sample counts them row by row, a cell does not (see AnalysisScope). */
  addWords(row: ScoredRow): void;
}

/** The state of a RowAnalysis: of the whole sample, or of one broken down by segment, period or date window. */
export type AnalysisState =
  | SurveyState
  | {
      kind: 'segmented';
      segments: Array<[value: string, state: AnalysisState]>;
      /** The rows of the values past the 200th, pooled as they came (those of `pooled`). */
      pooledEarly: number;
      /** Their analysis (absent where none was pooled; a state of an earlier satisfy kept it as the segment "Other"). */
      pooled?: AnalysisState;
      /** The words of the comments of the whole sample, one per free-text column, when the analysis counts them (see SegmentedAnalysis). */
      words?: CommentWordsState[];
    }
  | {
      kind: 'periods';
      overall: AnalysisState;
      periods: Array<{ period: string; start: string; end: string; state: AnalysisState }>;
      /** Rows whose period waits for the order of day and month (see PeriodAnalysis): their period either way (null: no such day). */
      undecided: Array<{ dmy: PeriodSpan | null; mdy: PeriodSpan | null; rows: number; state: AnalysisState }>;
      unparsed: UnparsedDates;
    }
  | { kind: 'window'; inner: AnalysisState; before: number; after: number; unparsed: UnparsedDates }
  | { kind: 'attention'; inner: AnalysisState; counts: Array<{ passed: number; failed: number; unanswered: number }>; failedAny: number; rows: number };

/** A period: its label (`2026-W07`) and its first and last days. */
export interface PeriodSpan {
  period: string;
  start: string;
  end: string;
}

export interface SurveyState {
  kind: 'survey';
  rows: number;
  weightTotal: number;
  weight2Total: number;
  /**
   * The weights of this state are the rows' weights times 2^−weightExponent (absent: times 1), so
   * that weights of any unit sum without overflow or underflow.
   */
  weightExponent?: number | null;
  weightExcluded: Record<WeightExclusion, number>;
  rated: AnswerTallyState[];
  /**
   * Per dimension: the moments of the rows added as floating-point numbers, and, in a dimension
   * counted by combinations of answers (see DimensionCounts), the counts of the rows added there;
   * the dimension's figures are those of both. Counts are absent from the states of satisfy before
   * dimensions were counted, whose moments hold every row.
   */
  dimensions: Array<{ scores: MomentsState; items: CoMomentsState; resolution: MomentsState; counts?: DimensionCountsState }>;
  categories: CategoryTallyState[];
  /** Absent from the states of satisfy before checkbox and ranking questions were counted. */
  checkboxes?: CheckboxTallyState[];
  /** One per free-text column (see commentColumns); absent from the states of satisfy before comments were counted. */
  comments?: CommentTallyState[];
  /** The words of the comments, one per free-text column: only in the state of an analysis that counts them (see SurveyAnalysis), absent in segments and periods. */
  words?: CommentWordsState[];
  rankings?: RankingTallyState[];
  index: MomentsState;
  /** Per dimension: the index of the respondents' other dimension scores (see SurveyAnalysis.indexWithout). Absent from the states of satisfy before a dimension was left out of the index. */
  indexWithout?: MomentsState[];
  drivers: CoMomentsState | null;
  /** Per importance pair: the importance column's answers, and the co-moments of (importance, satisfaction) scores. Absent from the states of satisfy before pairs were compared. */
  importance?: Array<{ answers: AnswerTallyState; paired: CoMomentsState }>;
}

/** The state of kind `kind`, or an error: a state of another shape is a state of another analysis. */
export function stateOf<K extends AnalysisState['kind']>(state: AnalysisState, kind: K): Extract<AnalysisState, { kind: K }> {
  if (state.kind !== kind) throw new Error(`a state of kind ${state.kind} cannot be loaded into an analysis of kind ${kind}`);
  return state as Extract<AnalysisState, { kind: K }>;
}

/** `other` as an analysis of the kind of `analysis` (see RowAnalysis.merge); an error if it is of another. */
export function sameKind<T extends RowAnalysis>(analysis: T, other: RowAnalysis): T {
  if (other.constructor !== analysis.constructor) throw new Error(`an analysis of kind ${other.constructor.name} cannot be merged into one of kind ${analysis.constructor.name}`);
  return other as T;
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
  /** Reasons already told to onProblem for this column. */
  told: Set<MissingReason>;
}

/** An importance column paired with the satisfaction column whose importance it rates. */
interface ImportancePairColumns {
  importance: RatedColumn;
  /** Position in `rated` of the satisfaction column. */
  satisfaction: number;
  by: 'subject' | 'config';
}

interface DimensionItems {
  /** Positions in `rated` of the dimension's columns. */
  positions: number[];
  /** Weight of each of those items in a respondent's dimension score. */
  weights: number[];
  /** Complaints only: where in `positions` the "had a problem" question is, or -1. */
  problem: number;
  /**
   * Complaints with a problem question only: where in `positions`, in order, the questions of how
   * the problem was handled are: every item but the "had a problem" questions, rated or yes/no
   * ("Was your problem resolved?", yes scores 100).
   */
  handling: number[];
  /** Every combination of answers to the items, when there are few enough to count respondents by (see DimensionCounts); else null. */
  combinations: DimensionCombinations | null;
}

/**
 * One row coded and scored, for every analysis it goes into (the whole sample, its segment, its
 * period). The scorer reuses it from row to row: read it before the next row is scored.
 */
export interface ScoredRow {
  /**
   * Whether the row was coded whole (see AnswerCodes): its answers are then in `codes` and its
   * dimensions all counted by combination, and an analysis adds it flat (see FlatRows). `coded` is
   * not written for it (it holds an earlier row's answers): the comments' tone is read from its
   * codes (see RowScorer.readCodedRatings).
   */
  fast: boolean;
  codes: Uint8Array;
  weight: number;
  /** Why the row is left out for its weight, or null. */
  excluded: WeightExclusion | null;
  /** Each rated column's answer, coded. */
  coded: CodedAnswer[];
  /** Per dimension: the respondent's score on 0-100, or NaN. */
  scores: Float64Array;
  /** Per dimension counted by combinations of answers (see DimensionCombinations): the row's; else -1 (a dimension not counted, or an answer off its scale), and the three below tell what it adds. */
  combinations: Int32Array;
  /** Per dimension (complaints): the mean score of the handling questions of a respondent who had a problem, or NaN. */
  resolutions: Float64Array;
  /** Per dimension: every item (of two or more) answered, and those answers in the scored direction, for alpha. */
  complete: Uint8Array;
  answers: Float64Array[];
  /** The mean of the respondent's dimension scores, or NaN. */
  index: number;
  /** Per dimension: the mean of the respondent's other dimension scores, or NaN. */
  indexWithout: Float64Array;
  /** The dimension scores and the outcome, when the respondent has them all; else null. */
  drivers: Float64Array | null;
  /** Per checkbox question: each option's cell, as code-choice reads it (no answer, not chosen, ticked). */
  ticks: Uint8Array[];
  /** Per checkbox question written into one column: its cell, the options chosen joined ('' for a blank or a non-answer); '' for the others. */
  joinedCells: string[];
  /** Per ranking question whose columns are its options: the rank given to each (NaN: none; 0: not a rank). */
  ranks: Float64Array[];
  /** Per ranking question whose columns are rank positions: the option named at each, folded ('' for none) and as written. */
  namedKeys: string[][];
  namedTexts: string[][];
  /** Per importance pair: the importance column's answer, coded. */
  importance: CodedAnswer[];
  /** Per importance pair, two numbers: the importance and satisfaction scores (0-100) of a respondent who answered both, else NaN. */
  pairScores: Float64Array;
  /**
   * Per free-text column: what its cell holds (COMMENT, or the position of why it holds none in
   * COMMENT_EXCLUSIONS), and its reading (see CommentReader: the same object for the rows of one
   * text while the reader remembers it).
   */
  commentCodes: Uint8Array;
  commentReadings: CommentReading[];
  /** Per free-text column, the comment's tone (position in COMMENT_TONES), and whether the ratings told it (1) or its words (0). */
  commentTones: Uint8Array;
  commentTonesFromRatings: Uint8Array;
  /**
   * Read with the comments, for the impact of their themes (see ThemeImpact.add): whether overall
   * satisfaction is in its top box (1, 0, NO_ANSWER), and the recommend answer's group.
   */
  csatTop: number;
  npsGroup: number;
}

/** Per code of AnswerCodes, what RowScorer.readRatings reads from it (see RowScorer.readCodedRatings); −1 in csatTone: no tone. */
interface CodedRatings {
  npsGroup: Int8Array;
  csatTop: Int8Array;
  csatTone: Int8Array;
}

/** The tone a recommend answer's group gives a comment (a position in COMMENT_TONES): a promoter's praise, a passive's mixed, a detractor's criticism. */
function toneOfGroup(group: number): number {
  return group === NPS_PROMOTER ? PRAISE : group === NPS_DETRACTOR ? CRITICISM : MIXED;
}

/** In ScoredRow.commentCodes: the cell holds a comment. */
export const COMMENT = 255;

// A scorer stops trying to code rows whole (see RowScorer.scoreWhole) once more than this many rows
// could not be, and they are over a fifth of the rows tried since it was last cleared; no figure
// depends on it, only the time.
const SLOW_ROWS_TRIED = 256;

/** Reads the cells of the checkbox and ranking questions, as the current file writes them. */
interface ChoiceCoders {
  option: (raw: string) => number;
  named: (raw: string) => { key: string; text: string };
  /** One per ranking question (its number of options decides what is a rank). */
  ranks: Array<(raw: string) => number>;
}

/**
 * Codes and scores rows: the answers on their scales, the dimension scores, the index. Shared by
 * the analyses of one survey (the whole and its segments and periods), so that a row that goes
 * into two of them is scored once. Tells onProblem of the first answer of each column that does
 * not fit its scale, once per reason.
 */
export class RowScorer {
  readonly rated: RatedColumn[];
  readonly dimensions: DimensionItems[];
  /** The checkbox and ranking questions, reported as choices: never rated, never scored. */
  readonly checkboxes: CheckboxQuestion[];
  readonly rankings: RankingQuestion[];
  /** The importance columns paired with a satisfaction column: coded, never scored as satisfaction. */
  readonly pairs: ImportancePairColumns[];
  /** The free-text columns: comment columns and "Other (please specify)" texts, counted, never scored. */
  readonly comments: CommentColumn[];
  private readonly commentReader: CommentReader;
  /** Positions in `rated` of the recommend and overall-satisfaction questions, or -1: the ratings that tell a comment's tone. */
  private readonly npsPosition: number;
  private readonly csatPosition: number;
  // What readRatings reads from each code of the recommend and overall satisfaction answers (see
  // readCodedRatings), for a survey with comments whose rows are coded whole. Made with the scorer:
  // made at the first row that needed it, it was a branch the optimised scoring had not taken, and
  // V8 threw that code away at the first row of a thread's second analysis.
  private readonly codedRatings: CodedRatings | null;
  private choiceCoders: ChoiceCoders;
  /** Position in `rated` of the drivers' outcome, or -1. */
  readonly outcome: number;
  private format: AnswerFormat = PLAIN_FORMAT;
  private readonly row: ScoredRow;
  private readonly drivers: Float64Array | null;
  /**
   * The codes of the rated columns' texts, in a survey whose rows can be coded whole: without
   * weights, checkbox, ranking or importance questions, and with every dimension counted by
   * combination (see ScoredRow.fast); else null.
   */
  readonly answerCodes: AnswerCodes | null;
  // Rows coded whole and not since the scorer was last cleared (see SLOW_ROWS_TRIED).
  private fastRows = 0;
  private slowRows = 0;

  constructor(
    private readonly model: SurveyModel,
    private readonly options: AnalysisOptions,
  ) {
    this.rated = model.columns
      .filter((c): c is ColumnModel & { scale: Scale } => RATED_ROLES.has(c.role) && c.scale !== null)
      .map((column) => ({ column, scale: column.scale, code: makeAnswerCoder(column.scale, model.vocabulary, PLAIN_FORMAT, column), told: new Set<MissingReason>() }));
    this.dimensions = model.dimensions.map((d) => {
      const positions = d.columns.map((index) => this.rated.findIndex((r) => r.column.index === index)).filter((p) => p >= 0);
      const weights = positions.map((p) => this.rated[p]?.column.itemWeight ?? 1);
      const problem = d.id === 'complaints' ? positions.findIndex((p) => this.rated[p]?.column.role === 'complaint') : -1;
      const handling = problem < 0 ? [] : positions.flatMap((p, i) => (this.rated[p]?.column.role === 'complaint' ? [] : [i]));
      const combinations = DimensionCombinations.of({ scales: positions.map((p) => (this.rated[p] as RatedColumn).scale), weights, problem, handling });
      return { positions, weights, problem, handling, combinations };
    });
    const outcomeColumn = options.outcome === undefined ? (model.csat ?? model.nps) : options.outcome;
    this.outcome = outcomeColumn === null ? -1 : this.rated.findIndex((r) => r.column.index === outcomeColumn);
    const k = this.dimensions.length;
    this.drivers = this.outcome < 0 || k === 0 ? null : new Float64Array(k + 1);
    this.checkboxes = checkboxQuestions(model.columns);
    this.rankings = rankingQuestions(model.columns);
    this.pairs = model.columns.flatMap((column): ImportancePairColumns[] => {
      const pair = column.importanceOf;
      if (column.role !== 'importance' || column.scale === null || pair === undefined || pair === null) return [];
      const satisfaction = this.rated.findIndex((r) => r.column.index === pair.column);
      if (satisfaction < 0) return [];
      return [{ importance: { column, scale: column.scale, code: makeAnswerCoder(column.scale, model.vocabulary, PLAIN_FORMAT, column), told: new Set<MissingReason>() }, satisfaction, by: pair.by }];
    });
    this.comments = commentColumns(model.columns, model.vocabulary);
    this.npsPosition = this.rated.findIndex((r) => r.column.index === model.nps);
    this.csatPosition = this.rated.findIndex((r) => r.column.index === model.csat);
    this.commentReader = new CommentReader(model.vocabulary, options.languageOf, options.redactComments !== false, model.language?.language ?? null, themesRead(model.audience?.audience));
    this.choiceCoders = this.makeChoiceCoders(PLAIN_FORMAT);
    const whole = model.weight === null && this.checkboxes.length === 0 && this.rankings.length === 0 && this.pairs.length === 0 && this.dimensions.every((d) => d.combinations !== null);
    this.answerCodes = whole && options.codeWhole !== false && this.rated.length > 0 ? new AnswerCodes(this.rated) : null;
    const positional = (q: RankingQuestion) => (q.layout === 'positions' ? q.columns.length : 0);
    this.row = {
      fast: false,
      codes: new Uint8Array(this.rated.length),
      weight: 1,
      excluded: null,
      coded: new Array<CodedAnswer>(this.rated.length).fill('blank'),
      scores: new Float64Array(k),
      combinations: new Int32Array(k).fill(-1),
      resolutions: new Float64Array(k),
      complete: new Uint8Array(k),
      answers: this.dimensions.map((d) => new Float64Array(d.positions.length)),
      index: Number.NaN,
      indexWithout: new Float64Array(k),
      drivers: null,
      ticks: this.checkboxes.map((q) => new Uint8Array(q.joined ? 0 : q.columns.length)),
      joinedCells: this.checkboxes.map(() => ''),
      ranks: this.rankings.map((q) => new Float64Array(q.layout === 'options' ? q.columns.length : 0)),
      namedKeys: this.rankings.map((q) => new Array<string>(positional(q)).fill('')),
      namedTexts: this.rankings.map((q) => new Array<string>(positional(q)).fill('')),
      importance: new Array<CodedAnswer>(this.pairs.length).fill('blank'),
      pairScores: new Float64Array(2 * this.pairs.length),
      commentCodes: new Uint8Array(this.comments.length),
      commentReadings: new Array<CommentReading>(this.comments.length),
      commentTones: new Uint8Array(this.comments.length),
      commentTonesFromRatings: new Uint8Array(this.comments.length),
      csatTop: NO_ANSWER,
      npsGroup: NO_ANSWER,
    };
    this.codedRatings = this.answerCodes !== null && this.comments.length > 0 ? this.rateCodes() : null;
  }

  private makeChoiceCoders(format: AnswerFormat): ChoiceCoders {
    const { vocabulary } = this.model;
    return { option: makeOptionCoder(vocabulary, format), named: makeNamedOptionCoder(vocabulary, format), ranks: this.rankings.map((q) => makeRankCoder(q.columns.length, vocabulary, format)) };
  }

  /** Reads the rows that follow as `format` says (decimal commas, negative codes, quote prefixes). */
  useFormat(format: AnswerFormat): void {
    if (format === this.format) return;
    this.format = format;
    for (const r of this.rated) r.code = makeAnswerCoder(r.scale, this.model.vocabulary, format, r.column);
    for (const { importance: r } of this.pairs) r.code = makeAnswerCoder(r.scale, this.model.vocabulary, format, r.column);
    this.choiceCoders = this.makeChoiceCoders(format);
    this.commentReader.useFormat(format);
    this.answerCodes?.reset();
    this.fastRows = 0;
    this.slowRows = 0;
  }

  /** Rows coded whole (see ScoredRow.fast) since the scorer was last cleared or given a format: for the tests that check the path is taken. */
  get rowsCodedWhole(): number {
    return this.fastRows;
  }

  /** Tells onProblem again of the first answer of each column that does not fit (see RowAnalysis.clear). */
  clear(): void {
    for (const r of this.rated) r.told.clear();
    for (const { importance } of this.pairs) importance.told.clear();
    this.fastRows = 0;
    this.slowRows = 0;
  }

  /** The columns whose fields score() reads. */
  columns(): number[] {
    const { weight } = this.model;
    const choices = [...this.checkboxes, ...this.rankings].flatMap((q) => q.columns.map((c) => c.index));
    return [...this.rated.map((r) => r.column.index), ...choices, ...this.pairs.map((p) => p.importance.column.index), ...this.comments.map((c) => c.column.index), ...(weight === null ? [] : [weight])];
  }

  /** Codes and scores one row of raw fields; `line` is where it starts in its file, for onProblem. */
  score(fields: readonly string[], line: number): ScoredRow {
    const { row, rated } = this;
    if (this.answerCodes !== null && this.scoreWhole(fields, this.answerCodes)) return row;
    row.fast = false;
    this.weighRow(fields);
    if (row.excluded !== null) return row;
    const { coded } = row;
    for (let i = 0; i < rated.length; i++) {
      const r = rated[i] as RatedColumn;
      coded[i] = this.codeCell(r, fields, line);
    }
    let scored = 0;
    let indexSum = 0;
    const k = this.dimensions.length;
    for (let d = 0; d < k; d++) {
      const score = this.scoreDimension(d);
      row.scores[d] = score;
      if (Number.isNaN(score)) continue;
      scored += 1;
      indexSum += score;
    }
    const outcome = coded[this.outcome];
    this.scoreIndex(scored, indexSum, typeof outcome === 'number' ? outcome : Number.NaN);
    if (this.checkboxes.length > 0 || this.rankings.length > 0) this.readChoices(fields);
    if (this.pairs.length > 0) this.scorePairs(fields, line);
    if (this.comments.length > 0) this.readComments(fields, this.readRatings());
    return row;
  }

  /**
   * Scores a row coded whole (see ScoredRow.fast), if it is: every rated answer a code of
   * AnswerCodes other than SLOW, and every dimension's combination on its scales. Else false, and
   * score() scores the row as any other. The same arithmetic as score()'s, in the same order.
   */
  private scoreWhole(fields: readonly string[], answerCodes: AnswerCodes): boolean {
    const { row, rated } = this;
    if (this.slowRows > SLOW_ROWS_TRIED && this.slowRows * 4 > this.fastRows) return false;
    const { codes } = row;
    for (let i = 0; i < rated.length; i++) {
      const code = answerCodes.codeOf(i, fields[(rated[i] as RatedColumn).column.index] ?? '');
      if (code === SLOW) return this.slowRow();
      codes[i] = code;
    }
    let scored = 0;
    let indexSum = 0;
    const k = this.dimensions.length;
    for (let d = 0; d < k; d++) {
      const dimension = this.dimensions[d] as DimensionItems;
      const combinations = dimension.combinations as DimensionCombinations;
      const combination = combinations.ofCodes(codes, dimension.positions);
      if (combination < 0) return this.slowRow();
      row.combinations[d] = combination;
      const score = combinations.scores[combination] as number;
      row.scores[d] = score;
      if (Number.isNaN(score)) continue;
      scored += 1;
      indexSum += score;
    }
    row.fast = true;
    row.weight = 1;
    row.excluded = null;
    this.fastRows += 1;
    const outcome = this.outcome < 0 ? SLOW : (codes[this.outcome] as number);
    this.scoreIndex(scored, indexSum, outcome < VALUES ? outcome : Number.NaN);
    if (this.comments.length > 0) this.readComments(fields, this.readCodedRatings(codes));
    return true;
  }

  private slowRow(): false {
    this.slowRows += 1;
    return false;
  }

  /** The row's index, its index without each dimension and its drivers' variables, from its `scored` dimension scores (of sum `indexSum`) and its outcome (NaN: none). */
  private scoreIndex(scored: number, indexSum: number, outcome: number): void {
    const { row } = this;
    const k = this.dimensions.length;
    row.index = scored > 0 ? indexSum / scored : Number.NaN;
    for (let d = 0; d < k; d++) {
      const score = row.scores[d] as number;
      row.indexWithout[d] = Number.isNaN(score) ? row.index : scored > 1 ? (indexSum - score) / (scored - 1) : Number.NaN;
    }
    row.drivers = null;
    if (this.drivers !== null && scored === k && !Number.isNaN(outcome)) {
      this.drivers.set(row.scores);
      this.drivers[k] = outcome;
      row.drivers = this.drivers;
    }
  }

  /**
   * Reads the row's free-text cells: each is a comment, or counted by why it is none; a comment's
   * length and language are found here. The one place where each comment is seen, once per row
   * whatever analyses (the whole, its segment, its period) the row goes into, after the row's
   * ratings are read (`rated`: the tone they tell, see readRatings): what else is read from a
   * comment belongs here too.
   */
  private readComments(fields: readonly string[], rated: number | null): void {
    const { row, comments } = this;
    for (let c = 0; c < comments.length; c++) {
      const comment = comments[c] as CommentColumn;
      const reading = this.commentReader.read(fields[comment.column.index] ?? '');
      row.commentCodes[c] = reading.exclusionAt < 0 ? COMMENT : reading.exclusionAt;
      row.commentReadings[c] = reading;
      // The ratings tell what the respondent thinks of the company, which is what a comment says,
      // not what they typed beside a choice ("Other: Lisboa", "Other: a friend"): its words alone tell that text's tone.
      const byRatings = comment.kind === 'comment' ? rated : null;
      row.commentTones[c] = byRatings ?? reading.toneAt;
      row.commentTonesFromRatings[c] = byRatings === null ? 0 : 1;
    }
  }

  /**
   * Reads the respondent's own ratings as the comments use them: for the impact of their themes,
   * the recommend answer's group as the NPS counts it (promoters 9-10, detractors 0-6, on the answer
   * as given: summarizeNps) and whether overall satisfaction is in its top box (a binary one has
   * none), in row.npsGroup and row.csatTop; and returns the tone they give the comments, a position
   * in COMMENT_TONES: a promoter's praise, a passive's mixed, a detractor's criticism; without a
   * recommend answer, the top box of overall satisfaction praise, its bottom box criticism, between
   * them mixed. Null without either answer: the comment's words tell its tone then.
   */
  private readRatings(): number | null {
    return this.rateAnswers(this.row.coded[this.npsPosition], this.row.coded[this.csatPosition]);
  }

  /** readRatings of a row coded whole, from its codes (see ScoredRow.fast): the same, looked up in tables made once. */
  private readCodedRatings(codes: Uint8Array): number | null {
    const { row } = this;
    const ratings = this.codedRatings as CodedRatings;
    const group = this.npsPosition < 0 ? NO_ANSWER : (ratings.npsGroup[codes[this.npsPosition] as number] as number);
    row.npsGroup = group;
    const csat = this.csatPosition < 0 ? -1 : (codes[this.csatPosition] as number);
    row.csatTop = csat < 0 ? NO_ANSWER : (ratings.csatTop[csat] as number);
    if (group !== NO_ANSWER) return toneOfGroup(group);
    const tone = csat < 0 ? -1 : (ratings.csatTone[csat] as number);
    return tone < 0 ? null : tone;
  }

  /** Per code of AnswerCodes other than SLOW, what rateAnswers reads from it as the recommend answer (its group) and as overall satisfaction's (its top box, and the tone it tells alone; −1: none). */
  private rateCodes(): CodedRatings {
    const ratings = { npsGroup: new Int8Array(CODES), csatTop: new Int8Array(CODES), csatTone: new Int8Array(CODES) };
    for (let code = 0; code < CODES; code++) {
      this.rateAnswers(answerOfCode(code), undefined);
      ratings.npsGroup[code] = this.row.npsGroup;
      ratings.csatTone[code] = this.rateAnswers(undefined, answerOfCode(code)) ?? -1;
      ratings.csatTop[code] = this.row.csatTop;
    }
    // (rateAnswers wrote them for each code: the row is as it was made.)
    this.row.npsGroup = NO_ANSWER;
    this.row.csatTop = NO_ANSWER;
    return ratings;
  }

  /** readRatings of a recommend answer and an overall satisfaction answer (undefined: none). */
  private rateAnswers(recommend: CodedAnswer | undefined, answer: CodedAnswer | undefined): number | null {
    const { row } = this;
    const group = typeof recommend !== 'number' ? NO_ANSWER : recommend >= 9 ? NPS_PROMOTER : recommend <= 6 ? NPS_DETRACTOR : NPS_PASSIVE;
    row.npsGroup = group;
    const overall = this.rated[this.csatPosition];
    const scale = overall === undefined || typeof answer !== 'number' ? null : overall.scale;
    const top = scale !== null && inTopBox(scale, answer as number);
    row.csatTop = scale === null || scale.kind === 'binary' ? NO_ANSWER : top ? 1 : 0;
    if (group !== NO_ANSWER) return toneOfGroup(group);
    if (scale === null) return null;
    return top ? PRAISE : inBottomBox(scale, answer as number) ? CRITICISM : MIXED;
  }

  /** Codes the row's answers to the importance columns, and scores each pair the respondent answered both columns of. */
  private scorePairs(fields: readonly string[], line: number): void {
    const { row } = this;
    for (let p = 0; p < this.pairs.length; p++) {
      const { importance: r, satisfaction } = this.pairs[p] as ImportancePairColumns;
      const answer = this.codeCell(r, fields, line);
      row.importance[p] = answer;
      const rated = row.coded[satisfaction];
      const both = typeof answer === 'number' && typeof rated === 'number';
      row.pairScores[2 * p] = both ? scoreAnswer(r.scale, answer) : Number.NaN;
      row.pairScores[2 * p + 1] = both ? scoreAnswer((this.rated[satisfaction] as RatedColumn).scale, rated) : Number.NaN;
    }
  }

  /** Reads the row's cells of the checkbox and ranking questions. */
  private readChoices(fields: readonly string[]): void {
    const { row, choiceCoders: coders } = this;
    this.checkboxes.forEach((q, i) => {
      if (q.joined) {
        row.joinedCells[i] = coders.named(fields[(q.columns[0] as ColumnModel).index] ?? '').text;
        return;
      }
      const ticks = row.ticks[i] as Uint8Array;
      for (let o = 0; o < q.columns.length; o++) ticks[o] = coders.option(fields[(q.columns[o] as ColumnModel).index] ?? '');
      // A text typed for "Other" ticks it, whatever it says ("No idea", "0").
      if (q.otherText >= 0) ticks[q.otherText] = coders.named(fields[(q.columns[q.otherText] as ColumnModel).index] ?? '').key === '' ? UNANSWERED : TICKED;
    });
    this.rankings.forEach((q, i) => {
      if (q.layout === 'options') {
        const ranks = row.ranks[i] as Float64Array;
        const code = coders.ranks[i] as (raw: string) => number;
        for (let o = 0; o < q.columns.length; o++) ranks[o] = code(fields[(q.columns[o] as ColumnModel).index] ?? '');
        return;
      }
      const keys = row.namedKeys[i] as string[];
      const texts = row.namedTexts[i] as string[];
      for (let p = 0; p < q.columns.length; p++) {
        const { key, text } = coders.named(fields[(q.columns[p] as ColumnModel).index] ?? '');
        keys[p] = key;
        texts[p] = text;
      }
    });
  }

  /** The row's weight, or why the row is left out for it. */
  private weighRow(fields: readonly string[]): void {
    const { row } = this;
    row.excluded = null;
    row.weight = 1;
    if (this.model.weight === null) return;
    const text = (fields[this.model.weight] ?? '').trim();
    const weight = parseNumber(text, this.format.decimalComma);
    row.excluded = text === '' ? 'blank' : !Number.isFinite(weight) ? 'invalid' : weight === 0 ? 'zero' : weight < 0 ? 'negative' : null;
    row.weight = weight;
  }

  /**
   * A respondent's score in dimension `d`: the (item-weighted) mean of their answered item scores,
   * or NaN; with, in the row, the combination of their answers in a dimension counted by them, or
   * else the handling score and the answers for alpha.
   */
  private scoreDimension(d: number): number {
    const { rated, row } = this;
    const { coded } = row;
    const dimension = this.dimensions[d] as DimensionItems;
    const { combinations } = dimension;
    if (combinations !== null) {
      const combination = combinations.of(coded, dimension.positions);
      row.combinations[d] = combination;
      if (combination >= 0) return combinations.scores[combination] as number;
    }
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
    row.resolutions[d] = Number.NaN;
    row.complete[d] = 0;
    if (answered === 0) return Number.NaN;
    if (dimension.problem >= 0) row.resolutions[d] = this.scoreResolution(dimension);
    if (answered === dimension.positions.length && answered > 1) {
      // Alpha describes the instrument, so it is computed unweighted, on answers in the scored direction.
      const answers = row.answers[d] as Float64Array;
      for (let i = 0; i < dimension.positions.length; i++) {
        const position = dimension.positions[i] as number;
        answers[i] = orientAnswer((rated[position] as RatedColumn).scale, coded[position] as number);
      }
      row.complete[d] = 1;
    }
    return sum / weights;
  }

  /** A respondent who had a problem: their mean score on the questions about how it was handled (see DimensionItems.handling); else NaN. */
  private scoreResolution(dimension: DimensionItems): number {
    const { rated } = this;
    const { coded } = this.row;
    if (coded[dimension.positions[dimension.problem] as number] !== 1) return Number.NaN;
    let sum = 0;
    let answered = 0;
    for (const i of dimension.handling) {
      const position = dimension.positions[i] as number;
      const answer = coded[position];
      if (typeof answer !== 'number') continue;
      sum += scoreAnswer((rated[position] as RatedColumn).scale, answer);
      answered += 1;
    }
    return answered > 0 ? sum / answered : Number.NaN;
  }

  /**
   * Codes the row's cell of a rated or importance column. An answer that does not fit its scale
   * (a number off it, or a label it lacks) goes to onOutOfScale, so that the scale can come from
   * every row read; the first answer of each kind of problem goes to onProblem.
   */
  private codeCell(r: RatedColumn, fields: readonly string[], line: number): CodedAnswer {
    const raw = fields[r.column.index] ?? '';
    const answer = r.code(raw);
    if (typeof answer !== 'string' || answer === 'blank' || answer === 'notApplicable') return answer;
    if (answer === 'outOfScale' || (answer === 'invalid' && r.scale.kind === 'labels')) this.options.onOutOfScale?.(r.column.index, raw);
    if (!r.told.has(answer)) this.tell(r, answer, raw, line);
    return answer;
  }

  private tell(r: RatedColumn, reason: AnswerProblem['reason'], value: string, line: number): void {
    r.told.add(reason);
    this.options.onProblem?.({ column: r.column, reason, value: value.trim(), line });
  }
}

interface DimensionState {
  /** Respondents' dimension scores on 0-100. */
  scores: Moments;
  /** The answers of respondents who answered every item, for Cronbach's alpha (unweighted). */
  items: CoMoments;
  /** Complaints only: the mean handling score of respondents who had a problem. */
  resolution: Moments;
  /** In a dimension counted by combinations of answers, the rows added; the three above then hold only the rows with an answer off its scale (see DimensionCombinations.of) and what states without counts brought. */
  counts: DimensionCounts | null;
}

/**
 * A dimension's figures: its moments and those of its counts, merged (the counts' first, so that
 * without loaded moments they are the counts' exactly); the handling score's only where there is
 * one (`handled`: a complaints dimension with its problem question).
 */
function figuresOf(state: DimensionState, handled: boolean): Omit<DimensionState, 'counts'> {
  const { counts } = state;
  if (counts === null) return state;
  return { scores: counts.scores().merge(state.scores), items: counts.items().merge(state.items), resolution: handled ? counts.resolution().merge(state.resolution) : state.resolution };
}

/**
 * Turns rows of a survey into a Report. Rows are pushed one at a time as arrays of raw strings;
 * only the rated columns and the weight are converted, and the state does not grow with the number
 * of rows. Two analyses of parts of the data merge into the analysis of the whole.
 */
export class SurveyAnalysis implements PartedAnalysis {
  /** Codes and scores the rows; shared with every emptyCopy. */
  readonly scorer: RowScorer;
  private readonly tallies: AnswerTally[];
  private readonly dimensions: DimensionState[];
  /** The multi-select columns of problem categories (role segment, dimension complaints). */
  private readonly categories: Array<{ column: ColumnModel; tally: CategoryTally }>;
  /** One per checkbox question and per ranking question of the scorer, in its order. */
  private readonly checkboxes: CheckboxTally[];
  private readonly rankings: RankingTally[];
  /** One per free-text column of the scorer, in its order. */
  private readonly comments: CommentTally[];
  /** The words of each free-text column's comments; null in an analysis that does not count them (a segment's, a period's: see AnalysisScope). */
  readonly words: CommentWordTally[] | null;
  private readonly index = new Moments();
  /**
   * Per dimension, the index without it: each respondent's mean over their other dimension scores.
   * A dimension whose items run against each other is left out of the index this way, where it is
   * the only one (see indexLeavingOut). Null once a state without them was loaded.
   */
  private indexWithout: Moments[] | null;
  private readonly drivers: CoMoments | null;
  /** One per importance pair of the scorer: the importance column's answers, and the co-moments of the pair's scores. */
  private readonly pairs: Array<{ answers: AnswerTally; paired: CoMoments }>;
  private readonly weightExcluded = Object.fromEntries(WEIGHT_EXCLUSIONS.map((r) => [r, 0])) as Record<WeightExclusion, number>;
  // Σw and Σw² of the rows used, for the weight summary.
  private weightTotal = 0;
  private weight2Total = 0;
  // Every weight added is the row's times 2^−weightExponent: near 1 for the largest weights seen, so
  // that weights of any unit (1e-300, 1e300) neither overflow nor underflow when squared and summed.
  // Only ratios of weights enter the figures. Null until a weighted row is added.
  private weightExponent: number | null = null;
  private rows = 0;
  /** What the rows coded whole have added (see ScoredRow.fast), not yet given to the accumulators; null when the scorer codes none so. */
  private readonly flat: FlatRows | null;

  /** `scope`: what the analysis keeps of the comments beyond their counts (see AnalysisScope); on its own, an analysis is the whole sample's. */
  constructor(
    private readonly model: SurveyModel,
    private readonly options: AnalysisOptions,
    scorer?: RowScorer,
    readonly scope: AnalysisScope = 'sample',
  ) {
    this.scorer = scorer ?? new RowScorer(model, options);
    this.words = scope === 'sample' ? this.scorer.comments.map(() => new CommentWordTally()) : null;
    this.tallies = this.scorer.rated.map(() => new AnswerTally());
    this.dimensions = this.scorer.dimensions.map((d) => ({ scores: new Moments(), items: new CoMoments(d.positions.length > MAX_ALPHA_ITEMS ? 0 : d.positions.length), resolution: new Moments(), counts: d.combinations === null ? null : new DimensionCounts(d.combinations, model.weight !== null) }));
    this.indexWithout = this.dimensions.map(() => new Moments());
    this.categories = model.columns.filter((c) => c.role === 'segment' && c.dimension === 'complaints').map((column) => ({ column, tally: new CategoryTally() }));
    this.checkboxes = this.scorer.checkboxes.map((q) => (q.joined ? new CheckboxTally(0, true, q.columns[0]?.joinedBy) : new CheckboxTally(q.columns.length)));
    this.rankings = this.scorer.rankings.map((q) => new RankingTally(q.layout === 'options' ? q.labels : []));
    this.comments = this.scorer.comments.map(() => new CommentTally());
    this.drivers = this.scorer.outcome < 0 || this.dimensions.length === 0 || this.dimensions.length > MAX_DRIVER_DIMENSIONS ? null : new CoMoments(this.dimensions.length + 1);
    this.pairs = this.scorer.pairs.map(() => ({ answers: new AnswerTally(), paired: new CoMoments(2) }));
    this.flat = this.scorer.answerCodes === null ? null : new FlatRows(this.tallies.length, this.dimensions.length, this.drivers === null ? 0 : this.dimensions.length + 1);
  }

  /** Reads the rows that follow as `format` says (decimal commas, negative codes, quote prefixes). */
  useFormat(format: AnswerFormat): void {
    this.scorer.useFormat(format);
  }

  /** Rows added (and not left out for their weight). */
  get respondents(): number {
    return this.rows;
  }

  /** An empty analysis of the same survey, with the same options, scoring rows with the same scorer, of scope `scope`. */
  emptyCopy(scope: AnalysisScope): SurveyAnalysis {
    return new SurveyAnalysis(this.model, this.options, this.scorer, scope);
  }

  columns(): number[] {
    return [...this.scorer.columns(), ...this.categories.map((c) => c.column.index)];
  }

  /** Adds one row of raw fields; `line` is where it starts in its file, for onProblem. */
  addRow(fields: readonly string[], line = 0): void {
    this.addScored(fields, this.scorer.score(fields, line));
  }

  partOf(): SurveyAnalysis {
    return this;
  }

  addScoredTo(part: SurveyAnalysis, fields: readonly string[], row: ScoredRow): void {
    part.addScored(fields, row);
  }

  addWords(row: ScoredRow): void {
    if (this.words !== null && row.excluded === null) addCommentWords(this.words, row);
  }

  /** The codes that stand for no answer in column `index` (see noAnswerCodes). */
  noAnswerCodes(index: number): ReadonlySet<string> {
    return noAnswerCodes(this.model.columns[index] ?? {}, this.model.vocabulary);
  }

  /** The answers each side needs for a figure to be tested (--min-base): in comment themes' impact, and in the periods' changes; and the respondents key drivers need for their readings. */
  get minBase(): number {
    return (this.options.tests ?? DEFAULT_IMPACT_TESTING).minBase;
  }

  /** Whether the survey weighs its rows (a weight column). */
  get weighted(): boolean {
    return this.model.weight !== null;
  }

  /**
   * Adds a row to the impact of comment themes only (see ThemeImpact), with `weight` in this
   * analysis' unit: from addScored, and from PeriodAnalysis for a row of a survey without weights
   * (weight 1, none left out for its weight) whose rest goes into a cell that keeps no impact. Only
   * for an analysis that keeps the impact (a scope other than `group`).
   */
  addImpact(row: ScoredRow, weight: number): void {
    // Without weights every row weighs 1, and the impact's sums stay whole numbers: see ThemeImpact.addOne.
    const one = weight === 1 && this.model.weight === null;
    for (let c = 0; c < this.comments.length; c++) {
      const { impact } = this.comments[c] as CommentTally;
      const { themes } = row.commentReadings[c] as CommentReading;
      if (one) impact.addOne(themes, row.csatTop, row.npsGroup, row.index);
      else impact.add(themes, row.csatTop, row.npsGroup, row.index, weight);
    }
  }

  /** Adds a row the scorer has scored, with its raw fields. */
  addScored(fields: readonly string[], row: ScoredRow): void {
    if (row.fast) {
      this.addWhole(fields, row, this.flat as FlatRows);
      return;
    }
    this.flush();
    if (row.excluded !== null) {
      this.weightExcluded[row.excluded] += 1;
      return;
    }
    const weight = this.model.weight === null ? row.weight : this.relativeWeight(row.weight);
    this.rows += 1;
    if (this.model.weight !== null) {
      this.weightTotal += weight;
      this.weight2Total += weight * weight;
    }
    const { tallies, dimensions } = this;
    for (let i = 0; i < tallies.length; i++) (tallies[i] as AnswerTally).add(row.coded[i] as CodedAnswer, weight);
    for (const { column, tally } of this.categories) tally.add(fields[column.index] ?? '', weight);
    for (let d = 0; d < dimensions.length; d++) {
      const score = row.scores[d] as number;
      if (Number.isNaN(score)) continue;
      const dimension = dimensions[d] as DimensionState;
      const combination = row.combinations[d] as number;
      if (combination >= 0) {
        const counts = dimension.counts as DimensionCounts;
        if (weight > 0) counts.add(combination, weight);
        // A weight that rounds to 0 in this analysis' unit (2^1074 times below the largest): the row
        // counts in alpha, which is unweighted, and in no moment, as Moments.add leaves it out.
        else counts.combinations.addAnswers(combination, dimension.items);
        continue;
      }
      const resolution = row.resolutions[d] as number;
      if (!Number.isNaN(resolution)) dimension.resolution.add(resolution, weight);
      if (row.complete[d] === 1) dimension.items.add(row.answers[d] as Float64Array);
      dimension.scores.add(score, weight);
    }
    if (!Number.isNaN(row.index)) this.index.add(row.index, weight);
    if (this.indexWithout !== null) {
      for (let d = 0; d < this.indexWithout.length; d++) {
        const without = row.indexWithout[d] as number;
        if (!Number.isNaN(without)) (this.indexWithout[d] as Moments).add(without, weight);
      }
    }
    if (this.drivers !== null && row.drivers !== null) this.drivers.add(row.drivers, weight);
    for (let q = 0; q < this.checkboxes.length; q++) {
      const tally = this.checkboxes[q] as CheckboxTally;
      if (tally.parts !== null) tally.addJoined(row.joinedCells[q] as string, weight);
      else tally.add(row.ticks[q] as Uint8Array, weight);
    }
    for (let q = 0; q < this.rankings.length; q++) {
      const tally = this.rankings[q] as RankingTally;
      if (this.scorer.rankings[q]?.layout === 'options') tally.addRanks(row.ranks[q] as Float64Array, weight);
      else tally.addNamed(row.namedKeys[q] as string[], row.namedTexts[q] as string[], weight);
    }
    for (let p = 0; p < this.pairs.length; p++) {
      const pair = this.pairs[p] as { answers: AnswerTally; paired: CoMoments };
      pair.answers.add(row.importance[p] as CodedAnswer, weight);
      if (!Number.isNaN(row.pairScores[2 * p] as number)) pair.paired.add(row.pairScores.subarray(2 * p, 2 * p + 2), weight);
    }
    this.addComments(row, weight);
  }

  /**
   * Adds a row coded whole (see ScoredRow.fast), of weight 1: its answers counted and its index and
   * drivers added flat, its dimensions by combination; what addScored adds, to the same bits once
   * flushed (see FlatRows).
   */
  private addWhole(fields: readonly string[], row: ScoredRow, flat: FlatRows): void {
    flat.begin(this.index, this.indexWithout, this.drivers);
    this.rows += 1;
    flat.count(row.codes);
    for (const { column, tally } of this.categories) tally.add(fields[column.index] ?? '', 1);
    const { dimensions } = this;
    for (let d = 0; d < dimensions.length; d++) {
      if (Number.isNaN(row.scores[d] as number)) continue;
      ((dimensions[d] as DimensionState).counts as DimensionCounts).add(row.combinations[d] as number, 1);
    }
    flat.addIndex(row.index, this.indexWithout === null ? null : row.indexWithout);
    if (this.drivers !== null && row.drivers !== null) flat.addDrivers(row.drivers);
    this.addComments(row, 1);
  }

  /** Adds a row's free-text cells: its comments, the impact of their themes and their words, as the analysis' scope keeps them. */
  private addComments(row: ScoredRow, weight: number): void {
    for (let c = 0; c < this.comments.length; c++) {
      const tally = this.comments[c] as CommentTally;
      const code = row.commentCodes[c] as number;
      const reading = row.commentReadings[c] as CommentReading;
      if (code === COMMENT) tally.addComment(reading, row.commentTones[c] as number, row.commentTonesFromRatings[c] === 1, weight);
      else tally.addExcluded(code);
    }
    if (this.scope !== 'group') this.addImpact(row, weight);
    if (this.words !== null) addCommentWords(this.words, row);
  }

  /** Gives what the rows coded whole added to the accumulators (see FlatRows): before anything reads them or adds to them otherwise. */
  private flush(): void {
    this.flat?.flush(this.tallies, this.index, this.indexWithout, this.drivers);
  }

  /** A row's weight relative to 2^weightExponent, set by the first weight and raised (the sums rescaled) when a far larger one comes. */
  private relativeWeight(weight: number): number {
    const exponent = binaryExponent(weight);
    // Raised only by a weight 2^64 times the largest so far: then the sums are brought to its unit.
    if (this.weightExponent === null) this.weightExponent = exponent;
    else if (exponent > this.weightExponent + 64) this.raiseWeightExponent(exponent);
    return timesPowerOfTwo(weight, -this.weightExponent);
  }

  /** Brings every weighted sum to the unit 2^exponent (above the current one): the figures stay. */
  private raiseWeightExponent(exponent: number): void {
    const factor = timesPowerOfTwo(1, (this.weightExponent ?? exponent) - exponent);
    this.weightExponent = exponent;
    for (const tally of this.tallies) tally.scaleWeights(factor);
    for (const d of this.dimensions) {
      // Alpha's co-moments are unweighted.
      d.scores.scaleWeights(factor);
      d.resolution.scaleWeights(factor);
      d.counts?.scaleWeights(factor);
    }
    for (const { tally } of this.categories) tally.scaleWeights(factor);
    for (const tally of this.checkboxes) tally.scaleWeights(factor);
    for (const tally of this.rankings) tally.scaleWeights(factor);
    for (const tally of this.comments) tally.scaleWeights(factor);
    this.index.scaleWeights(factor);
    for (const moments of this.indexWithout ?? []) moments.scaleWeights(factor);
    this.drivers?.scaleWeights(factor);
    for (const pair of this.pairs) {
      pair.answers.scaleWeights(factor);
      pair.paired.scaleWeights(factor);
    }
    this.weightTotal *= factor;
    this.weight2Total *= factor * factor;
  }

  clear(): void {
    this.scorer.clear();
    this.clearRows();
  }

  /** Forgets every row, as clear() does, but leaves the scorer, shared with the other analyses, as it is. */
  clearRows(): void {
    this.flat?.clear();
    for (const tally of this.tallies) tally.clear();
    for (const d of this.dimensions) {
      d.scores.clear();
      d.items.clear();
      d.resolution.clear();
      d.counts?.clear();
    }
    for (const { tally } of this.categories) tally.clear();
    for (const tally of this.checkboxes) tally.clear();
    for (const tally of this.rankings) tally.clear();
    for (const tally of this.comments) tally.clear();
    for (const tally of this.words ?? []) tally.clear();
    this.index.clear();
    this.indexWithout = this.dimensions.map(() => new Moments());
    this.drivers?.clear();
    for (const pair of this.pairs) {
      pair.answers.clear();
      pair.paired.clear();
    }
    for (const reason of WEIGHT_EXCLUSIONS) this.weightExcluded[reason] = 0;
    this.weightTotal = 0;
    this.weight2Total = 0;
    this.weightExponent = null;
    this.rows = 0;
  }

  save(): SurveyState {
    this.flush();
    return {
      kind: 'survey',
      rows: this.rows,
      weightTotal: this.weightTotal,
      weight2Total: this.weight2Total,
      weightExponent: this.weightExponent,
      weightExcluded: { ...this.weightExcluded },
      rated: this.tallies.map((t) => t.save()),
      dimensions: this.dimensions.map((d) => ({ scores: d.scores.save(), items: d.items.save(), resolution: d.resolution.save(), ...(d.counts === null ? {} : { counts: d.counts.save() }) })),
      categories: this.categories.map((c) => c.tally.save()),
      checkboxes: this.checkboxes.map((t) => t.save()),
      rankings: this.rankings.map((t) => t.save()),
      comments: this.comments.map((t) => t.save()),
      ...(this.words === null ? {} : { words: this.words.map((t) => t.save()) }),
      index: this.index.save(),
      ...(this.indexWithout === null ? {} : { indexWithout: this.indexWithout.map((m) => m.save()) }),
      drivers: this.drivers === null ? null : this.drivers.save(),
      importance: this.pairs.map((p) => ({ answers: p.answers.save(), paired: p.paired.save() })),
    };
  }

  load(saved: AnalysisState): void {
    this.flush();
    let state = stateOf(saved, 'survey');
    // The state's weights and ours are brought to one unit, the larger, before they are added.
    const theirs = state.weightExponent ?? (state.rows > 0 && this.model.weight !== null ? 0 : null);
    if (theirs !== null && this.weightExponent === null && this.rows === 0) this.weightExponent = theirs;
    else if (theirs !== null && theirs !== this.weightExponent) {
      if (this.weightExponent === null || theirs > this.weightExponent) this.raiseWeightExponent(theirs);
      const own = this.weightExponent as number;
      if (theirs < own) {
        const scaled = this.emptyCopy(this.scope);
        scaled.load(state);
        scaled.raiseWeightExponent(own);
        state = scaled.save();
      }
    }
    const checkboxes = state.checkboxes ?? [];
    const rankings = state.rankings ?? [];
    const pairs = state.importance ?? [];
    const comments = state.comments ?? [];
    if (comments.length !== this.comments.length) throw new Error('the state is of a survey with other comment columns');
    if (state.words !== undefined && (this.words === null || state.words.length !== this.words.length)) throw new Error(this.words === null ? 'the state counts the words of comments, which this analysis does not' : 'the state is of a survey with other comment columns');
    if (pairs.length !== this.pairs.length) throw new Error('the state is of a survey with other importance columns');
    if (state.rated.length !== this.tallies.length || state.dimensions.length !== this.dimensions.length || state.categories.length !== this.categories.length || checkboxes.length !== this.checkboxes.length || rankings.length !== this.rankings.length) throw new Error('the state is of a survey with other columns');
    this.tallies.forEach((t, i) => t.load(state.rated[i] as AnswerTallyState));
    this.dimensions.forEach((d, i) => {
      const theirs = state.dimensions[i] as SurveyState['dimensions'][number];
      d.scores.load(theirs.scores);
      d.items.load(theirs.items);
      d.resolution.load(theirs.resolution);
      if (theirs.counts !== undefined) {
        if (d.counts === null) throw new Error('the state counts a dimension by combinations of answers that this survey has too many of: a survey with other columns');
        d.counts.load(theirs.counts);
      }
    });
    this.categories.forEach((c, i) => c.tally.load(state.categories[i] as CategoryTallyState));
    this.checkboxes.forEach((t, i) => t.load(checkboxes[i] as CheckboxTallyState));
    this.rankings.forEach((t, i) => t.load(rankings[i] as RankingTallyState));
    this.comments.forEach((t, i) => t.load(comments[i] as CommentTallyState, this.scope !== 'group'));
    if (state.words !== undefined) this.words?.forEach((t, i) => t.load(state.words?.[i] as CommentWordsState));
    this.index.load(state.index);
    if (state.indexWithout === undefined || state.indexWithout.length !== this.dimensions.length) this.indexWithout = null;
    else this.indexWithout?.forEach((m, d) => m.load(state.indexWithout?.[d] as MomentsState));
    if (this.drivers !== null && state.drivers !== null) this.drivers.load(state.drivers);
    this.pairs.forEach((p, i) => {
      const theirs = pairs[i] as { answers: AnswerTallyState; paired: CoMomentsState };
      p.answers.load(theirs.answers);
      p.paired.load(theirs.paired);
    });
    for (const reason of WEIGHT_EXCLUSIONS) this.weightExcluded[reason] += state.weightExcluded[reason];
    this.weightTotal += state.weightTotal;
    this.weight2Total += state.weight2Total;
    this.rows += state.rows;
  }

  /**
   * Adds what another analysis of the same survey has seen (a shard of the data, a segment, a
   * cell): as load(other.save()), to the last bit, accumulator by accumulator, without making the
   * state, which cost more than the adding (the merges of a report: segments, periods, the rests
   * of segments). Where the two weigh rows in different units (see relativeWeight), through the
   * state, which brings them to one.
   */
  merge(other: SurveyAnalysis): this {
    if (other.model !== this.model) throw new Error('an analysis of another survey cannot be merged into this one');
    this.flush();
    other.flush();
    const theirs = other.weightExponent;
    const sameUnit = theirs === null ? other.rows === 0 || this.model.weight === null : theirs === this.weightExponent || (this.weightExponent === null && this.rows === 0);
    if (!sameUnit) {
      this.load(other.save());
      return this;
    }
    if (theirs !== null) this.weightExponent = theirs;
    const words = other.words;
    if (words !== null && this.words === null) throw new Error('the analysis merged counts the words of comments, which this one does not');
    this.tallies.forEach((t, i) => t.merge(other.tallies[i] as AnswerTally));
    this.dimensions.forEach((d, i) => {
      const theirs = other.dimensions[i] as DimensionState;
      d.scores.merge(theirs.scores);
      d.items.merge(theirs.items);
      d.resolution.merge(theirs.resolution);
      if (d.counts !== null && theirs.counts !== null) d.counts.merge(theirs.counts);
    });
    // Tallies seldom there, and small: through their states.
    this.categories.forEach((c, i) => c.tally.merge((other.categories[i] as { tally: CategoryTally }).tally));
    this.checkboxes.forEach((t, i) => t.load((other.checkboxes[i] as CheckboxTally).save()));
    this.rankings.forEach((t, i) => t.merge(other.rankings[i] as RankingTally));
    this.comments.forEach((t, i) => t.merge(other.comments[i] as CommentTally, this.scope !== 'group'));
    if (words !== null) this.words?.forEach((t, i) => t.load((words[i] as CommentWordTally).save()));
    this.index.merge(other.index);
    if (this.indexWithout !== null && other.indexWithout !== null) this.indexWithout.forEach((m, d) => m.merge(other.indexWithout?.[d] as Moments));
    else this.indexWithout = null;
    if (this.drivers !== null && other.drivers !== null) this.drivers.merge(other.drivers);
    this.pairs.forEach((p, i) => {
      const theirs = other.pairs[i] as { answers: AnswerTally; paired: CoMoments };
      p.answers.merge(theirs.answers);
      p.paired.merge(theirs.paired);
    });
    for (const reason of WEIGHT_EXCLUSIONS) this.weightExcluded[reason] += other.weightExcluded[reason];
    this.weightTotal += other.weightTotal;
    this.weight2Total += other.weight2Total;
    this.rows += other.rows;
    return this;
  }

  /**
   * `whole`: the report of the whole sample, where this analysis is one of its segments or periods
   * (or the rest of the sample against one): whether the index leaves a dimension out is decided
   * once, on the whole sample's alphas, so that every index of a report is the same measure.
   */
  report(files: InputFile[], whole?: Pick<Report, 'dimensions'>): Report {
    this.flush();
    const level = this.options.confidenceLevel;
    const { model } = this;
    const { rated } = this.scorer;
    const positionOf = (index: number | null) => (index === null ? -1 : rated.findIndex((r) => r.column.index === index));
    const items = rated.map((r, i) => summarizeItem(r.column, tallyOf(this.tallies, i), level));
    // csat and ces are the items of those columns, not summaries made a second time.
    const itemOf = (index: number | null) => items[positionOf(index)] ?? null;
    const dimensions: Record<string, DimensionSummary> = {};
    model.dimensions.forEach((dimension, i) => {
      const { positions, problem } = this.scorer.dimensions[i] as DimensionItems;
      const state = figuresOf(this.dimensions[i] as DimensionState, problem >= 0);
      dimensions[dimension.id] = summarizeDimension({ dimension, columns: positions.map((p) => (rated[p] as RatedColumn).column), tallies: positions.map((p) => tallyOf(this.tallies, p)), scores: state.scores, items: state.items, resolution: problem >= 0 ? state.resolution : null, categories: dimension.id === 'complaints' ? this.categories.map((c) => ({ column: c.column.name, tally: c.tally })) : [] }, level);
    });
    const complaints = dimensions.complaints;
    if (complaints !== undefined && complaints.nullReasons.resolution === NO_HANDLING_QUESTION) complaints.nullReasons.resolution = handlingLeftOut(model.columns) ?? NO_HANDLING_QUESTION;
    const nullReasons: Record<string, string> = {};
    const npsPosition = positionOf(model.nps);
    const npsColumn = rated[npsPosition];
    const nps = npsColumn === undefined ? null : summarizeNps(npsColumn.column, tallyOf(this.tallies, npsPosition), level);
    if (model.csat === null) nullReasons.csat = unscoredHeadline(model.columns, 'csat') ?? heldForAudience(model, 'csat') ?? onWeakEvidence(model.columns, 'csat') ?? overallItemsReason(model.columns) ?? 'no overall satisfaction question found (name one with --map csat=<column>)';
    if (model.ces === null) nullReasons.ces = unscoredHeadline(model.columns, 'ces') ?? heldForAudience(model, 'ces') ?? onWeakEvidence(model.columns, 'ces') ?? easeItemReason(model.columns) ?? 'no effort question found (name one with --map ces=<column>)';
    if (nps === null) nullReasons.nps = npsColumn === undefined ? (unscoredHeadline(model.columns, 'nps') ?? onWeakEvidence(model.columns, 'nps') ?? blankRecommendReason(model.columns, files) ?? 'no recommend question found (name one with --map nps=<column>)') : 'the recommend question has no valid 0-10 answer';
    // An index of one dimension is that dimension's score under another name: a report that found
    // one dimension (a lone pricing item in a conference survey) would headline it as the overall index.
    const oneDimension = model.dimensions.length === 1 ? (model.dimensions[0]?.id ?? null) : null;
    const part = model.dimensions.length > 1 ? partOfSurvey(rated.map((r) => r.column)) : null;
    // Nor a dimension whose items run against each other: its score is a guess at a direction. One
    // such dimension is left out, the index made of the others, where two or more of them stand;
    // a segment's or period's index leaves out what the whole sample's does, not what its own alphas say.
    const leaving = oneDimension === null && part === null ? indexLeavingOut(whole?.dimensions ?? dimensions, this.indexWithout !== null) : null;
    const mixed = typeof leaving === 'string' ? leaving : null;
    const without = leaving === null || typeof leaving === 'string' ? null : (this.indexWithout?.[model.dimensions.findIndex((d) => d.id === leaving.id)] ?? null);
    const kept = without === null ? null : summarizeIndex(without, level, [(leaving as { id: string }).id]);
    const index = oneDimension !== null || part !== null || mixed !== null ? null : without === null ? summarizeIndex(this.index, level) : kept;
    if (oneDimension !== null) nullReasons.index = oneDimensionReason(oneDimension);
    else if (part !== null) nullReasons.index = part;
    else if (mixed !== null) nullReasons.index = mixed;
    else if (index === null) nullReasons.index = model.dimensions.length === 0 ? NO_DIMENSION : 'no respondent has a dimension score';
    const leftOut = index === null ? null : leftOutOfIndex(rated.map((r) => r.column));
    const outcome = rated[this.scorer.outcome];
    const drivers =
      model.dimensions.length > MAX_DRIVER_DIMENSIONS
        ? `more than ${MAX_DRIVER_DIMENSIONS} dimensions: drivers are not computed`
        : model.dimensions.length === 0
          ? NO_DIMENSION
          : this.drivers === null || outcome === undefined
            ? 'no outcome (overall satisfaction or recommend question)'
            : summarizeDrivers(this.drivers, model.dimensions.map((d) => d.id), outcome.column.name, dimensions, this.minBase, significanceLevel(this.options.confidenceLevel), outcome.scale.reversed);
    if (typeof drivers === 'string') nullReasons.drivers = drivers;
    const importance = summarizeImportance(
      this.scorer.pairs.map((p, i) => {
        const satisfaction = (rated[p.satisfaction] as RatedColumn).column;
        const figures = this.pairs[i] as { answers: AnswerTally; paired: CoMoments };
        return { importanceColumn: p.importance.column.name, satisfactionColumn: satisfaction.name, dimension: satisfaction.dimension, pairedBy: p.by, paired: figures.paired, missing: figures.answers.missing };
      }),
      typeof drivers === 'string' ? null : drivers,
      level,
    );
    if (importance === null) nullReasons.importance = model.columns.some((c) => c.role === 'importance') ? 'no importance column is paired with a satisfaction item (pair one with "importanceOf" in satisfy.config.json)' : 'no importance question found';
    const { comments } = this.scorer;
    if (comments.length === 0) nullReasons.comments = 'no comment column found (give one the role "comment" in satisfy.config.json)';
    const base: [number, number, number] = model.weight === null ? [this.rows, this.rows, this.rows] : [this.rows, this.weightTotal, this.weight2Total];
    const report: Omit<Report, 'checks' | 'notes' | 'nullReasons' | 'segmentation' | 'segments' | 'dateWindow' | 'periodization' | 'periods' | 'comparison'> = {
      schemaVersion: SCHEMA_VERSION,
      respondents: this.rows,
      weight: this.weightSummary(),
      method: describeMethod(level),
      input: { files, ...(model.surveyFile === undefined ? {} : { survey: model.surveyFile }) },
      ...(model.language === undefined ? {} : { language: model.language }),
      ...(model.audience === undefined ? {} : { audience: model.audience }),
      columns: model.columns.map((c) => ({ name: c.name, question: c.question, role: c.role, dimension: c.dimension, scale: c.scale, evidence: c.evidence, confidence: c.confidence ?? 'high', suggestion: c.suggestion ?? null, ...unscoredEntry(c), partOf: c.partOf ?? null, missingCodes: c.missing ?? [], unmapped: c.unmapped, ...(c.aliases === undefined || Object.keys(c.aliases).length === 0 ? {} : { aliases: c.aliases }), ...(c.role === 'attention' && c.expected !== undefined ? { expected: c.expected } : {}), ...(c.role === 'option' && c.joined === true ? { joined: true as const } : {}), ...(c.role === 'importance' ? { importanceOf: c.importanceOf === undefined || c.importanceOf === null ? null : (model.columns[c.importanceOf.column]?.name ?? null) } : {}) })),
      items,
      missing: sumMissing(this.tallies),
      dimensions,
      csat: itemOf(model.csat),
      ces: itemOf(model.ces),
      nps,
      index,
      drivers: typeof drivers === 'string' ? null : drivers,
      importance,
      choices: this.scorer.checkboxes.map((q, i) => summarizeCheckbox(q, this.checkboxes[i] as CheckboxTally, level)),
      rankings: this.scorer.rankings.map((q, i) => summarizeRanking(q, this.rankings[i] as RankingTally, level)),
      comments: comments.length === 0 ? null : { columns: this.summarizeComments(base, level) },
    };
    const narrowed = typeof drivers === 'string' || outcome === undefined ? [] : narrowDrivers(drivers, tallyOf(this.tallies, this.scorer.outcome).values.where(() => true).count, dimensions);
    if (this.rows === 0) nobodyReasons([nullReasons, ...items.map((i) => i.nullReasons), ...Object.values(dimensions).map((d) => d.nullReasons), importance?.nullReasons ?? {}], files.every((f) => f.rows === 0) ? nullReasons : {});
    return { ...report, segmentation: null, segments: [], dateWindow: null, periodization: null, periods: [], comparison: null, checks: [], notes: [...headerLineNotes(files), ...testsKeptNotes(files), ...unscoredAnswerNotes(files), ...this.notes(), ...unreadLanguageNotes(report.comments), ...(leftOut === null ? [] : [leftOut]), ...negativeAlphaNotes(dimensions), ...leftOutOfIndexNotes(index, dimensions), ...narrowed], nullReasons };
  }

  /** The free-text columns; in the whole sample's analysis, with the impact of their themes tested as one family. */
  private summarizeComments(base: [number, number, number], level: number): CommentColumnSummary[] {
    const { minBase, adjust } = this.options.tests ?? DEFAULT_IMPACT_TESTING;
    // The themes of comment columns alone make the family: an "Other (please specify)" text has none (see summarizeComments).
    const impact = this.scope !== 'sample' ? null : settleImpact(
      this.comments.map((tally, i) => (this.scorer.comments[i]?.kind === 'other' ? [] : tally.impact.differences(level, minBase, this.model.dimensions.length !== 1))),
      adjust,
      level,
    );
    return this.scorer.comments.map((free, i) => ({
      ...summarizeComments(free, this.comments[i] as CommentTally, base, level, (impact?.[i] as ThemeImpactSummary[] | undefined) ?? null, themesRead(this.model.audience?.audience)),
      ...(this.words === null || free.kind === 'other' ? {} : { words: summarizeCommentWords(this.words[i] as CommentWordTally, level) }),
    }));
  }

  private weightSummary(): Report['weight'] {
    const index = this.model.weight;
    if (index === null) return null;
    const sum = timesPowerOfTwo(this.weightTotal, this.weightExponent ?? 0);
    return { column: this.model.columns[index]?.name ?? '', sum: Number.isFinite(sum) ? sum : null, effectiveN: effectiveN(this.weightTotal, this.weight2Total), excluded: { ...this.weightExcluded } };
  }

  private notes(): string[] {
    const notes: string[] = [];
    const { model } = this;
    const foreign = languageWithoutLexicon(model.language?.language ?? null);
    if (foreign !== null) {
      notes.push(`the survey is in ${foreign}, a language satisfy has no keywords for: its columns were read from their values and English keywords, what the other languages' keywords suggest is left out of the headlines; check the columns with satisfy inspect and name them with --map or in satisfy.config.json`);
    }
    if (model.weight === null) {
      const weightLike = model.columns.find((c) => c.role === 'weight');
      if (weightLike !== undefined) notes.push(unappliedWeightNote(weightLike.name));
    }
    for (const column of model.columns) if ((column.role === 'unknown' || column.role === 'segment') && column.undecided !== undefined) notes.push(`column "${column.name}" is not scored: ${column.undecided}`);
    const effortNote = unknownEffortDirection(model);
    if (effortNote !== null) notes.push(effortNote);
    for (const [i, { column }] of this.scorer.rated.entries()) {
      const { outOfScale, notInteger, invalid } = tallyOf(this.tallies, i).missing;
      const bad = outOfScale + notInteger + invalid;
      if (bad > 0) notes.push(`column "${column.name}": ${bad} answers excluded as not on its ${column.scale?.min}-${column.scale?.max} scale (out of scale ${outOfScale}, not an integer ${notInteger}, unrecognised ${invalid})`);
    }
    // A question whose answers partly fit no scale, or whose values are a quantity's, is not scored: the figures go without it.
    for (const column of model.columns) {
      const unscored = unscoredAs(column);
      if (unscored === null) continue;
      const headline = unscored.as !== 'item' && model[unscored.as] === null;
      const what = headline ? `the ${HEADLINE_QUESTIONS[unscored.as as keyof typeof HEADLINE_QUESTIONS]} question "${column.name}"` : `column "${column.name}"`;
      const without = unscored.dimension === null ? '' : model.dimensions.some((d) => d.id === unscored.dimension) ? ` (${unscored.dimension} is scored without it)` : ` (so ${unscored.dimension} has no score)`;
      notes.push(`${what} is not scored${without}: ${unscoredWhy(column, unscored)}`);
    }
    // What the export does not say of a column: the order detection took for a yes/no question's codes, codes without their text.
    for (const column of model.columns) if (column.note !== undefined && column.role !== 'ignored' && column.role !== 'unknown') notes.push(`column "${column.name}": ${column.note}`);
    // A reading on weak evidence is shown but left out of the headlines until it is confirmed.
    for (const column of model.columns) {
      const doubt = doubtOf(column);
      if (doubt?.kind === 'scale') notes.push(`column "${column.name}": ${doubt.guessed}`);
      if (doubt?.kind === 'suggestion' && column.forCustomers !== true) notes.push(`column "${column.name}" may be ${doubt.as}, but the evidence is weak: left out of the headlines; confirm with ${doubt.confirm} or in satisfy.config.json (satisfy init writes one)`);
    }
    const audience = audienceNote(model);
    if (audience !== null) notes.push(audience);
    this.scorer.pairs.forEach(({ importance: { column } }, i) => {
      const { outOfScale, notInteger, invalid } = (this.pairs[i] as { answers: AnswerTally }).answers.missing;
      const bad = outOfScale + notInteger + invalid;
      if (bad > 0) notes.push(`column "${column.name}": ${bad} answers excluded as not on its ${column.scale?.min}-${column.scale?.max} scale (out of scale ${outOfScale}, not an integer ${notInteger}, unrecognised ${invalid})`);
    });
    for (const column of model.columns) {
      if (column.role === 'importance' && column.importanceOf === null) notes.push(`column "${column.name}" rates importance, but no satisfaction item shares its subject: not compared (pair it with "importanceOf" in satisfy.config.json)`);
    }
    this.scorer.rankings.forEach((q, i) => {
      const tally = this.rankings[i] as RankingTally;
      const { invalid } = tally.figures;
      if (invalid > 0) notes.push(`ranking "${q.question}": ${invalid} answer${invalid === 1 ? '' : 's'} that ${invalid === 1 ? 'is' : 'are'} no rank from 1 to ${q.columns.length} left out`);
      const pooled = tally.shown().at(-1)?.pooled;
      if (pooled !== undefined) notes.push(`ranking "${q.question}": ${tally.overflowed ? `more than ${MAX_OPTIONS.toLocaleString('en-US')}` : OPTIONS_SHOWN + pooled} options named; the ${OPTIONS_SHOWN} ranked by most respondents are shown, the others pooled as "Other", whose n counts their rankings`);
      if (tally.overflowed) notes.push(`ranking "${q.question}": past the first ${MAX_OPTIONS.toLocaleString('en-US')} options named (free text rather than options?), further ones were pooled as they came: which options are counted one by one depends on the order of the rows`);
    });
    for (const { column, tally } of this.categories) {
      const pooled = tally.shown().at(-1)?.pooled;
      if (pooled !== undefined) notes.push(`column "${column.name}": ${tally.overflowed ? `more than ${MAX_CATEGORIES.toLocaleString('en-US')}` : CATEGORIES_SHOWN + pooled} problem categories; the ${CATEGORIES_SHOWN} most chosen are shown, the others pooled as "Other", whose count is of their choices`);
      if (tally.overflowed) notes.push(`column "${column.name}": past the first ${MAX_CATEGORIES.toLocaleString('en-US')} problem categories (free text rather than categories?), further ones were pooled as they came: which categories are counted one by one depends on the order of the rows`);
    }
    const excluded = WEIGHT_EXCLUSIONS.filter((r) => this.weightExcluded[r] > 0).map((r) => `${this.weightExcluded[r]} ${r}`);
    if (excluded.length > 0) notes.push(`rows left out for their weight: ${excluded.join(', ')}`);
    return notes;
  }
}

/** Adds the comments of a scored row to the word tallies of its free-text columns, as a detractor's, a promoter's or neither's (see CommentWordTally). */
export function addCommentWords(tallies: readonly CommentWordTally[], row: ScoredRow): void {
  for (let c = 0; c < tallies.length; c++) {
    if (row.commentCodes[c] !== COMMENT) continue;
    (tallies[c] as CommentWordTally).add(row.commentReadings[c] as CommentReading, sideOf(row, c));
  }
}

/** Whose comment a row's is, for its words: told by the respondent's ratings only (see RowScorer.readRatings). */
function sideOf(row: ScoredRow, c: number): Side {
  if (row.commentTonesFromRatings[c] !== 1) return NEITHER;
  const tone = row.commentTones[c];
  return tone === CRITICISM ? DETRACTOR : tone === PRAISE ? PROMOTER : NEITHER;
}

/**
 * Empty analyses of a survey for the segments or periods of a piece: those of the piece before,
 * cleared (see RowAnalysis.clear), or new copies of the template when none is left.
 */
export class SpareAnalyses {
  private readonly spare: SurveyAnalysis[] = [];

  constructor(
    private readonly template: SurveyAnalysis,
    private readonly scope: AnalysisScope,
  ) {}

  take(): SurveyAnalysis {
    return this.spare.pop() ?? this.template.emptyCopy(this.scope);
  }

  /** Clears these analyses and keeps them for take(). */
  giveBack(analyses: Iterable<SurveyAnalysis>): void {
    for (const analysis of analyses) {
      analysis.clear();
      this.spare.push(analysis);
    }
  }
}

function tallyOf(tallies: readonly AnswerTally[], position: number): AnswerTally {
  return tallies[position] as AnswerTally;
}

const HEADLINE_QUESTIONS = { csat: 'overall satisfaction', nps: 'recommend', ces: 'effort' } as const;

/**
 * What a column left unscored for answers that fit no scale was asked to be (see
 * ColumnModel.unscored), or null: an `unknown` column partly answered in labels of no scale, a
 * `segment` whose header asks for a rating answered in labels of none, or an `ignored` one whose
 * header asks for a rating answered in values of a quantity. A column the config or a flag has
 * given a role since is not.
 */
function unscoredAs(column: ColumnModel): NonNullable<ColumnModel['unscored']> | null {
  if (column.unscored === undefined) return null;
  if (column.role === 'ignored') return column.unscored.quantity === undefined ? null : column.unscored;
  return (column.role === 'unknown' || column.role === 'segment') && column.unmapped.length > 0 ? column.unscored : null;
}

/**
 * Why a column left unscored is, and what scores it: its answers that no scale places, or the values
 * that made it a quantity ("values run 1..11, beyond any rating scale").
 */
function unscoredWhy(column: ColumnModel, unscored: NonNullable<ColumnModel['unscored']>): string {
  if (unscored.quantity === undefined) return `${unmappedAnswers(column)}; map its labels in satisfy.config.json`;
  return `${unscored.quantity}, read as a quantity; if it is a rating, give its scale in satisfy.config.json (and any code of no answer with --missing)`;
}

/**
 * `"Weder leicht noch schwierig" (32 answers) cannot be placed on a scale satisfy knows`: the
 * answers that kept a column from being scored (no label of the set the others fit, or two labels
 * of one point of it).
 */
function unmappedAnswers(column: ColumnModel): string {
  const shown = column.unmapped.slice(0, 3).map((u) => `${JSON.stringify(u.label)} (${u.count} answer${u.count === 1 ? '' : 's'})`);
  const more = column.unmapped.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''} cannot be placed on a scale satisfy knows`;
}

/** `{ unscored }` for a column's report where it was left unscored (see unscoredAs), else nothing. */
function unscoredEntry(column: ColumnModel): { unscored?: NonNullable<ColumnModel['unscored']> } {
  const unscored = unscoredAs(column);
  return unscored === null ? {} : { unscored };
}

/**
 * That the effort question does not say which end is easy ("effort_score", "CES (1-7)": a metric's
 * name; "How easy or difficult was it …?" in numbers): its CES line gives the top box as "top-2", no
 * share of low effort, and the config's labels of its ends say which way it runs. The answers alone
 * turn nothing round. Null where the direction is known, or on a yes/no.
 */
function unknownEffortDirection(model: SurveyModel): string | null {
  const column = model.columns.find((c) => c.role === 'ces');
  const scale = column?.scale;
  if (column === undefined || scale === null || scale === undefined || scale.kind === 'binary' || column.effortDirection !== null) return null;
  const ends = JSON.stringify({ columns: { [column.name]: { scale: { kind: scale.kind, min: scale.min, max: scale.max, labels: { [scale.min]: 'Very difficult', [scale.max]: 'Very easy' } } } } });
  return `the effort question "${column.name}" does not say which end is easy (see its evidence): the CES line gives its top box (top-2), not a share of low effort; to read it, name its ends in satisfy.config.json (${ends}, or the other way round)`;
}

/**
 * Why a headline is null whose question detection found on weak evidence (a week of a respondent or
 * two, answers too few to show a scale) and left out of the headlines until confirmed: it names
 * the question, as the notes do, rather than say that none was found. Null when none was.
 */
function onWeakEvidence(columns: readonly ColumnModel[], role: 'csat' | 'nps' | 'ces'): string | null {
  const column = columns.find((c) => c.forCustomers !== true && c.suggestion?.role === role && c.suggestion.dimension === null);
  if (column === undefined) return null;
  return `"${column.name}" may be the ${HEADLINE_QUESTIONS[role]} question, but the evidence is weak (see its evidence): left out of the headlines; confirm with --map ${role}=${JSON.stringify(column.name)}`;
}

/** Why a headline is null on a survey of employees (or of patients' health) whose question detection found and held back, or null when none was. */
function heldForAudience(model: SurveyModel, role: 'csat' | 'ces'): string | null {
  const audience = model.audience?.audience;
  const column = model.columns.find((c) => c.forCustomers === true && c.suggestion?.role === role);
  if (column === undefined || audience === undefined || audience === 'customers') return null;
  const { survey, theirs } = AUDIENCE_NAMES[audience];
  return `${survey}: "${column.name}" ${theirs}, and left out (report it with --map ${role}=${JSON.stringify(column.name)})`;
}

/**
 * What a survey of employees (or of patients' health) means for the report: its audience's
 * evidence, the eNPS, and the customer figures detection found and left out, each with the `--map`
 * that reports it. Null on a survey of customers.
 */
function audienceNote(model: SurveyModel): string | null {
  if (model.audience === undefined || model.audience.audience === 'customers') return null;
  const held = model.columns.filter((c) => c.forCustomers === true && c.suggestion !== undefined && c.suggestion !== null);
  const recommend = model.columns.find((c) => c.role === 'nps');
  const enps = recommend?.enps === true ? `; its recommend question "${recommend.name}" is the eNPS (an employee NPS, computed as the NPS is)` : '';
  const kept = held.map((c) => {
    const doubt = doubtOf(c);
    return `"${c.name}" as ${doubt?.kind === 'suggestion' ? `${doubt.as} (${doubt.confirm})` : 'a customer figure'}`;
  });
  const left = kept.length === 0 ? '' : `: the customer figures its questions would make are left out — ${kept.join(', ')}; name them with --map or in satisfy.config.json to report them`;
  const comments = commentColumns(model.columns, model.vocabulary).some((c) => c.kind === 'comment') ? `; its comments are read for needs and praise, not for the themes of a customer's (${CUSTOMER_THEMES.join(', ')})` : '';
  return `${model.audience.evidence}${enps}${left}${comments}`;
}

/**
 * Why the complaints dimension has no handling score where a question of it was found but left out:
 * not scored, its answers fitting no scale, or left out of the headlines on weak evidence (a
 * handling question two respondents answered). It names the question and what to do. Null when
 * there is none.
 */
function handlingLeftOut(columns: readonly ColumnModel[]): string | null {
  // A question of the complaints beside the problem question whose answers fit no scale ("Sí, a mi
  // satisfacción", "Still being looked into") is not scored: said where the Handling line would be,
  // not in the last note alone.
  const unscored = columns.find((c) => unscoredAs(c)?.dimension === 'complaints' && unscoredAs(c)?.quantity === undefined);
  if (unscored !== undefined) {
    const [first] = unscored.unmapped;
    const more = unscored.unmapped.length > 1 ? ` and ${unscored.unmapped.length - 1} more` : '';
    return `"${unscored.name}" is not scored: its answers fit no scale satisfy knows (${JSON.stringify(first?.label ?? '')}${more}; see the notes, map its labels in satisfy.config.json)`;
  }
  const column = columns.find((c) => c.suggestion?.dimension === 'complaints' && c.suggestion.role === 'item');
  const doubt = column === undefined ? null : doubtOf(column);
  if (column === undefined || doubt?.kind !== 'suggestion') return null;
  return `the question of how a problem was handled, "${column.name}", is left out of the dimension on weak evidence (confirm it with ${doubt.confirm} or in satisfy.config.json)`;
}

/** Why a headline (CSAT, NPS, CES) is null when its question was found and left unscored, or null when none was. */
function unscoredHeadline(columns: readonly ColumnModel[], role: 'csat' | 'nps' | 'ces'): string | null {
  const column = columns.find((c) => unscoredAs(c)?.as === role);
  if (column === undefined) return null;
  const quantity = column.unscored?.quantity;
  const why = quantity === undefined ? `${unmappedAnswers(column)} (map its labels in satisfy.config.json` : `${quantity}, read as a quantity (give its scale in satisfy.config.json`;
  return `the ${HEADLINE_QUESTIONS[role]} question "${column.name}" is not scored: ${why}, or name another with --map ${role}=<column>)`;
}

/**
 * Why a report has no CES where its only questions of ease are answered in the labels of another
 * set ("Ease of returns and refunds" rated Very dissatisfied … Very satisfied): they were found, and
 * read as items of satisfaction with that ease. Null when there is none.
 */
function easeItemReason(columns: readonly ColumnModel[]): string | null {
  const found = columns.find((c) => c.easeItem === true && c.role === 'item');
  if (found === undefined) return null;
  return `no question asks how easy on a scale of ease or effort: "${found.name}" is answered in labels of ${found.scale?.labelSet ?? 'another set'}, satisfaction with that ease, scored as an item (report it as the CES with --map ces=${JSON.stringify(found.name)})`;
}

/**
 * Why a report has no CSAT where its overall questions each name a dimension ("Overall, how
 * satisfied are you with our delivery?" beside "… with our prices?"): they were found, and read as
 * items of those dimensions. Null when no such question is still an item of its dimension.
 */
function overallItemsReason(columns: readonly ColumnModel[]): string | null {
  const found = columns.filter((c) => c.overallItem === true && c.role === 'item' && c.dimension !== null);
  if (found.length === 0) return null;
  const named = found.map((c) => `"${c.name}" (${c.dimension})`).join(', ');
  const what = found.length === 1 ? 'an overall question that names a dimension, read as an item of it' : `${found.length} overall questions that each name a dimension, read as items of those dimensions`;
  return `no overall satisfaction question that names no dimension; found ${what}: ${named} (name one with --map csat=<column>)`;
}

/**
 * Why the index would stand for a part of the survey only, or null: where the dimensions hold
 * fewer than half of its rated items (CSAT, NPS and CES aside), the mean of their scores is not
 * the survey's (a hotel survey whose value-for-money and staff items alone have a dimension).
 */
function partOfSurvey(rated: readonly ColumnModel[]): string | null {
  const items = rated.filter((c) => c.role !== 'csat' && c.role !== 'nps' && c.role !== 'ces');
  const without = items.filter((c) => c.dimension === null);
  if (2 * without.length <= items.length) return null;
  const shown = without.slice(0, PART_NAMED).map((c) => `"${c.name}"`).join(', ');
  const more = without.length > PART_NAMED ? ` and ${without.length - PART_NAMED} more` : '';
  return `the dimensions hold ${items.length - without.length} of the ${items.length} rated items: an index of them would stand for a part of the survey (${shown}${more} have none; name theirs with --map <dimension>=<column>)`;
}

// Items without a dimension named in the reason partOfSurvey gives.
const PART_NAMED = 3;

/**
 * What an index that is given leaves out, or null: its rated items (CSAT, NPS and CES aside) of no
 * dimension, at most half of them (see partOfSurvey), named so that the index is not read as the
 * whole survey's (a hotel grid's breakfast, bedding and Wi-Fi rows, whose words name no dimension,
 * beside rows of service).
 */
function leftOutOfIndex(rated: readonly ColumnModel[]): string | null {
  const items = rated.filter((c) => c.role !== 'csat' && c.role !== 'nps' && c.role !== 'ces');
  const without = items.filter((c) => c.dimension === null);
  if (without.length === 0) return null;
  const shown = without.slice(0, PART_NAMED).map((c) => `"${c.name}"`).join(', ');
  const more = without.length > PART_NAMED ? ` and ${without.length - PART_NAMED} more` : '';
  const which = without.length === 1 ? 'which has' : 'which have';
  return `the index leaves out ${without.length} of the ${items.length} rated items, ${which} no dimension: ${shown}${more} (name theirs with --map <dimension>=<column>)`;
}

/** Why a report of one dimension has no index (see report()). */
function oneDimensionReason(id: string): string {
  return `one dimension (${id}): the index, a mean over dimensions, would repeat its score; see dimensions.${id}`;
}

// Key drivers resting on under this share of the outcome's answers are named in the notes.
const NARROW_DRIVERS = 0.5;

/**
 * A note when the key drivers rest on few of the respondents who answered the outcome: a driver
 * model counts those with a score in every dimension, and a dimension asked of some only (how a
 * complaint was handled, asked of those who had one) narrows it to them. `answered` counts the
 * outcome's valid answers.
 */
function narrowDrivers(drivers: DriversSummary, answered: number, dimensions: Readonly<Record<string, DimensionSummary>>): string[] {
  if (answered === 0 || drivers.n >= NARROW_DRIVERS * answered) return [];
  const [narrowest] = Object.entries(dimensions).sort((a, b) => a[1].n - b[1].n);
  const by = narrowest === undefined ? '' : `; the fewest have a score in ${narrowest[1].label} (n ${narrowest[1].n}), perhaps a question asked of some only`;
  return [`key drivers rest on ${drivers.n} of the ${answered} respondents who answered "${drivers.outcome}", those with a score in every dimension${by}: their weights describe those respondents, not the sample`];
}

/**
 * What the notes say of a column read as a weight (by its header and numbers, or by the config's
 * `role`) that weights nothing: a weight changes every figure, so it is applied only where named.
 */
export function unappliedWeightNote(name: string): string {
  const quoted = JSON.stringify(name);
  return `column ${quoted} is read as a weight and not applied: --weight ${quoted}, or "weight": ${quoted} in satisfy.config.json, weights the figures`;
}

/** Why the index and the drivers are null in a survey where no dimension was found: both are made of dimension scores. */
const NO_DIMENSION = 'no dimension found: name item columns with --map <dimension>=<column>';

/** Why a figure is null where no respondent is left (--allow-empty): nobody answered, whatever the figure would have needed. */
export const NO_RESPONDENTS = 'no respondents: no row is left to score';

/** Why a figure is null where no row was read at all (a header alone): nobody answered, and the columns, read from their answers, are not known. */
export const NO_ROWS = 'no respondents: a header and no row (the questions are read from their answers)';

// The reasons that say a figure lacked answers (of some respondents): with no respondent at all, that is why.
const ANSWER_REASONS = new Set(['no valid answers', 'needs at least 2 valid answers', 'no respondent answered any item', 'needs at least 2 respondents', 'fewer than two respondents answered every item', 'no respondent who had a problem answered how it was handled', 'the recommend question has no valid 0-10 answer', 'no respondent has a dimension score']);

/**
 * The reasons of a report of no respondent (an empty week under --allow-empty): each figure null
 * for want of answers says there are no respondents, not that its question lacked valid answers;
 * a figure null for want of a question keeps that reason (the columns were read), except where no
 * row was read at all (`headerOnly`, the report's own reasons), whose every reason is that.
 */
function nobodyReasons(reasons: ReadonlyArray<Record<string, string>>, headerOnly: Record<string, string>): void {
  for (const of of reasons) {
    for (const [key, reason] of Object.entries(of)) {
      if (ANSWER_REASONS.has(reason) || reason.startsWith('too few respondents') || reason.startsWith('the quadrants need')) of[key] = NO_RESPONDENTS;
    }
  }
  for (const key of Object.keys(headerOnly)) headerOnly[key] = NO_ROWS;
}
