import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// Without --strict a row that cannot be read is skipped, counted by reason and warned about.
describe('rows that cannot be read are skipped and counted', () => {
  it.each([
    ['fixtures/errors/ragged-rows.csv', { rows: 4, rowsUsed: 3, skipped: [{ reason: 'fieldCount', count: 1, firstLines: [4] }] }, ['skipped 1 row with the wrong number of fields (line 4)']],
    ['fixtures/errors/unclosed-quote.csv', { rows: 3, rowsUsed: 2, skipped: [{ reason: 'unclosedQuote', count: 1, firstLines: [3] }] }, ['skipped 1 row with an unclosed quote (line 3)']],
    // Line 4's comment opens a quote that nothing closes: its row is skipped (line 5 is its
    // comment's), and the rows from line 6 on are read again, where they had gone with it (before:
    // rowsUsed 2, five rows skipped); line 9's unquoted comma is a row of the wrong number of fields.
    [
      'fixtures/errors/quote-never-closed-before-rows.csv',
      { rows: 7, rowsUsed: 5, skipped: [{ reason: 'unclosedQuote', count: 1, firstLines: [4] }, { reason: 'fieldCount', count: 1, firstLines: [9] }] },
      ['skipped 1 row with an unclosed quote (line 4)', 'skipped 1 row with the wrong number of fields (line 9)'],
    ],
    // A cold review: the row whose quote is never closed has a Qualtrics id of letters alone (shape
    // a_a); the rows after it, of ids like the rows' before (a_x), are read again (before: gone
    // without a word, rows 2).
    ['fixtures/errors/quote-never-closed-in-a-row-whose-id-is-all-letters.csv', { rows: 5, rowsUsed: 4, skipped: [{ reason: 'unclosedQuote', count: 1, firstLines: [3] }] }, ['skipped 1 row with an unclosed quote (line 3)']],
    ['fixtures/errors/stray-quote-swallows-rows.csv', { rows: 10, rowsUsed: 4, skipped: [{ reason: 'strayQuote', count: 6, firstLines: [4, 5, 6, 7, 8] }] }, ['skipped 6 rows run together by a stray quote (line 4, 5, 6, 7, 8, …)']],
  ])('%s', (fixture, expected, warnings) => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(warnings.map((warning) => `satisfy: warning: ${fixture}: ${warning}; --strict makes this an error\n`).join(''));
    const file = (JSON.parse(result.stdout) as Report).input.files[0];
    expect(file).toMatchObject(expected);
    expect(file?.rows).toBe((file?.rowsUsed ?? 0) + (file?.skipped ?? []).reduce((sum, s) => sum + s.count, 0));
  });
});

// Excel saves a row that looks empty in the sheet as its delimiters only (";;;;"), or delimiters
// and the spaces its cells held: no respondent, but an empty row, counted as a blank line is.
describe('rows of empty fields are empty rows', () => {
  const fixture = 'fixtures/input/excel-empty-rows-of-delimiters.csv';

  it('counts them as skipped, leaves them out of the respondents and of the shares over respondents', () => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.respondents).toBe(6);
    // ";;;;" on line 4, " ;;  ;; " on line 7, three more ";;;;" at the end.
    expect(report.input.files[0]).toMatchObject({ delimiter: ';', rows: 11, rowsUsed: 6, skipped: [{ reason: 'emptyRow', count: 5, firstLines: [4, 7, 10, 11, 12] }] });
    const comments = report.comments?.columns.find((c) => c.column === 'Comment');
    expect(comments).toMatchObject({ respondents: 6, comments: 4 });
    expect(comments?.share).toBeCloseTo(4 / 6, 12);
  });

  it('says so in the table, as of other skipped rows', () => {
    const result = runCli(['report', fixture]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('6 respondents (5 rows skipped)');
    expect(result.stdout).toContain(`${fixture}: 5 empty rows skipped, at line 4, 7, 10, 11, 12`);
  });

  it('is the same under --strict, and in the pieces the threads read', () => {
    expect(runCli(['report', fixture, '--strict']).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-empty-rows-'));
    const path = join(dir, 'large-with-rows-of-delimiters.csv');
    const lines = ['ID;Delivery speed (1-5);How likely are you to recommend us? (0-10);Comment'];
    for (let i = 0; i < 12_000; i++) lines.push(i % 2503 === 2000 ? ';;;' : `r${i};${1 + (i % 5)};${i % 11};${i % 7 === 0 ? 'fine, thanks' : ''}`);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const runs = [1, 2].map((threads) => runCli(['report', path, '--format', 'json', '--threads', String(threads)], { SATISFY_PIECE_BYTES: '32768' }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    const report = JSON.parse(runs[1]?.stdout ?? '') as Report;
    // Row i is on line i + 2.
    expect(report.input.files[0]).toMatchObject({ rows: 12_000, rowsUsed: 11_996, skipped: [{ reason: 'emptyRow', count: 4, firstLines: [2002, 4505, 7008, 9511] }] });
    expect(report.respondents).toBe(11_996);
  });

  it('are told by their own fields in the first rows, read before the analysis chose its columns', () => {
    // A header that ends with a delimiter keeps the first rows back until the shape is known; the
    // rows of empty fields among them were told by the bytes of the last record read instead.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-empty-rows-'));
    const path = join(dir, 'empty-rows-among-the-first.csv');
    const lines = ['Response ID;Delivery speed (1-5);How likely are you to recommend us? (0-10);'];
    for (let i = 1; i <= 199; i++) lines.push(i === 5 || i === 50 ? ';;;' : `r${i};${1 + (i % 5)};${i % 11};`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const report = JSON.parse(runCli(['report', path, '--format', 'json']).stdout) as Report;
    expect(report.input.files[0]?.skipped).toEqual([{ reason: 'emptyRow', count: 2, firstLines: [6, 51] }]);
    expect(report.respondents).toBe(197);
    // The first data row blank, the last not.
    writeFileSync(path, 'Response ID;Delivery speed (1-5);Comment\n;;\nr2;4;\nr3;5;fine\n');
    expect((JSON.parse(runCli(['report', path, '--format', 'json']).stdout) as Report).respondents).toBe(2);
  });

  it('leaves a respondent who answered none of the questions scored a respondent, after the sample too, on any threads', () => {
    // The reader hands over the fields the analysis reads; an id and a date are the row's still.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-unanswered-'));
    const path = join(dir, 'respondents-who-answered-nothing.csv');
    const lines = ['ID;Start;Delivery speed (1-5);How likely are you to recommend us? (0-10)'];
    for (let i = 0; i < 12_000; i++) lines.push(i % 2503 === 2000 ? `r${i};2026-01-05 10:00;;` : `r${i};2026-01-05 10:00;${1 + (i % 5)};${i % 11}`);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const runs = [1, 2].map((threads) => runCli(['report', path, '--format', 'json', '--threads', String(threads)], { SATISFY_PIECE_BYTES: '32768' }));
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    const report = JSON.parse(runs[0]?.stdout ?? '') as Report;
    expect(report.input.files[0]).toMatchObject({ rows: 12_000, rowsUsed: 12_000, skipped: [] });
    expect(report.respondents).toBe(12_000);
    expect(report.items[0]?.missing.blank).toBe(4);
  });
});

// A comment of several lines is one field, whatever commas its lines hold: no row is in it.
describe('comments of several lines are not stray quotes', () => {
  it('reads every response and skips none', () => {
    const result = runCli(['report', 'fixtures/input/multi-line-comments-with-commas.csv', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.input.files[0]).toMatchObject({ rows: 5, rowsUsed: 5, skipped: [] });
    expect(report.comments?.columns[0]).toMatchObject({ comments: 3 });
  });
});

// Every format holds the same report: the Markdown summary of CI and the CSV count what the table lists.
describe('skipped rows and excluded answers in every format', () => {
  const fixture = 'fixtures/errors/ragged-rows.csv';

  it('Markdown lists them under "Exclusions and notes", as the table does', () => {
    const markdown = runCli(['report', fixture, '--format', 'markdown', '-q']).stdout;
    const table = runCli(['report', fixture, '-q']).stdout;
    const skipped = `${fixture}: 1 row with the wrong number of fields skipped, at line 4`;
    expect(table).toContain(skipped);
    expect(markdown).toContain(`### Exclusions and notes\n\n- ${skipped}`);
  });

  it('CSV counts them by reason under respondents', () => {
    const csv = runCli(['report', fixture, '--format', 'csv', '-q']).stdout;
    expect(csv).toContain(`${fixture},,,,respondents,skipped: fieldCount,1,,,\r\n`);
  });
});

// Exports of a week each joined by `cat`, or a sheet pasted under another, carry their header rows
// into the data: no respondent, and no answer ("Delivery speed (1-5)" is none of its scale).
describe('header rows met again among the data are skipped as repeated headers', () => {
  it.each([
    ['fixtures/input/weekly-exports-joined-repeat-the-header.csv', { rows: 13, rowsUsed: 12, skipped: [{ reason: 'repeatedHeader', count: 1, firstLines: [8] }] }, '1 repeated header row skipped, at line 8'],
    // Every field quoted (LimeSurvey): the second file's byte-order mark stands before the header's first quote.
    ['fixtures/input/weekly-exports-quoted-joined-repeat-the-header.csv', { rows: 13, rowsUsed: 12, skipped: [{ reason: 'repeatedHeader', count: 1, firstLines: [8] }] }, '1 repeated header row skipped, at line 8'],
    // Qualtrics' three header rows, the names, the questions and the ImportIds, each again.
    ['fixtures/input/qualtrics-exports-joined-repeat-3-header-rows.csv', { rows: 15, rowsUsed: 12, skipped: [{ reason: 'repeatedHeader', count: 3, firstLines: [10, 11, 12] }] }, '3 repeated header rows skipped, at line 10, 11, 12'],
  ])('%s: counted, no answer excluded, no comment counted, and no warning', (fixture, file, said) => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.input.files[0]).toMatchObject(file);
    expect(report.respondents).toBe(12);
    // The six answers of each week, the header's none of them.
    expect(report.nps).toMatchObject({ n: 12, promoters: { count: 6 }, detractors: { count: 2 } });
    expect(Object.values(report.missing ?? {}).reduce((sum, n) => sum + n, 0)).toBe(0);
    // The weeks' five comments; the header's "Any other comments?" is none.
    if (fixture.includes('weekly-exports-joined')) expect(report.comments?.columns[0]).toMatchObject({ respondents: 12, comments: 5 });
    expect(runCli(['report', fixture]).stdout).toContain(`${fixture}: ${said}`);
  });

  it('are told in the pieces the threads read, whose unused fields are read from their bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-repeated-header-'));
    const path = join(dir, 'weeks-joined.csv');
    const header = 'Response ID,Store,Delivery speed (1-5),How likely are you to recommend us? (0-10)';
    const lines = [header];
    for (let i = 0; i < 12_000; i++) lines.push(i % 3001 === 3000 ? ` ${header.replaceAll(',', ' , ')} ` : `r${i},Store ${i % 4},${1 + (i % 5)},${i % 11}`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const runs = [1, 2].map((threads) => runCli(['report', path, '--format', 'json', '--threads', String(threads)], { SATISFY_PIECE_BYTES: '32768' }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    const report = JSON.parse(runs[1]?.stdout ?? '') as Report;
    // Row i is on line i + 2; Store is read by no analysis, and still compared.
    expect(report.input.files[0]).toMatchObject({ rows: 12_000, rowsUsed: 11_997, skipped: [{ reason: 'repeatedHeader', count: 3, firstLines: [3002, 6003, 9004] }] });
  });

  it('a JSON response whose values are its keys is a response: a JSON file has no header row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-keys-'));
    const path = join(dir, 'values-as-keys.json');
    const rows = Array.from({ length: 39 }, (_, i) => ({ id: String(i + 1), 'Overall satisfaction (1-5)': String(1 + (i % 5)) }));
    rows.splice(5, 0, { id: 'id', 'Overall satisfaction (1-5)': 'Overall satisfaction (1-5)' });
    writeFileSync(path, JSON.stringify(rows));
    const report = JSON.parse(runCli(['report', path, '--format', 'json']).stdout) as Report;
    expect(report.input.files[0]).toMatchObject({ rows: 40, rowsUsed: 40, skipped: [] });
  });

  it('a respondent whose answers are the names of their columns, as a checkbox export writes them, is one', () => {
    const report = JSON.parse(runCli(['report', 'fixtures/input/checkbox-answers-named-as-their-columns-are-no-header.csv', '--format', 'json']).stdout) as Report;
    expect(report.input.files[0]).toMatchObject({ rows: 5, rowsUsed: 5, skipped: [] });
  });
});
