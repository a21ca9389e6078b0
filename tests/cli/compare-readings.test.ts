import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// A comparison whose sides were read otherwise (a config, a filter, a weight, a week of few answers),
// (tests/cli/compare.test.ts has the rest).

const SAMPLE = 'fixtures/quickstart/responses.csv';
const HANDLED = 'If you had a problem, how satisfied are you with how it was handled?';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'satisfy-readings-'));
}

/** The sample's lines (header first; no answer of it spans lines). */
function sampleLines(): string[] {
  return readFileSync(SAMPLE, 'utf8').trimEnd().split(/\r?\n/);
}

/** Writes `satisfy report <file> [args] --format json` to `dir` and returns its path. */
function reportJson(dir: string, file: string, args: string[] = [], name = 'base.json'): string {
  const path = join(dir, name);
  const result = runCli(['report', file, ...args, '--format', 'json', '-q', '-o', path]);
  expect(result.status, result.stderr).toBe(0);
  return path;
}

/** The sample with the handling question answered in its first two answered rows only, cut to `rows` rows. */
function fewHandled(dir: string, rows: number): string {
  const [header, ...lines] = sampleLines() as [string, ...string[]];
  const path = join(dir, `few-handled-${rows}.csv`);
  // The handling answer is the 10th field; fields before it hold no comma.
  let kept = 0;
  const out = lines.slice(0, rows).map((line) => {
    const fields = line.split(',');
    if (fields[9] === '') return line;
    kept += 1;
    return kept <= 2 ? line : [...fields.slice(0, 9), '', ...fields.slice(10)].join(',');
  });
  writeFileSync(path, [header, ...out].join('\n'));
  return path;
}

describe('a baseline of another reading of an item', () => {
  it('reversed by the config on one side: its dimension and the index are another measure, not a significant change', () => {
    // It was "a significant fall" of pricing by 14 points (and of the index) with no answer changed.
    const dir = tempDir();
    const config = join(dir, 'rev.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Value for money': { reverse: true } } }));
    const base = reportJson(dir, SAMPLE, ['--config', config]);
    const result = runCli(['compare', base, SAMPLE, '--fail-on-drop', 'pricing', '--fail-on-drop', 'index', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop dimensions\.pricing\.score \(change [-0-9.]+, not tested: of items read otherwise \("Value for money" reversed before, not now\): another measure; make a new baseline\)\n/);
    // Reversed against its answers, the baseline's pricing runs against itself (alpha below zero):
    // that side's index leaves it out, the mean of other dimensions: another measure too.
    expect(result.stderr).toMatch(/gate failed: fail-on-drop index\.score \(change [-0-9.]+, not tested: the mean of complaints, delivery and trust before, of complaints, delivery, pricing and trust now \(pricing left out before, its items running against each other\): another measure; make a new baseline\)\n$/);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.untested?.filter((u) => u.scope === 'overall').map((u) => [u.metric, u.why])).toEqual([['dimensions.pricing.score', 'items'], ['index.score', 'dimensions']]);
    expect(json.changes.map((c) => c.metric)).not.toContain('dimensions.pricing.score');
  });

  it('a CSAT read the other way round on one side: another measure, not a significant fall', () => {
    // A cold review: a week whose CSAT was read with codes numbered best first, against one whose was not, "fell" 27.5 points.
    const dir = tempDir();
    const config = join(dir, 'rev.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Overall, how satisfied are you with your purchase?': { reverse: true } } }));
    const base = reportJson(dir, SAMPLE, ['--config', config]);
    const result = runCli(['compare', base, SAMPLE, '--fail-on-drop', 'csat', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop csat\.topBox\.share \(change [-0-9.]+, not tested: on 1-5 reversed before, 1-5 now: another measure; make a new baseline\)\n$/);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.untested?.find((u) => u.metric === 'csat.topBox.share')?.why).toBe('scale');
  });

  it('weighted otherwise by the config: another measure too', () => {
    const dir = tempDir();
    const config = join(dir, 'wt.config.json');
    writeFileSync(config, JSON.stringify({ dimensions: [{ id: 'pricing', items: [{ column: 'The price was fair', weight: 5 }, 'Value for money'] }] }));
    const base = reportJson(dir, SAMPLE, ['--config', config]);
    const result = runCli(['report', SAMPLE, '--baseline', base, '--fail-on-drop', 'pricing', '-q', '-o', join(dir, 'out.txt')]);
    expect([result.status, result.stderr]).toEqual([1, expect.stringMatching(/not tested: of items read otherwise \("The price was fair" weighted 5 before, 1 now\): another measure; make a new baseline\)\n$/)]);
  });
});

describe('an index that leaves out a dimension on one side', () => {
  it('is another measure, not tested, and says which dimension is left out and why', () => {
    // A cold review: an index of three dimensions was tested against one of two, silently.
    const dir = tempDir();
    const fixture = 'fixtures/detection/dimension-whose-items-run-against-each-other-is-left-out-of-the-index.csv';
    // The baseline: the trade-off item set apart in a dimension of its own, so that delivery is one item and the index keeps it.
    const config = join(dir, 'apart.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Delivery was environmentally friendly (1-5)': { role: 'ignored' } } }));
    const base = reportJson(dir, fixture, ['--config', config]);
    const result = runCli(['compare', base, fixture, '--fail-on-drop', 'index', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fail-on-drop index.score (change ');
    expect(result.stderr).toContain('not tested: the mean of delivery, pricing and service before, of pricing and service now (delivery left out now, its items running against each other): another measure');
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.changes.map((c) => c.metric)).not.toContain('index.score');
  });
});

describe('a dimension that detection read otherwise in the same export', () => {
  it('in a week of too few answers: not tested, its gate passes, and the note says to pin the reading with a config, not to make a new baseline', () => {
    // 19 responses, 2 of them answering the handling question: detection left it out of complaints,
    // and --fail-on-drop index failed with "another measure; make a new baseline".
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const result = runCli(['compare', base, fewHandled(dir, 19), '--fail-on-drop', 'index', '--fail-on-drop', 'complaints', '--format', 'json', '-q']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.untested?.filter((u) => ['index.score', 'dimensions.complaints.score'].includes(u.metric)).map((u) => u.why)).toEqual(['base', 'base']);
    expect(json.notes).toContain(`overall: dimensions.complaints.score not tested: under 30 answers on a side (640 before, 19 now); of other items ("${HANDLED}" left out): the same columns read otherwise by detection on so few answers; pin the survey's reading with a config (satisfy init) and report both sides with it`);
    expect(json.checks.every((c) => c.pass)).toBe(true);
  });

  it('in a week of enough answers: the gate fails, and says to pin the reading with a config', () => {
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const result = runCli(['compare', base, fewHandled(dir, 670), '--fail-on-drop', 'complaints', '-q', '-o', join(dir, 'out.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop dimensions\.complaints\.score \(change [-0-9.]+, not tested: of other items \("If you had a problem, how satisfied are you with how it was handled\?" left out\): the same columns read otherwise by detection; pin the survey's reading with a config \(satisfy init\) and report both sides with it\)\n$/);
  });

  it('an item read on another scale (a week whose speed item has no 5s, read on 1-4): not tested, and the note names the scales', () => {
    // A cold trial: every 5 of the speed item turned to a 4 read it on 1-4, and delivery was
    // compared as one measure (67.41 → 67.42) where pinned to 1-5 it fell 9 points.
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const [header, ...lines] = sampleLines() as [string, ...string[]];
    // The speed answer is the 5th field; fields before it hold no comma.
    const noFives = join(dir, 'no-fives.csv');
    writeFileSync(noFives, [header, ...lines.map((line) => line.split(',').map((f, i) => (i === 4 && f === '5' ? '4' : f)).join(','))].join('\n'));
    const result = runCli(['compare', base, noFives, '--fail-on-drop', 'delivery', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: fail-on-drop dimensions\.delivery\.score \(change [-0-9.]+, not tested: of items read otherwise \("How satisfied are you with the speed of delivery\?" on 1-5 before, 1-4 now\): the same columns read otherwise by detection; pin the survey's reading with a config \(satisfy init\) and report both sides with it\)\n$/);
    const json = JSON.parse(result.stdout) as ComparisonReport;
    expect(json.untested?.filter((u) => u.scope === 'overall').map((u) => [u.metric, u.why])).toEqual([['dimensions.delivery.score', 'items'], ['index.score', 'items']]);
  });

  it('but an item the config leaves out is the survey redefined: make a new baseline', () => {
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { [HANDLED]: { role: 'ignored' } } }));
    const result = runCli(['compare', base, SAMPLE, '--config', config, '--fail-on-drop', 'complaints', '-o', join(dir, 'out.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/left out\): another measure; make a new baseline\)\n$/);
  });
});

describe('a baseline of another population', () => {
  it('a --where subset against every row: noted, warned of, and its --fail-on-drop cannot be judged', () => {
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE, ['--where', 'Region=East']);
    const result = runCli(['report', SAMPLE, '--baseline', base, '--fail-on-drop', 'nps', '--format', 'json']);
    expect(result.status).toBe(1);
    const note = expect.stringMatching(/^another population: the baseline is of the rows --where kept \(\d+ of \d+\), the current report of every row$/);
    const json = JSON.parse(result.stdout) as { comparison: ComparisonReport; checks: Array<Record<string, unknown>> };
    expect(json.comparison.notes).toContainEqual(note);
    expect(json.checks).toEqual([{ expression: 'fail-on-drop nps.score', actual: expect.any(Number), pass: false, withheld: expect.stringMatching(/^another population: .*; report both sides of the same rows, weighted alike$/), bases: [123, 632] }]);
    expect(result.stderr).toMatch(/^satisfy: warning: another population: the baseline is of the rows --where kept \(\d+ of \d+\), the current report of every row\nsatisfy: gate failed: fail-on-drop nps\.score \(cannot be judged: another population: /);
  });

  it('a weighted baseline against an unweighted week: noted and warned of', () => {
    const dir = tempDir();
    const [header, ...lines] = sampleLines() as [string, ...string[]];
    const weighted = join(dir, 'weighted.csv');
    writeFileSync(weighted, [`${header},Weight`, ...lines.map((line, i) => `${line},${i % 3 === 0 ? 2 : 0.5}`)].join('\n'));
    const base = reportJson(dir, weighted, ['--weight', 'Weight']);
    const result = runCli(['compare', base, weighted, '--fail-on-drop', 'nps', '-o', join(dir, 'out.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('satisfy: warning: another weighting: the baseline is weighted by "Weight", the current report unweighted\n');
    expect(result.stderr).toContain('(cannot be judged: another weighting: the baseline is weighted by "Weight", the current report unweighted; report both sides of the same rows, weighted alike)');
  });
});

describe('a comparison with notes it lacked', () => {
  it('names the reworded items of a dimension compared as the same', () => {
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const renamed = join(dir, 'renamed.csv');
    writeFileSync(renamed, readFileSync(SAMPLE, 'utf8').replace('The price was fair', 'Pricing was fair'));
    const json = JSON.parse(runCli(['compare', base, renamed, '--format', 'json']).stdout) as ComparisonReport;
    expect(json.notes).toContain('dimensions.pricing: "The price was fair" before, "Pricing was fair" now: compared as the same item under another header');
    expect(json.changes.map((c) => c.metric)).toContain('dimensions.pricing.score');
  });

  it('says when both sides hold the same figures (a baseline copied from the current run), on stderr too', () => {
    const dir = tempDir();
    const base = reportJson(dir, SAMPLE);
    const result = runCli(['compare', base, base, '--fail-on-drop', 'nps', '--format', 'json']);
    const note = 'the same figures on both sides (640 respondents each, no figure moved): the baseline may be the same data as the current report; check which report it is';
    expect([result.status, result.stderr]).toEqual([0, `satisfy: warning: ${note}\n`]);
    expect((JSON.parse(result.stdout) as ComparisonReport).notes).toContain(note);
    // And the export against its own report, through report --baseline.
    expect(runCli(['report', SAMPLE, '--baseline', base, '-o', join(dir, 'out.txt')]).stderr).toBe(`satisfy: warning: ${note}\n`);
  });

  // A CI user's trial: two weeks of 3 respondents with the same answers were warned of as the same
  // data twice. Alike counts over so small a base are likely by chance (about 1 in 3 here).
  it('says nothing of two tiny weeks whose answers happen to match; it still says it of the same answers over a base where that is unlikely', () => {
    const dir = tempDir();
    const [one, two] = ['fixtures/compare/tiny-week-1.csv', 'fixtures/compare/tiny-week-2.csv'];
    const result = runCli(['compare', one, two, '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect((JSON.parse(result.stdout) as ComparisonReport).notes.filter((n) => n.startsWith('the same figures'))).toEqual([]);
    expect(runCli(['report', two, '--baseline', reportJson(dir, one), '-o', join(dir, 'out.txt')]).stderr).toBe('');
    // A copy of the sample's export under another name: 640 answers each, every count alike, warned of.
    const copy = join(dir, 'copy.csv');
    writeFileSync(copy, readFileSync(SAMPLE));
    expect(runCli(['compare', SAMPLE, copy, '-o', join(dir, 'out.txt')]).stderr).toMatch(/^satisfy: warning: the same figures on both sides \(640 respondents each, no figure moved\)/);
  });

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
