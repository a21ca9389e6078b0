import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportJsonInProcess, withoutInput } from '../helpers/format-reports.js';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const DIR = 'fixtures/formats';

/**
 * The figures of a report, to compare an SPSS file's with its CSV's: column names differ
 * (variable names against question texts), and the scale's labels come from the file rather than
 * a lexicon's set.
 */
function figures(json: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(withoutInput(json), (key, value: unknown) => (['column', 'columns', 'question', 'items', 'itemWeights', 'outcome', 'labelSet', 'labels', 'distribution', 'language', 'label'].includes(key) ? undefined : value)));
}

/** A report whose figures keyed by column name (an item's alpha if dropped) are keyed by the column's position instead, as an SPSS file's and its CSV's names differ. */
function byPosition(json: Record<string, unknown>): Record<string, unknown> {
  const position = new Map((json.columns as Array<{ name: string; index: number }>).map((c) => [c.name, `#${c.index}`]));
  return JSON.parse(JSON.stringify(json, (_key, value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => position.has(k)) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [position.get(k), v])) : value))) as Record<string, unknown>;
}

describe('Excel workbooks', () => {
  it.each([
    ['a workbook', [`${DIR}/survey.xlsx`], [`${DIR}/survey.csv`]],
    ['a workbook, by region and month', [`${DIR}/survey.xlsx`, '--by', 'Region', '--period', 'month'], [`${DIR}/survey.csv`, '--by', 'Region', '--period', 'month']],
    ['the second sheet by name', [`${DIR}/survey-on-second-sheet.xlsx`, '--sheet', 'Data'], [`${DIR}/survey.csv`]],
    ['the second sheet by number', [`${DIR}/survey-on-second-sheet.xlsx`, '--sheet', '2'], [`${DIR}/survey.csv`]],
    ['a real LimeSurvey workbook (two header rows)', ['fixtures/real/limesurvey/informal-models-expert-survey-de.xlsx', '--sheet', 'Data'], ['fixtures/real/limesurvey/informal-models-expert-survey-de.csv']],
    // Weights and days typed as text with a decimal comma ("0,9643", "2,7"), as the CSV of semicolons reads them.
    ['a workbook of numbers typed with a decimal comma, weighted', [`${DIR}/decimal-commas-typed-as-text.xlsx`, '--weight', 'Waga'], [`${DIR}/decimal-commas-typed-as-text.csv`, '--weight', 'Waga']],
  ])('reports %s to the last digit as the CSV of the same data', async (_name, workbook, csv) => {
    const fromWorkbook = await reportJsonInProcess(workbook);
    expect(withoutInput(fromWorkbook)).toEqual(withoutInput(await reportJsonInProcess(csv)));
    expect((fromWorkbook.input as { files: Array<{ format?: string }> }).files[0]?.format).toBe('xlsx');
  });

  it('reads no decimal comma from pairs of codes of one digit, the options of a checkbox question typed as text', async () => {
    const { default: exceljs } = await import('exceljs');
    const book = new exceljs.Workbook();
    const sheet = book.addWorksheet('Responses');
    sheet.addRow(['id', 'Overall satisfaction (1-5)', 'Which products did you buy? (codes)']);
    for (let i = 0; i < 30; i++) sheet.addRow([i + 1, 1 + (i % 5), `${1 + (i % 3)},${4 + (i % 5)}`]);
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-codes-')), 'codes.xlsx');
    await book.xlsx.writeFile(path);
    const report = await reportJsonInProcess([path]);
    expect((report.input as { files: Array<{ notes: string[] }> }).files[0]?.notes.some((n) => n.includes('decimal comma'))).toBe(false);
    expect((report.columns as Array<{ name: string; role: string }>)[2]?.role).not.toBe('ignored');
  });

  it('says where it read numbers typed as text with a decimal comma, and reads their column as numbers, not the options of a checkbox question', async () => {
    const report = await reportJsonInProcess([`${DIR}/decimal-commas-typed-as-text.xlsx`]);
    expect((report.input as { files: Array<{ notes: string[] }> }).files[0]?.notes).toContain('numbers typed as text with a decimal comma ("3,2" in column "Czas oczekiwania na dostawę (dni)"): read so, "0,5" as 0.5');
    const columns = report.columns as Array<{ name: string; role: string }>;
    expect(columns.map((c) => c.role)).toEqual(['segment', 'csat', 'ignored', 'weight']);
  });

  it('counts rows of empty cells and of cells holding only spaces as empty rows, as the CSV reader counts ;;;; rows, not respondents', async () => {
    // Row 5 holds empty texts, row 9 spaces and a tab, row 14 one space, row 19 is left out, row 30 two spaces.
    const fromWorkbook = await reportJsonInProcess([`${DIR}/rows-of-empty-and-space-only-cells.xlsx`]);
    expect(withoutInput(fromWorkbook)).toEqual(withoutInput(await reportJsonInProcess([`${DIR}/survey.csv`])));
    expect(fromWorkbook.respondents).toBe(24);
    expect((fromWorkbook.input as { files: unknown[] }).files[0]).toMatchObject({ format: 'xlsx', rows: 29, rowsUsed: 24, skipped: [{ reason: 'emptyRow', count: 5, firstLines: [5, 9, 14, 19, 30] }] });
  });

  it('keeps cell types: numbers, dates and rich text as the CSV writes them', async () => {
    const result = await runInProcess(['inspect', `${DIR}/survey.xlsx`, '-f', 'json']);
    expect(result.status).toBe(0);
    const inspected = JSON.parse(result.stdout) as { input: { files: Array<{ sheet: string }> }; columns: Array<{ name: string; role: string; samples: string[] }> };
    expect(inspected.input.files[0]?.sheet).toBe('Responses');
    const column = (name: string) => inspected.columns.find((c) => c.name === name);
    expect(column('Submitted at')?.samples[0]).toBe('2026-01-05 09:00:00');
    expect(column('Submitted at')?.role).toBe('timestamp');
    expect(column('Support staff')?.samples).toContain('3.5');
    expect(column('Comments')?.samples[0]).toBe('Delivery took 2 days, price fair');
  });

  it('inspect names the format and the sheet', () => {
    const result = runCli(['inspect', `${DIR}/survey-on-second-sheet.xlsx`, '--sheet', 'Data']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('format xlsx · sheet Data · platform generic · 1 header row');
  });

  it('reads the first sheet by default, and names the sheets when --sheet names none', () => {
    const first = runCli(['report', `${DIR}/survey-on-second-sheet.xlsx`]);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('no responses');
    const missing = runCli(['report', `${DIR}/survey.xlsx`, '--sheet', 'Answers']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`satisfy: error: no sheet "Answers" in the workbook (${DIR}/survey.xlsx)\nhint: its sheets are: Responses\n`);
    const tooFar = runCli(['report', `${DIR}/survey-on-second-sheet.xlsx`, '--sheet', '3']);
    expect(tooFar.status).toBe(2);
    expect(tooFar.stderr).toBe(`satisfy: error: --sheet 3: the workbook has 2 sheets (${DIR}/survey-on-second-sheet.xlsx)\nhint: its sheets are: Notes, Data\n`);
  });

  it('names the other sheets when the first has nothing to score, even where its free text would be comments', async () => {
    // A first sheet of notes about the data (as a real LimeSurvey workbook has), the data on the next.
    const { default: exceljs } = await import('exceljs');
    const book = new exceljs.Workbook();
    const notes = book.addWorksheet('Cleanup log');
    notes.addRow(['What was done to the export before it was shared']);
    for (const line of ['Deleted all lines that have no answers besides the first three questions of the survey', 'Merged the two columns of the second question, which the platform had split in two', 'Removed the e-mail addresses and the names of the respondents who had given them']) notes.addRow([line]);
    const data = book.addWorksheet('Data');
    data.addRow(['id', 'Speed of delivery (1-5)', 'Overall satisfaction (1-5)']);
    for (let i = 0; i < 12; i++) data.addRow([i + 1, 1 + (i % 5), 1 + ((i * 3) % 5)]);
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-sheets-')), 'notes-then-data.xlsx');
    await book.xlsx.writeFile(path);
    const first = runCli(['report', path]);
    expect(first.status).toBe(2);
    expect(first.stderr).toBe(`satisfy: error: no column can be scored: found no rating (0-10 or a known label set), yes/no problem or recommend column (${path})\nhint: this is the workbook's first sheet; read another with --sheet: "Data"\n`);
    expect(runCli(['report', path, '--sheet', 'Data']).status).toBe(0);
    // Named, the first sheet is read as asked: its free text is a report of comments.
    expect(runCli(['report', path, '--sheet', 'Cleanup log']).status).toBe(0);
  });
});

describe("an analyst's workbook", () => {
  it('finds the header below a title and merged group labels, and skips the rows of averages and totals below the data, with the figures of the CSV of the data', async () => {
    const { default: exceljs } = await import('exceljs');
    const { parse } = await import('csv-parse/sync');
    const [header, ...rows] = parse(readFileSync(`${DIR}/survey.csv`, 'utf8')) as string[][];
    const book = new exceljs.Workbook();
    const sheet = book.addWorksheet('Results');
    sheet.getCell(1, 1).value = 'Customer survey, January 2026';
    sheet.mergeCells(1, 1, 1, 6);
    sheet.getCell(3, 1).value = 'Respondent';
    sheet.mergeCells(3, 1, 3, 3);
    sheet.getCell(3, 4).value = 'Ratings';
    sheet.mergeCells(3, 4, 3, 8);
    sheet.getRow(4).values = header as string[];
    rows.forEach((row, i) => (sheet.getRow(5 + i).values = row.map((cell) => (cell === '' ? null : /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell))));
    const last = 4 + rows.length;
    // A labelled row of averages, and one of counts whose only label is its formulas.
    sheet.getCell(last + 2, 1).value = 'Average';
    sheet.getCell(last + 3, 5).value = { formula: `COUNT(E5:E${last})`, result: rows.length } as never;
    for (const column of ['E', 'F', 'G']) sheet.getCell(`${column}${last + 2}`).value = { formula: `AVERAGE(${column}5:${column}${last})`, result: 4 } as never;
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-analyst-')), 'analyst.xlsx');
    await book.xlsx.writeFile(path);
    const fromWorkbook = await reportJsonInProcess([path]);
    const fromCsv = await reportJsonInProcess([`${DIR}/survey.csv`]);
    const { notes, ...figures } = withoutInput(fromWorkbook);
    expect(figures).toEqual((({ notes: _, ...rest }) => rest)(withoutInput(fromCsv)));
    expect(notes).toContain(`${path}: the header is row 4 (found below the rows above it); left out above it: title "Customer survey, January 2026", 1 blank row, labels "Respondent", "Ratings"`);
    expect((fromWorkbook.input as { files: unknown[] }).files[0]).toMatchObject({ headerLine: 4, rows: rows.length + 3, rowsUsed: rows.length, skipped: [{ reason: 'emptyRow', count: 1, firstLines: [last + 1] }, { reason: 'summaryRow', count: 2, firstLines: [last + 2, last + 3] }] });
  });

  it("finds the header below an agency's banner whose labels stand side by side (one over a single column), with the figures of the CSV of the data", async () => {
    const { default: exceljs } = await import('exceljs');
    const { parse } = await import('csv-parse/sync');
    const [header, ...rows] = parse(readFileSync(`${DIR}/survey.csv`, 'utf8')) as string[][];
    const book = new exceljs.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.getCell(1, 1).value = 'Customer survey, January 2026';
    sheet.getCell(2, 1).value = 'Prepared by Fieldwork Ltd. Base: all respondents.';
    // Respondent over A-C, Overall over D alone, Ratings over E-I beside it: nine names, three labels, two side by side.
    sheet.getCell(4, 1).value = 'Respondent';
    sheet.mergeCells(4, 1, 4, 3);
    sheet.getCell(4, 4).value = 'Overall';
    sheet.getCell(4, 5).value = 'Ratings';
    sheet.mergeCells(4, 5, 4, 9);
    sheet.getRow(5).values = header as string[];
    rows.forEach((row, i) => (sheet.getRow(6 + i).values = row.map((cell) => (cell === '' ? null : /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell))));
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-banner-')), 'banner.xlsx');
    await book.xlsx.writeFile(path);
    const fromWorkbook = await reportJsonInProcess([path]);
    const { notes, ...figures } = withoutInput(fromWorkbook);
    const fromCsv = await reportJsonInProcess([`${DIR}/survey.csv`]);
    // Before: the note row was the header, sixteen columns named " (2)" … and no CSAT or NPS.
    expect(figures).toEqual((({ notes: _, ...rest }) => rest)(withoutInput(fromCsv)));
    expect(notes).toContain(`${path}: the header is row 5 (found below the rows above it); left out above it: title "Customer survey, January 2026", title "Prepared by Fieldwork Ltd. Base: all respondents.", 1 blank row, labels "Respondent", "Overall", "Ratings"`);
  });

  it('keeps every respondent whose row holds a formula filled down the column (a running number, a duplicate check), and still skips the totals below them', async () => {
    const { default: exceljs } = await import('exceljs');
    const { parse } = await import('csv-parse/sync');
    const [header, ...rows] = parse(readFileSync(`${DIR}/survey.csv`, 'utf8')) as string[][];
    const book = new exceljs.Workbook();
    const sheet = book.addWorksheet('Results');
    sheet.getRow(1).values = [...(header as string[]), 'No.', 'Duplicate?'];
    const last = 1 + rows.length;
    rows.forEach((row, i) => {
      const r = 2 + i;
      sheet.getRow(r).values = [...row.map((cell) => (cell === '' ? null : /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)), i === 0 ? 1 : { formula: `MAX($J$2:J${r - 1})+1`, result: i + 1 }, { formula: `COUNTIF($A$2:$A$${last},A${r})>1`, result: false }] as never;
    });
    sheet.getCell(last + 1, 1).value = 'Average';
    for (const column of ['E', 'F', 'G']) sheet.getCell(`${column}${last + 1}`).value = { formula: `AVERAGE(${column}2:${column}${last})`, result: 4 } as never;
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-helper-formulas-')), 'helpers.xlsx');
    await book.xlsx.writeFile(path);
    const report = await reportJsonInProcess([path]);
    expect(report.respondents).toBe(rows.length);
    expect((report.input as { files: unknown[] }).files[0]).toMatchObject({ rowsUsed: rows.length, skipped: [{ reason: 'summaryRow', count: 1, firstLines: [last + 1] }] });
  });
});

describe('SPSS files', () => {
  it('reports a labelled .sav with the figures of the CSV of the same data', async () => {
    const sav = await reportJsonInProcess([`${DIR}/labelled-survey.sav`, '--by', 'Region', '--period', 'month']);
    const csv = await reportJsonInProcess([`${DIR}/labelled-survey.csv`, '--by', 'Region', '--period', 'month']);
    expect(figures(sav)).toEqual(figures(csv));
    expect(sav.respondents).toBe(30);
    const files = (sav.input as { files: Array<{ format: string; rows: number }> }).files;
    expect(files[0]).toMatchObject({ format: 'sav', rows: 30 });
  });

  it('takes variable labels as questions and value labels as the scale, user-missing codes as not applicable', async () => {
    const sav = await reportJsonInProcess([`${DIR}/labelled-survey.sav`]);
    const csat = sav.csat as { column: string; question: string; n: number; scale: { min: number; max: number; labels: Record<string, string> }; missing: { notApplicable: number } };
    expect(csat.column).toBe('csat');
    expect(csat.question).toBe('Overall, how satisfied are you with our service?');
    expect(csat.scale).toMatchObject({ min: 1, max: 5, labels: { '1': 'Very dissatisfied', '5': 'Very satisfied' } });
    expect(csat.missing.notApplicable).toBe(3);
    expect(csat.n).toBe(27);
  });

  it('reverses a scale whose codes run from best to worst', async () => {
    const sav = await reportJsonInProcess([`${DIR}/labelled-survey.sav`]);
    const delivery = (sav.items as Array<{ column: string; scale: { reversed: boolean; labels: Record<string, string> } }>).find((i) => i.column === 'delivery');
    expect(delivery?.scale.labels['1']).toBe('Very satisfied');
    expect(delivery?.scale.reversed).toBe(true);
  });

  it('reverses an item worded the other way round, as the CSV of the same questions: the file gives its scale, not its direction', async () => {
    // "The staff were slow in responding" was scored as worded: service 50.6 with alpha −1.17.
    const sav = await reportJsonInProcess([`${DIR}/negatively-worded-item.sav`]);
    const csv = await reportJsonInProcess([`${DIR}/negatively-worded-item.csv`]);
    const items = (report: Record<string, unknown>) => (report.items as Array<{ column: string; question: string | null; scale: { reversed: boolean } }>).map((i) => [i.question ?? i.column, i.scale.reversed]);
    expect(items(sav)).toEqual([
      ['The staff were friendly and helpful', false],
      ['The staff were slow in responding', true],
      ['The staff were courteous', false],
      ['Overall I am satisfied with my stay', false],
    ]);
    expect(items(sav)).toEqual(items(csv));
    const service = (report: Record<string, unknown>) => (report.dimensions as Record<string, { score: number; alpha: { ifDropped: Record<string, number>; itemTotal: Record<string, number> } }>).service;
    expect(service(sav)?.score).toBeCloseTo(service(csv)?.score as number, 12);
    // Alpha's figures by item are keyed by the column's name: the file's (slow), the CSV's (its question).
    const alpha = (report: Record<string, unknown>) => {
      const found = service(report)?.alpha;
      return { ...found, ifDropped: Object.values(found?.ifDropped ?? {}), itemTotal: Object.values(found?.itemTotal ?? {}) };
    };
    expect(alpha(sav)).toEqual(alpha(csv));
  });

  const byRegionAndWeek = ['--by', 'Region', '--period', 'week'];
  it.each([
    ['labelled-survey.zsav', 'labelled-survey', byRegionAndWeek, 30],
    ['labelled-2000-rows.zsav (one block)', 'labelled-2000-rows', byRegionAndWeek, 2000],
    ['labelled-2000-rows-in-small-blocks.zsav', 'labelled-2000-rows', byRegionAndWeek, 2000],
    ['no-opinion-midpoint.zsav', 'no-opinion-midpoint', [], 8],
  ])('reports %s, its cases compressed with zlib, as the .sav and the CSV of the same data, to the last digit', async (name, same, flags, rows) => {
    const zsav = await reportJsonInProcess([`${DIR}/${name.split(' ')[0] as string}`, ...flags]);
    expect(withoutInput(zsav)).toEqual(withoutInput(await reportJsonInProcess([`${DIR}/${same}.sav`, ...flags])));
    if (same !== 'no-opinion-midpoint') expect(figures(zsav)).toEqual(figures(await reportJsonInProcess([`${DIR}/${same}.csv`, ...flags])));
    expect((zsav.input as { files: unknown[] }).files[0]).toMatchObject({ format: 'sav', rows, notes: ['zlib-compressed (.zsav)'] });
  });

  it('reads a .zsav gzip-compressed, under any name, as it comes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-zsav-'));
    try {
      writeFileSync(join(dir, 'export.csv.gz'), gzipSync(readFileSync(`${DIR}/labelled-2000-rows-in-small-blocks.zsav`)));
      expect(withoutInput(await reportJsonInProcess([join(dir, 'export.csv.gz')]))).toEqual(withoutInput(await reportJsonInProcess([`${DIR}/labelled-2000-rows.sav`])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the trailer of a .zsav after its last case', () => {
    // sav-reader has every case before the trailer is read: a damaged or missing trailer still stops the report.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-zsav-'));
    try {
      const zsav = readFileSync(`${DIR}/labelled-survey.zsav`);
      const listed = Buffer.from(zsav);
      // The last 4 bytes are the compressed size of the one block.
      listed.writeInt32LE(zsav.readInt32LE(zsav.length - 4) + 1, zsav.length - 4);
      writeFileSync(join(dir, 'listed.zsav'), listed);
      writeFileSync(join(dir, 'cut.zsav'), zsav.subarray(0, zsav.length - 10));
      for (const [file, message] of [
        ['listed.zsav', `the SPSS file (.zsav) is damaged: the trailer of its compressed cases lists block 1 of 1 with compressed size ${zsav.readInt32LE(zsav.length - 4) + 1}, where the block's is ${zsav.readInt32LE(zsav.length - 4)}`],
        ['cut.zsav', 'the SPSS file (.zsav) ends inside the trailer of its compressed cases: it is truncated'],
      ]) {
        const result = runCli(['report', join(dir, file as string)]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message as string} (${join(dir, file as string)})`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a scale whose value labels name its ends alone ("0 Not at all likely", "10 Extremely likely") as its codes, its ends stated as a header states them', async () => {
    // scripts/make_sav_fixtures.R: the CSV holds the same answers as numbers, the ends in its headers.
    const sav = await reportJsonInProcess([`${DIR}/end-labelled-scales.sav`, '--by', 'region']);
    expect(figures(byPosition(sav))).toEqual(figures(byPosition(await reportJsonInProcess([`${DIR}/end-labelled-scales.csv`, '--by', 'Region']))));
    const columns = sav.columns as Array<{ name: string; role: string; question: string; scale: { min: number; max: number; reversed: boolean; reversedBy?: string } | null }>;
    expect(columns.find((c) => c.name === 'q2')).toMatchObject({ role: 'nps', question: 'How likely are you to recommend us to a friend? (0 = Not at all likely, 10 = Extremely likely)', scale: { min: 0, max: 10, reversed: false } });
    // "1 Very satisfied" … "5 Very dissatisfied": the best first, scored from the top down.
    expect(columns.find((c) => c.name === 'q1')).toMatchObject({ role: 'csat', scale: { min: 1, max: 5, reversed: true, reversedBy: 'labelled-ends' } });
    expect(columns.find((c) => c.name === 'q3')).toMatchObject({ role: 'item', scale: { min: 1, max: 7, reversed: false } });
    // Regions on codes 1, 3 and 5, each labelled, are categories: written as their labels.
    expect((sav.segments as Array<{ column: string; value: string }>).map((s) => s.value).sort()).toEqual(['East', 'North', 'South']);
    // The user-missing codes (98, 99) of the recommend question and of a variable of bare ratings are not applicable.
    const items = sav.items as Array<{ column: string; missing: Record<string, number> }>;
    expect(items.find((i) => i.column === 'q2')?.missing).toMatchObject({ notApplicable: 2, invalid: 0 });
    expect(items.find((i) => i.column === 'q4')?.missing).toMatchObject({ notApplicable: 3, invalid: 0 });
  });

  it('reads a count labelled at its ends ("0 Never", "5 5 times or more") as no scale: its labels stay words, and it rates no service', async () => {
    const sav = await reportJsonInProcess([`${DIR}/count-labelled-at-its-ends.sav`]);
    const columns = sav.columns as Array<{ name: string; role: string; question: string }>;
    expect(columns.find((c) => c.name === 'contacts')).toMatchObject({ role: 'segment', question: 'How often did you contact customer service?' });
    // The rating beside it is anchored as before.
    expect(columns.find((c) => c.name === 'q1')).toMatchObject({ role: 'csat', question: 'Overall, how satisfied are you with our service? (1 = Very dissatisfied, 5 = Very satisfied)' });
    expect(sav.dimensions).toEqual({});
  });

  it('reads a resolved question coded 1 Yes, 2 No, 3 Partly in the order of its labels, not of its codes', async () => {
    const sav = await reportJsonInProcess([`${DIR}/resolved-coded-yes-no-partly.sav`]);
    expect(figures(sav)).toEqual(figures(await reportJsonInProcess([`${DIR}/resolved-coded-yes-no-partly.csv`])));
    const resolved = (sav.items as Array<{ column: string; mean: number; scale: { reversed: boolean } }>).find((i) => i.column === 'resolved');
    // 40 answers: yes 100, partly 50, no 0 (the CSV's counts, see the script).
    const answers = readFileSync(`${DIR}/resolved-coded-yes-no-partly.csv`, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[1]);
    const count = (answer: string) => answers.filter((a) => a === `"${answer}"`).length;
    expect((resolved as { scale: { reversed: boolean } }).scale.reversed).toBe(false);
    expect(resolved?.mean).toBeCloseTo((3 * count('Yes') + 2 * count('Partly') + count('No')) / answers.length, 12);
  });

  it('keeps a labelled midpoint ("No opinion") on the scale instead of reading it as a non-answer', async () => {
    const sav = await reportJsonInProcess([`${DIR}/no-opinion-midpoint.sav`]);
    const items = sav.items as Array<{ column: string; n: number; mean: number; scale: { min: number; max: number } }>;
    // service is 1, 2, 3, 3, 3, 4, 5, 5: mean 26 / 8.
    expect(items.find((i) => i.column === 'service')).toMatchObject({ n: 8, mean: 3.25, scale: { min: 1, max: 5 } });
    expect(items.find((i) => i.column === 'value')).toMatchObject({ n: 8, mean: 25 / 8 });
  });
});

describe('choosing the format', () => {
  it.each([
    ['a truncated workbook', `${DIR}/truncated-workbook.xlsx`, [], 'the workbook ends too soon: it is truncated or damaged'],
    ['an OLE file (a workbook with a password, or .xls)', `${DIR}/ole-compound-file.xlsx`, [], 'this is a password-protected workbook or an old Excel .xls, which satisfy cannot read'],
    ['a truncated .zsav', `${DIR}/labelled-2000-rows-truncated.zsav`, [], 'the SPSS file (.zsav) ends inside block 3 of 5 of its compressed cases: it is truncated'],
    ['a truncated SPSS file', `${DIR}/truncated-cases.sav`, [], 'the SPSS file ends inside case 25 of its 30: it is truncated'],
    ['a CSV forced to be a workbook', `${DIR}/survey.csv`, ['--format-in', 'xlsx'], 'cannot read the workbook: '],
    ['a CSV forced to be an SPSS file', `${DIR}/survey.csv`, ['--format-in', 'sav'], 'cannot read the SPSS file at its dictionary: '],
  ])('stops with one line naming %s', (_name, file, flags, message) => {
    const result = runCli(['report', file, ...flags]);
    expect(result.status).toBe(2);
    const [first] = result.stderr.split('\n');
    expect(first).toContain(`satisfy: error: ${message}`);
    expect(first).toContain(`(${file})`);
  });

  it('recognises the format by content, not by name', async () => {
    // A workbook and an SPSS file under the name of a CSV are read as what they are.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-formats-'));
    try {
      copyFileSync(`${DIR}/survey.xlsx`, join(dir, 'export.csv'));
      copyFileSync(`${DIR}/labelled-survey.sav`, join(dir, 'data.csv'));
      expect(withoutInput(await reportJsonInProcess([join(dir, 'export.csv')]))).toEqual(withoutInput(await reportJsonInProcess([`${DIR}/survey.csv`])));
      expect(withoutInput(await reportJsonInProcess([join(dir, 'data.csv')]))).toEqual(withoutInput(await reportJsonInProcess([`${DIR}/labelled-survey.sav`])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown --format-in', () => {
    const result = runCli(['report', `${DIR}/survey.csv`, '--format-in', 'ods']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: unknown input format "ods"\nhint: --format-in takes one of: csv, xlsx, sav, json, parquet\n');
  });
});

describe('a workbook larger than one read (1 MiB)', () => {
  it('reports as the CSV of the same data', { timeout: 120_000 }, async () => {
    const { default: ExcelJS } = await import('exceljs');
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-large-workbook-'));
    try {
      // Seeded text that does not compress away, so that the zip is several reads long.
      let seed = 1;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const word = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
      const header = ['Response ID', 'Region', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', 'Comment'];
      const rows = Array.from({ length: 30_000 }, (_, i) => [`R${i}`, ['North', 'South'][i % 2] as string, 1 + Math.floor(random() * 5), Math.floor(random() * 11), Array.from({ length: 8 }, word).join(' ')]);
      writeFileSync(join(dir, 'large.csv'), [header, ...rows].map((row) => row.join(',')).join('\n') + '\n');
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'large.xlsx'), useSharedStrings: true });
      const sheet = book.addWorksheet('Responses');
      sheet.addRow(header).commit();
      for (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await book.commit();
      expect(statSync(join(dir, 'large.xlsx')).size).toBeGreaterThan(2 * 1024 * 1024);
      expect(withoutInput(await reportJsonInProcess([join(dir, 'large.xlsx')]))).toEqual(withoutInput(await reportJsonInProcess([join(dir, 'large.csv')])));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
