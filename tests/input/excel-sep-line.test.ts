import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { excelSepLine } from '../../src/input/excel-sep-line.js';
import { runCli } from '../helpers/run-cli.js';

describe('excelSepLine', () => {
  it.each([
    ['sep=;\r\nID;Q1\r\n', ';'],
    ['sep=,\nID,Q1\n', ','],
    ['sep=\t\nID\tQ1\n', '\t'],
    ['sep=|\rID|Q1\r', '|'],
    ['\ufeffsep=;\r\nID;Q1\r\n', ';'],
    ['\ufeff\ufeffsep=;\nID;Q1\n', ';'],
    ['sep=:\nID:Q1\n', ':'],
    ['sep=;', ';'],
    // Anything else is a first line like any other.
    ['sep=;;\nID;Q1\n', null],
    ['sep=\nID;Q1\n', null],
    [' sep=;\nID;Q1\n', null],
    ['SEP=;\nID;Q1\n', null],
    ['sep=; \nID;Q1\n', null],
    ['\nsep=;\nID;Q1\n', null],
    ['ID;sep=;\n', null],
    ['', null],
  ])('%j → %j', (text, expected) => expect(excelSepLine(text)).toBe(expected));
});

const FRENCH = 'fixtures/input/excel-sep-line-semicolon-cp1252.csv';
const DELIVERY = 'Rapidité de livraison (1-5)';

function json(args: readonly string[], env: Record<string, string> = {}): { report: Report; stderr: string } {
  const result = runCli(['report', ...args, '--format', 'json'], env);
  expect(result.status).toBe(0);
  return { report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

// Excel writes, and reads, a first line "sep=;" that names the delimiter: it is no header and no
// row, and the lines after it keep their numbers in the file.
describe("Excel's sep= line", () => {
  it('names the delimiter and is skipped; lines in warnings are the file\'s own (French Excel, windows-1252, CRLF)', () => {
    const { report, stderr } = json([FRENCH]);
    const file = report.input.files[0];
    expect(file).toMatchObject({ encoding: 'windows-1252', delimiter: ';', platform: 'generic', headerRows: 1, rows: 8, rowsUsed: 7, skipped: [{ reason: 'fieldCount', count: 1, firstLines: [10] }] });
    expect(file?.notes).toContain('Excel\'s first line "sep=;" names the delimiter, ";": the line is skipped');
    expect(report.columns.map((c) => c.name)).toEqual(['Identifiant', DELIVERY, 'Avez-vous rencontré un problème ?', 'Recommanderiez-vous notre entreprise à un ami ? (0-10)', 'Commentaire']);
    expect(report.respondents).toBe(7);
    // Line 1 is "sep=;", line 2 the header, f4's comment runs over lines 6 and 7: f7 (too few fields) is on line 10, f8's 7 on line 11.
    expect(stderr.split('\n')).toEqual([
      `satisfy: warning: ${FRENCH}: skipped 1 row with the wrong number of fields (line 10); --strict makes this an error`,
      `satisfy: warning: column "${DELIVERY}": "7" is outside its 1-5 scale (${FRENCH}:11); --strict makes this an error`,
      '',
    ]);
    expect(report.nps?.score).toBeCloseTo((100 * 3) / 7, 12);
  });

  it('names the line of an error under --strict as the file does', () => {
    const result = runCli(['report', FRENCH, '--strict']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^satisfy: error: the row has 2 fields but the header has 5 \\(--strict\\) \\(${FRENCH}:10\\)\n`));
  });

  it('follows a byte-order mark (Excel "CSV UTF-8")', () => {
    const { report, stderr } = json(['fixtures/input/excel-sep-line-comma-utf8-bom.csv']);
    expect(stderr).toBe('');
    expect(report.input.files[0]).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerRows: 1, rows: 6, rowsUsed: 6, skipped: [] });
    expect(report.columns[0]?.name).toBe('Response ID');
    expect(report.nps?.score).toBeCloseTo((100 * 2) / 6, 12);
  });

  it('gives way to --delimiter, and is skipped still', () => {
    const { report } = json([FRENCH, '--delimiter', ';']);
    expect(report.input.files[0]?.notes).toContain('Excel\'s first line "sep=;" is skipped; --delimiter names the same delimiter');
    expect(report.respondents).toBe(7);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-sep-'));
    // A sep line that names the wrong delimiter, which --delimiter puts right.
    const wrong = join(dir, 'sep-line-names-the-wrong-delimiter.csv');
    writeFileSync(wrong, 'sep=|\nID,Delivery speed (1-5),How likely are you to recommend us? (0-10)\nr1,5,10\nr2,3,6\n');
    const forced = json([wrong, '--delimiter', ',']).report;
    expect(forced.input.files[0]).toMatchObject({ delimiter: ',', rows: 2, rowsUsed: 2 });
    expect(forced.input.files[0]?.notes).toContain('Excel\'s first line "sep=|" is skipped; --delimiter "," overrides the delimiter it names, "|"');
  });

  it.each([
    ['sep=;\nID;Delivery speed (1-5)\n', 2],
    ['\ufeffsep=;\r\n\r\nID;Delivery speed (1-5)\r\n', 3],
    ['\n\nID;Delivery speed (1-5)\n', 3],
  ])('names the header\'s own line when there is no response (%j)', (text, line) => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-sep-'));
    const path = join(dir, 'header-only.csv');
    writeFileSync(path, text);
    const result = runCli(['report', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: the file has a header row but no responses (${path}:${line})\n`);
  });

  it('naming a delimiter satisfy does not read is an error at line 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-sep-'));
    const colon = join(dir, 'sep-colon.csv');
    writeFileSync(colon, 'sep=:\nID:Q1\nr1:5\n');
    const result = runCli(['report', colon]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: the first line, "sep=:", names the delimiter ":", which satisfy does not read (${colon}:1)\nhint: satisfy splits fields on , ; tab or |: give one with --delimiter, or save the file again with one of them\n`);
  });

  it('is skipped by the threads that read pieces of a large file, which report it as one thread does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-sep-'));
    const path = join(dir, 'large-with-sep-line.csv');
    const lines = ['sep=;', 'ID;Delivery speed (1-5);How likely are you to recommend us? (0-10);Comment'];
    for (let i = 0; i < 12_000; i++) lines.push(i % 2503 === 2000 ? `r${i};5` : `r${i};${1 + (i % 5)};${i % 11};${i % 7 === 0 ? 'fine, thanks' : ''}`);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const args = [path, '--format', 'json'];
    const runs = [1, 2].map((threads) => runCli(['report', ...args, '--threads', String(threads)], { SATISFY_PIECE_BYTES: '32768' }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
    const file = (JSON.parse(runs[1]?.stdout ?? '') as Report).input.files[0];
    // Row i is on line i + 3: the rows of too few fields are i = 2000, 4503, 7006, 9509.
    expect(file).toMatchObject({ delimiter: ';', rows: 12_000, rowsUsed: 11_996, skipped: [{ reason: 'fieldCount', count: 4, firstLines: [2003, 4506, 7009, 9512] }] });
    expect(runs[1]?.stderr).toContain('skipped 4 rows with the wrong number of fields (line 2003, 4506, 7009, 9512)');
  });
});
