import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { parse as parseCsv } from 'csv-parse/sync';
import { SatisfyError } from '../errors.js';
import { INPUT_FORMATS, type InputFormat } from '../input/input-format.js';
import { PLATFORMS, type Platform } from '../input/platforms/recognise-platform.js';
import type { ReadOptions, RowCondition } from '../input/read-csv.js';
import { DELIMITERS } from '../input/sniff-delimiter.js';
import type { ColumnMapping } from '../survey/build-model.js';
import { RESERVED_DIMENSION_IDS } from '../survey/survey-model.js';
import type { LanguageCode } from '../survey/config.js';
import { accentedWords, lexicons } from '../survey/lexicon/index.js';
import type { Io } from './io.js';
import { CONFIG_FILE, loadConfig, type LoadedConfig } from './load-config.js';
import { loadSurvey, type LoadedSurvey } from './load-survey.js';
import { Progress } from './progress.js';

/** The flags of every command that reads exports, as commander hands them over. */
export interface InputFlags {
  encoding?: string;
  delimiter?: string;
  platform?: string;
  formatIn?: string;
  sheet?: string;
  headerRow?: string;
  includePartial?: boolean;
  strict?: boolean;
  map: string[];
  missing: string[];
  lang?: string;
  config?: string;
  survey?: string;
  where: string[];
  dropInattentive?: boolean;
  quiet?: boolean;
  threads?: string;
}

/** Adds the flags that say how to read the files and which columns to score. */
export function addInputOptions(command: Command): Command {
  return command
    .option('-m, --map <dimension=columns>', 'score these columns (comma-separated; "quoted" if a name has a comma; #N for the Nth column) as a dimension, or as csat, nps or ces; repeatable; overrides detection', collect, [])
    .option('--config <file>', `read column roles, scales, dimensions, missing codes and gates from this file (default: ${CONFIG_FILE} in the working directory, if there is one); flags win over it`)
    .option('--survey <file.qsf>', 'read the question types, choices, recode values and "N/A" choices of the columns from this Qualtrics survey file (matched by ImportId, or by variable name); it wins over detection, the config and --map over it (default: the config\'s "survey")')
    .option('--where <condition>', 'keep only the rows where "<column>=<value>" (or "<column>!=<value>") holds; repeatable (all must hold); the rows left out are counted', collect, [])
    .option('--drop-inattentive', 'leave out the respondents who fail an attention check (a column whose header asks for one given answer, "select \'Agree\' for this row"); they are counted as skipped rows (inattentive)')
    .option('--missing <value>', 'also treat this answer as "no answer" (e.g. 0 or 99): excluded from the base and counted as notApplicable; repeatable', collect, [])
    .option('--lang <code>', `try this language's keywords first where a header could be read in several (${lexicons.map((l) => l.language).join(', ')}); all languages are always known`)
    .option('--encoding <name>', 'read the files in this encoding (utf-8, utf-16le, windows-1250, windows-1252, windows-1257, iso-8859-2 ...) instead of detecting it')
    .option('--delimiter <char>', "split fields on this character (',', ';', 'tab', '|') instead of detecting it")
    .option('--platform <name>', `read the files as this platform exports them (${PLATFORMS.join(', ')}) instead of detecting it`)
    .option('--format-in <format>', `read the files as ${INPUT_FORMATS.join(', ')} (an Excel workbook, an SPSS .sav file, JSON or NDJSON responses, a Parquet file) instead of recognising the format from their bytes`)
    .option('--sheet <name|number>', "read this sheet of an Excel workbook (a name, or a number from 1 in tab order) instead of the first")
    .option('--header-row <n>', 'the header is on this line of a CSV file, or row of a sheet (from 1, as a spreadsheet numbers them); the rows above it are left out (default: the first row, or the first below a title, blank rows and group labels)')
    .option('--include-partial', 'keep responses the platform marks as not finished')
    .option('--threads <n>', `threads that analyse pieces of a large file at once, this one and n − 1 workers (default: the machine's cores, ${availableParallelism()} here); 1 reads on one thread; the report is the same whatever the number`)
    .option('-q, --quiet', 'no progress bar and no warnings on stderr (errors still); what is skipped or excluded is still counted in the report')
    .option('--strict', 'stop with an error (naming file, line and column) at the first row that cannot be read, answer outside its scale, label no scale knows, or item that runs against its dimension, instead of skipping, counting and warning');
}

export function readOptions(flags: InputFlags, io: Io): ReadOptions & { progress?: (path: string) => Progress; threads: number } {
  const stderr = io.stderr as NodeJS.WritableStream;
  return {
    threads: flags.threads === undefined ? availableParallelism() : parseWholeNumber(flags.threads, '--threads', 1, 256),
    pieceBytes: parsePieceBytes(io.env.SATISFY_PIECE_BYTES),
    progress: flags.quiet !== true && io.stderrIsTTY === true ? (path) => new Progress(stderr, path) : undefined,
    encoding: flags.encoding,
    delimiter: flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter),
    platform: flags.platform === undefined ? undefined : parsePlatform(flags.platform),
    includePartial: flags.includePartial === true,
    formatIn: flags.formatIn === undefined ? undefined : parseFormatIn(flags.formatIn),
    sheet: flags.sheet,
    headerRow: flags.headerRow === undefined ? undefined : parseWholeNumber(flags.headerRow, '--header-row', 1),
    where: flags.where.map(parseCondition),
    // Built from the lexicons (a few ms) only for a file that is not UTF-8.
    words: accentedWords,
    summaryWords: lexicons.flatMap((l) => l.summaryRows),
    strict: flags.strict === true,
    stdin: () => io.stdin,
  };
}

/** What the config file and the flags say about the survey: the config, the Qualtrics survey file, columns to map, codes that mean "no answer", a language, whether inattentive respondents are left out. */
export function surveyOptions(flags: InputFlags, cwd: string): { config: LoadedConfig | undefined; survey: LoadedSurvey | undefined; mappings: ColumnMapping[]; missing: string[]; language: LanguageCode | undefined; dropInattentive: boolean } {
  const config = loadConfig(flags.config, cwd);
  return { config, survey: loadSurvey(flags.survey, config, cwd), mappings: flags.map.map(parseMapping), missing: flags.missing, language: parseLanguage(flags.lang), dropInattentive: flags.dropInattentive === true };
}

function parseFormatIn(text: string): InputFormat {
  const format = text.toLowerCase();
  if ((INPUT_FORMATS as readonly string[]).includes(format)) return format as InputFormat;
  throw new SatisfyError('USAGE', `unknown input format "${text}"`, {}, `--format-in takes one of: ${INPUT_FORMATS.join(', ')}`);
}

/** `Region=North` → { column: 'Region', equals: true, value: 'North' }; `Region!=North` the opposite. */
export function parseCondition(text: string): RowCondition {
  const match = /^(.+?)\s*(!=|=)\s*(.*)$/s.exec(text);
  if (match === null || (match[1] as string).trim() === '') throw new SatisfyError('USAGE', `--where takes "<column>=<value>" or "<column>!=<value>", not "${text}"`);
  return { column: (match[1] as string).trim(), equals: match[2] === '=', value: (match[3] as string).trim() };
}

/** The language of `--lang`, checked against the lexicons. */
export function parseLanguage(text: string | undefined): LanguageCode | undefined {
  if (text === undefined) return undefined;
  const language = text.toLowerCase();
  if (lexicons.some((l) => l.language === language)) return language as LanguageCode;
  throw new SatisfyError('USAGE', `--lang takes one of ${lexicons.map((l) => l.language).join(', ')}, not "${text}"`);
}

function parseDelimiter(text: string): string {
  const delimiter = text === 'tab' || text === '\\t' ? '\t' : text;
  if (!(DELIMITERS as readonly string[]).includes(delimiter)) throw new SatisfyError('USAGE', `--delimiter takes one of , ; tab |, not "${text}"`);
  return delimiter;
}

function parsePlatform(text: string): Platform {
  if ((PLATFORMS as readonly string[]).includes(text)) return text as Platform;
  throw new SatisfyError('USAGE', `unknown platform "${text}"`, {}, `--platform takes one of: ${PLATFORMS.join(', ')}`);
}

const TARGET = /^[a-z][a-z0-9_-]*$/;

/**
 * `delivery=Speed,Quality` → { target: 'delivery', columns: ['Speed', 'Quality'] }. The list is read
 * as one CSV record, so a name with a comma is written in double quotes:
 * `support="Overall, how much importance…",#22`.
 */
export function parseMapping(text: string): ColumnMapping {
  const equals = text.indexOf('=');
  const target = text.slice(0, equals).trim();
  let columns: string[] = [];
  try {
    columns = (parseCsv(text.slice(equals + 1), { relax_quotes: true, trim: true }) as string[][]).flat().filter((c) => c !== '');
  } catch {
    columns = [];
  }
  if (equals < 0 || !TARGET.test(target) || columns.length === 0) {
    throw new SatisfyError('USAGE', `--map takes <dimension>=<column>[,<column>...], not "${text}"`, {}, 'the dimension is a lower-case word such as delivery, pricing, complaints, trust, service, or csat, nps, ces');
  }
  if (RESERVED_DIMENSION_IDS.includes(target)) {
    throw new SatisfyError('USAGE', `--map "${text}": "${target}" is a figure of the report itself, not a name a dimension can take`, {}, `name the dimension otherwise, such as ${target}-score or value; ${RESERVED_DIMENSION_IDS.join(' and ')} are the report's own`);
  }
  return { target, columns, whole: text.slice(equals + 1).trim() };
}

/** Commander's accumulator for a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A whole number from `min` to `max` given to `flag`, or a usage error. */
export function parseWholeNumber(text: string, flag: string, min: number, max = Number.POSITIVE_INFINITY): number {
  const value = Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  const range = max === Number.POSITIVE_INFINITY ? `of at least ${min}` : `from ${min} to ${max}`;
  throw new SatisfyError('USAGE', `${flag} takes a whole number ${range}, not "${text}"`);
}

/** SATISFY_PIECE_BYTES: the size of the pieces files are analysed in (see PIECE_BYTES); for tests and tuning. */
function parsePieceBytes(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const bytes = Number(text);
  if (!Number.isInteger(bytes) || bytes < 1024) throw new SatisfyError('USAGE', `SATISFY_PIECE_BYTES takes a whole number of bytes, at least 1024, not "${text}"`);
  return bytes;
}
