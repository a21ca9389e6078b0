import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli, runCliWithInput } from '../helpers/run-cli.js';
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

  it('tells a --where that matched nothing before a config\'s column read from no answer (a cold trial was told its scale was missing)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-empty-'));
    const config = join(dir, 'csat.config.json');
    writeFileSync(config, JSON.stringify({ csat: 'q_overall_sat' }));
    const file = 'fixtures/sql/missing-codes-written-as-decimals.csv';
    const result = runCli(['report', file, '--config', config, '--where', 'region=Nowhere']);
    expect([result.status, result.stdout, result.stderr.split('\n')[0]]).toEqual([2, '', `satisfy: error: no respondent is left to score: --where "region=Nowhere" matches none of the 60 rows (${file})`]);
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
    expect([result.status, result.stderr]).toEqual([1, 'satisfy: gate failed: nps < 20 (null: no respondents: no row is left to score)\n']);
    expect(readFileSync(junit, 'utf8')).toContain('<system-out>respondents &gt; 1000: actual 0</system-out>');
    expect(runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '--fail-if', 'respondents < 1']).status).toBe(1);
    expect(runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '--fail-if', 'respondents > 1000']).status).toBe(0);
  });
});

const NOBODY = 'no respondents: no row is left to score';
const HEADER_ONLY = 'fixtures/errors/header-only.csv';
const WHY_HEADER_ONLY = 'no respondent to score: the file has a header row but no responses';
const NO_ROWS = 'no respondents: a header and no row (the questions are read from their answers)';

// A CI user's trial: the JSON of an empty week did not say why it was empty (stderr did), and its
// null figures gave the reason of a report with respondents ("the recommend question has no valid
// 0-10 answer", as if its answers were bad); a week of no row at all (a header alone) exited 2.
describe('--allow-empty: what the report of 0 respondents says', () => {
  it('says why in the JSON notes, in the words of the warning', () => {
    const result = runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '--format', 'json', '-q']);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.notes[0]).toBe(`${WHY_WEEK}; the report is of 0 respondents, as --allow-empty asks`);
    const where = JSON.parse(runCli(['report', FILE, '--where', 'Region=Nowhere', '--allow-empty', '--format', 'json', '-q']).stdout) as Report;
    expect(where.notes[0]).toBe(`${WHY_WHERE}; the report is of 0 respondents, as --allow-empty asks`);
  });

  it('gives each figure null for want of answers the reason that there are no respondents; one null for want of a question keeps its own', () => {
    const report = JSON.parse(runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '--format', 'json', '-q']).stdout) as Report;
    expect([report.nullReasons.nps, report.nullReasons.index, report.nullReasons.drivers]).toEqual([NOBODY, NOBODY, NOBODY]);
    expect(report.nullReasons.ces).toBe('no effort question found (name one with --map ces=<column>)');
    // A gate on a dimension this survey has no place for gives the no-respondent reason, not the first of the report's (the CES's, of a question).
    const gate = runCli(['report', FILE, ...EMPTY_WEEK, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'trust < 70']);
    expect([gate.status, gate.stderr]).toEqual([1, `satisfy: gate failed: trust < 70 (null: ${NOBODY})\n`]);
    expect([report.csat?.nullReasons.mean, report.csat?.nullReasons.topBox, report.items[0]?.nullReasons.sd]).toEqual([NOBODY, NOBODY, NOBODY]);
    expect([report.dimensions.delivery?.nullReasons.score, report.dimensions.delivery?.nullReasons.alpha]).toEqual([NOBODY, 'a single item has no alpha']);
    // A week with respondents keeps the reasons of its data.
    const full = JSON.parse(runCli(['report', FILE, '--format', 'json', '-q']).stdout) as Report;
    expect(JSON.stringify(full.nullReasons)).not.toContain('no respondents');
  });

  it('reads a header-only export (a week of no row at all) as a week whose rows were all left out: exit 0, 0 respondents, why in the notes', () => {
    const result = runCli(['report', HEADER_ONLY, '--allow-empty', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, `satisfy: warning: ${WHY_HEADER_ONLY}; the report is of 0 respondents, as --allow-empty asks (${HEADER_ONLY})\n`]);
    const report = JSON.parse(result.stdout) as Report;
    validateReport(report);
    expect([report.respondents, report.notes[0], report.csat, report.nps]).toEqual([0, `${WHY_HEADER_ONLY}; the report is of 0 respondents, as --allow-empty asks`, null, null]);
    expect(new Set(Object.values(report.nullReasons))).toEqual(new Set([NO_ROWS]));
    // From standard input too; a gate that needs a figure fails, exit 1; one on respondents is judged.
    expect(runCliWithInput(['report', '-', '--allow-empty', '-q', '-o', '/dev/null'], `${readFileSync(HEADER_ONLY, 'utf8')}`).status).toBe(0);
    const gate = runCli(['report', HEADER_ONLY, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'nps < 20']);
    expect([gate.status, gate.stderr]).toEqual([1, `satisfy: gate failed: nps < 20 (null: ${NO_ROWS})\n`]);
    // A dimension, which such a report has no place for, says why as the headlines do (a cold trial: "the report has no such figure").
    const dimension = runCli(['report', HEADER_ONLY, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'delivery < 70']);
    expect([dimension.status, dimension.stderr]).toEqual([1, `satisfy: gate failed: delivery < 70 (null: ${NO_ROWS})\n`]);
    expect(runCli(['report', HEADER_ONLY, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'respondents > 0']).status).toBe(0);
  });

  it('still refuses a header-only export without it, and a file of 0 bytes (no header either) with it, exit 2', () => {
    expect([runCli(['report', HEADER_ONLY]).status, runCli(['report', HEADER_ONLY, '--emit-state', '/dev/null', '-o', '/dev/null']).status]).toEqual([2, 2]);
    const empty = runCli(['report', 'fixtures/errors/empty.csv', '--allow-empty']);
    expect([empty.status, empty.stdout, empty.stderr]).toEqual([2, '', 'satisfy: error: the file is empty: no header row and no responses (fixtures/errors/empty.csv)\n']);
  });
});

// merge of shards whose --where matched no row exited 0 with a report of 0 respondents, where report
// of the same empty week exits 2 without --allow-empty: one decision for both.
describe('--allow-empty: merge of states that hold no respondent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-allow-empty-merge-'));
  const [header, ...rows] = readFileSync(FILE, 'utf8').trim().split('\n');
  const states = [rows.slice(0, 400), rows.slice(400)].map((part, i) => {
    const csv = join(dir, `day-${i + 1}.csv`);
    writeFileSync(csv, `${[header, ...part].join('\n')}\n`);
    const state = join(dir, `day-${i + 1}.state.json`);
    expect(runCli(['report', csv, '--where', 'Region=Nowhere', '--emit-state', state, '-q', '-o', '/dev/null']).status).toBe(0);
    return state;
  });
  const files = [1, 2].map((i) => join(dir, `day-${i}.csv`)).join(', ');
  const why = 'no respondent is left to score of the 800 rows read: 800 left out by --where';

  it('is an error without it, exit 2, in the words of report', () => {
    const result = runCli(['merge', ...states]);
    expect([result.status, result.stdout, result.stderr.split('\n')[0]]).toEqual([2, '', `satisfy: error: ${why} (${files})`]);
  });

  it('writes the report of 0 respondents with it, its note, warning and reasons, exit 0; a gate that needs a figure fails', () => {
    const result = runCli(['merge', ...states, '--allow-empty', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, `satisfy: warning: ${why}; the report is of 0 respondents, as --allow-empty asks (${files})\n`]);
    const report = JSON.parse(result.stdout) as Report;
    expect([report.respondents, report.notes[0], report.nullReasons.nps]).toEqual([0, `${why}; the report is of 0 respondents, as --allow-empty asks`, NOBODY]);
    expect(runCli(['merge', ...states, '--allow-empty', '-q', '-o', '/dev/null', '--fail-if', 'nps < 20']).status).toBe(1);
  });
});

// A header-only export (a week of no response at all) has no answers to read its columns' roles
// from: compare refused its report as one "of comments alone", and merge its state as another survey.
describe('--allow-empty: the report and state of a header-only week beside a week of responses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-allow-empty-week-'));
  const EMPTY = 'fixtures/compare/empty-week-header-only.csv';
  const write = (name: string, args: string[]) => {
    const path = join(dir, name);
    const result = runCli([...args, '-q', '-o', path]);
    expect(result.status, result.stderr).toBe(0);
    return path;
  };
  const week = write('week.json', ['report', FILE, '--format', 'json']);
  const empty = write('empty.json', ['report', EMPTY, '--allow-empty', '--format', 'json']);
  const said = 'satisfy: warning: no respondent in the current report (a report of 0 respondents): no figure can be compared\n';

  it('compares with the week before, exit 0: no figure compared, the baseline\'s listed as only there, and a warning', () => {
    const result = runCli(['compare', week, empty, '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, said]);
    const comparison = JSON.parse(result.stdout) as { changes: unknown[]; notes: string[]; current: { respondents: number } };
    expect([comparison.changes, comparison.current.respondents]).toEqual([[], 0]);
    expect(comparison.notes).toContain('csat: only in the baseline, not compared');
    // As the baseline too, and as --baseline of report; a --fail-on-drop cannot be judged on it.
    expect(runCli(['compare', empty, week, '-o', '/dev/null']).stderr).toBe(said.replace('the current report', 'the baseline'));
    expect(runCli(['report', FILE, '--baseline', empty, '-q', '-o', '/dev/null']).status).toBe(0);
    expect(runCli(['compare', week, empty, '-q', '-o', '/dev/null', '--fail-on-drop', 'csat']).status).toBe(1);
  });

  // newuser13, finding 3: compare's JSON wrote the failed gate with `actual: null` and no reason.
  it('says why a --fail-on-drop has no change, in compare\'s JSON as in report --baseline\'s', () => {
    const compared = runCli(['compare', week, empty, '-q', '--fail-on-drop', 'nps', '--format', 'json']);
    const reported = runCli(['report', EMPTY, '--allow-empty', '--baseline', week, '-q', '--fail-on-drop', 'nps', '--format', 'json']);
    const gate = 'satisfy: gate failed: fail-on-drop nps.score (no such change: the figure is missing on one side or both)\n';
    expect([compared.status, compared.stderr, reported.status, reported.stderr]).toEqual([1, gate, 1, gate]);
    const checks = [{ expression: 'fail-on-drop nps.score', actual: null, pass: false, nullReason: 'the figure is missing on one side or both', bases: [800, null] }];
    expect((JSON.parse(compared.stdout) as Report).checks).toEqual(checks);
    expect((JSON.parse(reported.stdout) as Report).checks).toEqual(checks);
  });

  it('merges with a shard of responses, in either order, into the report of those responses', () => {
    const shard = join(dir, 'week.state.json');
    expect(runCli(['report', FILE, '-q', '--emit-state', shard, '-o', '/dev/null']).status).toBe(0);
    const none = join(dir, 'empty.state.json');
    expect(runCli(['report', EMPTY, '--allow-empty', '-q', '--emit-state', none, '-o', '/dev/null']).status).toBe(0);
    const own = JSON.parse(readFileSync(week, 'utf8')) as Report;
    for (const states of [[none, shard], [shard, none]]) {
      const result = runCli(['merge', ...states, '--format', 'json']);
      expect([result.status, result.stderr]).toEqual([0, '']);
      const merged = JSON.parse(result.stdout) as Report;
      expect([merged.respondents, merged.csat, merged.nps, merged.dimensions]).toEqual([own.respondents, own.csat, own.nps, own.dimensions]);
      expect(merged.input.files.map((f) => f.rows)).toEqual(states[0] === none ? [0, 800] : [800, 0]);
    }
  });

  it('refuses to merge a header-only state of other columns, exit 2, naming the file', () => {
    const shard = join(dir, 'week-again.state.json');
    expect(runCli(['report', FILE, '-q', '--emit-state', shard, '-o', '/dev/null']).status).toBe(0);
    const other = join(dir, 'other.state.json');
    expect(runCli(['report', HEADER_ONLY, '--allow-empty', '-q', '--emit-state', other, '-o', '/dev/null']).status).toBe(0);
    const result = runCli(['merge', shard, other]);
    expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: this state is of a header and no row whose columns are not those of ${shard}: "Respondent", "Delivery speed (1-5)", "Overall satisfaction" (${other})`]);
  });
});
