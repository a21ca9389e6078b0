import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SatisfyError } from '../errors.js';
import { JsonColumns } from './json-columns.js';
import { plainResponse, responseKind, type ResponseKind } from './json-responses.js';
import { JsonValues, type JsonLayout } from './json-values.js';
import { openSource, readBytes, type OpenedSource } from './open-source.js';

/** A file of JSON responses after its first pass: its columns, whose API wrote it, and a way to read its rows. */
export interface JsonResponses {
  names: string[];
  /** Each column's first key (see JsonColumns). */
  roots: string[];
  /** Whose API wrote the first response (see responseKind). */
  kind: ResponseKind;
  layout: JsonLayout;
  /** What the reading noticed, for `input.files[].notes`. */
  notes: string[];
  /**
   * The second pass: each response that is an object as a row of text, each other value (a number,
   * a string, null, an array) told to `other`, with the line where it starts; `stopped` is asked
   * after each read. The temporary copy of standard input, if any, is removed at the end.
   */
  rows(row: (fields: string[], line: number) => void, other: (line: number, what: string) => void, stopped: () => boolean): Promise<void>;
}

/** Whether text starts as a report of satisfy report --format json does: `{`, then `"schemaVersion"` as its first key. */
export function isReportHead(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"schemaVersion"\s*:/.test(head);
}

/**
 * Reads a file of JSON responses (see JsonValues for the layouts) in two passes, so that memory
 * stays flat in responses and every key gets a column wherever in the file it is first met: the
 * first pass collects the keys (JsonColumns), the second turns each response into a row. A file is
 * read twice from disk; standard input and pipes, which cannot be, are copied to a temporary file
 * as the first pass reads them.
 */
export async function readJsonResponses(path: string, source: OpenedSource, maxBytes: number, maxColumns: number): Promise<JsonResponses> {
  // A report of satisfy holds an "items" array that reads as an API page of responses: ten items were ten respondents.
  if (isReportHead(source.head.subarray(0, 64).toString('latin1'))) {
    throw new SatisfyError('REPORT_INVALID', 'this JSON is a report of satisfy report --format json, not survey responses', { file: path }, 'a report is read as a baseline from a file (satisfy compare last-week.json this-week.csv); from a pipe, save it to a file first');
  }
  const columns = new JsonColumns(path, maxColumns);
  let kind: ResponseKind | null = null;
  let objects = 0;
  let others = 0;
  const scan = new JsonValues(
    (value, line) => {
      if (!isObject(value)) return void (others += 1);
      const own = responseKind(value);
      kind ??= own;
      objects += 1;
      columns.addResponse(plainResponse(value, own), line);
    },
    path,
    maxBytes,
  );
  const rereadable = path !== '-' && source.size !== null;
  const copy = rereadable ? null : spool();
  try {
    for await (const chunk of source.chunks) {
      copy?.write(chunk);
      scan.push(chunk);
    }
    scan.end();
    copy?.close();
  } catch (error) {
    copy?.remove();
    throw error;
  }
  const layout = scan.shape ?? 'lines';
  if (objects === 0) {
    copy?.remove();
    throw new SatisfyError('FILE_EMPTY', `the JSON holds no responses${others > 0 ? `: ${others} value${others === 1 ? ' is' : 's are'} not objects` : ''}`, { file: path }, 'satisfy reads an array of response objects, one object a line (NDJSON), or an API page of them (Typeform items, Formbricks data)');
  }
  const { names, roots } = columns.columns();
  const notes = [LAYOUT_NOTES[layout], ...(copy === null ? [] : ['json: standard input copied to a temporary file, to be read twice'])];
  return {
    names,
    roots,
    kind: kind ?? 'plain',
    layout,
    notes,
    async rows(row, other, stopped) {
      const second = new JsonValues(
        (value, line) => {
          if (isObject(value)) row(columns.row(plainResponse(value, responseKind(value))), line);
          else other(line, describe(value));
        },
        path,
        maxBytes,
      );
      try {
        const chunks = copy === null ? (await openSource(path, undefined)).chunks : copy.chunks();
        for await (const chunk of chunks) {
          second.push(chunk);
          if (stopped()) return;
        }
        second.end();
      } finally {
        copy?.remove();
      }
    },
  };
}

const LAYOUT_NOTES: Record<JsonLayout, string> = {
  array: 'json: an array of responses',
  lines: 'json: one response after another (NDJSON)',
  pages: 'json: pages of responses (an API\'s "items" or "data")',
};

/** What a value that is not a response is, for the count of values skipped. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A temporary file that keeps the bytes of standard input for the second pass. */
function spool(): { write(chunk: Buffer): void; close(): void; chunks(): AsyncIterable<Buffer>; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-json-'));
  const file = join(dir, 'input.json');
  let fd: number | null = openSync(file, 'w');
  return {
    write(chunk) {
      if (fd !== null) writeSync(fd, chunk);
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
    chunks() {
      return (async function* () {
        yield* readBytes(file, 0);
      })();
    },
    remove() {
      this.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
