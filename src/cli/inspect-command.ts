import type { InspectReport } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { renderInspectJson, renderInspectTable } from '../render/inspect.js';
import { analyzeFiles } from '../engine/analyze-files.js';
import { readOptions, surveyOptions, type InputFlags } from './input-options.js';
import { ExitCode, type Io } from './io.js';
import { useColor } from './use-color.js';
import { warnAbout } from './warn-skipped.js';

export interface InspectOptions extends InputFlags {
  files: string[];
  format: string;
  color: boolean;
}

/** `satisfy inspect <file...>`: how the files are read and what each column is taken to be, and why. */
export async function runInspect(options: InspectOptions, io: Io): Promise<ExitCode> {
  if (options.format !== 'table' && options.format !== 'json') throw new SatisfyError('USAGE', `unknown format "${options.format}"`, {}, '--format takes table or json');
  const { report, samples, lint, suggestions } = await analyzeFiles(options.files, { ...readOptions(options, io), ...surveyOptions(options, process.cwd()), confidenceLevel: 0.95, requireScorable: false });
  warnAbout(report, lint, io, options.quiet);
  const inspected: InspectReport = { input: report.input, ...(report.language === undefined ? {} : { language: report.language }), columns: report.columns.map((column, i) => ({ ...column, samples: samples[i] ?? [] })), suggestedDimensions: await suggestions() };
  io.stdout.write(options.format === 'json' ? renderInspectJson(inspected) : renderInspectTable(inspected, { color: useColor(options.color, io.env, io.stdoutIsTTY) }));
  return ExitCode.ok;
}
