import { closeSync, openSync, readSync } from 'node:fs';
import type { RecordEnding } from './csv-records.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// The window looked at first, doubled while more bytes are needed to tell.
const FIRST_WINDOW = 1 << 16;
// How far past the end of its range the records after a candidate start are read to check them.
const TAIL = 4 << 20;
// The bytes the search may scan, as a multiple of its window (plus SLACK): a candidate's records
// are scanned once each, so ordinary files take about twice their window; a file made so that the
// records seen from each line break run far (quoted fields chained on one line) would take more,
// and the search gives up on them rather than take time that grows with the square of the window.
const WORK_PER_BYTE = 4;
const SLACK = 1 << 20;

/** What searchRecordStart found in a window of a file's bytes. */
export interface RecordStartSearch {
  /** The index in the window of the first candidate whose next two records have the header's number of fields, or null. */
  start: number | null;
  /** The index of the first candidate at all (the byte after the first record ending), or null. */
  first: number | null;
  /** The window ends before the search could tell: a longer one may find the start. */
  more: boolean;
  /** The bytes scanned, to hold the search to time linear in its window (tests count it). */
  work: number;
}

/**
 * Where the first record at or after byte `from` of a file seems to start, for a thread that reads
 * the records that start from `from` up to `until`: after the first record ending from which the
 * next two records have the header's number of fields (a line break inside a quoted comment is
 * rarely followed by such records). A guess: the caller checks it against where the range before
 * really ended, and reads the range again from there when they differ. The time it takes is
 * linear in the bytes it reads, whatever the fields (see searchRecordStart); it reads from a 64 KiB
 * window, doubled while it cannot tell, up to the range and 4 MiB past it. When nothing fits, the
 * first record ending is the guess (`until` if there is none before it).
 */
export function findRecordStart(path: string, from: number, until: number, ending: RecordEnding, delimiter: string, width: number): number {
  const at = from - 1;
  const limit = until - at;
  const most = limit + TAIL;
  let fallback: number | null = null;
  for (let size = FIRST_WINDOW; ; size *= 2) {
    const window = readWindow(path, at, Math.min(size, most));
    const final = window.length < Math.min(size, most);
    const found = searchRecordStart(window, { final, ending, delimiter: delimiter.charCodeAt(0), width, limit });
    if (found.start !== null) return at + found.start;
    fallback = found.first ?? fallback;
    if (!found.more || final || size >= most) break;
  }
  return fallback === null ? until : at + fallback;
}

/**
 * The search of findRecordStart in the bytes of a window whose first byte comes just before the
 * range: the candidates are the bytes that follow a record ending (in `ending`, the file's),
 * before `limit`. It scans, from each candidate, the record there and the one after it, as
 * CsvRecords would read them; the second is the first of the next candidate (where it ends), so it
 * is scanned once. It scans at most WORK_PER_BYTE times the window (and SLACK): what it cannot tell
 * within that is not found.
 */
export function searchRecordStart(bytes: Uint8Array, options: { final: boolean; ending: RecordEnding; delimiter: number; width: number; limit: number }): RecordStartSearch {
  const { final, ending, delimiter, width } = options;
  const n = bytes.length;
  const last = ending === 'cr' ? CR : LF;
  const budget = WORK_PER_BYTE * n + SLACK;
  const fits = (fields: number) => fields === width || fields === width + 1;
  let work = 0;
  let first: number | null = null;
  // The record scanned last as the second of a candidate: the first of the candidate where it starts.
  let known: { at: number; record: ScannedRecord } | null = null;
  const recordAt = (at: number): ScannedRecord => {
    if (known !== null && known.at === at) return known.record;
    const record = scanRecord(bytes, at, final, ending, delimiter);
    work += record.scanned;
    return record;
  };
  for (let i = bytes.indexOf(last); i >= 0 && i + 1 < Math.min(n, options.limit); i = bytes.indexOf(last, i + 1)) {
    if (ending === 'crlf' && bytes[i - 1] !== CR) continue;
    const candidate = i + 1;
    first ??= candidate;
    if (work > budget) return { start: null, first, more: false, work };
    const record = recordAt(candidate);
    // Cut off by the end of the window (or, at the end of the file, by a quote never closed).
    if (record.end < 0) {
      if (final) continue;
      return { start: null, first, more: true, work };
    }
    if (!fits(record.fields)) continue;
    // The file ends after the candidate's record: one record that fits is all there is to check.
    if (final && record.end === n) return { start: candidate, first, more: false, work };
    const next = scanRecord(bytes, record.end, final, ending, delimiter);
    work += next.scanned;
    known = { at: record.end, record: next };
    if (next.end < 0) {
      if (final) continue;
      return { start: null, first, more: true, work };
    }
    if (fits(next.fields)) return { start: candidate, first, more: false, work };
  }
  // Every candidate before the limit was looked at, or the window ends before it.
  return { start: null, first, more: !final && n <= options.limit, work };
}

/** One record as CsvRecords reads it, from a record start: its number of fields and where the next starts (-1: the bytes end first). */
interface ScannedRecord {
  fields: number;
  end: number;
  scanned: number;
}

/**
 * Scans the record that starts at `p`, with the grammar of CsvRecords.scan (a field is quoted if it
 * starts with a quote; a quote after the closing one makes the rest of the field plain; records end
 * in the file's ending outside quotes), counting its fields only.
 */
function scanRecord(bytes: Uint8Array, start: number, final: boolean, ending: RecordEnding, D: number): ScannedRecord {
  const n = bytes.length;
  const cut = (p: number): ScannedRecord => ({ fields: 0, end: -1, scanned: p - start });
  let p = start;
  let fields = 0;
  for (;;) {
    let plain = true;
    if (p < n && bytes[p] === QUOTE) {
      p += 1;
      for (;;) {
        if (p >= n) return cut(p);
        if (bytes[p] !== QUOTE) {
          p += 1;
          continue;
        }
        if (p + 1 >= n) return final ? { fields: fields + 1, end: n, scanned: n - start } : cut(p);
        const c = bytes[p + 1] as number;
        if (c === QUOTE) {
          p += 2;
          continue;
        }
        if (c === D) {
          p += 2;
          fields += 1;
          plain = false;
          break;
        }
        if (c === LF || c === CR) {
          const length = endingLength(bytes, p + 1, final, ending);
          if (length < 0) return cut(p);
          if (length > 0) return { fields: fields + 1, end: p + 1 + length, scanned: p + 1 + length - start };
        }
        // The closing quote is followed by more of the field: the rest is plain.
        p += 1;
        break;
      }
    }
    if (plain) {
      for (;;) {
        if (p >= n) return final ? { fields: fields + 1, end: n, scanned: n - start } : cut(p);
        const b = bytes[p] as number;
        if (b === D) {
          p += 1;
          fields += 1;
          break;
        }
        if (b === LF || b === CR) {
          const length = endingLength(bytes, p, final, ending);
          if (length < 0) return cut(p);
          if (length > 0) return { fields: fields + 1, end: p + length, scanned: p + length - start };
        }
        p += 1;
      }
    }
    // A delimiter at the very end of the input: one more, empty, field.
    if (p >= n && final) return { fields: fields + 1, end: n, scanned: n - start };
  }
}

/** How many bytes the record ending at `p` takes: 0 if there is none, -1 if the bytes stop too soon to tell. */
function endingLength(bytes: Uint8Array, p: number, final: boolean, ending: RecordEnding): number {
  const b = bytes[p];
  if (ending === 'lf') return b === LF ? 1 : 0;
  if (ending === 'cr') return b === CR ? 1 : 0;
  if (b !== CR) return 0;
  if (p + 1 >= bytes.length) return final ? 0 : -1;
  return bytes[p + 1] === LF ? 2 : 0;
}

/** Up to `length` bytes of a file from `at` (fewer at its end). */
function readWindow(path: string, at: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < length) {
      const got = readSync(fd, buffer, read, length - read, at + read);
      if (got === 0) break;
      read += got;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
