import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/input/csv-records.js';
import { searchRecordStart } from '../../src/input/find-record-start.js';
import { fuzzParameters } from '../helpers/fuzz.js';
import { runCli } from '../helpers/run-cli.js';

// Property tests of the reader (issue 16, point 13): whatever the bytes, quotes, delimiters, line
// endings, encodings and piece sizes, the program never fails as a bug would (exit 3), every row
// read is used or skipped for a reason, and two threads give what one does; the search for where
// a piece starts scans a bounded number of bytes a byte, whatever the fields.

const dir = mkdtempSync(join(tmpdir(), 'satisfy-fuzz-reader-'));

/** A field: plain text, or quoted with delimiters, quotes and line breaks inside. */
const field = fc.oneof(
  fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
  fc.array(fc.constantFrom('a', ' ', ',', ';', '\t', '""', '\n', '\r\n', 'é', '\u2019'), { maxLength: 8 }).map((parts) => `"${parts.join('')}"`),
);

describe('searchRecordStart (property)', () => {
  it('finds the start of records it is put in front of, as CsvRecords reads them, whatever their fields', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (records, eol) => {
        const text = `${records.map((r) => r.join(',')).join(eol)}${eol}`;
        const bytes = Buffer.from(text);
        const read: number[] = [];
        const reader = new CsvRecords({ record: (fields) => read.push(fields.length), unclosed: () => undefined }, { delimiter: ',', encoding: 'utf-8', file: '', maxRecordBytes: 1 << 20, startOffset: 0, ending: eol === '\n' ? 'lf' : 'crlf' });
        reader.push(bytes);
        reader.end();
        fc.pre(read.length >= 2 && read.every((n) => n === 3));
        const window = Buffer.concat([Buffer.from(eol), bytes]);
        const found = searchRecordStart(window, { final: true, ending: eol === '\n' ? 'lf' : 'crlf', delimiter: 0x2c, width: 3, limit: window.length });
        expect(found.start).toBe(eol.length);
      }),
      fuzzParameters(300),
    );
  });

  it('scans at most 4 bytes a byte of its window (and 1 MiB), whatever the bytes', () => {
    const byte = fc.constantFrom(...'"",\n\r\nab'.split('').map((c) => c.charCodeAt(0)));
    fc.assert(
      fc.property(fc.array(fc.array(byte, { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2000 }), (parts, width, times) => {
        // A pattern repeated, so that a search that rescans what follows each line break would blow the bound.
        const unit = Uint8Array.from(parts.flat());
        const window = Buffer.concat(Array.from({ length: times }, () => unit));
        const found = searchRecordStart(window, { final: false, ending: 'lf', delimiter: 0x2c, width, limit: window.length });
        // The last record scanned may run to the end of the window.
        expect(found.work).toBeLessThanOrEqual(4 * window.length + (1 << 20) + window.length);
      }),
      fuzzParameters(200),
    );
  });
});

// The export the CLI property mutates: rows of about 14 bytes, so that with pieces of 20-32 KiB the
// 1,000 rows that detect the columns fit in the first piece and the file (7,000 rows or more) is
// four pieces or more, as a large export is in 8 MiB pieces: the threads share it. (Not in UTF-16,
// which is read on one thread.)
const HEADER = ['ID', 'Delivery speed (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', 'Comments'];

/** What is done to the bytes of the export: inserted at a place (a fraction of the body). */
const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  bytes: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 6 }),
    fc.constantFrom('"', '"never closed', '"a\nb"', '\r', '\n', '\r\n', ',,,', ';', '\t', '""', '\n\n', 'Müller', '\ufeff').map((s) => Buffer.from(s)),
    fc.constantFrom([0xff], [0xe9], [0xc3], [0xef, 0xbb, 0xbf], [0x00]).map((b) => Uint8Array.from(b)),
  ),
});

const exportCase = fc.record({
  rows: fc.integer({ min: 7000, max: 12_000 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'latin1'),
  blankFirst: fc.boolean(),
  trailingDelimiter: fc.boolean(),
  pieceBytes: fc.constantFrom(20_480, 32_768),
  mutations: fc.array(mutation, { maxLength: 4 }),
});

type ExportCase = typeof exportCase extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of a case: a seeded export in its delimiter, line ending and encoding, with its mutations. */
function exportBytes(c: ExportCase): Buffer {
  let seed = c.seed;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const d = c.delimiter;
  const end = c.trailingDelimiter ? d : '';
  const lines = [HEADER.join(d) + end];
  const comments = ['', '', '', 'ok', `"a${d} b"`, '"a\nb"', '"""x"""', 'Müller'];
  for (let i = 0; i < c.rows; i++) lines.push([i, 1 + Math.floor(next() * 5), 1 + Math.floor(next() * 5), Math.floor(next() * 11), comments[Math.floor(next() * comments.length)]].join(d) + end);
  const text = `${c.blankFirst ? c.eol : ''}${lines.join(c.eol)}${c.eol}`;
  let bytes: Buffer =
    c.encoding === 'utf-16le-bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : c.encoding === 'latin1' ? Buffer.from(text, 'latin1') : Buffer.from(text);
  if (c.encoding === 'utf-8-bom') bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  // Mutations go after the header, so that most cases still have one to read.
  const body = bytes.indexOf(c.eol === '\r' ? 0x0d : 0x0a, 4) + 1;
  for (const { at, bytes: inserted } of [...c.mutations].sort((a, b) => b.at - a.at)) {
    const place = body + Math.floor(at * (bytes.length - body));
    bytes = Buffer.concat([bytes.subarray(0, place), inserted, bytes.subarray(place)]);
  }
  return bytes;
}

describe('the reader, through the program (property)', () => {
  // Each case runs the program twice (~0.7 s); the long run of `npm run fuzz` is capped at 300 cases (a few minutes).
  const parameters = fuzzParameters(4);
  it(
    'never exits 3, counts every row as used or skipped, and gives the same report on one thread and two',
    () => {
      let n = 0;
      fc.assert(
        fc.property(exportCase, (c) => {
          const path = join(dir, `fuzzed-export-${n++}.csv`);
          writeFileSync(path, exportBytes(c));
          const env = { SATISFY_PIECE_BYTES: String(c.pieceBytes) };
          const [one, two] = ['1', '2'].map((threads) => runCli(['report', path, '--format', 'json', '--threads', threads], env)) as [ReturnType<typeof runCli>, ReturnType<typeof runCli>];
          for (const run of [one, two]) {
            expect([0, 1, 2], run.stderr).toContain(run.status);
            expect(run.stderr).not.toContain('internal error');
          }
          expect(two.status).toBe(one.status);
          expect(two.stdout).toBe(one.stdout);
          expect(two.stderr).toBe(one.stderr);
          if (one.status === 2) expect(one.stderr).toMatch(/^satisfy: error: [^\n]+\n(hint: [^\n]+\n)?$/);
          if (one.status !== 0) return;
          for (const file of JSON.parse(one.stdout).input.files as Array<{ rows: number; rowsUsed: number; skipped: Array<{ count: number }> }>) {
            expect(file.rows).toBe(file.rowsUsed + file.skipped.reduce((sum, s) => sum + s.count, 0));
          }
        }),
        { ...parameters, numRuns: Math.min(parameters.numRuns, 300) },
      );
    },
    600_000,
  );
});
