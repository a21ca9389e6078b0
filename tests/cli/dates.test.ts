import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { readReference } from '../helpers/reference.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

interface Expected {
  dateOrder: 'ymd' | 'dmy' | 'mdy';
  rows: number;
  week: Array<[string, number]>;
  month: Array<[string, number]>;
  unparsedBy: { blank: number; notADate: number; invalid: number; otherOrder: number };
}

// Written by tests/reference/dates_reference.py (Python's strptime and isocalendar) from the
// files of fixtures/dates/, each read in the one order its author wrote it in.
const reference = readReference<Record<string, Expected>>('dates-reference.json');

function run(args: string[]): { report: Report; stderr: string } {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return { report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const counts = (report: Report) => report.periods.map((p) => [p.period, p.respondents]);

describe.each(Object.keys(reference))('--period on fixtures/dates/%s', (file) => {
  const want = reference[file] as Expected;

  it.each(['week', 'month'] as const)('groups by %s as Python does, every unreadable date counted by why', (period) => {
    const { report, stderr } = run([`fixtures/dates/${file}`, '--period', period]);
    expect(counts(report)).toEqual(want[period]);
    expect(report.periodization).toMatchObject({ dateOrder: want.dateOrder, unparsedBy: want.unparsedBy });
    const unparsed = Object.values(want.unparsedBy).reduce((a, b) => a + b, 0);
    expect(report.periodization?.unparsed).toBe(unparsed);
    expect(report.respondents).toBe(want.rows);
    expect(report.periods.reduce((sum, p) => sum + p.respondents, 0)).toBe(want.rows - unparsed);
    if (unparsed === 0) expect(stderr).toBe('');
    else expect(stderr).toMatch(new RegExp(`^satisfy: warning: column "\\w+": ${unparsed} rows in no period for a date that cannot be read: `));
  });
});

describe('the order of day and month', () => {
  it('is decided by every row: a US export whose first 1,100 dates cannot tell is read month first once 12/13 comes', () => {
    const { report, stderr } = run(['fixtures/dates/us-month-first-late-evidence.csv', '--period', 'month']);
    expect(report.periodization?.dateOrder).toBe('mdy');
    expect(report.notes.filter((n) => n.includes('day from month') || n.includes('disagree'))).toEqual([]);
    expect(stderr).toBe('satisfy: warning: column "Submitted": 2 rows in no period for a date that cannot be read: 2 blank\n');
    // The same in pieces of 4 KiB on three threads, and in shards merged: the rows of every piece and shard have their say.
    const pieces = runCli(['report', 'fixtures/dates/us-month-first-late-evidence.csv', '--period', 'month', '--threads', '3', '--format', 'json'], { SATISFY_PIECE_BYTES: '4096' });
    expect(counts(JSON.parse(pieces.stdout) as Report)).toEqual(counts(report));
    // Shard A holds the 1,100 dates that cannot tell (read alone: day first), shard B the rest.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-dates-'));
    const [header, ...lines] = readFileSync(join(ROOT, 'fixtures/dates/us-month-first-late-evidence.csv'), 'utf8').trimEnd().split('\n');
    const shards = [lines.slice(0, 1100), lines.slice(1100)].map((part, i) => {
      writeFileSync(join(dir, `${i}.csv`), [header, ...part, ''].join('\n'));
      expect(runCli(['report', join(dir, `${i}.csv`), '--period', 'month', '--emit-state', join(dir, `${i}.state.json`), '--quiet']).status).toBe(0);
      return join(dir, `${i}.state.json`);
    });
    const merged = runCli(['merge', ...shards, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(counts(JSON.parse(merged.stdout) as Report)).toEqual(counts(report));
  });

  it('counts the dates that read only in the order fewer dates read in, and says the column disagrees', () => {
    const { report, stderr } = run(['fixtures/dates/day-first-with-stray-month-first.csv', '--period', 'month']);
    expect(report.notes).toContain('the dates in "Submitted" disagree: 645 read only day first, 3 only month first; they are read day first (dmy), as most are, and the others are in no period (--date-format says the order)');
    expect(stderr).toBe('satisfy: warning: column "Submitted": 3 rows in no period for a date that cannot be read: 3 read only in another order than day first (dmy); --date-format dmy|mdy|ymd says the order\n');
  });

  it('says when no date tells day from month, and reads them day first unless told', () => {
    const file = 'fixtures/segments/ambiguous-dates.csv';
    const { report } = run([file, '--period', 'month']);
    expect(report.notes).toContain('no date in "Submitted" tells day from month (none has a day over 12): they are read day first (dmy); --date-format says otherwise');
    expect(counts(run([file, '--period', 'month', '--date-format', 'mdy']).report)).toEqual([['2026-01', 2], ['2026-02', 1]]);
  });

  it('given by --date-format, holds: the dates of the other order are counted, not read', () => {
    const { report } = run(['fixtures/dates/us-month-first-late-evidence.csv', '--period', 'month', '--date-format', 'dmy']);
    // Python: 250 of the dates have a second part over 12 (12/13/2023 to 12/31/2023, 1/13/2024 to 1/15/2024).
    expect(report.periodization).toMatchObject({ dateOrder: 'dmy', unparsed: 252, unparsedBy: { blank: 2, notADate: 0, invalid: 0, otherOrder: 250 } });
    // Read day first, 12/6/2023 to 12/11/2023 are 12 June to 12 November.
    expect(counts(report).slice(0, 6).map(([period]) => period)).toEqual(['2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11']);
  });

  it('is an error, with a hint, when the first rows read day first only and month first only', () => {
    const result = runCli(['report', 'fixtures/dates/day-and-month-first-in-first-rows.csv', '--period', 'week']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'satisfy: error: column "Submitted" has dates that read only day first ("13/02/2026 09:00") and others only month first ("02/14/2026 10:00"), for --period week (fixtures/dates/day-and-month-first-in-first-rows.csv)\n' +
        'hint: --date-format dmy or mdy says which order to read; the dates that do not read so are then counted, in no period\n',
    );
  });
});

describe('--since and --until', () => {
  it('read in the order of the first rows, and count the dates of the other order by why', () => {
    // The first 1,000 rows cannot tell: day first, and the 250 dates with a second part over 12 read month first only.
    const { report, stderr } = run(['fixtures/dates/us-month-first-late-evidence.csv', '--since', '2023-06-01']);
    expect(report.dateWindow).toMatchObject({ before: 0, after: 0, unparsed: 252, unparsedBy: { blank: 2, notADate: 0, invalid: 0, otherOrder: 250 } });
    expect(stderr).toBe("satisfy: warning: column \"Submitted\": 252 rows left out by --since/--until for a date that cannot be read: 250 read only in another order than the column's, 2 blank; --date-format dmy|mdy|ymd says the order\n");
    // Python (strptime '%m/%d/%Y %H:%M'): 1,112 dates before 2023-12-13, 386 from it on.
    const told = run(['fixtures/dates/us-month-first-late-evidence.csv', '--since', '2023-12-13', '--date-format', 'mdy']).report;
    expect(told.dateWindow).toMatchObject({ before: 1112, after: 0, unparsed: 2 });
    expect(told.respondents).toBe(386);
  });
});

describe('month names', () => {
  it('are read in Polish, nominative or genitive, with or without diacritics', () => {
    // By hand: 3, 14, 31 marca; 1 kwietnia, 2 kwi, 30 kwietnia; 1 maja, 15 maj; 3 czerwca;
    // 12 października, 13 pazdziernika (2025).
    const { report, stderr } = run(['fixtures/dates/polish-month-names.csv', '--period', 'month']);
    expect(report.periodization?.column).toBe('Data wypełnienia');
    expect(counts(report)).toEqual([['2025-03', 3], ['2025-04', 3], ['2025-05', 2], ['2025-06', 1], ['2025-10', 2]]);
    expect(report.periodization?.unparsed).toBe(0);
    expect(stderr).toBe('');
  });
});
