import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis } from '../../src/analysis/analyze-survey.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import { ROOT } from '../helpers/run-cli.js';

const [header, ...rows] = parse(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'))) as string[][];
const model = buildSurveyModel(plainHeader(header as string[]), rows.slice(0, 1000));

/** Asserts two JSON values are equal, numbers to 1e-9 relative. */
function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) expectClose((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('SurveyAnalysis: merging the analyses of shards gives the analysis of the whole', () => {
  const whole = new SurveyAnalysis(model, { confidenceLevel: 0.95 });
  rows.forEach((row) => whole.addRow(row));
  const expected = whole.report([]);

  it('for random splits of the bundled sample, merged in random order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: rows.length - 1 }), { maxLength: 5 }), fc.boolean(), (cuts, reverse) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), rows.length];
        const shards = edges.slice(1).map((end, i) => {
          const analysis = new SurveyAnalysis(model, { confidenceLevel: 0.95 });
          rows.slice(edges[i], end).forEach((row) => analysis.addRow(row));
          return analysis;
        });
        if (reverse) shards.reverse();
        const merged = shards.reduce((a, b) => a.merge(b));
        expectClose(merged.report([]), expected);
      }),
      { numRuns: 25 },
    );
  });
});
