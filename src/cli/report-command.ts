import { SatisfyError } from '../errors.js';
import { compareReports } from '../analysis/compare-reports.js';
import { distinctGates, evaluateDrops, explainChecks, gateNullReason, parseDropGate, parseGate, requireKnownDimensions, withChecks, type DropGate } from '../analysis/gates.js';
import type { Check, Report } from '../analysis/report.js';
import { FORMATS, renderers, type Format } from '../render/index.js';
import { renderJunit } from '../render/junit.js';
import { gateVerdict } from '../render/gate-verdict.js';
import { analyzeFiles, type AnalyzeOptions, type ShardState } from '../engine/analyze-files.js';
import { assembleAnalysis } from '../analysis/assemble-analysis.js';
import { readSqlResult } from './sql-result.js';
import { checkOutputs, refuseTwice } from './check-outputs.js';
import { nobodyLeftError, nobodyLeftNote, nobodyLeftWarning, refuseNobody } from './nobody-left.js';
import { ADJUSTMENTS, type Adjustment } from '../stats/difference-tests.js';
import { DATE_ORDERS, parseDate, PERIODS, timeZoneName, type DateOrder } from '../text/parse-date.js';
import { parseWholeNumber, readOptions, surveyOptions, type InputFlags } from './input-options.js';
import { knownDimensions } from './known-dimensions.js';
import { configFile } from './load-config.js';
import { csvStyle } from './csv-locale.js';
import { isReportJson, readReport, requireRated } from './read-report.js';
import { stateText } from './state-file.js';
import { withWhere } from './shard-where.js';
import { ExitCode, type Io } from './io.js';
import { useColor } from './use-color.js';
import { warnAbout, warnComparison } from './warn-skipped.js';
import { writeOutput } from './write-output.js';
import { printMessage } from './print-message.js';

export interface ReportOptions extends InputFlags {
  files: string[];
  format: string;
  confidence: string;
  weight?: string;
  outcome?: string;
  failIf: string[];
  output?: string;
  junit?: string;
  color: boolean;
  /** False with --no-redact: verbatims show comments as written. */
  redact: boolean;
  /** --verbatims: the table and Markdown show the verbatims. */
  verbatims?: boolean;
  by: string[];
  minBase: string;
  top?: string;
  adjust: string;
  period?: string;
  dateFormat?: string;
  since?: string;
  until?: string;
  tz?: string;
  baseline?: string;
  failOnDrop: string[];
  emitState?: string;
  /** --allow-empty: a report of 0 respondents, not exit 2, where every row read is left out. */
  allowEmpty?: boolean;
  /** --from-sql: make the report from the result of satisfy sql's query instead of reading exports. */
  fromSql?: string;
  /** --csv-locale: the CSV for a spreadsheet in this locale. */
  csvLocale?: string;
}

/** `satisfy report <file...>`: read the exports, score them, print the report. */
export async function runReport(options: ReportOptions, io: Io): Promise<ExitCode> {
  checkOutputs([['--emit-state', options.emitState], ['-o', options.output], ['--junit', options.junit]], [...options.files, configFile(options.config, process.cwd()), options.baseline, options.fromSql]);
  if (options.fromSql === undefined && options.files.length === 0) throw new SatisfyError('USAGE', "missing required argument 'file'", {}, "run 'satisfy --help' or 'satisfy report --help' for the options");
  refuseTwice(options.files, 'an export read twice counts its rows twice', 'name each export once');
  if (options.fromSql !== undefined) requireNoReading(options);
  const format = parseFormat<Format>(options.format, FORMATS);
  const csv = csvStyle(options.csvLocale, format);
  const survey = surveyOptions(options, process.cwd());
  const confidenceLevel = parseConfidence(options.confidence);
  // Gates are checked before any input is read, so a typo fails fast.
  const configGates = (survey.config?.settings.gates ?? []).map((expression, i) => parseGate(expression, `${survey.config?.path}: gates[${i}] "${expression}"`));
  const gates = distinctGates([...configGates, ...options.failIf.map((expression) => parseGate(expression))]);
  const segments = parseSegments(options);
  const drops = options.failOnDrop.map((name) => parseDropGate(name));
  if (drops.length > 0 && options.baseline === undefined) throw new SatisfyError('USAGE', '--fail-on-drop needs --baseline <report.json> to compare with');
  if (options.baseline !== undefined && !isReportJson(options.baseline)) throw new SatisfyError('USAGE', `--baseline takes a report JSON written by satisfy report --format json, not "${options.baseline}"`, {}, 'to compare two exports, use satisfy compare <baseline.csv> <current.csv>');
  const baseline = options.baseline === undefined ? undefined : requireRated(readReport(options.baseline), options.baseline);
  // The result of a query carries its survey: the dimensions of its model are known to the gates.
  const fromSql = options.fromSql === undefined ? undefined : await readSqlResult(options.fromSql);
  requireKnownDimensions([...gates, ...drops], knownDimensions(survey, { reports: baseline === undefined ? [] : [baseline], models: fromSql === undefined ? [] : [fromSql.model] }));
  const { periods, window } = parseDates(options, survey.config?.settings.dateFormat, segments.adjust);
  let analysed: Report;
  let shard: () => ShardState;
  if (fromSql !== undefined) {
    // How the rows were read, broken down and dated is in the result, as the query was made.
    const analysis = assembleAnalysis(fromSql.model, fromSql.plan);
    analysis.load(fromSql.analysis);
    // A date window or --where of the query that kept no row is refused as report refuses it (a
    // state of no one, --emit-state, merges as any).
    const computed = withChecks(analysis.report(fromSql.files), gates);
    analysed = options.emitState !== undefined && options.allowEmpty !== true ? computed : refuseNobody(computed, options, io);
    shard = () => fromSql;
  } else {
    const analysedFiles = await analyzeFiles(options.files, { ...readOptions(options, io), ...survey, segments, periods, window, confidenceLevel, requireScorable: baseline === undefined ? 'ratingsOrComments' : 'ratings', allowEmpty: options.allowEmpty === true || options.emitState !== undefined, allowHeaderOnly: options.allowEmpty === true, weightColumn: options.weight, outcomeColumn: options.outcome, gates, redact: options.redact !== false });
    analysed = analysedFiles.report;
    shard = analysedFiles.shard;
    warnAbout(analysed, analysedFiles.lint, io, options.quiet);
    // A shard may hold no one (a day's export without the East): its state merges as any.
    const { nobodyLeft } = analysedFiles;
    if (options.emitState === undefined && nobodyLeft !== null && options.allowEmpty !== true) throw nobodyLeftError(nobodyLeft);
    if (nobodyLeft !== null && options.allowEmpty === true) {
      if (options.quiet !== true) printMessage(io, nobodyLeftWarning(nobodyLeft));
      // A program reading the JSON is told why as well as a reader of stderr.
      analysed = { ...analysed, notes: [nobodyLeftNote(nobodyLeft), ...analysed.notes] };
    }
  }
  const report = explainChecks(baseline === undefined ? analysed : withComparison(analysed, baseline, { ...options, files: options.fromSql === undefined ? options.files : [options.fromSql], baseline: options.baseline as string }, drops, segments, confidenceLevel));
  if (report.comparison !== null) warnComparison(report.comparison, io, options.quiet);
  if (options.emitState !== undefined) await writeTo(options.emitState, stateText(fromSql === undefined ? await withWhere(shard(), options.files, readOptions(options, io).where ?? []) : shard()), io);
  const color = options.output === undefined && format === 'table' && useColor(options.color, io.env, io.stdoutIsTTY);
  const text = await renderers[format](report, { color, width: options.output === undefined ? io.columns : undefined, verbatims: options.verbatims === true, csv });
  return deliver(text, report.checks, options, io, report);
}

/**
 * Writes the output to stdout or to --output, and the gates to --junit (see writeOutput); then one
 * line on stderr per failed gate, after a warning for each --fail-on-drop that passed untested
 * (unless -q). Exit 1 when a gate failed.
 */
export async function deliver(text: string, checks: readonly Check[], options: { output?: string; junit?: string; quiet?: boolean }, io: Io, report?: Report): Promise<ExitCode> {
  if (options.output === undefined) io.stdout.write(text);
  else await writeOutput(options.output, text);
  const why = (check: Check) => gateNullReason(check, report);
  if (options.junit !== undefined) await writeTo(options.junit, renderJunit(checks, why), io);
  // A --fail-on-drop that passed because its figure was not tested (too few answers): a CI log
  // shows a green job, so it says that nothing was judged, as the report, JSON and JUnit do.
  if (options.quiet !== true) for (const check of checks.filter((c) => c.pass && c.untested !== undefined)) printMessage(io, `satisfy: warning: ${check.expression} passed untested (${gateVerdict(check)})`);
  const failed = checks.filter((check) => !check.pass);
  for (const check of failed) printMessage(io, gateFailure(check, why(check)));
  return failed.length > 0 ? ExitCode.gateFailed : ExitCode.ok;
}

/** Writes an output that `-` sends to standard output (--junit, --emit-state; see checkOutputs), else as writeOutput. */
async function writeTo(path: string, text: string, io: Io): Promise<void> {
  if (path === '-') io.stdout.write(text);
  else await writeOutput(path, text);
}

/** The line on stderr for a gate that failed: a --fail-if or a --fail-on-drop (see gateVerdict). */
export function gateFailure(check: Check, nullReason: string | null = null): string {
  return `satisfy: gate failed: ${check.expression} (${gateVerdict(check, nullReason)})`;
}

/** The report with its comparison against the baseline and the checks of --fail-on-drop. */
function withComparison(report: Report, baseline: Report, options: { files: string[]; baseline: string }, drops: readonly DropGate[], segments: { minBase: number; adjust: Adjustment }, confidenceLevel: number): Report {
  const comparison = compareReports({ source: options.baseline, report: baseline }, { source: options.files.join(', '), report }, { adjust: segments.adjust, confidenceLevel, minBase: segments.minBase });
  return { ...report, comparison, checks: [...report.checks, ...evaluateDrops(comparison, drops, { baseline, current: report })] };
}

export function parseSegments(options: Pick<ReportOptions, 'by' | 'minBase' | 'top' | 'adjust'>): NonNullable<AnalyzeOptions['segments']> {
  if (options.by.length > 2) throw new SatisfyError('USAGE', `--by takes one column, or two for a cross-breakdown, not ${options.by.length}`);
  if (options.by.length === 2 && options.by[0]?.trim() === options.by[1]?.trim()) throw new SatisfyError('USAGE', `--by "${options.by[0]}" is given twice: a cross-breakdown takes two different columns`, {}, 'give --by once to break the report down by one column');
  const minBase = parseWholeNumber(options.minBase, '--min-base', 1);
  const top = options.top === undefined ? null : parseWholeNumber(options.top, '--top', 1);
  return { by: options.by, minBase, top, adjust: oneOf(options.adjust, ADJUSTMENTS, '--adjust') };
}

/**
 * --period, --since, --until and the order of the dates they read: --date-format, else the
 * config's dateFormat, else worked out from the data.
 */
export function parseDates(options: Pick<ReportOptions, 'period' | 'dateFormat' | 'since' | 'until' | 'tz'>, configFormat: DateOrder | undefined, adjust: Adjustment): Pick<AnalyzeOptions, 'periods' | 'window'> {
  const dated = options.period !== undefined || options.since !== undefined || options.until !== undefined;
  if (options.dateFormat !== undefined && !dated) throw new SatisfyError('USAGE', '--date-format goes with --period, --since or --until');
  if (options.tz !== undefined && !dated) throw new SatisfyError('USAGE', '--tz goes with --period, --since or --until');
  const period = options.period === undefined ? undefined : oneOf(options.period, PERIODS, '--period');
  const dateOrder = options.dateFormat === undefined ? configFormat : oneOf(options.dateFormat, DATE_ORDERS, '--date-format');
  const timeZone = options.tz === undefined ? 'UTC' : timeZoneName(options.tz);
  if (timeZone === null) throw new SatisfyError('USAGE', `--tz takes an IANA time zone such as Europe/Warsaw or America/New_York, not "${options.tz}"`);
  return { periods: period === undefined ? undefined : { period, dateOrder, timeZone, adjust }, window: parseWindow(options, dateOrder, timeZone) };
}

function parseWindow(options: Pick<ReportOptions, 'since' | 'until'>, dateOrder: DateOrder | undefined, timeZone: string): AnalyzeOptions['window'] {
  if (options.since === undefined && options.until === undefined) return undefined;
  const day = (text: string | undefined, flag: string) => {
    if (text === undefined) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || parseDate(text, 'ymd') === null) throw new SatisfyError('USAGE', `${flag} takes a day written YYYY-MM-DD, not "${text}"`);
    return text;
  };
  const [since, until] = [day(options.since, '--since'), day(options.until, '--until')];
  if (since !== null && until !== null && since > until) throw new SatisfyError('USAGE', `--since ${since} comes after --until ${until}`);
  return { since, until, dateOrder, timeZone };
}

/** With --from-sql the rows were read by the query: the flags that say how to read them belong to satisfy sql. */
function requireNoReading(options: ReportOptions): void {
  if (options.files.length > 0) throw new SatisfyError('USAGE', `--from-sql makes the report from a query's result: give no export with it, not "${options.files[0]}"`);
  // The flags that change how rows are read, scored or tested are the query's (a flag left at its
  // default is not given).
  const given: Array<[string, boolean]> = [
    ['--by', options.by.length > 0], ['--where', options.where.length > 0], ['--map', options.map.length > 0], ['--missing', options.missing.length > 0], ['--weight', options.weight !== undefined], ['--outcome', options.outcome !== undefined], ['--top', options.top !== undefined], ['--period', options.period !== undefined], ['--since', options.since !== undefined], ['--until', options.until !== undefined],
    ['--confidence', Number(options.confidence) !== 0.95], ['--min-base', Number(options.minBase) !== 30], ['--adjust', options.adjust !== 'holm'], ['--strict', options.strict === true], ['--include-partial', options.includePartial === true], ['--survey', options.survey !== undefined], ['--encoding', options.encoding !== undefined], ['--delimiter', options.delimiter !== undefined], ['--sheet', options.sheet !== undefined],
  ];
  const flag = given.find(([, set]) => set)?.[0];
  if (flag !== undefined) throw new SatisfyError('USAGE', `${flag} is given to satisfy sql, which makes the query; the result of the query says how its rows were read`);
}

/** `text` if it is one of `choices`, else a usage error naming `flag` and the choices. */
function oneOf<T extends string>(text: string, choices: readonly T[], flag: string): T {
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new SatisfyError('USAGE', `${flag} takes one of ${choices.join(', ')}, not "${text}"`);
}

export function parseFormat<T extends string>(text: string, formats: readonly T[]): T {
  if ((formats as readonly string[]).includes(text)) return text as T;
  throw new SatisfyError('USAGE', `unknown format "${text}"`, {}, `--format takes one of: ${formats.join(', ')}`);
}

export function parseConfidence(text: string): number {
  const level = Number(text);
  if (!(level >= 0.8 && level <= 0.999)) throw new SatisfyError('USAGE', `--confidence takes a level from 0.80 to 0.999, not "${text}"`);
  return level;
}
