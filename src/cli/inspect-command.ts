import type { InspectReport } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { renderInspectJson, renderInspectTable } from '../render/inspect.js';
import { analyzeFiles } from '../engine/analyze-files.js';
import type { ColumnModel } from '../survey/survey-model.js';
import { normalizeText } from '../text/normalize-text.js';
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

// Words of a header that names an identifier ("Collector ID", "Survey ID", "_uuid", "Identifiant
// client"): its values are codes, as an id's are, whatever role the column takes (a platform's
// metadata is `ignored`), and a collector id of nine digits is no phone.
const ID_WORDS = new Set(['id', 'uuid', 'identifier', 'identifiant', 'identificador', 'identyfikator']);
const namesAnId = (name: string): boolean => normalizeText(name).split(' ').some((word) => ID_WORDS.has(word));

// A code as ids are written: words of letters, digits, underscores and dashes (114383057590,
// R_3qXyz, a uuid), perhaps after "#" (#100234567) or joined by "/" or "." (2024/05/000123,
// AB.2024.000417), or a word of letters before a space and digits (CUST 0004412345); but not digits
// in dashed groups as phones are written (555-123-4567). A header with an id's word does not make
// its values codes ("Caller ID" holds phones, "Notes on ID check" free text), nor does the role id,
// which such headers take: a value of any other shape, a phone with +, brackets or digits in groups
// apart, or an e-mail address, is masked as anywhere else.
const CODE = /^(?:#?[\p{L}\p{N}_-]+(?:[./][\p{L}\p{N}_-]+)*|\p{L}+ \p{N}+)$/u;
const DASHED_DIGITS = /^\d+(?:-\d+)+$/;
const isCode = (value: string): boolean => CODE.test(value) && !DASHED_DIGITS.test(value);

/**
 * The sample values shown of a column: personal data masked (see redactPersonalData), but in coded
 * columns, and the codes of ids and of other columns whose header names an identifier (not comments).
 */
function shownSamples(column: Pick<ColumnModel, 'role' | 'name'>, samples: readonly string[], redact: boolean): string[] {
  const { role, name } = column;
  if (!redact || CODED_ROLES.has(role)) return [...samples];
  const holdsCodes = role === 'id' || (role !== 'comment' && namesAnId(name));
  return samples.map((value) => (holdsCodes && isCode(value) ? value : redactPersonalData(value)));
}

/** `satisfy inspect <file...>`: how the files are read and what each column is taken to be, and why. */
export async function runInspect(options: InspectOptions, io: Io): Promise<ExitCode> {
  if (options.format !== 'table' && options.format !== 'json') throw new SatisfyError('USAGE', `unknown format "${options.format}"`, {}, '--format takes table or json');
  const { report, samples, lint, suggestions } = await analyzeFiles(options.files, { ...readOptions(options, io), ...surveyOptions(options, process.cwd()), confidenceLevel: 0.95, requireScorable: 'nothing' });
  warnAbout(report, lint, io, options.quiet);
  const inspected: InspectReport = { input: report.input, ...(report.language === undefined ? {} : { language: report.language }), ...(report.audience === undefined ? {} : { audience: report.audience }), columns: report.columns.map((column, i) => ({ ...column, samples: shownSamples(column, samples[i] ?? [], options.redact !== false) })), suggestedDimensions: await suggestions() };
  io.stdout.write(options.format === 'json' ? renderInspectJson(inspected) : renderInspectTable(inspected, { color: useColor(options.color, io.env, io.stdoutIsTTY) }));
  return ExitCode.ok;
}
