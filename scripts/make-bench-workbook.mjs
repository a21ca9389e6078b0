#!/usr/bin/env node
// Writes the first N responses of the bench export (see scripts/bench.mjs) as an Excel workbook
// and as a CSV beside it, to measure workbooks against CSV (README, "Workbooks and SPSS files"):
// numbers as number cells, the timestamp as a date cell, text as shared strings, written with
// exceljs's streaming WorkbookWriter. Run `npm run bench -- 1000000 --runs 1` first, then:
//
//   node scripts/make-bench-workbook.mjs 200000   # → $TMPDIR/satisfy-bench/responses-200000.xlsx and .csv
import { createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

const rows = Number(process.argv[2] ?? '200000');
const dir = join(tmpdir(), 'satisfy-bench');
const source = join(dir, 'responses-1000000-v3.csv');
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, `responses-${rows}.xlsx`), useSharedStrings: process.env.SHARED !== '0' });
const sheet = workbook.addWorksheet('Responses');
const csv = createWriteStream(join(dir, `responses-${rows}.csv`));
let n = -1;
for await (const record of createReadStream(source).pipe(parse({ relax_column_count: true }))) {
  if (n >= rows) break;
  csv.write(`${record.map((f) => (/[",\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')}\n`);
  const cells = n < 0 ? record : record.map((f, i) => (i === 1 ? new Date(`${f.replace(' ', 'T')}:00Z`) : /^\d+$/.test(f) && i > 3 ? Number(f) : f));
  sheet.addRow(cells).commit();
  n += 1;
}
sheet.commit();
await workbook.commit();
await new Promise((resolve) => csv.end(resolve));
process.stdout.write(`${rows} responses → ${join(dir, `responses-${rows}.xlsx`)} and .csv\n`);
