import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * --csv-locale: the CSV for a spreadsheet of a locale (Excel in Lyon splits fields on `;`, reads
 * `0,421` as a number and needs a byte-order mark to read accents), run through the built program.
 * The CSV for programs, without the flag, stays as it was.
 */

const SAMPLE = 'fixtures/quickstart/responses.csv';
const BOM = '\ufeff';

/** The rows of a CSV in `delimiter`, its byte-order mark off. */
function rows(text: string, delimiter: string): string[][] {
  return parse(text.startsWith(BOM) ? text.slice(1) : text, { delimiter, relax_column_count: true }) as string[][];
}

const programs = runCli(['report', SAMPLE, '--format', 'csv']).stdout;

describe('--csv-locale', () => {
  it('writes for a French spreadsheet: a byte-order mark, fields split by ;, decimal commas, CRLF, the same rows and figures as the CSV for programs', () => {
    const result = runCli(['report', SAMPLE, '--format', 'csv', '--csv-locale', 'fr-FR']);
    expect(result.status).toBe(0);
    const text = result.stdout;
    expect(text.startsWith(`${BOM}file;segment_column;segment_value;period;dimension;metric;value;low;high;n\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(text).toMatch(/;csat;mean;3,6215334420880914;3,538034800325118;3,705032083851065;613\r\n/);
    const [french, plain] = [rows(text, ';'), rows(programs, ',')];
    expect(french.length).toBe(plain.length);
    // Each cell as the CSV for programs has it, a number's decimal comma aside; no number keeps a point.
    french.forEach((row, i) => expect(row.map((c) => (/^-?\d+,\d+(e-?\d+)?$/.test(c) ? c.replace(',', '.') : c))).toEqual(plain[i]));
    expect(french.flat().filter((c) => /^-?\d+\.\d+/.test(c))).toEqual([]);
  });

  it('takes the decimal separator of the locale: a point and commas between fields for en-US, with the byte-order mark; a comma and ; for de, pl-PL, lv', () => {
    const english = runCli(['report', SAMPLE, '--format', 'csv', '--csv-locale', 'en-US']).stdout;
    expect(english).toBe(`${BOM}${programs}`);
    for (const locale of ['de', 'pl-PL', 'lv']) expect(runCli(['report', SAMPLE, '--format', 'csv', '--csv-locale', locale]).stdout).toBe(runCli(['report', SAMPLE, '--format', 'csv', '--csv-locale', 'fr-FR']).stdout);
  });

  it('leaves the CSV for programs as it was: no byte-order mark, commas, decimal points', () => {
    expect(programs.startsWith('file,segment_column,')).toBe(true);
    expect(programs).toContain(',csat,mean,3.6215334420880914,3.538034800325118,3.705032083851065,613\r\n');
  });

  it('keeps hostile text inert: a formula start gets its quote, a ; or a quote is quoted, a control character is written out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-csv-locale-'));
    const file = join(dir, 'hostile.csv');
    const segments = ['=HYPERLINK("http://x";"y")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1;2)', 'Lyon; Rhône', '-1,5', 'Nord\u001b[31m'];
    const lines = ['Région,Overall satisfaction (1-5),How likely are you to recommend us? (0-10)'];
    for (let i = 0; i < 80; i++) lines.push(`"${(segments[i % segments.length] as string).replaceAll('"', '""')}",${(i % 5) + 1},${i % 11}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const text = runCli(['report', file, '--by', 'Région', '--format', 'csv', '--csv-locale', 'fr-FR', '--min-base', '5']).stdout;
    const cells = rows(text, ';').flat();
    // No text that a spreadsheet would run: every cell starting = + - @ is a number (a decimal comma read as one, as French Excel reads it).
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(c))).toEqual([]);
    for (const segment of ['=HYPERLINK("http://x";"y")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1;2)']) expect(cells).toContain(`'${segment}`);
    expect(text).toContain(';"\'=HYPERLINK(""http://x"";""y"")";');
    expect(text).toContain(';"Lyon; Rhône";');
    expect(cells).toContain('Région');
    expect(cells).toContain('Nord\\x1b[31m');
    expect(text).not.toContain('\u001b');
  });

  it('writes the comparison of satisfy compare, and the report of satisfy merge, for the locale too', () => {
    const compared = runCli(['compare', 'fixtures/segments/no-real-difference.csv', 'fixtures/segments/drop-in-one-region.csv', '--format', 'csv', '--csv-locale', 'fr-FR']);
    expect(compared.status).toBe(0);
    expect(compared.stdout.startsWith(`${BOM}scope;metric;figure;value;low;high\r\n`)).toBe(true);
    const plain = rows(runCli(['compare', 'fixtures/segments/no-real-difference.csv', 'fixtures/segments/drop-in-one-region.csv', '--format', 'csv']).stdout, ',');
    expect(rows(compared.stdout, ';').map((row) => row.map((c) => (/^-?\d+,\d+(e-?\d+)?$/.test(c) ? c.replace(',', '.') : c)))).toEqual(plain);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-csv-locale-'));
    const state = join(dir, 'a.state.json');
    expect(runCli(['report', SAMPLE, '-q', '--emit-state', state, '-o', join(dir, 'a.txt')]).status).toBe(0);
    const merged = runCli(['merge', state, '--format', 'csv', '--csv-locale', 'fr-FR']);
    expect(merged.stdout).toBe(runCli(['report', SAMPLE, '--format', 'csv', '--csv-locale', 'fr-FR']).stdout);
    expect(readFileSync(state, 'utf8').startsWith(BOM)).toBe(false);
  });

  it('writes the report of satisfy sql --engine duckdb for the locale too', () => {
    const args = ['sql', 'fixtures/sql/excel-rows-of-empty-fields-and-spaces-semicolons.csv', '--engine', 'duckdb', '--format', 'csv', '-q'];
    const french = runCli([...args, '--csv-locale', 'fr-FR']);
    expect(french.status).toBe(0);
    expect(french.stdout.startsWith(`${BOM}file;segment_column;`)).toBe(true);
    const plain = rows(runCli(args).stdout, ',');
    expect(rows(french.stdout, ';').map((row) => row.map((c) => (/^-?\d+,\d+(e-?\d+)?$/.test(c) ? c.replace(',', '.') : c)))).toEqual(plain);
  });

  it.each([
    [['report', SAMPLE, '--csv-locale', 'fr-FR'], '--csv-locale goes with --format csv, not --format table'],
    [['report', SAMPLE, '--format', 'json', '--csv-locale', 'fr-FR'], '--csv-locale goes with --format csv, not --format json'],
    [['report', SAMPLE, '--format', 'csv', '--csv-locale', 'french'], '--csv-locale takes a locale such as fr-FR, de-DE, pl-PL or en-US, not "french"'],
    [['report', SAMPLE, '--format', 'csv', '--csv-locale', 'fr_FR'], '--csv-locale takes a locale such as fr-FR, de-DE, pl-PL or en-US, not "fr_FR"'],
    [['sql', SAMPLE, '--table', 't', '--csv-locale', 'fr-FR'], '--csv-locale goes with --engine and --format csv'],
  ])('is refused where it would not apply, exit 2: %j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`satisfy: error: ${message}`);
  });
});
