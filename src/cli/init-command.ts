import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { starterConfig } from '../analysis/starter-config.js';
import { unappliedWeightNote } from '../analysis/analyze-survey.js';
import { SatisfyError } from '../errors.js';
import { plural } from '../render/format-number.js';
import { analyzeFiles } from '../engine/analyze-files.js';
import type { Report } from '../analysis/report.js';
import { buildVocabulary } from '../survey/vocabulary.js';
import { normalizeText } from '../text/normalize-text.js';
import { checkOutputs } from './check-outputs.js';
import { readOptions, surveyOptions, type InputFlags } from './input-options.js';
import { ExitCode, type Io } from './io.js';
import { warnAbout } from './warn-skipped.js';
import { whatIsAt, writeOutput } from './write-output.js';
import { printMessage } from './print-message.js';

export interface InitOptions extends InputFlags {
  files: string[];
  output: string;
  force?: boolean;
  /** Write the suggested dimensions into the config (commander's --no-suggest sets it false). */
  suggest?: boolean;
}

/**
 * `satisfy init <file...>`: write a starter satisfy.config.json from what detection (and any flags
 * given) make of the exports, for the user to edit. Fed back unchanged it reproduces the report,
 * with the suggested dimensions (suggestDimensions) scored too, unless --no-suggest leaves them out.
 */
export async function runInit(options: InitOptions, io: Io): Promise<ExitCode> {
  const toStdout = options.output === '-';
  // The config read is not an input here: `init --force` over it is how one rewrites it.
  checkOutputs([['-o', options.output]], options.files);
  // A device or FIFO (-o /dev/stdout) is written through, not replaced: --force is for a file.
  if (!toStdout && existsSync(options.output) && whatIsAt(options.output) !== 'stream' && options.force !== true) {
    throw new SatisfyError('USAGE', `${options.output} exists; not replacing it`, {}, 'add --force to replace it, or --output <file> to write elsewhere');
  }
  const survey = surveyOptions(options, process.cwd());
  const read = readOptions(options, io);
  const { report, suggestions, samples } = await analyzeFiles(options.files, { ...read, ...survey, confidenceLevel: 0.95, requireScorable: 'nothing' });
  const suggested = options.suggest === false ? [] : await suggestions();
  warnAbout(report, null, io, options.quiet);
  const settings = survey.config?.settings;
  // The survey file, named from the folder of the config written (the working directory for standard output).
  const surveyPath = survey.survey === undefined ? undefined : relative(toStdout ? '.' : dirname(resolve(options.output)), resolve(survey.survey.path)).split(sep).join('/');
  const config = starterConfig(report, { language: survey.language ?? settings?.language, missing: [...(settings?.missing ?? []), ...survey.missing], headerRow: read.headerRow ?? settings?.headerRow, suggested, yesNoSpellings: yesNoSpellings(report, samples), ...(surveyPath === undefined ? {} : { survey: surveyPath }) });
  const text = `${JSON.stringify(config, null, 2)}\n`;
  if (toStdout) io.stdout.write(text);
  else {
    await writeOutput(options.output, text);
    const named = suggested.length === 0 ? '' : `, ${suggested.length} suggested from their answers: ${suggested.map((g) => g.id).join(', ')}`;
    printMessage(io, `satisfy: wrote ${options.output} (${plural(report.columns.length, 'column')}, ${plural(Object.keys(report.dimensions).length, 'dimension')}${named}); edit it, then run satisfy report as before`);
  }
  // The config gives the column the role "weight" and weights nothing, as the report did: said, for its role reads as if it did.
  const unapplied = report.weight === null ? report.columns.find((c) => c.role === 'weight') : undefined;
  if (unapplied !== undefined && options.quiet !== true) printMessage(io, `satisfy: ${unappliedWeightNote(unapplied.name)}`);
  return ExitCode.ok;
}

/**
 * Each yes/no column's own words for no and yes, the first of its sample's answers that the
 * lexicons read as each ("Non", "Oui"; "Nein", "Ja"), where it spells both in words (see ownYesNo).
 */
function yesNoSpellings(report: Report, samples: readonly string[][]): Map<string, [no: string, yes: string]> {
  const vocabulary = buildVocabulary();
  const spellings = new Map<string, [string, string]>();
  report.columns.forEach((column, i) => {
    if (column.scale?.kind !== 'binary') return;
    const answers = samples[i] ?? [];
    const no = answers.find((answer) => vocabulary.no.has(normalizeText(answer)));
    const yes = answers.find((answer) => vocabulary.yes.has(normalizeText(answer)));
    if (no !== undefined && yes !== undefined) spellings.set(column.name, [no, yes]);
  });
  return spellings;
}
