import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';
import { validateReport } from '../helpers/validate-report.js';

// Responses dated in February 2026: a week of 2025 has none of them.
const FILE = 'fixtures/segments/drop-in-one-region.csv';
const EMPTY_WEEK = ['--since', '2025-12-01', '--until', '2025-12-07'];
const WHY_WEEK = `no respondent is left to score of the 800 rows read: 800 left out by --since 2025-12-01 --until 2025-12-07 ("Submitted": 800 dated after)`;
const WHY_WHERE = 'no respondent is left to score: --where "Region=Nowhere" matches none of the 800 rows';
const warning = (why: string) => `satisfy: warning: ${why}; the report is of 0 respondents, as --allow-empty asks (${FILE})\n`;

describe('--allow-empty: a week with no response', () => {
  it('is an error without it, exit 2, as an input that leaves nothing to score', () => {
    const result = runCli(['report', FILE, ...EMPTY_WEEK]);
    expect([result.status, result.stdout, result.stderr.split('\n')[0]]).toEqual([2, '', `satisfy: error: ${WHY_WEEK} (${FILE})`]);
  });

  it('writes a report of 0 respondents, every figure null, and exits 0, saying why on stderr (-q: silently)', () => {
    const result = runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, warning(WHY_WEEK)]);
    const report = JSON.parse(result.stdout) as Report;
    validateReport(report);
    expect(report.respondents).toBe(0);
    expect([report.csat?.mean, report.csat?.topBox, report.nps, report.index, report.dimensions.delivery?.score]).toEqual([null, null, null, null, null]);
    expect(report.dateWindow).toMatchObject({ before: 0, after: 800 });
    const quiet = runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q']);
    expect([quiet.status, quiet.stderr]).toEqual([0, '']);
    expect(quiet.stdout).toContain('0 respondents (800 rows outside 2025-12-01 to 2025-12-07)');
  });

  it('reads the columns of an export whose every row --where left out from those rows, and scores none', () => {
    const result = runCli(['report', FILE, '--where', 'Region=Nowhere', '--allow-empty', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, warning(WHY_WHERE)]);
    const report = JSON.parse(result.stdout) as Report;
    validateReport(report);
    expect([report.respondents, report.csat?.column, report.csat?.n, Object.keys(report.dimensions)]).toEqual([0, 'Overall satisfaction (1-5)', 0, ['delivery', 'pricing']]);
    expect(report.input.files[0]?.skipped.map((s) => [s.reason, s.count])).toEqual([['filtered', 800]]);
  });

  it('fails a gate that needs a figure, exit 1, saying why the figure is null; a gate on respondents is judged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-allow-empty-'));
    const junit = join(dir, 'gates.xml');
    const result = runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'nps < 20', '--fail-if', 'respondents > 1000', '--junit', junit]);
    expect([result.status, result.stderr]).toEqual([1, 'satisfy: gate failed: nps < 20 (null: the recommend question has no valid 0-10 answer)\n']);
    expect(readFileSync(junit, 'utf8')).toContain('<system-out>respondents &gt; 1000: actual 0</system-out>');
    expect(runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '--fail-if', 'respondents < 1']).status).toBe(1);
    expect(runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '--fail-if', 'respondents > 1000']).status).toBe(0);
  });
});
