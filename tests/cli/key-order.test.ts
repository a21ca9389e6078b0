import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// README: "Keys always come in the order below"; the schema lists them in the same order.
describe('the JSON report keys come in the order the README and the schema give', () => {
  it('attention after segments[], before dateWindow, with a breakdown too', () => {
    const schema = JSON.parse(runCli(['schema', 'report']).stdout) as { definitions: { Report: { properties: Record<string, unknown> } } };
    const order = Object.keys(schema.definitions.Report.properties);
    expect(order.indexOf('attention')).toBe(order.indexOf('segments') + 1);
    expect(order.indexOf('dateWindow')).toBe(order.indexOf('attention') + 1);
    for (const args of [[], ['--by', 'Overall satisfaction (1-5)']]) {
      const result = runCli(['report', 'fixtures/detection/attention-check-select-answer.csv', '-q', '--format', 'json', ...args]);
      expect(result.status, result.stderr).toBe(0);
      expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(order);
    }
  });
});

// stderr, the table, Markdown, HTML and JUnit say why a gate's figure is null: the JSON says it beside the check.
describe('a check of a null figure says why in the JSON', () => {
  it('nullReason: the figure\'s reason under nullReasons, or no such figure', () => {
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '-q', '--format', 'json', '--fail-if', 'ces.mean > 2', '--fail-if', 'index > 1']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { checks: Array<Record<string, unknown>>; nullReasons: Record<string, string> };
    expect(report.checks[0]).toEqual({ expression: 'ces.mean > 2', actual: null, pass: false, nullReason: report.nullReasons['ces'] });
    expect(result.stderr).toContain(`ces.mean > 2 (null: ${report.nullReasons['ces']})`);
    expect(report.checks[1]).not.toHaveProperty('nullReason');
  });
});

// A new user's trial, 2026-12-07: segments' tests and periods' changes gave `direction` before
// `adjustedP`, where the README (and the other tests of the JSON) give it last.
describe('every test of the JSON gives its keys in the README\'s order', () => {
  const readme = readFileSync('README.md', 'utf8');
  /** The keys the README lists in braces right after `marker`. */
  const documented = (marker: string): string[] => {
    const at = readme.indexOf(marker);
    expect(at, marker).toBeGreaterThanOrEqual(0);
    const list = /\{([^}]*)\}/.exec(readme.slice(at + marker.length))?.[1] ?? '';
    return list.split(',').map((key) => key.trim());
  };

  it('segments[].tests[] and periods[].changes[]', () => {
    const order = documented('`tests[]` are `');
    expect(order).toEqual(['metric', 'test', 'segment', 'rest', 'statistic', 'df', 'p', 'adjustedP', 'significant', 'direction']);
    const bySegment = JSON.parse(runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '-q', '--format', 'json']).stdout) as { segments: Array<{ tests: object[] }> };
    const byWeek = JSON.parse(runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--period', 'week', '-q', '--format', 'json']).stdout) as { periods: Array<{ changes: object[] }> };
    const tests = [...bySegment.segments.flatMap((s) => s.tests), ...byWeek.periods.flatMap((p) => p.changes)];
    expect(tests.length).toBeGreaterThan(10);
    for (const test of tests) expect(Object.keys(test)).toEqual(order);
  });

  it('a comparison\'s changes[] and the themes\' impact tests', () => {
    const comparison = JSON.parse(runCli(['compare', 'fixtures/segments/no-real-difference.csv', 'fixtures/segments/drop-in-one-region.csv', '-q', '--format', 'json']).stdout) as { changes: object[] };
    expect(comparison.changes.length).toBeGreaterThan(0);
    for (const change of comparison.changes) expect(Object.keys(change).filter((key) => key !== 'worse')).toEqual(documented('| `changes[]` | array | `'));
    const report = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '-q', '--format', 'json']).stdout) as { comments: { columns: Array<{ themes: Array<{ impact: { tests: object[] } }> }> } };
    const impact = report.comments.columns.flatMap((c) => c.themes.flatMap((t) => t.impact.tests));
    expect(impact.length).toBeGreaterThan(0);
    for (const test of impact) expect(Object.keys(test)).toEqual(documented('each test `'));
  });
});
