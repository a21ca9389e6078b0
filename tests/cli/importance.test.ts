import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportancePair, Report } from '../../src/analysis/report.js';
import { expectClose, expectSameJson, readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = 'fixtures/importance/importance-and-satisfaction-pairs.csv';
const CONFIG = 'fixtures/importance/importance-of.config.json';

interface ReferencePair {
  importanceColumn: string;
  satisfactionColumn: string;
  n: number;
  effectiveN: number;
  importance: number;
  satisfaction: number;
  gap: number;
  sd: number;
  low: number;
  high: number;
  quadrant: string;
  missing: { blank: number; notApplicable: number; outOfScale: number };
}
interface ReferenceTable {
  split: { importance: number; satisfaction: number };
  pairs: ReferencePair[];
}
const reference = readReference<{ unweighted: ReferenceTable; weighted: ReferenceTable; withConfig: ReferenceTable }>('importance-reference.json');

function report(args: string[] = [], env: Record<string, string> = {}): Report {
  const result = runCli(['report', FIXTURE, '--format', 'json', '--quiet', ...args], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** The report's pairs against SciPy's and numpy's (tests/reference/importance_reference.py). */
function expectReference(actual: Report, expected: ReferenceTable): void {
  const importance = actual.importance;
  expect(importance).not.toBeNull();
  expect(importance?.pairs.map((p) => [p.importanceColumn, p.satisfactionColumn])).toEqual(expected.pairs.map((p) => [p.importanceColumn, p.satisfactionColumn]));
  expectClose(importance?.split?.importance, expected.split.importance, 1e-9, 'split importance');
  expectClose(importance?.split?.satisfaction, expected.split.satisfaction, 1e-9, 'split satisfaction');
  expected.pairs.forEach((e, i) => {
    const p = importance?.pairs[i] as ImportancePair;
    const what = e.importanceColumn;
    expect(p.n, what).toBe(e.n);
    expectClose(p.effectiveN, e.effectiveN, 1e-9, `${what} effectiveN`);
    expectClose(p.importance, e.importance, 1e-9, `${what} importance`);
    expectClose(p.satisfaction, e.satisfaction, 1e-9, `${what} satisfaction`);
    expectClose(p.gap, e.gap, 1e-9, `${what} gap`);
    expectClose(p.sd, e.sd, 1e-9, `${what} sd`);
    // A t quantile is involved.
    expectClose(p.ci?.low, e.low, 1e-6, `${what} ci.low`);
    expectClose(p.ci?.high, e.high, 1e-6, `${what} ci.high`);
    expect(p.quadrant, what).toBe(e.quadrant);
    expect({ blank: p.missing.blank, notApplicable: p.missing.notApplicable, outOfScale: p.missing.outOfScale }, what).toEqual(e.missing);
  });
}

describe('stated importance against satisfaction (fixtures/importance)', () => {
  const unweighted = report();

  it('equals SciPy: means, paired gap and its t interval, quadrants (importance_reference.py)', () => {
    expectReference(unweighted, reference.unweighted);
    // One pair in each quadrant, as the fixture was made.
    expect(unweighted.importance?.pairs.map((p) => p.quadrant)).toEqual(['concentrate here', 'keep up', 'possible overkill', 'low priority']);
    expect(unweighted.importance?.pairs.every((p) => p.pairedBy === 'subject')).toBe(true);
    expect(unweighted.method.importance).toMatch(/paired t interval/);
  });

  it('with --weight equals numpy’s weighted means and interval at Kish’s effective n', () => {
    expectReference(report(['--weight', 'Weight']), reference.weighted);
  });

  it('the config’s importanceOf pairs what the headers do not', () => {
    const configured = report(['--config', CONFIG]);
    expectReference(configured, reference.withConfig);
    const pair = configured.importance?.pairs.find((p) => p.importanceColumn === 'How much does billing matter to you? (1-5)');
    expect(pair?.pairedBy).toBe('config');
    expect(configured.columns.find((c) => c.name === pair?.importanceColumn)?.role).toBe('importance');
  });

  it('never scores an importance column as satisfaction: no item, no dimension, no CSAT', () => {
    const importanceColumns = unweighted.columns.filter((c) => c.role === 'importance').map((c) => c.name);
    expect(importanceColumns).toHaveLength(5);
    expect(unweighted.items.map((i) => i.column)).not.toEqual(expect.arrayContaining([importanceColumns[0]]));
    for (const name of importanceColumns) {
      expect(unweighted.items.some((i) => i.column === name)).toBe(false);
      expect(Object.values(unweighted.dimensions).some((d) => d.items.includes(name))).toBe(false);
    }
    expect(unweighted.csat?.column).toBe('Overall satisfaction (1-5)');
    expect(unweighted.columns.find((c) => c.name === 'Support - Importance (1-7)')?.importanceOf).toBe('Support - Satisfaction (1-7)');
  });

  it('says what it could not compare, and counts the importance answers it excluded', () => {
    expect(unweighted.columns.find((c) => c.name === 'Sustainability - Importance (1-5)')?.importanceOf).toBeNull();
    expect(unweighted.notes).toContain('column "Sustainability - Importance (1-5)" rates importance, but no satisfaction item shares its subject: not compared (pair it with "importanceOf" in satisfy.config.json)');
    expect(unweighted.notes).toContain('column "Support - Importance (1-7)": 2 answers excluded as not on its 1-7 scale (out of scale 2, not an integer 0, unrecognised 0)');
    const result = runCli(['report', FIXTURE, '-o', '/dev/null']);
    expect(result.stderr).toMatch(/column "Support - Importance \(1-7\)": "9" is outside its 1-7 scale \(fixtures\/importance\/importance-and-satisfaction-pairs\.csv:103\)/);
  });

  it('puts the key drivers’ weight of the item’s dimension beside the stated importance', () => {
    for (const p of unweighted.importance?.pairs ?? []) expect(p.driverWeight).toBe(p.dimension === null ? null : unweighted.drivers?.dimensions[p.dimension]?.weight);
    expect(unweighted.importance?.pairs[0]?.driverWeight).toBeGreaterThan(0);
  });

  it('is the same, to the last digit, whatever the pieces and threads', () => {
    const runs = [1, 2].map((threads) => report(['--threads', String(threads)], { SATISFY_PIECE_BYTES: '1024' }));
    expect(runs[1]?.importance).toEqual(runs[0]?.importance);
    expectSameJson(runs[0]?.importance, unweighted.importance);
  });

  it('merges across shards: the states of two halves give the importance of the whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-importance-'));
    // Two shards of one file, as under Shards in the README: each counts the rows its --where left out.
    const states = ['Wave=spring', 'Wave!=spring'].map((where, i) => {
      const state = join(dir, `part-${i}.state.json`);
      const result = runCli(['report', FIXTURE, '--quiet', '--where', where, '--emit-state', state, '-o', join(dir, `part-${i}.txt`)]);
      expect(result.status, result.stderr).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...states, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    expectSameJson((JSON.parse(merged.stdout) as Report).importance, unweighted.importance);
  });

  it('satisfy init writes the pairs into the config, and the config gives the same table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-importance-'));
    const config = join(dir, 'satisfy.config.json');
    expect(runCli(['init', FIXTURE, '-o', config]).status).toBe(0);
    expect((JSON.parse(readFileSync(config, 'utf8')) as { columns: Record<string, { importanceOf?: string }> }).columns['Support - Importance (1-7)']?.importanceOf).toBe('Support - Satisfaction (1-7)');
    const pinned = report(['--config', config]).importance;
    expect(pinned?.pairs.every((p) => p.pairedBy === 'config')).toBe(true);
    expectSameJson(pinned?.pairs.map((p) => ({ ...p, pairedBy: 'subject' })), unweighted.importance?.pairs);
  });

  it('shows the table in every format, and the quadrant chart in HTML', () => {
    const table = runCli(['report', FIXTURE, '--quiet']).stdout;
    expect(table).toContain('Stated importance against satisfaction (0-100)');
    expect(table).toMatch(/│ Packaging quality \(1-5\)\s+│ Packaging quality - Importance \(1-5\)\s+│ 300 │ +30\.7 │ +81\.1 │ −50\.4 │ −53\.4 to −47\.4 │ possible overkill │ +39\.0 % │/);
    expect(table).toContain('quadrants split at the mean importance 58.5 and the mean satisfaction 61.9 of the pairs');
    const markdown = runCli(['report', FIXTURE, '--quiet', '--format', 'markdown']).stdout;
    expect(markdown).toContain('### Stated importance against satisfaction (0-100)');
    expect(markdown).toContain('| Price - Satisfaction (1-5) | Price - Importance (1-5) | 300 | 39.3 | 43.7 | −4.3 | −8.1 to −0.6 | low priority | 23.4 % |');
    const csv = runCli(['report', FIXTURE, '--quiet', '--format', 'csv']).stdout.split('\r\n');
    const gap = csv.find((line) => line.includes(',importance: Packaging quality (1-5),gap,'))?.split(',');
    expect(Number(gap?.[6])).toBeCloseTo(reference.unweighted.pairs[2]?.gap ?? Number.NaN, 9);
    expect(Number(gap?.[7])).toBeCloseTo(reference.unweighted.pairs[2]?.low ?? Number.NaN, 6);
    expect(csv).toContain(`${FIXTURE},,,,importance: Packaging quality (1-5),quadrant: possible overkill,1,,,300`);
    const html = runCli(['report', FIXTURE, '--quiet', '--format', 'html']).stdout;
    expect(html).toContain('<figure><figcaption>Stated importance against satisfaction</figcaption><svg');
    expect(html).toContain('<h2>Stated importance against satisfaction</h2>');
  });

  it('with one pair: the pair’s figures, no quadrants, and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-importance-'));
    const file = join(dir, 'one-pair.csv');
    writeFileSync(file, `Price - Importance (1-5),Price - Satisfaction (1-5)\n${Array.from({ length: 20 }, (_, i) => `${(i % 5) + 1},${((i * 3) % 5) + 1}`).join('\n')}\n`);
    const result = runCli(['report', file, '--format', 'json', '--quiet']);
    const importance = (JSON.parse(result.stdout) as Report).importance;
    expect(importance?.pairs).toHaveLength(1);
    expect(importance?.pairs[0]?.gap).toBe(0);
    expect(importance?.pairs[0]?.quadrant).toBeNull();
    expect(importance?.split).toBeNull();
    expect(importance?.nullReasons.split).toBe('the quadrants need two pairs or more with answers to both columns (one has)');
  });

  it('is null, with the reason, in a survey without importance questions', () => {
    const plain = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json', '--quiet']).stdout) as Report;
    expect(plain.importance).toBeNull();
    expect(plain.nullReasons.importance).toBe('no importance question found');
  });

  it('a config whose importanceOf names no column is an error naming the file and the JSON path, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-importance-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Price - Importance (1-5)': { importanceOf: 'Cost' } } }));
    const result = runCli(['report', FIXTURE, '--config', config]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^satisfy: error: no column "Cost" for .*satisfy\.config\.json: columns\["Price - Importance \(1-5\)"\]\.importanceOf \(fixtures\/importance\/importance-and-satisfaction-pairs\.csv\)$/);
  });
});

describe('stated importance with weights of very different sizes', () => {
  it('gives the same pairs whether a weight 2^64 times the others comes first or later (the sums are brought to its unit)', () => {
    const [header, ...rows] = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n') as [string, ...string[]];
    // Weight is the third column: one row weighs 1e30, the others keep theirs.
    const heavy = rows.map((row, i) => (i === 150 ? row.replace(/^([^,]*,[^,]*,)[^,]*/, '$11e30') : row));
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-importance-weights-'));
    const later = join(dir, 'heavy-row-later.csv');
    const first = join(dir, 'heavy-row-first.csv');
    writeFileSync(later, [header, ...heavy].join('\n') + '\n');
    writeFileSync(first, [header, heavy[150], ...heavy.slice(0, 150), ...heavy.slice(151)].join('\n') + '\n');
    const pairsOf = (file: string) => {
      const result = runCli(['report', file, '--weight', 'Weight', '--format', 'json', '--quiet']);
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as Report).importance?.pairs ?? [];
    };
    const [a, b] = [pairsOf(later), pairsOf(first)];
    expect(a.length).toBeGreaterThan(0);
    a.forEach((pair, i) => {
      expect(pair.importance).toBeCloseTo(b[i]?.importance as number, 9);
      expect(pair.satisfaction).toBeCloseTo(b[i]?.satisfaction as number, 9);
      expect(pair.gap).toBeCloseTo(b[i]?.gap as number, 9);
    });
  });
});
