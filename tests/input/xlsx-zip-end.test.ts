import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { endOnlyWhenRead, xlsxRecords } from '../../src/input/read-xlsx.js';

// The zip reader and the loop over its entries that exceljs's WorkbookReader uses, from exceljs's own dependencies.
const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = fromExceljs('unzipper') as { Parse: (options: { forceStream: boolean }) => Duplex };
const iterateStream = fromExceljs('./lib/utils/iterate-stream') as (stream: Duplex) => AsyncIterable<{ path: string; autodrain: () => void }>;
// The temporary files exceljs writes a sheet to when the sheet comes before the shared strings.
const tmp = fromExceljs('tmp') as { file: (callback: (...args: unknown[]) => void) => void };

/**
 * The entries exceljs gets from a workbook's zip when it is slow to take the first one (as it is
 * when it writes a sheet stored before the shared strings to a temporary file): the zip reader has
 * consumed the whole file meanwhile.
 */
async function entriesTakenSlowly(bytes: Buffer, mend: boolean): Promise<string[]> {
  const zip = unzipper.Parse({ forceStream: true });
  if (mend) endOnlyWhenRead(zip);
  const consumed = new Promise((resolve) => zip.on('finish', resolve));
  zip.end(bytes);
  const paths: string[] = [];
  for await (const entry of iterateStream(zip)) {
    if (paths.length === 0) await consumed;
    paths.push(entry.path);
    entry.autodrain();
  }
  return paths;
}

describe('a workbook read by exceljs', () => {
  const bytes = readFileSync('fixtures/formats/survey.xlsx');

  it('loses the entries still queued when the zip reader says it has ended (exceljs#3064), unmended', async () => {
    const paths = await entriesTakenSlowly(bytes, false);
    expect(paths.length).toBeLessThan(16);
    expect(paths).not.toContain('xl/workbook.xml');
  });

  it('gets every entry, the list of sheets stored last included, when the early end waits for the queue', async () => {
    const paths = await entriesTakenSlowly(bytes, true);
    expect(paths).toHaveLength(16);
    expect(paths.at(-1)).toBe('xl/workbook.xml');
    expect(paths).toContain('xl/sharedStrings.xml');
  });

  it('reads the workbook, its list of sheets stored last, when its sheet is slow to reach its temporary file', async () => {
    const records = async (): Promise<{ sheet: string; rows: string[][] }> => {
      const sheet = xlsxRecords((async function* () { yield bytes; })(), 'survey.xlsx', undefined);
      const rows: string[][] = [];
      for await (const { record } of sheet.records) rows.push(record);
      return { sheet: sheet.sheet(), rows };
    };
    const promptly = await records();
    const file = tmp.file;
    // The temporary file made 50 ms late: meanwhile the zip reader consumes the rest of the workbook.
    tmp.file = (callback) => file((...args) => setTimeout(() => callback(...args), 50));
    try {
      expect(await records()).toEqual(promptly);
    } finally {
      tmp.file = file;
    }
    expect(promptly.sheet).toBe('Responses');
    expect(promptly.rows).toHaveLength(25);
  });

  it('ends as before where nothing waits', async () => {
    const zip = unzipper.Parse({ forceStream: true });
    endOnlyWhenRead(zip);
    zip.end(bytes);
    const paths: string[] = [];
    for await (const entry of iterateStream(zip)) {
      paths.push(entry.path);
      entry.autodrain();
    }
    expect(paths).toHaveLength(16);
  });
});
