import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { expectSameJson } from '../helpers/reference.js';
import { comparable } from '../helpers/sql-report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const WEIGHTED = 'fixtures/sql/weighted-labels-missing-codes-regions.csv';
const HOSTILE = 'fixtures/sql/hostile-names-and-labels.csv';
const EMPTY_ROWS = 'fixtures/sql/excel-rows-of-empty-fields-and-spaces-semicolons.csv';
const BOOLEANS = 'fixtures/sql/yes-no-answers-as-booleans';
const BLANK_NAMES = 'fixtures/sql/header-cells-blank-and-repeated.csv';
const dir = mkdtempSync(join(tmpdir(), 'satisfy-sql-'));

/** A config that leaves a free-text column out, so that the rest can be computed in SQL. */
function ignoring(column: string): string {
  const path = join(dir, `ignore-${column.replace(/\W+/g, '-')}.config.json`);
  writeFileSync(path, JSON.stringify({ columns: { [column]: { role: 'ignored' } } }));
  return path;
}

function json(args: string[]): Report {
  const result = runCli([...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** Runs `query` in DuckDB on a table `t` of the CSV's columns, as text, and writes the result to `out` (CSV with a header row, JSON rows, or Parquet). */
async function runInDuckDb(csv: string, query: string, out: string): Promise<void> {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`CREATE TABLE t AS SELECT * FROM read_csv('${join(ROOT, csv)}', header = true, all_varchar = true)`);
  const format = out.endsWith('.json') ? 'FORMAT JSON, ARRAY true' : out.endsWith('.parquet') ? 'FORMAT PARQUET' : "HEADER, DELIMITER ','";
  await db.run(`COPY (${query}) TO '${out}' (${format})`);
}

// Exports with weights (and rows left out for them), labels, "N/A", a missing code, answers off the
// scale, reversed and weighted items, complaints and how they were handled, segments and --where.
const CASES: Array<[string, string[]]> = [
  [WEIGHTED, []],
  [WEIGHTED, ['--weight', 'Design weight', '--missing', '99', '--by', 'Region']],
  [WEIGHTED, ['--weight', 'Design weight', '--by', 'Region', '--by', 'Did you have a problem with your order?', '--where', 'Region!=East', '--top', '2', '--confidence', '0.9']],
  [WEIGHTED, ['--outcome', 'How likely are you to recommend us? (0-10)', '--weight', 'Design weight']],
  [HOSTILE, ['--by', "Region'; DROP TABLE t; --"]],
  ['fixtures/quickstart/responses.csv', ['--config', ignoring('Any other comments?'), '--by', 'Region']],
  ['fixtures/report/english-labels-na-out-of-scale.csv', ['--config', ignoring('Comment'), '--missing', '3']],
  ['fixtures/lint/reverse-worded-item.csv', ['--config', 'fixtures/config/item-weights-reverse.config.json']],
  ['fixtures/stats/weighted-with-bad-weights.csv', ['--weight', 'design weight']],
  ['fixtures/stats/all-answers-equal.csv', []],
  // Periods and date windows: days read in SQL, periods made of them by satisfy.
  [WEIGHTED, ['--period', 'week', '--weight', 'Design weight']],
  [WEIGHTED, ['--period', 'month', '--by', 'Region', '--missing', '99']],
  // A numeric column's codes for no answer written 99.0 and 98.0 (a warehouse's numeric(4,1)).
  ['fixtures/sql/missing-codes-written-as-decimals.csv', ['--missing', '98', '--missing', '99', '--by', 'region']],
  [WEIGHTED, ['--since', '2026-02-01', '--until', '2026-03-10', '--weight', 'Design weight', '--by', 'Region']],
  [WEIGHTED, ['--period', 'quarter', '--since', '2026-02-01', '--tz', 'Europe/Warsaw']],
  ['fixtures/segments/utc-offsets-near-midnight.csv', ['--period', 'day']],
  ['fixtures/segments/utc-offsets-near-midnight.csv', ['--period', 'day', '--tz', 'America/New_York']],
  ['fixtures/segments/drop-in-one-region.csv', ['--period', 'week', '--by', 'Region']],
  // A cross-breakdown of values that hold its join (" × ") or open with a quote: quoted, segments apart, as by satisfy.
  ['fixtures/segments/cross-breakdown-values-holding-the-join.csv', ['--by', 'Region', '--by', 'Channel']],
  ['fixtures/segments/cross-breakdown-values-at-the-joins-edge.csv', ['--by', 'Region', '--by', 'Channel']],
  // Checkbox questions: ticks, "not chosen", blanks; weights that are all one power of two in a week (quantiles reported, as by satisfy).
  ['fixtures/choices/checkbox-yes-no.csv', ['--weight', 'Weight', '--period', 'week']],
  ['fixtures/detection/checkbox-yes-no-per-option.csv', ['--by', 'Wie zufrieden sind Sie insgesamt? (1-5)']],
  ['fixtures/detection/checkbox-option-text-or-blank.csv', []],
  ['fixtures/choices/checkbox-ticked-one-or-blank.csv', []],
  // A yes/no question written 1 and 2, the codes among the config's spellings; a label set on 0-4.
  ['fixtures/config/yes-no-written-1-and-2.csv', ['--config', 'fixtures/config/yes-no-written-1-and-2.config.json']],
  ['fixtures/config/yes-no-written-1-and-2-in-several-ways.csv', ['--config', 'fixtures/config/yes-no-written-1-and-2.config.json', '--missing', '2']],
  ['fixtures/config/agreement-labels-in-french.csv', ['--config', 'fixtures/config/agreement-5-from-0.config.json']],
  // A header cell left blank (DuckDB would name it "column2", a name the file's first column has) and a name repeated ("Q (2)" to satisfy, "Q_1" to DuckDB).
  [BLANK_NAMES, []],
];

describe('satisfy sql --engine duckdb', () => {
  it.each(CASES)('on %s %j gives the report satisfy report gives, to 1e-9', (file, flags) => {
    const own = json(['report', file, ...flags, '-q']);
    const inDuckDb = json(['sql', '--engine', 'duckdb', file, ...flags]);
    expectSameJson(comparable(inDuckDb), comparable(own));
    expect(inDuckDb.input.files[0]?.notes.at(-1)).toMatch(/^computed in SQL \(duckdb\)/);
  });

  it('reads a table of a DuckDB database file (--database), schema and all', async () => {
    const database = join(dir, 'responses.duckdb');
    const instance = await DuckDBInstance.create(database);
    const db = await instance.connect();
    await db.run(`CREATE SCHEMA survey; CREATE TABLE survey."responses 2026" AS SELECT * FROM read_csv('${join(ROOT, WEIGHTED)}', header = true, all_varchar = true)`);
    db.closeSync();
    instance.closeSync();
    const flags = ['--weight', 'Design weight', '--by', 'Region', '--period', 'month'];
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', '--database', database, '--table', 'survey.responses 2026', WEIGHTED, ...flags])), comparable(json(['report', WEIGHTED, ...flags, '-q'])));
  });

  it('warns of the file as satisfy report does, and says the delimiter it split on (a file of semicolons, answers off the scale)', () => {
    const file = 'fixtures/sql/semicolons-answers-off-the-scale.csv';
    const own = runCli(['report', file, '--format', 'json']);
    const inDuckDb = runCli(['sql', '--engine', 'duckdb', file, '--format', 'json']);
    expect(own.stderr).toMatch(/^satisfy: warning: column "Delivery speed \(1-5\)": 2 answers excluded/);
    expect(inDuckDb.stderr).toBe(own.stderr);
    expect((JSON.parse(inDuckDb.stdout) as Report).input.files[0]?.delimiter).toBe(';');
    expect(runCli(['sql', '--engine', 'duckdb', file, '-q']).stderr).toBe('');
  });

  it('passes gates and fails them as satisfy report does', () => {
    // -q: the sample's warnings (answers off the scale) go, the gate's line stays, as with report.
    const failed = runCli(['sql', '--engine', 'duckdb', WEIGHTED, '-q', '--fail-if', 'nps > -100', '--fail-if', 'nps < -100']);
    expect(failed.status).toBe(1);
    // The line on stderr gives the figure to six significant digits (README: gates).
    expect(failed.stderr).toBe('satisfy: gate failed: nps > -100 (actual ' + String(Number(json(['report', WEIGHTED, '-q']).nps?.score.toPrecision(6))) + ', n 384)\n');
  });
});

// Excel saves rows that look empty in the sheet as delimiters only (;;;;;), or delimiters and the
// spaces and tabs the cells held: satisfy report counts them as empty rows, not respondents.
describe('rows of empty fields in a CSV file that DuckDB reads', () => {
  /** How a report's file was read, its skipped rows by reason (the query knows no line numbers). */
  const rowsOf = (report: Report) => {
    const file = report.input.files[0];
    return { rows: file?.rows, rowsUsed: file?.rowsUsed, skipped: Object.fromEntries((file?.skipped ?? []).map((s) => [s.reason, s.count])) };
  };

  it.each([[[]], [['--where', 'Region!=East', '--by', 'Region']]])('are empty rows, as satisfy report counts them, and no respondents (%j)', (flags) => {
    const own = json(['report', EMPTY_ROWS, ...flags, '-q']);
    const inDuckDb = json(['sql', '--engine', 'duckdb', EMPTY_ROWS, ...flags]);
    expectSameJson(comparable(inDuckDb), comparable(own));
    expect(rowsOf(inDuckDb)).toEqual(rowsOf(own));
    // 6 rows of delimiters, 2 of spaces and tabs; R018 (an id, no answers) and a row of no-break spaces are respondents.
    expect(rowsOf(own).skipped.emptyRow).toBe(8);
    expect(inDuckDb.respondents).toBe(flags.length === 0 ? 40 : 29);
    // The query knows no line numbers: the rows are counted, and no line is named.
    expect(runCli(['sql', '--engine', 'duckdb', EMPTY_ROWS, ...flags]).stdout).toContain(`${EMPTY_ROWS}: 8 empty rows skipped\n`);
  });

  it('are rows of a table (--database): a row of NULLs there may be a respondent who answered nothing', async () => {
    const database = join(dir, 'rows-of-nulls.duckdb');
    const instance = await DuckDBInstance.create(database);
    const db = await instance.connect();
    await db.run(`CREATE TABLE responses AS SELECT * FROM read_csv('${join(ROOT, EMPTY_ROWS)}', header = true, all_varchar = true, delim = ';')`);
    db.closeSync();
    instance.closeSync();
    const fromTable = json(['sql', '--engine', 'duckdb', '--database', database, '--table', 'responses', EMPTY_ROWS]);
    expect(fromTable.respondents).toBe(48);
    expect(rowsOf(fromTable)).toEqual({ rows: 48, rowsUsed: 48, skipped: {} });
    const printed = runCli(['sql', '--dialect', 'duckdb', '--table', 'responses', EMPTY_ROWS]);
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).not.toContain('empty_row');
  });
});

describe('cells padded with any whitespace JavaScript trims', () => {
  it('are trimmed as satisfy trims them (tabs, no-break and ideographic spaces, a BOM) in answers, labels, segments and weights', () => {
    const pads = ['\t', ' ', '\u00a0', '\u3000', '\ufeff', '\u2009', ''];
    const labels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
    const rows = Array.from({ length: 60 }, (_, i) => {
      const pad = (text: string) => `${pads[i % pads.length]}${text}${pads[(i + 3) % pads.length]}`;
      return [pad(['North', 'South'][i % 2] as string), pad(String(0.5 + (i % 4) / 2)), pad(String(1 + ((i * i + (i >> 2)) % 5))), pad(labels[(i * 3 + (i % 7)) % 5] as string), pad(String((i * 7) % 11))].map((cell) => `"${cell}"`).join(',');
    });
    const file = join(dir, 'padded-cells.csv');
    writeFileSync(file, `Region,Weight,Delivery speed (1-5),I trust this company,How likely are you to recommend us? (0-10)\n${rows.join('\n')}\n`);
    const flags = ['--by', 'Region', '--weight', 'Weight'];
    const own = json(['report', file, ...flags, '-q']);
    expect(own.segments.map((s) => s.value).sort()).toEqual(['North', 'South']);
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', file, ...flags])), comparable(own));
  });
});

// DuckDB stores a column of Yes and No as BOOLEAN (the bench export written as Parquet did, and a
// warehouse's table does): the query reads its cells as text, true and false, which the sample's
// Yes and No did not show.
describe('yes/no questions and checkbox ticks a table stores as BOOLEAN', () => {
  const flags = ['--by', 'Region', '--period', 'week'];
  const TICKS = 'fixtures/sql/checkbox-ticks-as-booleans.parquet';

  it('are BOOLEAN in the fixtures, as DuckDB wrote them', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const booleans = async (file: string) => (await db.runAndReadAll(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('${join(ROOT, file)}')) WHERE column_type = 'BOOLEAN'`)).getRows().flat();
    expect(await booleans(`${BOOLEANS}.parquet`)).toEqual(['Did you have a problem? (Yes/No)', 'Was your problem resolved? (Yes/No)']);
    expect(await booleans(TICKS)).toHaveLength(3);
  });

  // The language's evidence counts the answers' words: Yes and No, or true and false.
  const figures = (report: Report) => ({ ...(comparable(report) as Report), language: undefined });

  it('are read as yes and no by satisfy report, from the CSV file and from the Parquet file alike', () => {
    const own = json(['report', `${BOOLEANS}.csv`, ...flags, '-q']);
    expect(own.items.find((i) => i.column === 'Did you have a problem? (Yes/No)')?.n).toBe(144);
    expectSameJson(figures(json(['report', `${BOOLEANS}.parquet`, ...flags, '-q'])), figures(own));
  });

  it.each([['the CSV export', `${BOOLEANS}.csv`], ['the Parquet file', `${BOOLEANS}.parquet`]])('are read as yes and no by satisfy sql over the Parquet file, with %s as the sample', (_what, sample) => {
    const own = json(['report', sample, ...flags, '-q']);
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', sample, '--table', `${BOOLEANS}.parquet`, ...flags])), comparable(own));
  });

  it('are read as ticks and options not chosen by satisfy sql over the Parquet file, with the CSV export as the sample', () => {
    const sample = 'fixtures/choices/checkbox-yes-no.csv';
    const own = json(['report', sample, '--weight', 'Weight', '-q']);
    expect(own.choices).toHaveLength(1);
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', sample, '--table', TICKS, '--weight', 'Weight'])), comparable(own));
  });
});

describe('satisfy sql, run elsewhere, and satisfy report --from-sql', () => {
  it.each([['result.csv'], ['result.json'], ['result.parquet']])('turn a query run by DuckDB into the report, from %s', async (name) => {
    const flags = ['--weight', 'Design weight', '--missing', '99', '--by', 'Region', '--where', 'Region!=North'];
    const query = runCli(['sql', '--table', 't', WEIGHTED, ...flags]);
    expect(query.status, query.stderr).toBe(0);
    const out = join(dir, `${name.replace('.', '-')}-${Date.now()}.${name.split('.')[1]}`);
    await runInDuckDb(WEIGHTED, query.stdout, out);
    const fromSql = json(['report', '--from-sql', out]);
    const own = json(['report', WEIGHTED, ...flags, '-q']);
    expectSameJson(comparable(fromSql), comparable(own));
    // The rows --where left out are counted, as satisfy report counts them.
    const filtered = own.input.files[0]?.skipped.find((s) => s.reason === 'filtered')?.count;
    expect(filtered).toBeGreaterThan(0);
    expect(fromSql.input.files[0]?.skipped).toEqual([{ reason: 'filtered', count: filtered, firstLines: [] }]);
    for (const format of ['table', 'markdown', 'csv', 'html']) expect(runCli(['report', '--from-sql', out, '--format', format]).status).toBe(0);
  });

  it('refuses a date window that keeps no row, as satisfy report does, and --allow-empty makes the report of 0 respondents', async () => {
    // A cold trial: the SQL routes printed a report of 0 respondents and exited 0.
    const flags = ['--since', '2030-01-01'];
    const own = runCli(['report', WEIGHTED, ...flags, '-q']);
    expect(own.status).toBe(2);
    const engine = runCli(['sql', '--engine', 'duckdb', WEIGHTED, ...flags, '-q']);
    expect([engine.status, engine.stdout, engine.stderr]).toEqual([2, '', own.stderr]);
    const query = runCli(['sql', '--table', 't', WEIGHTED, ...flags]);
    const out = join(dir, 'nobody-left.csv');
    await runInDuckDb(WEIGHTED, query.stdout, out);
    const fromSql = runCli(['report', '--from-sql', out]);
    expect([fromSql.status, fromSql.stdout]).toEqual([2, '']);
    expect(fromSql.stderr).toMatch(/^satisfy: error: no respondent is left to score of the 400 rows read: 400 left out by --since 2030-01-01/);
    for (const args of [['sql', '--engine', 'duckdb', WEIGHTED, ...flags], ['report', '--from-sql', out]]) {
      const empty = json([...args, '--allow-empty', '-q']);
      expect(empty.respondents).toBe(0);
      expect(empty.notes[0]).toMatch(/the report is of 0 respondents, as --allow-empty asks$/);
    }
    expect(runCli(['sql', '--table', 't', WEIGHTED, '--allow-empty']).status).toBe(2);
    // A --where that the sample's rows answer and the table's do not: told as report tells it.
    const table = join(dir, 'table-without-the-north.csv');
    const [head = '', ...lines] = readFileSync(join(ROOT, WEIGHTED), 'utf8').trim().split('\n');
    writeFileSync(table, `${[head, ...lines.filter((line) => !line.includes(',North,'))].join('\n')}\n`);
    const none = runCli(['sql', '--engine', 'duckdb', '--table', table, WEIGHTED, '--where', 'Region=North', '-q']);
    expect([none.status, none.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: no respondent is left to score: --where "Region=North" matches none of the ${lines.filter((line) => !line.includes(',North,')).length} rows (${table})`]);
  });

  it('reads a result whose column names are in upper case, as Snowflake names unquoted aliases', async () => {
    const query = runCli(['sql', '--table', 't', WEIGHTED, '--by', 'Region']);
    const out = join(dir, 'lower-case.csv');
    await runInDuckDb(WEIGHTED, query.stdout, out);
    const [header, ...rest] = readFileSync(out, 'utf8').split('\n');
    expect(header).toBe('part,segment,period,item,key,value,n,w,w2,s1,s2,lo,hi');
    const upper = join(dir, 'UPPER-CASE.csv');
    writeFileSync(upper, [header?.toUpperCase(), ...rest].join('\n'));
    expectSameJson(comparable(json(['report', '--from-sql', upper])), comparable(json(['report', WEIGHTED, '--by', 'Region', '-q'])));
  });

  it('compares with a baseline and fails on a drop as satisfy report does', async () => {
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, runCli(['report', 'fixtures/segments/no-real-difference.csv', '--by', 'Region', '--format', 'json']).stdout);
    const current = 'fixtures/segments/drop-in-one-region.csv';
    const query = runCli(['sql', '--table', 't', current, '--by', 'Region']);
    const out = join(dir, 'current.csv');
    await runInDuckDb(current, query.stdout, out);
    const flags = ['--baseline', baseline, '--fail-on-drop', 'nps', '--format', 'json'];
    const fromSql = runCli(['report', '--from-sql', out, ...flags]);
    const own = runCli(['report', current, '--by', 'Region', ...flags]);
    expect(fromSql.status).toBe(1);
    expect(fromSql.stderr).toBe(own.stderr);
    const comparison = (r: Report) => ({ ...r.comparison, current: { ...r.comparison?.current, source: '' } });
    expectSameJson(comparison(JSON.parse(fromSql.stdout) as Report), comparison(JSON.parse(own.stdout) as Report));
  });

  it('merge takes results as it takes states: two queries of parts make the report of the whole', async () => {
    // 99 is pinned as no answer, as the hint of shards read apart asks: detection sees each part's
    // rows alone, and reads a 99 given once (East) as a stray, given three times (the rest) as a
    // numeric export's "don't know"; states of two readings are refused.
    const parts = await Promise.all(
      ['Region=East', 'Region!=East'].map(async (where, i) => {
        const query = runCli(['sql', '--table', 't', WEIGHTED, '--weight', 'Design weight', '--by', 'Region', '--missing', '99', '--where', where]);
        const out = join(dir, `part-${i}.csv`);
        await runInDuckDb(WEIGHTED, query.stdout, out);
        return out;
      }),
    );
    const merged = json(['merge', ...parts]);
    const whole = json(['report', WEIGHTED, '--weight', 'Design weight', '--by', 'Region', '--missing', '99', '-q']);
    // Each part counts the rows the other holds as left out by --where.
    expect(merged.input.files.map((f) => f.rows)).toEqual([400, 400]);
    const [east, rest] = merged.input.files;
    expect(east?.skipped.find((s) => s.reason === 'filtered')?.count).toBe(rest?.rowsUsed);
    expect(rest?.skipped.find((s) => s.reason === 'filtered')?.count).toBe(east?.rowsUsed);
    // The survey is the first part's, whose detection (evidence, language) saw its rows only: the figures are compared.
    const figures = (r: Report) => ({ respondents: r.respondents, weight: r.weight, items: r.items, missing: r.missing, dimensions: r.dimensions, csat: r.csat, ces: r.ces, nps: r.nps, index: r.index, drivers: r.drivers, segments: r.segments });
    expectSameJson(figures(merged), figures(whole));
  });

  it('quotes every name and label: the hostile export gives its report, and no table is dropped', async () => {
    const query = runCli(['sql', '--table', 't', HOSTILE, '--by', "Region'; DROP TABLE t; --"]);
    expect(query.stdout).toContain('"Region\'; DROP TABLE t; --"');
    const out = join(dir, 'hostile.csv');
    await runInDuckDb(HOSTILE, query.stdout, out);
    const fromSql = json(['report', '--from-sql', out]);
    expect(fromSql.segments.map((s) => s.value).sort()).toEqual(['East "quoted" */', "North'); DROP TABLE t; --", 'South \\', 'Zürich\nWest']);
    expectSameJson(comparable(fromSql), comparable(json(['report', HOSTILE, '--by', "Region'; DROP TABLE t; --"])));
  });

  it('writes the query for PostgreSQL with its own quoting', () => {
    const query = runCli(['sql', '--dialect', 'postgres', '--table', 'survey.responses', HOSTILE]);
    expect(query.status, query.stderr).toBe(0);
    expect(query.stdout).toContain('FROM "survey"."responses"');
    expect(query.stdout).toContain('btrim(');
    // The backslash of a column name is in an identifier (no escapes there); a label with one would be an E'' literal.
    expect(query.stdout).toContain('"Delivery ""speed"" \\ (1-5)"');
    expect(query.stdout).not.toContain('regexp_full_match');
  });
});

describe('answers the query could not code', () => {
  /** The export with one cell of the labelled column changed, as a table of the warehouse may hold answers its sample did not. */
  function tableWith(label: string): string {
    const lines = readFileSync(join(ROOT, WEIGHTED), 'utf8').split('\n');
    lines[1] = (lines[1] as string).replace(/,Strongly agree,|,Agree,|,Disagree,/, `,${label},`);
    const path = join(dir, `table-${label.replace(/\W+/g, '-')}.csv`);
    writeFileSync(path, lines.join('\n'));
    return path;
  }

  it('are coded by satisfy when they are no answer ("banana" is invalid), and counted', () => {
    const own = json(['report', WEIGHTED, '-q']);
    const fromTable = json(['sql', '--engine', 'duckdb', '--table', tableWith('banana'), WEIGHTED]);
    const column = 'My parcel arrived in good condition';
    const invalid = (r: Report) => r.items.find((i) => i.column === column)?.missing.invalid ?? -1;
    expect(invalid(fromTable)).toBe(invalid(own) + 1);
  });

  it('stop the report when one is a valid answer the query left out of the scores (exit 2, naming the column and the answer)', () => {
    const result = runCli(['sql', '--engine', 'duckdb', '--table', tableWith('AGREE'), WEIGHTED, '-q']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^satisfy: error: column "My parcel arrived in good condition": 1 answer "AGREE" that the query could not code .*\(.*table-AGREE\.csv\)$/);
  });
});

describe('what satisfy sql does not compute', () => {
  it.each([
    ['fixtures/report/english-labels-na-out-of-scale.csv', [], 'column "Comment" (free text) is not computed in SQL yet'],
    ['fixtures/choices/ranking-permutations.csv', [], 'column "Q5_1" (a ranking question) is not computed in SQL yet'],
    ['fixtures/detection/importance-beside-satisfaction.csv', [], 'column "Delivery - Importance" (importance) is not computed in SQL yet'],
  ])('%s %j: exit 2, one line naming it', (file, flags, message) => {
    const result = runCli(['sql', '--table', 't', file, ...flags]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message}${message.startsWith('column') ? '; give it the role "ignored" in the config to report the rest' : ''} (${file})`);
  });

  it.each([
    ['fixtures/input/limesurvey-semicolon-bom-codes.csv', ['--table', 't'], 'the sample is a limesurvey export, whose unfinished responses satisfy leaves out, and the query does not yet'],
    ['fixtures/detection/typeform-empty-submit-date-is-unfinished-en.csv', ['--table', 't', '--config', ignoring('Anything else you would like to tell us?')], 'the sample is a typeform export, whose unfinished responses satisfy leaves out, and the query does not yet'],
    ['fixtures/detection/qualtrics-tests-and-previews-beside-real-responses-numeric-en.csv', ['--table', 't', '--include-partial', '--config', ignoring('Q4')], 'the sample holds 3 responses flagged as spam and 8 survey test responses and 4 survey previews (its qualtrics Status), which satisfy leaves out, and the query does not yet'],
    ['fixtures/input/surveymonkey-2-header-rows.csv', ['--engine', 'duckdb'], "the sample has 2 header rows, and DuckDB reads a CSV file's first row as its header"],
    ['fixtures/input/qualtrics-one-header-row-choice-text.csv', ['--table', 't', '--include-partial'], 'the sample holds 1 survey preview and 1 response flagged as spam (its qualtrics Status), which satisfy leaves out, and the query does not yet'],
  ])('%s %j: what the reader does to rows and the query cannot, exit 2', (file, flags, message) => {
    const result = runCli(['sql', file, ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message} (${file})`);
  });

  it('reads a file in another encoding than UTF-8 only once converted, decimal commas and all', () => {
    const file = 'fixtures/input/semicolon-cp1250-decimal-comma.csv';
    const config = ignoring('Komentarz');
    const refused = runCli(['sql', '--engine', 'duckdb', file, '--config', config]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe(`satisfy: error: the sample is written in windows-1250, and DuckDB reads CSV files in UTF-8 (${file})`);
    const converted = join(dir, 'converted-to-utf-8.csv');
    writeFileSync(converted, new TextDecoder('windows-1250').decode(readFileSync(join(ROOT, file))));
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', '--table', converted, file, '--config', config])), comparable(json(['report', file, '--config', config, '-q'])));
  });

  it('counts every response of such an export with --include-partial, as satisfy report does', () => {
    const file = 'fixtures/input/limesurvey-semicolon-bom-codes.csv';
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', file, '--include-partial'])), comparable(json(['report', file, '--include-partial', '-q'])));
  });

  it('needs a table to read, without --engine', () => {
    const result = runCli(['sql', WEIGHTED]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: satisfy sql needs --table <name>/);
  });
});

describe('checkbox cells the sample did not show', () => {
  /** The checkbox export with one cell of its first option changed. */
  function tableWith(text: string): string {
    const lines = readFileSync(join(ROOT, 'fixtures/choices/checkbox-yes-no.csv'), 'utf8').split('\n');
    lines[1] = (lines[1] as string).replace(',Yes,', `,${text},`);
    const path = join(dir, `checkbox-${text.replace(/\W+/g, '-')}.csv`);
    writeFileSync(path, lines.join('\n'));
    return path;
  }

  it('are taken for ticks, as satisfy takes them ("Yes, daily")', () => {
    const table = tableWith('"Yes, daily"');
    // "Yes, daily" took the place of a "Yes": a tick either way, so the figures are those of the sample itself.
    const inDuckDb = json(['sql', '--engine', 'duckdb', '--table', table, 'fixtures/choices/checkbox-yes-no.csv']);
    expectSameJson(comparable(inDuckDb), comparable(json(['report', 'fixtures/choices/checkbox-yes-no.csv', '-q'])));
  });

  it('stop the report when satisfy reads one otherwise ("Nein": not chosen), exit 2', () => {
    const result = runCli(['sql', '--engine', 'duckdb', '--table', tableWith('Nein'), 'fixtures/choices/checkbox-yes-no.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^satisfy: error: checkbox question "Which features do you use\?": 1 answer "Nein" that the query took for a tick \(the sample did not show it\) and satisfy does not;/);
  });
});

describe('weights the query cannot sum', () => {
  it.each([['fixtures/stats/weights-times-1e300.csv', '12 rows have weights'], ['fixtures/stats/weight-one-1e300.csv', '1 row has a weight']])('%s: exit 2, naming them, where satisfy report rescales', (file, rows) => {
    const result = runCli(['sql', '--engine', 'duckdb', file, '--weight', 'weight']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${rows} beyond 1e±150, which the query does not sum (a square would overflow or vanish in SQL); satisfy report reads them (${file})`);
    expect(runCli(['report', file, '--weight', 'weight', '-q']).status).toBe(0);
  });
});

describe('dates the query cannot read', () => {
  it('stop the report when satisfy reads them (exit 2, counting every one, naming the column and the first date in text order, and how to store them)', () => {
    const result = runCli(['sql', '--engine', 'duckdb', 'fixtures/segments/ambiguous-dates.csv', '--period', 'month']);
    expect(result.status).toBe(2);
    // All three dates of the file are day-first; the first in text order is named, whatever order the engine returns them in.
    expect(result.stderr).toBe('satisfy: error: column "Submitted": 3 dates that satisfy reads and the query could not, such as "01/02/2026 09:00"; satisfy sql reads dates written YYYY-MM-DD, with a time, and Z or ±HH:MM (fixtures/segments/ambiguous-dates.csv)\nhint: store the column as dates or timestamps, or as text written YYYY-MM-DD, in the table the query reads\n');
  });
});

describe('satisfy report --from-sql refuses what is not a sound result', () => {
  const good = join(dir, 'good.csv');

  it.each([
    ['a count changed', (text: string) => text.replace(/\nrows,"","",0,used,,(\d+),/, (_, n: string) => `\nrows,"","",0,used,,${Number(n) + 1},`), /^satisfy: error: analysis\.rated\[0\]: counts 400 answers and non-answers for 401 rows; every row has one \(.*edited\.csv\)$/],
    ['no model row', (text: string) => text.split('\n').filter((line) => !line.startsWith('model,')).join('\n'), /^satisfy: error: no row of part "model"/],
    ['not a result', () => 'a,b\n1,2\n', /^satisfy: error: no column "part", "segment"/],
  ])('%s: exit 2, one line', async (_, edit, message) => {
    const query = runCli(['sql', '--table', 't', WEIGHTED]);
    await runInDuckDb(WEIGHTED, query.stdout, good);
    const edited = join(dir, 'edited.csv');
    writeFileSync(edited, edit(readFileSync(good, 'utf8')));
    const result = runCli(['report', '--from-sql', edited]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(message);
  });

  it('knows the dimensions of the survey the result carries, for gates, without the config that made them', async () => {
    const config = join(dir, 'honesty.config.json');
    writeFileSync(config, JSON.stringify({ dimensions: [{ id: 'honesty', items: ['The company is honest (1-5)', 'I trust the company (1-5)'] }] }));
    const query = runCli(['sql', '--table', 't', 'fixtures/lint/reverse-worded-item.csv', '--config', config]);
    expect(query.status, query.stderr).toBe(0);
    const out = join(dir, 'honesty.csv');
    await runInDuckDb('fixtures/lint/reverse-worded-item.csv', query.stdout, out);
    const result = runCli(['report', '--from-sql', out, '--fail-if', 'honesty > 100', '--fail-if', 'honesty < 0', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(runCli(['report', '--from-sql', out, '--fail-if', 'courtesy < 50']).stderr).toMatch(/^satisfy: error: .*courtesy/);
  });

  it('takes no export and no reading flag beside it', () => {
    expect(runCli(['report', '--from-sql', good, WEIGHTED]).stderr).toMatch(/^satisfy: error: --from-sql makes the report from a query's result: give no export with it/);
    expect(runCli(['report', '--from-sql', good, '--by', 'Region']).stderr).toMatch(/^satisfy: error: --by is given to satisfy sql/);
    // Flags with a default are refused when they would change it: the result was made with the query's.
    for (const flag of [['--confidence', '0.8'], ['--min-base', '10'], ['--adjust', 'bh'], ['--strict'], ['--include-partial']]) {
      const result = runCli(['report', '--from-sql', good, ...flag]);
      expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: ${flag[0]} is given to satisfy sql, which makes the query; the result of the query says how its rows were read`]);
    }
    expect(runCli(['report', '--from-sql', good, '--confidence', '0.95']).status).toBe(0);
  });
});

describe('satisfy sql refuses what DuckDB would read otherwise than satisfy', () => {
  it('two columns whose names differ only in case (DuckDB reads both as the first)', () => {
    const file = join(dir, 'case-colliding-names.csv');
    writeFileSync(file, 'Delivery speed (1-5),DELIVERY SPEED (1-5),Overall satisfaction (1-5)\n3,1,4\n3,3,5\n3,3,2\n');
    const result = runCli(['sql', '--engine', 'duckdb', file]);
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: columns "Delivery speed (1-5)" and "DELIVERY SPEED (1-5)" differ only in case, and DuckDB matches names without regard to case (${file})`]);
  });

  it.each([
    ['bigquery', 'BigQuery'],
    ['spark', 'Spark SQL'],
    ['trino', 'Trino'],
  ])('and so does --dialect %s, whose engine matches names without regard to case too; Snowflake and PostgreSQL match quoted names as written', (dialect, engine) => {
    const file = join(dir, 'case-colliding-names.csv');
    writeFileSync(file, 'Delivery speed (1-5),DELIVERY SPEED (1-5),Overall satisfaction (1-5)\n3,1,4\n3,3,5\n3,3,2\n');
    const result = runCli(['sql', '--dialect', dialect, '--table', 't', file]);
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: columns "Delivery speed (1-5)" and "DELIVERY SPEED (1-5)" differ only in case, and ${engine} matches names without regard to case (${file})`]);
    for (const other of ['snowflake', 'postgres']) expect(runCli(['sql', '--dialect', other, '--table', 't', file]).status).toBe(0);
  });

  it('warns, for PostgreSQL, of a column whose name is 63 bytes long, where PostgreSQL cuts longer names', () => {
    // A cold trial: a sample exported from the table had lost "… on arrival" and "7 = very easy".
    const name = 'How satisfied were you with the condition of your parcel on arr';
    expect(Buffer.byteLength(name)).toBe(63);
    const file = join(dir, 'name-of-63-bytes.csv');
    writeFileSync(file, `"${name}",Overall satisfaction (1-5)\n4,5\n3,4\n5,5\n2,3\n4,4\n`);
    const postgres = runCli(['sql', '--dialect', 'postgres', '--table', 't', file]);
    expect([postgres.status, postgres.stderr]).toEqual([0, `satisfy: warning: column "${name}" has a name of 61 to 63 bytes, as long as PostgreSQL keeps (it cuts longer names between characters): if the sample was exported from the table, the end of each question is lost, and with it what it said of the scale or the dimension; export the sample from the survey platform, or name them in satisfy.config.json (${file})\n`]);
    expect(runCli(['sql', '--dialect', 'postgres', '--table', 't', file, '-q']).stderr).toBe('');
    expect(runCli(['sql', '--dialect', 'duckdb', '--table', 't', file]).stderr).toBe('');
    // Cut between characters, before a letter of two bytes: 62 bytes (a cold review, on PostgreSQL 15).
    const latvian = 'Cik apmierināts esat ar kurjera laipnību un palīdzību pieg';
    expect(Buffer.byteLength(latvian)).toBe(62);
    const cut = join(dir, 'name-cut-before-a-letter-of-two-bytes.csv');
    writeFileSync(cut, `"${latvian}",Overall satisfaction (1-5)\n4,5\n3,4\n5,5\n2,3\n4,4\n`);
    expect(runCli(['sql', '--dialect', 'postgres', '--table', 't', cut]).stderr).toMatch(/^satisfy: warning: column "Cik apmierināts .*" has a name of 61 to 63 bytes/);
    // Cut before its first letter of two bytes, all of it ASCII: "… to Gdańsk" kept as "… to Gda" (62 bytes).
    const gdansk = join(dir, 'name-cut-before-its-first-letter-of-two-bytes.csv');
    writeFileSync(gdansk, `"How satisfied were you with the delivery of your parcel to Gda",Overall satisfaction (1-5)\n4,5\n3,4\n5,5\n`);
    expect(runCli(['sql', '--dialect', 'postgres', '--table', 't', gdansk]).stderr).toMatch(/has a name of 61 to 63 bytes/);
    expect(runCli(['sql', '--dialect', 'postgres', '--table', 't', WEIGHTED]).stderr).not.toMatch(/61 to 63 bytes/);
  });

  it('a table name given to --engine duckdb without --database, and a --connection that is no URL, say what they take', () => {
    // A cold trial: "No files found that match the pattern" and "getaddrinfo ENOTFOUND base".
    const duck = runCli(['sql', '--engine', 'duckdb', '--table', 'cx.responses', WEIGHTED, '-q']);
    expect([duck.status, duck.stdout, duck.stderr]).toEqual([2, '', 'satisfy: error: no file "cx.responses": with --engine duckdb, --table names a CSV or Parquet file, or a table of the database that --database opens (cx.responses)\nhint: --database <file.duckdb> opens a DuckDB database whose table --table names\n']);
    const pg = runCli(['sql', '--engine', 'postgres', '--connection', 'not a url', '--table', 't', WEIGHTED, '-q']);
    expect([pg.status, pg.stderr.split('\n')[0]]).toEqual([2, 'satisfy: error: --connection takes a postgresql:// URL (or pg\'s socket:), not "not a url"']);
  });

  it.each([['duckdb'], ['postgres'], ['bigquery'], ['snowflake'], ['spark'], ['trino']])('a table name with an empty part, which no engine has (--dialect %s)', (dialect) => {
    for (const table of ['my-project..responses', 'survey.']) {
      const result = runCli(['sql', '--dialect', dialect, '--table', table, WEIGHTED]);
      expect([result.status, result.stderr]).toEqual([2, `satisfy: error: --table takes names joined by dots, none of them empty, not "${table}"\n`]);
    }
  });

  it.each([['duckdb'], ['postgres']])('a header cell left blank, where the query reads a table (--dialect %s): the table named that column, the sample does not say how', (dialect) => {
    const result = runCli(['sql', '--dialect', dialect, '--table', 't', BLANK_NAMES]);
    expect([result.status, result.stderr]).toEqual([2, `satisfy: error: column 2 has no name in the sample's header, and the query names the table's columns by the sample's: write in the sample's header the name the table gives that column (${BLANK_NAMES})\n`]);
  });

  it('a file name DuckDB reads as a pattern of names', () => {
    const file = join(dir, 'wave[1].csv');
    writeFileSync(file, readFileSync(join(ROOT, WEIGHTED)));
    writeFileSync(join(dir, 'wave1.csv'), 'Overall satisfaction (1-5)\n1\n');
    const result = runCli(['sql', '--engine', 'duckdb', file]);
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: DuckDB reads "${file}" as a pattern of file names ([ ] * ? { }) (${file})`]);
  });

  it('--junit without --engine, which writes nothing', () => {
    const result = runCli(['sql', '--table', 't', WEIGHTED, '--junit', join(dir, 'gates.xml')]);
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, 'satisfy: error: --junit goes with --engine: without it satisfy sql prints the query (give --junit to satisfy report --from-sql)']);
  });

  it('reads zoned times written without seconds, as satisfy does', () => {
    const file = join(dir, 'zoned-times-without-seconds.csv');
    const rows = ['2026-01-05T23:30Z', '2026-01-05T23:30-0500', '2026-01-06T00:15+01:00', '2026-01-12T08:00Z', '2026-01-12T22:45-0800', '2026-01-13T01:00+0530'].map((when, i) => `${when},${1 + (i % 5)},${(i * 3) % 11}`);
    writeFileSync(file, `Submitted,Overall satisfaction (1-5),How likely are you to recommend us? (0-10)\n${rows.join('\n')}\n`);
    const own = json(['report', file, '--period', 'day', '-q']);
    expect(own.periods.length).toBeGreaterThan(2);
    expectSameJson(comparable(json(['sql', '--engine', 'duckdb', file, '--period', 'day'])), comparable(own));
  });
});
