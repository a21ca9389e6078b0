import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { quoteIdentifier } from '../../src/sql/quote.js';
import { expectSameJson } from '../helpers/reference.js';
import { comparable } from '../helpers/sql-report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// A PostgreSQL server to run the queries on: .ci/run starts one on a loopback port and names it
// here. Without one these tests cannot run, and say so in their name.
const URL = process.env.SATISFY_POSTGRES_URL;
const WEIGHTED = 'fixtures/sql/weighted-labels-missing-codes-regions.csv';
const HOSTILE = 'fixtures/sql/hostile-names-and-labels.csv';
// A schema and a table whose names would break a query that did not quote them.
const HOSTILE_SCHEMA = `s'; DROP TABLE x; --`;
const HOSTILE_TABLE = 'hostile "t"';
const dir = mkdtempSync(join(tmpdir(), 'satisfy-sql-pg-'));

/** Creates `table` (schema-qualified, quoted) with the CSV's columns as text and its rows, as a warehouse holds an export. */
async function load(client: pg.Client, csv: string, schema: string, table: string): Promise<void> {
  const [header = [], ...rows] = parse(readFileSync(join(ROOT, csv), 'utf8')) as string[][];
  const name = `${quoteIdentifier(schema, 'postgres')}.${quoteIdentifier(table, 'postgres')}`;
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema, 'postgres')}`);
  await client.query(`DROP TABLE IF EXISTS ${name}`);
  await client.query(`CREATE TABLE ${name} (${header.map((h) => `${quoteIdentifier(h, 'postgres')} TEXT`).join(', ')})`);
  for (const row of rows) await client.query(`INSERT INTO ${name} VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row.map((cell) => (cell === '' ? null : cell)));
}

function json(args: string[]): Report {
  const result = runCli([...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const CASES: Array<[string, string, string[]]> = [
  [WEIGHTED, 'satisfy_test.weighted', []],
  [WEIGHTED, 'satisfy_test.weighted', ['--weight', 'Design weight', '--missing', '99', '--by', 'Region', '--where', 'Region!=East', '--top', '2']],
  [WEIGHTED, 'satisfy_test.weighted', ['--weight', 'Design weight', '--period', 'month', '--by', 'Region']],
  [WEIGHTED, 'satisfy_test.weighted', ['--period', 'week', '--since', '2026-02-01', '--until', '2026-03-15', '--tz', 'Europe/Warsaw']],
  ['fixtures/segments/utc-offsets-near-midnight.csv', 'satisfy_test.offsets', ['--period', 'day', '--tz', 'America/New_York']],
  [HOSTILE, `${HOSTILE_SCHEMA}.${HOSTILE_TABLE}`, ['--by', "Region'; DROP TABLE t; --"]],
  ['fixtures/choices/checkbox-yes-no.csv', 'satisfy_test.checkboxes', ['--weight', 'Weight', '--period', 'week']],
  ['fixtures/segments/cross-breakdown-values-holding-the-join.csv', 'satisfy_test.joined', ['--by', 'Region', '--by', 'Channel']],
];

describe.skipIf(URL === undefined)(`satisfy sql on a PostgreSQL server${URL === undefined ? ' (skipped: SATISFY_POSTGRES_URL names none; .ci/run starts one)' : ''}`, () => {
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    await load(client, WEIGHTED, 'satisfy_test', 'weighted');
    await load(client, 'fixtures/segments/utc-offsets-near-midnight.csv', 'satisfy_test', 'offsets');
    await load(client, HOSTILE, HOSTILE_SCHEMA, HOSTILE_TABLE);
    await load(client, 'fixtures/choices/checkbox-yes-no.csv', 'satisfy_test', 'checkboxes');
    await load(client, 'fixtures/segments/cross-breakdown-values-holding-the-join.csv', 'satisfy_test', 'joined');
    // The weighted table as a warehouse types it: its time a timestamp, whose text is the session's DateStyle.
    await client.query('CREATE TABLE satisfy_test.typed AS SELECT *, CAST("Submitted" AS TIMESTAMP) AS "Submitted at" FROM satisfy_test.weighted');
    await client.query('ALTER TABLE satisfy_test.typed DROP COLUMN "Submitted"');
    await client.query('ALTER TABLE satisfy_test.typed RENAME COLUMN "Submitted at" TO "Submitted"');
    await client.end();
  }, 60_000);

  afterAll(async () => {
    const client = new pg.Client({ connectionString: URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS satisfy_test CASCADE; DROP SCHEMA IF EXISTS ${quoteIdentifier(HOSTILE_SCHEMA, 'postgres')} CASCADE`);
    await client.end();
  });

  it.each(CASES)('--engine postgres on %s (table %s) %j gives the report satisfy report gives, to 1e-9', (file, table, flags) => {
    const own = json(['report', file, ...flags, '-q']);
    // The table's schema and name are split at the first dot and each quoted.
    const dot = table.indexOf('.');
    expect(dot).toBeGreaterThan(0);
    const inPostgres = json(['sql', '--engine', 'postgres', '--connection', URL as string, '--table', table, file, ...flags]);
    expectSameJson(comparable(inPostgres), comparable(own));
    expect(inPostgres.input.files[0]?.notes.at(-1)).toMatch(/^computed in SQL \(postgres\)/);
  });

  it('the query printed and run by psql --csv gives the same report through report --from-sql', () => {
    const psql = spawnSync('psql', ['--version'], { encoding: 'utf8' });
    if (psql.status !== 0) throw new Error('psql is not installed: Debian\'s postgresql-client has it');
    const flags = ['--weight', 'Design weight', '--by', 'Region', '--period', 'week'];
    const query = runCli(['sql', '--dialect', 'postgres', '--table', 'satisfy_test.weighted', WEIGHTED, ...flags]);
    expect(query.status, query.stderr).toBe(0);
    const file = join(dir, 'query.sql');
    writeFileSync(file, query.stdout);
    const run = spawnSync('psql', ['--csv', '-q', '-v', 'ON_ERROR_STOP=1', '-f', file, URL as string], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const result = join(dir, 'result.csv');
    writeFileSync(result, run.stdout);
    expectSameJson(comparable(json(['report', '--from-sql', result])), comparable(json(['report', WEIGHTED, ...flags, '-q'])));
  });

  it('reads a timestamp column whatever DateStyle the session has', () => {
    // A cold trial: DateStyle 'SQL, DMY' wrote 11/02/2026 18:59:00, and --period week had no period.
    const flags = ['--period', 'week', '--by', 'Region'];
    const dmy = `${URL as string}${(URL as string).includes('?') ? '&' : '?'}options=${encodeURIComponent('-c DateStyle=SQL,DMY')}`;
    const inPostgres = json(['sql', '--engine', 'postgres', '--connection', dmy, '--table', 'satisfy_test.typed', WEIGHTED, ...flags]);
    expect(inPostgres.periods.length).toBeGreaterThan(4);
    expectSameJson(comparable(inPostgres), comparable(json(['report', WEIGHTED, ...flags, '-q'])));
  });

  it('a query that fails on the server is one line, exit 2', () => {
    const result = runCli(['sql', '--engine', 'postgres', '--connection', URL as string, '--table', 'satisfy_test.no_such_table', WEIGHTED, '-q']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: PostgreSQL could not run the query: relation "satisfy_test.no_such_table" does not exist \(satisfy_test\.no_such_table\)\n$/);
  });
});
