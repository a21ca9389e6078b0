import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { expectSameJson } from '../helpers/reference.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SOURCE = 'fixtures/segments/drop-in-one-region.csv';

/** The fixture split into `parts` exports of consecutive rows, each with the header. */
function shards(parts: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-shards-'));
  const [header, ...rows] = readFileSync(join(ROOT, SOURCE), 'utf8').trim().split('\n');
  const size = Math.ceil(rows.length / parts);
  return Array.from({ length: parts }, (_, i) => {
    const path = join(dir, `part-${i + 1}.csv`);
    writeFileSync(path, `${[header, ...rows.slice(i * size, (i + 1) * size)].join('\n')}\n`);
    return path;
  });
}

function emit(file: string, args: string[]): string {
  const state = file.replace(/\.csv$/, '.state.json');
  const result = runCli(['report', file, ...args, '--emit-state', state, '-o', '/dev/null']);
  expect(result.status, result.stderr).toBe(0);
  return state;
}

describe('satisfy merge', () => {
  const args = ['--by', 'Region', '--period', 'week'];

  it('turns the states of shards into the report of the whole', () => {
    const parts = shards(3);
    const merged = runCli(['merge', ...parts.map((p) => emit(p, args)), '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = runCli(['report', ...parts, ...args, '--format', 'json']);
    expectSameJson(JSON.parse(merged.stdout) as Report, JSON.parse(whole.stdout) as Report);
  });

  it('checks gates and prints any format', () => {
    const states = shards(2).map((p) => emit(p, []));
    const result = runCli(['merge', ...states, '--fail-if', 'nps < 0']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^satisfy report · 2 files\n800 respondents\n/);
    expect(result.stderr).toMatch(/^satisfy: gate failed: nps < 0 \(actual -4, n 800\)\n$/);
  });

  // Issue 16, point 10: shards of one segment each were refused, their detection evidence ("1
  // distinct values" against "3") taken for another survey. Segments and periods are open sets.
  it('merges shards split by segment into the union of their segments and periods', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-shards-'));
    const state = (where: string, name: string) => {
      const path = join(dir, `${name}.state.json`);
      const result = runCli(['report', SOURCE, ...args, '--where', where, '--emit-state', path, '-o', join(dir, `${name}.txt`)]);
      expect(result.status, result.stderr).toBe(0);
      return path;
    };
    const merged = runCli(['merge', state('Region=East', 'region-east'), state('Region!=East', 'region-not-east'), '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = JSON.parse(runCli(['report', SOURCE, ...args, '--format', 'json']).stdout) as Report;
    const report = JSON.parse(merged.stdout) as Report;
    expect(report.segments.map((s) => s.value).sort()).toEqual(['East', 'North', 'South', 'West']);
    // (Not the periods' tests: a change of 0 is "up" or "down" by the last digit of a sum.)
    const periods = (r: Report) => r.periods.map(({ period, respondents, dimensions }) => ({ period, respondents, dimensions }));
    expectSameJson({ segments: report.segments, periods: periods(report), dimensions: report.dimensions }, { segments: whole.segments, periods: periods(whole), dimensions: whole.dimensions });
  });

  it('refuses states of shards read another way', () => {
    const [a, b] = shards(2) as [string, string];
    const result = runCli(['merge', emit(a, ['--by', 'Region']), emit(b, [])]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: this state was read as another survey than .*part-1\.state\.json: --by is "Region" in one, none in the other \(.*part-2\.state\.json\)\nhint: /);
  });

  it('names the column that was read otherwise, and the field', () => {
    const [a, b] = shards(2) as [string, string];
    const other = emit(b, []);
    const state = JSON.parse(readFileSync(other, 'utf8')) as { model: { columns: Array<Record<string, unknown>> } };
    const column = state.model.columns[4] as Record<string, unknown>;
    column['missing'] = ['-99'];
    writeFileSync(other, JSON.stringify(state));
    const result = runCli(['merge', emit(a, []), other]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(`: column "${String(column['name'])}" missing is absent in one, ["-99"] in the other (`);
  });

  it('names a column that one state has and the other lacks (an export that lost its comment column), not two dumps of the columns', () => {
    const [a, b] = shards(2) as [string, string];
    const [header, ...rows] = readFileSync(b, 'utf8').trim().split('\n').map((line) => line.split(','));
    const lost = (header as string[]).length - 1;
    writeFileSync(b, `${[header, ...rows].map((fields) => (fields as string[]).filter((_, i) => i !== lost).join(',')).join('\n')}\n`);
    const [first, second] = [emit(a, []), emit(b, [])];
    const result = runCli(['merge', first, second]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: this state was read as another survey than ${first}: column "${(header as string[])[lost] ?? ''}" is only in ${first} (${second})`);
  });

  it('merges states whose columns hold the same fields in another order (a config sets them in its own)', () => {
    // Two shards of one survey read with the config satisfy init wrote were refused as two surveys:
    // a column's missing codes came before its other fields in one state and after them in the other.
    const [a, b] = shards(2) as [string, string];
    const [first, second] = [emit(a, []), emit(b, [])];
    const state = JSON.parse(readFileSync(second, 'utf8')) as { model: { columns: Array<Record<string, unknown>> } };
    state.model.columns = state.model.columns.map((column) => Object.fromEntries(Object.entries(column).reverse()));
    const reordered = second.replace(/\.state\.json$/, '.reordered.state.json');
    writeFileSync(reordered, JSON.stringify(state));
    const merged = runCli(['merge', first, reordered, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(runCli(['merge', first, second, '--format', 'json']).stdout);
  });

  it("checks the config's gates on the merged report, as on every report", () => {
    // Each shard checked them on its own part; the merged report, the survey's, never did.
    const parts = shards(2);
    const states = parts.map((p) => emit(p, []));
    const whole = JSON.parse(runCli(['report', SOURCE, '--format', 'json']).stdout) as Report;
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-shards-')), 'satisfy.config.json');
    const limit = Math.ceil((whole.nps?.score ?? 0) + 1);
    writeFileSync(config, JSON.stringify({ gates: [`nps.score < ${limit}`] }));
    const merged = runCli(['merge', ...states, '--config', config, '--format', 'json']);
    expect(merged.status).toBe(1);
    expect(merged.stderr).toBe(`satisfy: gate failed: nps.score < ${limit} (actual ${whole.nps?.score}, n ${whole.nps?.n})\n`);
    const checks = (JSON.parse(merged.stdout) as Report).checks;
    expect(checks).toHaveLength(1);
    // Found in the working directory, as report finds it.
    const found = runCli(['merge', ...states], {}, join(config, '..'));
    expect(found.status).toBe(1);
  });

  it('refuses a shard named twice, however spelled: its rows would count twice', () => {
    const [a] = shards(1) as [string];
    const state = emit(a, []);
    const twice = runCli(['merge', state, state]);
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr.split('\n')[0]).toBe(`satisfy: error: ${state} is given twice: a shard merged twice counts its rows twice`);
    const spelled = `${dirname(state)}/./${basename(state)}`;
    expect(runCli(['merge', state, spelled]).stderr.split('\n')[0]).toBe(`satisfy: error: ${spelled} is the same file as ${state}: a shard merged twice counts its rows twice`);
  });

  it('refuses a copy of a state (the same files read into the same counts), and merges states of one path that differ', () => {
    const [a] = shards(1) as [string];
    const state = emit(a, []);
    const copy = state.replace(/\.state\.json$/, '.copy.state.json');
    writeFileSync(copy, readFileSync(state));
    const twice = runCli(['merge', state, copy]);
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe(`satisfy: error: ${copy} holds the same shard as ${state} (the same files read into the same counts): a shard merged twice counts its rows twice\nhint: name each shard once\n`);
    // The README's east and rest: two states of one path, other rows.
    const east = emit(a, ['--where', 'Region=East']);
    const rest = runCli(['report', a, '--where', 'Region!=East', '--emit-state', copy, '-o', '/dev/null']);
    expect(rest.status).toBe(0);
    expect(runCli(['merge', east, copy]).stdout.split('\n')[1]).toBe('800 respondents');
  });

  // newuser13, finding 1: each shard counted the rows the other kept as `filtered`, so the merge said
  // "800 of 1,600 rows kept" and a comparison with a report of every row was of "another population":
  // every --fail-on-drop failed as "cannot be judged", and the same data as baseline drew that
  // warning and "the same figures on both sides" at once.
  describe('shards of one export whose --where exclude each other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-covering-'));
    const state = (where: string[], name: string) => {
      const path = join(dir, `${name}.state.json`);
      const result = runCli(['report', SOURCE, '--by', 'Region', ...where.flatMap((w) => ['--where', w]), '--emit-state', path, '-o', '/dev/null']);
      expect(result.status, result.stderr).toBe(0);
      return path;
    };
    const merged = (states: string[], name: string) => {
      const path = join(dir, `${name}.json`);
      const result = runCli(['merge', ...states, '--format', 'json', '-o', path]);
      expect(result.status, result.stderr).toBe(0);
      return path;
    };
    const east = state(['Region=East'], 'east');
    const rest = state(['Region!=East'], 'rest');
    const whole = join(dir, 'whole.json');
    runCli(['report', SOURCE, '--by', 'Region', '--format', 'json', '-o', whole]);

    it('are the whole export: its rows counted once, none filtered, as one run reads them', () => {
      const report = JSON.parse(readFileSync(merged([east, rest], 'east-and-rest'), 'utf8')) as Report;
      const one = JSON.parse(readFileSync(whole, 'utf8')) as Report;
      expect(report.input.files).toEqual(one.input.files);
      expect(runCli(['merge', east, rest]).stdout.split('\n')[1]).toBe('800 respondents');
    });

    it('compare with a report of every row as one population: a drop gate is judged, both ways', () => {
      const both = merged([east, rest], 'both');
      const forward = runCli(['compare', whole, both, '--fail-on-drop', 'nps', '-o', '/dev/null']);
      expect([forward.status, forward.stderr]).toEqual([0, 'satisfy: warning: the same figures on both sides (800 respondents each, no figure moved): the baseline may be the same data as the current report; check which report it is\n']);
      const back = runCli(['report', SOURCE, '--by', 'Region', '--baseline', both, '--fail-on-drop', 'nps', '-o', '/dev/null']);
      expect([back.status, back.stderr]).toEqual([0, forward.stderr]);
    });

    it('shards that overlap, or leave rows out, keep their filtered rows', () => {
      const west = state(['Region=West'], 'west');
      const notWest = state(['Region!=West', 'Region!=North'], 'not-west-nor-north');
      const report = JSON.parse(readFileSync(merged([east, west, notWest], 'overlap'), 'utf8')) as Report;
      expect(report.input.files).toHaveLength(3);
      const gap = JSON.parse(readFileSync(merged([east, west], 'gap'), 'utf8')) as Report;
      expect(gap.input.files.map((f) => f.skipped.find((s) => s.reason === 'filtered')?.count)).toEqual(gap.input.files.map((f) => f.rows - f.rowsUsed));
    });

    it('states of version 8 (without their files) still merge as before, and the same figures are never "another population" too', () => {
      const old = [east, rest].map((path, i) => {
        const written = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
        delete written['where'];
        const copy = join(dir, `v8-${i}.state.json`);
        writeFileSync(copy, JSON.stringify({ ...written, version: 8 }));
        return copy;
      });
      expect(runCli(['merge', ...old]).stdout.split('\n')[1]).toBe('800 respondents (800 rows left out by --where)');
      const both = merged(old, 'v8');
      const back = runCli(['report', SOURCE, '--by', 'Region', '--baseline', both, '--fail-on-drop', 'nps', '-o', '/dev/null']);
      expect([back.status, back.stderr]).toEqual([0, 'satisfy: warning: the same figures on both sides (800 respondents each, no figure moved): the baseline may be the same data as the current report; check which report it is\n']);
    });
  });

  // The README's promise: a day's export without the East, read with --where "Region=East", is a
  // shard like any other. It exited 2 ("matches none of the rows") and wrote no state.
  it('a shard whose --where matches no row writes its state, exit 0, and merges with the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-shards-'));
    const [header, ...rows] = readFileSync(join(ROOT, SOURCE), 'utf8').trim().split('\n');
    const region = (header as string).split(',').indexOf('Region');
    const withoutEast = rows.filter((row) => row.split(',')[region] !== 'East');
    const file = join(dir, 'without-east.csv');
    writeFileSync(file, `${[header, ...withoutEast].join('\n')}\n`);
    const none = join(dir, 'east.state.json');
    const result = runCli(['report', file, '--where', 'Region=East', '--emit-state', none, '-o', '/dev/null']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const rest = emit(file, ['--where', 'Region!=East']);
    const merged = runCli(['merge', none, rest]);
    expect(merged.status, merged.stderr).toBe(0);
    // The East of none and the rest of all are the whole export.
    expect(merged.stdout.split('\n')[1]).toBe(`${withoutEast.length} respondents`);
    // Without --emit-state the same run is still refused: an empty report is no report.
    expect(runCli(['report', file, '--where', 'Region=East']).status).toBe(2);
  });

  it('report refuses an export named twice, however spelled: its rows would count twice', () => {
    const twice = runCli(['report', SOURCE, SOURCE]);
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe(`satisfy: error: ${SOURCE} is given twice: an export read twice counts its rows twice\nhint: name each export once\n`);
    expect(runCli(['report', SOURCE, `./${SOURCE}`]).stderr.split('\n')[0]).toBe(`satisfy: error: ./${SOURCE} is the same file as ${SOURCE}: an export read twice counts its rows twice`);
  });

  it('report refuses a copy of an export under another name (the same bytes), and reads files of one size that differ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-shards-'));
    const copy = join(dir, 'export (1).csv');
    writeFileSync(copy, readFileSync(join(ROOT, SOURCE)));
    const twice = runCli(['report', SOURCE, copy]);
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe(`satisfy: error: ${copy} holds the same bytes as ${SOURCE}: an export read twice counts its rows twice\nhint: name each export once\n`);
    // Of one size, their last bytes apart, past the first 64 KiB that are compared: two exports.
    const [header, ...data] = readFileSync(join(ROOT, SOURCE), 'utf8').trimEnd().split('\n');
    const body = [header, ...data, ...data, ...data].join('\n');
    const [one, other] = [join(dir, 'one.csv'), join(dir, 'other.csv')];
    writeFileSync(one, `${body}\n`);
    writeFileSync(other, `${body.replace(/.$/, (c) => (c === '1' ? '2' : '1'))}\n`);
    expect(readFileSync(one).length).toBe(readFileSync(other).length);
    expect(readFileSync(one).length).toBeGreaterThan(1 << 16);
    expect(runCli(['report', one, other, '--format', 'json']).status).toBe(0);
  });

  it('report refuses standard input named twice: it is read once', () => {
    const twice = runCli(['report', '-', '-'], {}, ROOT, 'id,Overall satisfaction (1-5)\n1,5\n');
    expect([twice.status, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe('satisfy: error: - (standard input) is given twice: it is read once\nhint: name each export once\n');
    // However named (a cold review: `- /dev/stdin` said the second was an empty file).
    expect(runCli(['report', '-', '/dev/stdin'], {}, ROOT, 'id,Overall satisfaction (1-5)\n1,5\n').stderr.split('\n')[0]).toBe('satisfy: error: /dev/stdin is standard input, as - is: it is read once');
  });


  it('refuses a file that is not a state', () => {
    const result = runCli(['merge', SOURCE]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: not a state file written by satisfy report --emit-state \(fixtures\/segments\/drop-in-one-region\.csv\)\n/);
  });
});

// -q, which report, compare, inspect and init take, is taken by merge too: a pipeline passes it everywhere.
describe('satisfy merge -q', () => {
  it('prints the warnings of the shards as a run of the whole does, and -q leaves them out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-merge-q-'));
    const ragged = join(dir, 'ragged.csv');
    writeFileSync(ragged, readFileSync(join(ROOT, 'fixtures/errors/ragged-rows.csv')));
    const state = emit(ragged, ['-q']);
    const whole = runCli(['report', ragged, '-o', '/dev/null']);
    const loud = runCli(['merge', state, '-o', '/dev/null']);
    expect(loud.status).toBe(0);
    expect(loud.stderr).toBe(whole.stderr);
    expect(loud.stderr).toContain('skipped 1 row with the wrong number of fields (line 4)');
    const quiet = runCli(['merge', state, '-q', '-o', '/dev/null']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});
