import { closeSync, openSync, readSync } from 'node:fs';
import type { AsyncBuffer, ColumnData, FileMetaData, ParquetParsers, SchemaElement, SchemaTree } from 'hyparquet';
import { SatisfyError } from '../errors.js';
import type { OpenedSource } from './open-source.js';
import type { InputFile, OtherFormat, RecordSource, RowSink } from './read-csv.js';

/** A Parquet file opened: its columns, and a reading of its rows. */
export interface ParquetReading {
  /** The names of the file's columns (its top-level fields), in schema order. */
  names: string[];
  /**
   * Reads the rows in file order, each as text (see columnText), to `row`, with its line (the
   * header is line 1, the first row line 2); stops when `row` returns false. Before each slice of
   * rows, `columns` tells which columns are used (indexes into `names`), or null for all: the
   * others are not read, and given as ''. `progress` is told how far the reading is, in bytes.
   */
  read(row: (record: string[], line: number) => boolean, columns: () => ReadonlySet<number> | null, progress?: (read: number, total: number) => void): Promise<void>;
  close(): void;
}

// Rows read at once with every column, while the analysis has not said which it uses (its
// detection sample is the first 1,000 rows): doubled slice after slice, up to SLICE_ROWS.
const FIRST_SLICE_ROWS = 1024;
// Rows read at once from a row group: a row group of a million rows (pyarrow's default) is read
// in slices, so that no more than a slice of decoded values is held; the group's compressed
// column chunks are kept until its last slice (see fileBuffer).
const SLICE_ROWS = 65_536;

type Hyparquet = typeof import('hyparquet');

/**
 * Opens a Parquet file: checks the magic at both ends, reads the footer (the schema and the row
 * groups), and refuses nested columns (lists, maps, structs) by name. A plain file is read where
 * its pages are, a slice at a time; standard input, a pipe or a gzip file is held in memory whole,
 * since Parquet's footer, at the end, is needed before any row.
 */
export async function openParquet(path: string, source: OpenedSource): Promise<ParquetReading> {
  const magic = source.head.toString('latin1', 0, 4);
  if (magic === 'PARE') throw new SatisfyError('FILE_UNREADABLE', 'this is an encrypted Parquet file, which satisfy cannot read', { file: path }, 'write it again without encryption');
  if (magic !== 'PAR1') throw new SatisfyError('FILE_UNREADABLE', 'this is no Parquet file: it does not start with PAR1', { file: path }, 'without --format-in parquet satisfy recognises the format from the first bytes');
  // Loaded only when a Parquet file is read: CSV runs never pay for them.
  const { parquetMetadataAsync, parquetRead, parquetSchema } = (await import('hyparquet')) as Hyparquet;
  const { compressors } = await import('hyparquet-compressors');
  const file = source.size !== null && !source.gzip && path !== '-' ? fileBuffer(path, source.size) : await memoryBuffer(source.chunks);
  try {
    if (file.byteLength < 12 || tail(file) !== 'PAR1') throw new SatisfyError('FILE_UNREADABLE', 'the Parquet file ends too soon (no PAR1 at its end): it is truncated', { file: path }, 'download or write it again');
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(file);
    } catch (error) {
      throw unreadable(error, path, 'its footer');
    }
    const columns = parquetSchema(metadata).children;
    for (const column of columns) refuseNested(column, path);
    const names = columns.map((c) => c.element.name);
    const texts = columns.map((c) => columnText(c.element));
    const read: ParquetReading['read'] = async (row, used, progress) => {
      let groupStart = 0;
      const totalRows = Number(metadata.num_rows);
      for (const [g, group] of metadata.row_groups.entries()) {
        const groupEnd = groupStart + Number(group.num_rows);
        file.clear();
        let size = FIRST_SLICE_ROWS;
        for (let at = groupStart; at < groupEnd; ) {
          const wanted = used();
          const end = Math.min(groupEnd, at + (wanted === null ? size : SLICE_ROWS));
          size = Math.min(SLICE_ROWS, size * 2);
          const indexes = wanted === null ? names.map((_, i) => i) : [...wanted].sort((a, b) => a - b).filter((i) => i < names.length);
          // Once the columns are known, the rows every column's last page has decoded anyway are
          // taken too: a page is decoded whole, and one of many rows is not decoded again.
          const { columns: slice, until } = await readSlice(parquetRead, { file, metadata, compressors, names, indexes, at, end, upTo: wanted === null ? end : groupEnd }, path, g);
          for (let r = at; r < until; r++) {
            const record = new Array<string>(names.length).fill('');
            for (const { index, data, start } of slice) {
              const value = data[r - start];
              record[index] = value === null || value === undefined ? '' : (texts[index] as (v: unknown) => string)(value);
            }
            if (!row(record, r + 2)) return;
          }
          progress?.(Math.round((file.byteLength * until) / Math.max(1, totalRows)), file.byteLength);
          at = until;
        }
        groupStart = groupEnd;
      }
    };
    return { names, read, close: () => file.close() };
  } catch (error) {
    file.close();
    throw error;
  }
}

interface SliceRequest {
  file: AsyncBuffer;
  metadata: FileMetaData;
  compressors: object;
  names: string[];
  indexes: number[];
  at: number;
  end: number;
  /** How far past `end` the slice may reach where every column's pages have been decoded. */
  upTo: number;
}

/**
 * The values of columns `indexes` of rows `at` to `until`, each column as one array from row
 * `start`: `until` is `end`, or, up to `upTo`, the last row that every column's pages hold.
 */
async function readSlice(parquetRead: Hyparquet['parquetRead'], request: SliceRequest, path: string, group: number): Promise<{ columns: Array<{ index: number; data: ArrayLike<unknown>; start: number }>; until: number }> {
  const { file, metadata, compressors, names, indexes, at, end, upTo } = request;
  if (indexes.length === 0) return { columns: [], until: end };
  const chunks = new Map<string, ColumnData[]>();
  try {
    await parquetRead({
      file,
      metadata,
      columns: indexes.map((i) => names[i] as string),
      rowStart: at,
      rowEnd: end,
      compressors,
      parsers: PARSERS,
      onChunk: (chunk) => {
        const list = chunks.get(chunk.columnName) ?? [];
        list.push(chunk);
        chunks.set(chunk.columnName, list);
      },
    });
  } catch (error) {
    throw unreadable(error, path, `row group ${group + 1} of ${metadata.row_groups.length}`);
  }
  const lists = indexes.map((index) => (chunks.get(names[index] as string) ?? []).sort((a, b) => a.rowStart - b.rowStart));
  // A column whose pages hold fewer values than the footer says its rows have is damaged: its missing values are not blanks.
  lists.forEach((list, i) => {
    const reached = list.at(-1)?.rowEnd ?? at;
    if (reached < end) throw new SatisfyError('FILE_UNREADABLE', `cannot read the Parquet file at row group ${group + 1} of ${metadata.row_groups.length}: column "${names[indexes[i] as number]}" has ${Math.max(0, reached - at)} values where ${end - at} rows are due`, { file: path }, 'is the file complete? write it again, or export the table as CSV');
  });
  const until = Math.max(end, Math.min(upTo, ...lists.map((list) => list.at(-1)?.rowEnd ?? end)));
  const columns = indexes.map((index, i) => {
    const list = lists[i] as ColumnData[];
    // Pages come as chunks of rows; one column of the slice is one array.
    const only = list.length === 1 ? (list[0] as ColumnData) : null;
    if (only !== null && only.rowStart <= at && only.rowEnd >= until) return { index, data: only.columnData as ArrayLike<unknown>, start: only.rowStart };
    const data = new Array<unknown>(until - at).fill(null);
    for (const { columnData, rowStart } of list) {
      const values = columnData as ArrayLike<unknown>;
      for (let r = Math.max(0, at - rowStart); r < values.length && rowStart + r < until; r++) data[rowStart + r - at] = values[r];
    }
    return { index, data, start: at };
  });
  return { columns, until };
}

/** Stops with an error naming a column that holds lists, maps or structs: such a column is no answer satisfy can read. */
function refuseNested(column: SchemaTree, path: string): void {
  const { element } = column;
  if (column.children.length === 0 && element.repetition_type !== 'REPEATED') return;
  const kind = element.converted_type === 'LIST' || element.logical_type?.type === 'LIST' || element.repetition_type === 'REPEATED' ? 'a list' : element.converted_type === 'MAP' || element.logical_type?.type === 'MAP' ? 'a map' : 'a struct';
  throw new SatisfyError('FILE_UNREADABLE', `column "${element.name}" is ${kind} (a nested Parquet column), which satisfy cannot read`, { file: path }, 'write one column a value: for a multiple-choice question, one column per option (its text, or blank, where not chosen)');
}

/**
 * Dates and times as text (hyparquet's parsers turn them into Date objects otherwise): a day as
 * `YYYY-MM-DD`, a moment as `YYYY-MM-DD HH:MM:SS` with its fraction of a second where it has one
 * (`.25`), counted from 1970-01-01 00:00:00 as the file counts it. Whether the moment is in UTC is
 * the column's business (see columnText).
 */
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (value: bigint) => momentText(value, 1000n, 3),
  timestampFromMicroseconds: (value: bigint) => momentText(value, 1_000_000n, 6),
  timestampFromNanoseconds: (value: bigint) => momentText(value, 1_000_000_000n, 9),
  dateFromDays: dayText,
  jsonFromBytes: (bytes: Uint8Array) => (bytes === undefined ? bytes : new TextDecoder().decode(bytes)),
};

function momentText(value: bigint, perSecond: bigint, digits: number): string {
  let seconds = value / perSecond;
  let fraction = value % perSecond;
  // Before 1970 the remainder is negative: borrow a second.
  if (fraction < 0n) {
    seconds -= 1n;
    fraction += perSecond;
  }
  const whole = Number(seconds);
  const days = Math.floor(whole / 86_400);
  const time = whole - days * 86_400;
  const decimals = fraction === 0n ? '' : `.${fraction.toString().padStart(digits, '0').replace(/0+$/, '')}`;
  return `${dayText(days)} ${twoDigits(Math.floor(time / 3600))}:${twoDigits(Math.floor(time / 60) % 60)}:${twoDigits(time % 60)}${decimals}`;
}

// The text of days already written: a survey's responses fall on a few hundred days.
const dayTexts = new Map<number, string>();

/** Day `days` from 1970-01-01 as `YYYY-MM-DD`. */
function dayText(days: number): string {
  let text = dayTexts.get(days);
  if (text === undefined) {
    text = new Date(days * 86_400_000).toISOString().slice(0, 10);
    if (dayTexts.size < 100_000) dayTexts.set(days, text);
  }
  return text;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * How a column's values are written, as a CSV export of the same data holds them: numbers in
 * decimal with a point and no needless digits (`4`, `4.5`; a 32-bit float as the shortest decimal
 * that is the same float, `4.1`), whole numbers of 64 bits exactly, decimals as numbers, booleans
 * as `true` and `false`, dates and times as PARSERS writes them, a moment adjusted to UTC (an
 * instant: INT64 timestamps with isAdjustedToUTC, and the legacy TIMESTAMP_MILLIS and _MICROS)
 * with a `Z`, so that its day is the one in UTC or in the zone of --tz, and a wall-clock moment
 * (isAdjustedToUTC false, INT96) as written; a time of day as `HH:MM:SS`; text as it is; bytes
 * that are no text in hex; a value that is not a finite number (NaN) as blank.
 */
function columnText(element: SchemaElement): (value: unknown) => string {
  const logical = element.logical_type;
  const instant = logical?.type === 'TIMESTAMP' ? logical.isAdjustedToUTC : element.converted_type === 'TIMESTAMP_MILLIS' || element.converted_type === 'TIMESTAMP_MICROS';
  if (instant) return (value) => `${String(value)}Z`;
  if (logical?.type === 'TIME' || element.converted_type === 'TIME_MILLIS' || element.converted_type === 'TIME_MICROS') {
    const perSecond = logical?.type === 'TIME' ? { MILLIS: 1000n, MICROS: 1_000_000n, NANOS: 1_000_000_000n }[logical.unit] : element.converted_type === 'TIME_MILLIS' ? 1000n : 1_000_000n;
    return (value) => momentText(BigInt(value as number | bigint), perSecond, perSecond.toString().length - 1).slice(11);
  }
  if (element.type === 'FLOAT') return (value) => (typeof value === 'number' ? float32Text(value) : valueText(value));
  return valueText;
}

// The text of the whole numbers that ratings and codes are, written once.
const SMALL_WHOLE = Array.from({ length: 1101 }, (_, i) => String(i - 100));

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value >= -100 && value <= 1000 && Number.isInteger(value) ? (SMALL_WHOLE[value + 100] as string) : Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint') return value >= -100n && value <= 1000n ? (SMALL_WHOLE[Number(value) + 100] as string) : value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
}

/** A 32-bit float as the shortest decimal that reads back as the same float: 4.1, not 4.099999904632568. */
export function float32Text(value: number): string {
  if (!Number.isFinite(value)) return '';
  for (let digits = 1; digits < 9; digits++) {
    const shorter = Number(value.toPrecision(digits));
    if (Math.fround(shorter) === value) return String(shorter);
  }
  return String(value);
}

/** An AsyncBuffer over a file, with the ranges of the row group being read kept (see GroupCache). */
interface ClosableBuffer extends AsyncBuffer {
  /** Forgets the ranges kept: a new row group starts. */
  clear(): void;
  close(): void;
}

/**
 * A file read where hyparquet asks, synchronously (a reader has nothing else to do meanwhile).
 * The ranges read are kept until `clear`: each slice of a row group asks again for the group's
 * column chunks, which are read from the disk once.
 */
function fileBuffer(path: string, size: number): ClosableBuffer {
  let fd: number | null = openSync(path, 'r');
  const kept = new Map<string, ArrayBuffer>();
  return {
    byteLength: size,
    slice(start, end = size) {
      const key = `${start}:${end}`;
      const known = kept.get(key);
      if (known !== undefined) return known;
      const bytes = new Uint8Array(Math.max(0, end - start));
      for (let at = 0; at < bytes.length; ) {
        const read = readSync(fd as number, bytes, at, bytes.length - at, start + at);
        if (read === 0) break;
        at += read;
      }
      kept.set(key, bytes.buffer);
      return bytes.buffer;
    },
    clear: () => kept.clear(),
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/** The whole of a stream in memory, as an AsyncBuffer: standard input, a pipe, a gzip file. */
async function memoryBuffer(chunks: AsyncIterable<Buffer>): Promise<ClosableBuffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  const whole = Buffer.concat(parts);
  return {
    byteLength: whole.length,
    slice: (start, end = whole.length) => whole.buffer.slice(whole.byteOffset + start, whole.byteOffset + end),
    clear: () => undefined,
    close: () => undefined,
  };
}

/** The last four bytes of a file, as text. */
function tail(file: AsyncBuffer): string {
  const bytes = file.slice(file.byteLength - 4, file.byteLength) as ArrayBuffer;
  return Buffer.from(bytes).toString('latin1');
}

function unreadable(error: unknown, path: string, where: string): unknown {
  if (error instanceof SatisfyError) return error;
  const message = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200) || 'unknown error';
  return new SatisfyError('FILE_UNREADABLE', `cannot read the Parquet file at ${where}: ${message}`, { file: path }, 'is the file complete? write it again, or export the table as CSV');
}

/**
 * Reads a Parquet file (see openParquet) into `file` through a RowFilter that `rowFilter` makes:
 * its column names are the one header record, every row a record as wide, so that the rows go
 * through the same checks as a CSV's (--where, unfinished responses), each counted. Once the
 * analysis says which columns it uses (after its detection sample), the other columns are not read.
 */
export async function readParquet(path: string, source: OpenedSource, file: InputFile, rowFilter: (reader: RecordSource, other: OtherFormat) => RowSink, onBytes?: (read: number, total: number | null) => void): Promise<InputFile> {
  const parquet = await openParquet(path, source);
  let used: ReadonlySet<number> | null = null;
  let stopped = false;
  const reader: RecordSource = {
    useColumns: (columns) => void (used = new Set(columns)),
    stop: () => void (stopped = true),
    // Read in row groups: the rows a handler gets while it waits (ReadControl.waitFor) are its to hold.
    pause: () => undefined,
    currentPiece: 0,
    currentPieceStart: { offset: 0, line: 1 },
  };
  const rows = rowFilter(reader, { decimalComma: false, oneHeaderRow: true });
  try {
    rows.push([...parquet.names], 1);
    await parquet.read(
      (record, line) => {
        rows.push(record, line);
        return !stopped;
      },
      () => used,
      onBytes,
    );
  } finally {
    parquet.close();
    // The file was opened as a stream to read its first bytes; read at offsets since, it closes here.
    await source.close();
  }
  if (!stopped) rows.end();
  return file;
}
