import type { InspectReport } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { renderInspectJson, renderInspectTable } from '../render/inspect.js';
import { analyzeFiles } from '../engine/analyze-files.js';
import type { ColumnModel } from '../survey/survey-model.js';
import { redactPersonalData } from '../text/redact-personal-data.js';
import { readOptions, surveyOptions, type InputFlags } from './input-options.js';
import { ExitCode, type Io } from './io.js';
import { useColor } from './use-color.js';
import { warnAbout } from './warn-skipped.js';

export interface InspectOptions extends InputFlags {
  files: string[];
  format: string;
  color: boolean;
  /** False with --no-redact: sample values as written, personal data too. */
  redact: boolean;
}

// Columns whose values are codes, scores and dates, not text a respondent wrote: no phone or card
// number to find in them, and an id of eleven digits is no phone.
const CODED_ROLES = new Set<ColumnModel['role']>(['timestamp', 'weight', 'item', 'csat', 'nps', 'ces', 'complaint', 'importance', 'attention', 'option', 'ranking']);

/** The sample values shown of a column: personal data masked (see redactPersonalData), but in coded columns, and in ids but for e-mail addresses. */
function shownSamples(role: ColumnModel['role'], samples: readonly string[], redact: boolean): string[] {
  if (!redact || CODED_ROLES.has(role)) return [...samples];
  return samples.map((value) => (role === 'id' && !value.includes('@') ? value : redactPersonalData(value)));
}

/** `satisfy inspect <file...>`: how the files are read and what each column is taken to be, and why. */
export async function runInspect(options: InspectOptions, io: Io): Promise<ExitCode> {
  if (options.format !== 'table' && options.format !== 'json') throw new SatisfyError('USAGE', `unknown format "${options.format}"`, {}, '--format takes table or json');
  const { report, samples, lint, suggestions } = await analyzeFiles(options.files, { ...readOptions(options, io), ...surveyOptions(options, process.cwd()), confidenceLevel: 0.95, requireScorable: 'nothing' });
  warnAbout(report, lint, io, options.quiet);
  const inspected: InspectReport = { input: report.input, ...(report.language === undefined ? {} : { language: report.language }), columns: report.columns.map((column, i) => ({ ...column, samples: shownSamples(column.role, samples[i] ?? [], options.redact !== false) })), suggestedDimensions: await suggestions() };
  io.stdout.write(options.format === 'json' ? renderInspectJson(inspected) : renderInspectTable(inspected, { color: useColor(options.color, io.env, io.stdoutIsTTY) }));
  return ExitCode.ok;
}
