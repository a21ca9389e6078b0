import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { FORMATS } from '../render/index.js';
import type { ExitCode, Io } from './io.js';
import { addInputOptions, collect } from './input-options.js';
import { COMPARE_FORMATS, runCompare, type CompareOptions } from './compare-command.js';
import { runInit, type InitOptions } from './init-command.js';
import { runMerge, type MergeOptions } from './merge-command.js';
import { runInspect, type InspectOptions } from './inspect-command.js';
import { CONFIG_FILE } from './load-config.js';
import { runReport, type ReportOptions } from './report-command.js';
import { runSchema } from './schema-command.js';
import { ENGINES, runSql, type SqlOptions } from './sql-command.js';
import { DIALECTS } from '../sql/quote.js';

// dist/cli/program.js → the package's own package.json, the one source of the version.
const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The commander program. Each command's action runs the command with `io` and hands its exit code
 * to `done`; parsing errors are thrown (exitOverride) for the caller to print.
 */
export function buildProgram(io: Io, done: (code: ExitCode) => void): Command {
  const program = new Command('satisfy')
    .description('Turn exported customer-survey CSVs into satisfaction scores: CSAT, NPS, delivery, pricing, complaints, trust and service.')
    .version(VERSION, '-V, --version')
    .option('--verbose', 'show the stack trace of an error')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  addAnalysisOptions(
    addInputOptions(
      program
        .command('report')
        .description('score survey exports and print the report')
        .argument('[file...]', "CSV exports to read (several files of one survey make one report; '-' reads standard input; .gz is unpacked)")
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table')),
    ),
    { minBase: ' (a segment and the rest, a period and the one before, a comment theme and the others)', adjust: ' and of the comment themes' },
  )
    .option('--period <period>', 'group responses by day, week (ISO), month or quarter of the timestamp column, each tested against the one before')
    .option('--date-format <order>', 'read the dates as ymd, dmy (14/02/2026) or mdy (2/14/2026) instead of working it out from the first rows')
    .option('--since <day>', 'keep only responses dated on or after this day (YYYY-MM-DD); the rows left out, and those whose date cannot be read, are counted')
    .option('--until <day>', 'keep only responses dated on or before this day (YYYY-MM-DD)')
    .option('--tz <zone>', 'count days in this IANA time zone (e.g. Europe/Warsaw) for times written with a UTC offset; times without one are taken as written (default: UTC)')
    .option('--fail-if <expression>', 'exit 1 after the report when "<figure> <op> <number>" holds, e.g. "nps < 30", "dimensions.delivery.score <= 70"; repeatable', collect, [])
    .option('--baseline <report.json>', 'compare every figure with this earlier report (satisfy report --format json): changes, intervals, tests, and the mix/rate split by the --by column')
    .option('--fail-on-drop <figure>', 'with --baseline: exit 1 after the report when this figure (nps, csat, ces, index, a dimension, or its path) fell significantly; repeatable', collect, [])
    .option('--csv-locale <locale>', 'write the CSV (--format csv) for a spreadsheet in this locale, e.g. fr-FR, de-DE, en-US: its decimal separator, fields split by ; where decimals take a comma, a UTF-8 byte-order mark and CRLF (default: the CSV for programs: commas, decimal points, no byte-order mark)')
    .option('-o, --output <file>', "write the report to this file instead of standard output ('-': standard output): a file atomically (a temporary file, then a rename), a device or FIFO directly, a symbolic link's target in its place")
    .option('--junit <file>', "also write the results of the gates as JUnit XML ('-': to standard output, with -o naming a file)")
    .option('--emit-state <file>', "also write the mergeable state of this run, for satisfy merge (one shard of the data; '-': to standard output, with -o naming a file)")
    .option('--allow-empty', 'where every row read is left out (--where, --since/--until, --weight …) or the export has a header and no row, write a report of 0 respondents, every figure null, and exit 0 unless a gate needs a figure, instead of exit 2')
    .option('--from-sql <result>', 'make the report from the result of the query of satisfy sql (CSV with a header row, JSON or Parquet) instead of reading exports')
    .option('--no-redact', 'show comments as written in the verbatims, e-mail addresses, phone, card and account numbers too')
    .option('--verbatims', 'show the verbatims (a few comments per theme and tone) in the table and Markdown; the JSON and HTML always have them')
    .option('--no-color', 'never colour the table (also NO_COLOR=1)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (files: string[], options: Omit<ReportOptions, 'files'>) => {
      done(await runReport(standardOutput({ ...options, files }), io));
    });

  addInputOptions(
    program
      .command('compare')
      .description('compare two reports: every figure, overall and per segment, with the interval and test of its change, and the mix/rate split of each change')
      .argument('<baseline>', 'the earlier side: a report JSON (satisfy report --format json; the name ends in .json) or a CSV export')
      .argument('<current>', 'the later side, likewise')
      .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table')),
  )
    .option('--confidence <level>', 'confidence level of every interval, 0.80 to 0.999', '0.95')
    .option('--weight <column>', 'weight the rows of a CSV side by this column')
    .option('--by <column>', 'break CSV sides down by this column (repeatable: two make a cross-breakdown); by default as a report JSON side is', collect, [])
    .option('--min-base <n>', 'segments with fewer respondents on either side are not compared, nor figures with fewer answers (shown, not tested)', '30')
    .option('--top <n>', 'keep the n largest segments of a CSV side and pool the rest as "Other"')
    .option('--adjust <method>', 'correct the p-values of all the changes together: holm, bh (Benjamini-Hochberg) or none', 'holm')
    .option('--fail-on-drop <figure>', 'exit 1 when this figure (nps, csat, ces, index, a dimension, or its path) fell significantly overall; repeatable', collect, [])
    .option('--csv-locale <locale>', 'write the CSV (--format csv) for a spreadsheet in this locale, e.g. fr-FR, de-DE, en-US: its decimal separator, fields split by ; where decimals take a comma, a UTF-8 byte-order mark and CRLF (default: the CSV for programs: commas, decimal points, no byte-order mark)')
    .option('-o, --output <file>', "write the comparison to this file (atomically) instead of standard output ('-': standard output)")
    .option('--junit <file>', "also write the results of --fail-on-drop as JUnit XML ('-': to standard output, with -o naming a file)")
    .option('--no-color', 'never colour the table (also NO_COLOR=1)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (baseline: string, current: string, options: Omit<CompareOptions, 'baseline' | 'current'>) => {
      done(await runCompare(standardOutput({ ...options, baseline, current }), io));
    });

  program
    .command('merge')
    .description('make the report of shards from the states that satisfy report --emit-state wrote, as if their exports had been read in one run')
    .argument('<state...>', 'state files of shards of one survey, read the same way')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--fail-if <expression>', 'exit 1 after the report when "<figure> <op> <number>" holds; repeatable', collect, [])
    .option('--config <file>', 'the config whose "gates" the merged report is checked against (default: satisfy.config.json in the working directory, if any); the survey is the states\'')
    .option('--csv-locale <locale>', 'write the CSV (--format csv) for a spreadsheet in this locale, e.g. fr-FR, de-DE, en-US: its decimal separator, fields split by ; where decimals take a comma, a UTF-8 byte-order mark and CRLF (default: the CSV for programs: commas, decimal points, no byte-order mark)')
    .option('-o, --output <file>', "write the report to this file (atomically) instead of standard output ('-': standard output)")
    .option('--junit <file>', "also write the results of the gates as JUnit XML ('-': to standard output, with -o naming a file)")
    .option('--verbatims', 'show the verbatims (a few comments per theme and tone) in the table and Markdown; the JSON and HTML always have them')
    .option('--allow-empty', 'where no shard holds a respondent, write a report of 0 respondents, every figure null, and exit 0 unless a gate needs a figure, instead of exit 2')
    .option('--no-color', 'never colour the table (also NO_COLOR=1)')
    .option('-q, --quiet', "no warnings on stderr (errors still): the shards' skipped rows, unreadable dates and unscored answers are still counted in the report")
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (states: string[], options: Omit<MergeOptions, 'states'>) => {
      done(await runMerge(standardOutput({ ...options, states }), io));
    });

  addAnalysisOptions(
    addInputOptions(
      program
        .command('sql')
        .description('print the query that computes the report inside a SQL engine, from a table with the columns of the sample export; with --engine, run it and print the report')
        .argument('<sample>', 'an export of the survey (CSV, workbook, SPSS, JSON or Parquet): its columns, scales and labels are read as satisfy report reads them')
        .option('--dialect <dialect>', `the SQL dialect of the query: ${DIALECTS.join(', ')} (default: the engine's, else duckdb)`)
        .option('--table <name>', 'the table the query reads (schema.table is two names); with --engine duckdb, a CSV or Parquet file (default: the sample)')
        .option('--engine <engine>', `run the query in this engine and print the report instead of the query: ${ENGINES.join(', ')} (duckdb embedded, over the CSV or Parquet file of --table; postgres on the server of --connection)`)
        .option('--connection <url>', 'with --engine postgres: the server and database, postgresql://user@host:port/db')
        .option('--database <file.duckdb>', 'with --engine duckdb: read the table of --table from this DuckDB database file (opened read-only)')
        .addOption(new Option('-f, --format <format>', 'with --engine: output format').choices(FORMATS).default('table')),
    ),
  )
    .option('--period <period>', 'group responses by day, week (ISO), month or quarter of the timestamp column (the query reads dates written YYYY-MM-DD, with a time, and Z or ±HH:MM)')
    .option('--date-format <order>', 'read the sample\'s dates as ymd, dmy or mdy (the query reads year-first dates only)')
    .option('--since <day>', 'keep only responses dated on or after this day (YYYY-MM-DD)')
    .option('--until <day>', 'keep only responses dated on or before this day (YYYY-MM-DD)')
    .option('--tz <zone>', 'count days in this IANA time zone for times written with a UTC offset (default: UTC)')
    .option('--fail-if <expression>', 'with --engine: exit 1 after the report when "<figure> <op> <number>" holds; repeatable', collect, [])
    .option('--csv-locale <locale>', 'with --engine: write the CSV (--format csv) for a spreadsheet in this locale, e.g. fr-FR, de-DE, en-US: its decimal separator, fields split by ; where decimals take a comma, a UTF-8 byte-order mark and CRLF (default: the CSV for programs: commas, decimal points, no byte-order mark)')
    .option('-o, --output <file>', "write the query (or, with --engine, the report) to this file instead of standard output ('-': standard output)")
    .option('--junit <file>', "with --engine: also write the results of the gates as JUnit XML ('-': to standard output, with -o naming a file)")
    .option('--allow-empty', 'with --engine: where the query keeps no row of the table (--where, --since/--until, --weight …), write a report of 0 respondents, every figure null, and exit 0 unless a gate needs a figure, instead of exit 2')
    .option('--no-color', 'never colour the table (also NO_COLOR=1)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (sample: string, options: Omit<SqlOptions, 'sample'>) => {
      done(await runSql(standardOutput({ ...options, sample }), io));
    });

  addInputOptions(
    program
      .command('inspect')
      .description('show how the files are read and what each column is taken to be, with the evidence')
      .argument('<file...>', "CSV exports to read ('-' reads standard input)")
      .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table')),
  )
    .option('--no-redact', 'show sample values as written, e-mail addresses, phone, card and account numbers too')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (files: string[], options: Omit<InspectOptions, 'files'>) => {
      done(await runInspect({ ...options, files }, io));
    });

  addInputOptions(
    program
      .command('init')
      .description(`write a starter ${CONFIG_FILE} from what detection makes of the exports, to edit; fed back unchanged it gives the same report, with the suggested dimensions scored too`)
      .argument('<file...>', "CSV exports to read ('-' reads standard input)"),
  )
    .option('-o, --output <file>', "where to write the config ('-' for standard output)", CONFIG_FILE)
    .option('--force', 'replace the file if it exists')
    .option('--no-suggest', 'leave out the suggested dimensions (groups of items of no dimension whose answers go together)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (files: string[], options: Omit<InitOptions, 'files'>) => {
      done(await runInit({ ...options, files }, io));
    });

  program
    .command('schema')
    .description('print the JSON Schema of a document satisfy writes or reads')
    .argument('<name>', `report: the JSON report (--format json); comparison: satisfy compare --format json; config: ${CONFIG_FILE}; state: a state file (--emit-state)`)
    .exitOverride()
    .action((name: string) => {
      done(runSchema(name, io));
    });

  return program;
}

/** `-o -`: standard output, as when -o is not given. */
function standardOutput<T extends { output?: string }>(options: T): T {
  if (options.output !== '-') return options;
  const rest = { ...options };
  delete rest.output;
  return rest;
}

/**
 * The options of how the rows are analysed that `report` and `sql` share: the confidence level, the
 * weight, the outcome of the drivers, the breakdown and its tests; `more`, what else a command's
 * --min-base and --adjust apply to, in their help.
 */
function addAnalysisOptions(command: Command, more: { minBase?: string; adjust?: string } = {}): Command {
  return command
    .option('--confidence <level>', 'confidence level of every interval, 0.80 to 0.999', '0.95')
    .option('--weight <column>', 'weight each row by this column; rows with a blank, zero, negative or non-numeric weight are left out and counted')
    .option('--outcome <column>', 'the rated question the key drivers explain (default: overall satisfaction, else likelihood to recommend)')
    .option('--by <column>', 'break every metric down by this column (repeatable: two make a cross-breakdown), with tests of each segment against the rest', collect, [])
    .option('--min-base <n>', `segments with fewer respondents are shown but flagged and not tested, key drivers of fewer are shown without their reading, and a figure is tested only where both sides have this many answers of it${more.minBase ?? ''}`, '30')
    .option('--top <n>', 'keep the n largest segments of a --by column and pool the rest as "Other"')
    .option('--adjust <method>', `correct the p-values of the tests of a breakdown${more.adjust ?? ''}: holm, bh (Benjamini-Hochberg) or none`, 'holm');
}
