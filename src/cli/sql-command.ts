import { existsSync } from 'node:fs';
import { assembleAnalysis } from '../analysis/assemble-analysis.js';
import { distinctGates, parseGate, requireKnownDimensions, withChecks } from '../analysis/gates.js';
import { analyzeFiles, withConfigHeaderRow, type ShardState } from '../engine/analyze-files.js';
import { runDuckDb } from '../engine/run-duckdb.js';
import { runPostgres } from '../engine/run-postgres.js';
import { SatisfyError, UnknownColumnError } from '../errors.js';
import { readCsv } from '../input/read-csv.js';
import { FORMATS, renderers, type Format } from '../render/index.js';
import { skippedRows } from '../render/words.js';
import { PLAIN_FORMAT, type AnswerFormat } from '../survey/code-answer.js';
import { RATED_ROLES } from '../survey/survey-model.js';
import { DIALECTS, quoteIdentifier, quoteString, UnquotableError, type Dialect } from '../sql/quote.js';
import { DIALECT_FUNCTIONS } from '../sql/dialect-functions.js';
import { resultHeader } from '../sql/result-header.js';
import { knownAnswers, knownTicks, notComputedInSql, surveyQuery, type SqlCondition } from '../sql/survey-query.js';
import { indexOfColumn } from '../text/column-name.js';
import { checkOutputs } from './check-outputs.js';
import type { ExitCode, Io } from './io.js';
import { readOptions, surveyOptions } from './input-options.js';
import { knownDimensions } from './known-dimensions.js';
import { configFile } from './load-config.js';
import { refuseNobody } from './nobody-left.js';
import { printMessage } from './print-message.js';
import { deliver, parseConfidence, parseDates, parseFormat, parseSegments, type ReportOptions } from './report-command.js';
import { shardFromSqlRows } from './sql-result.js';
import { csvStyle } from './csv-locale.js';
import { useColor } from './use-color.js';
import { warnAbout } from './warn-skipped.js';
import { writeOutput } from './write-output.js';

export const ENGINES = ['duckdb', 'postgres'] as const;

// PostgreSQL's longest name (NAMEDATALEN − 1), in bytes: a longer one is cut, with a notice.
const POSTGRES_NAME_BYTES = 63;

/** Whether a name may be one PostgreSQL cut: 61 to 63 bytes (cut before a letter of two or three bytes, it is 62 or 61, whatever it holds). */
function cutByPostgres(name: string): boolean {
  const bytes = Buffer.byteLength(name);
  return bytes >= POSTGRES_NAME_BYTES - 2 && bytes <= POSTGRES_NAME_BYTES;
}

export interface SqlOptions extends Omit<ReportOptions, 'files' | 'baseline' | 'failOnDrop' | 'emitState' | 'redact' | 'verbatims'> {
  sample: string;
  dialect?: string;
  table?: string;
  engine?: string;
  connection?: string;
  database?: string;
}

// Platforms whose unfinished responses the reader leaves out (a "Finished", "submitdate", "Response Type" or "Submit Date (UTC)" column).
const PARTIAL_PLATFORMS: ReadonlySet<string> = new Set(['qualtrics', 'limesurvey', 'formbricks', 'typeform']);

// Distinct answers of one rated column read from the sample; past this many, the rest are left to the query's raw texts.
const MAX_TEXTS = 5000;

/**
 * `satisfy sql <sample>`: the query that computes, inside a SQL engine, the state of the report of
 * a table with the sample's columns (see README, "SQL engines"); with --engine duckdb, the query
 * run in embedded DuckDB over a CSV or Parquet file, and the report made of its result.
 */
export async function runSql(options: SqlOptions, io: Io): Promise<ExitCode> {
  checkOutputs([['-o', options.output], ['--junit', options.junit]], [options.sample, configFile(options.config, process.cwd()), options.table, options.database]);
  const engine = options.engine === undefined ? undefined : oneOf(options.engine, ENGINES, '--engine');
  const dialect = oneOf(options.dialect ?? engine ?? 'duckdb', DIALECTS, '--dialect');
  if (engine !== undefined && engine !== dialect) throw new SatisfyError('USAGE', `--engine ${engine} runs the query of --dialect ${engine}, not of ${dialect}`);
  if ((engine === undefined || engine === 'postgres') && options.table === undefined) throw new SatisfyError('USAGE', `satisfy sql${engine === undefined ? '' : ' --engine postgres'} needs --table <name>: the table that holds the responses`);
  if (options.database !== undefined && (engine !== 'duckdb' || options.table === undefined)) throw new SatisfyError('USAGE', '--database goes with --engine duckdb and --table <name>, the table of that database');
  if ((engine === 'postgres') !== (options.connection !== undefined)) throw new SatisfyError('USAGE', engine === 'postgres' ? '--engine postgres needs --connection <url>' : '--connection goes with --engine postgres');
  const format = parseFormat<Format>(options.format, FORMATS);
  if (engine === undefined && options.format !== 'table') throw new SatisfyError('USAGE', '--format goes with --engine: without it satisfy sql prints the query');
  if (engine === undefined && options.csvLocale !== undefined) throw new SatisfyError('USAGE', '--csv-locale goes with --engine and --format csv: without --engine satisfy sql prints the query');
  const csv = csvStyle(options.csvLocale, format);
  if (engine === undefined && options.failIf.length > 0) throw new SatisfyError('USAGE', '--fail-if goes with --engine: without it satisfy sql prints the query (give --fail-if to satisfy report --from-sql)');
  if (engine === undefined && options.allowEmpty === true) throw new SatisfyError('USAGE', '--allow-empty goes with --engine: without it satisfy sql prints the query (give --allow-empty to satisfy report --from-sql)');
  if (engine === undefined && options.junit !== undefined) throw new SatisfyError('USAGE', '--junit goes with --engine: without it satisfy sql prints the query (give --junit to satisfy report --from-sql)');
  const survey = surveyOptions(options, process.cwd());
  const confidenceLevel = parseConfidence(options.confidence);
  const configGates = (survey.config?.settings.gates ?? []).map((expression, i) => parseGate(expression, `${survey.config?.path}: gates[${i}] "${expression}"`));
  const gates = distinctGates([...configGates, ...options.failIf.map((expression) => parseGate(expression))]);
  requireKnownDimensions(gates, knownDimensions(survey, { reports: [] }));
  const segments = parseSegments(options);
  const dates = parseDates(options, survey.config?.settings.dateFormat, segments.adjust);
  // The sample is read twice (its survey, then its answers' texts): from the same header row both times.
  const read = withConfigHeaderRow({ ...readOptions({ ...options, quiet: true }, io), progress: undefined, config: survey.config });
  // The survey as satisfy report reads the sample: the same model and plan.
  const { shard, report: sampleReport, lint } = await analyzeFiles([options.sample], { ...read, ...survey, segments, ...dates, confidenceLevel, requireScorable: 'ratings', weightColumn: options.weight, outcomeColumn: options.outcome });
  const { model, plan, files } = shard();
  const problem = notComputedInSql(model, plan);
  if (problem !== null) throw new SatisfyError('NOT_IN_SQL', problem, { file: options.sample }, 'satisfy report reads every column; satisfy sql computes rated items, CSAT, NPS, CES, complaints, dimensions, alpha, index, drivers, checkbox questions, weights, segments and periods (see README, "SQL engines")');
  const sampleFile = files[0];
  // What the reader of the sample does to rows that the query cannot do yet: leave out unfinished
  // responses, read more than one header row, read a format DuckDB has no reader for.
  const notResponses = sampleFile?.skipped.filter((s) => s.reason === 'preview' || s.reason === 'test' || s.reason === 'spam') ?? [];
  if (notResponses.length > 0) throw new SatisfyError('NOT_IN_SQL', `the sample holds ${notResponses.map((s) => skippedRows(s.count, s.reason)).join(' and ')} (its ${sampleFile?.platform} Status), which satisfy leaves out, and the query does not yet`, { file: options.sample }, 'load only the real responses into the table, and give a sample without them');
  if (sampleFile !== undefined && PARTIAL_PLATFORMS.has(sampleFile.platform) && options.includePartial !== true) throw new SatisfyError('NOT_IN_SQL', `the sample is a ${sampleFile.platform} export, whose unfinished responses satisfy leaves out, and the query does not yet`, { file: options.sample }, 'give --include-partial to count every response in both, or load only the finished ones into the table');
  if (engine === 'duckdb' && sampleFile !== undefined && options.table === undefined && ((sampleFile.format !== undefined && sampleFile.format !== 'parquet') || sampleFile.headerRows > 1)) throw new SatisfyError('NOT_IN_SQL', sampleFile.headerRows > 1 ? `the sample has ${sampleFile.headerRows} header rows, and DuckDB reads a CSV file's first row as its header` : `DuckDB reads CSV and Parquet files, not this ${sampleFile.format} file`, { file: options.sample }, 'load the responses into a table of DuckDB (or a CSV file of one header row) and give it with --table');
  if (engine === 'duckdb' && sampleFile !== undefined && options.table === undefined && sampleFile.headerLine !== undefined) throw new SatisfyError('NOT_IN_SQL', `the sample's header is on line ${sampleFile.headerLine}, below rows that satisfy leaves out, and DuckDB reads a CSV file's first row as its header`, { file: options.sample }, 'load the responses into a table of DuckDB (or a CSV file whose header is its first row) and give it with --table');
  if (engine === 'duckdb' && sampleFile !== undefined && options.table === undefined && sampleFile.format === undefined && !/^utf-8/.test(sampleFile.encoding)) throw new SatisfyError('NOT_IN_SQL', `the sample is written in ${sampleFile.encoding}, and DuckDB reads CSV files in UTF-8`, { file: options.sample }, 'convert it (iconv -f <encoding> -t utf-8) and give the converted file with --table');
  // The texts of the sample's answers and how it writes them, so that the query codes them as satisfy does.
  const rated = new Set(model.columns.filter((c) => (RATED_ROLES.has(c.role) && c.scale !== null) || c.role === 'option').map((c) => c.index));
  const texts = new Map<number, Set<string>>([...rated].map((index) => [index, new Set<string>()]));
  let answerFormat: AnswerFormat = PLAIN_FORMAT;
  await readCsv(options.sample, {
    header: (shape) => {
      answerFormat = { decimalComma: shape.decimalComma, negativeCodesMissing: shape.negativeCodesMissing, quotePrefix: shape.quotePrefix };
    },
    row: (fields) => {
      for (const [index, seen] of texts) if (seen.size < MAX_TEXTS) seen.add((fields[index] ?? '').trim());
    },
  }, read);
  const names = model.columns.map((c) => c.name);
  const where: SqlCondition[] = (read.where ?? []).map((c) => {
    const index = indexOfColumn(names, c.column);
    if (index < 0) throw new UnknownColumnError(c.column, '--where', { file: options.sample });
    return { index, equals: c.equals, value: c.value };
  });
  const table = options.table ?? options.sample;
  // DuckDB, BigQuery, Spark SQL and Trino match names without regard to case, quoted or not: two such columns would be read as one.
  const foldsCase = DIALECT_FUNCTIONS[dialect].caseInsensitiveNames;
  if (foldsCase !== null) {
    const seen = new Map<string, string>();
    for (const name of names) {
      const other = seen.get(name.toLowerCase());
      if (other !== undefined) throw new SatisfyError('NOT_IN_SQL', `columns "${other}" and "${name}" differ only in case, and ${foldsCase} matches names without regard to case`, { file: options.sample }, 'rename one of them in the table (and the sample)');
      seen.set(name.toLowerCase(), name);
    }
  }
  // pg reads anything as a URL ("not a url" became a host named "base"): say what it takes.
  if (engine === 'postgres' && !/^(?:postgres(?:ql)?:\/\/|socket:)/i.test(options.connection ?? '')) throw new SatisfyError('USAGE', `--connection takes a postgresql:// URL (or pg's socket:), not "${options.connection ?? ''}"`, {}, '--connection postgresql://user@host:5432/db (libpq\'s PG* variables fill in what it leaves out)');
  // DuckDB reads a file's name as a pattern: [ ] * ? { } would match other files.
  if (engine === 'duckdb' && options.database === undefined && /[[\]*?{}]/.test(table)) throw new SatisfyError('NOT_IN_SQL', `DuckDB reads "${table}" as a pattern of file names ([ ] * ? { })`, { file: options.sample }, 'rename or link the file to a name without them');
  // Without --database, DuckDB reads --table as a file: a table's name there is a file not found.
  if (engine === 'duckdb' && options.database === undefined && !table.includes('://') && !existsSync(table)) throw new SatisfyError('FILE_UNREADABLE', `no file "${table}": with --engine duckdb, --table names a CSV or Parquet file, or a table of the database that --database opens`, { file: table }, '--database <file.duckdb> opens a DuckDB database whose table --table names');
  // The --where conditions by column name, as the result's header and report's refusal name them.
  const conditions = where.map((c) => ({ column: names[c.index] as string, equals: c.equals, value: c.value }));
  const header = resultHeader({ dialect, table, sample: { path: options.sample, platform: sampleFile?.platform ?? 'generic' }, model, plan, answerFormat, where: conditions });
  // DuckDB reading the CSV file is given the sample's names (see csvColumnNames); a table has its own.
  const readsCsv = engine === 'duckdb' && options.database === undefined && !isParquetPath(table);
  const columnNames = readsCsv ? csvColumnNames(names) : undefined;
  const source = engine === 'duckdb' && options.database === undefined ? duckDbSource(table, sampleFile?.delimiter ?? ',', columnNames) : tableName(table, dialect);
  // A CSV file that DuckDB reads is an export, maybe saved by Excel: its rows of empty fields are
  // empty rows, as satisfy report has them. A table's row of NULLs (PostgreSQL, a DuckDB database,
  // a Parquet file, any printed query) may be a respondent who answered nothing: it is one.
  const emptyRows = readsCsv;
  let query: string;
  try {
    query = surveyQuery({ dialect, source, model, plan, where, format: answerFormat, known: knownAnswers(model, answerFormat, texts), knownTicks: knownTicks(model, answerFormat, texts), header, emptyRows, columnNames });
  } catch (error) {
    if (error instanceof UnquotableError) throw new SatisfyError('NOT_IN_SQL', error.message, { file: options.sample });
    throw error;
  }
  // PostgreSQL cuts a name at 63 bytes: a sample exported from its table has lost the end of each
  // longer question (a scale stated there, "7 = very easy", a dimension's word), which the query's
  // reading of the columns then lacks (a cold trial: delivery 61.0 for 64.2, CES of no direction).
  // It cuts between characters, so a name cut before a letter of two or three bytes is 62 or 61.
  const cut = dialect === 'postgres' ? names.filter((name) => cutByPostgres(name)) : [];
  if (cut.length > 0 && options.quiet !== true) printMessage(io, `satisfy: warning: ${cut.length === 1 ? `column "${cut[0]}" has a name` : `${cut.length} columns ("${cut[0]}" …) have names`} of 61 to 63 bytes, as long as PostgreSQL keeps (it cuts longer names between characters): if the sample was exported from the table, the end of each question is lost, and with it what it said of the scale or the dimension; export the sample from the survey platform, or name them in satisfy.config.json (${options.sample})`);
  if (engine === undefined) {
    if (options.output === undefined) io.stdout.write(query);
    else await writeOutput(options.output, query);
    return 0 as ExitCode;
  }
  // What satisfy report says of the sample (answers off the scale, columns read with doubt, rows it
  // could not read), as it says it: the query codes the table's answers as satisfy read the sample's.
  warnAbout(sampleReport, lint, io, options.quiet);
  const rows = engine === 'duckdb' ? await runDuckDb(query, table, options.database) : await runPostgres(query, options.connection as string, table);
  // What the engine returned is the result of the query as printed, unedited: a hint about editing a result file would not fit.
  const result: ShardState = shardFromSqlRows(rows, table, `the query ran in ${engine === 'duckdb' ? 'DuckDB' : 'PostgreSQL'} on ${table} as it is; \`satisfy sql\` without --engine prints it`);
  // DuckDB read the sample's own file: split on its delimiter, which the result (of a table) cannot know.
  const fromSql = readsCsv && sampleFile !== undefined ? { ...result, files: result.files.map((file) => ({ ...file, delimiter: sampleFile.delimiter })) } : result;
  const analysis = assembleAnalysis(fromSql.model, fromSql.plan);
  analysis.load(fromSql.analysis);
  // A date window or --where that kept no row of the table is refused as report refuses it.
  const report = refuseNobody(withChecks(analysis.report(fromSql.files), gates), options, io, conditions);
  const color = options.output === undefined && format === 'table' && useColor(options.color, io.env, io.stdoutIsTTY);
  const text = await renderers[format](report, { color, width: options.output === undefined ? io.columns : undefined, verbatims: false, csv });
  return deliver(text, report.checks, options, io, report);
}

/** A table's name as the dialect quotes it: `schema.table` is two names, each quoted. */
function tableName(name: string, dialect: Dialect): string {
  if (name.trim() === '') throw new SatisfyError('USAGE', '--table takes the name of a table, not an empty text');
  const parts = name.split('.');
  // No engine has a name of no characters ("" is refused by all, and BigQuery cannot write one).
  if (parts.includes('')) throw new SatisfyError('USAGE', `--table takes names joined by dots, none of them empty, not "${name}"`);
  return parts.map((part) => quoteIdentifier(part, dialect)).join('.');
}

/**
 * What embedded DuckDB reads: a Parquet file, or a CSV file read as text (the sample's delimiter,
 * every column as written) under the names it is given (see csvColumnNames), so that DuckDB's own
 * names of a header cell left blank ("column1") or repeated ("Q_1") are never the query's.
 */
function duckDbSource(path: string, delimiter: string, columnNames?: readonly string[]): string {
  if (isParquetPath(path)) return `read_parquet(${quoteString(path, 'duckdb')})`;
  const named = columnNames === undefined ? '' : `, names = [${columnNames.map((name) => quoteString(name, 'duckdb')).join(', ')}]`;
  return `read_csv(${quoteString(path, 'duckdb')}, header = true, all_varchar = true, delim = ${quoteString(delimiter, 'duckdb')}, quote = '"', escape = '"'${named})`;
}

/**
 * The names DuckDB is told to give a CSV file's columns: the sample's, as satisfy reads its header
 * (a repeated name made "Q (2)"), and a header cell of no name, which no SQL name can be (DuckDB
 * refuses "" and a name of spaces), "column<n>" of its place, unlike any other name of the file.
 *
 * @example csvColumnNames(['Overall', '', 'Speed']) // ['Overall', 'column2', 'Speed']
 */
export function csvColumnNames(names: readonly string[]): string[] {
  const taken = new Set(names.map((name) => name.toLowerCase()));
  return names.map((name, i) => {
    if (name.trim() !== '') return name;
    let unnamed = `column${i + 1}`;
    while (taken.has(unnamed.toLowerCase())) unnamed = `_${unnamed}`;
    taken.add(unnamed.toLowerCase());
    return unnamed;
  });
}

/** A file DuckDB reads as Parquet rather than CSV (see duckDbSource). */
function isParquetPath(path: string): boolean {
  return /\.parquet$/i.test(path);
}

function oneOf<T extends string>(text: string, choices: readonly T[], flag: string): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new SatisfyError('USAGE', `${flag} takes one of ${choices.join(', ')}, not "${text}"`);
}
