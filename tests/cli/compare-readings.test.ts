import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// A comparison whose sides were read otherwise (a config, a filter, a weight, a week of few answers),
// (tests/cli/compare.test.ts has the rest).

const SAMPLE = 'fixtures/quickstart/responses.csv';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'satisfy-readings-'));
}

/** Writes `satisfy report <file> [args] --format json` to `dir` and returns its path. */
function reportJson(dir: string, file: string, args: string[] = [], name = 'base.json'): string {
  const path = join(dir, name);
  const result = runCli(['report', file, ...args, '--format', 'json', '-q', '-o', path]);
  expect(result.status, result.stderr).toBe(0);
  return path;
}

describe('a comparison with notes it lacked', () => {
  it('compares overall, with a note, an export whose segment column was renamed, when the breakdown was the baseline\'s', () => {
    // It was exit 2: no column "Region" for --by Region, with no --by given.
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE, ['--by', 'Region']);
    const renamed = join(dir, 'market.csv');
    writeFileSync(renamed, readFileSync(SAMPLE, 'utf8').replace('Region,', 'Market,'));
    const result = runCli(['compare', base, renamed, '--format', 'json', '-q']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.segmentColumn).toBeNull();
    expect(json.notes.slice(0, 2)).toEqual([`${renamed} has no column "Region" to break it down by, as the other side is: compared overall only (--by names a column of both)`, 'only the baseline is broken down (by Region): segments are not compared']);
    // Asked for, the breakdown stays an error.
    expect(runCli(['compare', base, renamed, '--by', 'Region']).status).toBe(2);
  });
});
