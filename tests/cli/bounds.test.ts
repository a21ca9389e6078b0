import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

function json(args: readonly string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).not.toMatch(/NaN|Infinity/);
  return JSON.parse(result.stdout) as Report;
}

/** Every number of a report but the sum of the weights (which changes with their unit), by path. */
function figures(report: Report): Map<string, number> {
  const into = new Map<string, number>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') into.set(path, value);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
  };
  walk({ ...report, input: null, weight: { ...report.weight, sum: null } }, '');
  return into;
}

/** The JSON report of a big survey, through a file (it is more than a pipe's buffer holds). */
function bigJson(args: readonly string[], dir: string): Report {
  const output = join(dir, 'report.json');
  const result = runCli(['report', ...args, '--format', 'json', '-o', output]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(output, 'utf8')) as Report;
}

describe('weights of any unit (issue 16 point 5)', () => {
  const base = json(['fixtures/stats/weights-base.csv', '--weight', 'weight']);

  it.each(['weights-times-1e300.csv', 'weights-times-1e-300.csv'])('%s: the figures of the same weights in another unit', (fixture) => {
    const scaled = json([`fixtures/stats/${fixture}`, '--weight', 'weight']);
    const expected = figures(base);
    const actual = figures(scaled);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [path, value] of expected) expect(Math.abs((actual.get(path) as number) - value), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    expect(scaled.weight?.effectiveN).toBeCloseTo(9.0289, 4);
    expect(scaled.nps).not.toBeNull();
  });

  it('weights-times-1e300.csv: its report, whose weights sum past 1e300, is a baseline compare and --baseline take', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'satisfy-bounds-')), 'weights-times-1e300.json');
    expect(runCli(['report', 'fixtures/stats/weights-times-1e300.csv', '--weight', 'weight', '--format', 'json', '-o', output]).status).toBe(0);
    expect((JSON.parse(readFileSync(output, 'utf8')) as Report).weight?.sum).toBeGreaterThan(1e300);
    // Refused before, exit 2: "weight.sum: … is too large for any figure of a survey".
    for (const args of [['compare', output, 'fixtures/stats/weights-times-1e300.csv', '--weight', 'weight'], ['report', 'fixtures/stats/weights-times-1e300.csv', '--weight', 'weight', '--baseline', output]]) {
      const result = runCli([...args, '--format', 'json']);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('too large');
    }
  });

  it('weights-all-5e-324.csv: equal weights, the smallest number there is, are no weights at all', () => {
    const tiny = json(['fixtures/stats/weights-all-5e-324.csv', '--weight', 'weight']);
    const plain = json(['fixtures/stats/weights-all-5e-324.csv']);
    expect(tiny.weight?.effectiveN).toBe(12);
    expect(tiny.nps?.score).toBeCloseTo(plain.nps?.score as number, 9);
    expect(tiny.dimensions.delivery?.mean).toBeCloseTo(plain.dimensions.delivery?.mean as number, 9);
  });

  it('weight-one-1e300.csv: one weight of 1e300 is the whole sample, effective n 1, in the table and the JSON', () => {
    const heavy = json(['fixtures/stats/weight-one-1e300.csv', '--weight', 'weight']);
    expect(heavy.weight?.effectiveN).toBeCloseTo(1, 12);
    expect(heavy.weight?.sum).toBe(1e300);
    expect(heavy.dimensions.delivery?.mean).toBeCloseTo(25, 9);
    const table = runCli(['report', 'fixtures/stats/weight-one-1e300.csv', '--weight', 'weight']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('effective n 1.0');
    expect(table.stdout).not.toContain('NaN');
  });

  it('weights-effective-n-barely-above-one.csv: an interval t cannot bound is null, not NaN', () => {
    const report = json(['fixtures/stats/weights-effective-n-barely-above-one.csv', '--weight', 'weight']);
    expect(report.csat?.effectiveN).toBeLessThan(1.01);
    expect(report.csat?.ci).toEqual({ low: 1, high: 1, level: 0.95 });
  });

  it('drivers-weight-1e20-below-then-one.csv: a state whose drivers a weight 1e20 times the one before moved is merged, not refused', () => {
    // The second row's weight makes the first count for nothing: the drivers' mean delivery score
    // moves from 58.33… to within a hair of 16.66…, on the wrong side of it, and the update of its
    // sum of squares came out −1.5e-13, which merge refused in the state report had just written.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-bounds-drivers-'));
    const state = join(dir, 'state.json');
    const report = runCli(['report', 'fixtures/stats/drivers-weight-1e20-below-then-one.csv', '--weight', 'Weight', '--emit-state', state, '-o', '/dev/null']);
    expect(report.status, report.stderr).toBe(0);
    const drivers = (JSON.parse(readFileSync(state, 'utf8')) as { analysis: { drivers: { c: number[] } } }).analysis.drivers;
    expect(drivers.c[0]).toBeGreaterThanOrEqual(0);
    const merged = runCli(['merge', state, '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
  });
});

describe('sizes that input can ask for are bounded (issue 16 point 7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-bounds-'));

  it.each([
    ['scale-of-ten-million-points.config.json', '0-10000000 has 10000001 points'],
    ['scale-to-1e308.config.json', '0-1e+308 has 1e+308 points'],
  ])('%s: a config scale of more than 501 points is a config error', (config, what) => {
    const result = runCli(['report', 'fixtures/stats/weights-base.csv', '--config', `fixtures/config/${config}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: fixtures/config/${config}: columns["Delivery speed (1-5)"].scale: ${what}; a rating scale has at most 501 (0-500)\n`);
  });

  it('scale-0-100-slider.config.json: a 0-100 slider is a scale', () => {
    const report = json(['fixtures/stats/weights-base.csv', '--config', 'fixtures/config/scale-0-100-slider.config.json']);
    expect(report.items[0]?.distribution).toHaveLength(101);
  });

  it.each([
    ['/dev/zero', '/dev/zero'],
    ['a config of 5 MiB', 'big.config.json'],
  ])('%s: a config larger than 4 MiB is refused after reading 4 MiB', (_, name) => {
    const path = name.startsWith('/') ? name : join(dir, name);
    if (!name.startsWith('/')) writeFileSync(path, `{"missing": [${'"n/a", '.repeat(800_000)}"-"]}`);
    const result = runCli(['report', 'fixtures/stats/weights-base.csv', '--config', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: the config is larger than 4 MiB (${path})\n`);
  });

  it('a header of 20,001 columns is refused; one of 2,000 is read', () => {
    const write = (width: number) => {
      const path = join(dir, `columns-${width}.csv`);
      const names = Array.from({ length: width }, (_, i) => `Q${i} (1-5)`);
      writeFileSync(path, `${names.join(',')}\n${names.map(() => '3').join(',')}\n${names.map(() => '4').join(',')}\n`);
      return path;
    };
    const wide = write(20_001);
    const refused = runCli(['report', wide]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`satisfy: error: the header has 20001 columns; satisfy reads at most 20000 (${wide}:1)\nhint: a survey export has at most a few thousand columns: is this the right file?\n`);
    expect(bigJson([write(2_000)], dir).items).toHaveLength(2_000);
  }, 120_000);

  it('a dimension of 1,000 items: alpha null with the reason, in seconds (it took 76 s when alpha copied the matrix per item)', () => {
    const names = Array.from({ length: 1_000 }, (_, i) => `Delivery q${i}`);
    const csv = join(dir, 'thousand-items.csv');
    const config = join(dir, 'thousand-items.config.json');
    writeFileSync(csv, `${names.join(',')}\n${Array.from({ length: 20 }, (_, r) => names.map((_, i) => 1 + ((r + (i % 3)) % 5)).join(',')).join('\n')}\n`);
    writeFileSync(config, JSON.stringify({ dimensions: [{ id: 'delivery', items: names }], columns: Object.fromEntries(names.map((n) => [n, { scale: { min: 1, max: 5 } }])) }));
    const report = bigJson([csv, '--config', config], dir);
    expect(report.dimensions.delivery?.alpha).toBeNull();
    expect(report.dimensions.delivery?.nullReasons.alpha).toBe('more than 100 items: alpha is not computed');
  }, 120_000);

  it('51 dimensions and an outcome: drivers null with the reason', () => {
    const dimensions = Array.from({ length: 51 }, (_, d) => `d${d}`);
    const names = dimensions.map((d) => `${d} item`);
    const csv = join(dir, 'fifty-one-dimensions.csv');
    const config = join(dir, 'fifty-one-dimensions.config.json');
    writeFileSync(csv, `${[...names, 'Overall satisfaction (1-5)'].join(',')}\n${Array.from({ length: 60 }, (_, r) => [...names.map((_, i) => 1 + ((r * (i + 1)) % 5)), 1 + (r % 5)].join(',')).join('\n')}\n`);
    writeFileSync(config, JSON.stringify({ csat: 'Overall satisfaction (1-5)', dimensions: dimensions.map((id, i) => ({ id, items: [names[i]] })), columns: Object.fromEntries(names.map((n) => [n, { scale: { min: 1, max: 5 } }])) }));
    const report = json([csv, '--config', config]);
    expect(report.drivers).toBeNull();
    expect(report.nullReasons.drivers).toBe('more than 50 dimensions: drivers are not computed');
  }, 120_000);
});
