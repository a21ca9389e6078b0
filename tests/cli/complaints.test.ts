import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

const CATEGORIES = 'fixtures/report/complaint-categories-multi-select.csv';

function report(args: string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

// Worked out from the fixture by hand: 8 respondents, 5 had a problem; they rated the handling
// 2, 4, 1, 3, 2 (scores 25, 75, 0, 50, 25) and chose "Late delivery" 3 times, "Damaged item" and
// "Wrong item" twice each, one or two to a cell, separated by ";" or ",".
describe('complaints', () => {
  const complaints = report([CATEGORIES]).dimensions.complaints;

  it('counts who had a problem', () => {
    expect(complaints?.incidence).toMatchObject({ column: 'Had a problem?', n: 8, count: 5, share: 5 / 8 });
  });

  it('scores the handling among those who had a problem', () => {
    expect(complaints?.resolution).toMatchObject({ items: ['How well was your complaint handled? (1-5)'], n: 5, score: 35 });
  });

  it('counts the categories of a multi-select column one by one', () => {
    expect(complaints?.categories).toEqual([
      {
        column: 'What was the problem?',
        n: 5,
        counts: [
          { category: 'Late delivery', count: 3, share: 3 / 5 },
          { category: 'Damaged item', count: 2, share: 2 / 5 },
          { category: 'Wrong item', count: 2, share: 2 / 5 },
        ],
      },
    ]);
    const table = runCli(['report', CATEGORIES]).stdout;
    expect(table).toContain('Problems were  Late delivery 60.0 % · Damaged item 40.0 % · Wrong item 40.0 %  (What was the problem?, n 5)');
  });

  it('keeps the category column through satisfy init', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-categories-')), 'satisfy.config.json');
    expect(runCli(['init', CATEGORIES, '-o', config]).status).toBe(0);
    expect(report([CATEGORIES, '--config', config]).dimensions.complaints?.categories).toEqual(complaints?.categories);
  });

  it('does not take one answer with a comma in it for several categories', () => {
    // OSMI 2017 answers "Yes, I know several" and "Yes, I observed" to questions about a mental
    // health "issue": no problem with an order or a service, so no complaints dimension at all.
    const osmi = report(['fixtures/real/typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv']);
    expect(osmi.dimensions.complaints).toBeUndefined();
    expect(osmi.columns.filter((c) => c.dimension === 'complaints')).toEqual([]);
  });
});
