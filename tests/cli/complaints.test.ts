import { mkdtempSync, readFileSync } from 'node:fs';
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

// "Was your problem resolved?" answered yes or no by those who had a problem, with no rated question
// of the handling: the handling score is the share resolved (yes 100, no 0) among them, on the
// moments, on the counts and in SQL alike. The fixtures (scripts/make_detection_fixtures.py) hold
// the id, the overall question, the problem question and the resolved question.
describe.each(['en', 'de', 'fr', 'es', 'pt', 'pl'])('a yes/no resolved question is the handling (%s)', (language) => {
  const file = `fixtures/detection/resolved-yes-no-is-handling-${language}.csv`;
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(';'));
  const [yes] = (rows.find((r) => r[3] !== '' && r[2] === r[3]) as string[]).slice(2);
  const answered = rows.filter((r) => r[2] === yes && r[3] !== '');
  const expected = { items: [header?.[3]], n: answered.length, score: (100 * answered.filter((r) => r[3] === yes).length) / answered.length };

  it('scores the share resolved among those who had a problem', () => {
    expect(expected.score).toBeGreaterThan(0);
    expect(expected.score).toBeLessThan(100);
    const resolution = report([file]).dimensions.complaints?.resolution;
    expect(resolution).toMatchObject({ items: expected.items, n: expected.n });
    expect(resolution?.score).toBeCloseTo(expected.score, 10);
  });

  it('scores it so in SQL too', () => {
    const result = runCli(['sql', '--engine', 'duckdb', file, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const resolution = (JSON.parse(result.stdout) as Report).dimensions.complaints?.resolution;
    expect(resolution).toMatchObject({ items: expected.items, n: expected.n });
    expect(resolution?.score).toBeCloseTo(expected.score, 10);
  });
});

// The first 19 responses of a week: two had a problem and answered how it was handled, too few to
// show the handling question's scale, so it is left out of complaints on weak evidence.
describe('a handling score that cannot be had says why', () => {
  const fixture = 'fixtures/report/handling-two-answers.csv';
  const handling = 'If you had a problem, how satisfied are you with how it was handled?';

  it('in nullReasons.resolution, naming the question left out and how to confirm it', () => {
    const complaints = report([fixture, '-q']).dimensions.complaints;
    expect(complaints?.resolution).toBeNull();
    expect(complaints?.nullReasons['resolution']).toBe(`the question of how a problem was handled, "${handling}", is left out of the dimension on weak evidence (confirm it with --map complaints="${handling}" or in satisfy.config.json)`);
  });

  it('where the Handling line would be, in the table and in Markdown', () => {
    expect(runCli(['report', fixture, '-q']).stdout).toContain(`Handling  — the question of how a problem was handled, "${handling}", is left out`);
    expect(runCli(['report', fixture, '-q', '--format', 'markdown']).stdout).toContain(`- **Handling** — the question of how a problem was handled, "${handling}", is left out`);
  });

  it('a survey that asks no handling question gives the reason in JSON and shows no line', () => {
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '-q', '--map', 'complaints=Did you have a problem or complaint about your order?', '--format', 'json']);
    const complaints = (JSON.parse(result.stdout) as Report).dimensions.complaints;
    expect(complaints?.resolution).toBeNull();
    expect(complaints?.nullReasons['resolution']).toBe('no item of the dimension asks how a problem was handled');
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '-q', '--map', 'complaints=Did you have a problem or complaint about your order?']).stdout).not.toContain('Handling');
  });
});
