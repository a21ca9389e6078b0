import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { SatisfyError } from '../errors.js';

/** Why a row was left out of the analysis. Every one is counted in `input.files[].skipped`. */
export type SkipReason = 'emptyRow';

/** What the report says about one input file (`input.files[]`). */
export interface InputFile {
  path: string;
  encoding: string;
  delimiter: string;
  platform: string;
  headerRows: number;
  /** Data rows read, after the header rows. `rows == rowsUsed + sum(skipped[].count)`. */
  rows: number;
  rowsUsed: number;
  skipped: Array<{ reason: SkipReason; count: number; firstLines: number[] }>;
}

/** Receives the header and then each data row, with the line it starts on (1-based). */
export interface CsvHandlers {
  header(fields: string[]): void;
  row(fields: string[], line: number): void;
}

// How many line numbers of each skip reason the report keeps, to point the user at them.
const FIRST_LINES = 5;

/**
 * Streams a CSV file through csv-parse, row by row, as arrays: memory stays flat whatever the
 * file's size. Rows are pushed to `handlers`; a row whose field count differs from the header's,
 * an unclosed quote or other malformed CSV is a SatisfyError naming the file and line.
 */
export async function readCsv(path: string, handlers: CsvHandlers): Promise<InputFile> {
  await checkReadable(path);
  const file: InputFile = { path, encoding: 'utf-8', delimiter: ',', platform: 'generic', headerRows: 0, rows: 0, rowsUsed: 0, skipped: [] };
  const skip = (reason: SkipReason, line: number) => {
    let entry = file.skipped.find((s) => s.reason === reason);
    if (entry === undefined) file.skipped.push((entry = { reason, count: 0, firstLines: [] }));
    entry.count += 1;
    if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line);
  };

  const parser = parse({ bom: true, info: true, relax_column_count: true, relax_quotes: true, delimiter: file.delimiter });
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let width = 0;
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = lastLine + 1;
      lastLine = info.lines;
      if (file.headerRows === 0) {
        file.headerRows = 1;
        width = record.length;
        handlers.header(record);
        continue;
      }
      file.rows += 1;
      if (record.length === 1 && record[0] === '') {
        skip('emptyRow', line);
        continue;
      }
      if (record.length !== width) {
        throw new SatisfyError('CSV_FIELD_COUNT', `row has ${record.length} fields but the header has ${width}`, { file: path, line });
      }
      file.rowsUsed += 1;
      handlers.row(record, line);
    }
  } catch (error) {
    throw translateParseError(error, path, lastLine + 1);
  } finally {
    // On an error the parser is gone but the file may still be open.
    source.destroy();
  }
  if (file.headerRows === 0) throw new SatisfyError('FILE_EMPTY', 'the file is empty: no header row and no responses', { file: path });
  if (file.rows === 0) throw new SatisfyError('HEADER_ONLY', 'the file has a header row but no responses', { file: path, line: 1 });
  return file;
}

async function checkReadable(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new SatisfyError('FILE_IS_DIRECTORY', `${path} is a directory, not a CSV file`);
  } catch (error) {
    if (error instanceof SatisfyError) throw error;
    throw translateOpenError(error, path);
  }
}

function translateOpenError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new SatisfyError('FILE_NOT_FOUND', `cannot open ${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new SatisfyError('FILE_UNREADABLE', `cannot read ${path}: permission denied`);
  if (code === 'EISDIR') return new SatisfyError('FILE_IS_DIRECTORY', `${path} is a directory, not a CSV file`);
  return error;
}

function translateParseError(error: unknown, path: string, recordStart: number): unknown {
  if (error instanceof SatisfyError) return error;
  if (error instanceof CsvError) {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return new SatisfyError('CSV_UNCLOSED_QUOTE', 'a quoted field is never closed', { file: path, line: recordStart }, 'a field that starts with " must end with "; a quote inside it is written twice ("")');
    }
    const line = (error as CsvError & { lines?: number }).lines ?? recordStart;
    const what = error.message.replace(/ at line \d+.*$/s, '').replace(/:.*$/s, '').toLowerCase();
    return new SatisfyError('CSV_MALFORMED', `malformed CSV: ${what}`, { file: path, line });
  }
  return translateOpenError(error, path);
}
