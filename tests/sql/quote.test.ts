import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { quoteIdentifier, quoteNumber, quoteString } from '../../src/sql/quote.js';

// Names and texts that would end a literal or an identifier, or comment out or chain SQL, if they were not quoted.
const HOSTILE = [
  'plain',
  "O'Brien",
  "it''s",
  'say "hi"',
  '""',
  "'; DROP TABLE t; --",
  '"; DROP TABLE t; --',
  'a -- comment',
  'a /* comment',
  'back\\slash',
  "ends with a backslash \\",
  "\\'",
  'new\nline',
  'tab\there\r\n',
  '$$dollar$$',
  'Zażółć gęślą jaźń — ☺ 🙂 \u202e',
  ' ',
];

describe('quoteString and quoteIdentifier in DuckDB', () => {
  it('give back every hostile text as written, as a literal and as a column name', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const text of HOSTILE) {
      const literal = await db.runAndReadAll(`SELECT ${quoteString(text, 'duckdb')} AS v`);
      expect(literal.getRowObjectsJS()[0]?.v, text).toBe(text);
      const named = await db.runAndReadAll(`SELECT 1 AS ${quoteIdentifier(text, 'duckdb')}`);
      expect(named.columnNames(), text).toEqual([text]);
      const selected = await db.runAndReadAll(`SELECT ${quoteIdentifier(text, 'duckdb')} AS v FROM (SELECT 7 AS ${quoteIdentifier(text, 'duckdb')})`);
      expect(selected.getRowObjectsJS()[0]?.v, text).toBe(7);
    }
  });
});

describe('quoteString for PostgreSQL', () => {
  it.each([
    ['plain', "'plain'"],
    ["O'Brien", "'O''Brien'"],
    ['back\\slash', "E'back\\\\slash'"],
    ["\\'; DROP TABLE t; --", "E'\\\\''; DROP TABLE t; --'"],
  ])('%j is written %s, which means the same text whatever standard_conforming_strings says', (text, expected) => {
    expect(quoteString(text, 'postgres')).toBe(expected);
  });
});

describe('quoteString and quoteIdentifier for the dialects that are only parsed here', () => {
  // Each dialect's documented rules (see quote.ts): BigQuery and Spark read backslash escapes, Snowflake too, Trino none.
  it.each([
    ['bigquery', "it's", "'it\\'s'"],
    ['bigquery', 'back\\slash', "'back\\\\slash'"],
    ['bigquery', 'new\nline\r', "'new\\nline\\r'"],
    ['snowflake', "it's \\", "'it''s \\\\'"],
    ['snowflake', 'new\nline\r', "'new\\nline\\r'"],
    ['spark', "it's \\", "'it\\'s \\\\'"],
    ['spark', 'new\nline', "'new\nline'"],
    ['spark', 'East ${tag} $5', "'East \\u0024{tag} \\u00245'"],
    ['trino', "it's \\", "'it''s \\'"],
  ] as const)('%s writes %j as %s', (dialect, text, expected) => {
    expect(quoteString(text, dialect)).toBe(expected);
  });

  it.each([
    ['bigquery', 'a `b` \\ c\nd', '`a \\`b\\` \\\\ c\\nd`'],
    ['spark', 'a `b` \\ c', '`a ``b`` \\ c`'],
    ['snowflake', 'a "b" \\', '"a ""b"" \\"'],
    ['trino', 'a "b" \\', '"a ""b"" \\"'],
  ] as const)('%s names %j %s', (dialect, name, expected) => {
    expect(quoteIdentifier(name, dialect)).toBe(expected);
  });

  it('Spark refuses a name that it would substitute, ${…}', () => {
    expect(() => quoteIdentifier('Region ${env:HOME}', 'spark')).toThrow(/substitute/);
    expect(quoteIdentifier('Price in $', 'spark')).toBe('`Price in $`');
  });

  it('BigQuery has no empty name', () => {
    expect(() => quoteIdentifier('', 'bigquery')).toThrow(/empty/);
  });
});

describe('quoting refuses what no dialect can write', () => {
  it('a NUL character', () => {
    expect(() => quoteString('a\0b', 'duckdb')).toThrow(/NUL/);
    expect(() => quoteIdentifier('a\0b', 'postgres')).toThrow(/NUL/);
  });

  it('a number that is not finite', () => {
    expect(() => quoteNumber(Number.NaN, 'duckdb')).toThrow(/finite/);
    expect(() => quoteNumber(Number.POSITIVE_INFINITY, 'postgres')).toThrow(/finite/);
  });
});

describe('quoteNumber', () => {
  it('reads back as the same double in DuckDB', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const value of [0, 3, -2, 0.1, 1 / 3, -1e-7, 2.5e300, Number.MAX_SAFE_INTEGER + 2, -0]) {
      const result = await db.runAndReadAll(`SELECT CAST(${quoteNumber(value, 'duckdb')} AS DOUBLE) AS v`);
      expect(result.getRowObjectsJS()[0]?.v, String(value)).toBe(value === 0 ? 0 : value);
    }
  });
});
