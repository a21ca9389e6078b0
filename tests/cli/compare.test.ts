import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/analysis/compare-reports.js';
import type { ComparisonReport, Report } from '../../src/analysis/report.js';
import { expectClose, readReference } from '../helpers/reference.js';
import { ROOT, runCli, runCliWithInput } from '../helpers/run-cli.js';
import { validateComparison } from '../helpers/validate-report.js';

interface WantChange {
  scope: string;
  metric: string;
  baseline: number;
  current: number;
  change: number;
  statistic: number;
  p: number;
  ci: [number, number];
  adjustedP: number;
  significant: boolean;
}
interface WantComparison {
  changes: WantChange[];
  decomposition: Record<string, { total: number; mix: number; rate: number }>;
}

// Written by tests/reference/segments_reference.py (SciPy) from fixtures/segments/.
const reference = readReference<{ comparisons: Record<'drop' | 'noChange', WantComparison> }>('segments-reference.json').comparisons;

const BASELINE = 'fixtures/segments/no-real-difference.csv';
const DROP = 'fixtures/segments/drop-in-one-region.csv';
const LATER = 'fixtures/segments/no-real-change-later.csv';

function compare(args: string[]): ComparisonReport {
  const result = runCli(['compare', ...args, '--format', 'json']);
  expect([0, 1], result.stderr).toContain(result.status);
  return JSON.parse(result.stdout) as ComparisonReport;
}

/** Writes `satisfy report <file> [args] --format json` to a temporary file and returns its path. */
function reportJson(file: string, args: string[] = []): string {
  const path = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'report.json');
  const result = runCli(['report', file, ...args, '--format', 'json', '-o', path]);
  expect(result.status, result.stderr).toBe(0);
  return path;
}

describe.each([
  ['drop', DROP],
  ['noChange', LATER],
] as const)('satisfy compare %s', (name, current) => {
  const got = compare([BASELINE, current, '--by', 'Region']);
  const want = reference[name];

  it('tests every figure, overall and per region, as SciPy does, with Holm over the overall changes and, apart, over the segments\' changes', () => {
    expect(got.changes.map((c) => `${c.scope} ${c.metric}`).sort()).toEqual(want.changes.map((c) => `${c.scope} ${c.metric}`).sort());
    for (const c of got.changes) {
      const w = want.changes.find((x) => x.scope === c.scope && x.metric === c.metric) as WantChange;
      const at = `${c.scope} ${c.metric}`;
      expectClose(c.baseline, w.baseline, 1e-9, `${at} baseline`);
      expectClose(c.current, w.current, 1e-9, `${at} current`);
      expectClose(c.change, w.change, 1e-9, `${at} change`);
      expectClose(c.statistic, w.statistic, 1e-9, `${at} statistic`);
      expectClose(c.p, w.p, 1e-9, `${at} p`);
      expectClose(c.adjustedP, w.adjustedP, 1e-9, `${at} adjusted p`);
      expectClose(c.ci?.low, w.ci[0], 1e-8, `${at} ci low`);
      expectClose(c.ci?.high, w.ci[1], 1e-8, `${at} ci high`);
      expect(c.significant, at).toBe(w.significant);
      expect(c.direction, at).toBe(directionOf(w.statistic));
    }
  });

  it('splits each overall change into mix and rate that add up to it', () => {
    expect(got.segmentColumn).toBe('Region');
    expect(got.decomposition.map((d) => d.metric).sort()).toEqual(Object.keys(want.decomposition).sort());
    for (const d of got.decomposition) {
      const w = want.decomposition[d.metric];
      expectClose(d.total, w?.total ?? Number.NaN, 1e-9, `${d.metric} total`);
      expectClose(d.mix, w?.mix ?? Number.NaN, 1e-9, `${d.metric} mix`);
      expectClose(d.rate, w?.rate ?? Number.NaN, 1e-9, `${d.metric} rate`);
      expectClose(d.mix + d.rate, d.total, 1e-9, `${d.metric} adds up`);
      expectClose(d.total, got.changes.find((c) => c.scope === 'overall' && c.metric === d.metric)?.change ?? Number.NaN, 1e-9, `${d.metric} is the overall change`);
    }
  });
});

// newuser13, finding 9: the split's total was a sum of the segments' parts, −11.749999… where the
// change is −11.75, so the first table said −11.8 and the split −11.7 for the same change.
describe('the mix/rate split of a change on a rounding boundary', () => {
  const [week1, week2] = [1, 2].map((i) => `fixtures/compare/split-total-on-a-rounding-boundary-week-${i}.csv`) as [string, string];

  it('has the change itself as its total, and both tables round it alike', () => {
    const json = compare([week1, week2, '--by', 'Region']);
    const delivery = json.decomposition.find((d) => d.metric === 'dimensions.delivery.score');
    expect(delivery?.total).toBe(-11.75);
    for (const d of json.decomposition) expect(d.total).toBe(json.changes.find((c) => c.scope === 'overall' && c.metric === d.metric)?.change);
    const table = runCli(['compare', week1, week2, '--by', 'Region']).stdout.split('\n');
    expect(table.filter((line) => line.startsWith('│ Delivery ') && (line.includes('│ overall ') || !line.includes('Region='))).map((line) => /−11\.\d/.exec(line)?.[0])).toEqual(['−11.8', '−11.8']);
  });
});

describe('what a comparison finds', () => {
  // A new user's trial, 2026-12-07: two exports of items in no dimension gave an empty table, exit 0, and nothing to say why.
  it('says that there is nothing to compare where no figure it tests is in both reports', () => {
    const result = runCli(['compare', 'fixtures/compare/items-only-week-1.csv', 'fixtures/compare/items-only-week-2.csv', '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.changes).toEqual([]);
    expect(json.notes).toEqual(['nothing to compare: no dimension score, index, CES, CSAT or NPS is in both reports (single items are not compared)']);
    expect(runCli(['compare', 'fixtures/compare/items-only-week-1.csv', 'fixtures/compare/items-only-week-2.csv']).stdout).toContain('! nothing to compare:');
    expect(compare([BASELINE, DROP]).notes.filter((n) => n.startsWith('nothing to compare'))).toEqual([]);
  });

  it('does not compare the pools of --top where the sides name other segments, and compares them where they name the same', () => {
    // A cold trial: the baseline's Other held North and West, this week's others, and East's fall hid in it as "not significant".
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-pools-'));
    const base = join(dir, 'top2.json');
    expect(runCli(['report', DROP, '--by', 'Region', '--top', '2', '--format', 'json', '-q', '-o', base]).status).toBe(0);
    // Without the East, the two largest regions are South and North: Other holds West alone.
    const apart = compare([base, DROP, '--top', '2', '--where', 'Region!=East']);
    expect(apart.notes).toContain('Region=Other: pools other values on each side ("East", "North" named on one side only), not compared');
    expect(apart.changes.filter((c) => c.scope === 'Region=Other')).toEqual([]);
    // The same regions named on each side: the pools are one group, compared.
    const alike = compare([base, DROP, '--top', '2']);
    expect(alike.notes.filter((n) => n.includes('pools other values'))).toEqual([]);
    expect(alike.changes.some((c) => c.scope === 'Region=Other')).toBe(true);
  });

  it('marks the fall in the East, and nothing when nothing changed', () => {
    const drop = compare([BASELINE, DROP, '--by', 'Region']);
    const marked = drop.changes.filter((c) => c.significant).map((c) => `${c.scope} ${c.metric} ${c.direction}`);
    expect(marked).toEqual(expect.arrayContaining(['Region=East dimensions.delivery.score down', 'Region=East nps.score down', 'overall nps.score down']));
    expect(marked.filter((m) => m.startsWith('Region=') && !m.startsWith('Region=East'))).toEqual([]);
    // The NPS fell because the East's NPS fell (rate), not because the regions' sizes moved (mix).
    const nps = drop.decomposition.find((d) => d.metric === 'nps.score');
    expect(Math.abs(nps?.rate ?? 0)).toBeGreaterThan(100 * Math.abs(nps?.mix ?? 1));
    expect(compare([BASELINE, LATER, '--by', 'Region']).changes.filter((c) => c.significant)).toEqual([]);
  });

  it('gives no direction to a figure that did not move (an export against itself): it was "up"', () => {
    const same = compare([BASELINE, BASELINE, '--by', 'Region']);
    expect(same.changes.length).toBeGreaterThan(0);
    for (const change of same.changes) expect([change.change, change.statistic, change.direction, change.significant]).toEqual([0, 0, 'none', false]);
    // The same rows in another order: the same figures but for their last bits, still no direction.
    const lines = readFileSync(join(ROOT, BASELINE), 'utf8').trim().split('\n');
    const reordered = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'no-real-difference-reversed.csv');
    writeFileSync(reordered, `${[lines[0], ...lines.slice(1).reverse()].join('\n')}\n`);
    const again = compare([BASELINE, reordered, '--by', 'Region']).changes;
    expect(again.some((c) => c.statistic !== 0)).toBe(true);
    expect(again.every((c) => Math.abs(c.statistic) < 1e-9 && c.direction === 'none')).toBe(true);
    // A figure that moved keeps the sign of its statistic.
    const moved = compare([BASELINE, LATER, '--by', 'Region']).changes.filter((c) => Math.abs(c.statistic) > 1e-9);
    expect(moved.length).toBeGreaterThan(0);
    for (const change of moved) expect(change.direction).toBe(change.statistic > 0 ? 'up' : 'down');
  });

  it('gives the same comparison from report JSON as from the exports, and as report --baseline', () => {
    const [base, cur] = [reportJson(BASELINE, ['--by', 'Region']), reportJson(DROP, ['--by', 'Region'])];
    const strip = (c: ComparisonReport | Report['comparison']) => ({ ...c, baseline: { ...c?.baseline, source: '' }, current: { ...c?.current, source: '' } });
    const fromCsv = compare([BASELINE, DROP, '--by', 'Region']);
    expect(strip(compare([base, cur]))).toEqual(strip(fromCsv));
    // A CSV side is broken down as the report JSON on the other side is.
    expect(strip(compare([base, DROP]))).toEqual(strip(fromCsv));
    const withBaseline = JSON.parse(runCli(['report', DROP, '--by', 'Region', '--baseline', base, '--format', 'json']).stdout) as Report;
    expect({ ...strip(withBaseline.comparison), schemaVersion: 1, checks: [] }).toEqual(strip(fromCsv));
  });

  it('takes as baseline a report of schemaVersion 1 written before the fields added since', () => {
    const full = reportJson(BASELINE, ['--by', 'Region', '--period', 'month']);
    const old = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown> & { periodization: Record<string, unknown> };
    delete old.comparison;
    delete old.periodization.timeZone;
    delete old.choices;
    delete old.rankings;
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'older.json');
    writeFileSync(path, JSON.stringify(old));
    const strip = (c: ComparisonReport) => ({ ...c, baseline: { ...c.baseline, source: '' } });
    expect(strip(compare([path, DROP]))).toEqual(strip(compare([full, DROP])));
  });

  it('takes as baseline a report of schemaVersion 1 written by a later satisfy, its unknown keys ignored', () => {
    const full = reportJson(BASELINE, ['--by', 'Region']);
    const later = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown> & { nps: Record<string, unknown>; segments: Array<Record<string, unknown>> };
    later.futureField = { any: ['thing'] };
    later.nps.futureField = 1;
    (later.segments[0] as Record<string, unknown>).futureField = 'x';
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'later.json');
    writeFileSync(path, JSON.stringify(later));
    const strip = (c: ComparisonReport) => ({ ...c, baseline: { ...c.baseline, source: '' } });
    const comparison = compare([path, DROP]);
    expect(strip(comparison)).toEqual(strip(compare([full, DROP])));
    // Nothing of the unknown keys is carried into the comparison, which holds only its own type's keys.
    validateComparison(comparison);
    expect(JSON.stringify(comparison)).not.toContain('futureField');
    const result = runCli(['report', DROP, '--by', 'Region', '--baseline', path, '--fail-on-drop', 'nps']);
    expect(result.stderr).not.toContain('unknown key');
  });

  it('reads a report whose name does not end in .json by its first bytes, and refuses one from a pipe', () => {
    // A report given as standard input, a process substitution or gzipped was read as an API page of
    // responses (its "items": 10 respondents) and compared, exit 0.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-compare-'));
    const named = join(dir, 'last-week.report');
    expect(runCli(['report', BASELINE, '--format', 'json', '-o', named]).status).toBe(0);
    const byName = compare([named, DROP]);
    expect(byName.baseline).toEqual({ source: named, respondents: 800 });
    expect(byName.changes.map((c) => [c.metric, c.change])).toEqual(compare([BASELINE, DROP]).changes.map((c) => [c.metric, c.change]));
    const piped = runCliWithInput(['compare', '-', DROP], readFileSync(named, 'utf8'));
    expect([piped.status, piped.stdout]).toEqual([2, '']);
    expect(piped.stderr.split('\n')[0]).toBe('satisfy: error: this JSON is a report of satisfy report --format json, not survey responses (-)');
  });

  it('compares the overall figures only, and says so, when one side is not broken down', () => {
    const got = compare([reportJson(BASELINE), DROP, '--by', 'Region']);
    expect(new Set(got.changes.map((c) => c.scope))).toEqual(new Set(['overall']));
    expect(got.decomposition).toEqual([]);
    expect(got.notes).toEqual(['only the current report is broken down (by Region): segments are not compared']);
  });
});

describe('the overall changes', () => {
  it('are corrected as a family of their own: a breakdown does not change their adjusted p, so --fail-on-drop reads the same test with --by and without', () => {
    const overall = (c: ComparisonReport) => c.changes.filter((x) => x.scope === 'overall');
    const without = compare([BASELINE, DROP]);
    const by = compare([BASELINE, DROP, '--by', 'Region']);
    expect(by.changes.some((x) => x.scope !== 'overall')).toBe(true);
    expect(overall(by).map((x) => [x.metric, x.significant])).toEqual(overall(without).map((x) => [x.metric, x.significant]));
    // The same to the last bits but those of the index's sums, merged from the segments' in one and read in one pass in the other.
    overall(by).forEach((x, i) => expectClose(x.adjustedP, overall(without)[i]?.adjustedP as number, 1e-12, x.metric));
    // The overall changes are still corrected, among themselves.
    expect(by.changes.filter((x) => x.scope === 'overall').some((x) => x.adjustedP > x.p)).toBe(true);
  });
});

describe('--fail-on-drop', () => {
  // "How much effort … (1 = very low effort, 5 = very high effort)": higher is more effort.
  const LOW_EFFORT = 'fixtures/segments/effort-low-before.csv';
  const HIGH_EFFORT = 'fixtures/segments/effort-high-after.csv';

  it('fails on a CES mean of more effort that rose significantly (effort worsened), and names the way it runs', () => {
    const result = runCli(['compare', LOW_EFFORT, HIGH_EFFORT, '--fail-on-drop', 'ces']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop ces\.mean \(change 2\.3875, n 80 before and 80 now, a significant rise of effort\)\n$/);
    expect(result.stdout).toMatch(/│ CES mean \(higher = more effort\) │ overall │ +1\.85 │ +4\.24 │ +\+2\.39 │ .* │ ▲ │/);
    const json = compare([reportJson(LOW_EFFORT), HIGH_EFFORT, '--fail-on-drop', 'ces']);
    expect(json.changes.find((c) => c.metric === 'ces.mean')).toMatchObject({ direction: 'up', significant: true, worse: 'up' });
    expect(json.checks).toEqual([{ expression: 'fail-on-drop ces.mean', actual: expect.closeTo(2.3875, 6) as number, pass: false, bases: [80, 80] }]);
  });

  it("writes each gate last in compare's CSV: the change, pass or fail, and why a figure is missing", () => {
    const result = runCli(['compare', LOW_EFFORT, HIGH_EFFORT, '--fail-on-drop', 'ces', '--fail-on-drop', 'nps', '--fail-on-drop', 'trust', '--format', 'csv']);
    expect(result.status).toBe(1);
    const rows = (parse(result.stdout, { columns: true }) as Array<Record<string, string>>).filter((r) => r.metric?.startsWith('gate: '));
    expect(rows.map((r) => [r.scope, r.metric, r.figure, r.value])).toEqual([
      ['overall', 'gate: fail-on-drop ces.mean', 'change', expect.stringMatching(/^2\.387499/) as string],
      ['overall', 'gate: fail-on-drop ces.mean', 'baseline n', '80'],
      ['overall', 'gate: fail-on-drop ces.mean', 'current n', '80'],
      ['overall', 'gate: fail-on-drop ces.mean', 'result: fail', '1'],
      ['overall', 'gate: fail-on-drop nps.score', 'change', '-8.75'],
      ['overall', 'gate: fail-on-drop nps.score', 'baseline n', '80'],
      ['overall', 'gate: fail-on-drop nps.score', 'current n', '80'],
      ['overall', 'gate: fail-on-drop nps.score', 'result: pass', '1'],
      ['overall', 'gate: fail-on-drop dimensions.trust.score', 'change', ''],
      ['overall', 'gate: fail-on-drop dimensions.trust.score', 'result: fail', '1'],
      ['overall', 'gate: fail-on-drop dimensions.trust.score', 'null: the figure is missing on one side or both', '1'],
    ]);
  });

  it('passes on a CES mean of more effort that fell significantly (effort eased)', () => {
    const result = runCli(['compare', HIGH_EFFORT, LOW_EFFORT, '--fail-on-drop', 'ces']);
    expect([result.status, result.stderr]).toEqual([0, '']);
  });

  it('fails after the comparison when the figure fell significantly, and says so', () => {
    const result = runCli(['compare', BASELINE, DROP, '--fail-on-drop', 'nps', '--fail-on-drop', 'pricing']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Against the baseline/);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop nps\.score \(change -14\.125, n 800 before and 800 now, a significant fall\)\n$/);
    const json = compare([BASELINE, DROP, '--fail-on-drop', 'nps', '--fail-on-drop', 'pricing']);
    expect(json.checks.map((c) => [c.expression, c.pass])).toEqual([['fail-on-drop nps.score', false], ['fail-on-drop dimensions.pricing.score', true]]);
  });

  it('passes on a figure with too few answers to test, shown with its change and listed as untested', () => {
    // One detractor in a week against the bundled sample's 640: NPS −12.5 → −100 was a fall at
    // p < 1e-100 (the week's side has no spread), and the gate failed on one response.
    const base = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'base.json');
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json', '-o', base]).status).toBe(0);
    const week = 'fixtures/segments/one-detractor-in-a-week.csv';
    const result = runCli(['compare', base, week, '--fail-on-drop', 'nps']);
    // newuser13, finding 5: the CI log said nothing, a green job with no hint that nothing was judged.
    expect([result.status, result.stderr]).toEqual([0, 'satisfy: warning: fail-on-drop nps.score passed untested (change -87.5, not tested: under 30 answers on a side (632 before, 1 now))\n']);
    expect(runCli(['compare', base, week, '--fail-on-drop', 'nps', '-q']).stderr).toBe('');
    expect(result.stdout).toMatch(/│ NPS +│ overall │ +−12\.5 │ +−100\.0 │ +−87\.5 │ +— │ not tested │/);
    expect(result.stdout).toContain('! overall: nps.score not tested: under 30 answers on a side (632 before, 1 now)');
    const json = compare([base, week, '--fail-on-drop', 'nps']);
    expect(json.changes).toEqual([]);
    expect(json.untested?.find((u) => u.metric === 'nps.score')).toEqual({ metric: 'nps.score', scope: 'overall', baseline: -12.5, current: -100, change: -87.5, why: 'base', bases: [632, 1], reason: 'under 30 answers on a side (632 before, 1 now)' });
    expect(json.checks).toEqual([{ expression: 'fail-on-drop nps.score', actual: -87.5, pass: true, untested: 'under 30 answers on a side (632 before, 1 now)', bases: [632, 1] }]);
    // With --min-base 1 it is tested, as before: a side of one respondent.
    expect(compare([base, week, '--min-base', '1']).changes.map((c) => c.metric)).toContain('nps.score');
  });

  it('does not test a top-2 share on another scale: a top-2 of 1-10 against one of 1-5 is another measure', () => {
    // It was a "significant rise" of 20 points.
    const json = compare(['fixtures/segments/satisfaction-on-1-to-10.csv', 'fixtures/segments/satisfaction-on-1-to-5.csv']);
    // One dimension: no index on either side (see the README's Index).
    expect(json.changes.map((c) => c.metric)).toEqual(['dimensions.delivery.score']);
    expect(json.untested?.map((u) => [u.metric, u.why, u.bases])).toEqual([['csat.topBox.share', 'scale', [60, 60]]]);
    expect(json.notes).toContain('overall: csat.topBox.share not tested: on 1-10 before, 1-5 now: another measure');
  });

  it('does not test an index of other dimensions, and names the figures one side alone has', () => {
    // The same responses, the pricing items left out of the current report: its index is the mean of
    // three dimensions where the baseline's is of four, a rise of 3.8 points that no answer made.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-compare-'));
    const base = join(dir, 'base.json');
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json', '-o', base]).status).toBe(0);
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'The price was fair': { role: 'ignored' }, 'Value for money': { role: 'ignored' } } }));
    const result = runCli(['compare', base, 'fixtures/quickstart/responses.csv', '--config', config, '--format', 'json', '--fail-on-drop', 'index']);
    // Another measure on each side: the gate cannot guard it, and fails, as for a figure gone.
    expect([result.status, result.stderr]).toEqual([1, 'satisfy: gate failed: fail-on-drop index.score (change 2.97038, not tested: the mean of complaints, delivery, pricing and trust before, of complaints, delivery and trust now: another measure; make a new baseline)\n']);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.changes.map((c) => c.metric)).not.toContain('index.score');
    expect(json.untested?.map((u) => [u.metric, u.why])).toEqual([['index.score', 'dimensions']]);
    expect(json.notes).toContain('dimensions.pricing: only in the baseline, not compared');
    expect(json.notes).toContain('overall: index.score not tested: the mean of complaints, delivery, pricing and trust before, of complaints, delivery and trust now: another measure');
    expect(json.checks).toEqual([{ expression: 'fail-on-drop index.score', actual: expect.any(Number), pass: false, untested: 'the mean of complaints, delivery, pricing and trust before, of complaints, delivery and trust now: another measure', bases: expect.any(Array) as unknown }]);
  });

  it('does not test a CSAT of another question, nor a dimension of other items, nor an index of such dimensions: another measure, and its gate says so', () => {
    // CSAT mapped to "The price was fair" was compared with the overall satisfaction question as the
    // same CSAT (60.4 % → 54.0 %, −6.3 pp), and pricing, without that item, as the same "Pricing".
    const base = reportJson('fixtures/quickstart/responses.csv', ['--by', 'Region']);
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region', '--map', 'csat=The price was fair', '--baseline', base, '--fail-on-drop', 'csat', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([1, 'satisfy: gate failed: fail-on-drop csat.topBox.share (change -0.063396, not tested: of "Overall, how satisfied are you with your purchase?" before, "The price was fair" now: another question; make a new baseline)\n']);
    const comparison = (JSON.parse(result.stdout) as Report & { comparison: ComparisonReport }).comparison;
    const overall = comparison.untested?.filter((u) => u.scope === 'overall').map((u) => [u.metric, u.why]);
    expect(overall).toEqual([
      ['dimensions.pricing.score', 'items'],
      ['index.score', 'items'],
      ['csat.topBox.share', 'column'],
    ]);
    expect(comparison.changes.map((c) => c.metric)).not.toContain('csat.topBox.share');
    expect(comparison.notes).toContain('overall: csat.topBox.share not tested: of "Overall, how satisfied are you with your purchase?" before, "The price was fair" now: another question');
    expect(comparison.notes).toContain('overall: dimensions.pricing.score not tested: of other items ("The price was fair" left out): another measure');
    expect(comparison.notes).toContain('overall: index.score not tested: the mean of dimensions of other items (pricing): another measure');
    // Each segment's too.
    expect(comparison.untested?.filter((u) => u.scope === 'Region=North').map((u) => u.why)).toEqual(['items', 'items', 'column']);
    const check = (JSON.parse(result.stdout) as Report).checks;
    expect(check).toEqual([{ expression: 'fail-on-drop csat.topBox.share', actual: expect.any(Number), pass: false, untested: 'of "Overall, how satisfied are you with your purchase?" before, "The price was fair" now: another question', bases: expect.any(Array) as unknown }]);
    const table = runCli(['report', 'fixtures/quickstart/responses.csv', '--map', 'delivery=How satisfied are you with the speed of delivery?', '--baseline', base, '--fail-on-drop', 'delivery', '-q']);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain('! overall: dimensions.delivery.score not tested: of other items ("How satisfied are you with the condition of your order on arrival?" left out): another measure');
    expect(table.stdout).toMatch(/FAIL {2}fail-on-drop dimensions\.delivery\.score {2}\(change [-0-9.e]+, not tested: of other items \("How satisfied are you with the condition of your order on arrival\?" left out\): another measure; make a new baseline\)/);
  });

  it('in a segment too: a dimension its respondents no longer answer is named, and its index is not tested', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-compare-'));
    const header = 'id,Region,Overall satisfaction (1-5),Delivery speed (1-5),Price fairness (1-5)';
    const row = (i: number, priced: boolean) => `${i},${i % 2 === 0 ? 'South' : 'North'},${1 + (i % 5)},${1 + ((i * 3) % 5)},${priced || i % 2 === 1 ? 1 + ((i * 7) % 5) : ''}`;
    const [before, after] = [join(dir, 'before.csv'), join(dir, 'after.csv')];
    writeFileSync(before, [header, ...Array.from({ length: 200 }, (_, i) => row(i, true))].join('\n'));
    // The South's respondents answered no pricing question in the current wave.
    writeFileSync(after, [header, ...Array.from({ length: 200 }, (_, i) => row(i, false))].join('\n'));
    const json = compare([before, after, '--by', 'Region']);
    expect(json.notes).toContain('Region=South: dimensions.pricing: only in the baseline, not compared');
    expect(json.untested?.filter((u) => u.why === 'dimensions').map((u) => [u.metric, u.scope])).toEqual([['index.score', 'Region=South']]);
    expect(json.changes.filter((c) => c.metric === 'index.score').map((c) => c.scope).sort()).toEqual(['Region=North', 'overall']);
  });

  it('passes when nothing changed', () => {
    const result = runCli(['compare', BASELINE, LATER, '--fail-on-drop', 'nps', '--fail-on-drop', 'delivery', '--fail-on-drop', 'csat']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('works on a report with --baseline, its checks in the JSON', () => {
    const base = reportJson(BASELINE);
    const result = runCli(['report', DROP, '--baseline', base, '--fail-on-drop', 'delivery', '--format', 'json']);
    expect(result.status).toBe(1);
    const fell = reference.drop.changes.find((c) => c.scope === 'overall' && c.metric === 'dimensions.delivery.score')?.change;
    expect((JSON.parse(result.stdout) as Report).checks).toEqual([{ expression: 'fail-on-drop dimensions.delivery.score', actual: expect.closeTo(fell ?? Number.NaN, 9), pass: false, bases: [800, 800] }]);
    expect(runCli(['report', LATER, '--baseline', base, '--fail-on-drop', 'delivery']).status).toBe(0);
  });

  it.each([
    [['report', DROP, '--fail-on-drop', 'nps'], /^satisfy: error: --fail-on-drop needs --baseline <report.json> to compare with\n/],
    [['report', DROP, '--baseline', BASELINE], /^satisfy: error: --baseline takes a report JSON written by satisfy report --format json, not "fixtures\/segments\/no-real-difference.csv"\n/],
    [['compare', BASELINE, 'missing.csv', '--fail-on-drop', 'respondents'], /^satisfy: error: --fail-on-drop respondents: "respondents" is not a figure a comparison tests\n/],
    [['compare', 'fixtures/config/timestamp-submitted.config.json', DROP], /^satisfy: error: the report: no "schemaVersion" \(fixtures\/config\/timestamp-submitted\.config\.json\)\n/],
    // Issue 16, point 12: a dimension no report of the run can have was a failed gate (exit 1).
    [['compare', BASELINE, 'missing.csv', '--fail-on-drop', 'dimensions.nope.score'], /^satisfy: error: --fail-on-drop dimensions\.nope\.score: no report of this run can have a dimension "nope"\nhint: dimensions: delivery, pricing, complaints, trust/],
    [['compare', BASELINE, 'missing.csv', '--fail-on-drop', 'nope'], /^satisfy: error: --fail-on-drop nope: no report of this run can have a dimension "nope"\n/],
    [['report', 'missing.csv', '--fail-if', 'dimensions.nope.score < 50'], /^satisfy: error: --fail-if "dimensions\.nope\.score < 50": no report of this run can have a dimension "nope"\n/],
    // A new user's trial, 2026-12-07: a misspelt alias was told only that no dimension has its name.
    [['report', 'missing.csv', '--fail-if', 'nsp < 20'], /^satisfy: error: --fail-if "nsp < 20": no report of this run can have a dimension "nsp"\nhint: did you mean nps \(nps\.score\)\? dimensions: delivery, pricing, complaints, trust, service; other names: nps, csat, ces, index, respondents; /],
    // Its other names are those --fail-on-drop takes: respondents, which it refuses, is none (a cold trial).
    [['compare', BASELINE, 'missing.csv', '--fail-on-drop', 'delivry'], /^satisfy: error: --fail-on-drop delivry: no report of this run can have a dimension "delivry"\nhint: did you mean delivery\? dimensions: delivery, pricing, complaints, trust, service; other names: nps, csat, ces, index; /],
    [['report', 'missing.csv', '--fail-if', 'dimensions.trsut.score < 50'], /\nhint: did you mean trust\? dimensions: delivery, pricing, complaints, trust, service; a dimension of your own/],
  ])('%j is a usage or input error, found before any export is read', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('keeps a gate on a dimension the run could have but this report lacks a failed gate', () => {
    const result = runCli(['compare', BASELINE, DROP, '--fail-on-drop', 'trust']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('satisfy: gate failed: fail-on-drop dimensions.trust.score (no such change: the figure is missing on one side or both)\n');
    // A dimension of one's own, from --map, may be gated.
    expect(runCli(['report', DROP, '--map', 'speed=#3', '--fail-if', 'speed < 0']).status).toBe(0);
  });

  it('names the JSON path of a baseline that does not fit the report schema', () => {
    const broken = JSON.parse(readFileSync(reportJson(BASELINE), 'utf8')) as { nps: { score: unknown } };
    broken.nps.score = 'high';
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-compare-')), 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const result = runCli(['report', DROP, '--baseline', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: nps\.score: must be number \(.*broken\.json\)\n/);
  });
});

describe('the comparison in every format', () => {
  it('is a table for a person, with ▼ on the falls and the mix/rate split', () => {
    const text = runCli(['compare', BASELINE, DROP, '--by', 'Region']).stdout;
    expect(text).toMatch(/│ NPS +│ Region=East +│ +\+11\.1 │ +−37\.8 │ +−48\.9 │ +−63\.4 to −34\.4 │ < 0\.001 │ ▼ │/);
    expect(text).toContain('Change split by Region: mix (segment sizes moved) + rate (figures within segments moved)');
    expect(text).toMatch(/│ NPS +│ +−14\.1 │ +0\.0 │ +−14\.1 │ +East rate −13\.\d │/);
  });

  it('is Markdown, in a report with --baseline too', () => {
    const md = runCli(['compare', BASELINE, DROP, '--by', 'Region', '--format', 'markdown']).stdout;
    expect(md).toContain('| NPS | Region=East | +11.1 | −37.8 | −48.9 ▼ | −63.4 to −34.4 | < 0.001 |');
    const report = runCli(['report', DROP, '--baseline', reportJson(BASELINE), '--format', 'markdown']).stdout;
    expect(report).toMatch(/### Against the baseline .*report\.json \(800 → 800 respondents\)/);
  });

  it('is tidy CSV: one row per figure of each change and of each split', () => {
    const rows = parse(runCli(['compare', BASELINE, DROP, '--by', 'Region', '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    const json = compare([BASELINE, DROP, '--by', 'Region']);
    const east = json.changes.find((c) => c.scope === 'Region=East' && c.metric === 'nps.score');
    const row = rows.find((r) => r.scope === 'Region=East' && r.metric === 'nps.score' && r.figure === 'change');
    expect([Number(row?.value), Number(row?.low), Number(row?.high)]).toEqual([east?.change, east?.ci?.low, east?.ci?.high]);
    expect(Number(rows.find((r) => r.scope === 'overall' && r.metric === 'nps.score' && r.figure === 'mix')?.value)).toBe(json.decomposition.find((d) => d.metric === 'nps.score')?.mix);
  });

  it('is in the report CSV as <figure>Change rows', () => {
    const rows = parse(runCli(['report', DROP, '--by', 'Region', '--baseline', reportJson(BASELINE, ['--by', 'Region']), '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    const json = compare([BASELINE, DROP, '--by', 'Region']);
    const at = (segment: string, dimension: string, metric: string) => Number(rows.find((r) => r.segment_value === segment && r.dimension === dimension && r.metric === metric)?.value);
    expect(at('East', 'nps', 'scoreChange')).toBe(json.changes.find((c) => c.scope === 'Region=East' && c.metric === 'nps.score')?.change);
    expect(at('', 'delivery', 'scoreRate')).toBe(json.decomposition.find((d) => d.metric === 'dimensions.delivery.score')?.rate);
  });
});

it('the fixtures are where the tests expect them', () => {
  expect(readFileSync(join(ROOT, LATER), 'utf8').split('\n')[1]).toMatch(/^2026-03-02 08:00,/);
});
