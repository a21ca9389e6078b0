import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// Without --strict a row that cannot be read is skipped, counted by reason and warned about.
describe('rows that cannot be read are skipped and counted', () => {
  it.each([
    ['fixtures/errors/ragged-rows.csv', { rows: 4, rowsUsed: 3, skipped: [{ reason: 'fieldCount', count: 1, firstLines: [4] }] }, 'skipped 1 row with the wrong number of fields (line 4)'],
    ['fixtures/errors/unclosed-quote.csv', { rows: 2, rowsUsed: 1, skipped: [{ reason: 'unclosedQuote', count: 1, firstLines: [3] }] }, 'skipped 1 row with an unclosed quote (line 3)'],
  ])('%s', (fixture, expected, warning) => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`satisfy: warning: ${fixture}: ${warning}; --strict makes this an error\n`);
    const file = (JSON.parse(result.stdout) as Report).input.files[0];
    expect(file).toMatchObject(expected);
    expect(file?.rows).toBe((file?.rowsUsed ?? 0) + (file?.skipped ?? []).reduce((sum, s) => sum + s.count, 0));
  });
});
