import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// fixtures/detection/attention-check-*.csv (scripts/make_detection_fixtures.py): headers that ask
// for one given answer. What each respondent did is counted here from the file itself.
const FIXTURE = 'fixtures/detection/attention-check-select-answer.csv';
const LABEL_CHECK = "Please select 'Somewhat agree' for this row";
const NUMBER_CHECK = 'To show you are reading, please select 3 (1-5)';

function rowsOf(path: string, delimiter = ','): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8'), { columns: true, delimiter }) as Array<Record<string, string>>;
}

/** Passed, failed and unanswered as an analyst counts them: the exact answer asked for passes, a blank is unanswered. */
function counted(rows: ReadonlyArray<Record<string, string>>, column: string, expected: string): { passed: number; failed: number; unanswered: number } {
  const answers = rows.map((r) => (r[column] ?? '').trim());
  return { passed: answers.filter((a) => a === expected).length, failed: answers.filter((a) => a !== '' && a !== expected).length, unanswered: answers.filter((a) => a === '').length };
}

function failing(rows: ReadonlyArray<Record<string, string>>): number {
  return rows.filter((r) => (r[LABEL_CHECK] !== '' && r[LABEL_CHECK] !== 'Somewhat agree') || r[NUMBER_CHECK] !== '3').length;
}

function report(...args: string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('attention checks', () => {
  it.each([
    [FIXTURE, LABEL_CHECK, 'Somewhat agree'],
    [FIXTURE, NUMBER_CHECK, '3'],
    ['fixtures/detection/attention-check-polish.csv', 'Proszę zaznaczyć odpowiedź „Raczej się zgadzam”', 'Raczej się zgadzam'],
  ])('%s: %j is an attention check asking for %j, never scored', (fixture, column, expected) => {
    const result = runCli(['inspect', fixture, '--format', 'json']);
    const found = (JSON.parse(result.stdout) as InspectReport).columns.find((c) => c.name === column);
    expect(found).toMatchObject({ role: 'attention', expected, confidence: 'high', scale: null, dimension: null });
    expect(report(fixture).items.map((i) => i.column)).not.toContain(column);
  });

  it('counts who passed, failed and left each check unanswered, and who failed any', () => {
    const rows = rowsOf(FIXTURE);
    const { attention, respondents, input } = report(FIXTURE);
    expect(attention?.checks).toEqual([
      { column: LABEL_CHECK, question: null, expected: 'Somewhat agree', ...counted(rows, LABEL_CHECK, 'Somewhat agree') },
      { column: NUMBER_CHECK, question: null, expected: '3', ...counted(rows, NUMBER_CHECK, '3') },
    ]);
    expect(attention).toMatchObject({ respondents: rows.length, failedAny: failing(rows), dropped: false });
    // Counted, not left out, without the flag.
    expect(respondents).toBe(rows.length);
    expect(input.files[0]?.skipped).toEqual([]);
  });

  it('leaves out the respondents who fail with --drop-inattentive, counted as skipped rows: rows = used + skipped', () => {
    const rows = rowsOf(FIXTURE);
    const dropped = report(FIXTURE, '--drop-inattentive');
    const file = dropped.input.files[0];
    expect(dropped.attention).toMatchObject({ failedAny: failing(rows), dropped: true });
    expect(dropped.respondents).toBe(rows.length - failing(rows));
    expect(file?.skipped.map((s) => [s.reason, s.count])).toEqual([['inattentive', failing(rows)]]);
    expect(file?.rows).toBe((file?.rowsUsed ?? 0) + failing(rows));
    // The first failing lines (the header is line 1).
    const lines = rows.flatMap((r, i) => ((r[LABEL_CHECK] !== '' && r[LABEL_CHECK] !== 'Somewhat agree') || r[NUMBER_CHECK] !== '3' ? [i + 2] : []));
    expect(file?.skipped[0]?.firstLines).toEqual(lines.slice(0, 5));
    // The figures are those of the attentive respondents alone.
    const kept = rows.filter((r) => !((r[LABEL_CHECK] !== '' && r[LABEL_CHECK] !== 'Somewhat agree') || r[NUMBER_CHECK] !== '3'));
    const satisfaction = kept.map((r) => Number(r['Overall satisfaction (1-5)']));
    expect(dropped.csat?.n).toBe(kept.length);
    expect(dropped.csat?.mean).toBeCloseTo(satisfaction.reduce((a, b) => a + b, 0) / kept.length, 12);
  });

  it('gives the same report on several threads as on one, the rows left out counted in every piece', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-attention-'));
    const [header, ...lines] = readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const big = join(dir, 'attention-checks-in-many-pieces.csv');
    writeFileSync(big, `${header}\n${Array.from({ length: 60 }, (_, k) => lines.map((l) => `${k}_${l}`).join('\n')).join('\n')}\n`);
    const one = report(big, '--drop-inattentive', '--threads', '1');
    const two = runCli(['report', big, '--drop-inattentive', '--threads', '2', '--format', 'json'], { SATISFY_PIECE_BYTES: '8192' });
    expect(two.status, two.stderr).toBe(0);
    const parsed = JSON.parse(two.stdout) as Report;
    expect(parsed.input.files[0]?.skipped).toEqual(one.input.files[0]?.skipped);
    expect(parsed.attention).toEqual(one.attention);
    expect(parsed.respondents).toBe(60 * (lines.length - failing(rowsOf(FIXTURE))));
    expect(parsed.dimensions.service?.score).toBeCloseTo(one.dimensions.service?.score as number, 9);
  });

  it('shows the checks in the table, Markdown, CSV and HTML', () => {
    const table = runCli(['report', FIXTURE, '--drop-inattentive']).stdout;
    expect(table).toContain('Attention checks');
    expect(table).toMatch(/Please select 'Somewhat agree' for this row\s*│ Somewhat agree\s*│\s+41 │\s+6 │\s+3 │\s+87\.2 %/);
    expect(table).toContain('10 inattentive respondents skipped');
    expect(runCli(['report', FIXTURE, '--format', 'markdown']).stdout).toContain(`| ${LABEL_CHECK} | Somewhat agree | 41 | 6 | 3 | 87.2 % |`);
    expect(runCli(['report', FIXTURE, '--format', 'csv']).stdout).toContain(`,attention: ${LABEL_CHECK},failed,6,,,50`);
    expect(runCli(['report', FIXTURE, '--format', 'html']).stdout).toContain('<h2>Attention checks</h2>');
  });

  it('takes an attention check from the config, with the answer it asks for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-attention-config-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'The returns policy is clear': { role: 'attention', expected: 'Agree' } } }));
    const checks = report(FIXTURE, '--config', config).attention?.checks.map((c) => [c.column, c.expected]);
    expect(checks).toContainEqual(['The returns policy is clear', 'Agree']);
    writeFileSync(config, JSON.stringify({ columns: { 'The returns policy is clear': { role: 'attention' } } }));
    const result = runCli(['report', FIXTURE, '--config', config]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('an attention check needs "expected", the answer it asks for');
  });

  it('finds no attention check in a survey without one', () => {
    expect(report('fixtures/detection/negative-wording-reversed.csv').attention ?? null).toBeNull();
  });
});

describe('satisfy init with attention checks and reversed items', () => {
  it('writes a config that keeps each check with its answer and each reversed item, and reads back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-init-attention-'));
    for (const fixture of ['attention-check-select-answer', 'negative-wording-reversed']) {
      const config = join(dir, `${fixture}.config.json`);
      const written = runCli(['init', `fixtures/detection/${fixture}.csv`, '-o', config]);
      expect(written.status, written.stderr).toBe(0);
      const before = report(`fixtures/detection/${fixture}.csv`);
      const after = report(`fixtures/detection/${fixture}.csv`, '--config', config);
      expect(after.attention ?? null).toEqual(before.attention ?? null);
      expect(after.columns.map((c) => [c.name, c.role, c.scale?.reversed ?? null, c.expected ?? null])).toEqual(before.columns.map((c) => [c.name, c.role, c.scale?.reversed ?? null, c.expected ?? null]));
    }
  });
});

describe('the state of a survey with attention checks', () => {
  it('is read back by merge, which gives the report of the run that wrote it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-attention-state-'));
    const state = join(dir, 'attention.state.json');
    const written = runCli(['report', FIXTURE, '--format', 'json', '--emit-state', state]);
    expect(written.status, written.stderr).toBe(0);
    const merged = runCli(['merge', state, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const [a, b] = [JSON.parse(written.stdout) as Report, JSON.parse(merged.stdout) as Report];
    expect(b.attention).toEqual(a.attention);
    expect(b.respondents).toBe(a.respondents);
  });
});
