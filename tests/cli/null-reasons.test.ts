import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// The figures of an item, a headline or a dimension that the README says are null with a reason
// under the `nullReasons` beside them (JSON report: "a figure that cannot be computed is null …
// with the reason under the nullReasons object beside it").
const FIGURES = ['mean', 'sd', 'ci', 'score', 'median', 'q1', 'q3', 'topBox', 'bottomBox', 'direction', 'incidence', 'resolution', 'alpha'];

/** Every object that has `nullReasons`: each of FIGURES it holds as null, by its path. */
function unexplained(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record.nullReasons !== undefined && typeof record.nullReasons === 'object' ? FIGURES.filter((f) => f in record && record[f] === null && !((record.nullReasons as Record<string, unknown>)[f] !== undefined)).map((f) => `${path}.${f}`) : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => unexplained(v, `${path}.${k}`))];
}

describe('a null figure says why (a cold trial of the JSON found some that did not)', () => {
  it.each([
    // A week of no respondent: every figure of the items, the CSAT and the dimensions null.
    ['fixtures/quickstart/responses.csv', '--where', 'Region=Nowhere', '--allow-empty'],
    // An effort question that does not say which end is easy: its direction null.
    ['fixtures/report/effort-question-of-unknown-direction.csv'],
    // A complaints dimension of a handling question alone, no question of whether there was a problem: its incidence null.
    ['fixtures/detection/intensity-not-so-surveymonkey.csv'],
    ['fixtures/quickstart/responses.csv', '--by', 'Region', '--period', 'month'],
  ])('%s %s %s %s', async (...args) => {
    const result = await runInProcess(['report', ...args, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(unexplained(JSON.parse(result.stdout))).toEqual([]);
  });
});
