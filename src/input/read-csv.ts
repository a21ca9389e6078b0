import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { SatisfyError } from '../errors.js';
import { indexOfColumn } from '../text/column-name.js';
import { detectEncoding, whatwgName } from './detect-encoding.js';
import { openSource } from './open-source.js';
import { PLATFORM_SAMPLE, recognisePlatform, type Platform, type PlatformShape } from './platforms/recognise-platform.js';
import type { ColumnHint } from './platforms/platform-shape.js';
import { sniffDelimiter } from './sniff-delimiter.js';

/** Why a row was left out of the analysis. Every one is counted in `input.files[].skipped`. */
export const SKIP_REASONS = ['emptyRow', 'fieldCount', 'unclosedQuote', 'partial', 'filtered'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What the report says about one input file (`input.files[]`). */
export interface InputFile {
  path: string;
  encoding: string;
  delimiter: string;
  platform: Platform;
  headerRows: number;
  /** Data rows read, after the header rows. `rows == rowsUsed + sum(skipped[].count)`. */
  rows: number;
  rowsUsed: number;
  skipped: Array<{ reason: SkipReason; count: number; firstLines: number[] }>;
  /** What the reader noticed: a trailing delimiter, duplicate column names, how it chose the encoding. */
  notes: string[];
}

/** `--where "Region=North"`: a column (by name, or `#N`), `=` or `!=`, and a value compared as written, trimmed. */
export interface RowCondition {
  column: string;
  equals: boolean;
  value: string;
}

/** What the survey layer needs to know of a file besides its rows. */
export interface FileShape {
  names: string[];
  questions: Array<string | null>;
  hints: Array<ColumnHint | null>;
  /** The delimiter is not a comma, so `4,5` is the number 4.5. */
  decimalComma: boolean;
  negativeCodesMissing: boolean;
  quotePrefix: boolean;
}

export interface ReadOptions {
  /** Force an encoding (a WHATWG label), a delimiter or a platform instead of detecting it. */
  encoding?: string;
  /** Keep only the rows whose columns match all of these (`--where`); the others are counted as `filtered`. */
  where?: readonly RowCondition[];
  /** Words with letters beyond ASCII that exports use (lower case): they tell code pages apart. */
  words?: ReadonlySet<string>;
  delimiter?: string;
  platform?: Platform;
  /** Keep responses the platform marks as not finished. */
  includePartial?: boolean;
  /** A row that cannot be read is an error instead of being skipped and counted. */
  strict?: boolean;
  /** Standard input, read for the path `-`. */
  stdin?: Readable;
  /** Told how many bytes of the file have been read, and of how many (null for standard input). */
  onBytes?: (read: number, total: number | null) => void;
}

/** Receives the file's shape once its header rows are read, then each data row with its first line. */
export interface CsvHandlers {
  header(shape: FileShape, file: InputFile): void;
  row(fields: string[], line: number): void;
}

// How many line numbers of each skip reason the report keeps, to point the user at them.
const FIRST_LINES = 5;
// A single record longer than this is not a survey answer; csv-parse stops there.
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Streams one CSV export row by row, as arrays, so memory stays flat whatever its size: detects
 * (or takes) its encoding, delimiter and platform shape, decodes it without breaking a character
 * at a chunk boundary, and pushes rows to `handlers`. A row that cannot be read is skipped and
 * counted by reason (an error under `strict`); an empty, header-only or binary file is an error.
 */
export async function readCsv(path: string, handlers: CsvHandlers, options: ReadOptions = {}): Promise<InputFile> {
  const source = await openSource(path, options.stdin, options.onBytes);
  const encoding = options.encoding === undefined ? detectEncoding(source.head, path, options.words) : forcedEncoding(options.encoding);
  const delimiter = options.delimiter ?? sniffDelimiter(new TextDecoder(encoding.encoding).decode(source.head, { stream: true }));
  const file: InputFile = { path, encoding: encoding.encoding, delimiter, platform: 'generic', headerRows: 0, rows: 0, rowsUsed: 0, skipped: [], notes: [] };
  if (source.gzip) file.notes.push('gzip-compressed');
  file.notes.push(`encoding: ${encoding.evidence}`);

  const rows = new RowFilter(file, handlers, options);
  let lastLine = 0;
  // After a failure the parser still hands over the records it has buffered; they are ignored.
  let failed = false;
  const fail = (error: unknown) => {
    failed = true;
    parser.destroy(error as Error);
  };
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record: string[], context) => {
      const line = lastLine + 1;
      lastLine = context.lines;
      if (failed) return undefined;
      try {
        rows.push(record, line);
      } catch (error) {
        fail(error);
      }
      return undefined;
    },
    on_skip: (error: CsvError | undefined) => {
      if (failed) return undefined;
      try {
        rows.unreadable(error, lastLine + 1);
      } catch (failure) {
        fail(failure);
      }
      return undefined;
    },
  });
  try {
    await pipeline(Readable.from(decode(source.chunks, encoding.encoding)), parser, discard());
  } catch (error) {
    throw translateParseError(error, path, lastLine + 1);
  }
  rows.end();
  return file;
}

/**
 * Turns records into rows: waits for the first records to recognise the platform's header rows,
 * then checks each data row and either passes it on or counts why it was skipped.
 */
class RowFilter {
  private shape: PlatformShape | null = null;
  private conditions: Array<{ index: number; equals: boolean; value: string }> = [];
  private readonly pending: Array<{ record: string[]; line: number }> = [];
  private width = 0;

  constructor(
    private readonly file: InputFile,
    private readonly handlers: CsvHandlers,
    private readonly options: ReadOptions,
  ) {}

  push(record: string[], line: number): void {
    if (this.shape === null) {
      this.pending.push({ record, line });
      if (this.pending.length >= PLATFORM_SAMPLE) this.start();
      return;
    }
    this.row(record, line);
  }

  /** A record csv-parse could not read: an unclosed quote runs to the end of the file. */
  unreadable(error: CsvError | undefined, line: number): void {
    if (error?.code === 'CSV_MAX_RECORD_SIZE') {
      throw new SatisfyError('FIELD_TOO_LONG', `a record longer than ${MAX_RECORD_CHARS / 1024 / 1024} MiB characters: this is not a survey export, or a quote is never closed`, { file: this.file.path, line });
    }
    if (this.shape === null) this.start();
    // Nothing read before it: the header itself is broken, and nothing can be read at all.
    if (this.shape === null) throw new SatisfyError('CSV_UNCLOSED_QUOTE', 'a quoted field in the header is never closed', { file: this.file.path, line }, 'a field that starts with " must end with "; a quote inside it is written twice ("")');
    this.file.rows += 1;
    this.skip('unclosedQuote', line, 'a quoted field is never closed: the rest of the file is one broken field');
  }

  end(): void {
    if (this.shape === null) this.start();
    if (this.file.headerRows === 0 || this.width === 0) throw new SatisfyError('FILE_EMPTY', 'the file is empty: no header row and no responses', { file: this.file.path });
    if (this.file.rows === 0) throw new SatisfyError('HEADER_ONLY', `the file has ${this.file.headerRows === 1 ? 'a header row' : `${this.file.headerRows} header rows`} but no responses`, { file: this.file.path, line: this.file.headerRows });
  }

  private start(): void {
    const records = this.pending.map((p) => p.record);
    if (records.length === 0) return;
    const shape = recognisePlatform(records, this.options.platform);
    this.shape = shape;
    this.file.platform = shape.platform;
    this.file.headerRows = shape.headerRows;
    this.width = tidyNames(shape, this.file.notes);
    this.conditions = (this.options.where ?? []).map((condition) => ({ ...condition, index: columnIndex(shape.names, condition.column, this.file.path) }));
    const { delimiter } = this.file;
    this.handlers.header({ names: shape.names, questions: shape.questions, hints: shape.hints, decimalComma: delimiter !== ',', negativeCodesMissing: shape.negativeCodesMissing, quotePrefix: shape.quotePrefix }, this.file);
    for (const { record, line } of this.pending.slice(shape.headerRows)) this.row(record, line);
  }

  private row(record: string[], line: number): void {
    const { file, shape } = this;
    file.rows += 1;
    if (record.length === 1 && record[0] === '') return this.skip('emptyRow', line);
    // A delimiter at the end of every line (Qualtrics legacy) makes one empty field too many.
    if (record.length === this.width + 1 && record[this.width] === '') record.pop();
    if (record.length !== this.width) return this.skip('fieldCount', line, `the row has ${record.length} fields but the header has ${this.width}`);
    if (shape !== null && shape.finished !== null && this.options.includePartial !== true && !shape.finished.isFinished(record[shape.finished.column] ?? '')) return this.skip('partial', line);
    for (const { index, equals, value } of this.conditions) if (((record[index] ?? '').trim() === value) !== equals) return this.skip('filtered', line);
    file.rowsUsed += 1;
    this.handlers.row(record, line);
  }

  private skip(reason: SkipReason, line: number, unreadable?: string): void {
    if (unreadable !== undefined && this.options.strict === true) throw new SatisfyError('STRICT', `${unreadable} (--strict)`, { file: this.file.path, line }, 'without --strict such rows are skipped and counted');
    let entry = this.file.skipped.find((s) => s.reason === reason);
    if (entry === undefined) this.file.skipped.push((entry = { reason, count: 0, firstLines: [] }));
    entry.count += 1;
    if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(line);
  }
}

/**
 * Makes the column names usable: drops an empty last column that only a trailing delimiter made,
 * and numbers repeated names ("Q1", "Q1 (2)") so each can be named in --map. Returns the width.
 */
function tidyNames(shape: PlatformShape, notes: string[]): number {
  const { names } = shape;
  if (names.length > 1 && names.at(-1) === '') {
    names.pop();
    shape.questions.pop();
    shape.hints.pop();
    notes.push('a delimiter ends every line: the empty last column is dropped');
  }
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      names[i] = `${name} (${count})`;
      notes.push(`column ${i + 1} repeats the name "${name}": called "${names[i]}"`);
    }
  });
  return names.length;
}

/** Decodes bytes to text with a streaming decoder, so no character is cut at a chunk boundary. */
async function* decode(chunks: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

function discard(): Writable {
  return new Writable({ objectMode: true, write: (_chunk, _encoding, done) => done() });
}

/** The column a `--where` names (see indexOfColumn). */
function columnIndex(names: readonly string[], name: string, file: string): number {
  const index = indexOfColumn(names, name);
  if (index < 0) throw new SatisfyError('UNKNOWN_COLUMN', `no column "${name}" for --where`, { file }, `columns are: ${names.join(', ')}`);
  return index;
}

function forcedEncoding(label: string): { encoding: string; evidence: string } {
  const encoding = whatwgName(label);
  if (encoding === null) throw new SatisfyError('USAGE', `unknown encoding "${label}"`, {}, 'use a WHATWG name such as utf-8, utf-16le, windows-1250, windows-1252, windows-1257, iso-8859-2');
  return { encoding, evidence: `--encoding ${label}` };
}

function translateParseError(error: unknown, path: string, line: number): unknown {
  if (error instanceof SatisfyError) return error;
  if (error instanceof CsvError) return new SatisfyError('CSV_MALFORMED', `malformed CSV: ${error.message.replace(/:.*$/s, '').toLowerCase()}`, { file: path, line: (error as CsvError & { lines?: number }).lines ?? line });
  return error;
}
