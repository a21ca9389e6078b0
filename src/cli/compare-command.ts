import { compareReports } from '../analysis/compare-reports.js';
import { evaluateDrops, parseDropGate, requireKnownDimensions } from '../analysis/gates.js';
import type { ComparisonReport, Report } from '../analysis/report.js';
import { UnknownColumnError } from '../errors.js';
import { SCHEMA_VERSION } from '../analysis/report.js';
import { dimensionLabels } from '../render/breakdown.js';
import { comparisonCsvRows, renderComparisonMarkdown, renderComparisonTable } from '../render/comparison.js';
import { csvText } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { analyzeFiles } from '../engine/analyze-files.js';
import { checkOutputs } from './check-outputs.js';
import { readOptions, surveyOptions, type InputFlags } from './input-options.js';
import type { ExitCode, Io } from './io.js';
import { knownDimensions } from './known-dimensions.js';
import { configFile } from './load-config.js';
import { csvStyle } from './csv-locale.js';
import { isReportJson, readReport, requireRated } from './read-report.js';
import { deliver, parseConfidence, parseFormat, parseSegments } from './report-command.js';
import { useColor } from './use-color.js';
import { warnAbout, warnComparison } from './warn-skipped.js';

export const COMPARE_FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

export interface CompareOptions extends InputFlags {
  baseline: string;
  current: string;
  format: string;
  confidence: string;
  weight?: string;
  by: string[];
  minBase: string;
  top?: string;
  adjust: string;
  failOnDrop: string[];
  output?: string;
  junit?: string;
  color: boolean;
  /** --csv-locale: the CSV for a spreadsheet in this locale. */
  csvLocale?: string;
}

/**
 * `satisfy compare <baseline> <current>`: every figure of the current report against the
 * baseline's, overall and per segment, with the interval and test of each change and the mix/rate
 * split of the overall changes. Each side is a report JSON written earlier or exports to analyse.
 */
export async function runCompare(options: CompareOptions, io: Io): Promise<ExitCode> {
  checkOutputs([['-o', options.output], ['--junit', options.junit]], [options.baseline, options.current, configFile(options.config, process.cwd())]);
  const format = parseFormat(options.format, COMPARE_FORMATS);
  const csv = csvStyle(options.csvLocale, format);
  const confidenceLevel = parseConfidence(options.confidence);
  const segments = parseSegments(options);
  const drops = options.failOnDrop.map((name) => parseDropGate(name));
  const json = [options.baseline, options.current].map((path) => (isReportJson(path) ? requireRated(readReport(path), path) : null));
  // The config (and --map) are read only for a side that is an export, before it is read.
  const survey = json.every((r) => r !== null) ? undefined : surveyOptions(options, process.cwd());
  requireKnownDimensions(drops, knownDimensions(survey ?? {}, { reports: json }));
  // Exports are broken down as --by says, else as the report JSON on the other side is.
  const by = segments.by.length > 0 ? segments.by : (json.find((r) => r?.segmentation)?.segmentation?.columns ?? []);
  // A breakdown the user did not ask for, taken from the report JSON, whose column the export lacks (renamed).
  const unbroken: string[] = [];
  const side = async (path: string, report: Report | null): Promise<Report> => {
    if (report !== null) return report;
    const analyse = (breakdown: readonly string[]) => analyzeFiles([path], { ...readOptions(options, io), ...(survey ?? surveyOptions(options, process.cwd())), segments: { ...segments, by: [...breakdown] }, confidenceLevel, requireScorable: 'ratings', weightColumn: options.weight });
    let analysed;
    try {
      analysed = await analyse(by);
    } catch (error) {
      // The breakdown was the report JSON's, not asked for: compare overall, and say why.
      const missing = segments.by.length === 0 && error instanceof UnknownColumnError && error.source === `--by ${error.column}` && by.includes(error.column) ? error.column : undefined;
      if (missing === undefined) throw error;
      unbroken.push(`${path} has no column "${missing}" to break it down by, as the other side is: compared overall only (--by names a column of both)`);
      analysed = await analyse([]);
    }
    warnAbout(analysed.report, analysed.lint, io, options.quiet);
    return analysed.report;
  };
  const baseline = await side(options.baseline, json[0] ?? null);
  const current = await side(options.current, json[1] ?? null);
  const compared = compareReports({ source: options.baseline, report: baseline }, { source: options.current, report: current }, { adjust: segments.adjust, confidenceLevel, minBase: segments.minBase });
  const comparison = { ...compared, notes: [...unbroken, ...compared.notes] };
  warnComparison(comparison, io, options.quiet);
  const result: ComparisonReport = { schemaVersion: SCHEMA_VERSION, ...comparison, checks: evaluateDrops(comparison, drops, { baseline, current }) };
  const labels = { ...dimensionLabels(baseline), ...dimensionLabels(current) };
  const color = options.output === undefined && format === 'table' && useColor(options.color, io.env, io.stdoutIsTTY);
  const text = format === 'json' ? renderJson(result) : format === 'csv' ? csvText(comparisonCsvRows(result, result.checks), csv) : format === 'markdown' ? renderComparisonMarkdown(result, labels) : renderComparisonTable(result, labels, { color, width: options.output === undefined ? io.columns : undefined });
  return deliver(text, result.checks, options, io);
}
