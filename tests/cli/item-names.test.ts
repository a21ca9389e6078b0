import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// A Qualtrics export: columns named by code (Q6_taste), the questions in its second header row.
const CODED = 'fixtures/detection/qualtrics-matrix-rows-tied-by-import-id.csv';

describe('items named by a code are shown with their question', () => {
  it('shows the question beside the code in the Items table of the terminal, Markdown and HTML, and the code alone in JSON and CSV', () => {
    const table = runCli(['report', CODED]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/│ Q6_taste Rate your meal-Taste +│/);
    expect(runCli(['report', CODED, '--format', 'markdown']).stdout).toContain('| Q6\\_taste Rate your meal-Taste |');
    expect(runCli(['report', CODED, '--format', 'html']).stdout).toContain('Q6_taste Rate your meal-Taste');
    const report = JSON.parse(runCli(['report', CODED, '--format', 'json']).stdout) as Report;
    expect(report.items.map((i) => i.column)).toEqual(['Q6_taste', 'Q6_portion', 'Q6_temperature']);
    expect(runCli(['report', CODED, '--format', 'csv']).stdout).toContain('item: Q6_taste,');
  });
});
