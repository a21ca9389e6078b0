import type { AnalysisPlan } from '../analysis/assemble-analysis.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import type { Platform } from '../input/platforms/recognise-platform.js';
import type { SurveyModel } from '../survey/survey-model.js';
import type { Dialect } from './quote.js';

/** What the first row of a query's result carries: all the report needs besides the sums. */
export const RESULT_FORMAT = 'satisfy-sql-result';
export const RESULT_VERSION = 1;

export interface ResultHeader {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  dialect: Dialect;
  /** The table (or file) the query reads, as given. */
  table: string;
  /** The sample file the survey was read from, and its platform. */
  sample: { path: string; platform: Platform };
  /** The survey as satisfy read it, its vocabulary as its missing codes only (the rest is this satisfy's lexicons). */
  model: Omit<SurveyModel, 'vocabulary'> & { vocabulary: { missingCodes: string[] } };
  plan: AnalysisPlan;
  /** How the sample writes its answers: the query coded the table's as it does. */
  answerFormat: AnswerFormat;
  /** The --where conditions, by column name. */
  where: Array<{ column: string; equals: boolean; value: string }>;
}

/** The header of a query's result, as JSON. */
export function resultHeader(header: Omit<ResultHeader, 'format' | 'version' | 'model'> & { model: SurveyModel }): string {
  const { vocabulary, ...model } = header.model;
  const written: ResultHeader = { format: RESULT_FORMAT, version: RESULT_VERSION, ...header, model: { ...model, vocabulary: { missingCodes: [...vocabulary.missingCodes] } } };
  return JSON.stringify(written);
}
