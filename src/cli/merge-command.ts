import { assembleAnalysis } from '../analysis/assemble-analysis.js';
import { coveringShards } from '../analysis/covering-shards.js';
import { distinctGates, explainChecks, parseGate, requireKnownDimensions, withChecks } from '../analysis/gates.js';
import { SatisfyError } from '../errors.js';
import { FORMATS, renderers, type Format } from '../render/index.js';
import { checkOutputs, refuseTwice } from './check-outputs.js';
import type { ShardState } from '../engine/analyze-files.js';
import { knownDimensions } from './known-dimensions.js';
import { refuseNobody } from './nobody-left.js';
import { configFile, loadConfig } from './load-config.js';
import type { ExitCode, Io } from './io.js';
import { deliver, parseFormat } from './report-command.js';
import { readState, shapeDifference, surveyShape } from './state-file.js';
import { isSqlResult, readSqlResult } from './sql-result.js';
import { csvStyle } from './csv-locale.js';
import { useColor } from './use-color.js';
import { warnAbout } from './warn-skipped.js';

export interface MergeOptions {
  states: string[];
  format: string;
  failIf: string[];
  /** --config: the config whose gates the merged report is checked against. */
  config?: string;
  output?: string;
  junit?: string;
  color: boolean;
  /** --verbatims: the table and Markdown show the verbatims. */
  verbatims?: boolean;
  /** -q: no warnings on stderr. */
  quiet?: boolean;
  /** --allow-empty: a report of 0 respondents, not exit 2, where no shard holds one (as report's). */
  allowEmpty?: boolean;
  /** --csv-locale: the CSV for a spreadsheet in this locale. */
  csvLocale?: string;
}

/**
 * `satisfy merge <state...>`: the report of all the shards whose states `satisfy report
 * --emit-state` wrote, as if their exports had been read in one run. Every state must be of the
 * same survey read the same way (columns, scales, dimensions, breakdowns).
 */
export async function runMerge(options: MergeOptions, io: Io): Promise<ExitCode> {
  checkOutputs([['-o', options.output], ['--junit', options.junit]], [...options.states, configFile(options.config, process.cwd())]);
  const format = parseFormat<Format>(options.format, FORMATS);
  const csv = csvStyle(options.csvLocale, format);
  // The config's gates are checked on every report, the merged one too (each shard's report checks
  // them on its own part); the rest of the config made the states, and the states say the survey.
  const config = loadConfig(options.config, process.cwd());
  const configGates = (config?.settings.gates ?? []).map((expression, i) => parseGate(expression, `${config?.path}: gates[${i}] "${expression}"`));
  const gates = distinctGates([...configGates, ...options.failIf.map((expression) => parseGate(expression))]);
  // A copy of a state is refused below, by what it holds, which says more than its bytes.
  refuseTwice(options.states, 'a shard merged twice counts its rows twice', 'name each shard once', false);
  // A state file, or the result of satisfy sql's query (a shard computed in a SQL engine).
  const shards = await Promise.all(options.states.map(async (path) => (isSqlResult(path) ? readSqlResult(path) : readState(path))));
  if (shards.length === 0) throw new SatisfyError('USAGE', 'merge needs at least one state file');
  // A shard of a header and no row (an empty day's export, --allow-empty) had no answers to read
  // its columns' roles from: the survey is that of the first shard that had rows, and such a shard
  // need only have its columns, which it adds no answer to.
  const at = Math.max(0, shards.findIndex((shard) => !headerOnly(shard)));
  const first = shards[at] as ShardState;
  const firstPath = options.states[at] ?? '';
  requireKnownDimensions(gates, knownDimensions({}, { models: [first.model] }));
  const shape = surveyShape(first);
  const names = JSON.stringify(first.model.columns.map((c) => c.name));
  shards.forEach((shard, i) => {
    if (headerOnly(shard) && !headerOnly(first)) {
      const differ = shard.model.columns.map((c) => c.name).join('", "');
      if (JSON.stringify(shard.model.columns.map((c) => c.name)) !== names) throw new SatisfyError('STATES_DIFFER', `this state is of a header and no row whose columns are not those of ${firstPath}: "${differ}"`, { file: options.states[i] }, 'merge the states of one survey: the same columns, in the same order');
      return;
    }
    if (surveyShape(shard) !== shape) throw new SatisfyError('STATES_DIFFER', `this state was read as another survey than ${firstPath}: ${shapeDifference(first, shard, [firstPath, options.states[i] ?? '']) ?? 'its columns, scales, dimensions or breakdowns differ'}`, { file: options.states[i] }, 'read every shard the same way: the same flags, and a config that pins the columns, their scales and missing codes (satisfy init)');
  });
  // A copy of a state (the same files, rows and counts) is the same shard twice, as a file named
  // twice is; states of the same path that differ (another day's export.csv, another --where) merge.
  const contents = new Map<string, string>();
  shards.forEach((shard, i) => {
    const content = JSON.stringify([shard.files, shard.analysis]);
    const before = contents.get(content);
    if (before !== undefined) throw new SatisfyError('USAGE', `${options.states[i] ?? ''} holds the same shard as ${before} (the same files read into the same counts): a shard merged twice counts its rows twice`, {}, 'name each shard once');
    contents.set(content, options.states[i] ?? '');
  });
  const analysis = assembleAnalysis(first.model, first.plan);
  // A header alone holds no row to add, and its accumulators are of columns read as no role.
  for (const shard of shards) if (shard === first || !headerOnly(shard)) analysis.load(shard.analysis);
  const merged = withChecks(analysis.report(coveringShards(shards)), gates);
  // No shard holds a respondent (each --where matched no row): the one decision of report's, in its words.
  const report = explainChecks(refuseNobody(merged, options, io));
  const color = options.output === undefined && format === 'table' && useColor(options.color, io.env, io.stdoutIsTTY);
  // The warnings of the merged report's files, as a run of the whole would print them.
  warnAbout(report, null, io, options.quiet);
  const text = await renderers[format](report, { color, width: options.output === undefined ? io.columns : undefined, verbatims: options.verbatims === true, csv });
  return deliver(text, report.checks, options, io, report);
}

/** A shard of files of a header and no row: its columns were read from no answer (see runMerge). */
function headerOnly(shard: ShardState): boolean {
  return shard.files.every((file) => file.rows === 0);
}
