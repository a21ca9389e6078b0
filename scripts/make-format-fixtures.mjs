#!/usr/bin/env node
// Writes the fixtures of fixtures/formats/ that are Excel workbooks, each beside the CSV of the
// same data, with exceljs (the library satisfy reads them with): numbers as number cells, dates as
// date cells, a rich-text cell and shared strings. The SPSS files are written by
// scripts/make_sav_fixtures.R. Run: node scripts/make-format-fixtures.mjs
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const DIR = 'fixtures/formats';
const LABELS = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];

// 24 responses, the same every run: a small linear congruential generator.
let seed = 7;
const next = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const header = ['Response ID', 'Submitted at', 'Region', 'Overall, how satisfied are you with us?', 'How likely are you to recommend us to a friend?', 'Delivery speed', 'Price', 'Support staff', 'Comments'];
const rows = Array.from({ length: 24 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 0, 5 + i * 3, 9 + (i % 8), (i * 7) % 60, 0));
  const comment = i % 3 === 0 ? `Delivery took ${2 + (i % 5)} days, price fair` : '';
  return [`R${100 + i}`, day, ['North', 'South', 'East'][i % 3], LABELS[next(5)], next(11), 1 + next(5), i % 7 === 0 ? '' : 1 + next(5), 1 + next(5) + (i % 4 === 1 ? 0.5 : 0), comment];
});

/** A CSV field as an export writes it; dates as satisfy reads a workbook's date cells. */
function csvField(value) {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
writeFileSync(`${DIR}/survey.csv`, [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n');

function addData(sheet) {
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row.map((value) => (value === '' ? null : value)));
  // One comment in rich text (two runs), as Excel keeps text with mixed formatting.
  const cell = sheet.getCell(2, 9);
  const text = String(cell.value ?? '');
  if (text !== '') cell.value = { richText: [{ text: text.slice(0, 8), font: { bold: true } }, { text: text.slice(8) }] };
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
}

// The data on the first sheet.
const book = new ExcelJS.Workbook();
addData(book.addWorksheet('Responses'));
await book.xlsx.writeFile(`${DIR}/survey.xlsx`);

// The data on the second sheet, after a sheet of notes: read with --sheet.
const second = new ExcelJS.Workbook();
second.addWorksheet('Notes').addRow(['Exported for the quarterly review']);
addData(second.addWorksheet('Data'));
await second.xlsx.writeFile(`${DIR}/survey-on-second-sheet.xlsx`);

// The data with rows that look empty in the sheet, as a workbook saved by hand has them: a row
// whose cells hold empty text, one whose cells hold only spaces and a tab, one of a single space
// in the first cell, and a row left out (a gap). Rows 5, 9, 14 and 20 of the sheet (19 is left out).
const blanks = new ExcelJS.Workbook();
const gappy = blanks.addWorksheet('Responses');
gappy.addRow(header);
const blankRows = new Map([[5, ['', '', '', '', '', '', '', '', '']], [9, [' ', '  ', '\t', ' \t ', null, ' ', null, null, '   ']], [14, [' ']]]);
let sheetRow = 2;
for (const row of rows) {
  while (blankRows.has(sheetRow) || sheetRow === 19) {
    if (sheetRow !== 19) gappy.getRow(sheetRow).values = blankRows.get(sheetRow);
    sheetRow += 1;
  }
  gappy.getRow(sheetRow).values = row.map((value) => (value === '' ? null : value));
  sheetRow += 1;
}
// The last row of the sheet is one of spaces too.
gappy.getRow(sheetRow).values = [' ', ' '];
gappy.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm:ss';
await blanks.xlsx.writeFile(`${DIR}/rows-of-empty-and-space-only-cells.xlsx`);

// A workbook cut in half: a zip whose central directory is missing.
const whole = await book.xlsx.writeBuffer();
writeFileSync(`${DIR}/truncated-workbook.xlsx`, Buffer.from(whole).subarray(0, Math.floor(whole.byteLength / 2)));

// The first bytes of an OLE compound file, which is what Excel writes for a workbook with a password.
const ole = Buffer.alloc(1024);
Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
writeFileSync(`${DIR}/ole-compound-file.xlsx`, ole);

// A Polish agency's workbook whose weights and days of waiting are typed as text with a decimal
// comma ("0,9643", "2,7"), its ratings numbers: the text is read as numbers with a decimal comma,
// as the CSV of the same data (semicolons, decimal commas) is. Before, the days were read as the
// options of a checkbox question and the weights as no number.
const polishHeader = ['Region', 'Ogólna satysfakcja (1-5)', 'Czas oczekiwania na dostawę (dni)', 'Waga'];
const polishRows = Array.from({ length: 30 }, (_, i) => [['Północ', 'Południe'][i % 2], 1 + next(5), `${1 + next(5)},${next(10)}`, `${i % 3 === 0 ? 1 : 0},${String(1000 + next(9000)).padStart(4, '0')}`]);
const polish = new ExcelJS.Workbook();
const polishSheet = polish.addWorksheet('Dane');
polishSheet.addRow(polishHeader);
for (const row of polishRows) polishSheet.addRow(row);
await polish.xlsx.writeFile(`${DIR}/decimal-commas-typed-as-text.xlsx`);
writeFileSync(`${DIR}/decimal-commas-typed-as-text.csv`, [polishHeader, ...polishRows].map((row) => row.join(';')).join('\n') + '\n');
