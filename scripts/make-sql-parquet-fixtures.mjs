#!/usr/bin/env node
// Writes the Parquet fixtures of fixtures/sql/ from their CSV files with embedded DuckDB
// (@duckdb/node-api, a dev dependency), as `npm run bench` writes its export as Parquet: every
// column of the type DuckDB finds, so that a column of Yes and No is stored as BOOLEAN, as a
// warehouse stores a yes/no question or a checkbox option's tick (tests/cli/sql.test.ts). CI never
// runs this: the small outputs are committed.
//
//   python3 scripts/make_sql_fixtures.py && node scripts/make-sql-parquet-fixtures.mjs
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

// The CSV file each Parquet file of fixtures/sql/ is written from.
const FIXTURES = [
  ['sql/yes-no-answers-as-booleans.csv', 'sql/yes-no-answers-as-booleans.parquet'],
  ['choices/checkbox-yes-no.csv', 'sql/checkbox-ticks-as-booleans.parquet'],
];
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const fixture = (path) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
for (const [from, to] of FIXTURES) {
  const [csv, parquet] = [fixture(from), fixture(to)];
  await connection.run(`COPY (SELECT * FROM read_csv(${quote(csv)}, header = true)) TO ${quote(parquet)} (FORMAT PARQUET)`);
  const types = await connection.runAndReadAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${quote(parquet)}))`);
  process.stdout.write(`${parquet}\n${types.getRows().map(([column, type]) => `  ${column}: ${type}`).join('\n')}\n`);
}
connection.closeSync();
instance.closeSync();
