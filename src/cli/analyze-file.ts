import type { Report } from '../analysis/report.js';
import { SurveyAnalysis } from '../analysis/analyze-survey.js';
import { SatisfyError } from '../errors.js';
import { readCsv } from '../input/read-csv.js';
import { buildSurveyModel, type ColumnMapping } from '../survey/build-model.js';
import { RATED_ROLES, type SurveyModel } from '../survey/survey-model.js';

// Rows held back to detect the columns before the analysis starts; memory for them is bounded.
const DETECTION_SAMPLE = 1000;

export interface AnalyzeOptions {
  mappings: readonly ColumnMapping[];
  confidenceLevel: number;
}

/**
 * Reads one file into a Report: the first rows are held back while the columns are detected, then
 * every row streams through the analysis, so memory does not grow with the file.
 */
export async function analyzeFile(path: string, options: AnalyzeOptions): Promise<Report> {
  let header: string[] = [];
  let sample: string[][] = [];
  let analysis: SurveyAnalysis | null = null;
  const start = (): SurveyAnalysis => {
    const model = buildSurveyModel(header, sample, { mappings: options.mappings, file: path });
    requireScorable(model, path);
    const started = new SurveyAnalysis(model, { confidenceLevel: options.confidenceLevel });
    for (const row of sample) started.addRow(row);
    sample = [];
    return started;
  };
  const file = await readCsv(path, {
    header: (fields) => (header = fields),
    row: (fields) => {
      if (analysis !== null) return analysis.addRow(fields);
      sample.push(fields);
      if (sample.length >= DETECTION_SAMPLE) analysis = start();
    },
  });
  analysis ??= start();
  return analysis.report([file]);
}

function requireScorable(model: SurveyModel, path: string): void {
  if (model.columns.some((c) => RATED_ROLES.has(c.role))) return;
  throw new SatisfyError(
    'NO_SCORABLE_COLUMN',
    'no column can be scored: found no rating (0-10 or a known label set), yes/no problem or recommend column',
    { file: path },
    "name the columns to score with --map <dimension>=<column>, e.g. --map delivery='Delivery speed'",
  );
}
