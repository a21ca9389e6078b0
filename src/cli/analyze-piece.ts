import type { AnalysisState, AnswerProblem } from '../analysis/analyze-survey.js';
import { assembleAnalysis, type AnalysisPlan } from '../analysis/assemble-analysis.js';
import { SatisfyError, type ErrorCode } from '../errors.js';
import { readCsvRange, type FileRange, type InputFile, type ReadOptions } from '../input/read-csv.js';
import type { SurveyModel } from '../survey/survey-model.js';

/** One piece of a file for a worker thread to analyse: plain data, as it crosses to the thread. */
export interface PieceTask {
  piece: number;
  path: string;
  range: FileRange;
  /** The reading options that matter to a range (no stream, no callbacks). */
  read: Pick<ReadOptions, 'platform' | 'where' | 'includePartial' | 'strict'>;
  model: SurveyModel;
  plan: AnalysisPlan;
  /** Fields of this file in the order of the first file's columns, or null when the order is the same. */
  order: number[] | null;
}

/** An answer that does not fit its scale, with its column by position. */
export interface PieceProblem extends Omit<AnswerProblem, 'column'> {
  column: number;
}

/**
 * What a worker found in its piece. Lines are counted from 1 at the piece's first record; the
 * caller, who knows where the piece starts, moves them.
 */
export interface PieceResult {
  piece: number;
  /** Where the piece's first record starts (found, or given). */
  start: number;
  /** Where the next piece's first record starts, and its line. */
  end: { offset: number; line: number };
  rows: Pick<InputFile, 'rows' | 'rowsUsed' | 'skipped'>;
  state: AnalysisState | null;
  problems: PieceProblem[];
  /** The error that stopped the piece (a SatisfyError), if one did. */
  error: { code: ErrorCode; message: string; line: number | undefined; hint: string | undefined } | null;
}

/** Reads one piece of a file and analyses its rows into a state, as analyzeFiles does for a whole file. */
export function analyzePiece(task: PieceTask): PieceResult {
  const problems: PieceProblem[] = [];
  const analysis = assembleAnalysis(task.model, task.plan, (problem) => problems.push({ ...problem, column: problem.column.index }));
  const { order } = task;
  let start = task.range.start ?? task.range.from;
  try {
    const read = readCsvRange(
      task.path,
      {
        header: (shape, _file, control) => {
          analysis.useFormat(shape);
          const columns = analysis.columns();
          control.useColumns(order === null ? columns : columns.map((c) => order[c] ?? c));
        },
        row: (fields, line) => analysis.addRow(order === null ? fields : order.map((i) => fields[i] ?? ''), line),
      },
      task.read,
      task.range,
      (found) => (start = found),
    );
    const { rows, rowsUsed, skipped } = read.file;
    return { piece: task.piece, start, end: read.end, rows: { rows, rowsUsed, skipped }, state: analysis.save(), problems, error: null };
  } catch (error) {
    if (!(error instanceof SatisfyError)) throw error;
    const failure = { code: error.code, message: error.message, line: error.line, hint: error.hint };
    return { piece: task.piece, start, end: { offset: start, line: 1 }, rows: { rows: 0, rowsUsed: 0, skipped: [] }, state: null, problems, error: failure };
  }
}
