import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { float32Text } from '../../src/input/read-parquet.js';
import { reportJson, withoutInput } from '../helpers/format-reports.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Made by scripts/make_parquet_fixtures.py, each Parquet file beside the CSV of the same data.
const DIR = 'fixtures/formats';
const CSV = `${DIR}/parquet-survey.csv`;
const COMPRESSIONS = ['snappy', 'zstd', 'gzip', 'uncompressed'];

function files(json: Record<string, unknown>): Array<Record<string, unknown>> {
  return (json.input as { files: Array<Record<string, unknown>> }).files;
}

describe('Parquet files', () => {
  const flags = ['--weight', 'Weight', '--by', 'Region', '--period', 'month'];
  const fromCsv = () => reportJson([CSV, ...flags]);

  it.each(COMPRESSIONS)('reports the %s file to the last digit as the CSV of the same data', (compression) => {
    const csv = fromCsv();
    const parquet = reportJson([`${DIR}/parquet-survey-${compression}.parquet`, ...flags]);
    expect(withoutInput(parquet)).toEqual(withoutInput(csv));
    // The data hold what the comparison is about: a weight, segments, periods, nulls as blanks.
    expect(parquet.respondents).toBe(60);
    expect((parquet.weight as { column: string }).column).toBe('Weight');
    expect((parquet.segments as unknown[]).length).toBeGreaterThan(1);
    expect((parquet.periods as unknown[]).length).toBeGreaterThan(1);
    expect(files(parquet)[0]).toMatchObject({ format: 'parquet', platform: 'generic', headerRows: 1, rows: 60, rowsUsed: 60, skipped: [] });
  });

  it('counts nulls as the CSV counts blanks, and filters rows alike', () => {
    const csv = reportJson([CSV, '--where', 'Had a problem with your order?=true']);
    const parquet = reportJson([`${DIR}/parquet-survey-snappy.parquet`, '--where', 'Had a problem with your order?=true']);
    expect(withoutInput(parquet)).toEqual(withoutInput(csv));
    expect(files(parquet)[0]?.skipped).toEqual(files(csv)[0]?.skipped);
    const nps = parquet.nps as { missing: { blank: number } };
    expect(nps.missing.blank).toBeGreaterThan(0);
  });

  it('writes each type as a CSV export holds it', () => {
    const result = runCli(['inspect', `${DIR}/parquet-types.parquet`, '-f', 'json']);
    expect(result.status).toBe(0);
    const columns = (JSON.parse(result.stdout) as { columns: Array<{ name: string; samples: string[] }> }).columns;
    const samples = Object.fromEntries(columns.map((c) => [c.name, c.samples]));
    expect(samples).toMatchObject({
      float32: ['4.1', '4', '0.1'],
      float64: ['4', '4.5', '0.1'],
      decimal: ['3.5', '4', '-0.25'],
      int64: ['4', '-1', '9007199254740993'],
      bool: ['true', 'false'],
      date: ['2026-02-14', '1969-12-31', '2026-03-01'],
      // An instant (adjusted to UTC) says so; a wall-clock time is as written.
      'timestamp ms UTC': ['2026-02-14 09:30:00Z', '2026-02-14 23:59:59.25Z', '1969-12-31 23:59:59Z'],
      'timestamp us local': ['2026-02-14 09:30:00', '2026-02-14 23:59:59.25', '1969-12-31 23:59:59'],
      'timestamp ns Warsaw': ['2026-02-14 09:30:00Z', '2026-02-14 23:59:59.25Z', '1969-12-31 23:59:59Z'],
      'time of day': ['09:30:00', '23:59:59.5'],
      text: ['plain', '=1+2', '<b>bold</b>'],
    });
  });

  it('reads INT96 timestamps (Spark, Impala) as wall-clock times', () => {
    const result = runCli(['inspect', `${DIR}/parquet-int96-timestamps.parquet`, '-f', 'json']);
    expect(result.status).toBe(0);
    const columns = (JSON.parse(result.stdout) as { columns: Array<{ name: string; role: string; samples: string[] }> }).columns;
    expect(columns.find((c) => c.name === 'Submitted')).toMatchObject({ role: 'timestamp', samples: ['2026-02-14 09:30:00', '2026-02-14 23:59:59.25', '1969-12-31 23:59:59'] });
  });

  it('inspect names the format', () => {
    const result = runCli(['inspect', `${DIR}/parquet-survey-zstd.parquet`]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('format parquet · platform generic · 1 header row');
  });

  it('recognises Parquet by content, and reads it from gzip and from standard input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-parquet-'));
    try {
      copyFileSync(`${DIR}/parquet-survey-snappy.parquet`, join(dir, 'export.csv'));
      writeFileSync(join(dir, 'export.parquet.gz'), gzipSync(readFileSync(`${DIR}/parquet-survey-snappy.parquet`)));
      const csv = withoutInput(fromCsv());
      expect(withoutInput(reportJson([join(dir, 'export.csv'), ...flags]))).toEqual(csv);
      expect(withoutInput(reportJson([join(dir, 'export.parquet.gz'), ...flags]))).toEqual(csv);
      const piped = spawnSync(process.execPath, [join(ROOT, 'bin/satisfy.js'), 'report', '-', ...flags, '-f', 'json'], { cwd: ROOT, input: readFileSync(`${DIR}/parquet-survey-snappy.parquet`), encoding: 'utf8' });
      expect(piped.status).toBe(0);
      expect(withoutInput(JSON.parse(piped.stdout) as Record<string, unknown>)).toEqual(csv);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['in-4-groups', 'in-small-pages'])('reports 1,500 rows %s (past the rows read with every column) as their CSV', (layout) => {
    const csv = reportJson([`${DIR}/parquet-1500-rows.csv`, '--by', 'Region', '--period', 'week']);
    expect(withoutInput(reportJson([`${DIR}/parquet-1500-rows-${layout}.parquet`, '--by', 'Region', '--period', 'week']))).toEqual(withoutInput(csv));
  });

  it('reads only the columns in use once the columns are known', () => {
    // The last row group's "Response ID" has a damaged page: no report needs the ids, so it is
    // never read; a --where on the column reads it, and stops there.
    const damaged = `${DIR}/parquet-1500-rows-damaged-unused-column.parquet`;
    expect(withoutInput(reportJson([damaged]))).toEqual(withoutInput(reportJson([`${DIR}/parquet-1500-rows.csv`])));
    const reading = runCli(['report', damaged, '--where', 'Response ID!=L99999']);
    expect(reading.status).toBe(2);
    expect(reading.stderr.split('\n')[0]).toBe(`satisfy: error: cannot read the Parquet file at row group 4 of 4: thrift unhandled type: 15 (${damaged})`);
  });

  it.each([
    ['a truncated file', `${DIR}/parquet-truncated.parquet`, [], 'the Parquet file ends too soon (no PAR1 at its end): it is truncated'],
    ['a damaged page', `${DIR}/parquet-damaged-page.parquet`, [], 'cannot read the Parquet file at row group 1 of 4: '],
    ['a list column', `${DIR}/parquet-list-column.parquet`, [], 'column "Channels used" is a list (a nested Parquet column), which satisfy cannot read'],
    ['a file of columns and no rows', `${DIR}/parquet-header-only.parquet`, [], 'the file has a header row but no responses'],
    ['an encrypted file', `${DIR}/parquet-encrypted-footer.parquet`, [], 'this is an encrypted Parquet file, which satisfy cannot read'],
    ['a CSV forced to be Parquet', CSV, ['--format-in', 'parquet'], 'this is no Parquet file: it does not start with PAR1'],
  ])('stops with one line naming %s', (_name, file, extra, message) => {
    const result = runCli(['report', file, ...extra]);
    expect(result.status).toBe(2);
    const [first, ...rest] = result.stderr.trimEnd().split('\n');
    expect(first).toContain(`satisfy: error: ${message}`);
    expect(first).toContain(`(${file}`);
    expect(rest.every((line) => line.startsWith('hint: '))).toBe(true);
  });
});

describe('float32Text', () => {
  it.each([
    [Math.fround(4.1), '4.1'],
    [Math.fround(4), '4'],
    [Math.fround(0.1), '0.1'],
    [Math.fround(-2.5), '-2.5'],
    [Math.fround(16777217), '16777216'],
    [Math.fround(3.4e38), '3.4e+38'],
    [Number.NaN, ''],
  ])('writes the float %f as %j', (value, text) => {
    expect(float32Text(value)).toBe(text);
  });
});
