import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Mean pairwise r and standardized alpha of each group, from tests/reference/suggestions_reference.py.
const reference = JSON.parse(readFileSync(new URL('../reference/suggestions-reference.json', import.meta.url), 'utf8')) as Record<string, { items: string[]; meanR: number; alpha: number }>;
const FIXTURE = 'fixtures/suggest/two-blocks-of-unnamed-items.csv';

interface Suggestion { id: string; items: string[]; meanR: number; alpha: number }

describe('suggested dimensions: items of no dimension whose answers go together', () => {
  it('inspect groups the rows of one question, then the other items by their correlations, with each group\'s alpha', () => {
    const result = runCli(['inspect', FIXTURE, '--format', 'json']);
    expect(result.status).toBe(0);
    const suggested = (JSON.parse(result.stdout) as { suggestedDimensions: Suggestion[] }).suggestedDimensions;
    expect(suggested.map((s) => s.items)).toEqual([reference['pq']?.items, reference['first']?.items, reference['second']?.items]);
    expect(suggested.map((s) => s.id)).toEqual(['pq', 'group-2', 'group-3']);
    for (const [s, name] of [[suggested[0], 'pq'], [suggested[1], 'first'], [suggested[2], 'second']] as const) {
      expect(s?.meanR).toBeCloseTo(reference[name]?.meanR as number, 9);
      expect(s?.alpha).toBeCloseTo(reference[name]?.alpha as number, 9);
    }
    const table = runCli(['inspect', FIXTURE]).stdout;
    expect(table).toContain('Suggested dimensions');
    expect(table).toContain('  group-3 (alpha 0.84, mean r 0.63): Q4, Q5, Q6');
  });

  it('says of a question answered by too few rows that it cannot tell how its items go together, not "alpha 0.00"', () => {
    // A Qualtrics test export of 5 responses: no pair of a matrix's rows answered together by 10 rows.
    const file = 'fixtures/real/qualtrics/Single_Answer_Matrix_Questions_Insights_.csv';
    const suggested = (JSON.parse(runCli(['inspect', file, '--format', 'json']).stdout) as { suggestedDimensions: Array<{ id: string; items: string[]; meanR: number | null; alpha: number | null }> }).suggestedDimensions;
    expect(suggested.find((s) => s.id === 'q2')).toEqual({ id: 'q2', items: ['Q2_1', 'Q2_2', 'Q2_3'], meanR: null, alpha: null });
    const table = runCli(['inspect', file]).stdout;
    expect(table).toContain('  q2 (one question; too few rows answered its items together to tell how they go together): Q2_1, Q2_2, Q2_3');
    expect(table).not.toContain('alpha 0.00');
  });

  it('leaves out of a question\'s mean r the pairs answered together by fewer than 10 rows', () => {
    // The third row of Q1 was answered by 5 respondents: its pairs counted as r = 0 (mean r 0.18, against 0.53 without them).
    const suggested = (JSON.parse(runCli(['inspect', 'fixtures/suggest/battery-row-answered-by-few-rows.csv', '--format', 'json']).stdout) as { suggestedDimensions: Suggestion[] }).suggestedDimensions;
    expect(suggested.map((s) => s.items)).toEqual([reference['few']?.items]);
    expect(suggested[0]?.meanR).toBeCloseTo(reference['few']?.meanR as number, 9);
    expect(suggested[0]?.alpha).toBeCloseTo(reference['few']?.alpha as number, 9);
  });

  it('init writes them into the config as dimensions, and the report then scores them', () => {
    const init = runCli(['init', FIXTURE, '-o', '-']);
    expect(init.status).toBe(0);
    const config = JSON.parse(init.stdout) as { dimensions: Array<{ id: string; label: string; items: string[] }> };
    expect(config.dimensions).toEqual([
      { id: 'pq', label: 'Pq', items: ['pq_1', 'pq_2', 'pq_3'] },
      { id: 'group-2', label: 'Group-2', items: ['Q1', 'Q2', 'Q3'] },
      { id: 'group-3', label: 'Group-3', items: ['Q4', 'Q5', 'Q6'] },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-suggest-'));
    writeFileSync(join(dir, 'satisfy.config.json'), init.stdout);
    const report = runCli(['report', FIXTURE, '--config', join(dir, 'satisfy.config.json'), '--format', 'json']);
    expect(report.status).toBe(0);
    // Dimensions of one's own come in the order of their first column in the file.
    expect(Object.keys((JSON.parse(report.stdout) as { dimensions: object }).dimensions)).toEqual(['group-2', 'group-3', 'pq']);
  });

  it('suggests nothing where the rated items already have dimensions', () => {
    const result = runCli(['inspect', 'fixtures/quickstart/responses.csv', '--format', 'json']);
    expect((JSON.parse(result.stdout) as { suggestedDimensions: Suggestion[] }).suggestedDimensions).toEqual([]);
  });
});
