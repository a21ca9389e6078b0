import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { otherDelimiter } from '../../src/input/sniff-delimiter.js';
import { runCli } from '../helpers/run-cli.js';

// A file read on the wrong delimiter is one column whose every line is a "comment": with a gate,
// CI saw exit 1 ("no such figure") for what is broken input. A header and first lines that all
// hold the same number (two or more) of another delimiter-like character are a wrong delimiter.
describe('a file that reads as one column but is split by another character', () => {
  const tilde = 'satisfy: error: the file reads as one column, but its header and first lines each hold 4 "~" characters: the delimiter seems to be "~", which satisfy does not read (fixtures/errors/tilde-delimited.csv:1)\nhint: satisfy splits fields on , ; tab or |: save the file again with one of them\n';
  const comma = (shown: string) => `satisfy: error: --delimiter ${shown} reads the file as one column, but its header and first lines each hold 4 "," characters: the delimiter seems to be "," (fixtures/input/several-files-part-1.csv:1)\nhint: give --delimiter ',', or leave --delimiter out to detect it\n`;
  it.each([
    ['a ~-separated export', ['report', 'fixtures/errors/tilde-delimited.csv'], tilde],
    ['a ~-separated export, with a gate', ['report', 'fixtures/errors/tilde-delimited.csv', '--fail-if', 'nps < 30'], tilde],
    ['a comma export read with --delimiter ;', ['report', 'fixtures/input/several-files-part-1.csv', '--delimiter', ';'], comma('";"')],
    ['a comma export read with --delimiter tab, with a gate', ['report', 'fixtures/input/several-files-part-1.csv', '--delimiter', 'tab', '--fail-if', 'nps < 30'], comma('tab')],
    ['inspect of a comma export read with --delimiter |', ['inspect', 'fixtures/input/several-files-part-1.csv', '--delimiter', '|'], comma('"|"')],
  ])('%s: one line naming the file, line 1 and the delimiter that fits, exit 2', (_what, args, stderr) => {
    const result = runCli(args);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('reads a real one-column export of comments, commas and other punctuation in its free text, as before', () => {
    const result = runCli(['report', 'fixtures/input/one-column-comments-commas-in-free-text.csv', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.input.files[0]).toMatchObject({ delimiter: ',', rows: 8, rowsUsed: 7, skipped: [{ reason: 'emptyRow', count: 1 }] });
    expect(report.columns.map((c) => [c.name, c.role])).toEqual([['Any other comments?', 'comment']]);
  });
});

describe('otherDelimiter', () => {
  it.each([
    ['a~b~c\n1~2~3\n4~5~6\n', ',', { delimiter: '~', count: 2 }],
    ['a,b,c\n1,2,3\n', ';', { delimiter: ',', count: 2 }],
    // Quoted fields hide what is in them.
    ['a^"b^c"^d\n1^2^3\n', ',', { delimiter: '^', count: 2 }],
    // Excel's sep= line is no record.
    ['sep=;\na,b,c\n1,2,3\n', ';', { delimiter: ',', count: 2 }],
    // The delimiter in use splits a line: not one column.
    ['a~b~c\n1~2~3\n4,5~6~7\n', ',', null],
    // Counts that vary: free text.
    ['Comments\n"a, b"\nc ~ d ~ e\n', ',', null],
    ['Note: see: this\nx: y: z\n1: 2\n', ',', null],
    // A header alone tells nothing.
    ['a~b~c\n', ',', null],
    // One of a character is not enough.
    ['a~b\n1~2\n', ',', null],
    // A second review: one-column comments, each written with one date, hold as many "/" as their
    // header (and "date/time/topic" two): punctuation of free text is no delimiter.
    ['Feedback (date/time/topic)\nOn 2024/01/05 it came late\nSince 2024/02/11 all fine\n', ',', null],
    ['When: where: why\nat 10:30: home: late\nat 11:45: work: fine\n', ',', null],
  ])('%j read on %j', (text, delimiter, expected) => {
    expect(otherDelimiter(text, delimiter, text.startsWith('sep='))).toEqual(expected);
  });
});
