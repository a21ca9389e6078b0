import { describe, expect, it } from 'vitest';
import type { Report, ThemeImpactSummary } from '../../src/analysis/report.js';
import { expectSameJson, readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

// Written by tests/reference/theme_impact_reference.py (Python's csv module, NumPy, SciPy; each
// comment's themes labelled by hand), per run and theme.
const reference = readReference<Record<string, Record<string, ThemeImpactSummary>>>('theme-impact-reference.json');
const FIXTURE = 'fixtures/comments/theme-impact-240-respondents-weighted-5-regions-4-weeks.csv';
const RUNS: Record<string, string[]> = {
  unweighted: [],
  weighted: ['--weight', 'Weight'],
  'weighted-bh': ['--weight', 'Weight', '--adjust', 'bh'],
  'min-base-85': ['--min-base', '85'],
};

function reportOf(args: readonly string[]): Report {
  const result = runCli(['report', FIXTURE, ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

function impactOf(args: readonly string[]): Record<string, ThemeImpactSummary | undefined> {
  const [column] = reportOf(args).comments?.columns ?? [];
  return Object.fromEntries((column?.themes ?? []).map((t) => [t.theme, t.impact]));
}

// The whole sample's impact made from its segments (merged, each with its own unit of weight),
// beside periods, and with the smaller segments pooled: the same respondents, so the same figures.
const BREAKDOWNS = [
  ['--by', 'Region'],
  ['--period', 'week'],
  ['--by', 'Region', '--period', 'week', '--top', '2'],
];

describe('comments: the impact of each theme on the ratings of those who mention it', () => {
  for (const [run, args] of Object.entries(RUNS)) {
    it(`${run}: the CSAT, NPS and index of those who mention each theme against the others, and the family's tests, as SciPy finds them`, () => {
      const got = impactOf(args);
      const expected = reference[run] as Record<string, ThemeImpactSummary>;
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      for (const theme of Object.keys(expected)) expectSameJson(got[theme], expected[theme], `${run}.${theme}`);
    });
  }

  for (const breakdown of BREAKDOWNS) {
    it(`${breakdown.join(' ')}: the whole sample's impact as SciPy finds it, unweighted and weighted; none per segment or period`, () => {
      for (const run of ['unweighted', 'weighted', 'weighted-bh'] as const) {
        const report = reportOf([...(RUNS[run] as string[]), ...breakdown]);
        const [column] = report.comments?.columns ?? [];
        const got = Object.fromEntries((column?.themes ?? []).map((t) => [t.theme, t.impact]));
        const expected = reference[run] as Record<string, ThemeImpactSummary>;
        for (const theme of Object.keys(expected)) expectSameJson(got[theme], expected[theme], `${breakdown.join(' ')} ${run}.${theme}`);
        const groups = [...report.segments, ...report.periods];
        expect(groups.length).toBeGreaterThan(1);
        for (const group of groups) for (const c of group.comments?.columns ?? []) expect((c.themes ?? []).filter((t) => t.impact !== undefined)).toEqual([]);
      }
    });
  }

  it('finds what the fixture was made to show: complaints lower every rating, praise raises them', () => {
    const got = impactOf([]);
    for (const test of got.complaints?.tests ?? []) expect([test.metric, test.direction, test.significant]).toEqual([test.metric, 'down', true]);
    for (const test of got.praise?.tests ?? []) expect([test.metric, test.direction, test.significant]).toEqual([test.metric, 'up', true]);
    expect(got.complaints?.tests.map((t) => t.metric)).toEqual(['csat.topBox.share', 'nps.score', 'index.score']);
  });
});

describe('comments: the impact of themes in every format', () => {
  it('the table adds each theme\'s Δ CSAT, Δ NPS and Δ Index, marked where significant and — where a side lacks --min-base answers', () => {
    const result = runCli(['report', FIXTURE]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.slice(result.stdout.indexOf('What the comments talk about')).split('\n');
    const row = (theme: string) => lines.find((line) => line.includes(` ${theme} `) && line.includes('│'))?.split('│').map((cell) => cell.trim()) ?? [];
    const head = row('Theme');
    expect(head.slice(-4)).toEqual(['Δ CSAT', 'Δ NPS', 'Δ Index', '']);
    const unweighted = reference.unweighted as Record<string, ThemeImpactSummary>;
    const complaints = unweighted.complaints?.tests.find((t) => t.metric === 'nps.score');
    expect(row('complaints')[head.indexOf('Δ NPS')]).toBe(`${(complaints?.difference ?? 0) < 0 ? '−' : '+'}${Math.abs(complaints?.difference ?? 0).toFixed(1)} ▼`);
    // Pricing: 13 respondents mention it, under the 30 of --min-base.
    expect(row('pricing').slice(head.indexOf('Δ CSAT'), head.indexOf('Δ Index') + 1)).toEqual(['—', '—', '—']);
    // Delivery's CSAT difference is not significant: no mark.
    expect(row('delivery')[head.indexOf('Δ CSAT')]).toMatch(/^[−+]\d+\.\d pts$/);
  });

  it('the CSV has each tested difference with its interval, and its adjusted p', () => {
    const result = runCli(['report', FIXTURE, '--format', 'csv']);
    expect(result.status, result.stderr).toBe(0);
    const test = (reference.unweighted as Record<string, ThemeImpactSummary>).praise?.tests.find((t) => t.metric === 'index.score');
    const rows = result.stdout.split('\r\n').filter((line) => line.includes('theme: praise: impact: index.score'));
    expect(rows).toHaveLength(2);
    const [value, low, high, n] = (rows[0] as string).split(',').slice(-4).map(Number);
    expect([value, low, high, n].map((x) => Number(x?.toPrecision(9)))).toEqual([test?.difference, test?.ci?.low, test?.ci?.high, 93].map((x) => Number(x?.toPrecision(9))));
    expect(Number((rows[1] as string).split(',').at(-4))).toBeCloseTo(test?.adjustedP ?? Number.NaN, 12);
  });

  it('the HTML report plots each theme\'s share against its NPS difference', () => {
    const result = runCli(['report', FIXTURE, '--format', 'html']);
    expect(result.status, result.stderr).toBe(0);
    expect([...result.stdout.matchAll(/<figcaption>(.*?)<\/figcaption><svg/g)].map((m) => m[1])).toContain('What the comments talk about, against its NPS');
    expect(result.stdout).toMatch(/<text[^>]*>complaints<\/text>/);
  });
});
