import { describe, expect, it } from 'vitest';
import { reportFailure } from '../../src/cli/report-failure.js';
import { runCli } from '../helpers/run-cli.js';

// Each user error: one line naming the file (and line), maybe a hint, exit 2, no stack trace.
describe('user errors exit 2 with one clear line', () => {
  it.each([
    ['missing file', ['report', 'fixtures/errors/no-such-file.csv'], 'satisfy: error: cannot open fixtures/errors/no-such-file.csv: no such file\n'],
    ['directory', ['report', 'fixtures/errors'], 'satisfy: error: fixtures/errors is a directory, not a CSV file\n'],
    ['empty file', ['report', 'fixtures/errors/empty.csv'], 'satisfy: error: the file is empty: no header row and no responses (fixtures/errors/empty.csv)\n'],
    ['header only', ['report', 'fixtures/errors/header-only.csv'], 'satisfy: error: the file has a header row but no responses (fixtures/errors/header-only.csv:1)\n'],
    [
      // A cold trial's warehouse table of one row per answer: each row read as a respondent.
      'one row per answer',
      ['report', 'fixtures/errors/one-row-per-answer-warehouse-table.csv'],
      'satisfy: error: the file holds one row per answer (respondent_id, question_id, answer; questions such as nps_score, overall_satisfaction, comment), and satisfy reads one row per respondent, each question a column (fixtures/errors/one-row-per-answer-warehouse-table.csv)\nhint: pivot it first, one column per question, e.g. SELECT "respondent_id", max(CASE WHEN "question_id" = \'nps_score\' THEN "answer" END) AS "nps_score", max(CASE WHEN "question_id" = \'overall_satisfaction\' THEN "answer" END) AS "overall_satisfaction", … FROM responses GROUP BY "respondent_id"\n',
    ],
    [
      'wrong field count under --strict',
      ['report', 'fixtures/errors/ragged-rows.csv', '--strict'],
      'satisfy: error: the row has 2 fields but the header has 3 (--strict) (fixtures/errors/ragged-rows.csv:4)\nhint: without --strict such rows are skipped and counted\n',
    ],
    [
      // A cold trial's file of semicolons, some of its rows saved again with commas: say which delimiter splits them.
      'rows saved with another delimiter under --strict',
      ['report', 'fixtures/errors/rows-saved-again-with-commas-in-a-file-of-semicolons.csv', '--strict'],
      'satisfy: error: the row has 1 field but the header has 3; split at "," instead of ";", it has 3: a row saved with another delimiter? (--strict) (fixtures/errors/rows-saved-again-with-commas-in-a-file-of-semicolons.csv:8)\nhint: without --strict such rows are skipped and counted\n',
    ],
    [
      // A trial's finding: the row of too few fields on line 5 was told, the 9 on line 4 above it was not.
      'an answer off its scale above an unreadable row, under --strict: the first of them',
      ['report', 'fixtures/lint/off-scale-answer-above-a-row-of-too-few-fields.csv', '--strict'],
      'satisfy: error: column "Delivery speed (1-5)": "9" is outside its 1-5 scale (--strict) (fixtures/lint/off-scale-answer-above-a-row-of-too-few-fields.csv:4)\n',
    ],
    [
      // A cold review: what the few rows above a row of too few fields said of a whole column (a scale guessed) was told in its stead.
      'a row of too few fields under --strict, below rows too few to read a column from',
      ['report', 'fixtures/lint/few-answers-of-a-column-above-a-row-of-too-few-fields.csv', '--strict'],
      'satisfy: error: the row has 2 fields but the header has 3 (--strict) (fixtures/lint/few-answers-of-a-column-above-a-row-of-too-few-fields.csv:5)\nhint: without --strict such rows are skipped and counted\n',
    ],
    [
      'unclosed quote under --strict',
      ['report', 'fixtures/errors/unclosed-quote.csv', '--strict'],
      'satisfy: error: a quoted field is never closed: the next row starts at line 4 (--strict) (fixtures/errors/unclosed-quote.csv:3)\nhint: without --strict such rows are skipped and counted\n',
    ],
    [
      'stray quote under --strict',
      ['report', 'fixtures/errors/stray-quote-swallows-rows.csv', '--strict'],
      'satisfy: error: a quote that opens field 5 runs over 6 lines, 5 of which are rows of their own: a stray quote? (--strict) (fixtures/errors/stray-quote-swallows-rows.csv:4)\nhint: without --strict such rows are skipped and counted\n',
    ],
    [
      'unclosed quote in the header',
      ['report', 'fixtures/errors/unclosed-quote-in-header.csv'],
      'satisfy: error: a quoted field in the header is never closed (fixtures/errors/unclosed-quote-in-header.csv:1)\nhint: a field that starts with " must end with "; a quote inside it is written twice ("")\n',
    ],
    [
      'nothing to score',
      ['report', 'fixtures/errors/no-scorable-columns.csv'],
      "satisfy: error: no column can be scored: found no rating (0-10 or a known label set), yes/no problem or recommend column, and no comment column (fixtures/errors/no-scorable-columns.csv)\nhint: name the columns to score with --map <dimension>=<column>, e.g. --map delivery='Delivery speed'\n",
    ],
    // A new user's trial, 2026-12-07: every row unreadable read as "no column can be scored", which sent the user to --map.
    [
      'the only row opens a quote never closed',
      ['report', 'fixtures/errors/only-row-opens-a-quote-never-closed.csv'],
      'satisfy: error: no respondent is left to score of the 1 row read: 1 row with an unclosed quote (line 2) (fixtures/errors/only-row-opens-a-quote-never-closed.csv:2)\nhint: a field opens a quote that is never closed, so the lines after it read as that one field: close the quote, or export the file again\n',
    ],
    [
      'every row with another number of fields than the header',
      ['report', 'fixtures/errors/header-with-unquoted-comma.csv'],
      'satisfy: error: no respondent is left to score of the 3 rows read: 3 rows with the wrong number of fields (line 2, 3, 4) (fixtures/errors/header-with-unquoted-comma.csv:2)\nhint: the rows split into another number of fields than the header: a delimiter inside an unquoted header or field, or the wrong delimiter (--delimiter says which); satisfy inspect shows how the file reads\n',
    ],
    // A cold review: rows merely empty were sent to loosen a flag never given.
    [
      'every row empty',
      ['report', 'fixtures/errors/every-row-empty.csv'],
      'satisfy: error: no respondent is left to score of the 3 rows read: 3 empty rows (fixtures/errors/every-row-empty.csv)\nhint: every row was skipped for what it is (see the reasons); satisfy inspect lists the rows skipped and why\n',
    ],
    [
      'unknown --map column',
      ['report', 'fixtures/report/unlabelled-headers.csv', '--map', 'delivery=Q9'],
      'satisfy: error: no column "Q9" for --map delivery=Q9 (fixtures/report/unlabelled-headers.csv)\nhint: columns are: Q1, Q2, Q3, Q4\n',
    ],
    [
      'malformed --map',
      ['report', 'fixtures/quickstart/responses.csv', '--map', 'Delivery'],
      'satisfy: error: --map takes <dimension>=<column>[,<column>...], not "Delivery"\nhint: the dimension is a lower-case word such as delivery, pricing, complaints, trust, service, or csat, nps, ces\n',
    ],
    ['confidence out of range', ['report', 'fixtures/quickstart/responses.csv', '--confidence', '1.5'], 'satisfy: error: --confidence takes a level from 0.80 to 0.999, not "1.5"\n'],
    ['unknown flag', ['report', 'fixtures/quickstart/responses.csv', '--frobnicate'], "satisfy: error: unknown option '--frobnicate'\nhint: run 'satisfy --help' or 'satisfy report --help' for the options\n"],
    ['misspelt command', ['reprot', 'x.csv'], "satisfy: error: unknown command 'reprot'\nhint: did you mean report? run 'satisfy --help' or 'satisfy report --help' for the options\n"],
    ['missing argument', ['report'], "satisfy: error: missing required argument 'file'\nhint: run 'satisfy --help' or 'satisfy report --help' for the options\n"],
    // newuser13, finding 10: other commands sent the user to report's help, which lists what they do not take.
    ['unknown flag of merge', ['merge', 'a.state.json', '--baseline', 'x.json'], "satisfy: error: unknown option '--baseline'\nhint: run 'satisfy --help' or 'satisfy merge --help' for the options\n"],
    ['missing argument of compare', ['compare', 'x.json'], "satisfy: error: missing required argument 'current'\nhint: run 'satisfy --help' or 'satisfy compare --help' for the options\n"],
    // It was read as the first sheet's, --sheet silently ignored.
    ['--sheet on a CSV', ['report', 'fixtures/quickstart/responses.csv', '--sheet', '5'], 'satisfy: error: --sheet 5: this is a CSV, not an Excel workbook: it has no sheets (fixtures/quickstart/responses.csv)\nhint: leave out --sheet, which is for .xlsx workbooks\n'],
    // It was `the report: no "respondents"`.
    [
      'a comparison given as the baseline',
      ['report', 'fixtures/quickstart/responses.csv', '--baseline', 'fixtures/errors/comparison-given-as-baseline.json'],
      'satisfy: error: this is a comparison (satisfy compare --format json), not a report (fixtures/errors/comparison-given-as-baseline.json)\nhint: a baseline is the JSON of satisfy report --format json, of the same schemaVersion (satisfy schema report)\n',
    ],
  ])('%s', (_what, args, stderr) => {
    const result = runCli(args);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('says every response is unfinished, and what keeps them, where a Typeform export of no Submit Date leaves no one to score', () => {
    // It said that no column could be scored and sent the user to --map.
    const result = runCli(['report', 'fixtures/errors/typeform-every-response-unfinished.csv']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('satisfy: error: no respondent is left to score: every one of the 4 rows is an unfinished response (fixtures/errors/typeform-every-response-unfinished.csv)\nhint: --include-partial keeps unfinished responses\n');
    expect(runCli(['report', 'fixtures/errors/typeform-every-response-unfinished.csv', '--include-partial']).status).toBe(0);
  });

  it('shows the stack trace with --verbose', () => {
    const result = runCli(['report', 'fixtures/errors/ragged-rows.csv', '--strict', '--verbose']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('satisfy: error: the row has 2 fields but the header has 3 (--strict) (fixtures/errors/ragged-rows.csv:4)');
    expect(result.stderr).toMatch(/\n\s+at .*src\/input\/read-csv\.ts:\d+/);
  });

  it('prints help and exits 2 when no command is given', () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: satisfy [options] [command]');
    expect(result.stderr).toMatch(/satisfy: error: no command given\n/);
  });
});

describe('internal errors exit 3 and say they are a bug', () => {
  it('without --verbose: one line and the hint, no stack', () => {
    const lines: string[] = [];
    const code = reportFailure(new TypeError("Cannot read properties of undefined (reading 'n')"), { stderr: { write: (s: string) => lines.push(s) } }, false);
    expect(code).toBe(3);
    expect(lines.join('')).toBe(
      "satisfy: internal error: Cannot read properties of undefined (reading 'n')\nhint: this is a bug in satisfy, not in your data; please report it with the command you ran (add --verbose for the stack)\n",
    );
  });

  it('with --verbose: the stack follows', () => {
    const lines: string[] = [];
    reportFailure(new Error('boom'), { stderr: { write: (s: string) => lines.push(s) } }, true);
    expect(lines.join('')).toMatch(/^satisfy: internal error: boom\n.*\nError: boom\n\s+at /s);
  });
});
