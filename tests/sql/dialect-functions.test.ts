import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DIALECT_FUNCTIONS, unpivotByCase, zonedParts } from '../../src/sql/dialect-functions.js';

// The pieces of the dialects that are only parsed here, run where they are plain SQL that DuckDB
// reads as the other engines do (substr, length, CASE, a VALUES table): what they compute is checked.
describe('zonedParts, the one form each engine then reads a zoned time in', () => {
  it.each([
    ['2026-02-08T23:30Z', '2026-02-08', '23:30:00', '+00:00'],
    ['2026-02-09 00:30:00+01:00', '2026-02-09', '00:30:00', '+01:00'],
    ['2026-02-09T00:30:59.123456-0500', '2026-02-09', '00:30:59', '-05:00'],
    ['2026-02-09T00:30-0530', '2026-02-09', '00:30:00', '-05:30'],
    ['2026-02-09 23:05:07.5+14', '2026-02-09', '23:05:07', '+14:00'],
    ['2026-02-09T12:00:00-00:30', '2026-02-09', '12:00:00', '-00:30'],
    ['2026-02-09T00:30-05', '2026-02-09', '00:30:00', '-05:00'],
  ])('of %s is %s, %s and %s', async (cell, date, time, offset) => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const parts = zonedParts('c', DIALECT_FUNCTIONS.duckdb.fullMatch);
    const result = await db.runAndReadAll(`SELECT ${parts.date} AS date, ${parts.time} AS time, ${parts.offset} AS offset FROM (SELECT '${cell}' AS c)`);
    expect(result.getRowObjectsJS()[0]).toEqual({ date, time, offset });
  });
});

describe('unpivotByCase, the unpivot of Snowflake, whose VALUES hold constants only', () => {
  it('gives each row once per column, with that column reason and value', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const { join, item, reason, value } = unpivotByCase([['r0', 'a0'], ['r1', 'a1'], ['r2', 'a2']], '(VALUES (0), (1), (2))');
    const result = await db.runAndReadAll(`SELECT ${item} AS i, ${reason} AS r, ${value} AS a FROM (SELECT 'x' AS r0, 1.5 AS a0, NULL AS r1, 2.5 AS a1, 'z' AS r2, NULL AS a2) AS scored ${join} ORDER BY i`);
    expect(result.getRowObjectsJS().map((row) => [row.i, row.r, row.a === null ? null : Number(row.a)])).toEqual([
      [0, 'x', 1.5],
      [1, null, 2.5],
      [2, 'z', null],
    ]);
  });
});
