import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { checkShard } from '../analysis/check-state.js';
import { stateFromSql, SqlResultError, type SqlResultRow } from '../analysis/state-from-sql.js';
import type { ShardState } from '../engine/analyze-files.js';
import { SatisfyError } from '../errors.js';
import type { InputFile } from '../input/read-csv.js';
import { lexicons } from '../survey/lexicon/index.js';
import { buildVocabulary } from '../survey/vocabulary.js';
import { RESULT_COLUMNS } from '../sql/survey-query.js';
import { RESULT_FORMAT, RESULT_VERSION, type ResultHeader } from '../sql/result-header.js';

const HINT = 'a result is what the query of satisfy sql returned, as CSV with a header row or as JSON, unedited';

/**
 * Whether a file is the result of satisfy's query rather than a state file: CSV whose header row
 * starts with the result's first columns, or JSON rows of it. Anything else is left to the state
 * file's reader, which says what it is not.
 */
export function isSqlResult(path: string): boolean {
  if (!existsSync(path) || statSync(path).isDirectory()) return false;
  const start = readFileSync(path, 'utf8').slice(0, 200).replace(/^\uFEFF?\s*/, '');
  return /^"?part"?,"?segment"?,/i.test(start) || start.startsWith('[') || /^\{\s*"part"/i.test(start) || /\.parquet$/i.test(path);
}

/**
 * Reads the result of satisfy's query (satisfy sql), as CSV with a header row (`COPY … TO 'x.csv'
 * (HEADER)`, `psql --csv`), as JSON (an array of rows, or one row a line) or as Parquet, and makes the shard it stands for: the survey and plan its first row carries, and the
 * state rebuilt from its sums (see stateFromSql), checked as a state file is.
 */
export async function readSqlResult(path: string): Promise<ShardState> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SatisfyError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : code === 'EISDIR' ? 'FILE_IS_DIRECTORY' : 'FILE_UNREADABLE', code === 'ENOENT' ? 'no such file' : 'cannot read the file', { file: path });
  }
  if (isParquet(bytes)) return shardFromSqlRows(await parquetRows(bytes, path), path);
  return shardFromSqlRows(parseRows(bytes.toString('utf8').replace(/^\uFEFF/, ''), path), path);
}

/** A Parquet file starts and ends with the magic bytes PAR1. */
function isParquet(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 4).toString('latin1') === 'PAR1' && bytes.subarray(-4).toString('latin1') === 'PAR1';
}

/** The rows of a result written as Parquet (`COPY (…) TO 'result.parquet' (FORMAT PARQUET)`), read with hyparquet: it is small, so read whole. */
async function parquetRows(bytes: Buffer, path: string): Promise<Array<Record<string, unknown>>> {
  const { parquetReadObjects } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    return (await parquetReadObjects({ file, compressors })) as Array<Record<string, unknown>>;
  } catch (error) {
    throw new SatisfyError('SQL_RESULT_INVALID', `not a Parquet file of a result of satisfy sql (${(error as Error).message})`, { file: path }, HINT);
  }
}

/** The rows of a result's text: CSV with a header row naming RESULT_COLUMNS, or JSON. */
function parseRows(text: string, path: string): Array<Record<string, unknown>> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      if (trimmed.startsWith('[')) return JSON.parse(trimmed) as Array<Record<string, unknown>>;
      return trimmed
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    } catch (error) {
      throw new SatisfyError('SQL_RESULT_INVALID', `not JSON rows of a result of satisfy sql (${(error as Error).message})`, { file: path }, HINT);
    }
  }
  try {
    return parseCsv(text, { columns: true, skip_empty_lines: true }) as Array<Record<string, unknown>>;
  } catch (error) {
    throw new SatisfyError('SQL_RESULT_INVALID', `not CSV rows of a result of satisfy sql (${(error as Error).message})`, { file: path }, HINT);
  }
}

/** The shard a result's rows stand for (rows as an engine or a reader gives them: numbers, bigints or texts; null or '' for NULL). */
export function shardFromSqlRows(given: ReadonlyArray<Record<string, unknown>>, shownAs: string, hint: string = HINT): ShardState {
  const fail = (message: string, line?: number, own?: string): never => {
    throw new SatisfyError('SQL_RESULT_INVALID', message, { file: shownAs, ...(line === undefined ? {} : { line }) }, own ?? hint);
  };
  // Snowflake names the result's columns in upper case (PART, SEGMENT …), as it folds unquoted names.
  const records = given[0] !== undefined && !('part' in given[0]) && 'PART' in given[0] ? given.map(lowerCaseNames) : given;
  const first = records[0];
  if (first === undefined) fail('no rows: not a result of satisfy sql');
  const missing = RESULT_COLUMNS.filter((c) => !(c in (first as object)));
  if (missing.length > 0) fail(`no column ${missing.map((c) => `"${c}"`).join(', ')}: not a result of satisfy sql`);
  const rows = records.map((record, i) => toRow(record, (message) => fail(message, i + 2)));
  const headers = rows.filter((r) => r.part === 'model');
  if (headers.length !== 1) fail(headers.length === 0 ? 'no row of part "model": the query of satisfy sql always returns one' : 'more than one row of part "model": results of two queries are merged with satisfy merge, not put in one file');
  let header: ResultHeader;
  try {
    header = JSON.parse((headers[0] as SqlResultRow).key ?? '') as ResultHeader;
  } catch {
    return fail('the row of part "model" does not hold the JSON of satisfy sql');
  }
  if (header === null || typeof header !== 'object' || header.format !== RESULT_FORMAT) fail('the row of part "model" does not hold the JSON of satisfy sql');
  if (header.version !== RESULT_VERSION) fail(`a result of version ${JSON.stringify(header.version)}; this satisfy reads version ${RESULT_VERSION}`);
  const missingCodes = header.model?.vocabulary?.missingCodes;
  if (!Array.isArray(missingCodes) || missingCodes.some((code) => typeof code !== 'string')) fail('model.vocabulary.missingCodes: must be a list of texts');
  const model = { ...header.model, vocabulary: buildVocabulary(lexicons, missingCodes) };
  let rebuilt: ReturnType<typeof stateFromSql>;
  try {
    rebuilt = stateFromSql(model, header.plan, header.answerFormat, rows);
  } catch (error) {
    if (error instanceof SqlResultError) return fail(error.message, undefined, error.hint);
    return fail(`not a survey satisfy can analyse (${(error as Error).message})`);
  }
  const file: InputFile = {
    path: header.table,
    encoding: 'utf-8',
    delimiter: ',',
    platform: header.sample.platform,
    headerRows: 1,
    rows: rebuilt.rows,
    rowsUsed: rebuilt.rows - rebuilt.filtered - rebuilt.empty,
    // In the order of SKIP_REASONS; the query knows no line numbers.
    skipped: [
      ...(rebuilt.empty > 0 ? [{ reason: 'emptyRow' as const, count: rebuilt.empty, firstLines: [] }] : []),
      ...(rebuilt.filtered > 0 ? [{ reason: 'filtered' as const, count: rebuilt.filtered, firstLines: [] }] : []),
    ],
    notes: [`computed in SQL (${header.dialect}) from ${header.table}; the survey read from ${header.sample.path}`],
  };
  const shard: ShardState = { model, plan: header.plan, files: [file], analysis: rebuilt.state };
  const problem = checkShard(shard);
  if (problem !== null) fail(`${problem.path}: ${problem.problem}`);
  return shard;
}

/** A record with its names of RESULT_COLUMNS in lower case. */
function lowerCaseNames(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [(RESULT_COLUMNS as readonly string[]).includes(name.toLowerCase()) ? name.toLowerCase() : name, value]));
}

/** One record as a SqlResultRow, or `fail`. */
function toRow(record: Record<string, unknown>, fail: (message: string) => never): SqlResultRow {
  const text = (name: string): string | null => {
    const value = record[name];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') fail(`"${name}" must be a text, not ${JSON.stringify(typeof value === 'bigint' ? String(value) : value)}`);
    return value as string;
  };
  const number = (name: string): number | null => {
    const value = record[name];
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
    if (!Number.isFinite(n)) fail(`"${name}" must be a finite number, not ${JSON.stringify(typeof value === 'bigint' ? String(value) : value)}`);
    return n;
  };
  const part = text('part');
  if (part === null || part === '') return fail('"part" must be given on every row');
  const optional = (name: string) => {
    const value = text(name);
    return value === '' ? (name === 'segment' || name === 'period' ? '' : null) : value;
  };
  return { part, segment: optional('segment'), period: optional('period'), item: number('item'), key: optional('key'), value: number('value'), n: number('n'), w: number('w'), w2: number('w2'), s1: number('s1'), s2: number('s2'), lo: number('lo'), hi: number('hi') };
}
