import { createRequire } from 'node:module';
import type { AnalysisState, AnswerProblem, RowAnalysis } from '../analysis/analyze-survey.js';
import { assembleAnalysis, type AnalysisPlan } from '../analysis/assemble-analysis.js';
import { SatisfyError, type ErrorCode } from '../errors.js';
import { leaveOutRow, readCsvRange, type FileRange, type InputFile, type ReadOptions } from '../input/read-csv.js';
import type { LanguageOf } from '../survey/comment-language.js';
import type { SurveyModel } from '../survey/survey-model.js';
import { zeroToTen } from '../text/parse-number.js';
import { inFirstOrder, placesInFile } from './column-order.js';
import { countUnscored, withWatched, type WatchedColumn } from './unscored-answers.js';
import { groupBytes } from './piece-groups.js';

/**
 * The groups of pieces of one file after its first, shared out to the threads (see PiecePool and
 * pieceGroups): plain data, as it crosses to a worker thread once per file.
 */
export interface PieceJob {
  path: string;
  pieceBytes: number;
  /**
   * The first piece of each group of the file (see pieceGroups); group 0 is read by the thread
   * that detected its columns, the others are taken by the threads.
   */
  groups: number[];
  /** The number of pieces of the file (the last group ends with the last). */
  pieces: number;
  /** The encoding and delimiter found for the whole file. */
  encoding: string;
  delimiter: string;
  /** The reading options that matter to a range (no stream, no callbacks). */
  read: Pick<ReadOptions, 'platform' | 'where' | 'includePartial' | 'strict' | 'keepTests' | 'headerRow' | 'summaryWords'>;
  model: SurveyModel;
  plan: AnalysisPlan;
  /** Fields of this file in the order of the first file's columns, or null when the order is the same. */
  order: number[] | null;
  /** The columns the detection sample left blank, whose answers are counted, not scored (see InputFile.unscoredAnswers). */
  watched: WatchedColumn[];
  /** The next group not yet taken, in shared memory: every thread takes its groups from it. */
  next: Int32Array;
  /** Which of the pool's jobs this is (see PiecePool.share). */
  serial: number;
}

/** What the pool sends a worker thread: a file's groups to take, or word to load the detector of comment languages now. */
export type PoolMessage = PieceJob | typeof LOAD_COMMENT_LANGUAGE;
export const LOAD_COMMENT_LANGUAGE = 'load-comment-language';

/** A new counter of the groups of a job, at group 1. */
export function groupCounter(): Int32Array {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  next[0] = 1;
  return next;
}

/** Takes the next group of `job` for this thread: a group no other thread gets (the number of groups or more when none is left). */
export function takeGroup(job: PieceJob): number {
  return Atomics.add(job.next, 0, 1);
}

/** An answer that does not fit its scale, with its column by position. */
export interface PieceProblem extends Omit<AnswerProblem, 'column'> {
  column: number;
}

/**
 * What a thread found in a group of pieces. Lines are counted from 1 at the group's first record;
 * the caller, who knows where the group starts, moves them.
 */
export interface PieceResult {
  /** The job's serial, and the group. */
  serial: number;
  group: number;
  /** Where the group's first record starts (found, or given). */
  start: number;
  /** Where the next group's first record starts, and its line. */
  end: { offset: number; line: number };
  rows: Pick<InputFile, 'rows' | 'rowsUsed' | 'skipped' | 'notUtf8' | 'unscoredAnswers'>;
  /**
   * The group's analysis state, serialized (see packState): bytes that wait for their turn to be
   * merged, rather than the objects of a state, which this thread's heap kept (and grew by) while
   * it read its own groups.
   */
  state: Uint8Array | null;
  problems: PieceProblem[];
  /** Answers excluded as outside their column's scale: column index, the answer as written, how many times. */
  outOfScale: Array<[number, string, number]>;
  /** The error that stopped the group (a SatisfyError), if one did. */
  error: { code: ErrorCode; message: string; line: number | undefined; hint: string | undefined } | null;
}

/** The analysis of a job's groups on one thread, with the problems of the group being read. */
class GroupAnalysis {
  problems: PieceProblem[] = [];
  // By column index, then answer as written: how many times.
  private outOfScale = new Map<number, Map<string, number>>();
  readonly analysis: RowAnalysis;

  /** The group's rows as the reader counts them, told in the header: a row the analysis leaves out is counted skipped there. */
  file: InputFile | null = null;

  constructor(readonly job: PieceJob) {
    this.analysis = assembleAnalysis(
      job.model,
      job.plan,
      (problem) => this.problems.push({ ...problem, column: problem.column.index }),
      (column, value) => {
        // Only whole numbers 0-10, or the texts of a labelled column, can show another scale (see AnswerLint.countOutOfScale).
        if (zeroToTen(value) === null && job.model.columns[column]?.scale?.kind !== 'labels') return;
        const counts = this.outOfScale.get(column) ?? new Map<string, number>();
        const answer = value.trim();
        // A wrong scale puts a few values out of it many times; free text beyond a few is no scale.
        if (counts.size < OUT_OF_SCALE_VALUES || counts.has(answer)) this.outOfScale.set(column, counts.set(answer, (counts.get(answer) ?? 0) + 1));
      },
      (line, reason) => {
        if (this.file !== null) leaveOutRow(this.file, reason, line);
      },
      languageOf,
    );
  }

  /** The answers excluded as outside their column's scale, for the PieceResult. */
  outOfScaleAnswers(): PieceResult['outOfScale'] {
    return [...this.outOfScale].flatMap(([column, counts]) => [...counts].map(([value, count]): [number, string, number] => [column, value, count]));
  }

  /** Empty again for the next group (see RowAnalysis.clear). */
  clear(): void {
    this.analysis.clear();
    this.problems = [];
    this.outOfScale = new Map();
  }
}

// Distinct out-of-scale answers kept per column and group.
const OUT_OF_SCALE_VALUES = 64;

// Tells the language of comments on this thread (see useCommentLanguage).
let languageOf: LanguageOf | undefined;

/** The detector of comment languages that the analyses of groups on this thread use: set before analyzeGroup meets a survey with comment columns. */
export function useCommentLanguage(detector: LanguageOf): void {
  languageOf = detector;
}

// The analysis of this thread's last group, cleared for the next group of the same job.
let last: GroupAnalysis | null = null;

function analysisOf(job: PieceJob): GroupAnalysis {
  if (last?.job === job) last.clear();
  else last = new GroupAnalysis(job);
  return last;
}

/**
 * Reads group `group` of a job's file and analyses its rows, piece after piece, into one analysis,
 * as a thread that reads the whole file does (see PiecedAnalysis): its state is the group's. The
 * group's first record is found from the bytes around its first byte, unless `start` gives it.
 */
export function analyzeGroup(job: PieceJob, group: number, start: number | null = null): PieceResult {
  const groupAnalysis = analysisOf(job);
  const { analysis, problems } = groupAnalysis;
  const { order } = job;
  const range: FileRange = { ...groupBytes(job.groups, job.pieces, group, job.pieceBytes), start, encoding: job.encoding, delimiter: job.delimiter };
  let found = start ?? range.from;
  try {
    const read = readCsvRange(
      job.path,
      {
        header: (shape, file, control) => {
          groupAnalysis.file = file;
          analysis.useFormat(shape);
          control.useColumns(placesInFile(withWatched(analysis.columns(), job.watched), order));
        },
        row: (fields, line) => {
          const row = inFirstOrder(fields, order);
          if (job.watched.length > 0 && groupAnalysis.file !== null) countUnscored(groupAnalysis.file, job.watched, row, line);
          analysis.addRow(row, line);
        },
      },
      job.read,
      range,
      (at) => (found = at),
    );
    const { rows, rowsUsed, skipped, notUtf8, unscoredAnswers } = read.file;
    return { serial: job.serial, group, start: found, end: read.end, rows: { rows, rowsUsed, skipped, notUtf8, unscoredAnswers }, state: packState(analysis.save()), problems, outOfScale: groupAnalysis.outOfScaleAnswers(), error: null };
  } catch (caught) {
    const error = fileChanged(caught);
    if (!(error instanceof SatisfyError)) throw error;
    const failure = { code: error.code, message: error.message, line: error.line, hint: error.hint };
    return { serial: job.serial, group, start: found, end: { offset: found, line: 1 }, rows: { rows: 0, rowsUsed: 0, skipped: [] }, state: null, problems, outOfScale: [], error: failure };
  }
}

/**
 * A state as bytes, by V8's serializer, the one that copies a message to another thread: unpacked
 * (unpackState), it is the state as it was, to the last bit of every number.
 */
function packState(state: AnalysisState): Uint8Array {
  return v8().serialize(state);
}

/** The state that packState packed. */
export function unpackState(bytes: Uint8Array): AnalysisState {
  return v8().deserialize(bytes) as AnalysisState;
}

// node:v8 is required once a state crosses threads: loading it took a ms of every run.
const v8 = () => createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

/**
 * A file that cannot be opened again while its groups are read was there when the reading began:
 * it was deleted, moved or made unreadable meanwhile. Other errors are as they are.
 */
function fileChanged(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new SatisfyError('FILE_CHANGED', `the file changed while it was read (${code === 'ENOENT' ? 'it is gone' : code})`, {}, 'read it again once nothing writes to it, or read a copy');
}
