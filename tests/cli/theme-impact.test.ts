import { describe, expect, it } from 'vitest';
import type { Report, ThemeImpactSummary } from '../../src/analysis/report.js';
import { expectSameJson, readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

// Written by tests/reference/theme_impact_reference.py (Python's csv module, NumPy, SciPy; each
// comment's themes labelled by hand), per run and theme.
const reference = readReference<Record<string, Record<string, ThemeImpactSummary>>>('theme-impact-reference.json');
const FIXTURE = 'fixtures/comments/theme-impact-240-respondents-weighted.csv';
const RUNS: Record<string, string[]> = {
  unweighted: [],
  weighted: ['--weight', 'Weight'],
  'weighted-bh': ['--weight', 'Weight', '--adjust', 'bh'],
  'min-base-85': ['--min-base', '85'],
};

function impactOf(args: readonly string[]): Record<string, ThemeImpactSummary | undefined> {
  const result = runCli(['report', FIXTURE, ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  const [column] = report.comments?.columns ?? [];
  return Object.fromEntries((column?.themes ?? []).map((t) => [t.theme, t.impact]));
}

describe('comments: the impact of each theme on the ratings of those who mention it', () => {
  for (const [run, args] of Object.entries(RUNS)) {
    it(`${run}: the CSAT, NPS and index of those who mention each theme against the others, and the family's tests, as SciPy finds them`, () => {
      const got = impactOf(args);
      const expected = reference[run] as Record<string, ThemeImpactSummary>;
      expect(Object.keys(got)).toEqual(Object.keys(expected));
      for (const theme of Object.keys(expected)) expectSameJson(got[theme], expected[theme], `${run}.${theme}`);
    });
  }

  it('finds what the fixture was made to show: complaints lower every rating, praise raises them', () => {
    const got = impactOf([]);
    for (const test of got.complaints?.tests ?? []) expect([test.metric, test.direction, test.significant]).toEqual([test.metric, 'down', true]);
    for (const test of got.praise?.tests ?? []) expect([test.metric, test.direction, test.significant]).toEqual([test.metric, 'up', true]);
    expect(got.complaints?.tests.map((t) => t.metric)).toEqual(['csat.topBox.share', 'nps.score', 'index.score']);
  });
});
