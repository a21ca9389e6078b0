import type { Readable } from 'node:stream';
import { SatisfyError, UnknownColumnError } from '../errors.js';
import { indexOfColumn } from '../text/column-name.js';
import { normalizeText } from '../text/normalize-text.js';
import { startsWithLetter, trimmed } from '../text/trimmed.js';
import { CsvRecords, countOf, isByteWise, type RecordEnding } from './csv-records.js';
import { createDecoder } from './decoder.js';
import { detectEncoding, whatwgName } from './detect-encoding.js';
import { excelSepLine } from './excel-sep-line.js';
import { describeAbove, filledCells, findHeaderRow, groupLabels } from './find-header-row.js';
import { findRecordStart } from './find-record-start.js';
import { sniffFormat, type InputFormat } from './input-format.js';
import { openSource, readBytes, type OpenedSource } from './open-source.js';
import { PLATFORM_SAMPLE, recognisePlatform, type Platform, type PlatformShape } from './platforms/recognise-platform.js';
import { plainShape } from './platforms/platform-shape.js';
import { apiShape } from './json-responses.js';
import { readJsonResponses } from './read-json-input.js';
import type { ColumnHint } from './platforms/platform-shape.js';
import { readParquet } from './read-parquet.js';
import { savRecords } from './read-sav.js';
import { xlsxRecords } from './read-xlsx.js';
import { DELIMITERS, otherDelimiter, sniffDelimiter } from './sniff-delimiter.js';
import type { SourceRecord } from './source-record.js';

/** Why a row was left out of the analysis. Every one is counted in `input.files[].skipped`. */
export const SKIP_REASONS = ['emptyRow', 'summaryRow', 'repeatedHeader', 'fieldCount', 'unclosedQuote', 'strayQuote', 'notObject', 'preview', 'test', 'spam', 'partial', 'filtered', 'inattentive', 'declinedConsent'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What the report says about one input file (`input.files[]`). */
export interface InputFile {
  path: string;
  /** A file that is not CSV: an Excel workbook, an SPSS data file, JSON responses or a Parquet file (absent for CSV). */
  format?: 'xlsx' | 'sav' | 'json' | 'parquet';
  /** The sheet of a workbook that was read. */
  sheet?: string;
  /** Every sheet of the workbook, in tab order (the one read among them). */
  sheets?: string[];
  encoding: string;
  delimiter: string;
  platform: Platform;
  headerRows: number;
  /**
   * The line (a workbook's row) of the header, where rows above it were left out: a title, blank
   * rows, group labels over the columns (see findHeaderRow), or the rows above `--header-row`;
   * absent when the header is the first row that holds anything.
   */
  headerLine?: number;
  /** Data rows read, after the header rows. `rows == rowsUsed + sum(skipped[].count)`. */
  rows: number;
  rowsUsed: number;
  skipped: Array<{ reason: SkipReason; count: number; firstLines: number[] }>;
  /** Byte sequences that are not UTF-8 in a file read as UTF-8, each read as U+FFFD, and the first lines they are on; absent when there is none. */
  notUtf8?: { count: number; firstLines: number[] };
  /** What the reader noticed: a trailing delimiter, duplicate column names, how it chose the encoding. */
  notes: string[];
  /**
   * Answers in columns that every row of the detection sample left blank, so that they were read as
   * unused and are not scored (a question added to the form after the first rows): by column, how
   * many rows of this file answer it and the first lines they are on; absent when there is none.
   */
  unscoredAnswers?: Array<{ column: string; answers: number; firstLines: number[] }>;
}

/** `--where "Region=North"`: a column (by name, or `#N`), `=` or `!=`, and a value compared as written, trimmed. */
export interface RowCondition {
  column: string;
  equals: boolean;
  value: string;
}

/** What the survey layer needs to know of a file besides its rows. */
export interface FileShape {
  /** The platform whose export this is (see recognisePlatform), where the reader tells. */
  platform?: Platform;
  names: string[];
  questions: Array<string | null>;
  hints: Array<ColumnHint | null>;
  /** The delimiter is not a comma, so `4,5` is the number 4.5. */
  decimalComma: boolean;
  negativeCodesMissing: boolean;
  quotePrefix: boolean;
  /** An SPSS file's value labels of each column that are a rating scale (see savRecords); absent for other files. */
  valueLabels?: Array<FileScale | null>;
  /** Each column's Qualtrics ImportId from the export's third header row, or null; absent for other files. */
  importIds?: Array<string | null>;
  /** The group label each column sits under, written once over the columns it spans in a row right above the header (see groupLabels), or null; absent when there is none. */
  groupLabels?: Array<string | null>;
  /** The columns the platform says are a text box (see PlatformShape.openEnded); absent when it says of none. */
  openEnded?: boolean[];
}

/**
 * A rating scale a file defines for a column: each code's label (consecutive whole codes), and the
 * answers written for its user-missing codes. Labels null: the file defines no scale of labels, only
 * the answers of its user-missing codes (a 0-10 question whose ends alone are labelled, a variable
 * of bare numbers with a "99 Refused" marked missing).
 */
export interface FileScale {
  labels: Record<string, string> | null;
  missing: string[];
}

export interface ReadOptions {
  /** Force an encoding (a WHATWG label), a delimiter or a platform instead of detecting it. */
  encoding?: string;
  /** Keep only the rows whose columns match all of these (`--where`); the others are counted as `filtered`. */
  where?: readonly RowCondition[];
  /** Words with letters beyond ASCII that exports use (lower case): they tell code pages apart. Asked for only when a file is not UTF-8. */
  words?: () => ReadonlySet<string>;
  delimiter?: string;
  platform?: Platform;
  /** Keep responses the platform marks as not finished. */
  includePartial?: boolean;
  /**
   * Keep the survey tests and previews the platform marks (Qualtrics' `Status`): the file holds
   * nothing else (see onlyTestsAndPreviews), so they are what there is to report; noted in the file's notes.
   */
  keepTests?: boolean;
  /** A row that cannot be read is an error instead of being skipped and counted. */
  strict?: boolean;
  /** Standard input, read for the path `-` (asked for only then: Node makes its stream when it is first asked for). */
  stdin?: () => Readable | undefined;
  /** Told how many bytes of the file have been read, and of how many (null for standard input). */
  onBytes?: (read: number, total: number | null) => void;
  /** Tell handlers.piece where each piece of this many bytes starts (see CsvRecords). */
  pieceBytes?: number;
  /** Read the files as this format (`--format-in`) instead of recognising it from their bytes. */
  formatIn?: InputFormat;
  /** The sheet of a workbook to read, by name or number from 1 (`--sheet`); the first by default. */
  sheet?: string;
  /** A header and no row is a file of 0 rows, not an error (`--allow-empty`); a file with no header stays one. */
  allowHeaderOnly?: boolean;
  /** The line of a CSV file, or row of a sheet, that holds the header (`--header-row`), the rows above it left out; found by default (see findHeaderRow). */
  headerRow?: number;
  /** Who named `headerRow`, as errors and notes say it: `--header-row 3` by default, or the config's key. */
  headerRowSaid?: string;
  /** The words that open a row of totals or averages below the data ("total", "average", folded; see isSummaryRow): such rows are skipped as `summaryRow`. None by default. */
  summaryWords?: readonly string[];
}

/** What a handler can ask of the reading of a file, once its header is read. */
export interface ReadControl {
  /** From now on only these columns' fields are converted; the others are given as '' (the reader spends no time on them). */
  useColumns(columns: readonly number[]): void;
  /** Stops reading the file: no more rows are handed over, and nothing is checked at its end. */
  stop(): void;
  /** Reads no further rows until `promise` settles (at most those of the batch of records being handed over still come); a rejection stops the reading with its error. */
  waitFor(promise: Promise<unknown>): void;
  /** The piece of the file being read (see ReadOptions.pieceBytes). */
  readonly piece: number;
  /** Where that piece's first record starts, and its line: told in handlers.piece, before that record. */
  pieceStart(): { offset: number; line: number };
  /** The file's size and record ending when worker threads can read ranges of it: a plain file in a byte-wise encoding. */
  splittable(): { size: number; ending: RecordEnding } | null;
}

/** Receives the file's shape once its header rows are read, then each data row with the line where it starts. */
export interface CsvHandlers {
  header(shape: FileShape, file: InputFile, control: ReadControl): void;
  row(fields: string[], line: number): void;
  /** The rows that follow are in piece `piece` of the file (ReadOptions.pieceBytes). */
  piece?(piece: number): void;
}

/** A range of a file after its first piece, for one of the threads that share it: the records that start from `from` up to `until` (byte offsets). */
export interface FileRange {
  from: number;
  until: number;
  /** Where the first of those records starts, when known; otherwise it is found from `from` (see findRecordStart). */
  start: number | null;
  /** The encoding and delimiter found for the whole file. */
  encoding: string;
  delimiter: string;
}

// How many line numbers of each skip reason the report keeps, to point the user at them.
const FIRST_LINES = 5;
// A single record longer than this is not a survey answer: reading stops there.
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
// When the header ends with a delimiter, the records read before deciding whether the column it
// opens is a column (a value in any of them) or only the mark of a delimiter that ends every line.
const TRAILING_SAMPLE = 1000;

// A header wider than this is not a survey export (the widest real ones have a few thousand columns):
// reading stops there, before detection and the analysis spend time and memory on every column.
export const MAX_COLUMNS = 20_000;

/**
 * Streams one CSV export row by row, as arrays, so memory stays flat whatever its size: detects
 * (or takes) its encoding, delimiter and platform shape, splits records on the raw bytes (see
 * CsvRecords), and pushes rows to `handlers`. A row that cannot be read is skipped and counted by
 * reason (an error under `strict`); an empty, header-only or binary file is an error.
 */
export async function readCsv(path: string, handlers: CsvHandlers, options: ReadOptions = {}): Promise<InputFile> {
  const source = await openSource(path, options.stdin, options.onBytes);
  const format = options.formatIn ?? sniffFormat(source.head);
  // A sheet asked of a file that has none would be ignored unseen: the user may think a sheet was read.
  if (options.sheet !== undefined && format !== 'xlsx' && format !== 'zip') {
    const kind = { csv: 'a CSV', json: 'a JSON file', parquet: 'a Parquet file', sav: 'an SPSS file', ole: 'an old Excel .xls or a password-protected workbook' }[format];
    throw new SatisfyError('USAGE', `--sheet ${options.sheet}: this is ${kind}, not an Excel workbook: it has no sheets`, { file: path }, 'leave out --sheet, which is for .xlsx workbooks');
  }
  if (format !== 'csv') return readOtherFormat(format, path, source, handlers, options);
  const encoding = options.encoding === undefined ? detectEncoding(source.head, path, options.words) : forcedEncoding(options.encoding);
  const headText = createDecoder(encoding.encoding).decode(source.head, { stream: true });
  const sepLine = excelSepLine(headText);
  const delimiter = options.delimiter ?? sepLine ?? sniffDelimiter(headText);
  if (options.delimiter === undefined && sepLine !== null && !(DELIMITERS as readonly string[]).includes(sepLine)) {
    throw new SatisfyError('FILE_UNREADABLE', `the first line, "sep=${sepLine}", names the delimiter "${sepLine}", which satisfy does not read`, { file: path, line: 1 }, 'satisfy splits fields on , ; tab or |: give one with --delimiter, or save the file again with one of them');
  }
  if (sepLine === null || options.delimiter !== undefined) refuseOneColumn(headText, delimiter, options.delimiter !== undefined, path, sepLine !== null);
  const file: InputFile = { path, encoding: encoding.encoding, delimiter, platform: 'generic', headerRows: 0, rows: 0, rowsUsed: 0, skipped: [], notes: [] };
  if (source.gzip) file.notes.push('gzip-compressed');
  file.notes.push(`encoding: ${encoding.evidence}`);
  if (sepLine !== null) file.notes.push(sepLineNote(sepLine, options.delimiter));

  const byteWise = isByteWise(encoding.encoding);
  const reader: CsvRecords = new CsvRecords(
    { record: (record, line) => rows.push(record, line), unclosed: (line, text) => rows.unreadable(line, text), piece: (piece) => rows.piece(piece), notUtf8: (count, line) => rows.notUtf8(count, line) },
    { delimiter, encoding: byteWise ? encoding.encoding : 'utf-8', file: path, maxRecordBytes: MAX_RECORD_BYTES, pieceBytes: options.pieceBytes },
  );
  const splittable = () => (source.size === null || source.gzip || !byteWise || reader.recordEnding === 'unknown' ? null : { size: source.size, ending: reader.recordEnding });
  const rows = new RowFilter(file, handlers, options, reader, splittable, undefined, sepLine !== null);
  for await (const chunk of byteWise ? source.chunks : transcode(source.chunks, encoding.encoding)) {
    reader.push(chunk);
    if (reader.done) break;
    for (let wait = rows.takeWait(); wait !== null; wait = rows.takeWait()) {
      await wait;
      reader.resume();
    }
    if (reader.done) break;
  }
  if (reader.done) return file;
  reader.end();
  rows.end();
  return file;
}

/**
 * Stops with an error when `delimiter` (given with --delimiter when `forced`, else sniffed) reads
 * the file as one column while its header and first lines all hold the same number, two or more,
 * of another character that splits fields (see otherDelimiter): a wrong delimiter, not a survey of
 * one question, which would be reported as a column of comments, each a whole line.
 */
function refuseOneColumn(headText: string, delimiter: string, forced: boolean, path: string, sepLine: boolean): void {
  const other = otherDelimiter(headText, delimiter, sepLine);
  if (other === null) return;
  const shown = delimiterName;
  const readable = (DELIMITERS as readonly string[]).includes(other.delimiter);
  const seems = `the delimiter seems to be ${shown(other.delimiter)}${readable ? '' : ', which satisfy does not read'}`;
  const what = `${forced ? `--delimiter ${shown(delimiter)} reads the file as one column` : 'the file reads as one column'}, but its header and first lines each hold ${other.count} ${other.delimiter === '\t' ? 'tabs' : `${shown(other.delimiter)} characters`}: ${seems}`;
  const hint = readable ? `give --delimiter '${other.delimiter === '\t' ? 'tab' : other.delimiter}'${forced ? ', or leave --delimiter out to detect it' : ''}` : 'satisfy splits fields on , ; tab or |: save the file again with one of them';
  throw new SatisfyError('WRONG_DELIMITER', what, { file: path, line: sepLine ? 2 : 1 }, hint);
}

/**
 * Reads a file that is not CSV (see xlsxRecords and savRecords) on this thread, its records going
 * through the same checks as a CSV's rows (blank rows, --where, unfinished responses), each counted.
 * A workbook's header rows are recognised as a CSV's are; an SPSS file has one header record, the
 * variables' names, and its variable labels are the questions. Numbers are written with a point.
 */
async function readOtherFormat(format: Exclude<ReturnType<typeof sniffFormat>, 'csv'>, path: string, source: OpenedSource, handlers: CsvHandlers, options: ReadOptions): Promise<InputFile> {
  if (format === 'ole') throw new SatisfyError('FILE_UNREADABLE', 'this is a password-protected workbook or an old Excel .xls, which satisfy cannot read', { file: path }, 'save it in Excel without a password, as .xlsx or CSV');
  if (format === 'zip') throw new SatisfyError('FILE_UNREADABLE', 'this is a zip archive that holds no Excel workbook', { file: path }, 'unzip it and read the CSV, .xlsx or .sav inside');
  const file: InputFile = { path, format, encoding: 'utf-8', delimiter: '', platform: 'generic', headerRows: 0, rows: 0, rowsUsed: 0, skipped: [], notes: [] };
  if (options.headerRow !== undefined && format !== 'xlsx') throw new SatisfyError('USAGE', `${options.headerRowSaid ?? `--header-row ${options.headerRow}`}: this is ${{ sav: 'an SPSS file', json: 'a JSON file', parquet: 'a Parquet file' }[format]}, whose column names are its own, not a row`, { file: path }, '--header-row is for CSV files and workbooks');
  if (source.gzip) file.notes.push('gzip-compressed');
  const zsav = format === 'sav' && source.head.toString('latin1', 0, 4) === '$FL3';
  if (zsav) file.notes.push('zlib-compressed (.zsav)');
  if (format === 'parquet') return readParquet(path, source, file, (reader, other) => new RowFilter(file, handlers, options, reader, () => null, other), options.onBytes);
  let stopped = false;
  // A workbook or SPSS file is read a record at a time, and waits after each for what a handler
  // asked (see takeWait); JSON responses come in one go. Nothing to pause.
  const reader = { useColumns: () => undefined, stop: () => void (stopped = true), pause: () => undefined, currentPiece: 0, currentPieceStart: { offset: 0, line: 1 } };
  if (format === 'json') {
    const json = await readJsonResponses(path, source, MAX_RECORD_BYTES, MAX_COLUMNS);
    file.notes.push(...json.notes);
    const { kind, names, roots } = json;
    // Typeform's and Formbricks' own keys say what they are; other responses' keys are recognised as a CSV header is, one header row.
    const platformShape = (records: readonly string[][], forced: Platform | undefined): PlatformShape => {
      if (kind !== 'plain' && (forced === undefined || forced === kind)) return apiShape(kind, names, roots);
      const shape = recognisePlatform(records.slice(0, PLATFORM_SAMPLE), forced);
      return shape.headerRows === 1 ? shape : plainShape(forced ?? 'generic', names);
    };
    const rows = new RowFilter(file, handlers, options, reader, () => null, { decimalComma: false, platformShape });
    rows.push([...names], 1);
    await json.rows(
      (fields, line) => rows.push(fields, line),
      (line, what) => rows.notObject(line, what),
      () => stopped,
    );
    if (stopped) return file;
    rows.end();
    // The keys are the header, no row of the file.
    file.headerRows = 0;
    return file;
  }
  let records: AsyncIterable<SourceRecord>;
  if (format === 'xlsx') {
    const sheet = xlsxRecords(copied(source.chunks), path, options.sheet);
    records = sheet.records;
    const rows = new RowFilter(file, handlers, options, reader, () => null, { decimalComma: false, sheet: true });
    for await (const { record, line, aggregates } of records) {
      if (file.sheet === undefined) {
        file.sheet = sheet.sheet();
        file.sheets = sheet.sheets();
      }
      rows.push(record, line, aggregates === true);
      if (stopped) return file;
      const wait = rows.takeWait();
      if (wait !== null) await wait;
    }
    rows.end();
    return file;
  }
  const sav = savRecords(copied(source.chunks), path, { zlib: zsav });
  records = sav.records;
  const rows = new RowFilter(file, handlers, { ...options, platform: 'generic' }, reader, () => null, { decimalComma: false, questions: sav.questions, valueLabels: sav.valueLabels });
  for await (const { record, line } of records) {
    if (line === 1) file.encoding = sav.encoding();
    rows.push(record, line);
    if (stopped) return file;
    const wait = rows.takeWait();
    if (wait !== null) await wait;
  }
  rows.end();
  return file;
}

/** Each chunk copied: a file's reads reuse one buffer (see readBytes), and the zip and SPSS readers keep chunks. */
async function* copied(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}

/**
 * Reads the rows of one range of a file, after its first piece, for one of the threads that share
 * a file: the records that start in the range, the last one read to its end. The file's shape is
 * recognised from its first records; the range's first record is found from `range.from` unless
 * `range.start` gives it, and `onStart` is told where it is, before any row. Lines are counted
 * from 1 at that record. Nothing is checked at the end: the caller adds the ranges up.
 */
export function readCsvRange(path: string, handlers: CsvHandlers, options: ReadOptions, range: FileRange, onStart?: (start: number) => void): { file: InputFile; end: { offset: number; line: number } } {
  const { encoding, delimiter } = range;
  const file: InputFile = { path, encoding, delimiter, platform: 'generic', headerRows: 0, rows: 0, rowsUsed: 0, skipped: [], notes: [] };
  const head = readHead(path, encoding, delimiter, options.headerRow);
  const reader: CsvRecords = new CsvRecords(
    { record: (record, line) => rows.push(record, line), unclosed: (line, text) => rows.unreadable(line, text), notUtf8: (count, line) => rows.notUtf8(count, line) },
    { delimiter, encoding, file: path, maxRecordBytes: MAX_RECORD_BYTES, until: range.until, startOffset: 0, ending: head.ending },
  );
  const rows = new RowFilter(file, handlers, options, reader, () => null);
  rows.recognise(head.records, head.lines);
  const start = range.start ?? findRecordStart(path, range.from, range.until, head.ending, delimiter, rows.width);
  onStart?.(start);
  reader.startAt(start, 1);
  readInto(reader, path, start);
  return { file, end: reader.position };
}

/** The first records of a file (enough to recognise its platform, as readCsv does) and its record ending. */
function readHead(path: string, encoding: string, delimiter: string, headerRow: number | undefined): { records: string[][]; lines: number[]; ending: RecordEnding } {
  const records: string[][] = [];
  const lines: number[] = [];
  const sepLine = startsWithSepLine(path, encoding);
  const reader: CsvRecords = new CsvRecords(
    {
      record: (record, line) => {
        if (records.length === 0 && (isBlank(record) || (sepLine && line === 1))) return;
        records.push(record);
        lines.push(line);
        if (sampled(records, lines, headerRow)) reader.stop();
      },
      unclosed: () => undefined,
    },
    { delimiter, encoding, file: path, maxRecordBytes: MAX_RECORD_BYTES },
  );
  readInto(reader, path, 0);
  return { records, lines, ending: reader.recordEnding };
}

/** Whether the file's first line is Excel's `sep=;` (see excelSepLine), read from its first bytes (room for a few byte-order marks). */
function startsWithSepLine(path: string, encoding: string): boolean {
  const bytes = readBytes(path, 0, 256);
  const first = bytes.next();
  bytes.return(undefined);
  return first.done !== true && excelSepLine(createDecoder(encoding).decode(first.value)) !== null;
}

/** What the notes say of Excel's `sep=` line: the delimiter it names, or that --delimiter overrides it. */
function sepLineNote(named: string, forced: string | undefined): string {
  const shown = delimiterName(named);
  const line = `Excel's first line "sep=${named === '\t' ? '\\t' : named}"`;
  if (forced === undefined) return `${line} names the delimiter, ${shown}: the line is skipped`;
  return forced === named ? `${line} is skipped; --delimiter names the same delimiter` : `${line} is skipped; --delimiter ${delimiterName(forced)} overrides the delimiter it names, ${shown}`;
}

/** A delimiter as messages name it: `tab`, or the character in quotes (`";"`). */
function delimiterName(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}

/** Pushes the bytes of a file from `start` into `reader` until it is done or the file ends. */
function readInto(reader: CsvRecords, path: string, start: number): void {
  for (const chunk of readBytes(path, start)) {
    reader.push(chunk);
    if (reader.done) return;
  }
  reader.end();
}

/** Stops with an error when the file, read to its end (or all its ranges added up), has a header but no data row. */
export function requireResponses(file: InputFile, headerLine = file.headerRows): void {
  if (file.rows === 0) throw new SatisfyError('HEADER_ONLY', `the file has ${file.headerRows === 1 ? 'a header row' : `${file.headerRows} header rows`} but no responses`, { file: file.path, line: headerLine });
}

/** Adds the rows of a range of a file (see readCsvRange), whose lines are `shift` lines on, to those of the file. */
export function addRows(file: InputFile, range: Pick<InputFile, 'rows' | 'rowsUsed' | 'skipped' | 'notUtf8' | 'unscoredAnswers'>, shift: number): void {
  file.rows += range.rows;
  file.rowsUsed += range.rowsUsed;
  if (range.notUtf8 !== undefined) {
    const into = (file.notUtf8 ??= { count: 0, firstLines: [] });
    into.count += range.notUtf8.count;
    for (const line of range.notUtf8.firstLines) if (into.firstLines.length < FIRST_LINES) into.firstLines.push(line + shift);
  }
  for (const { reason, count, firstLines } of range.skipped) {
    let entry = file.skipped.find((s) => s.reason === reason);
    if (entry === undefined) file.skipped.push((entry = { reason, count: 0, firstLines: [] }));
    entry.count += count;
    for (const line of firstLines) if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line + shift);
  }
  for (const { column, answers, firstLines } of range.unscoredAnswers ?? []) {
    const list = (file.unscoredAnswers ??= []);
    let entry = list.find((u) => u.column === column);
    if (entry === undefined) list.push((entry = { column, answers: 0, firstLines: [] }));
    entry.answers += answers;
    for (const line of firstLines) if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line + shift);
  }
}

/** The rows `files` skipped, by reason, summed over the files, in the order the reasons are first met. */
export function skippedByReason(files: readonly Pick<InputFile, 'skipped'>[]): Map<SkipReason, number> {
  const skipped = new Map<SkipReason, number>();
  for (const file of files) for (const s of file.skipped) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + s.count);
  return skipped;
}

/** Counts an answer on `line` in `column`, one that the detection sample left blank and that is not scored (see InputFile.unscoredAnswers). */
export function countUnscoredAnswer(file: InputFile, column: string, line: number): void {
  const list = (file.unscoredAnswers ??= []);
  let entry = list.find((u) => u.column === column);
  if (entry === undefined) list.push((entry = { column, answers: 0, firstLines: [] }));
  entry.answers += 1;
  if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line);
}

/**
 * Once a file is read to its end (all its pieces added up): the note on its encoding says so when
 * bytes that are not UTF-8 were met past the start that detected it.
 */
export function noteNotUtf8(file: InputFile): void {
  const { notUtf8 } = file;
  if (notUtf8 === undefined) return;
  const at = file.notes.findIndex((note) => note.startsWith('encoding: '));
  const lines = `line${notUtf8.firstLines.length === 1 ? '' : 's'} ${notUtf8.firstLines.join(', ')}${notUtf8.count > notUtf8.firstLines.length ? ', …' : ''}`;
  const note = `encoding: utf-8, but ${notUtf8.count} byte sequence${notUtf8.count === 1 ? ' is' : 's are'} not UTF-8, each read as U+FFFD (${lines})`;
  if (at >= 0) file.notes[at] = note;
  else file.notes.push(note);
}

/**
 * The first column whose text cells, in a sheet's first rows, are all numbers written with a
 * decimal comma ("2,7", "0,9643"), five at least, one of them at least neither a thousand ("1,234"
 * may be either) nor two codes of options in their order ("1,3", "2,10": a checkbox question's; a
 * decimal's "3,2", "2,0", "0,96" are none): a workbook typed in a language that writes its
 * decimals so. Null where there is none.
 */
function decimalCommaColumn(rows: readonly (readonly string[])[]): { column: number; cell: string } | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let column = 0; column < width; column++) {
    const cells = rows.map((r) => (r[column] ?? '').trim()).filter((cell) => cell !== '');
    const commas = cells.filter((cell) => DECIMAL_COMMA_TEXT.test(cell));
    // One that is no thousand nor two codes of options listed in order ("1,3", "2,10": a checkbox
    // question's): "0,96", "1,5936", "2,0", "3,2", "1,1" are decimals.
    const shown = commas.find((cell) => !THOUSANDS.test(cell) && !codePair(cell));
    if (commas.length >= 5 && commas.length === cells.filter((cell) => !/^[-+]?\d+$/.test(cell)).length && shown !== undefined) return { column, cell: shown };
  }
  return null;
}

// "2,7", "-0,25": a number with a decimal comma; "1,234" might be a thousand and more.
const DECIMAL_COMMA_TEXT = /^[-+]?\d+,\d+$/;
const THOUSANDS = /^[-+]?[1-9]\d{0,2},\d{3}$/;
/** Two codes of options, as a checkbox question joins them: from 1, no leading 0, the first below the second. */
function codePair(cell: string): boolean {
  const match = /^([1-9]\d?),([1-9]\d?)$/.exec(cell);
  return match !== null && Number(match[1]) < Number(match[2]);
}

/** How a file that is not CSV differs from one (see RowFilter). */
export interface OtherFormat {
  decimalComma: false;
  questions?: () => Array<string | null>;
  valueLabels?: () => Array<FileScale | null>;
  /** Parquet: the first record is the one header row, and the platform is told from it alone. */
  oneHeaderRow?: true;
  /** JSON: the platform (Typeform, Formbricks, SurveyJS) is told from the keys, not the header rows. */
  platformShape?: (records: readonly string[][], forced: Platform | undefined) => PlatformShape;
  /** A workbook's sheet: its header may have rows above it, as a CSV's may (see findHeaderRow). */
  sheet?: true;
}

/** What a reader of records gives a RowFilter to act on: the columns the analysis uses, stopping, pieces. */
export type RecordSource = Pick<CsvRecords, 'useColumns' | 'stop' | 'pause' | 'currentPiece' | 'currentPieceStart'> & Partial<Pick<CsvRecords, 'recordIsBlank' | 'recordLines' | 'recordField'>>;

/** The rows of a file go through a RowFilter (for the readers of other formats, which live in their own modules). */
export interface RowSink {
  push(record: string[], line: number): void;
  end(): void;
}

/**
 * Turns records into rows: waits for the first records to recognise the platform's header rows,
 * then checks each data row and either passes it on or counts why it was skipped.
 */
class RowFilter {
  private shape: PlatformShape | null = null;
  private conditions: Array<{ index: number; equals: boolean; value: string }> = [];
  private readonly pending: Array<{ record: string[]; line: number; lines: number }> = [];
  // Pieces that start before pending record `before`, told once the pending records are rows.
  private readonly pendingPieces: Array<{ piece: number; before: number }> = [];
  private columns = 0;
  // The line of the last header row (after Excel's sep= line and blank lines, the header is not on line 1).
  private headerLine: number | undefined;
  // The records read before the header: a title, blank rows, group labels (see findHeaderRow), or those above --header-row.
  private above = 0;
  // The lines of a sheet's rows whose cells hold formulas that sum, average or count a range of their column (see xlsxRecords).
  private readonly aggregates = new Set<number>();
  // The summary words (ReadOptions.summaryWords) as a set, and the columns whose sampled answers are words (see isSummaryRow).
  private readonly summaryWords: ReadonlySet<string>;
  private wordColumns: ReadonlySet<number> = new Set();
  // The header rows as read, each field as headerCell reads it, with the column each is first
  // compared at (see repeatsHeader); none of a file whose keys are its header (JSON, Parquet).
  private headers: Array<{ names: string[]; probe: number; probeLength: number }> = [];
  // The columns the rows' own checks read (--where, the platform's "finished" column), whatever the analysis reads.
  private own: number[] = [];
  // The shapes of the first fields of the first rows of the header's width (see fieldShape): how the
  // file's ids or dates look, by which the rows after a quote never closed are found (see
  // unreadable). Noted until FIRST_SHAPE_ROWS rows are read, or FIRST_SHAPES shapes met.
  private readonly firstShapes = new Set<string>();
  private notingShapes = true;
  // What the handlers may ask of the reading, told in handlers.header.
  private readonly control: ReadControl;
  // What a handler asked the reading to wait for (ReadControl.waitFor), until the reader waits.
  private waiting: Promise<unknown> | null = null;

  constructor(
    private readonly file: InputFile,
    private readonly handlers: CsvHandlers,
    private readonly options: ReadOptions,
    // A CSV's reader also tells whether the record being read holds nothing in the fields it does not hand over (see CsvRecords.recordIsBlank).
    private readonly reader: RecordSource,
    splittable: ReadControl['splittable'],
    // A file that is not CSV: its numbers are written with a point, (SPSS) its questions are its
    // own, (Parquet) its first record is its one header row, from which alone the platform is
    // known, and (JSON) its platform comes from its keys.
    private readonly other?: OtherFormat,
    // The file's first line is Excel's `sep=;` (see excelSepLine): no header, no row.
    private readonly sepLine = false,
  ) {
    this.control = {
      useColumns: (columns) => {
        const used = [...this.own, ...columns];
        reader.useColumns(used, this.columns);
        this.probeAmong(used);
      },
      stop: () => reader.stop(),
      waitFor: (promise) => {
        this.waiting = promise;
        reader.pause();
      },
      get piece() {
        return reader.currentPiece;
      },
      pieceStart: () => reader.currentPieceStart,
      splittable,
    };
    // Folded as the cells are: "sous-total" is read as "sous total".
    this.summaryWords = new Set((options.summaryWords ?? []).map(normalizeText));
  }

  /** What a handler asked the reading to wait for, once (null: nothing); the reader awaits it before it reads on. */
  takeWait(): Promise<unknown> | null {
    const { waiting } = this;
    this.waiting = null;
    return waiting;
  }

  /** The number of columns of the header (0 until it is read). */
  get width(): number {
    return this.columns;
  }

  push(record: string[], line: number, aggregates = false): void {
    if (aggregates) this.aggregates.add(line);
    if (this.shape === null) {
      // Excel's delimiter line and blank lines before the header are no part of the file's shape.
      if (this.pending.length === 0 && (isBlank(record) || (this.sepLine && line === 1))) return;
      this.pending.push({ record, line, lines: this.reader.recordLines?.() ?? 1 });
      if (
        sampled(
          this.pending.map((p) => p.record),
          this.pending.map((p) => p.line),
          this.options.headerRow,
          this.other?.sheet === true,
        )
      )
        this.start();
      return;
    }
    this.row(record, line, false, this.reader.recordLines?.() ?? 1);
  }

  piece(piece: number): void {
    if (this.shape === null) this.pendingPieces.push({ piece, before: this.pending.length });
    else this.handlers.piece?.(piece);
  }

  /** The record that follows has `count` byte sequences that are not UTF-8 (each read as U+FFFD): counted, or an error under --strict. */
  notUtf8(count: number, line: number): void {
    if (this.options.strict === true) {
      throw new SatisfyError('STRICT', `${count === 1 ? 'a byte sequence that is' : `${count} byte sequences that are`} not UTF-8 (--strict)`, { file: this.file.path, line }, 'without --strict each is read as U+FFFD and counted; if the file is not UTF-8, --encoding names its encoding');
    }
    const into = (this.file.notUtf8 ??= { count: 0, firstLines: [] });
    into.count += count;
    if (into.firstLines.length < FIRST_LINES && !into.firstLines.includes(line)) into.firstLines.push(line);
  }

  /**
   * A record that cannot be read: an unclosed quote runs to the end of the file (`text`, from the
   * record's first byte). It is skipped, and the reader reads again from the first line after it
   * that is a row (see unclosedRows), whose line in `text` this returns (0: none, the quote runs
   * on to the end as a comment's lines would). One quote opened by mistake in a comment would
   * otherwise take every row after it: 263 of a trial's 312.
   */
  unreadable(line: number, text: string): number {
    if (this.shape === null) this.start();
    // Nothing read before it: the header itself is broken, and nothing can be read at all.
    if (this.shape === null) throw new SatisfyError('CSV_UNCLOSED_QUOTE', 'a quoted field in the header is never closed', { file: this.file.path, line }, 'a field that starts with " must end with "; a quote inside it is written twice ("")');
    const again = unclosedRows(text, this.columns, this.file.delimiter, this.firstShapes)[0] ?? 0;
    this.file.rows += 1;
    const comment = again <= 1 ? '' : again === 2 ? ` (line ${line + 1} read as its comment's)` : ` (lines ${line + 1}-${line + again - 1} read as its comment's)`;
    this.skip('unclosedQuote', line, `a quoted field is never closed: ${again === 0 ? 'the rest of the file is one broken field' : `the next row starts at line ${line + again}${comment}`}`);
    return again;
  }

  private noteFirstShape(first: string): void {
    if (first !== '') this.firstShapes.add(fieldShape(first.split(LINE_BREAK, 1)[0] ?? ''));
    if (this.file.rows >= FIRST_SHAPE_ROWS || this.firstShapes.size >= FIRST_SHAPES) this.notingShapes = false;
  }

  /** A value of a JSON file that is not a response (an object): counted as a row skipped, an error under --strict. */
  notObject(line: number, what: string): void {
    if (this.shape === null) this.start();
    this.file.rows += 1;
    this.skip('notObject', line, `${what} where a response (an object) should be`);
  }

  end(): void {
    if (this.shape === null) this.start();
    if (this.file.headerRows === 0 || this.columns === 0) throw new SatisfyError('FILE_EMPTY', 'the file is empty: no header row and no responses', { file: this.file.path });
    if (this.options.allowHeaderOnly !== true) requireResponses(this.file, this.headerLine);
    noteNotUtf8(this.file);
  }

  /**
   * Recognises the platform's shape from the first records of the file (their `lines`), and tells
   * the handlers; a CSV's or a sheet's header may come after rows that are left out (see
   * headerIndex), said in the file's notes.
   */
  recognise(all: readonly string[][], lines: readonly number[]): void {
    this.above = this.headerIndex(all, lines);
    const records = all.slice(this.above);
    if (this.above > 0) {
      const line = lines[this.above] as number;
      this.file.headerLine = line;
      const how = this.options.headerRow === undefined ? 'found below the rows above it' : `named by ${this.options.headerRowSaid ?? '--header-row'}`;
      this.file.notes.push(`${HEADER_IS}${this.other === undefined ? 'line' : 'row'} ${line} (${how}); left out above it: ${describeAbove(all.slice(0, this.above)).join(', ')}`);
    }
    const width = records[0]?.length ?? 0;
    if (width > MAX_COLUMNS) throw new SatisfyError('TOO_MANY_COLUMNS', `the header has ${width} columns; satisfy reads at most ${MAX_COLUMNS}`, { file: this.file.path, line: 1 }, 'a survey export has at most a few thousand columns: is this the right file?');
    const sample = records.slice(0, this.other?.oneHeaderRow === true ? 1 : PLATFORM_SAMPLE);
    const shape = this.other?.platformShape?.(sample, this.options.platform) ?? recognisePlatform(sample, this.options.platform);
    const questions = this.other?.questions?.();
    if (questions !== undefined) shape.questions = shape.names.map((_, i) => questions[i] ?? null);
    // Group labels right above the header say what the columns under them rate (see detectColumns).
    const groups = this.above > 0 ? groupLabels(all.slice(0, this.above), records[0] ?? []) : null;
    if (groups !== null) {
      shape.groupLabels = shape.names.map((_, i) => groups[i] ?? null);
      const labels = [...new Set(groups.filter((g): g is string => g !== null))].map((g) => JSON.stringify(g)).join(', ');
      this.file.notes.push(`the group labels above the header (${labels}) say what the columns under them rate, each up to the next label`);
    }
    this.shape = shape;
    this.file.platform = shape.platform;
    this.file.headerRows = shape.headerRows;
    // A CSV's or a sheet's header rows: a JSON or Parquet file's keys are no row, and a response may hold its keys' names.
    const rows = this.other === undefined || this.other.sheet === true ? records.slice(0, shape.headerRows) : [];
    this.headers = rows.map((record) => record.map(headerCell)).filter((names) => names.some((n) => n !== '')).map((names) => ({ names, probe: -1, probeLength: 0 }));
    this.probeAmong(null);
    this.columns = tidyNames(shape, this.file.notes, records.slice(shape.headerRows));
    this.conditions = (this.options.where ?? []).map((condition) => ({ ...condition, index: columnIndex(shape.names, condition.column, this.file.path) }));
    const { delimiter } = this.file;
    this.own = [...this.conditions.map((c) => c.index), ...(shape.finished === null ? [] : [shape.finished.column]), ...(shape.notResponse === undefined ? [] : shape.notResponse.columns)];
    // A sheet's numbers are written with a point; its cells of text, as typed, may hold a decimal comma (a German or Polish workbook's "0,9643").
    const typed = this.other?.sheet === true ? decimalCommaColumn(records.slice(shape.headerRows)) : null;
    if (typed !== null) this.file.notes.push(`numbers typed as text with a decimal comma ("${typed.cell}" in column "${shape.names[typed.column] ?? typed.column + 1}"): read so, "0,5" as 0.5`);
    this.handlers.header({ platform: shape.platform, names: shape.names, questions: shape.questions, hints: shape.hints, decimalComma: this.other === undefined ? delimiter !== ',' : typed !== null, negativeCodesMissing: shape.negativeCodesMissing, quotePrefix: shape.quotePrefix, ...(this.other?.valueLabels === undefined ? {} : { valueLabels: this.other.valueLabels() }), ...(shape.importIds === undefined ? {} : { importIds: shape.importIds }), ...(shape.groupLabels === undefined ? {} : { groupLabels: shape.groupLabels }), ...(shape.openEnded === undefined ? {} : { openEnded: shape.openEnded }) }, this.file, this.control);
  }

  /**
   * How many of the first records (at `lines`) come before the header: those above `--header-row`,
   * or for a CSV or a sheet, a title, blank rows and group labels above the header (see
   * findHeaderRow) of a file no platform recognises from its first row.
   */
  private headerIndex(records: readonly string[][], lines: readonly number[]): number {
    const wanted = this.options.headerRow;
    if (wanted !== undefined) {
      const index = lines.indexOf(wanted);
      if (index >= 0 && filledCells(records[index] as string[]) > 0) return index;
      const where = index >= 0 ? 'blank' : wanted > (lines.at(-1) ?? 0) ? 'past the end of the file' : 'blank, or inside a record that starts on a line above it';
      throw new SatisfyError('USAGE', `${this.options.headerRowSaid ?? `--header-row ${wanted}`}: that row is ${where}`, { file: this.file.path }, `the first rows that hold anything are at ${this.other === undefined ? 'lines' : 'rows'} ${lines.filter((_, i) => filledCells(records[i] as string[]) > 0).slice(0, 5).join(', ')}`);
    }
    const own = this.other === undefined || this.other.sheet === true;
    if (!own || this.options.platform !== undefined || records.length < 2) return 0;
    const first = recognisePlatform(records.slice(0, PLATFORM_SAMPLE));
    if (first.platform !== 'generic' || first.headerRows !== 1) return 0;
    return findHeaderRow(records);
  }

  private start(): void {
    if (this.pending.length === 0) return;
    // A workbook's rows end at their last value: the header is as wide as the widest of the first rows.
    if (this.other !== undefined) {
      const width = Math.max(...this.pending.map((p) => p.record.length));
      for (const { record } of this.pending) if (!isBlank(record)) while (record.length < width) record.push('');
    }
    this.recognise(
      this.pending.map((p) => p.record),
      this.pending.map((p) => p.line),
    );
    this.headerLine = this.pending[this.above + this.file.headerRows - 1]?.line;
    const headerRows = this.above + this.file.headerRows;
    this.wordColumns = columnsOfWords(withoutSummaryRows(this.pending.slice(headerRows).map((p) => p.record), this.summaryWords));
    this.pending.forEach(({ record, line, lines }, i) => {
      for (const { piece } of this.pendingPieces.filter((p) => p.before === i)) this.handlers.piece?.(piece);
      // These records were read before the analysis chose its columns: they hold every field.
      if (i >= headerRows) this.row(record, line, true, lines);
    });
  }

  /**
   * One data row; `whole` when it holds every field (read before the analysis chose its columns),
   * `lines` the lines it runs over (a CSV record over several holds every field too).
   */
  private row(record: string[], line: number, whole: boolean, lines: number): void {
    const { file, shape } = this;
    file.rows += 1;
    // A blank line; in a CSV also a row of fields that are all empty or spaces, as Excel saves a row
    // that looks empty in the sheet (`;;;;;`). A row handed over since the analysis chose its
    // columns has the others empty: its record's bytes tell (a respondent who answered none of the
    // questions scored is still one). A workbook's reader makes a row of cells that are all empty
    // or spaces a blank line.
    if ((record.length === 1 && record[0] === '') || (this.other === undefined && isBlank(record) && (whole || this.reader.recordIsBlank?.() !== false))) return this.skip('emptyRow', line);
    if (this.other !== undefined) while (record.length < this.columns) record.push('');
    // A delimiter at the end of every line (Qualtrics legacy) makes one empty field too many.
    if (record.length === this.columns + 1 && record[this.columns] === '') record.pop();
    if (lines > 1 && this.other === undefined) {
      const stray = strayQuote(record, this.columns, this.file.delimiter);
      if (stray !== null) {
        // The record is the row where the quote opened, run together with the rows it swallowed.
        file.rows += stray.rows.length;
        return this.skip('strayQuote', line, `a quote that opens field ${stray.field + 1} runs over ${lines} lines, ${stray.rows.length} of which are rows of their own: a stray quote?`, [0, ...stray.rows]);
      }
    }
    if (record.length !== this.columns) return this.skip('fieldCount', line, fieldCountProblem(record, this.columns, this.file.delimiter));
    if (this.notingShapes) this.noteFirstShape(record[0] ?? '');
    if (this.aggregates.delete(line) || (this.summaryWords.size > 0 && isSummaryRow(record, this.summaryWords, this.wordColumns))) return this.skip('summaryRow', line);
    if (this.headers.length > 0 && this.longEnough(record) && this.repeatsHeader(record, whole)) return this.skip('repeatedHeader', line);
    // A preview, a test or spam is no response at all, finished or not; tests and previews are kept
    // in a file of nothing else (keepTests), said once in its notes.
    const notResponse = shape?.notResponse === undefined ? null : shape.notResponse.reason(record);
    if (notResponse === 'spam' || (notResponse !== null && this.options.keepTests !== true)) return this.skip(notResponse, line);
    if (notResponse !== null && !this.file.notes.includes(TESTS_KEPT)) this.file.notes.push(TESTS_KEPT);
    if (shape !== null && shape.finished !== null && this.options.includePartial !== true && !shape.finished.isFinished(record[shape.finished.column] ?? '')) return this.skip('partial', line);
    for (const { index, equals, value } of this.conditions) if (((record[index] ?? '').trim() === value) !== equals) return this.skip('filtered', line);
    file.rowsUsed += 1;
    this.handlers.row(record, line);
  }

  /**
   * Whether `record` is one of the header rows again, field for field (spaces, quotes and a
   * byte-order mark around them aside, see headerCell): exports of a week each, joined by `cat`, or
   * a sheet pasted under another, carry their header into the data. Each row is told apart at its
   * header's probe column, the column handed over whose name is longest (see probeAmong): a
   * respondent's answer there is seldom the column's name. Only then is every field compared, those of columns the
   * reading does not hand over (see useColumns) read from the record's bytes.
   */
  private repeatsHeader(record: readonly string[], whole: boolean): boolean {
    for (const { names, probe } of this.headers) {
      if (probe >= 0) {
        const at = record[probe] as string;
        const name = names[probe] as string;
        // headerCell only shortens a cell: an answer shorter than the column's name (most are) is none.
        if (at.length < name.length || (at !== name && headerCell(at) !== name)) continue;
      }
      if (record.every((cell, i) => (cell === '' ? this.sameField(i, names[i] ?? '', whole) : cell === names[i] || headerCell(cell) === (names[i] ?? '')))) return true;
    }
    return false;
  }

  /**
   * Whether some header row's probe column holds an answer as long as its name, without which no
   * row repeats a header: the test of nearly every row, kept small enough for V8 to inline into
   * `row` (called for every row, repeatsHeader cost 3-4 % of a one-thread report of the 1M bench
   * export, alternated with a build without the check).
   */
  private longEnough(record: readonly string[]): boolean {
    const { headers } = this;
    for (let h = 0; h < headers.length; h++) {
      const { probe, probeLength } = headers[h] as { probe: number; probeLength: number };
      if (probe < 0 || (record[probe] as string).length >= probeLength) return true;
    }
    return false;
  }

  /** Whether field `i` of the record being read, handed over empty, is `name`: empty, or (not `whole`) not handed over, and `name` in the file. */
  private sameField(i: number, name: string, whole: boolean): boolean {
    if (whole) return name === '';
    const text = this.reader.recordField?.(i);
    return text === null || text === undefined ? name === '' : headerCell(text) === name;
  }

  /**
   * Sets each header row's probe column (see repeatsHeader): of `used` (every column, before the
   * analysis chose them: null), the one whose name is longest, the first of them on a tie (a
   * question's text is longer than most answers to it, so the probe tells most rows apart by their
   * length alone); -1 where every name is blank.
   */
  private probeAmong(used: readonly number[] | null): void {
    const columns = used === null ? null : [...used].sort((a, b) => a - b);
    for (const header of this.headers) {
      const length = (i: number) => (header.names[i] ?? '').length;
      header.probe = (columns ?? header.names.map((_, i) => i)).reduce((best, i) => (length(i) > (best < 0 ? 0 : length(best)) ? i : best), -1);
      header.probeLength = header.probe < 0 ? 0 : length(header.probe);
    }
  }

  /** Counts a row skipped for `reason` (or the rows a record holds, `rows` lines after its first: see strayQuote); under --strict an `unreadable` row is an error. */
  private skip(reason: SkipReason, line: number, unreadable?: string, rows: readonly number[] = [0]): void {
    if (unreadable !== undefined && this.options.strict === true) throw new SatisfyError('STRICT', `${unreadable} (--strict)`, { file: this.file.path, line }, 'without --strict such rows are skipped and counted');
    for (const after of rows) countSkipped(this.file, reason, line + after);
  }
}

/**
 * A header's cell as a repeated header is compared (see RowFilter.repeatsHeader): trimmed, without
 * the byte-order mark of a second file joined to the first by `cat`, and unquoted where that mark
 * stood before its quote (the reader then took the quotes for text: `\uFEFF"Response ID"`).
 */
function headerCell(text: string): string {
  const cell = trimmed(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replaceAll('""', '"').trim() : cell;
}

/**
 * Why a row of the wrong number of fields cannot be read: "the row has 2 fields but the header has
 * 3"; a row of one field that another delimiter would split into the header's number (rows saved
 * again with commas in a file of semicolons) says which.
 */
function fieldCountProblem(record: readonly string[], columns: number, delimiter: string): string {
  const said = `the row has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${columns}`;
  if (record.length !== 1 || delimiter === '') return said;
  const other = DELIMITERS.find((d) => d !== delimiter && (record[0] as string).split(d).length === columns);
  return other === undefined ? said : `${said}; split at ${delimiterName(other)} instead of ${delimiterName(delimiter)}, it has ${columns}: a row saved with another delimiter?`;
}

/**
 * A record whose quoted field swallowed rows: a quote that opens a field by mistake (a comment
 * that starts with `"`) runs on to the next quote in the file, lines further, and the rows
 * between become part of one field. That quote is seldom one that ends a field (it opens the next
 * quoted comment, or stands inside a word), so the field goes on past it and CsvRecords hands it
 * over with both its quotes, as it starts in the file: a field of several lines that does not
 * start with `"` was closed where a field ends, and is read as it is (a comment that pastes rows of
 * the export into itself). Told from a comment of several lines by its lines, too: after the
 * first, a line of the field whose first field has the shape of the record's own first field (an
 * id, a date: see fieldShape) and that holds the header's number of fields less one delimiters
 * (the field's last line: with the fields of the record that follow it) is a row; so is the last
 * line with that shape and any delimiter once a line before it is a row (the next quote, which
 * closed the field, may be a quoted field's own, whose rest the record then splits otherwise).
 * Null when no line is one; else the field (0-based) and each row swallowed, as lines after the
 * record's first.
 */
export function strayQuote(record: readonly string[], columns: number, delimiter: string): { field: number; rows: number[] } | null {
  let first: string | null = null;
  // Lines of the record before the field's.
  let before = 0;
  for (let f = 0; f < record.length; f++) {
    const text = record[f] as string;
    // An empty field is passed before charCodeAt(0): read past a string's end, it threw V8's optimised code away.
    if (text.length === 0 || text.charCodeAt(0) !== QUOTE || (text.indexOf('\n') < 0 && text.indexOf('\r') < 0)) {
      if (text.length > 1) before += lineBreaks(text);
      continue;
    }
    // Most fields of several lines are comments with fewer delimiters than a row has: no line of them is one.
    const after = record.length - 1 - f;
    if (countOf(text, delimiter) + after < columns - 1) {
      before += lineBreaks(text);
      continue;
    }
    const lines = text.split(LINE_BREAK);
    const rows: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const last = i === lines.length - 1;
      const delimiters = countOf(line, delimiter) + (last ? after : 0);
      if (!(delimiters === columns - 1 || (last && rows.length > 0 && delimiters > after))) continue;
      first ??= fieldShape((record[0] ?? '').split(LINE_BREAK, 1)[0] ?? '');
      if (firstFieldShape(line, delimiter) === first) rows.push(before + i);
    }
    if (rows.length > 0) return { field: f, rows };
    before += lines.length - 1;
  }
  return null;
}

/**
 * The lines after a quote never closed that are rows (the first is where reading goes on, see
 * RowFilter.unreadable): `text` is the broken record, from its first byte to the end of the file.
 * After its first line, a line whose first field has the shape of the record's
 * own (an id, a date: see fieldShape), or of a row's read before (`known`: a Qualtrics id of
 * letters alone, `R_abcdefghijklmno`, is `a_a` where the others are `a_x`), and that holds at least
 * the header's delimiters is a row, as strayQuote tells them (at least: a row's quoted comment may
 * hold delimiters too). As lines after the record's first.
 */
export function unclosedRows(text: string, columns: number, delimiter: string, known: ReadonlySet<string> = new Set()): number[] {
  const lines = text.split(LINE_BREAK);
  const first = firstFieldShape(lines[0] ?? '', delimiter);
  const rows: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (countOf(line, delimiter) < columns - 1) continue;
    const shape = firstFieldShape(line, delimiter);
    if (shape === first || known.has(shape)) rows.push(i);
  }
  return rows;
}

/** The line breaks in `text`: LF, CRLF and a lone CR, one each. */
function lineBreaks(text: string): number {
  const feeds = countOf(text, '\n');
  return text.indexOf('\r') < 0 ? feeds : feeds + countOf(text, '\r') - countOf(text, '\r\n');
}

const LINE_BREAK = /\r\n|\r|\n/;
// The rows, and the shapes at most, whose first fields' shapes RowFilter keeps (see firstShapes).
const FIRST_SHAPE_ROWS = 1000;
const FIRST_SHAPES = 32;
const QUOTE = 0x22;

/**
 * A field's shape, to tell the first field of a row (an id, a response id, a timestamp) from a
 * comment's words: each run of digits `9`, of letters `a`, of both `x`; spaces as one; the other
 * characters as they are. `17`, `R_0ule2plzbwg0000` and `2026-01-05 00:44` are `9`, `a_x` and
 * `9-9-9 9:9`; `fast` is `a`.
 */
function fieldShape(text: string): string {
  return text.trim().replace(/[\p{L}\p{N}]+/gu, (run) => (/^\p{N}+$/u.test(run) ? '9' : /^\p{L}+$/u.test(run) ? 'a' : 'x')).replace(/\s+/g, ' ');
}

/** The shape of a line's first field, up to its first delimiter (see fieldShape). */
function firstFieldShape(line: string, delimiter: string): string {
  const end = line.indexOf(delimiter);
  return fieldShape(end < 0 ? line : line.slice(0, end));
}

/** The note of a file whose every response is a survey test or preview, kept (ReadOptions.keepTests). */
export const TESTS_KEPT = 'every response is a survey test or a survey preview (Qualtrics\' Status), none a respondent\'s: they are kept, and the figures are those of the tests';

/** The report's notes of the files whose header is below rows that were left out (see InputFile.headerLine): which row, and what was above it. */
export function headerLineNotes(files: readonly InputFile[]): string[] {
  return files.flatMap((f) => (f.headerLine === undefined ? [] : f.notes.filter((n) => n.startsWith(HEADER_IS)).map((n) => `${f.path}: ${n}`)));
}

const HEADER_IS = 'the header is ';

/** The report's notes of the files whose survey tests and previews were kept: its figures are the tests'. */
export function testsKeptNotes(files: readonly InputFile[]): string[] {
  return files.filter((f) => f.notes.includes(TESTS_KEPT)).map((f) => `${f.path}: ${TESTS_KEPT}`);
}

// The reasons of rows that are no response of anyone, test or real: unreadable rows and blank ones.
const NO_RESPONSE: ReadonlySet<SkipReason> = new Set(['emptyRow', 'fieldCount', 'unclosedQuote', 'strayQuote', 'notObject', 'spam']);

/**
 * Whether a file's rows, once read (all its pieces added up), are survey tests and previews and
 * nothing else but spam and rows that are no response at all: no respondent answered it, and the
 * tests are what there is to report (read again with ReadOptions.keepTests). A file that holds one
 * real response, however it was then left out (unfinished, --where), is not one.
 */
export function onlyTestsAndPreviews(file: InputFile): boolean {
  const tests = file.skipped.filter((s) => s.reason === 'test' || s.reason === 'preview').reduce((sum, s) => sum + s.count, 0);
  const none = file.skipped.filter((s) => NO_RESPONSE.has(s.reason)).reduce((sum, s) => sum + s.count, 0);
  return tests > 0 && tests + none === file.rows;
}

function countSkipped(file: InputFile, reason: SkipReason, line: number): void {
  let entry = file.skipped.find((s) => s.reason === reason);
  if (entry === undefined) file.skipped.push((entry = { reason, count: 0, firstLines: [] }));
  entry.count += 1;
  if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line);
}

/**
 * A row the reader passed on that the analysis leaves out after all (a respondent who failed an
 * attention check, with --drop-inattentive): no longer used, counted as skipped for `reason`, so
 * that `rows == rowsUsed + sum(skipped[].count)` still holds.
 */
export function leaveOutRow(file: InputFile, reason: SkipReason, line: number): void {
  file.rowsUsed -= 1;
  countSkipped(file, reason, line);
}

/**
 * Makes the column names usable: drops an empty last column that only a delimiter ending every line
 * made (one with no value in `rows`, the first data rows: a column with values is a column, unnamed),
 * and numbers repeated names ("Q1", "Q1 (2)") so each can be named in --map, each number a name
 * the header does not have already. Returns the width.
 */
function tidyNames(shape: PlatformShape, notes: string[], rows: readonly string[][]): number {
  const { names } = shape;
  const last = names.length - 1;
  if (last > 0 && names[last] === '' && !rows.some((row) => (row[last] ?? '') !== '')) {
    names.pop();
    shape.questions.pop();
    shape.hints.pop();
    shape.importIds?.pop();
    shape.groupLabels?.pop();
    shape.openEnded?.pop();
    notes.push('a delimiter ends every line: the empty last column is dropped');
  }
  const taken = new Set(names);
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    let count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return;
    while (taken.has(`${name} (${count})`)) count += 1;
    seen.set(name, count);
    names[i] = `${name} (${count})`;
    taken.add(names[i]);
    notes.push(`column ${i + 1} repeats the name "${name}": called "${names[i]}"`);
  });
  return names.length;
}

/**
 * A row of figures over the rows above it, as an analyst writes below the data of a sheet: its
 * first cell with text is a summary word (`Total`, `Average`, `Mittelwert`, `Moyenne`, `Promedio`,
 * `Média`, `Średnia`, `Vidējais`, folded, with a colon or not) alone — never followed by more words,
 * which name a respondent's club or company as often as a total (`Total Fitness (Leeds)`) — and
 * every other cell holds a number (or nothing), one at least. A word in a
 * column whose sampled answers are words (`columnsOfWords`: a segment whose group may be called
 * "Media" or "Total") is an answer, not a label, and its row a respondent's.
 */
export function isSummaryRow(record: readonly string[], words: ReadonlySet<string>, wordColumns: ReadonlySet<number>): boolean {
  let label = -1;
  let numbers = 0;
  for (let i = 0; i < record.length; i++) {
    const cell = trimmed(record[i] as string);
    if (cell === '') continue;
    if (label < 0) {
      // Every row is asked: most are done at their first cell, an id, a date or an answer in
      // numbers, which no summary word starts, or a cell of a column of words.
      if (!startsWithLetter(cell) || wordColumns.has(i)) return false;
      label = i;
      continue;
    }
    if (!SUMMARY_NUMBER.test(cell)) return false;
    numbers += 1;
  }
  if (label < 0 || numbers === 0) return false;
  // The label is the word alone (a colon after it folds away): "Total Fitness (Leeds)" or "Mean
  // Machine Ltd", a respondent's club or company in a column the sample did not show as words, is
  // no label of totals.
  return words.has(normalizeText(record[label] as string));
}

// A figure of a summary row: a number with a point or comma, a percentage.
const SUMMARY_NUMBER = /^[-+]?\d[\d\s.,']*%?$/;

const NO_COLUMNS: ReadonlySet<number> = new Set();

// The most rows of totals or averages below a sheet's data (Total, Average, Median …).
const SUMMARY_ROWS_MAX = 10;

/**
 * The sampled data rows less those that read as summary rows, where they are a few below the data:
 * the rows read before the header was found may run to the end of a short file, and a summary row
 * among them would make its own label's column one of words, and pass for a respondent (a cold
 * trial's "Mittelwert" below a title and 180 rows). Where more read so (a column whose every
 * answer is a summary word: the sector "Media" of an export filtered to it), they are answers, and
 * every row is kept.
 */
function withoutSummaryRows(rows: readonly (readonly string[])[], words: ReadonlySet<string>): readonly (readonly string[])[] {
  if (words.size === 0) return rows;
  const kept = rows.filter((record) => !isSummaryRow(record, words, NO_COLUMNS));
  const left = rows.length - kept.length;
  return left <= SUMMARY_ROWS_MAX && 2 * left < rows.length ? kept : rows;
}

/** The columns of sampled data rows that hold a word (letters alone: a segment's group, a label), not ids, dates or numbers. */
function columnsOfWords(rows: readonly (readonly string[])[]): Set<number> {
  const columns = new Set<number>();
  for (const row of rows) row.forEach((cell, i) => {
    if (WORD.test(cell.trim())) columns.add(i);
  });
  return columns;
}

const WORD = /^\p{L}[\p{L} '’.-]*$/u;

/**
 * A record with no value: a blank line (one empty field), or fields that are all empty or spaces
 * and tabs (`;;;;`, `; ; ;`), as CsvRecords.recordIsBlank tells from the bytes.
 */
function isBlank(record: readonly string[]): boolean {
  for (const field of record) {
    for (let i = 0; i < field.length; i++) {
      const unit = field.charCodeAt(i);
      if (unit !== 0x20 && unit !== 0x09) return false;
    }
  }
  return record.length > 0;
}

/**
 * How many records to read before recognising the file's shape: the platform's sample, or, when
 * the header ends with a delimiter, TRAILING_SAMPLE (see tidyNames), or when the first record
 * holds one or two cells (a title above the header?), ABOVE_SAMPLE (see findHeaderRow). The
 * threads that read pieces of the file read as many from its start, so that all decide alike.
 */
function sampleSize(header: readonly string[] | undefined): number {
  if (header !== undefined && header.length > 1 && header.at(-1) === '') return TRAILING_SAMPLE;
  return header !== undefined && filledCells(header) <= 2 ? ABOVE_SAMPLE : PLATFORM_SAMPLE;
}

// Rows enough to see a header below a title, blank rows and group labels, and the rows after it.
const ABOVE_SAMPLE = 16;
// A sheet's: enough rows after its header to see numbers typed as text with a decimal comma (see decimalCommaColumn).
const SHEET_SAMPLE = 16;

/** Whether the first records (at `lines`) are enough to recognise the file's shape: sampleSize, and with --header-row the platform's sample from that row on. */
function sampled(records: readonly string[][], lines: readonly number[], headerRow: number | undefined, sheet = false): boolean {
  if (records.length < sampleSize(records[0]) || (sheet && records.length < SHEET_SAMPLE)) return false;
  if (headerRow === undefined) return true;
  const at = lines.findIndex((line) => line >= headerRow);
  return at >= 0 && records.length - at >= PLATFORM_SAMPLE;
}

/** The bytes of an encoding the scan cannot read directly (UTF-16, multi-byte code pages), as UTF-8. */
async function* transcode(chunks: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<Buffer> {
  const decoder = createDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

/** The column a `--where` names (see indexOfColumn). */
function columnIndex(names: readonly string[], name: string, file: string): number {
  const index = indexOfColumn(names, name);
  if (index < 0) throw new UnknownColumnError(name, '--where', { file }, `columns are: ${names.join(', ')}`);
  return index;
}

function forcedEncoding(label: string): { encoding: string; evidence: string } {
  const encoding = whatwgName(label);
  if (encoding === null) throw new SatisfyError('USAGE', `unknown encoding "${label}"`, {}, 'use a WHATWG name such as utf-8, utf-16le, windows-1250, windows-1252, windows-1257, iso-8859-2');
  return { encoding, evidence: `--encoding ${label}` };
}
