import type { CommentTheme } from '../survey/comment-words/index.js';
import type { CommentTone } from '../survey/tag-comment.js';
import type { DimensionSuggestion } from '../survey/suggest-dimensions.js';
/**
 * The Report: the one contract between analysis and every renderer, and the JSON that programs
 * read (schemaVersion 1, see README "JSON report"). Keys appear in the order declared here. Every
 * number is at full precision; a figure that cannot be computed is null, with the reason in
 * `nullReasons` beside it.
 */
import type { InputFile } from '../input/read-csv.js';
import type { SurveyFileUse } from '../survey/survey-file.js';
import type { Check } from './gates.js';
import type { Interval } from '../stats/interval.js';
import type { MissingReason } from '../survey/code-answer.js';
import type { Confidence, Role, UnmappedLabel } from '../survey/survey-model.js';
import type { Scale } from '../survey/scale.js';
import type { CommentExclusion } from '../survey/code-comment.js';
import type { CommentLanguage } from '../survey/comment-language.js';
import type { WordLanguage } from '../survey/comment-tokens.js';
import type { EffortDirection } from '../survey/effort-direction.js';

export type { Check, InputFile, Interval, MissingReason, Role, Scale };

export const SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Rows that entered the analysis, over all files (rows left out for their weight excluded). */
  respondents: number;
  /** The weight column and what it did, or null when unweighted. */
  weight: WeightSummary | null;
  method: Method;
  input: ReportInput;
  /** The language of the survey's headers and answer labels, whose keywords (and English ones) decided. */
  language?: SurveyLanguageReport;
  /** Whom the survey asks, `customers`, `employees` or `patients`, told from the words of its questions and a health questionnaire's scale; on a survey of employees or of patients' health the customer figures detection found are left out until named. */
  audience?: SurveyAudienceReport;
  columns: ColumnReport[];
  /** Every rated column, in file order. */
  items: ItemSummary[];
  /** Answers excluded from the bases, by reason, summed over every rated column. */
  missing: MissingCounts;
  /** One entry per dimension with at least one item, built-in dimensions first. */
  dimensions: Record<string, DimensionSummary>;
  csat: ItemSummary | null;
  ces: ItemSummary | null;
  nps: NpsSummary | null;
  /** The overall satisfaction index, 0-100, or null. */
  index: IndexSummary | null;
  /** Key drivers of the outcome, or null. */
  drivers: DriversSummary | null;
  /** Stated importance against satisfaction, per importance column paired with an item; null without such a pair. */
  importance: ImportanceSummary | null;
  /** Each checkbox question, in file order: the share of its base choosing each option. Empty when there is none. */
  choices: ChoiceQuestionSummary[];
  /** Each ranking question, in file order: the mean rank and first-choice share of each option. Empty when there is none. */
  rankings: RankingSummary[];
  /** The free-text columns (comments, "Other (please specify)" texts): who wrote one, how long, in which language; null when the survey has none. */
  comments: CommentsSummary | null;
  /** How the sample was broken down (--by), or null without a breakdown. */
  segmentation: Segmentation | null;
  /** Every metric per segment, with tests against the rest of the sample; empty without --by. */
  segments: Segment[];
  /** The survey's attention checks and who failed them, or null (or absent) when it has none. */
  attention?: AttentionSummary | null;
  /** With --since or --until: the rows left out for their date, or null. */
  dateWindow: DateWindowSummary | null;
  /** How responses were grouped into periods (--period), or null. */
  periodization: Periodization | null;
  /** Every metric per period, oldest first, with the change against the previous period; empty without --period. */
  periods: Period[];
  /** With --baseline: every figure against the baseline report's, and the mix/rate split of each change. */
  comparison: Comparison | null;
  /** The gates of --fail-if, each with the figure it looked at and whether it passed. */
  checks: Check[];
  /** Things the reader should know: a question not found, a column with many excluded answers. */
  notes: string[];
  /** Why `csat`, `ces`, `nps`, `index`, `drivers` or `importance` is null, where it is. */
  nullReasons: Record<string, string>;
}

export interface Segmentation {
  /** The columns of --by; two make a cross-breakdown whose values are joined by " × ". */
  columns: string[];
  /** Segments with fewer respondents are flagged `lowBase` and not tested. */
  minBase: number;
  /** With --top: the number of largest values kept; the rest are pooled as "Other". */
  top: number | null;
  /** Correction of the p-values across the family of tests of the breakdown. */
  adjust: 'holm' | 'bh' | 'none';
  /** A test is significant when its adjusted p is below this: 1 − the confidence level. */
  alpha: number;
}

/**
 * The attention checks of a survey: columns whose header asks for one given answer ("select
 * 'Somewhat agree' for this row"), never scored. Counted over the rows that reach the analysis
 * (after --where and unfinished responses).
 */
export interface AttentionSummary {
  /** Each check: its column, the answer asked for, and how many respondents gave it, gave another, or none. */
  checks: Array<{ column: string; question: string | null; expected: string; passed: number; failed: number; unanswered: number }>;
  /** Respondents whose answers were checked. */
  respondents: number;
  /** Respondents who failed at least one check (an unanswered check is no failure). */
  failedAny: number;
  /** Whether those were left out of every figure (--drop-inattentive), counted in input.files[].skipped as `inattentive`. */
  dropped: boolean;
}

export interface DateWindowSummary {
  /** The timestamp column, and the first and last day kept (`YYYY-MM-DD`, inclusive; null: no bound). */
  column: string;
  /** The IANA zone whose days count for times written with a UTC offset (--tz; UTC by default). */
  timeZone: string;
  since: string | null;
  until: string | null;
  /** Rows left out: dated before `since`, after `until`, or with a date that cannot be read. */
  before: number;
  after: number;
  unparsed: number;
  /** The rows of `unparsed` by why their date cannot be read; null in a report of an earlier satisfy, which did not count why. */
  unparsedBy: UnparsedDates | null;
}

/** Rows whose date cannot be read, by why. */
export interface UnparsedDates {
  /** No date in the cell. */
  blank: number;
  /** Text that is no date satisfy reads ("yesterday"). */
  notADate: number;
  /** Written as a date, but no such day or time exists (31/02/2026, 13:00 PM). */
  invalid: number;
  /** A date that reads only in another order than the column's (12/25/2023 when the column is day first). */
  otherOrder: number;
}

export interface Periodization {
  /**
   * The timestamp column, and how its dates were read: `ymd`, `dmy` or `mdy`, as --date-format or
   * the config gave it, or as the dates of the rows showed it (see Periods in the README).
   */
  column: string;
  dateOrder: 'ymd' | 'dmy' | 'mdy';
  /** The IANA zone whose days count for times written with a UTC offset (--tz; UTC by default); times without one are taken as written. */
  timeZone: string;
  period: 'day' | 'week' | 'month' | 'quarter';
  /** Rows whose date could not be read: in the whole-sample figures, in no period. */
  unparsed: number;
  /** The rows of `unparsed` by why their date cannot be read; null in a report of an earlier satisfy, which did not count why. */
  unparsedBy: UnparsedDates | null;
  /** --min-base: a period of fewer respondents is marked `lowBase`; absent in a report of an earlier satisfy. */
  minBase?: number;
  adjust: 'holm' | 'bh' | 'none';
  alpha: number;
}

export interface Period {
  /** `2026-02-14`, `2026-W07` (ISO week), `2026-02` or `2026-Q1`. */
  period: string;
  /** First and last day of the period, `YYYY-MM-DD`. */
  start: string;
  end: string;
  respondents: number;
  /**
   * Fewer respondents than --min-base: none of its figures is tested against the period before or
   * after (each needs as many answers of it on both sides), and its comments have no verbatims, as
   * a segment's; absent in a report of an earlier satisfy.
   */
  lowBase?: boolean;
  dimensions: Record<string, DimensionSummary>;
  csat: ItemSummary | null;
  nps: NpsSummary | null;
  index: IndexSummary | null;
  /** The period's comments, as the report's but for the themes' impact and the words (absent in reports of an earlier satisfy). */
  comments?: CommentsSummary | null;
  /** Against the previous period (none for the first): `rest` is the previous period's figure. */
  changes: SegmentTest[];
  /** Why `csat`, `nps`, `index` or `comments` is null, where one is; absent when none is (and in reports of an earlier satisfy). */
  nullReasons?: Record<string, string>;
}

export interface Comparison {
  /** The two reports compared: where each came from, and its respondents. */
  baseline: ComparedReport;
  current: ComparedReport;
  confidenceLevel: number;
  /** Correction of the p-values across all the changes. */
  adjust: 'holm' | 'bh' | 'none';
  /** A change is significant when its adjusted p is below this: 1 − the confidence level. */
  alpha: number;
  /** The segment column(s) both reports are broken down by, or null. */
  segmentColumn: string | null;
  /** One per figure tested, overall then per segment. */
  changes: Change[];
  /**
   * The figures both reports have that were not tested, overall then per segment: fewer than
   * --min-base answers on a side, too little spread to test, or another scale on each side (see
   * UntestedChange.why). Absent from the comparisons of satisfy before it was added (2026-12-04).
   */
  untested?: UntestedChange[];
  /** With a segment column: each change of the overall figure split into mix and rate. */
  decomposition: Decomposition[];
  /** Segments or figures that could not be compared, and why. */
  notes: string[];
  /**
   * The notes a pipeline must not miss (satisfy warns of them on stderr, and --fail-on-drop reads
   * the first two), each by its code, its words as in `notes`: `otherPopulation`, one side a --where
   * subset and the other not; `otherWeighting`, the sides weighted otherwise; `nobodyOnASide`, a
   * side of 0 respondents; `sameFigures`, the same data on both sides. Absent from the comparisons
   * of satisfy before it was added (2026-12-06).
   */
  warnings?: ComparisonWarning[];
}

/** A note of a comparison that a pipeline must not miss, by its code (see Comparison.warnings). */
export interface ComparisonWarning {
  code: 'otherPopulation' | 'otherWeighting' | 'nobodyOnASide' | 'sameFigures';
  note: string;
}

/** What `satisfy compare --format json` prints: the comparison of two reports, and its gates (--fail-on-drop). */
export interface ComparisonReport extends Comparison {
  schemaVersion: typeof SCHEMA_VERSION;
  checks: Check[];
}

/** A figure of both reports that was not tested (see Comparison.untested). */
export interface UntestedChange {
  metric: string;
  scope: string;
  baseline: number;
  current: number;
  /** current − baseline, as Change.change. */
  change: number;
  /**
   * `base`: fewer than --min-base answers on a side; `spread`: a side (or both) too alike to test;
   * `scale`: a mean or top-2 share on another scale on each side (1-10 and 1-5), another measure;
   * `dimensions`: an index, the mean of other dimensions on each side, another measure;
   * `column`: a CSAT, NPS or CES of another question on each side (--map csat=…), another question;
   * `items`: a dimension of other items on each side, or an index of such dimensions, another measure.
   */
  why: 'base' | 'spread' | 'scale' | 'dimensions' | 'column' | 'items';
  /** Why, in words: its note in `notes` after "<scope>: <metric> not tested: ". Absent from the comparisons of satisfy before it was added (2026-12-06). */
  reason?: string;
  /** The figure's answers in the baseline and in the current report. */
  bases: [baseline: number, current: number];
}

export interface ComparedReport {
  /** The file: a report JSON, or the CSV export(s) analysed. */
  source: string;
  respondents: number;
}

/** A test of a difference, corrected with its family: of a segment against the rest, a period against the one before, a report against its baseline. */
export interface TestOutcome {
  /** `welch-t` for means and scores, `two-proportion-z` for shares, `nps-z` for NPS. */
  test: 'welch-t' | 'two-proportion-z' | 'nps-z';
  statistic: number;
  /** Degrees of freedom of a t test, else null. */
  df: number | null;
  p: number;
  adjustedP: number;
  significant: boolean;
  /** The sign of the statistic: `none` within 1e-9 of 0 (equal figures, but for rounding) or none to be had. */
  direction: 'up' | 'down' | 'none';
}

export interface Change extends TestOutcome {
  /** The JSON path of the figure within its scope: `nps.score`, `dimensions.delivery.score`, `csat.topBox.share`, `index.score`, `ces.mean`. */
  metric: string;
  /** `overall`, or `<column>=<value>` for a segment. */
  scope: string;
  baseline: number;
  current: number;
  /** current − baseline, in the figure's own unit (points, 0-100, or a share). */
  change: number;
  /** Interval of the change: Welch's for means and scores, Newcombe's for shares, z for NPS. */
  ci: Interval | null;
  /**
   * On `ces.mean` only, where the effort question's direction is known (and the same on each side
   * that knows it): which way is for the worse, `up` where higher is more effort, `down` where
   * higher is easier. Absent elsewhere, where a fall is for the worse (see forTheWorse).
   */
  worse?: 'up' | 'down';
}

export interface Decomposition {
  /** The overall figure whose change is split: `nps.score`, `csat.topBox.share`, `index.score`, `dimensions.<id>.score`. */
  metric: string;
  column: string;
  /** The change of the figure, = mix + rate. */
  total: number;
  /** The part due to the segments' shares of the base moving. */
  mix: number;
  /** The part due to the figures within the segments moving. */
  rate: number;
  /** Each segment: its share of the figure's base before and after, and its parts of mix and rate. */
  segments: Array<{ value: string; shareBefore: number; shareAfter: number; baseline: number | null; current: number | null; mix: number; rate: number }>;
}

export interface Segment {
  /** The --by column (or "A × B"). */
  column: string;
  /**
   * The value ("(blank)" for an empty cell); for the values pooled by --top and past 200 distinct
   * values, "Other", or "Other (pooled)" where the column has a value "Other" of its own.
   */
  value: string;
  /** True for the segment that pools values (by --top, past 200 distinct values); absent for a value of the column. */
  pooled?: boolean;
  respondents: number;
  /** Fewer respondents than the minimum base (with weights, a smaller effective n, as the key drivers'): shown, not tested. */
  lowBase: boolean;
  dimensions: Record<string, DimensionSummary>;
  csat: ItemSummary | null;
  nps: NpsSummary | null;
  index: IndexSummary | null;
  /** The segment's comments, as the report's but for the themes' impact and the words (absent in reports of an earlier satisfy). */
  comments?: CommentsSummary | null;
  /** The segment against the rest of the sample, one entry per figure tested. */
  tests: SegmentTest[];
  /** Why `csat`, `nps`, `index` or `comments` is null, where one is; absent when none is (and in reports of an earlier satisfy). */
  nullReasons?: Record<string, string>;
}

export interface SegmentTest extends TestOutcome {
  /** The JSON path of the figure tested within the segment: `dimensions.delivery.score`, `csat.topBox.share`, `nps.score`, `index.score`. */
  metric: string;
  /** The figure in the segment and in the rest of the sample. */
  segment: number;
  rest: number;
}

export const WEIGHT_EXCLUSIONS = ['blank', 'invalid', 'zero', 'negative'] as const;
export type WeightExclusion = (typeof WEIGHT_EXCLUSIONS)[number];

export interface WeightSummary {
  column: string;
  /** Sum of the weights of the rows used; null when it is beyond the largest number (weights near 1e308). */
  sum: number | null;
  /** Kish's effective n of all rows used. */
  effectiveN: number;
  /** Rows left out because their weight was blank, not a number, zero or negative. */
  excluded: Record<WeightExclusion, number>;
}

export interface IndexSummary {
  /** Respondents with a score in at least one dimension. */
  n: number;
  effectiveN: number;
  /** Mean over respondents of the mean of their dimension scores, 0-100. */
  score: number;
  sd: number | null;
  ci: Interval | null;
  /**
   * The dimensions left out of it (by id): one whose items run against each other (Cronbach's
   * alpha below zero beyond its sampling error), its score mixing opposite directions; the index is
   * then the mean of the other dimension scores, and the notes say why. Absent where none is.
   */
  leftOut?: string[];
  /**
   * Why `sd` or `ci` is null (a single respondent: `needs at least 2 respondents`, as a dimension's
   * nullReasons say it), under that key. Written only where one is, so that the index of any other
   * report keeps the shape an earlier satisfy reads as a baseline.
   */
  nullReasons?: Record<string, string>;
}

export type DriverReading = 'fix first' | 'keep' | 'maintain' | 'monitor';

export interface DriversSummary {
  /** The column whose answers the dimensions are to explain. */
  outcome: string;
  /** Respondents with a score in every dimension and an answer to the outcome. */
  n: number;
  effectiveN: number;
  /** Share of the outcome's variance the dimensions explain together. */
  r2: number;
  /**
   * n is under --min-base: the figures are shown, but each dimension's `reading` is withheld
   * (null, why in `nullReasons.reading`), as a segment of so few is shown and not tested. Written
   * only then (true), so that other reports stay readable by an earlier satisfy.
   */
  lowBase?: boolean;
  /**
   * The dimensions together explain no more of the outcome than chance would (the overall F test
   * of R², p ≥ 1 − the confidence level): each dimension's `reading` is withheld (null, why in
   * `nullReasons.reading`, with F and p), the weights being shares of noise. Written only then (true).
   */
  byChance?: boolean;
  dimensions: Record<string, Driver>;
  /** Why a figure is null: `reading`, written with lowBase or byChance. */
  nullReasons?: Record<string, string>;
}

export interface Driver {
  /** Pearson correlation of the dimension score with the outcome. */
  r: number;
  /** Johnson's relative weight: the dimension's share of R², the shares summing to 1. */
  weight: number;
  /** The dimension's score, for the importance-performance reading. */
  score: number;
  /** Importance (weight above or below 1/k) against performance (score above or below the mean score); null when the drivers' base is low or their R² no more than chance (see DriversSummary.lowBase, byChance). */
  reading: DriverReading | null;
  /**
   * Where r is strongly negative (−0.30 or less, below zero beyond chance): why the dimension's
   * weight and reading are not to be acted on — the better its score, the worse the outcome, the
   * mark of an item scored the wrong way round or of another thing. Absent otherwise.
   */
  warning?: string;
}

/** Where a pair of stated importance and satisfaction lies against the means of the pairs. */
export type ImportanceQuadrant = 'concentrate here' | 'keep up' | 'low priority' | 'possible overkill';

/** Stated importance against satisfaction: each importance column beside the item whose importance it rates. */
export interface ImportanceSummary {
  /**
   * Where the quadrants split: the mean over the pairs (each counting once) of their importance
   * and of their satisfaction; null with fewer than two pairs with answers (reason in nullReasons.split).
   */
  split: { importance: number; satisfaction: number } | null;
  /** One per importance column paired, in file order. */
  pairs: ImportancePair[];
  nullReasons: Record<string, string>;
}

export interface ImportancePair {
  /** The column that rates how important the subject is, and the one that rates satisfaction with it. */
  importanceColumn: string;
  satisfactionColumn: string;
  /** The satisfaction column's dimension, or null. */
  dimension: string | null;
  /** `subject`: their headers share a subject; `config`: satisfy.config.json's `importanceOf`. */
  pairedBy: 'subject' | 'config';
  /** Respondents who answered both (validly): the base of every figure below. */
  n: number;
  effectiveN: number;
  /** Mean importance and mean satisfaction on 0-100, over those respondents; null when n is 0. */
  importance: number | null;
  satisfaction: number | null;
  /** importance − satisfaction, in points of 0-100: the mean of each respondent's difference. */
  gap: number | null;
  /** Standard deviation of the respondents' differences; null with fewer than two. */
  sd: number | null;
  /** Paired t interval of the gap. */
  ci: Interval | null;
  /** Against the means of the pairs (`split`): null without a split. */
  quadrant: ImportanceQuadrant | null;
  /** The derived importance of the satisfaction column's dimension: its key-driver weight (share of R²), or null. */
  driverWeight: number | null;
  /** Answers to the importance column excluded, by reason (blank, N/A, off its scale). */
  missing: MissingCounts;
}

/** A checkbox question (several options may be chosen): the share choosing each option, never a rating. */
export interface ChoiceQuestionSummary {
  /** The question its option columns belong to, or the column's name for an option asked on its own. */
  question: string;
  kind: 'options';
  base: ChoiceBase;
  /** One per option column, in file order. */
  options: ChoiceOption[];
}

export interface ChoiceBase {
  /** Respondents the shares are of. */
  respondents: number;
  /** Who they are: those who ticked at least one option; those who answered one yes or no; or, for an option asked on its own, every respondent. */
  reason: string;
}

/** How many chose something, their (weighted) share of the base, and its Wilson interval; share and ci are null when the base is empty. */
export interface ChoiceShare {
  count: number;
  share: number | null;
  ci: Interval | null;
}

export interface ChoiceOption extends ChoiceShare {
  column: string;
  /** The option's name: the part of the header after the question ("Email" of "Channels - Email", "Search" of "Features [Search]"), else the column's name. */
  label: string;
}

/** A ranking question: where each option was ranked, never a rating. */
export interface RankingSummary {
  question: string;
  /** Respondents who ranked at least one option: the base of the first-choice shares. */
  respondents: number;
  /**
   * One per option: as the columns are, where each column is an option; where each column is a rank
   * position whose answers name the option, the options named, best mean rank first.
   */
  options: RankedOption[];
}

export interface RankedOption {
  /** The option's column, or null where the columns are rank positions and the option is an answer. */
  column: string | null;
  label: string;
  /** Respondents who ranked it. */
  n: number;
  /** Mean rank among them, 1 being first (weighted with --weight); null when nobody ranked it. */
  meanRank: number | null;
  /** Respondents who ranked it first, and their share of `respondents`. */
  firstChoice: ChoiceShare;
  /**
   * "Other" only, where the columns are rank positions and more than 100 options are named: the
   * number of options it pools (those past the 100 ranked by most respondents; past 1,000 options,
   * those counted one by one); its `n` counts their rankings (a respondent who ranked two of them
   * counts twice).
   */
  pooled?: number;
}

/** The free-text columns of the survey, in file order (see README "Comments"). */
export interface CommentsSummary {
  columns: CommentColumnSummary[];
}

/** One free-text column: who wrote a comment in it, how long, in which language, and why the other cells hold none. */
export interface CommentColumnSummary {
  column: string;
  /** `comment`: a comment column; `other`: the "Other (please specify)" text of a choice question. */
  kind: 'comment' | 'other';
  /** Rows of the analysis: the base of the share. */
  respondents: number;
  /** Respondents who wrote a comment (a cell that is not blank, not punctuation only, not a non-answer). */
  comments: number;
  /** Their share of `respondents` (weighted with --weight), and its Wilson interval; null with no respondent. */
  share: number | null;
  ci: Interval | null;
  /** Mean length of the comments, trimmed, in characters (Unicode code points); null without a comment. */
  meanLength: number | null;
  /** Respondents whose cell holds no comment, by why: blank, noText ("-", "."), notApplicable ("n/a"), nothingToSay ("none", "brak uwag"). */
  excluded: Record<CommentExclusion, number>;
  /** The comments in each language: the seven lexicon languages, `other`, and `undetermined` (fewer than 10 letters); each share of the comments, null without a comment. */
  languages: Record<CommentLanguage, { count: number; share: number | null }>;
  /**
   * The comments' tones (absent in reports of an earlier satisfy): from the respondent's own ratings
   * (a promoter's praise, a passive's mixed, a detractor's criticism; else the top box of overall
   * satisfaction praise, its bottom box criticism, between them mixed), and from the comment's words
   * where the respondent gave neither rating; `fromRatings` counts the first kind. Each count and share of the comments.
   */
  tones?: { fromRatings: number } & Record<CommentTone, { count: number; share: number | null }>;
  /** Per theme (delivery, pricing, complaints, trust, service, needs, praise), the comments that talk about it, their share of the comments, and their tones (absent for an "Other (please specify)" text, whose words talk about the choice it was typed beside, not the company, and in reports of an earlier satisfy). */
  themes?: CommentThemeSummary[];
  /**
   * What the words of the comments say, per language of the seven lexicons that has a comment in
   * the column (see README "Words of the comments"). In the report's comment columns only: absent
   * for an "Other (please specify)" text, in segments and periods, and in reports of an earlier satisfy.
   */
  words?: CommentLanguageWords[];
}

/** The words of one column's comments in one language: those that set detractors and promoters apart, and those of each theme. */
export interface CommentLanguageWords {
  language: WordLanguage;
  /** The column's comments in this language, and the words they use (each word once a comment): the prior's background (α_0). */
  comments: number;
  words: number;
  /** Of them, detractors' (criticism told by the respondent's ratings) and promoters' (praise told by the ratings): their comments, and the words those use (each word once a comment). */
  detractors: { comments: number; words: number };
  promoters: { comments: number; words: number };
  /** True: words are Snowball stems (en, de, fr, es, pt); false: as written, folded (pl, lv: Snowball has no stemmer). */
  stemmed: boolean;
  /** The most any count of a word here may fall short of the true count: 0 when every count is exact (the language has at most `capacity` distinct words), else past it (a bounded summary). */
  maxUndercount: number;
  /** Distinct words counted exactly (past them, counts are approximate). */
  capacity: number;
  /**
   * The words that set detractors' comments apart from promoters' (`detractors`, z above the
   * critical value) and promoters' from detractors' (`promoters`, z below its negative), by the
   * log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), at most
   * 10 a side, strongest first. Null, with `reason`, when either side has fewer than 10 comments.
   */
  distinguishing: { detractors: DistinguishingWord[]; promoters: DistinguishingWord[] } | null;
  /** Why `distinguishing` is null. */
  reason?: string;
  /** Per theme with a comment in this language: its comments here, and the words most of them use (at most 10, each used by 2 comments at least). */
  themes: Array<{ theme: CommentTheme; comments: number; words: WordCount[] }>;
}

/** A word as shown (`word`: its smallest written form, lower case) and the stem it stands for, with the comments that use it. */
export interface WordCount {
  word: string;
  stem: string;
  comments: number;
}

/** A word that sets one side's comments apart: the detractors' and promoters' comments that use it, the log-odds ratio (detractors less promoters) and its z-score. */
export interface DistinguishingWord {
  word: string;
  stem: string;
  /** The language's comments that use the word, whoever wrote them: its prior count (α_w). */
  comments: number;
  detractors: number;
  promoters: number;
  /** δ̂: log-odds of the word among detractors' words less among promoters'. */
  logOddsRatio: number;
  z: number;
}

/** The comments of one column that talk about one theme, found by the words of the comment's language. */
export interface CommentThemeSummary {
  theme: CommentTheme;
  comments: number;
  /** Of the column's comments; null without a comment. */
  share: number | null;
  praise: number;
  mixed: number;
  criticism: number;
  neutral: number;
  /**
   * A few of these comments by tone, to read (absent in reports of an earlier satisfy): at most 3 a
   * tone, chosen by a hash of their text, so the same whatever the threads and shards; on one line,
   * cut to 280 characters, personal data masked unless --no-redact.
   */
  verbatims?: Record<CommentTone, string[]>;
  /**
   * The ratings of the respondents whose comment in this column talks about the theme against those
   * of every other respondent of the report (another theme, or no comment), with each difference
   * tested: the whole sample's only (absent in a segment's and a period's, and in reports of an
   * earlier satisfy).
   */
  impact?: ThemeImpactSummary;
}

/** What the respondents who mention a theme rate, against the others. */
export interface ThemeImpactSummary {
  mentioned: ImpactGroup;
  others: ImpactGroup;
  /**
   * Each figure both sides have at least --min-base answers of, tested: the CSAT top-box share by the
   * two-proportion z, NPS by z on its difference, the index by Welch's t; the p-values of every
   * theme of every free-text column of the report corrected together as one family (--adjust).
   */
  tests: ImpactTest[];
}

/** The respondents on one side of a theme: how many, and their CSAT top-box share, NPS and index (null without an answer). */
export interface ImpactGroup {
  respondents: number;
  /** Share (0-1) of the overall-satisfaction answers in the top box. */
  csat: number | null;
  /** NPS, −100 to 100. */
  nps: number | null;
  /** Mean index, 0-100. */
  index: number | null;
}

export interface ImpactTest extends TestOutcome {
  metric: 'csat.topBox.share' | 'nps.score' | 'index.score';
  /** The figure of those who mention the theme and of the others, and mentioned − others, in the figure's unit. */
  mentioned: number;
  others: number;
  difference: number;
  /** Interval of the difference: Newcombe's for the share, z for NPS, Welch's for the index. */
  ci: Interval | null;
}

/** The definitions behind the figures, in words, so a reader of the JSON need not guess. */
export interface Method {
  confidenceLevel: number;
  itemScore: string;
  dimensionScore: string;
  topBox: string;
  nps: string;
  meanInterval: string;
  shareInterval: string;
  weights: string;
  alpha: string;
  index: string;
  drivers: string;
  importance: string;
  /** How items are found to run against their scale and reversed (absent in reports of an earlier satisfy). */
  reversed?: string;
  /** How attention checks are read and counted (absent in reports of an earlier satisfy). */
  attention?: string;
  /** How comments are told from non-answers, measured and their language told (absent in reports of an earlier satisfy). */
  comments?: string;
  /** How the words of the comments are found, counted and compared (absent in reports of an earlier satisfy). */
  words?: string;
}

/** What `satisfy inspect --format json` prints: how the files were read and each column understood. */
export interface SurveyLanguageReport {
  /** BCP 47 code of a lexicon language, or null when the survey has too little text to tell. */
  language: string | null;
  evidence: string;
}

/** The files read, and the Qualtrics survey file (--survey) whose reading of the columns won over detection, when one was given. */
export interface ReportInput {
  files: InputFile[];
  survey?: SurveyFileUse;
}

/** Whom the survey asks, and the evidence (see surveyAudience). */
export interface SurveyAudienceReport {
  audience: 'customers' | 'employees' | 'patients';
  evidence: string;
}

export interface InspectReport {
  input: ReportInput;
  language?: SurveyLanguageReport;
  audience?: SurveyAudienceReport;
  columns: Array<ColumnReport & { samples: string[] }>;
  /** Groups of rated items that no dimension holds and whose answers go together: dimensions to name (see suggestDimensions). */
  suggestedDimensions: DimensionSuggestion[];
}

export interface ColumnReport {
  name: string;
  question: string | null;
  role: Role;
  dimension: string | null;
  scale: Scale | null;
  evidence: string[];
  /** How sure detection is: only high and medium readings feed headlines, the index, drivers and gates. */
  confidence?: Confidence;
  /**
   * What a low-confidence reading would have made of the column, left out until confirmed (`--map`,
   * config); `or`, another role the evidence allows as much (a 0-10 question whose header satisfy
   * cannot read: `nps` or `csat`), that the notes name beside it.
   */
  suggestion?: { role: Role; dimension: string | null; or?: Role } | null;
  /**
   * Only on a column left unscored because some of its answers fit no scale while the others are
   * labels of a known set (role `unknown`, those answers in `unmapped`), or because its header asks
   * for a rating answered in labels of no known scale (role `segment`, its labels in `unmapped`) or
   * in values of a quantity (role `ignored`, why in `quantity`: "values run 1..11, beyond any
   * rating scale"): what its header asks it to be, `csat`, `nps`, `ces` or an `item` (of
   * `dimension`, or of none).
   */
  unscored?: { as: 'csat' | 'nps' | 'ces' | 'item'; dimension: string | null; quantity?: string };
  /** The question a checkbox option, ranked option or matrix row belongs to. */
  partOf?: string | null;
  /** Answers of this column's own that are non-answers: a 0 standing apart from its 1-k scale, -99, or the config's. */
  missingCodes?: string[];
  /** Text answers in the detection sample that the column's scale has no label for, with their counts. */
  unmapped: UnmappedLabel[];
  /**
   * More spellings of the scale's values, spelling → value: the config's labels after the first, or
   * the codes detection read a question by (a yes/no question coded 1 and 2, `{"1": 1, "2": 0}`: 1
   * yes, 2 no; a 0-10 question coded 1-11, `{"1": 0, …, "11": 10}`). Absent when none.
   */
  aliases?: Record<string, number>;
  /** An importance column: the column whose importance it rates, or null when none shares its subject. */
  importanceOf?: string | null;
  /** An attention check's answer asked for in its header (role `attention`); absent on other columns. */
  expected?: string;
  /** A checkbox question written into one column (role `option`), each cell the options chosen joined by ", " or ";"; absent on other columns. */
  joined?: true;
}

export interface DistributionEntry {
  value: number;
  label: string;
  count: number;
  share: number;
}

export interface BoxShare {
  count: number;
  share: number;
  ci: Interval | null;
}

export type MissingCounts = Record<MissingReason, number>;

/** Summary of one rated column on its own scale (also the shape of `csat` and `ces`). */
export interface ItemSummary {
  column: string;
  question: string | null;
  role: Role;
  dimension: string | null;
  scale: Scale;
  /** Valid answers: the base. */
  n: number;
  /** Kish's effective n, (Σw)² / Σw², used for the intervals; equal to n without weights. */
  effectiveN: number;
  mean: number | null;
  sd: number | null;
  ci: Interval | null;
  /** Mean on 0-100: (mean − min) / (max − min) · 100, top down on a reversed scale. */
  score: number | null;
  /** Median and quartiles of the answers (R's default quantile, type 7); null with weights. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  topBox: BoxShare | null;
  bottomBox: BoxShare | null;
  distribution: DistributionEntry[];
  missing: MissingCounts;
  nullReasons: Record<string, string>;
  /**
   * On the effort (CES) question only: which way its answers run — its mean and top box are on its
   * own scale, never turned round — from the words of its scale's ends, else its header's wording;
   * null when neither says.
   */
  direction?: EffortDirection | null;
  /**
   * On a reversed rated item only (`scale.reversed`, not a yes/no): its mean and the mean's interval as it is scored,
   * the scale turned round (`min + max − x`: its 1 counts as its 5), the direction of its `score`,
   * `topBox` and `bottomBox`; `mean` and `ci` stay on the scale as it was asked. The Items table of
   * every format shows this mean, so that a row reads in one direction.
   */
  scored?: { mean: number | null; ci: Interval | null };
}

/**
 * Summary of a dimension. `n`, `mean`, `sd` and `ci` describe respondents' dimension scores on
 * 0-100 (the mean of each respondent's answered item scores), so `score` equals `mean`.
 * `distribution`, `topBox` and `bottomBox` pool the answers to the dimension's rated items that
 * share one scale (yes/no items aside), counted in the scored direction.
 */
export interface DimensionSummary {
  label: string;
  items: string[];
  /** Weight of each item in a respondent's dimension score (1 unless the config sets one). */
  itemWeights: Record<string, number>;
  n: number;
  effectiveN: number;
  mean: number | null;
  sd: number | null;
  ci: Interval | null;
  score: number | null;
  topBox: BoxShare | null;
  bottomBox: BoxShare | null;
  distribution: DistributionEntry[] | null;
  /** Excluded answers to the dimension's items, by reason, summed over its items. */
  missing: MissingCounts;
  /** Complaints only: who answered yes to "had a problem". */
  incidence?: Incidence | null;
  /** Complaints only: how satisfied those who had a problem are with how it was handled. */
  resolution?: Resolution | null;
  /** Complaints only: what the problems were, from each multi-select category column. */
  categories?: CategoryCounts[];
  /** Cronbach's alpha of a dimension of two or more items, or null (reason in nullReasons.alpha). */
  alpha: AlphaSummary | null;
  nullReasons: Record<string, string>;
}

export interface AlphaSummary {
  /** Respondents who answered every item of the dimension, on whom alpha is computed (unweighted). */
  n: number;
  raw: number;
  standardized: number;
  ci: Interval | null;
  /** Raw alpha without each item (absent for a dimension of two items). */
  ifDropped: Record<string, number | null>;
  /** Corrected item-total correlation of each item. */
  itemTotal: Record<string, number>;
  /**
   * Items whose answers correlate negatively with more of the other items than positively: worded
   * in reverse but not marked so (mark them `reverse` in the config), or not of this dimension.
   */
  opposed: string[];
}

export interface CategoryCounts {
  column: string;
  /** Respondents who chose at least one category. */
  n: number;
  /**
   * Each category, most chosen first (ties by folded key), in its most frequent spelling: how many
   * chose it, and their (weighted) share of `n`. Past 100 categories, the 100 most chosen, then
   * "Other" with `pooled`, the number of categories it pools (past 1,000 distinct categories, those
   * counted one by one; it pools more, see the notes): its count is of their choices (a respondent
   * who chose two of them counts twice), so it has no share of the respondents (null).
   */
  counts: Array<{ category: string; count: number; share: number | null; pooled?: number }>;
}

export interface Resolution {
  /** The questions about the handling: the dimension's rated items other than the problem question. */
  items: string[];
  /** Respondents who had a problem and answered at least one of them. */
  n: number;
  effectiveN: number;
  /** Mean over those respondents of their mean item score, 0-100. */
  score: number;
  ci: Interval | null;
}

export interface Incidence {
  column: string;
  n: number;
  effectiveN: number;
  count: number;
  share: number;
  ci: Interval | null;
}

export interface NpsGroup {
  count: number;
  share: number;
}

export interface NpsSummary {
  column: string;
  /** `eNPS` where the recommend question asks about the company as a place to work (an employee NPS, computed alike); absent for a customer's NPS. */
  label?: 'eNPS';
  /** Valid 0-10 answers. */
  n: number;
  effectiveN: number;
  /** 100 · (promoters − detractors) / n, in points (weighted shares with weights). */
  score: number;
  /** Half-width of the interval, in points. */
  moe: number | null;
  ci: Interval | null;
  promoters: NpsGroup;
  passives: NpsGroup;
  detractors: NpsGroup;
  missing: MissingCounts;
  nullReasons: Record<string, string>;
}
