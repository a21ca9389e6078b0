import { statSync } from 'node:fs';
import type { AnalysisState } from '../analysis/analyze-survey.js';
import { assembleAnalysis, type AnalysisPlan } from '../analysis/assemble-analysis.js';
import { laterAnswers } from '../analysis/later-answers.js';
import { bandsFromSample } from '../analysis/numeric-bands.js';
import { PiecedAnalysis } from '../analysis/pieced-analysis.js';
import type { Adjustment } from '../stats/difference-tests.js';
import { dateOrder as detectDateOrder, excelSerialDay, hasExcelSerials, type DateOrder, type DateOrderFinding, type PeriodKind } from '../text/parse-date.js';
import type { SegmentOptions } from '../analysis/segmented-analysis.js';
import type { WindowOptions } from '../analysis/date-window.js';
import { withChecks, type Gate } from '../analysis/gates.js';
import type { Report } from '../analysis/report.js';
import type { ShardWhere } from '../analysis/covering-shards.js';
import { SatisfyError } from '../errors.js';
import { addRows, leaveOutRow, noteNotUtf8, onlyTestsAndPreviews, readCsv, requireResponses, type FileShape, type InputFile, type ReadControl, type ReadOptions, type RowCondition, type SkipReason } from '../input/read-csv.js';
import { buildSurveyModel, findColumn, type ColumnMapping } from '../survey/build-model.js';
import { oneRowPerAnswer, pivotHint } from '../survey/long-format.js';
import type { LoadedConfig } from '../survey/config.js';
import type { LoadedSurvey } from '../survey/qualtrics-survey.js';
import { commentColumns } from '../survey/comment-columns.js';
import { loadCommentLanguage, type LanguageOf } from '../survey/comment-language.js';
import { languageWithoutLexicon } from '../survey/detect-language.js';
import type { LaterAnswers } from '../survey/profile-values.js';
import { normalizeText } from '../text/normalize-text.js';
import { STOPWORDS } from '../survey/stopwords.js';
import { suggestDimensions, type DimensionSuggestion } from '../survey/suggest-dimensions.js';
import { noAnswerCodes } from '../survey/vocabulary.js';
import { RATED_ROLES, SCALED_ROLES, type ColumnModel, type SurveyModel } from '../survey/survey-model.js';
import { AnswerLint } from './answer-lint.js';
import { analyzeGroup, groupCounter, unpackState, useCommentLanguage, type PieceResult } from './analyze-piece.js';
import { pieceGroups, startsGroup } from './piece-groups.js';
import { holdYoungGeneration, largeRunBudget } from './optimizing-budget.js';
import { PiecePool } from './piece-pool.js';
import { columnOrder, inFirstOrder, placesInFile } from './column-order.js';
import { everyRowSkipped, NobodyLeftError, whyNobodyLeft, type NobodyLeft } from './nobody-left.js';
import { countUnscored, watchedColumns, withWatched, type WatchedColumn } from './unscored-answers.js';

// Rows held back to detect the columns before the analysis starts; memory for them is bounded.
const DETECTION_SAMPLE = 1000;
// Sample values kept per column for `inspect`.
const SAMPLE_VALUES = 3;
/** Told how far the reading of one file has come (cli/'s progress bar): bytes read, of the file's size (null for standard input). */
export interface ReadProgress {
  update: (read: number, total: number | null) => void;
  stop: () => void;
}

/**
 * Files are cut in pieces of this many bytes, and the pieces in groups that a thread reads whole
 * (see pieceGroups), merged in order (see PiecedAnalysis). This thread merges the state of every
 * group, and those states made its heap grow with their number: on two threads, the 10M bench
 * export (949 MB) peaked at 155 MiB in 114 pieces merged here one by one, 116 to 119 MiB in 32 and
 * 108 to 109 MiB in 12 (before comments were read, three runs each); it is 34 groups now.
 */
export const PIECE_BYTES = 8 * 1024 * 1024;
// A file of fewer pieces is read on this thread alone: starting a worker costs more than it saves
// (100k bench responses, 2 pieces: 1.16 s on two threads, 1.00 s on one). Unless its rows cost
// more than rows of ratings: see rowCost.
const PIECES_FOR_THREADS = 4;
/**
 * What reading a comment not met before costs, in rows of ratings: its language told, its themes
 * and its words, some 30 µs against some 1.5 µs for a row of the 1M bench export's ratings
 * (docs/PERFORMANCE.md, "Comments not met before"). A comment met before is looked up.
 */
const NEW_COMMENT_ROWS = 20;

/** Whether a file of `size` bytes in pieces of `pieceBytes`, whose rows cost `cost` rows of ratings each (see rowCost), is shared out on threads: what follows its first piece costs as much as PIECES_FOR_THREADS − 1 pieces of ratings. */
export function worthSharing(size: number, pieceBytes: number, cost: number): boolean {
  return (size - pieceBytes) * cost >= (PIECES_FOR_THREADS - 1) * pieceBytes;
}

/**
 * What a row of the sample costs on average, in rows of ratings: 1, and NEW_COMMENT_ROWS more for
 * each comment of a free-text column whose text the sample had not met before. Real comment
 * columns seldom repeat, and a file of 12 MB of them takes as long as one of 130 MB of ratings:
 * it is shared out on threads as such a file would be (see worthSharing).
 */
export function rowCost(model: SurveyModel, sample: readonly (readonly string[])[]): number {
  if (sample.length === 0) return 1;
  let fresh = 0;
  for (const { column } of commentColumns(model.columns, model.vocabulary)) {
    const met = new Set<string>();
    for (const row of sample) {
      const text = (row[column.index] ?? '').trim();
      if (text === '' || met.has(text)) continue;
      met.add(text);
      fresh += 1;
    }
  }
  return 1 + (NEW_COMMENT_ROWS * fresh) / sample.length;
}

export interface AnalyzeOptions extends ReadOptions {
  mappings: readonly ColumnMapping[];
  confidenceLevel: number;
  /**
   * Fail when no column can be scored (`ratings`: compare, sql, which compute nothing else), when
   * there is neither a column to score nor a comment column (`ratingsOrComments`: report, whose
   * comments are a report of their own, as of a comment card), or carry on and show what there is
   * (`nothing`: inspect, init).
   */
  requireScorable: 'ratings' | 'ratingsOrComments' | 'nothing';
  /**
   * Make a report of no respondent where every row read is left out (--where, --since/--until,
   * --weight, unfinished …; the CLI's --allow-empty), instead of stopping: where no row reached the
   * columns, they are read from the header alone and need not be scorable. `nobodyLeft` says why.
   */
  allowEmpty?: boolean;
  /**
   * With allowEmpty, a file of a header and no row (--allow-empty: a week with no response at all)
   * is read as 0 rows instead of being an error (see ReadOptions.allowHeaderOnly): the columns are
   * read from the header alone, and `nobodyLeft` is `noRows`. --emit-state alone does not ask it.
   */
  allowHeaderOnly?: boolean;
  /** The column that weights the rows (--weight). */
  weightColumn?: string;
  /** The rated column the key drivers explain (--outcome); by default CSAT, else NPS. */
  outcomeColumn?: string;
  /** The config file's settings (satisfy.config.json or --config). */
  config?: LoadedConfig;
  /** A Qualtrics survey file (--survey, or the config's `survey`) whose reading of the columns wins over detection. */
  survey?: LoadedSurvey;
  /** Answers that mean "no answer" (--missing). */
  missing?: readonly string[];
  /** The language tried first (--lang). */
  language?: string;
  /** Break the report down by these columns (--by), with the settings of the breakdown. */
  segments?: Omit<SegmentOptions, 'columns' | 'confidenceLevel'> & { by: readonly string[] };
  /** Group responses by period of the timestamp column (--period), reading dates in `dateOrder` (--date-format) or as detected. */
  periods?: { period: PeriodKind; dateOrder?: DateOrder; timeZone: string; adjust: Adjustment };
  /** Keep the rows dated from `since` to `until` (--since, --until: `YYYY-MM-DD`, inclusive). */
  window?: { since: string | null; until: string | null; dateOrder?: DateOrder; timeZone: string };
  /** Gates to check on the report (--fail-if). */
  gates?: readonly Gate[];
  /** A progress bar for each file read (on a terminal, without --quiet). */
  progress?: (path: string) => ReadProgress;
  /** Whole-number answers after the detection sample, by column, when a second reading lets every row set the scales (see laterAnswers). */
  laterAnswers?: LaterAnswers;
  /** Threads that analyse the pieces of a large plain file at once, this one and threads − 1 workers (--threads); 1 or none: this one. */
  threads?: number;
  /** Leave out the respondents who fail an attention check (--drop-inattentive), counted as skipped rows. */
  dropInattentive?: boolean;
  /** The detector of comment languages, once loaded (see analyzeFiles); absent, it is loaded when the survey has free-text columns. */
  languageOf?: LanguageOf;
  /** False with --no-redact: verbatims show comments as written, personal data too. */
  redact?: boolean;
  /** The files whose survey tests and previews are kept, since they hold nothing else (see onlyTestsAndPreviews): found by a first reading, which then reads again. */
  testsKept?: readonly string[];
}

export interface Analyzed {
  report: Report;
  /** Answers and columns that do not fit their scales, to warn about (without --strict). */
  lint: AnswerLint;
  /** Up to three distinct non-blank values of each column, from the first rows. */
  samples: string[][];
  /** What `--emit-state` writes: the survey as read, the plan of the analysis, the files and the analysis's state. */
  shard: () => ShardState;
  /** Groups of rated items that no dimension holds and whose answers in the first rows go together. */
  suggestions: () => Promise<DimensionSuggestion[]>;
  /** Why the report has no respondent though rows were read (--where, --since/--until, --weight …); null when it has one, or no row was read. */
  nobodyLeft: NobodyLeft | null;
}

export interface ShardState {
  model: SurveyModel;
  plan: AnalysisPlan;
  files: InputFile[];
  analysis: AnalysisState;
  /**
   * The --where the shard's rows were kept by, and the SHA-256 of each file's bytes (hex, in the
   * order of `files`): a merge tells from them the shards of the same files that together hold
   * every row (see coveringShards). Absent without --where, for standard input, and in states
   * before version 9.
   */
  where?: ShardWhere;
}

/**
 * Reads one or more files into one Report. The first rows of the first file (up to 1,000) are held
 * back while the columns are detected; then every row of every file streams through the analysis,
 * each file's rows read in its own format (decimal commas, platform codes), so memory
 * does not grow with the data. Every further file must have the same columns (in any order).
 * A survey with free-text columns needs the detector of comment languages, loaded once detection
 * has found them: a survey without any never loads it.
 */
export async function analyzeFiles(paths: readonly string[], given: AnalyzeOptions): Promise<Analyzed> {
  const options = withConfigHeaderRow(given);
  // (Cast, so that TypeScript does not take it to be null once the files are read.)
  let shape = null as FileShape | null;
  const sample: string[][] = [];
  const sampleLines: number[] = [];
  const lint = new AnswerLint(options.strict === true);
  let currentPath = paths[0] as string;
  // The file whose rows the analysis is reading, and the first file, whose rows detect the columns:
  // a row the analysis leaves out (a failed attention check) is counted as skipped in it.
  let currentFile = null as InputFile | null;
  let firstInput = null as InputFile | null;
  // (Cast, so that TypeScript does not take it to be null where a callback has set it.)
  let started = null as { analysis: PiecedAnalysis; model: SurveyModel; plan: AnalysisPlan } | null;
  // What a row of the detection sample costs (see rowCost), once the analysis has started.
  let costOfRows = null as number | null;
  const files: InputFile[] = [];
  // Tells the file being read which of its columns the analysis reads; it skips the others.
  let useColumns: (columns: readonly number[]) => void = () => undefined;
  const threads = options.threads ?? 1;
  // This thread and threads − 1 workers, started when a file turns out to be large.
  const pool = threads > 1 ? new PiecePool(threads, analyzeGroup) : null;
  // Changes at each new group of pieces and each new file, so that the held-back sample rows go into the groups they came from.
  let pieceSerial = 0;
  const samplePieces: number[] = [];
  // The detector of comment languages costs time and memory (see loadCommentLanguage): it is loaded
  // only for a survey with free-text columns, which detection tells once the first thousand rows
  // are read. The reader then pauses until it is loaded (ReadControl.waitFor: a CSV's reader hands
  // over at most the rest of the batch of records it is in), and the rows that came meanwhile are
  // held and go into the analysis after the sample, still in the first piece of a large file.
  let languageOf = options.languageOf;
  if (languageOf !== undefined) useCommentLanguage(languageOf);
  let detector = null as Promise<void> | null;
  let held = null as { rows: string[][]; lines: number[]; pieces: number[] } | null;
  // The columns that every row of the sample left blank, read as unused: their answers in later
  // rows are counted in the file that holds them (see InputFile.unscoredAnswers), a test of a cell
  // per row of those columns alone (a question added to the form after the first rows).
  let watched: WatchedColumn[] = [];

  const buildModel = (header: FileShape, firstFile: string, laterAnswers: AnalyzeOptions['laterAnswers']) =>
    buildSurveyModel(header, sample, { config: options.config, survey: options.survey, mappings: options.mappings, weightColumn: options.weightColumn, missing: options.missing, language: options.language, file: firstFile, laterAnswers });
  // The model the analysis starts with, built once from the first file's header and sample.
  let detected = null as SurveyModel | null;
  const modelOf = (firstFile: string) => (detected ??= buildModel(shape as FileShape, firstFile, options.laterAnswers));
  /** Whether the analysis must wait for the detector of comment languages: the survey has free-text columns and it is not loaded yet (it is then loading). */
  const awaitsDetector = (firstFile: string): boolean => {
    if (languageOf !== undefined) return false;
    const { columns, vocabulary } = modelOf(firstFile);
    if (commentColumns(columns, vocabulary).length === 0) return false;
    if (detector === null) {
      // The pool's workers load it too, meanwhile: those started for a large file then take their
      // groups as soon as they are shared out, rather than loading it first.
      pool?.loadCommentLanguage();
      detector = loadCommentLanguage().then((loaded) => {
        languageOf = loaded;
        useCommentLanguage(loaded);
      });
    }
    return true;
  };
  // Before a further file, whose header starts the analysis (see header) and must find the
  // detector there: an error of detection is left to be told there, after that file's own.
  const awaitsDetectorBefore = (firstFile: string): boolean => {
    try {
      return awaitsDetector(firstFile);
    } catch {
      return false;
    }
  };

  // A --by column of numbers (ages, order values) cut into bands: at the config's cuts, else at the
  // sample's natural groups, its codes for no answer (-99, the segment (blank)) left out of them.
  const bandsOf = (index: number, name: string, noAnswer: ReadonlySet<string>): { bands?: { cuts: number[]; from: 'config' | 'sample' } } => {
    const given = options.config?.settings.bands?.[name];
    if (given !== undefined) {
      if (given.length === 0 || given.some((cut, i) => !Number.isFinite(cut) || (i > 0 && cut <= (given[i - 1] as number)))) {
        throw new SatisfyError('CONFIG_INVALID', `bands[${JSON.stringify(name)}] must be cut points in ascending order, such as [30, 45, 60]`, { file: options.config?.path });
      }
      return { bands: { cuts: [...given], from: 'config' } };
    }
    const cuts = bandsFromSample(sample.map((row) => row[index] ?? '').filter((value) => !noAnswer.has(value.trim())));
    return cuts === null ? {} : { bands: { cuts, from: 'sample' } };
  };

  const start = (firstFile: string) => {
    const header = shape as FileShape;
    const model = modelOf(firstFile);
    // A further file starts the analysis where --where left no row of the first to detect from.
    const nothingToReadFrom = sample.length === 0 && !model.columns.some((c) => RATED_ROLES.has(c.role) || c.role === 'comment');
    if (nothingToReadFrom && options.allowEmpty !== true) requireUnfiltered(files, options.where ?? []);
    // Even where --map names the answers as a question: each row would be a respondent still.
    if (options.requireScorable !== 'nothing') requireOneRowPerRespondent(header.names, sample, firstFile);
    if (options.requireScorable !== 'nothing' && !(nothingToReadFrom && options.allowEmpty === true)) requireScorable(model, firstFile, options.requireScorable === 'ratingsOrComments', options.sheet === undefined ? (firstInput?.sheets ?? []).filter((s) => s !== firstInput?.sheet) : []);
    const outcome = options.outcomeColumn === undefined ? undefined : outcomeIndex(model, options.outcomeColumn, firstFile);
    lint.unmappedColumns(model.columns, sample, sampleLines, firstFile);
    lint.unsureColumns(model.columns, firstFile);
    // Rows beyond the sample (a longer file, or further files) may show a scale to be wider.
    lint.scalesMayWiden = options.laterAnswers === undefined && (sample.length >= DETECTION_SAMPLE || paths.length > 1);
    const by = options.segments?.by ?? [];
    // Their index and name: the plan is written in a state file, the column's evidence is not its business.
    const columns = by.map((name) => findColumn(model.columns, name, `--by ${name}`, firstFile)).map(({ index, name }) => ({ index, name, ...bandsOf(index, name, noAnswerCodes(model.columns[index] as ColumnModel, model.vocabulary)) }));
    if (columns.length === 2 && columns[0]?.index === columns[1]?.index) throw new SatisfyError('USAGE', `--by ${by[0] ?? ''} and --by ${by[1] ?? ''} name the same column, ${columns[0]?.name ?? ''}: a cross-breakdown takes two different columns`, { file: firstFile }, 'give --by once to break the report down by one column');
    const { confidenceLevel, periods, window } = options;
    const plan: AnalysisPlan = {
      confidenceLevel,
      outcome,
      segments: options.segments === undefined || columns.length === 0 ? null : { columns, minBase: options.segments.minBase, top: options.segments.top, adjust: options.segments.adjust, confidenceLevel },
      periods: periods === undefined ? null : { ...periodSettings(model, sample, periods, firstFile), timeZone: periods.timeZone, adjust: periods.adjust, confidenceLevel },
      window: window === undefined ? null : { ...windowSettings(periodSettings(model, sample, { period: 'day', dateOrder: window.dateOrder }, firstFile, '--since/--until')), timeZone: window.timeZone, since: window.since, until: window.until },
      attention: model.columns.some((c) => c.role === 'attention') ? { drop: options.dropInattentive === true } : null,
      ...(options.redact === false ? { redact: false } : {}),
      ...(options.segments === undefined ? {} : { tests: { minBase: options.segments.minBase, adjust: options.segments.adjust } }),
    };
    const leftOut = (line: number, reason: SkipReason) => {
      if (currentFile !== null) leaveOutRow(currentFile, reason, line);
    };
    watched = watchedColumns(model);
    const analysis = new PiecedAnalysis(() => assembleAnalysis(model, plan, lint.problemsOf(() => currentPath), lint.countOutOfScale, leftOut, languageOf));
    analysis.useFormat(header);
    const sampleFile = currentPath;
    const sampleInput = currentFile;
    currentPath = firstFile;
    currentFile = firstInput;
    // The sample, then the rows held while the detector of comment languages loaded.
    const rows = held === null ? sample : [...sample, ...held.rows];
    const lines = held === null ? sampleLines : [...sampleLines, ...held.lines];
    const pieces = held === null ? samplePieces : [...samplePieces, ...held.pieces];
    held = null;
    rows.forEach((row, i) => {
      if (i > 0 && pieces[i] !== pieces[i - 1]) analysis.nextGroup();
      analysis.addRow(row, lines[i]);
    });
    currentPath = sampleFile;
    currentFile = sampleInput;
    // The held rows came after the sample, in the file being read.
    if (currentFile !== null) for (let i = sample.length; i < rows.length; i++) countUnscored(currentFile, watched, rows[i] as string[], lines[i] as number);
    useColumns(withWatched(analysis.columns(), watched));
    return { analysis, model, plan };
  };

  /**
   * With --strict, the error to stop at when reading `path` stopped at `error`: a row that cannot be
   * read among the rows that detect the columns (the first thousand) is met before any of them is
   * scored, so an answer off its scale on a line above it is found first, by scoring the rows read
   * until then, and is the error (the first problem of the file); else `error`. Only an answer's
   * error of an earlier line of the same file counts: what the few rows read say of a whole column
   * (a scale guessed from too few answers) is no finding of the file's, which its thousand rows
   * would read otherwise.
   */
  const firstStrictError = async (error: unknown, path: string): Promise<unknown> => {
    if (!(error instanceof SatisfyError) || error.code !== 'STRICT' || started !== null || sample.length === 0 || shape === null || error.line === undefined) return error;
    try {
      if (awaitsDetector(path)) await detector;
      start(path);
    } catch (earlier) {
      if (earlier instanceof SatisfyError && earlier.code === 'STRICT' && earlier.file === error.file && earlier.line !== undefined && earlier.line < error.line) return earlier;
    }
    return error;
  };

  // A file to read again, keeping its survey tests and previews (see testsKept).
  let readAgain = null as string | null;
  try {
    for (const [index, path] of paths.entries()) {
      currentPath = path;
      const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
      // The file's pieces and their groups (see pieceGroups), from its size alone; a file of unknown
      // size (standard input) is a group a piece.
      const size = fileSize(path);
      const pieceCount = size === null ? 0 : Math.ceil(size / pieceBytes);
      // A file of more than one piece, or of a size not known (standard input), may be large: V8
      // optimises sooner than in a small run (see largeRunBudget), set before any worker starts (a
      // file is shared out from PIECES_FOR_THREADS pieces), so that workers start with the flags of
      // their code cache.
      const large = size === null || size > pieceBytes;
      if (large) largeRunBudget(threads);
      const groups = pieceGroups(pieceCount);
      let control: ReadControl | null = null;
      // The results of the groups after the first, once they are shared out to the pool's threads,
      // and, once this thread has read the first group, where the second starts.
      let pieces = null as { size: number; results: Array<Promise<PieceResult>> } | null;
      let handOver = null as { offset: number; line: number } | null;
      // Fields of this file in the order of the first file's columns, when the order differs.
      let order: number[] | null = null;
      // The size of this file when it is read in groups of pieces on several threads: a plain file
      // in a byte-wise encoding, of PIECES_FOR_THREADS pieces or more, the size its groups are of;
      // or, once detection has read the sample, whose pieces after the first cost as much as
      // PIECES_FOR_THREADS − 1 pieces of ratings (see rowCost: comments that seldom repeat).
      const sizeToShare = () => {
        const splittable = pool === null || control === null ? null : control.splittable();
        if (splittable === null || splittable.size !== size) return null;
        const cost = started === null ? 1 : (costOfRows ??= rowCost(started.model, sample));
        return worthSharing(splittable.size, pieceBytes, cost) ? splittable.size : null;
      };
      // Once the analysis has started and this file's rows so far are all in its first group: the
      // other groups go to the pool's threads at once, while this thread reads on to the second.
      const shareIfLarge = (shared: InputFile) => {
        const sharedSize = sizeToShare();
        if (sharedSize === null || pool === null || started === null || control === null || control.piece >= (groups[1] ?? 0)) return;
        const { model, plan } = started;
        const read = { platform: options.platform, where: options.where, includePartial: options.includePartial, strict: options.strict, keepTests, headerRow: options.headerRow, summaryWords: options.summaryWords };
        pieces = { size: sharedSize, results: pool.share({ path, pieceBytes, groups, pieces: pieceCount, encoding: shared.encoding, delimiter: shared.delimiter, read, model, plan, order, watched, next: groupCounter() }) };
      };
      let inputFile = null as InputFile | null;
      const keepTests = options.testsKept?.includes(path) === true;
      const progress = options.progress?.(path);
      const file = await readCsv(
        path,
        {
          header: (fileShape, headerFile, fileControl) => {
            control = fileControl;
            inputFile = headerFile;
            currentFile = headerFile;
            firstInput ??= headerFile;
            useColumns = (columns) => fileControl.useColumns(placesInFile(columns, order));
            pieceSerial += 1;
            // The workers load their code while this thread reads the rows that detect the columns;
            // a large file read on this thread alone keeps the young generation it has.
            if (sizeToShare() !== null && pool !== null) pool.warm();
            else if (large) holdYoungGeneration();
            if (shape === null) shape = fileShape;
            else {
              order = columnOrder(shape.names, fileShape.names, paths[0] as string, path);
              // Detection uses the first file's rows; this file may write its numbers differently.
              started ??= start(paths[0] as string);
              started.analysis.nextGroup();
              started.analysis.useFormat(fileShape);
              useColumns(withWatched(started.analysis.columns(), watched));
              shareIfLarge(headerFile);
            }
          },
          row: (fields, line) => {
            const row = inFirstOrder(fields, order);
            if (started === null && held !== null && languageOf !== undefined) {
              started = start(path);
              shareIfLarge(inputFile as InputFile);
            }
            if (started !== null) {
              if (watched.length > 0 && currentFile !== null) countUnscored(currentFile, watched, row, line);
              return started.analysis.addRow(row, line);
            }
            if (held !== null) {
              held.rows.push(row);
              held.lines.push(line);
              held.pieces.push(pieceSerial);
              return;
            }
            sample.push(row);
            sampleLines.push(line);
            samplePieces.push(pieceSerial);
            if (sample.length < DETECTION_SAMPLE) return;
            if (awaitsDetector(path)) {
              held = { rows: [], lines: [], pieces: [] };
              control?.waitFor(detector as Promise<void>);
              return;
            }
            started = start(path);
            shareIfLarge(inputFile as InputFile);
          },
          piece: (piece) => {
            // The pieces of a group go into one analysis, as on the thread that reads the group.
            if (!startsGroup(groups, piece)) return;
            pieceSerial += 1;
            if (pieces !== null && control !== null && handOver === null) {
              handOver = control.pieceStart();
              control.stop();
              return;
            }
            started?.analysis.nextGroup();
          },
        },
        { ...options, pieceBytes, onBytes: progress?.update, keepTests },
      )
        .catch(async (error: unknown) => {
          throw await firstStrictError(error, path);
        })
        .finally(() => {
          if (handOver === null) progress?.stop();
        });
      if (pieces !== null && pool !== null && started !== null) {
        // The file is larger than its first group, so reading it stopped at the second, unless a
        // quote never closed took the rest of the file into one record (or the file shrank): then
        // this thread has read it all, as one thread does.
        if (handOver === null) pool.abandon();
        else await analyzeInGroups(pool, { path, file, ...pieces, groups: groups.length, from: handOver, started, lint, progress });
        requireUnchanged(path, pieces.size);
        noteNotUtf8(file);
      }
      if (started === null && held !== null) {
        // The file ended before the detector of comment languages was there.
        await detector;
        started = start(path);
      } else if (started === null && index < paths.length - 1 && awaitsDetectorBefore(path)) await detector;
      files.push(file);
      // A file of nothing but survey tests and previews, read alone: they are what there is to report,
      // read again keeping them. Beside other files (a day's export of tests among real ones), they
      // stay left out, counted as the tests they are.
      if (!keepTests && paths.length === 1 && onlyTestsAndPreviews(file)) {
        if (!canReadAgain(path)) throw new SatisfyError('HEADER_ONLY', `every response is a survey test or a survey preview (Qualtrics' Status), which satisfy leaves out, and ${path === '-' ? 'standard input' : 'the input'} cannot be read a second time to keep them`, { file: path }, 'give the export by its path: an export of nothing but tests and previews is then read whole, with a note');
        readAgain = path;
        break;
      }
    }
  } finally {
    // The files are read, or given up on an error: the workers stop before the report is made, so
    // that their heaps and this thread's report are not in memory at once.
    await pool?.close();
  }
  if (readAgain !== null) return analyzeFiles(paths, { ...options, languageOf, testsKept: [...(options.testsKept ?? []), readAgain] });
  // Nobody left is told before the columns are read from no row (a config's column of no answer
  // then had no scale: a cold trial was told so of a --where that matched nothing).
  if (started === null && options.allowEmpty !== true) requireUnfiltered(files, options.where ?? []);
  if (started === null && awaitsDetector(paths[0] as string)) await detector;
  // --allow-empty, and --where left out every row: the columns are read from the rows it left out
  // (read again without it), and scored on none, as they would be had one row been kept.
  if (started === null && options.allowEmpty === true && whyNobodyLeft(files, options.where ?? [])?.kind === 'where' && paths.every(canReadAgain)) {
    const unfiltered = await analyzeFiles(paths, { ...options, where: [] });
    const { model, plan } = unfiltered.shard();
    const none = assembleAnalysis(model, plan);
    const report = withChecks(none.report(files), options.gates ?? []);
    return { report, lint, samples: unfiltered.samples, shard: () => ({ model, plan, files, analysis: none.save() }), suggestions: unfiltered.suggestions, nobodyLeft: whyNobodyLeft(report.input.files, options.where ?? [], report) };
  }
  const { analysis, model, plan } = started ?? start(paths[0] as string);
  const report = withChecks(analysis.report(files), options.gates ?? []);
  // A scale read from the first rows that later answers widen (a 1-4 with 5s further down): read
  // again with every row's answers, or, where the input cannot be read again, say so.
  if (options.laterAnswers === undefined && files.reduce((rows, f) => rows + f.rows, 0) > sample.length && shape !== null) {
    const found = laterAnswers(model, report.items, lint.outOfScaleAnswers(), sample, shape);
    // Only readings that stay rated on another scale count: answers that fit no scale after the
    // sample are counted where they are, they do not unmake a rated column.
    const rescaled = found.size === 0 ? null : buildModel(shape, paths[0] as string, found);
    const later = new Map([...found].filter(([index]) => rescaled !== null && SCALED_ROLES.has((rescaled.columns[index] as ColumnModel).role)));
    const wider = later.size === 0 ? null : buildModel(shape, paths[0] as string, later);
    const changed = wider === null ? [] : model.columns.filter((column, i) => !sameReading(column, wider.columns[i] as ColumnModel));
    if (changed.length > 0 && paths.every(canReadAgain)) return analyzeFiles(paths, { ...options, languageOf, laterAnswers: later });
    for (const column of changed) lint.scaleFromSample(column, (wider as SurveyModel).columns[column.index] as ColumnModel, sample.length, paths[0] as string);
  }
  lint.strictAfterAll();
  lint.oppositeItems(report, paths.join(', '));
  const suggestions = async () => suggestDimensions(model.columns, sample, model.vocabulary, shape ?? undefined, new Set(model.dimensions.map((d) => d.id)), stopwords());
  const nobodyLeft = report.respondents > 0 ? null : whyNobodyLeft(report.input.files, options.where ?? [], report);
  return { report, lint, samples: sampleValues(sample, model.columns.length), shard: () => ({ model, plan, files, analysis: analysis.save() }), suggestions, nobodyLeft };
}

interface GroupsOfFile {
  path: string;
  /** The file as read here, up to the second group: its encoding, delimiter, platform, notes and first group's rows. */
  file: InputFile;
  size: number;
  /** The file's groups of pieces, 0 to groups − 1, and the results of those after the first, from the pool. */
  groups: number;
  results: Array<Promise<PieceResult>>;
  /** Where the second group starts, and its line. */
  from: { offset: number; line: number };
  started: { analysis: PiecedAnalysis; model: SurveyModel; plan: AnalysisPlan };
  lint: AnswerLint;
  progress: ReadProgress | undefined;
}

/**
 * Takes groups of pieces of a file after the first (which this thread has read) on this thread
 * too, and adds all up in order (see pieceGroups). A group's first record is found from the bytes
 * around it (see findRecordStart); where that differs from where the group before ended (a line
 * break in a quoted comment fooled it), the group is read again from there. Answers that do not
 * fit, rows skipped and errors are told as a single thread would have.
 */
async function analyzeInGroups(pool: PiecePool, { path, file, size, groups, results, from, started, lint, progress }: GroupsOfFile): Promise<void> {
  const { model, analysis } = started;
  // This thread's young generation has grown while it read the first group; it stays that size
  // for the groups it takes and the merges (see holdYoungGeneration).
  holdYoungGeneration();
  const joined = pool.join();
  const tell = lint.problemsOf(() => path);
  let at = from;
  try {
    for (let group = 1; group < groups; group++) {
      // Taken out of the array, so that the group's state is garbage once merged.
      let result = await (results.shift() as Promise<PieceResult>);
      if (result.start !== at.offset) result = pool.again(group, at.offset);
      const shift = at.line - 1;
      const { error } = result;
      for (const problem of result.problems) {
        if (error?.line !== undefined && problem.line >= error.line) break;
        tell({ ...problem, column: model.columns[problem.column] as ColumnModel, line: problem.line + shift });
      }
      if (error !== null) throw new SatisfyError(error.code, error.message, { file: path, line: error.line === undefined ? undefined : error.line + shift }, error.hint);
      for (const [column, value, times] of result.outOfScale) lint.countOutOfScale(column, value, times);
      addRows(file, result.rows, shift);
      analysis.addGroup(unpackState(result.state as Uint8Array));
      progress?.update(result.end.offset, size);
      at = { offset: result.end.offset, line: shift + result.end.line };
    }
    await joined;
  } finally {
    progress?.stop();
  }
  requireResponses(file);
}

/**
 * Stops with an error when the file read in pieces is no longer `size` bytes (or gone): it changed
 * while its pieces were read, and they may hold parts of two versions of it.
 */
function requireUnchanged(path: string, size: number): void {
  const now = fileSize(path);
  if (now === size) return;
  const what = now === null ? 'it is gone' : `it was ${size} bytes, it is ${now}`;
  throw new SatisfyError('FILE_CHANGED', `the file changed while it was read (${what})`, { file: path }, 'read it again once nothing writes to it, or read a copy');
}

/** The stopwords of the seven lexicon languages, folded: made only when suggested dimensions are named, by inspect and init, never by a report. */
function stopwords(): ReadonlySet<string> {
  const { en, pl, lv, de, fr, es, pt } = STOPWORDS;
  return new Set([...en, ...pl, ...lv, ...de, ...fr, ...es, ...pt].map((w) => normalizeText(w)));
}

/** Whether two readings of a column agree on its role, dimension and scale. */
function sameReading(a: ColumnModel, b: ColumnModel): boolean {
  return a.role === b.role && a.dimension === b.dimension && a.scale?.min === b.scale?.min && a.scale?.max === b.scale?.max && a.scale?.kind === b.scale?.kind;
}

/** A regular file can be read a second time; standard input, a pipe or a device cannot. */
function canReadAgain(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The size of the file at `path`, or null for standard input and for what cannot be read (readCsv says why). */
function fileSize(path: string): number | null {
  if (path === '-') return null;
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function sampleValues(rows: readonly string[][], width: number): string[][] {
  return Array.from({ length: width }, (_, column) => {
    const values: string[] = [];
    for (const row of rows) {
      const value = (row[column] ?? '').trim();
      if (value !== '' && !values.includes(value)) values.push(value);
      if (values.length >= SAMPLE_VALUES) break;
    }
    return values;
  });
}

/**
 * The timestamp column of --period (and --since/--until) and how to read its dates: Excel serial
 * day numbers or not (hasExcelSerials), and the order of day and month, given by --date-format or
 * the config, or found in the sample (dateOrder), every sampled row weighing; a sample whose dates
 * read day first only and month first only is an error. The periods go on weighing every row of
 * the files (PeriodAnalysis); a date window reads in this order.
 */
/** What of the settings of a period the date window takes: the plan is written in a state file, as its schema says. */
function windowSettings({ column, dateOrder, excelSerials }: ReturnType<typeof periodSettings>): Pick<WindowOptions, 'column' | 'dateOrder' | 'excelSerials'> {
  return { column, dateOrder, excelSerials };
}

function periodSettings(model: SurveyModel, sample: readonly string[][], periods: { period: PeriodKind; dateOrder?: DateOrder }, file: string, flag = `--period ${periods.period}`): { column: { index: number; name: string }; dateOrder: DateOrder; dateOrderGiven: boolean; excelSerials: boolean; period: PeriodKind } {
  const column = model.timestamp === null ? undefined : model.columns[model.timestamp];
  if (column === undefined) throw new SatisfyError('USAGE', `${flag} needs a timestamp column, and none was found`, { file }, 'name it in satisfy.config.json: "timestamp": "<column>"');
  const values = sample.map((row) => row[column.index] ?? '');
  const excelSerials = hasExcelSerials(values);
  const found: DateOrderFinding =
    periods.dateOrder !== undefined
      ? { kind: 'order', order: periods.dateOrder }
      : orderOrSerials(detectDateOrder(excelSerials ? values.filter((v) => excelSerialDay(v) === null) : values), excelSerials);
  if (found.kind === 'noDate') throw new SatisfyError('USAGE', `no date in column "${column.name}" can be read for ${flag}`, { file }, 'dates look like 2026-02-14, 14/02/2026, 2/14/2026 9:30 PM or 19 November 2023; --date-format ymd|dmy|mdy says which');
  if (found.kind === 'conflict') {
    throw new SatisfyError('USAGE', `column "${column.name}" has dates that read only day first ("${found.dayFirst}") and others only month first ("${found.monthFirst}"), for ${flag}`, { file }, '--date-format dmy or mdy says which order to read; the dates that do not read so are then counted, in no period');
  }
  return { column: { index: column.index, name: column.name }, dateOrder: found.order, dateOrderGiven: periods.dateOrder !== undefined, excelSerials, period: periods.period };
}

/** A column of Excel serial days alone has dates, in no order of day and month: day first, as when nothing tells. */
function orderOrSerials(found: DateOrderFinding, excelSerials: boolean): DateOrderFinding {
  return found.kind === 'noDate' && excelSerials ? { kind: 'order', order: 'dmy' } : found;
}

function outcomeIndex(model: SurveyModel, name: string, file: string): number {
  const column = findColumn(model.columns, name, `--outcome ${name}`, file);
  if (!RATED_ROLES.has(column.role)) throw new SatisfyError('USAGE', `--outcome ${name} names a column that is not rated (${column.role})`, { file }, 'the outcome is a rated question, such as overall satisfaction or likelihood to recommend');
  return column.index;
}

/**
 * Stops where no row reached the columns to read them from: every one unfinished, left out by
 * --where, or skipped otherwise (rows that do not split into the header's columns, an unclosed
 * quote, test responses…). Else the error would be that no column can be scored, and send the user
 * to --map. Why is data (see whyNobodyLeft); the CLI words it.
 */
function requireUnfiltered(files: readonly InputFile[], where: readonly RowCondition[]): void {
  const why = whyNobodyLeft(files, where);
  if (why.kind === 'unfinished' || why.kind === 'where' || everyRowSkipped(why)) throw new NobodyLeftError(why);
}

/**
 * Stops at a table of one row per answer (see oneRowPerAnswer): each row would be read as a
 * respondent, and its answer column as one question of every scale (a cold trial's warehouse table
 * gave 17,145 respondents of a score that meant nothing, once --map named the answers).
 */
function requireOneRowPerRespondent(names: readonly string[], sample: readonly (readonly string[])[], path: string): void {
  const long = oneRowPerAnswer(names, sample);
  if (long !== null) throw new SatisfyError('NO_SCORABLE_COLUMN', `the file holds one row per answer (${long.respondent}, ${long.question}, ${long.answer}; questions such as ${long.questions.slice(0, 3).join(', ')}), and satisfy reads one row per respondent, each question a column`, { file: path }, pivotHint(long));
}

/**
 * Stops when nothing can be scored (see AnalyzeOptions.requireScorable). `otherSheets`, of a
 * workbook read at its first sheet, are named in the hint; such a first sheet needs a rated
 * column even where comments would do: free text on a workbook's first sheet is as often notes
 * about the data on the next one as it is comments.
 */
function requireScorable(model: SurveyModel, path: string, orComments: boolean, otherSheets: readonly string[]): void {
  const commentsDo = orComments && otherSheets.length === 0;
  if (model.columns.some((c) => RATED_ROLES.has(c.role) || (commentsDo && c.role === 'comment'))) return;
  // A survey in a language of no lexicon: its label sets and keywords are what could not be read.
  const without = languageWithoutLexicon(model.language?.language ?? null);
  const foreign = without === null ? '' : ` in a survey in ${without}, a language satisfy has no keywords for`;
  throw new SatisfyError(
    'NO_SCORABLE_COLUMN',
    `no column can be scored: found no rating (0-10 or a known label set), yes/no problem or recommend column${commentsDo ? ', and no comment column' : ''}${foreign}`,
    { file: path },
    otherSheets.length > 0
      ? `this is the workbook's first sheet; read another with --sheet: ${otherSheets.map((s) => JSON.stringify(s)).join(', ')}`
      : "name the columns to score with --map <dimension>=<column>, e.g. --map delivery='Delivery speed'",
  );
}

/**
 * The options with the config's `headerRow` where --header-row does not say (the flag wins), and
 * who named it, for its errors and notes.
 */
export function withConfigHeaderRow<T extends Pick<AnalyzeOptions, 'headerRow' | 'headerRowSaid'> & { config?: LoadedConfig }>(options: T): T {
  const configured = options.config?.settings.headerRow;
  if (options.headerRow !== undefined || configured === undefined) return options;
  return { ...options, headerRow: configured, headerRowSaid: `"headerRow": ${configured} of ${options.config?.path ?? 'the config'}` };
}
