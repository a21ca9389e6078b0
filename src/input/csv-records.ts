import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { SatisfyError } from '../errors.js';
import { createDecoder, type Decoder } from './decoder.js';

/** Receives the records of a CSV stream, each as its fields and the line where it starts. */
export interface RecordSink {
  record(fields: string[], line: number): void;
  /**
   * A quoted field is never closed: the rest of the input, from `line`, is one broken record; `text`
   * is that record as it stands in the input, from its first byte to the input's end. The sink may
   * give the line of `text` (1 for its second) where a row starts again: records are then read from
   * there, and the lines before it are the broken record's. As the quote is never closed, no quote
   * after it stands alone, so the lines read again cannot open one that runs on.
   */
  unclosed(line: number, text: string): number | void;
  /** The record that follows starts piece `piece` of the stream (see RecordOptions.pieceBytes). */
  piece?(piece: number): void;
  /**
   * The record that follows, from `line`, has `count` byte sequences that are not UTF-8, each read
   * as U+FFFD (told only for UTF-8, and only to a sink that asks).
   */
  notUtf8?(count: number, line: number): void;
}

export interface RecordOptions {
  /** The delimiter, one ASCII character. */
  delimiter: string;
  /** The text encoding of the bytes: UTF-8, or a code page of one byte a character that leaves ASCII as it is. */
  encoding: string;
  /** The file named in errors. */
  file: string;
  /** A record longer than this (in bytes) is an error: no survey answer is that long, so a quote is never closed. */
  maxRecordBytes: number;
  /** The stream's pieces, of this many bytes: a record belongs to the piece its first byte is in. */
  pieceBytes?: number;
  /** Where in the file the first byte pushed is (when reading a range of it), and the line it starts. */
  startOffset?: number;
  startLine?: number;
  /** The record ending of the file, when it is known from a read of its start (a range starts mid-file). */
  ending?: RecordEnding;
  /** Stop at the first record that starts at or after this offset: it belongs to the next range. */
  until?: number;
}

/** How records end: unknown until the first line break outside quotes, then CRLF, LF or CR for the whole file. */
export type RecordEnding = 'unknown' | 'lf' | 'crlf' | 'cr';

const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
// How a field's text is made from its bytes: as they are,
const PLAIN = 0;
/** Quoted, with doubled quotes inside that stand for one. */
const ESCAPED = 1;
/** A quoted field that goes on after its closing quote: kept whole, both quotes included. */
const RELAXED = 2;
// Numbers stored for each field: start, end, middle (of a relaxed field), kind.
const FIELD_SLOTS = 4;
const ENDINGS: readonly RecordEnding[] = ['unknown', 'lf', 'crlf', 'cr'];
const UNKNOWN = 0;
const ENDING_LF = 1;
const ENDING_CRLF = 2;
const ENDING_CR = 3;
// What follows a field in the scan: another field, the record's end, the end of the input inside
// quotes, or nothing yet (more input is needed; also returned by endingLength).
const FIELD_FOLLOWS = 0;
const RECORD_ENDS = 1;
const UNCLOSED_AT_END = 2;
const MORE = -1;
// Fields of up to INTERNED_BYTES bytes, in the first INTERNED_COLUMNS columns, are decoded once and
// looked up after, up to INTERNED_VALUES distinct values a column; the table stays at most half full.
const INTERNED_BYTES = 32;
const INTERNED_COLUMNS = 256;
const INTERNED_VALUES = 64;
const INITIAL_SLOTS = 256;
// Longer fields repeat too (comments such as "Delivery was late again", long option labels): one
// of up to RECENT_BYTES bytes (and a quoted field of any length up to that with quotes in it,
// written "") is looked up among the RECENT_SLOTS met last (a slot by a hash of its length and of
// its first and last bytes, the newer in it replacing the older), so that a repeated text is
// decoded once and handed on as the same string, which the analysis then finds at once in its own
// tables. A column whose fields looked up seldom repeat (free comments, times with their day's
// name) stops being looked up once RECENT_TRIAL of them found fewer than one in RECENT_HITS known.
const RECENT_BYTES = 320;
const RECENT_SLOTS = 1024;
const RECENT_TRIAL = 2048;
const RECENT_HITS = 8;
const RECENT_ENDS = 8;
// Records scanned before they are handed over, so that the places of their fields take about
// 230 kB rather than 2.5 MB a 1 MiB read. The reader alone went from 0.68 to 0.49 s on the 1M
// bench export with this change; a build of the same code without the limit measured about the
// same, so the gain is in how V8 compiles the scan in this shape more than in the smaller array.
const BATCH_RECORDS = 1024;
/**
 * The records of a reader's first scan: a few, so that V8 has seen the whole of scan run before it
 * compiles scan's loop on its own (on-stack replacement, in a long first scan). Compiled then, the
 * code after the loop had no type feedback; every later scan left the compiled loop there and went
 * on unoptimised, and V8 compiled scan again and again (Node 20.20.2, the build with its code
 * cache, the 1M bench export with its comment column ignored, one thread: 133 to 135
 * deoptimisations in a report, 5 or 6 now; whether it happens depends on when V8 compiles).
 */
const FIRST_BATCH_RECORDS = 16;
// The text of each one-byte ASCII field (most answers on a numeric scale): no lookup needed.
const ASCII = Array.from({ length: 0x80 }, (_, b) => String.fromCharCode(b));

/**
 * Splits a CSV byte stream into records of fields, fast: it scans the raw bytes (the delimiter,
 * quotes and line breaks are ASCII, so they are the same bytes in UTF-8 and in single-byte code
 * pages) and decodes only the fields of the columns that are used (see useColumns), short
 * repeated answers once (see FieldTexts).
 *
 * It reads CSV as csv-parse does with `relax_quotes` and `relax_column_count` (a test holds the two
 * to the same records): a field is quoted only if its first character is a quote; a quote inside
 * an unquoted field is an ordinary character; a quoted field whose closing quote is followed by
 * something other than a delimiter or line end goes on to the next delimiter with both quotes
 * kept; records end in the line ending first met outside quotes (CRLF, LF or CR) and any other
 * line break is part of a field. Lines are counted as an editor does: LF, CRLF and a lone CR each
 * end one, inside quoted fields too.
 */
export class CsvRecords {
  private readonly delimiter: number;
  // 1 for each byte that ends an unquoted field (the delimiter, LF, CR), 0 for the others.
  private readonly fieldEnds = new Uint8Array(256);
  private readonly decoder: Decoder;
  private ending: number;
  private carry: Uint8Array = new Uint8Array(0);
  private offset: number;
  private line: number;
  private piece = 0;
  private started = false;
  // Scans made (see FIRST_BATCH_RECORDS).
  private scans = 0;
  // Turns fields' bytes into text; made when the first field is, since a reader that only counts fields needs none.
  private texts: FieldTexts | null = null;
  // Stopped by reaching `until`; halted by stop().
  private stopped = false;
  private halted = false;
  // Where the record whose quote is never closed starts, in the bytes of the scan that found it.
  private unclosedFrom = 0;
  // Paused by pause(): the bytes pushed and not yet read wait, carried, for resume().
  private paused = false;
  private wanted: Uint8Array | null = null;
  // The record being handed over to the sink (see recordIsBlank, recordLines): its bytes, first field, number of fields and of lines.
  private handed: { bytes: Uint8Array; first: number; count: number; lines: number } = { bytes: new Uint8Array(0), first: 0, count: 0, lines: 1 };
  // The records of the run being scanned: each field as FIELD_SLOTS numbers (its start, end and
  // middle as byte offsets into the run, and its kind), and where each record starts.
  private fieldData: Int32Array = new Int32Array(4096 * FIELD_SLOTS);
  // (A batch's records and the end of the last fit: grown in the second scan, they were a branch
  // the optimised scan had not taken, and V8 threw it away.)
  private recordFirst = new Int32Array(BATCH_RECORDS + 1);
  private recordLine = new Float64Array(BATCH_RECORDS + 1);
  private recordPiece = new Float64Array(BATCH_RECORDS + 1);
  private recordStart = new Float64Array(BATCH_RECORDS + 1);
  // Where the first record of the current piece starts.
  private pieceBegins = { offset: 0, line: 1 };
  // Whether the records are checked for bytes that are not UTF-8 (see RecordSink.notUtf8).
  private readonly checkUtf8: boolean;
  // RecordOptions' until, pieceBytes (Infinity: none) and maxRecordBytes, which every scan reads.
  // Kept here: the options of the first reading of a file and of a range of it are objects of
  // different shapes, and the scan, optimised for the one, was thrown away at the other.
  private readonly until: number = Number.POSITIVE_INFINITY;
  private readonly pieceBytes: number = Number.POSITIVE_INFINITY;
  private readonly maxRecordBytes: number = Number.POSITIVE_INFINITY;

  constructor(
    private readonly sink: RecordSink,
    private readonly options: RecordOptions,
  ) {
    this.delimiter = options.delimiter.charCodeAt(0);
    for (const end of [this.delimiter, LF, CR]) this.fieldEnds[end] = 1;
    this.decoder = createDecoder(options.encoding, { ignoreBOM: true });
    this.ending = ENDINGS.indexOf(options.ending ?? 'unknown');
    this.offset = options.startOffset ?? 0;
    this.line = options.startLine ?? 1;
    // The fields that change as records are read are written here once more than their
    // initialisers write them. V8 takes a field written once for a constant of the optimised code;
    // written again (at the second piece, or when the columns asked for are set), it threw away the
    // optimised scan and hand-over, and the scan ran unoptimised for a while (see
    // docs/PERFORMANCE.md, "Fields V8 took for constants").
    this.piece = options.startOffset !== undefined && options.pieceBytes !== undefined ? Math.floor(options.startOffset / options.pieceBytes) : 0;
    this.pieceBegins = { offset: this.offset, line: this.line };
    this.wanted = null;
    this.until = options.until ?? Number.POSITIVE_INFINITY;
    this.pieceBytes = options.pieceBytes ?? Number.POSITIVE_INFINITY;
    this.maxRecordBytes = options.maxRecordBytes;
    this.checkUtf8 = options.encoding === 'utf-8' && sink.notUtf8 !== undefined;
  }

  /**
   * From now on converts, of the first `width` columns (the header's), only `columns`; the others
   * are given as ''. Fields past the width, and a record of one field, are always converted.
   */
  useColumns(columns: readonly number[], width: number): void {
    this.wanted = new Uint8Array(width);
    for (const column of columns) if (column < width) this.wanted[column] = 1;
  }

  /**
   * Whether the record being handed over to the sink holds nothing but delimiters, spaces and tabs,
   * in the fields not asked for (see useColumns) too, which it hands over empty: how Excel saves a
   * row that looks empty in the sheet (`;;;;`). Only while the sink's `record` runs.
   */
  recordIsBlank(): boolean {
    const { bytes, first, count } = this.handed;
    const data = this.fieldData;
    for (let f = first; f < first + count; f++) {
      const end = data[f * FIELD_SLOTS + 1] as number;
      for (let b = data[f * FIELD_SLOTS] as number; b < end; b++) if (bytes[b] !== SPACE && bytes[b] !== TAB) return false;
    }
    return true;
  }

  /**
   * How many lines the record being handed over to the sink runs over: 1, or more when a quoted
   * field holds line breaks. The first field of such a record and its quoted fields are handed
   * over, those not asked for too, so that the sink can tell a stray quote from a comment of
   * several lines (see strayQuote in read-csv.ts). Only while the sink's `record` runs.
   */
  recordLines(): number {
    return this.handed.lines;
  }

  /**
   * The text of field `f` of the record being handed over to the sink, whether or not its column is
   * asked for (see useColumns); null past its last field. Only while the sink's `record` runs.
   */
  recordField(f: number): string | null {
    const { bytes, first, count } = this.handed;
    if (f >= count) return null;
    const at = (first + f) * FIELD_SLOTS;
    const data = this.fieldData;
    const start = data[at] as number;
    const end = data[at + 1] as number;
    const kind = data[at + 3];
    const texts = (this.texts ??= new FieldTexts(this.decoder));
    if (kind === PLAIN) return texts.decode(bytes, start, end);
    if (kind === ESCAPED) return texts.decode(bytes, start, end).replaceAll('""', '"');
    const mid = data[at + 2] as number;
    return `"${texts.decode(bytes, start, mid).replaceAll('""', '"')}${texts.decode(bytes, mid, end)}`;
  }

  /** The record ending found so far. */
  get recordEnding(): RecordEnding {
    return ENDINGS[this.ending] as RecordEnding;
  }

  /** Where the next record starts (after `until` stopped the reading: the start of the first record of the next range). */
  get position(): { offset: number; line: number } {
    return { offset: this.offset, line: this.line };
  }

  /** True once a record at or after `until` was met, or stop() was called: nothing more is read. */
  get done(): boolean {
    return this.stopped || this.halted;
  }

  /** The piece of the last record handed over. */
  get currentPiece(): number {
    return this.piece;
  }

  /** Where the first record of that piece starts, and its line. */
  get currentPieceStart(): { offset: number; line: number } {
    return this.pieceBegins;
  }

  /** Hands over no more records. */
  stop(): void {
    this.halted = true;
  }

  /** Reads no further records (those of the batch being handed over still come) until resume(). */
  pause(): void {
    this.paused = true;
  }

  /** Reads on: first the records of the bytes carried since pause(). */
  resume(): void {
    this.paused = false;
    if (this.done || this.carry.length === 0) return;
    const carried = this.carry;
    this.carry = new Uint8Array(0);
    this.run(carried, false);
  }

  /** Before the first push: the bytes pushed start at `offset` of the file, on line `line`. */
  startAt(offset: number, line: number): void {
    this.offset = offset;
    this.line = line;
  }

  push(chunk: Uint8Array): void {
    if (this.done) return;
    if (this.paused) {
      this.carry = concat(this.carry, chunk);
      return;
    }
    if (this.started && this.carry.length > 0) return this.pushAfterCarry(chunk);
    let bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    if (!this.started) {
      if (bytes.length < 3 && this.options.startOffset === undefined) {
        this.carry = copyOf(bytes, 0, bytes.length);
        return;
      }
      if (this.options.encoding === 'utf-8' && this.options.startOffset === undefined) {
        // Every byte-order mark: a file saved twice by a program that adds one has two.
        while (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
          bytes = bytes.subarray(3);
          this.offset += 3;
        }
        // Perhaps the start of another: wait for more.
        if (bytes.length < 3) {
          this.carry = copyOf(bytes, 0, bytes.length);
          return;
        }
      }
      this.started = true;
    }
    this.run(bytes, false);
  }

  /**
   * Completes the record the last chunk cut off with the first bytes of `chunk`, then reads the
   * rest of `chunk` where it is, rather than copying all of it behind the carried bytes.
   */
  private pushAfterCarry(chunk: Uint8Array): void {
    const carried = this.carry;
    for (let head = Math.min(chunk.length, 1 << 16); ; head = Math.min(chunk.length, head * 4)) {
      const before = this.offset;
      this.run(concat(carried, chunk.subarray(0, head)), false);
      const read = this.offset - before;
      if (head === chunk.length || this.done) return;
      if (read > 0) {
        this.carry = new Uint8Array(0);
        this.run(chunk.subarray(read - carried.length), false);
        return;
      }
      this.carry = carried;
    }
  }

  end(): void {
    if (this.done) return;
    this.started = true;
    this.run(this.carry, true);
    this.carry = new Uint8Array(0);
  }

  /**
   * Scans the complete records of `bytes` and hands them over, BATCH_RECORDS at a time (the first
   * scan FIRST_BATCH_RECORDS), and keeps the rest for the next push.
   */
  private run(bytes: Uint8Array, final: boolean): void {
    let end = 0;
    // Paused, the bytes from `end` are carried (the last bytes of a file are read whatever).
    while (!this.paused || final) {
      const batch = this.scans++ === 0 ? FIRST_BATCH_RECORDS : BATCH_RECORDS;
      const scanned = this.scan(bytes, final, end, batch);
      const valid = this.checkUtf8 && isUtf8(bytes.subarray(end, scanned.end));
      const notUtf8 = this.checkUtf8 && !valid ? this.notUtf8ByRecord(bytes, scanned.records, scanned.end) : null;
      this.emit(bytes, scanned.records, scanned.line, notUtf8, valid);
      const again = scanned.unclosed !== null && !this.halted ? this.sink.unclosed(scanned.unclosed, this.decoder.decode(bytes.subarray(this.unclosedFrom))) : undefined;
      if (typeof again === 'number' && again > 0 && scanned.unclosed !== null) {
        end = lineStart(bytes, this.unclosedFrom, again);
        this.line = scanned.unclosed + again;
        continue;
      }
      this.line = scanned.line;
      end = scanned.end;
      if (scanned.records < batch || this.done) break;
    }
    this.offset += end;
    // A copy: the caller may read its next bytes into the same buffer.
    this.carry = final || this.done ? new Uint8Array(0) : copyOf(bytes, end, bytes.length);
    if (!final && !this.paused && this.carry.length > this.maxRecordBytes) this.tooLong(this.line);
  }

  /**
   * Finds the records of `bytes` from `from` that are complete (all of them when `final`), up to
   * `batch` of them and up to the first one at or after `until`, and stores where their fields are.
   */
  private scan(bytes: Uint8Array, final: boolean, from: number, batch: number): { records: number; end: number; line: number; unclosed: number | null } {
    const n = bytes.length;
    const D = this.delimiter;
    const ends = this.fieldEnds;
    // With a delimiter below the digits (a comma, a tab), most bytes of a field lie above all three
    // bytes that end one, and are passed at one comparison; else each is looked up in fieldEnds.
    const top = Math.max(D, LF, CR);
    const digitsAbove = top < 0x30;
    const { until, pieceBytes } = this;
    let ending = this.ending;
    let line = this.line;
    let p = from;
    let records = 0;
    let fields = 0;
    let end = from;
    let endLine = line;
    let unclosed: number | null = null;
    let piece = this.piece;
    let data: Int32Array = this.fieldData;
    records: while (p < n && records < batch) {
      const recordStart = p;
      const startLine = line;
      {
        const offset = this.offset + p;
        if (offset >= until) {
          this.stopped = true;
          break;
        }
        piece = Math.floor(offset / pieceBytes);
      }
      const firstField = fields;
      // One field per turn; `after` says what follows it: another field, the record's end, or more input.
      for (;;) {
        if (fields * FIELD_SLOTS === data.length) data = this.growFields();
        // Most fields are unquoted and end at a delimiter: such a field is taken here, at a test a
        // byte, and the others from its first byte again by the general reading below. (The look
        // in fieldEnds alone was slower for commas; the comparison alone slower by a sixth for
        // semicolons, below which the digits lie.)
        if (p < n && bytes[p] !== QUOTE) {
          let q = p;
          if (digitsAbove) {
            while (q < n) {
              const b = bytes[q] as number;
              if (b > top) q += 1;
              else if (ends[b] === 1) break;
              else q += 1;
            }
          } else while (q < n && ends[bytes[q] as number] === 0) q += 1;
          if (q < n && bytes[q] === D) {
            const at = fields * FIELD_SLOTS;
            data[at] = p;
            data[at + 1] = q;
            data[at + 2] = 0;
            data[at + 3] = PLAIN;
            fields += 1;
            // Past a delimiter at the very end of the input, the general reading takes the empty field that follows.
            p = q + 1;
            continue;
          }
        }
        let kind = PLAIN;
        let start = p;
        let mid = 0;
        let field = -1; // the field's end, once known
        let after = FIELD_FOLLOWS;
        if (p < n && bytes[p] === QUOTE) {
          p += 1;
          start = p;
          quoted: for (;;) {
            if (p >= n) {
              if (!final) after = MORE;
              else {
                unclosed = startLine;
                p = n;
                after = UNCLOSED_AT_END;
              }
              break;
            }
            const b = bytes[p] as number;
            if (b === QUOTE) {
              if (p + 1 >= n) {
                if (!final) {
                  after = MORE;
                  break;
                }
                field = p;
                p += 1;
                after = RECORD_ENDS;
                break;
              }
              const c = bytes[p + 1] as number;
              if (c === QUOTE) {
                kind = ESCAPED;
                p += 2;
                continue;
              }
              if (c === D) {
                field = p;
                p += 2;
                break;
              }
              if (c === LF || c === CR) {
                if (ending === UNKNOWN) ending = discoverEnding(bytes, p + 1, n, final);
                const length = endingLength(bytes, p + 1, n, final, ending);
                if (length === MORE) {
                  after = MORE;
                  break;
                }
                if (length > 0) {
                  field = p;
                  p += 1 + length;
                  line += 1;
                  after = RECORD_ENDS;
                  break;
                }
              }
              // A closing quote followed by more text: the field goes on, unquoted, quotes kept.
              mid = p;
              kind = RELAXED;
              p += 1;
              break quoted;
            }
            if (b === LF) line += 1;
            else if (b === CR) {
              if (p + 1 >= n && !final) {
                after = MORE;
                break;
              }
              if (bytes[p + 1] !== LF) line += 1;
            }
            p += 1;
          }
        }
        if (field < 0 && after === FIELD_FOLLOWS) {
          // Unquoted (or the rest of a relaxed quoted field): up to a delimiter or a record ending.
          for (;;) {
            if (p >= n) {
              if (!final) after = MORE;
              else {
                field = p;
                after = RECORD_ENDS;
              }
              break;
            }
            const b = bytes[p] as number;
            if (b === D) {
              field = p;
              p += 1;
              break;
            }
            if (b === LF || b === CR) {
              if (ending === UNKNOWN) ending = discoverEnding(bytes, p, n, final);
              const length = endingLength(bytes, p, n, final, ending);
              if (length === MORE) {
                after = MORE;
                break;
              }
              if (length > 0) {
                field = p;
                p += length;
                line += 1;
                after = RECORD_ENDS;
                break;
              }
              if (b === LF) line += 1;
              else if (p + 1 >= n && !final) {
                after = MORE;
                break;
              } else if (bytes[p + 1] !== LF) line += 1;
            }
            p += 1;
          }
        }
        if (after === MORE) {
          fields = firstField;
          line = startLine;
          break records;
        }
        if (after === UNCLOSED_AT_END) {
          // Unclosed at the end of the input: no record, the sink is told.
          this.unclosedFrom = recordStart;
          fields = firstField;
          end = n;
          endLine = line;
          break records;
        }
        const at = fields * FIELD_SLOTS;
        data[at] = start;
        data[at + 1] = field;
        data[at + 2] = mid;
        data[at + 3] = kind;
        fields += 1;
        if (after === RECORD_ENDS) break;
        // A delimiter at the very end of the input: one more, empty, field.
        if (p >= n && final) {
          if (fields * FIELD_SLOTS === data.length) data = this.growFields();
          const at = fields * FIELD_SLOTS;
          data[at] = p;
          data[at + 1] = p;
          data[at + 3] = PLAIN;
          fields += 1;
          break;
        }
      }
      if (p - recordStart > this.maxRecordBytes) this.tooLong(startLine);
      if (records === this.recordFirst.length) this.growRecords();
      this.recordFirst[records] = firstField;
      this.recordLine[records] = startLine;
      this.recordPiece[records] = piece;
      this.recordStart[records] = recordStart;
      records += 1;
      end = p;
      endLine = line;
    }
    if (records === this.recordFirst.length) this.growRecords();
    this.recordFirst[records] = fields;
    this.ending = ending;
    return { records, end, line: endLine, unclosed };
  }

  /**
   * How many byte sequences that are not UTF-8 each record of the last scan has (the slow way, for
   * a scan that has some): as many as the U+FFFD the decoder puts in, less those written as such.
   */
  private notUtf8ByRecord(bytes: Uint8Array, records: number, end: number): Map<number, number> {
    const found = new Map<number, number>();
    for (let r = 0; r < records; r++) {
      const from = this.recordStart[r] as number;
      const to = r + 1 < records ? (this.recordStart[r + 1] as number) : end;
      const record = bytes.subarray(from, to);
      if (isUtf8(record)) continue;
      const replaced = countOf(replacingDecoder.decode(record), '\ufffd') - countOf(Buffer.from(record.buffer, record.byteOffset, record.byteLength).toString('latin1'), '\xef\xbf\xbd');
      if (replaced > 0) found.set(r, replaced);
    }
    return found;
  }

  /**
   * Hands over `records` records of the last scan of `bytes`, the line after them `endLine`,
   * converting the fields asked for (and those recordLines says); `utf8` when those bytes are
   * known to be valid UTF-8.
   */
  private emit(bytes: Uint8Array, records: number, endLine: number, notUtf8: Map<number, number> | null = null, utf8 = false): void {
    const { fieldData: data, recordFirst, sink } = this;
    const texts = records === 0 ? null : (this.texts ??= new FieldTexts(this.decoder));
    if (texts !== null) texts.validUtf8 = utf8;
    for (let r = 0; r < records; r++) {
      const piece = this.recordPiece[r] as number;
      if (piece !== this.piece) {
        this.piece = piece;
        this.pieceBegins = { offset: this.offset + (this.recordStart[r] as number), line: this.recordLine[r] as number };
        sink.piece?.(piece);
        // Stopped at the start of a piece: its first record is not handed over.
        if (this.halted) return;
      }
      if (notUtf8 !== null && notUtf8.has(r)) {
        sink.notUtf8?.(notUtf8.get(r) as number, this.recordLine[r] as number);
        if (this.halted) return;
      }
      const first = recordFirst[r] as number;
      const count = (recordFirst[r + 1] as number) - first;
      const { handed } = this;
      handed.bytes = bytes;
      handed.first = first;
      handed.count = count;
      const line = this.recordLine[r] as number;
      handed.lines = Math.max(1, (r + 1 < records ? (this.recordLine[r + 1] as number) : endLine) - line);
      const wanted = count === 1 ? null : this.wanted;
      const lined = handed.lines > 1;
      const fields: string[] = [];
      for (let f = 0; f < count; f++) {
        const at = (first + f) * FIELD_SLOTS;
        // Of a record over several lines, the first field and the quoted ones are handed over whatever is asked for (see recordLines).
        if (wanted !== null && f < wanted.length && wanted[f] === 0 && (!lined || (f !== 0 && data[at + 3] === PLAIN))) {
          fields.push('');
          continue;
        }
        const start = data[at] as number;
        const end = data[at + 1] as number;
        const kind = data[at + 3];
        const to = texts as FieldTexts;
        if (kind === PLAIN) fields.push(to.text(bytes, start, end, f));
        else if (kind === ESCAPED) fields.push(to.escaped(bytes, start, end, f));
        else {
          const mid = data[at + 2] as number;
          fields.push(`"${to.decode(bytes, start, mid).replaceAll('""', '"')}${to.decode(bytes, mid, end)}`);
        }
      }
      sink.record(fields, line);
      if (this.halted) return;
    }
  }

  private tooLong(line: number): never {
    const mib = this.options.maxRecordBytes / 1024 / 1024;
    throw new SatisfyError('FIELD_TOO_LONG', `a record longer than ${mib} MiB: this is not a survey export, or a quote is never closed`, { file: this.options.file, line });
  }

  private growFields(): Int32Array {
    this.fieldData = grown(this.fieldData, new Int32Array(this.fieldData.length * 2));
    return this.fieldData;
  }

  private growRecords(): void {
    const size = this.recordFirst.length * 2;
    this.recordFirst = grown(this.recordFirst, new Int32Array(size));
    this.recordLine = grown(this.recordLine, new Float64Array(size));
    this.recordPiece = grown(this.recordPiece, new Float64Array(size));
    this.recordStart = grown(this.recordStart, new Float64Array(size));
  }
}

/**
 * An array of `size` empty slots for objects. Filled with undefined, its elements are of V8's kind
 * for any value from the start: an array made empty holds small integers to V8 until the first
 * object is stored, and code optimised for the one kind was thrown away at the other.
 */
function emptySlots<T>(size: number): Array<T | undefined> {
  return new Array<T | undefined>(size).fill(undefined);
}

/**
 * The text of fields, from their bytes. Short fields of columns with few distinct values (answers,
 * labels, codes) are decoded once and then found in a table by their bytes, which is faster than
 * decoding them again and hands the analysis the same string each time.
 */
class FieldTexts {
  // The fields met so far, by a hash of their bytes and column (open addressing, at most half
  // full, doubled as it fills), and how many of each column.
  private hashes = new Int32Array(INITIAL_SLOTS);
  private columns = new Int32Array(INITIAL_SLOTS);
  private texts: Array<string | undefined> = emptySlots<string>(INITIAL_SLOTS);
  private bytes: Array<Uint8Array | undefined> = emptySlots<Uint8Array>(INITIAL_SLOTS);
  private count = 0;
  private readonly distinct = new Int32Array(INTERNED_COLUMNS);
  // The long fields met last (see RECENT_BYTES), each's bytes a DataView of a copy with their
  // length (hashed and compared four bytes at a time: see hashBytes, sameBytes), and per column how
  // many were looked up and found, up to RECENT_TRIAL.
  private readonly recentHashes = new Int32Array(RECENT_SLOTS);
  private readonly recentBytes = emptySlots<DataView>(RECENT_SLOTS);
  private readonly recentLengths = new Int32Array(RECENT_SLOTS);
  private readonly recentTexts = emptySlots<string>(RECENT_SLOTS);
  private readonly recentLooked = new Int32Array(INTERNED_COLUMNS);
  private readonly recentFound = new Int32Array(INTERNED_COLUMNS);
  // The bytes being read (a batch's), and a DataView of them (see viewOf).
  private viewed: Uint8Array | null = null;
  private view: DataView | null = null;
  /** The bytes being read are valid UTF-8 (checked a batch at a time): Node's own UTF-8 slicing then reads them as the decoder would, without a copy. */
  validUtf8 = false;

  constructor(private readonly decoder: Decoder) {}

  /**
   * The text of bytes `start` to `end`, field `column` of its record: from the table, or decoded
   * and kept there; a column past INTERNED_VALUES distinct values (ids, times, comments) is only
   * decoded.
   */
  text(bytes: Uint8Array, start: number, end: number, column: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length === 1) {
      const b = bytes[start] as number;
      if (b < 0x80) return ASCII[b] as string;
    }
    const { distinct } = this;
    if (length > INTERNED_BYTES) return length <= RECENT_BYTES && column < distinct.length ? this.recent(bytes, start, end, column, false) : this.decode(bytes, start, end);
    if (column >= distinct.length || (distinct[column] as number) >= INTERNED_VALUES) return this.decode(bytes, start, end);
    let hash = column + 1;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (bytes[i] as number)) | 0;
    const slot = this.find(hash, column, bytes, start, end);
    const known = this.texts[slot];
    if (known !== undefined) return known;
    const text = this.decode(bytes, start, end);
    this.hashes[slot] = hash;
    this.columns[slot] = column;
    this.texts[slot] = text;
    this.bytes[slot] = copyOf(bytes, start, end);
    distinct[column] = (distinct[column] as number) + 1;
    this.count += 1;
    if (2 * this.count > this.hashes.length) this.grow();
    return text;
  }

  /** The text of a quoted field with quotes in it, written `""`: each of them one `"`. */
  escaped(bytes: Uint8Array, start: number, end: number, column: number): string {
    return end - start <= RECENT_BYTES && column < this.distinct.length ? this.recent(bytes, start, end, column, true) : this.read(bytes, start, end, true);
  }

  /**
   * The text of a long field (see RECENT_BYTES), its quotes written `""` when `escaped`: the string
   * handed on last for the same bytes, read the same way, if its slot still holds it; else read
   * and put in the slot.
   */
  private recent(bytes: Uint8Array, start: number, end: number, column: number, escaped: boolean): string {
    const looked = (this.recentLooked[column] as number) + 1;
    // Read at every call, not only past the trial: first read there, it threw V8's optimised code away.
    const seldomFound = (this.recentFound[column] as number) * RECENT_HITS < RECENT_TRIAL;
    if (looked > RECENT_TRIAL && seldomFound) return this.read(bytes, start, end, escaped);
    if (looked <= RECENT_TRIAL) this.recentLooked[column] = looked;
    const length = end - start;
    const view = this.viewOf(bytes);
    const seed = escaped ? ~length : length;
    // Its first and last RECENT_ENDS bytes; all of a field shorter than both.
    const hash = length < 2 * RECENT_ENDS ? hashBytes(view, start, length, seed) : hashBytes(view, end - RECENT_ENDS, RECENT_ENDS, hashBytes(view, start, RECENT_ENDS, seed));
    const slot = hash & (RECENT_SLOTS - 1);
    const known = this.recentBytes[slot];
    if (known !== undefined && this.recentHashes[slot] === hash && this.recentLengths[slot] === length && sameBytes(known, view, start, length)) {
      if (looked <= RECENT_TRIAL) this.recentFound[column] = (this.recentFound[column] as number) + 1;
      return this.recentTexts[slot] as string;
    }
    const text = this.read(bytes, start, end, escaped);
    const copy = copyOf(bytes, start, end);
    this.recentHashes[slot] = hash;
    this.recentBytes[slot] = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
    this.recentLengths[slot] = length;
    this.recentTexts[slot] = text;
    return text;
  }

  /** `bytes` as a DataView, made once for the batch being read. */
  private viewOf(bytes: Uint8Array): DataView {
    if (this.viewed !== bytes || this.view === null) {
      this.viewed = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return this.view;
  }

  /** The text of a field's bytes, its quotes written `""` when `escaped`. */
  private read(bytes: Uint8Array, start: number, end: number, escaped: boolean): string {
    const text = this.decode(bytes, start, end);
    return escaped ? text.replaceAll('""', '"') : text;
  }

  /** The slot of these bytes of this column: where they are, or the empty one where they go. */
  private find(hash: number, column: number, bytes: Uint8Array, start: number, end: number): number {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const known = this.bytes[slot];
      if (known === undefined) return slot;
      if (this.hashes[slot] !== hash || known.length !== length || this.columns[slot] !== column) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known[i] !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return slot;
    }
  }

  private grow(): void {
    const { hashes, columns, texts, bytes } = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.columns = new Int32Array(size);
    this.texts = emptySlots<string>(size);
    this.bytes = emptySlots<Uint8Array>(size);
    for (let i = 0; i < hashes.length; i++) {
      const known = bytes[i];
      if (known === undefined) continue;
      const slot = this.find(hashes[i] as number, columns[i] as number, known, 0, known.length);
      this.hashes[slot] = hashes[i] as number;
      this.columns[slot] = columns[i] as number;
      this.texts[slot] = texts[i];
      this.bytes[slot] = known;
    }
  }

  /**
   * Bytes to text: a short ASCII run by String.fromCharCode of its bytes (see SHORT_ASCII); valid
   * UTF-8 by Node's own slicing, which finds ASCII runs itself; else ASCII as it is and the rest by
   * the decoder of the encoding (bytes that are not UTF-8, or that a code page leaves undefined,
   * become U+FFFD).
   */
  decode(bytes: Uint8Array, start: number, end: number): string {
    if (end - start <= SHORT_ASCII && isAscii(bytes, start, end)) return shortAscii(bytes, start, end - start);
    if (this.validUtf8) return Buffer.prototype.utf8Slice.call(bytes, start, end);
    if (isAscii(bytes, start, end)) return Buffer.prototype.latin1Slice.call(bytes, start, end);
    return this.decoder.decode(bytes.subarray(start, end));
  }
}

/**
 * A hash of the `length` bytes of `view` from `start`, from `seed`: four bytes at a time, which V8
 * compiles to one load each, then the last few one by one; mixed, so that every byte moves the low
 * bits that choose a slot.
 */
function hashBytes(view: DataView, start: number, length: number, seed: number): number {
  let hash = seed;
  const end = start + length;
  const words = start + (length & ~3);
  for (let i = start; i < words; i += 4) hash = (Math.imul(hash, 0x9e3779b1) + view.getInt32(i, true)) | 0;
  for (let i = words; i < end; i++) hash = (Math.imul(hash, 31) + view.getUint8(i)) | 0;
  return hash ^ (hash >>> 15);
}

/**
 * Whether `known` holds the `length` bytes of `bytes` from `start` (known's length is `length`):
 * compared four bytes at a time, as hashBytes reads them. A byte at a time, the comparison was
 * most of the reading of a repeated comment.
 */
function sameBytes(known: DataView, bytes: DataView, start: number, length: number): boolean {
  const words = length & ~3;
  for (let i = 0; i < words; i += 4) if (known.getInt32(i, true) !== bytes.getInt32(start + i, true)) return false;
  for (let i = words; i < length; i++) if (known.getUint8(i) !== bytes.getUint8(start + i)) return false;
  return true;
}

/** Whether bytes `start` to `end` are all ASCII, the same characters in every encoding CsvRecords reads. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

// Fields of up to this many ASCII bytes that are not in the table (a timestamp, a weight, a number
// of many values) are made by String.fromCharCode from their bytes, one argument a byte, which V8
// does without leaving JavaScript, where a Buffer's slice is a call into Node: 18 ns against 54 ns
// for the 16 bytes of a timestamp, which a report with --period reads at every row.
const SHORT_ASCII = 24;

/** The text of the `n` ASCII bytes of `b` from `s`, for n up to SHORT_ASCII. */
function shortAscii(b: Uint8Array, s: number, n: number): string {
  switch (n) {
    case 0:
      return '';
    case 1:
      return ASCII[c(b, s)] as string;
    case 2:
      return String.fromCharCode(c(b, s), c(b, s + 1));
    case 3:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2));
    case 4:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3));
    case 5:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4));
    case 6:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5));
    case 7:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6));
    case 8:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7));
    case 9:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8));
    case 10:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9));
    case 11:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10));
    case 12:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11));
    case 13:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12));
    case 14:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13));
    case 15:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14));
    case 16:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15));
    case 17:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16));
    case 18:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17));
    case 19:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18));
    case 20:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18), c(b, s + 19));
    case 21:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18), c(b, s + 19), c(b, s + 20));
    case 22:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18), c(b, s + 19), c(b, s + 20), c(b, s + 21));
    case 23:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18), c(b, s + 19), c(b, s + 20), c(b, s + 21), c(b, s + 22));
    case 24:
      return String.fromCharCode(c(b, s), c(b, s + 1), c(b, s + 2), c(b, s + 3), c(b, s + 4), c(b, s + 5), c(b, s + 6), c(b, s + 7), c(b, s + 8), c(b, s + 9), c(b, s + 10), c(b, s + 11), c(b, s + 12), c(b, s + 13), c(b, s + 14), c(b, s + 15), c(b, s + 16), c(b, s + 17), c(b, s + 18), c(b, s + 19), c(b, s + 20), c(b, s + 21), c(b, s + 22), c(b, s + 23));
    default:
      throw new Error(`shortAscii: ${n} bytes, more than ${SHORT_ASCII}`);
  }
}

/** Byte `i` of `b`, for String.fromCharCode. */
function c(b: Uint8Array, i: number): number {
  return b[i] as number;
}

// Decodes a record with bytes that are not UTF-8 as the fields are decoded, each such sequence one U+FFFD.
const replacingDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Where the line `lines` after the one at `from` starts: each LF, CRLF and lone CR ends a line, as read-csv's LINE_BREAK splits a text (unclosedRows counts the lines so). */
function lineStart(bytes: Uint8Array, from: number, lines: number): number {
  let p = from;
  for (let passed = 0; passed < lines && p < bytes.length; p++) {
    const b = bytes[p] as number;
    if (b === LF || (b === CR && bytes[p + 1] !== LF)) passed += 1;
  }
  return p;
}

/** How many times `part` is in `text`, not overlapping. */
export function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

/** The record ending of a file, from its first line break outside quotes at `p`. */
function discoverEnding(bytes: Uint8Array, p: number, n: number, final: boolean): number {
  if (bytes[p] === LF) return ENDING_LF;
  if (p + 1 >= n) return final ? ENDING_CR : UNKNOWN;
  return bytes[p + 1] === LF ? ENDING_CRLF : ENDING_CR;
}

/** How many bytes the record ending at `p` takes: 0 if there is none, MORE if the input stops too soon to tell. */
function endingLength(bytes: Uint8Array, p: number, n: number, final: boolean, ending: number): number {
  const b = bytes[p];
  if (ending === ENDING_LF) return b === LF ? 1 : 0;
  if (ending === ENDING_CR) return b === CR ? 1 : 0;
  if (ending === ENDING_CRLF) {
    if (b !== CR) return 0;
    if (p + 1 >= n) return final ? 0 : MORE;
    return bytes[p + 1] === LF ? 2 : 0;
  }
  return MORE;
}

/** A copy of bytes `start` to `end` (a Buffer's own slice() would share them). */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = Buffer.allocUnsafe(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** True when the encoding writes each character in one byte and ASCII as ASCII, so the scan can run on its bytes. */
export function isByteWise(encoding: string): boolean {
  if (encoding === 'utf-8') return true;
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const text = createDecoder(encoding).decode(all);
  if (text.length !== 256) return false;
  for (let i = 0; i < 128; i++) if (text.charCodeAt(i) !== i) return false;
  return true;
}
