import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Period, Report, Segment, SegmentTest } from '../../src/analysis/report.js';
import { adjustP } from '../../src/stats/difference-tests.js';
import { expectClose, readReference } from '../helpers/reference.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { validateReport } from '../helpers/validate-report.js';

interface Tested {
  statistic: number;
  p: number;
  adjustedP: number;
  significant: boolean;
}
type Reference = Record<string, Record<string, { respondents: number; tests: Record<string, Tested> }>> & {
  eastWeeks: Array<{ period: string; start: string; end: string; respondents: number; changes: Record<string, Tested> }>;
};

// Written by tests/reference/segments_reference.py (SciPy) from fixtures/segments/, which
// scripts/make_segment_fixtures.py made with a known drop in the East from week 5.
const reference = readReference<Reference>('segments-reference.json');

function report(args: string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe.each(Object.keys(reference).filter((k) => k.endsWith('.csv')))('--by Region on %s', (file) => {
  const got = report([`fixtures/segments/${file}`, '--by', 'Region']);
  const expected = (reference as Record<string, Record<string, { respondents: number; tests: Record<string, Tested> }>>)[file] ?? {};

  it('tests each region against the rest as SciPy does, with Holm’s correction', () => {
    expect(got.segmentation).toEqual({ columns: ['Region'], minBase: 30, top: null, adjust: 'holm', alpha: 0.05 });
    expect(got.segments.map((s) => s.value).sort()).toEqual(Object.keys(expected).sort());
    for (const segment of got.segments) {
      const want = expected[segment.value];
      expect(segment.respondents).toBe(want?.respondents);
      expect(segment.tests.map((t) => t.metric).sort()).toEqual(Object.keys(want?.tests ?? {}).sort());
      for (const test of segment.tests) {
        const w = want?.tests[test.metric];
        const what = `${segment.value} ${test.metric}`;
        expectClose(test.statistic, w?.statistic ?? Number.NaN, 1e-9, `${what} statistic`);
        expectClose(test.p, w?.p ?? Number.NaN, 1e-8, `${what} p`);
        expectClose(test.adjustedP, w?.adjustedP ?? Number.NaN, 1e-8, `${what} adjusted p`);
        expect(test.significant, what).toBe(w?.significant);
        expect(test.direction, what).toBe(test.statistic > 1e-9 ? 'up' : test.statistic < -1e-9 ? 'down' : 'none');
      }
    }
  });
});

describe('a known drop, and no real difference', () => {
  it('marks the East’s delivery, CSAT and NPS as significantly down', () => {
    const east = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']).segments.find((s) => s.value === 'East');
    const down = east?.tests.filter((t) => t.significant && t.direction === 'down').map((t) => t.metric);
    expect(down).toEqual(expect.arrayContaining(['dimensions.delivery.score', 'csat.topBox.share', 'nps.score']));
    const table = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region']).stdout;
    expect(table).toMatch(/│ East +│ +\d+ │ +[\d.]+ ▼ │ +[\d.]+ ▼ │/);
  });

  it('marks nothing where the regions differ only by chance', () => {
    const got = report(['fixtures/segments/no-real-difference.csv', '--by', 'Region']);
    expect(got.segments.flatMap((s) => s.tests).filter((t) => t.significant)).toEqual([]);
    expect(runCli(['report', 'fixtures/segments/no-real-difference.csv', '--by', 'Region']).stdout).not.toMatch(/[▲▼] /);
  });
});

describe('segment options', () => {
  it('puts a code for no answer in the segment (blank), in its own reading and in SQL', () => {
    // "-99 *" was a segment of its own.
    const file = 'fixtures/segments/region-with-a-missing-code.csv';
    const segments = (args: string[]) => report(args).segments.map((s) => [s.value, s.respondents]);
    expect(segments([file, '--by', 'Region', '--missing=-99'])).toEqual([
      ['(blank)', 12],
      ['North', 9],
      ['South', 9],
    ]);
    const sql = runCli(['sql', '--engine', 'duckdb', file, '--by', 'Region', '--missing=-99', '--format', 'json']);
    expect(sql.status, sql.stderr).toBe(0);
    expect((JSON.parse(sql.stdout) as Report).segments.map((s) => [s.value, s.respondents])).toEqual([
      ['(blank)', 12],
      ['North', 9],
      ['South', 9],
    ]);
    // Without --missing, -99 is an answer like any other.
    expect(segments([file, '--by', 'Region']).map(([value]) => value)).toContain('-99');
  });

  it('does not test a segment against a rest of fewer than --min-base answers', () => {
    // North against the two respondents of the South: its delivery, index and NPS were "significant".
    const got = report(['fixtures/segments/one-region-against-a-rest-of-two.csv', '--by', 'Region']);
    expect(got.segments.map((s) => [s.value, s.respondents, s.lowBase, s.tests])).toEqual([
      ['North', 40, false, []],
      ['South', 2, true, []],
    ]);
    const tested = report(['fixtures/segments/one-region-against-a-rest-of-two.csv', '--by', 'Region', '--min-base', '2']);
    // One dimension: no index to test (see the README's Index).
    expect(tested.segments.find((s) => s.value === 'North')?.tests.map((t) => t.metric)).toEqual(['dimensions.delivery.score', 'csat.topBox.share', 'nps.score']);
  });

  it('flags a segment under --min-base and does not test it', () => {
    const got = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--min-base', '205']);
    for (const segment of got.segments) {
      expect(segment.lowBase).toBe(segment.respondents < 205);
      if (segment.lowBase) expect(segment.tests).toEqual([]);
    }
    expect(got.segments.some((s) => s.lowBase)).toBe(true);
  });

  // A new user's trial, 2026-12-07: of two segments, each the other's rest, every test was in the
  // family twice, and Holm's correction took 8 tests for 4: adjusted p doubled (and more).
  it('corrects the tests of two segments, each the other\'s rest, as one test a figure', () => {
    const [south, north] = report(['fixtures/segments/weighted-region-of-a-small-effective-base.csv', '--by', 'Region']).segments as [Segment, Segment];
    expect([south.value, north.value, south.respondents + north.respondents]).toEqual(['South', 'North', 100]);
    expect(south.tests.length).toBeGreaterThan(1);
    expect(north.tests.map((t) => t.metric)).toEqual(south.tests.map((t) => t.metric));
    const holm = adjustP(south.tests.map((t) => t.p), 'holm');
    south.tests.forEach((test, i) => {
      const mirror = north.tests[i] as SegmentTest;
      expect(test.adjustedP).toBe(holm[i]);
      expect(mirror.adjustedP).toBe(test.adjustedP);
      expect(mirror.p).toBeCloseTo(test.p, 12);
      expect([mirror.segment, mirror.rest]).toEqual([test.rest, test.segment]);
      expect(mirror.statistic).toBeCloseTo(-test.statistic, 12);
    });
    // Three segments are three tests a figure.
    const three = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']).segments;
    const metric = three[0]?.tests[0]?.metric;
    const family = three.flatMap((s) => s.tests).filter((t) => t.metric === metric);
    expect(family.length).toBe(three.length);
  });

  // A new user's trial, 2026-12-07: a segment of 61 whose trust score 26 answered showed it untested, as if tested and found alike.
  it('marks a figure shown and not tested, in a segment that is tested, in every format', () => {
    const file = 'fixtures/segments/a-region-whose-trust-few-answered.csv';
    const got = report([file, '--by', 'Region']);
    expect(got.segments.map((s) => [s.value, s.lowBase, s.dimensions.trust?.n, s.tests.map((t) => t.metric)])).toEqual([
      ['North', false, 17, ['dimensions.delivery.score', 'index.score', 'csat.topBox.share']],
      ['South', false, 60, ['dimensions.delivery.score', 'index.score', 'csat.topBox.share']],
    ]);
    const legend = "beside a figure: not tested, for fewer than 30 answers of it on a side, too little spread, or an index of other dimensions than the one it is tested against (one nobody in the group answered)";
    const table = runCli(['report', file, '--by', 'Region']).stdout;
    expect(table).toMatch(/│ North +│ 60 │ +[\d.]+ +│ +[\d.]+ +│ [\d.]+ \* +│/);
    expect(table).toMatch(/│ South +│ 60 │ +[\d.]+ +│ +[\d.]+ +│ [\d.]+ \* +│/);
    expect(table).toContain(`(5 %, Holm's correction); * ${legend}\n`);
    expect(runCli(['report', file, '--by', 'Region', '--format', 'markdown']).stdout).toContain(`; \\* ${legend}`);
    expect(runCli(['report', file, '--by', 'Region', '--format', 'html']).stdout).toContain(`; * ${legend}</p>`);
    // A breakdown whose figures are all tested marks none.
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region']).stdout).not.toContain('beside a figure');
  });

  // A new user's trial, 2026-12-07: a month with no response was left out, and 2015-04 tested against 2015-02, unsaid.
  it('says which periods are tested against one that is not right before them', () => {
    const got = report(['fixtures/real/google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv', '--period', 'month']);
    const months = got.periods.map((p) => p.period);
    expect(months).toContain('2015-02');
    expect(months).not.toContain('2015-03');
    expect(got.notes.filter((n) => n.includes('no response'))).toEqual(['a month with no response in "Timestamp" is no period, and the one after it is tested against the last before it: 2015-04 against 2015-02, 2015-11 against 2015-09, 2016-02 against 2015-11, 2017-06 against 2016-02']);
    expect(report(['fixtures/quickstart/responses.csv', '--period', 'week']).notes.some((n) => n.includes('no response'))).toBe(false);
  });

  // A new user's trial, 2026-12-07: OSMI 2014's Gender gave Male 619 and male 206, M 116 and m 34, and nothing said so.
  it('says which values differ only in letter case, and keeps them apart', () => {
    const got = report(['fixtures/real/google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv', '--by', 'Gender']);
    const size = (value: string) => got.segments.find((s) => s.value === value)?.respondents;
    expect([size('Male'), size('male'), size('M'), size('m')].every((n) => typeof n === 'number' && n > 0)).toBe(true);
    expect(got.notes.filter((n) => n.includes('letter case'))).toEqual([
      `Gender: values that differ only in letter case are separate segments: "Male" (${size('Male')}) and "male" (${size('male')}); "Female" (${size('Female')}) and "female" (${size('female')}); "M" (${size('M')}) and "m" (${size('m')}); "F" (${size('F')}) and "f" (${size('f')}); "Woman" (${size('Woman')}) and "woman" (${size('woman')}); "Cis Male" (${size('Cis Male')}) and "cis male" (${size('cis male')})`,
    ]);
    expect(report(['fixtures/quickstart/responses.csv', '--by', 'Region']).notes.some((n) => n.includes('letter case'))).toBe(false);
  });

  // A new user's trial, 2026-12-07: --by on items in no dimension printed a table of n alone, and nothing said why.
  it('says that single items are not broken down where no dimension, CSAT or NPS is', () => {
    const note = 'no dimension, CSAT or NPS to break down (single items are not): name dimensions with --map <dimension>=<column>';
    const args = ['report', 'fixtures/compare/items-only-week-1.csv', '--by', 'How would you rate the fonts? (1-5)'];
    expect(runCli(args).stdout).toContain(`not tested; ${note}\n`);
    expect(runCli([...args, '--format', 'markdown']).stdout).toContain(`not tested; ${note.replace('<dimension>=<column>', '\\<dimension\\>=\\<column\\>')}\n`);
    expect(runCli([...args, '--format', 'html']).stdout).toContain(`not tested; ${note.replace('<dimension>=<column>', '&lt;dimension&gt;=&lt;column&gt;')}</p>`);
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region']).stdout).not.toContain('to break down');
  });

  // A cold analyst trial, 2026-12-07: a breakdown of n alone was titled "(scores 0-100)" and explained ▲/▼ it could not show.
  it('titles scores and explains ▲/▼ only where the breakdown shows them', () => {
    const card = ['report', 'fixtures/comments/comment-card-without-ratings.csv', '--by', 'Store', '--period', 'week'];
    const table = runCli(card).stdout;
    expect(table).toMatch(/\nBy Store\n[^]*\nn: respondents; no figure to test; \* base under 30: not tested\n/);
    expect(table).toMatch(/\nBy week of Date\n/);
    expect(table).not.toContain('▲/▼');
    expect(runCli([...card, '--format', 'markdown']).stdout).toContain('### By Store\n');
    expect(runCli([...card, '--format', 'html']).stdout).toContain('<p class="small">n: respondents; no figure to test');
    // CSAT and NPS alone are no scores of 0-100.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-shares-'));
    const path = join(dir, 'csat-and-nps-alone.csv');
    const rows = Array.from({ length: 80 }, (_, i) => `${i + 1},${i % 2 === 0 ? 'North' : 'South'},${1 + (i % 5)},${i % 11}`);
    writeFileSync(path, `id,Region,Overall satisfaction (1-5),How likely are you to recommend us? (0-10)\n${rows.join('\n')}\n`);
    const shares = runCli(['report', path, '--by', 'Region']).stdout;
    expect(shares).toContain('\nBy Region\n');
    expect(shares).toContain('▲/▼: significantly above/below the rest of the sample');
  });

  it('judges a weighted segment\'s base on its effective n, as the key drivers do', () => {
    // The North's 40 respondents, ten weighing 5, are as steady as 22.9; the South's 60 are 60.
    const file = 'fixtures/segments/weighted-region-of-a-small-effective-base.csv';
    const weighted = report([file, '--by', 'Region', '--weight', 'Weight']);
    expect(weighted.segments.map((s) => [s.value, s.respondents, s.lowBase, s.tests.length > 0])).toEqual([
      ['South', 60, false, true],
      ['North', 40, true, false],
    ]);
    // Unweighted, 40 respondents are 40.
    expect(report([file, '--by', 'Region']).segments.map((s) => [s.value, s.lowBase])).toEqual([
      ['South', false],
      ['North', false],
    ]);
  });

  it('--weight on a column of text leaves no one to score: exit 2, saying why, not an empty report', () => {
    const file = 'fixtures/segments/weighted-region-of-a-small-effective-base.csv';
    const result = runCli(['report', file, '--weight', 'Region']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: no respondent is left to score of the 100 rows read: 100 left out by --weight Region, whose weight is not a number (100) (${file})`);
  });

  it('--top keeps the largest values and pools the rest as Other; two --by make a cross-breakdown', () => {
    const got = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--top', '2']);
    const sizes = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']).segments.map((s) => s.respondents);
    expect(got.segments.map((s) => s.respondents)).toEqual([sizes[0], sizes[1], (sizes[2] ?? 0) + (sizes[3] ?? 0)]);
    expect(got.segments.map((s) => s.pooled)).toEqual([undefined, undefined, true]);
    expect(got.segments[2]?.value).toBe('Other');
    const cross = report(['fixtures/quickstart/responses.csv', '--by', 'Region', '--by', 'Contact channel']);
    expect(cross.segments[0]?.column).toBe('Region × Contact channel');
    expect(cross.segments.reduce((sum, s) => sum + s.respondents, 0)).toBe(cross.respondents);
  });

  it('keeps apart the segments of a cross-breakdown whose values hold its join, each such value quoted', () => {
    // "A × B" with "C" (50), "A" with "B × C" (40), "A" with "\"C\"" (30): joined as written, the first two were one segment of 90.
    const got = report(['fixtures/segments/cross-breakdown-values-holding-the-join.csv', '--by', 'Region', '--by', 'Channel']);
    expect(got.segments.map((s) => [s.value, s.respondents])).toEqual([
      ['"A × B" × C', 50],
      ['A × "B × C"', 40],
      ['A × """C"""', 30],
    ]);
    // Values that end or open with the join's sign are quoted too (a cold review: "A ×" with "B" and "A" with "× B" joined alike).
    expect(report(['fixtures/segments/cross-breakdown-values-at-the-joins-edge.csv', '--by', 'Region', '--by', 'Channel']).segments.map((s) => [s.value, s.respondents])).toEqual([
      ['"A ×" × B', 30],
      ['A × "× B"', 30],
    ]);
    // One column alone is not quoted.
    expect(report(['fixtures/segments/cross-breakdown-values-holding-the-join.csv', '--by', 'Region']).segments.map((s) => s.value)).toEqual(['A', 'A × B']);
  });

  it('--top counts a value "Other" of the column among the largest, and pools the rest apart from it, as "Other (pooled)"', () => {
    const file = 'fixtures/segments/region-with-a-value-other.csv';
    const got = report([file, '--by', 'Region', '--top', '3']);
    expect(got.segments.map((s) => [s.value, s.respondents, s.pooled])).toEqual([
      ['North', 105, undefined],
      ['South', 90, undefined],
      ['Other', 80, undefined],
      ['Other (pooled)', 40 + 35 + 30, true],
    ]);
    expect(runCli(['report', file, '--by', 'Region', '--top', '3']).stdout).toMatch(/│ Other \(pooled\) *│ 105 │/);
    // Without --top nothing is pooled: "Other" is a value as any.
    expect(report([file, '--by', 'Region']).segments.filter((s) => s.pooled === true || s.value.startsWith('Other')).map((s) => [s.value, s.respondents])).toEqual([['Other', 80]]);
  });

  it('past 200 distinct values, pools the further rows once each, alike on 1 and 2 threads and through --emit-state and merge', () => {
    // The quickstart's 640 response ids, each its own value: 440 past the 200th.
    const file = 'fixtures/quickstart/responses.csv';
    const note = 'Response ID: more than 200 distinct values; 440 rows of further values pooled as "Other"';
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-pooled-'));
    // Reports of 201 segments, past spawnSync's buffer of stdout: written to files.
    const json = join(dir, 'report.json');
    for (const threads of ['1', '2']) {
      expect(runCli(['report', file, '--by', 'Response ID', '--threads', threads, '--format', 'json', '-o', json], { SATISFY_PIECE_BYTES: '16384' }).status).toBe(0);
      const got = JSON.parse(readFileSync(json, 'utf8')) as Report;
      expect(got.notes).toContain(note);
      expect(got.segments.filter((s) => s.pooled === true).map((s) => [s.value, s.respondents])).toEqual([['Other', 440]]);
    }
    const states = ['Region=North', 'Region!=North'].map((where, i) => {
      const state = join(dir, `${i}.state.json`);
      expect(runCli(['report', file, '--by', 'Response ID', '--where', where, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
      return state;
    });
    expect(runCli(['merge', ...states, '--format', 'json', '-o', json]).status).toBe(0);
    const merged = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(merged.notes).toContain(note);
    expect(merged.segments.filter((s) => s.pooled === true).map((s) => s.respondents)).toEqual([440]);
  });

  it('--adjust none and bh change the adjusted p-values only', () => {
    const none = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--adjust', 'none']);
    for (const test of none.segments.flatMap((s) => s.tests)) expect(test.adjustedP).toBe(test.p);
    const bh = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--adjust', 'bh']);
    expect(bh.segmentation?.adjust).toBe('bh');
  });

  it.each([
    [['--by', 'Regio'], /^satisfy: error: no column "Regio" for --by Regio/],
    [['--by', 'Region', '--min-base', '0'], /^satisfy: error: --min-base takes a whole number of at least 1, not "0"/],
    [['--by', 'Region', '--adjust', 'bonferroni'], /^satisfy: error: --adjust takes one of holm, bh, none, not "bonferroni"/],
    [['--by', 'Region', '--by', 'Submitted', '--by', 'Region'], /^satisfy: error: --by takes one column, or two for a cross-breakdown, not 3/],
    [['--by', 'Region', '--by', 'Region'], /^satisfy: error: --by "Region" is given twice: a cross-breakdown takes two different columns\n/],
    [['--by', 'Region', '--by', 'region'], /^satisfy: error: --by Region and --by region name the same column, Region: a cross-breakdown takes two different columns \(fixtures\/segments\/drop-in-one-region\.csv\)\n/],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('segments in CSV', () => {
  it('fill segment_column and segment_value, with the adjusted p of each test', () => {
    const csv = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--format', 'csv']).stdout.split('\r\n');
    const json = report(['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']);
    const east = json.segments.find((s) => s.value === 'East');
    expect(csv).toContain(`fixtures/segments/drop-in-one-region.csv,Region,East,,delivery,score,${east?.dimensions.delivery?.score},${east?.dimensions.delivery?.ci?.low},${east?.dimensions.delivery?.ci?.high},${east?.dimensions.delivery?.n}`);
    const test = east?.tests.find((t) => t.metric === 'nps.score');
    expect(csv).toContain(`fixtures/segments/drop-in-one-region.csv,Region,East,,nps,scoreAdjustedP,${test?.adjustedP},,,`);
  });
});

describe('--where', () => {
  const file = 'fixtures/segments/drop-in-one-region.csv';

  it('keeps the matching rows and counts the others as filtered', () => {
    const all = report([file, '--by', 'Region']);
    const east = all.segments.find((s) => s.value === 'East');
    const only = report([file, '--where', 'Region=East']);
    expect(only.respondents).toBe(east?.respondents);
    expect(only.dimensions.delivery?.score).toBe(east?.dimensions.delivery?.score);
    expect(only.input.files[0]).toMatchObject({ rows: 800, rowsUsed: east?.respondents, skipped: [{ reason: 'filtered', count: 800 - (east?.respondents ?? 0) }] });
    const notEast = report([file, '--where', 'Region != East', '--where', 'region!=West']);
    const kept = all.segments.filter((s) => s.value !== 'East' && s.value !== 'West').reduce((sum, s) => sum + s.respondents, 0);
    expect(notEast.respondents).toBe(kept);
    expect(runCli(['report', file, '--where', 'Region=East']).stdout.split('\n')[1]).toBe(`${east?.respondents} respondents (${800 - (east?.respondents ?? 0)} rows left out by --where)`);
  });

  it.each([
    ['Regio=East', /^satisfy: error: no column "Regio" for --where \(fixtures\/segments\/drop-in-one-region\.csv\)/],
    ['=East', /^satisfy: error: --where takes "<column>=<value>" or "<column>!=<value>", not "=East"/],
    ['Region', /^satisfy: error: --where takes/],
    // Not "no column can be scored … --map": the filter left no row.
    ['Region=Nowhere', /^satisfy: error: no respondent is left to score: --where "Region=Nowhere" matches none of the 800 rows \(fixtures\/segments\/drop-in-one-region\.csv\)\n/],
  ])('%j is an error, exit 2', (condition, message) => {
    const result = runCli(['report', file, '--where', condition]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('--period week', () => {
  // The East's weeks have 23 to 35 respondents: under the default --min-base of 30 most are not
  // tested (below); the SciPy reference tests every week, and so does --min-base 20.
  const got = report(['fixtures/segments/drop-in-one-region.csv', '--where', 'Region=East', '--period', 'week', '--min-base', '20']);

  it('groups by ISO week and tests each week against the one before as SciPy does', () => {
    expect(got.periodization).toEqual({ column: 'Submitted', dateOrder: 'ymd', timeZone: 'UTC', period: 'week', unparsed: 0, unparsedBy: { blank: 0, notADate: 0, invalid: 0, otherOrder: 0 }, minBase: 20, adjust: 'holm', alpha: 0.05 });
    expect(got.periods.map((p) => [p.period, p.start, p.end, p.respondents])).toEqual(reference.eastWeeks.map((p) => [p.period, p.start, p.end, p.respondents]));
    got.periods.forEach((period, i) => {
      const want = reference.eastWeeks[i]?.changes ?? {};
      expect(period.changes.map((t) => t.metric).sort(), period.period).toEqual(Object.keys(want).sort());
      for (const change of period.changes) {
        const w = want[change.metric];
        expectClose(change.statistic, w?.statistic ?? Number.NaN, 1e-9, `${period.period} ${change.metric}`);
        expectClose(change.adjustedP, w?.adjustedP ?? Number.NaN, 1e-8, `${period.period} ${change.metric} adjusted p`);
        expect(change.significant, `${period.period} ${change.metric}`).toBe(w?.significant);
      }
    });
  });

  it('finds the week the deliveries went wrong, and shows the trend', () => {
    const w06 = got.periods.find((p) => p.period === '2026-W06');
    expect(w06?.changes.filter((t) => t.significant).map((t) => [t.metric, t.direction])).toEqual(expect.arrayContaining([['dimensions.delivery.score', 'down']]));
    const table = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--where', 'Region=East', '--period', 'week', '--min-base', '20']).stdout;
    expect(table).toMatch(/│ 2026-W06 │ +\d+ │ .* ▼ │/);
    expect(table).toMatch(/^Delivery +[▁▂▃▄▅▆▇█]{8}$/m);
  });

  it('tests a figure only where both weeks have --min-base answers of it (30 by default)', () => {
    const byDefault = report(['fixtures/segments/drop-in-one-region.csv', '--where', 'Region=East', '--period', 'week']);
    const bases = byDefault.periods.map((p) => p.respondents);
    expect(bases).toEqual([24, 29, 23, 25, 35, 26, 29, 26]);
    // No two weeks in a row have 30 answers: no week is tested, W06 (35, after 25) included.
    expect(byDefault.periods.flatMap((p) => p.changes)).toEqual([]);
    const from25 = report(['fixtures/segments/drop-in-one-region.csv', '--where', 'Region=East', '--period', 'week', '--min-base', '25']);
    const tested = from25.periods.filter((p) => p.changes.length > 0).map((p) => p.period);
    // Weeks of 25 or more after a week of 25 or more: W06 (35 after 25), W07 (26 after 35), W08 (29 after 26), W09 (26 after 29).
    expect(tested).toEqual(['2026-W06', '2026-W07', '2026-W08', '2026-W09']);
  });

  it('marks a week under --min-base, as a segment, and shows none of its verbatims', () => {
    const args = ['fixtures/segments/drop-in-one-region.csv', '--where', 'Region=East', '--period', 'week', '--min-base', '25'];
    const got = report(args);
    expect(got.periodization?.minBase).toBe(25);
    // 24, 29, 23, 25, 35, 26, 29, 26 respondents.
    expect(got.periods.filter((p) => p.lowBase).map((p) => p.period)).toEqual(['2026-W02', '2026-W04']);
    const table = runCli(['report', ...args]).stdout;
    expect(table).toMatch(/│ 2026-W02 \* │ +24 │/);
    expect(table).toMatch(/│ 2026-W03 {3}│ +29 │/);
    expect(table).toContain('; * base under 25: not tested against the period before or after, and drawn · in the trend');
    // The low-base weeks W02 and W04 are dots in the trend, not bars, and leave the others' range alone: W03 and W05 (66.4, 69.0) top Delivery's.
    expect(table).toMatch(/^Delivery +·[▇█]·█[▁▂▃▄▅▆▇█]{4}$/m);
    const markdown = runCli(['report', ...args, '--format', 'markdown']).stdout;
    expect(markdown).toContain('| 2026-W02 \\* | 24 |');
    const trend = markdown.split('\n').find((line) => line.startsWith('| Trend |'))?.split(' | ').slice(2) ?? [];
    expect(trend.length).toBeGreaterThan(0);
    expect(trend.every((cell) => /^·[▁▂▃▄▅▆▇█]·[▁▂▃▄▅▆▇█]{5} ?\|?$/.test(cell))).toBe(true);
    // The comments of a week of 56 or 59 respondents under --min-base 60 keep their figures and lose their verbatims; the others keep theirs.
    const verbatims = (period: Period) => (period.comments?.columns ?? []).flatMap((c) => c.themes ?? []).reduce((n, t) => n + Object.values(t.verbatims ?? {}).reduce((m, list) => m + list.length, 0), 0);
    const weeks = report(['fixtures/comments/theme-impact-240-respondents-weighted-5-regions-4-weeks.csv', '--period', 'week', '--min-base', '60']).periods;
    expect(weeks.map((p) => [p.period, p.respondents, p.lowBase, verbatims(p) > 0])).toEqual([
      ['2026-W02', 62, false, true],
      ['2026-W03', 63, false, true],
      ['2026-W04', 59, true, false],
      ['2026-W05', 56, true, false],
    ]);
  });

  it.each([
    [['--period', 'fortnight'], /^satisfy: error: --period takes one of day, week, month, quarter, not "fortnight"/],
    [['--period', 'week', '--date-format', 'ydm'], /^satisfy: error: --date-format takes one of ymd, dmy, mdy, not "ydm"/],
    [['--date-format', 'dmy'], /^satisfy: error: --date-format goes with --period/],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('needs a timestamp column', () => {
    const result = runCli(['report', 'fixtures/lint/off-scale-answers.csv', '--period', 'month']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: --period month needs a timestamp column, and none was found/);
  });
});

describe('the timestamp column of --period', () => {
  it('is the first date column, unless the config names another', () => {
    const detected = report(['fixtures/segments/two-date-columns.csv', '--period', 'week']);
    expect(detected.periodization?.column).toBe('Started');
    expect(detected.periods.map((p) => p.period)).toEqual(['2026-W02']);
    const configured = report(['fixtures/segments/two-date-columns.csv', '--period', 'week', '--config', 'fixtures/config/timestamp-submitted.config.json']);
    expect(configured.periodization?.column).toBe('Submitted');
    expect(configured.periods.map((p) => [p.period, p.respondents])).toEqual([['2026-W02', 1], ['2026-W03', 1], ['2026-W04', 2]]);
  });
});

describe('--tz', () => {
  const file = 'fixtures/segments/utc-offsets-near-midnight.csv';
  const weeks = (args: string[]) => report([file, '--period', 'week', ...args]).periods.map((p) => [p.period, p.respondents]);

  it('counts the days of times with a UTC offset in the zone given; times without one stay as written', () => {
    // Sunday 8 Feb 23:30 UTC and Monday 9 Feb 00:30+01:00 are in week 6 in UTC and in New York, week 7 in Warsaw;
    // Monday 03:00 UTC is still Sunday in New York; "2026-02-09 10:00:00" is Monday everywhere.
    expect(weeks([])).toEqual([['2026-W06', 2], ['2026-W07', 2]]);
    expect(weeks(['--tz', 'Europe/Warsaw'])).toEqual([['2026-W07', 4]]);
    expect(weeks(['--tz', 'america/new_york'])).toEqual([['2026-W06', 3], ['2026-W07', 1]]);
    expect(report([file, '--period', 'week', '--tz', 'america/new_york']).periodization?.timeZone).toBe('America/New_York');
    expect(report([file, '--since', '2026-02-09', '--tz', 'Europe/Warsaw']).dateWindow).toMatchObject({ timeZone: 'Europe/Warsaw', before: 0 });
    expect(report([file, '--since', '2026-02-09']).dateWindow).toMatchObject({ timeZone: 'UTC', before: 2 });
  });

  it.each([
    [['--period', 'week', '--tz', 'CEST+2'], /^satisfy: error: --tz takes an IANA time zone such as Europe\/Warsaw or America\/New_York, not "CEST\+2"/],
    [['--tz', 'UTC'], /^satisfy: error: --tz goes with --period, --since or --until/],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(['report', file, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('--since and --until', () => {
  const file = 'fixtures/segments/drop-in-one-region.csv';
  // Counted here from the file's ISO timestamps ("2026-02-02 09:40").
  const days = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((line) => line.slice(0, 10));

  it('keep the rows dated within the days given, inclusive, and count the others', () => {
    const got = report([file, '--since', '2026-02-02', '--until', '2026-02-08']);
    const inside = days.filter((d) => d >= '2026-02-02' && d <= '2026-02-08').length;
    expect(got.respondents).toBe(inside);
    expect(got.dateWindow).toEqual({ column: 'Submitted', timeZone: 'UTC', since: '2026-02-02', until: '2026-02-08', before: days.filter((d) => d < '2026-02-02').length, after: days.filter((d) => d > '2026-02-08').length, unparsed: 0, unparsedBy: { blank: 0, notADate: 0, invalid: 0, otherOrder: 0 } });
    const table = runCli(['report', file, '--since', '2026-02-02']).stdout.split('\n')[1];
    expect(table).toBe(`${days.filter((d) => d >= '2026-02-02').length} respondents (${days.filter((d) => d < '2026-02-02').length} rows outside 2026-02-02 to …)`);
  });

  it.each([
    [['--since', '2026-02-30'], /^satisfy: error: --since takes a day written YYYY-MM-DD, not "2026-02-30"/],
    [['--until', '02/08/2026'], /^satisfy: error: --until takes a day written YYYY-MM-DD/],
    [['--since', '2026-03-01', '--until', '2026-02-01'], /^satisfy: error: --since 2026-03-01 comes after --until 2026-02-01/],
    [['--until', '2026-01-01'], /^satisfy: error: no respondent is left to score of the 800 rows read: 800 left out by --until 2026-01-01 \("Submitted": 800 dated after\) \(fixtures\/segments\/drop-in-one-region\.csv\)\n/],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(['report', file, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('the order of day and month', () => {
  const file = 'fixtures/segments/ambiguous-dates.csv';
  const months = (args: string[]) => report([file, '--period', 'month', ...args]).periods.map((p) => [p.period, p.respondents]);

  it('is day first when the dates cannot tell; the config or --date-format say otherwise, the flag winning', () => {
    // 01/02/2026, 01/03/2026, 02/01/2026: 1 Feb, 1 Mar, 2 Jan day first; 2 Jan, 3 Jan, 1 Feb month first.
    expect(months([])).toEqual([['2026-01', 1], ['2026-02', 1], ['2026-03', 1]]);
    expect(months(['--config', 'fixtures/config/dates-month-first.config.json'])).toEqual([['2026-01', 2], ['2026-02', 1]]);
    expect(months(['--config', 'fixtures/config/dates-month-first.config.json', '--date-format', 'dmy'])).toEqual([['2026-01', 1], ['2026-02', 1], ['2026-03', 1]]);
  });
});

describe('--by a column of numbers: bands', () => {
  const FIXTURE = 'fixtures/segments/ages-as-numbers.csv';
  // The ages as the file holds them, counted here, not by satisfy.
  const ages = readFileSync(join(ROOT, FIXTURE), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[1] as string);
  const count = (test: (age: number) => boolean) => ages.filter((a) => a !== 'Prefer not to say' && test(Number(a))).length;
  const segmentsOf = (args: string[]) => {
    const result = runCli(['report', FIXTURE, '--by', 'Age', '--format', 'json', ...args]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { segments: Array<{ value: string; respondents: number }>; notes: string[] };
    return { sizes: Object.fromEntries(report.segments.map((s) => [s.value, s.respondents])), notes: report.notes };
  };

  it('cuts more than 12 distinct numbers at the natural groups of the sample, at round numbers, and says so', () => {
    const { sizes, notes } = segmentsOf([]);
    expect(sizes).toEqual({
      'under 30': count((a) => a < 30),
      '30 to under 50': count((a) => a >= 30 && a < 50),
      '50 to under 68': count((a) => a >= 50 && a < 68),
      '68 and over': count((a) => a >= 68),
      'Prefer not to say': ages.filter((a) => a === 'Prefer not to say').length,
    });
    expect(notes).toContain('Age: its numbers are cut into bands at 30, 50, 68, the natural groups of the first 1,000 rows (ckmeans); "bands": {"Age": [30, 50, 68]} in satisfy.config.json fixes them');
  });

  it('cuts at the config\'s bands, and refuses cuts out of order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-bands-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ bands: { Age: [25, 65] } }));
    const { sizes, notes } = segmentsOf(['--config', config]);
    expect(sizes).toMatchObject({ 'under 25': count((a) => a < 25), '25 to under 65': count((a) => a >= 25 && a < 65), '65 and over': count((a) => a >= 65) });
    expect(notes.some((n) => n.includes('cut into bands'))).toBe(false);
    writeFileSync(config, JSON.stringify({ bands: { Age: [65, 25] } }));
    const refused = runCli(['report', FIXTURE, '--by', 'Age', '--config', config]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('bands["Age"] must be cut points in ascending order');
  });

  // A new user's trial, 2026-12-07: OSMI's ages typed -1726, 329 and 99999999999 made three bands
  // of one respondent and one of everyone else, and the bands came largest first.
  it('finds the cuts among the numbers within the far fences, the typos in the end bands, and lists the bands lowest first', () => {
    const typed = 'fixtures/segments/ages-with-typos-far-off.csv';
    const result = runCli(['report', typed, '--by', 'Age', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const values = readFileSync(join(ROOT, typed), 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split(',')[1]));
    const cuts = [30, 45, 60];
    const inBand = (low: number, high: number) => values.filter((v) => v >= low && v < high).length;
    expect(report.segments.map((s) => [s.value, s.respondents])).toEqual([
      ['under 30', inBand(-Infinity, 30)],
      ['30 to under 45', inBand(30, 45)],
      ['45 to under 60', inBand(45, 60)],
      ['60 and over', inBand(60, Infinity)],
    ]);
    expect(report.notes).toContain(`Age: its numbers are cut into bands at ${cuts.join(', ')}, the natural groups of the first 1,000 rows (ckmeans); "bands": {"Age": [${cuts.join(', ')}]} in satisfy.config.json fixes them`);
    // The typos, far beyond the rest, are in the end bands.
    expect(values.filter((v) => v < 0 || v > 120).length).toBe(3);
    // Bands in their order, lowest first, the values that are no band after them, whatever the sizes.
    const { segments } = JSON.parse(runCli(['report', FIXTURE, '--by', 'Age', '--format', 'json']).stdout) as Report;
    expect(segments.map((s) => s.value)).toEqual(['under 30', '30 to under 50', '50 to under 68', '68 and over', 'Prefer not to say']);
  });

  it('leaves a column of few values as it is: each value a segment', () => {
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region', '--format', 'json']);
    const values = (JSON.parse(result.stdout) as { segments: Array<{ value: string }> }).segments.map((s) => s.value);
    expect(values.some((v) => v.includes('under'))).toBe(false);
  });
});

describe('a null figure of a segment or a period', () => {
  it('has its reason under nullReasons beside it, as the report\'s own', () => {
    // One dimension (no index), no recommend question, no comment column: segments[] and periods[]
    // had null index, nps and comments with no nullReasons.
    const result = runCli(['report', 'fixtures/segments/segments-and-periods-without-index-nps-or-comments.csv', '--by', 'Region', '--period', 'month', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    validateReport(report);
    const want = { nps: report.nullReasons.nps, index: report.nullReasons.index, comments: report.nullReasons.comments };
    expect(Object.values(want).every((reason) => typeof reason === 'string')).toBe(true);
    expect(report.segments.map((s) => [s.value, s.nps, s.index, s.comments, s.nullReasons])).toEqual([
      ['North', null, null, null, want],
      ['South', null, null, null, want],
    ]);
    expect(report.periods.map((p) => [p.period, p.nullReasons])).toEqual([
      ['2026-01', want],
      ['2026-02', want],
      ['2026-03', want],
    ]);
    // A segment whose figures are all there has none.
    const whole = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region', '--format', 'json']).stdout) as Report;
    expect(whole.segments.map((s) => s.nullReasons)).toEqual(whole.segments.map(() => undefined));
  });
});

describe("a segment's index of one respondent", () => {
  it('says why its sd and interval are null (nullReasons, as its dimensions say it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-solo-'));
    const csv = join(dir, 'solo.csv');
    const text = readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'), 'utf8');
    // The first respondent again, in a region of its own (the fixture's lines end in CRLF).
    const first = text.split('\r\n')[1] ?? '';
    writeFileSync(csv, `${text}${first.replace(',West,', ',Solo,')}\r\n`);
    const report = JSON.parse(runCli(['report', csv, '--by', 'Region', '--format', 'json', '-q']).stdout) as Report;
    validateReport(report);
    const solo = report.segments.find((s) => s.value === 'Solo');
    expect(solo?.index).toMatchObject({ n: 1, sd: null, ci: null, nullReasons: { sd: 'needs at least 2 respondents', ci: 'needs at least 2 respondents' } });
    const delivery = solo?.dimensions.delivery?.nullReasons;
    expect(solo?.index?.nullReasons).toEqual({ sd: delivery?.sd, ci: delivery?.ci });
    // The whole sample's index has both: no nullReasons written.
    expect(report.index).not.toHaveProperty('nullReasons');
  });
});
