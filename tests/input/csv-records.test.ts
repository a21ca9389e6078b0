import { parse, type CsvError } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecords, isByteWise, type RecordOptions } from '../../src/input/csv-records.js';

interface Read {
  records: Array<{ fields: string[]; line: number }>;
  unclosed: number[];
  pieces: Array<{ piece: number; before: number }>;
}

/** Reads `bytes` with CsvRecords, pushed in the pieces that `cuts` (byte positions) make. */
function readRecords(bytes: Uint8Array, cuts: readonly number[] = [], options: Partial<RecordOptions> = {}, reuse = false, checkUtf8 = false): Read & { reader: CsvRecords } {
  const read: Read = { records: [], unclosed: [], pieces: [] };
  const reader = new CsvRecords(
    {
      record: (fields, line) => read.records.push({ fields, line }),
      unclosed: (line) => void read.unclosed.push(line),
      piece: (piece) => read.pieces.push({ piece, before: read.records.length }),
      // A sink told of bytes that are not UTF-8 has each batch checked, and valid ones decoded by Node's own UTF-8 slicing.
      ...(checkUtf8 ? { notUtf8: () => undefined } : {}),
    },
    { delimiter: ',', encoding: 'utf-8', file: 'test.csv', maxRecordBytes: 1 << 20, ...options },
  );
  // With `reuse`, every piece goes through one buffer, overwritten by the next, as a reader of a file does.
  const buffer = Buffer.alloc(bytes.length);
  const push = (part: Uint8Array) => {
    if (!reuse) return reader.push(part);
    buffer.set(part);
    reader.push(buffer.subarray(0, part.length));
  };
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    push(bytes.subarray(from, cut));
    from = cut;
  }
  push(bytes.subarray(from));
  reader.end();
  return { ...read, reader };
}

/** Reads `text` with csv-parse, set up as satisfy used it before CsvRecords: the reference. */
function csvParse(text: string, delimiter = ','): Read {
  const read: Read = { records: [], unclosed: [], pieces: [] };
  let lastLine = 0;
  parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (record: string[], context) => {
      read.records.push({ fields: record, line: lastLine + 1 });
      lastLine = context.lines;
      return undefined;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') read.unclosed.push(lastLine + 1);
      return undefined;
    },
  });
  return read;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const fields = (read: Read) => read.records.map((r) => r.fields);
const lines = (read: Read) => read.records.map((r) => r.line);

// Text made of what matters to CSV, with characters of one to four bytes in UTF-8.
const csvUnit = fc.constantFrom('a', 'b', ' ', 'é', '€', '😀', ',', ';', '"', '"', '\n', '\n', '\r');
const csvText = fc.string({ unit: csvUnit, maxLength: 60 });
const cutsOf = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 6 });

describe('CsvRecords', () => {
  it('reads any text into the records csv-parse makes of it, wherever the input is cut', () => {
    fc.assert(
      fc.property(
        csvText.chain((text) => fc.tuple(fc.constant(text), cutsOf(utf8(text).length))),
        ([text, cuts]) => {
          const ours = readRecords(utf8(text), cuts);
          const theirs = csvParse(text);
          expect(fields(ours)).toEqual(fields(theirs));
          expect(fields(readRecords(utf8(text), cuts, {}, true))).toEqual(fields(theirs));
          expect(ours.unclosed.length).toBe(theirs.unclosed.length);
          // csv-parse counts a CRLF inside quotes as two lines; without CR the counts are the same.
          if (!text.includes('\r')) {
            expect(lines(ours)).toEqual(lines(theirs));
            expect(ours.unclosed).toEqual(theirs.unclosed);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads long fields that repeat as csv-parse does, quoted or not, with quotes in them, alike at both ends but not in the middle', () => {
    // A few long texts that share their length and their first and last bytes, and differ inside:
    // the reader looks repeated long fields up by a hash of those alone (see RECENT_BYTES).
    const middle = fc.constantFrom('x', 'y', '""', 'é', ',', '\n');
    const longText = fc.tuple(fc.constantFrom('', '"'), fc.array(middle, { minLength: 1, maxLength: 4 }), fc.integer({ min: 30, max: 330 })).map(([quote, inside, length]) => {
      const body = `${'A'.repeat(12)}${inside.join('')}${'Z'.repeat(Math.max(0, length - 24))}`;
      const plain = quote === '' && !/[",\n]/.test(body);
      // Unquoted only where CSV allows it; the same bytes unquoted (`a""b`) and quoted (`"a""b"`) read differently.
      return plain ? body : `"${body.replaceAll('"', '""')}"`;
    });
    fc.assert(
      fc.property(fc.array(longText, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 400 }), (pool, picks) => {
        const text = picks.map(([a, b, unquoted]) => {
          const field = pool[a % pool.length] as string;
          // Unquoted, a quoted field's bytes are another field: `a""b` is read as written.
          const other = unquoted && /^"[^,\n]*"$/.test(field) ? field.slice(1, -1) : field;
          return `${other},${pool[b % pool.length] as string},1`;
        }).join('\n');
        const theirs = fields(csvParse(text));
        expect(fields(readRecords(utf8(text)))).toEqual(theirs);
        expect(fields(readRecords(utf8(text), [Math.floor(text.length / 3)], {}, true))).toEqual(theirs);
        expect(fields(readRecords(utf8(text), [Math.floor(text.length / 2)], {}, true, true))).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its own copy of a long field it remembers, not a view of a buffer that the next push overwrites', () => {
    // Alike in length and at both ends: the second is looked up in the slot of the first.
    const first = `${'A'.repeat(12)}first${'Z'.repeat(24)}`;
    const second = `${'A'.repeat(12)}other${'Z'.repeat(24)}`;
    const text = `${first},1\n${second},1\n`;
    const read = readRecords(utf8(text), [first.length + 3], {}, true);
    expect(fields(read)).toEqual([
      [first, '1'],
      [second, '1'],
    ]);
  });

  it('reads a column of long fields that never repeat, and then repeat, as csv-parse does', () => {
    const distinct = Array.from({ length: 5000 }, (_, i) => `Comment number ${i} of a column where no comment repeats at all`);
    const repeated = Array.from({ length: 3000 }, (_, i) => `The same long comment, said again and again by many respondents ${i % 3}`);
    const text = [...distinct, ...repeated, ...distinct.slice(0, 100)].map((comment, i) => `${i},"${comment}"`).join('\n');
    expect(fields(readRecords(utf8(text), [], {}, true))).toEqual(fields(csvParse(text)));
  });

  it('reads fields of every length around the short ones made from their bytes as csv-parse does, in UTF-8 and in a code page', () => {
    // Columns of many values (past the table's 64 a column): each field read from its bytes, of 0
    // to 30 bytes, ASCII or with a letter that is not at its start, middle or end; quoted or not.
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789:-. ';
    const records = Array.from({ length: 400 }, (_, r) => {
      const length = r % 31;
      const ascii = Array.from({ length }, (_, i) => letters[(r * 7 + i * 13) % letters.length] as string).join('');
      const accented = length === 0 ? '' : [...ascii].map((ch, i) => (i === (r % 3) * Math.floor((length - 1) / 2) ? 'é' : ch)).join('');
      return [ascii, `"${ascii}"`, accented, String(r)].join(',');
    });
    const text = records.join('\n');
    expect(fields(readRecords(utf8(text)))).toEqual(fields(csvParse(text)));
    expect(fields(readRecords(utf8(text), [], {}, false, true))).toEqual(fields(csvParse(text)));
    const latin1 = Buffer.from(text, 'latin1');
    expect(fields(readRecords(latin1, [], { encoding: 'windows-1252' }))).toEqual(fields(csvParse(text)));
  });

  it('reads a large input in large pushes as csv-parse does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: csvUnit, minLength: 30, maxLength: 60 }), { minLength: 12000, maxLength: 13000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), (parts, at) => {
        const text = parts.join('\n');
        const bytes = utf8(text);
        // Cuts a good way apart, so that what is carried from one push is completed from a part of the next.
        const cuts = at.map((a, i) => Math.floor(((i + 1) * bytes.length) / 4) + a);
        expect(Math.min(cuts[0] as number, (cuts[1] as number) - (cuts[0] as number))).toBeGreaterThan(1 << 16);
        const theirs = fields(csvParse(text));
        expect(fields(readRecords(bytes, cuts))).toEqual(theirs);
        expect(fields(readRecords(bytes, cuts, {}, true))).toEqual(theirs);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('numbers the lines of many records as csv-parse does, across the batches it scans and the pushes it is given', () => {
    // 5,000 records (the reader hands them over 1,024 at a time, 16 the first time), every seventh with a comment of two lines.
    const text = Array.from({ length: 5000 }, (_, i) => (i % 7 === 3 ? `${i},"two\nlines, ${i}"` : `${i},plain`)).join('\n');
    const bytes = utf8(text);
    const theirs = csvParse(text);
    for (const cuts of [[], [20_001, 40_002]]) {
      const read = readRecords(bytes, cuts);
      expect(fields(read)).toEqual(fields(theirs));
      expect(lines(read)).toEqual(lines(theirs));
    }
  });

  it('reads the cases relax_quotes decides as csv-parse does', () => {
    const cases = ['a,b"c,d\n', '"a"b,c\n', '"a""b"x,y\n', '"a" "b",c\n', 'x,"a\nb",y\n', '"",""\n""', 'a,b,\n', 'a\r\nb\nc\r\n', 'a\rb\rc', '"x"\r\n"y"\r\n', '"open,\nrest'];
    for (const text of cases) expect(fields(readRecords(utf8(text))), JSON.stringify(text)).toEqual(fields(csvParse(text)));
  });

  it('counts lines as an editor does: LF, CRLF and a lone CR each end one, inside quotes too', () => {
    const read = readRecords(utf8('h1,h2\r\n"a\r\nb",c\r\nd,e\r\n'));
    expect(read.records.map((r) => [r.fields, r.line])).toEqual([
      [['h1', 'h2'], 1],
      [['a\r\nb', 'c'], 2],
      [['d', 'e'], 4],
    ]);
  });

  it('skips a UTF-8 byte-order mark and reads bytes that are not UTF-8 as U+FFFD, as a decoder does', () => {
    expect(fields(readRecords(utf8('\uFEFFa,b\n1,2\n'), [1, 2]))).toEqual([['a', 'b'], ['1', '2']]);
    const bytes = Uint8Array.from([0x61, 0x80, 0x2c, 0xf0, 0x2c, 0xc3, 0xa9, 0x0a, 0xed, 0xa0, 0x80, 0x2c, 0x62, 0x0a]);
    expect(fields(readRecords(bytes, [5]))).toEqual(fields(csvParse(new TextDecoder().decode(bytes))));
  });

  it('reads a code page of one byte a character straight from its bytes', () => {
    const bytes = Uint8Array.from([0x5a, 0x9f, 0x2c, 0x22, 0xb9, 0x22, 0x22, 0x22, 0x0a, 0x8a, 0x2c, 0x78, 0x0a]); // Zź,"ą"""\nŠ,x in windows-1250
    expect(isByteWise('windows-1250')).toBe(true);
    expect(isByteWise('utf-16le')).toBe(false);
    expect(isByteWise('shift_jis')).toBe(false);
    expect(fields(readRecords(bytes, [3], { encoding: 'windows-1250' }))).toEqual([['Zź', 'ą"'], ['Š', 'x']]);
    // Bytes 0x80-0x9F of windows-1252, in a short answer (decoded once, then looked up) and in a long comment.
    const excel = Buffer.from(`Don\x92t know,${'x'.repeat(40)} \x80 \x93q\x94\nDon\x92t know,\x96\n`, 'latin1');
    expect(fields(readRecords(excel, [20], { encoding: 'windows-1252' }))).toEqual([['Don’t know', `${'x'.repeat(40)} € “q”`], ['Don’t know', '–']]);
  });

  it('gives the columns not asked for as empty, but a field past the header\'s width and a record of one field whole', () => {
    const read: string[][] = [];
    const reader = new CsvRecords({ record: (f) => read.push(f), unclosed: () => undefined }, { delimiter: ';', encoding: 'utf-8', file: 't.csv', maxRecordBytes: 1000 });
    reader.push(utf8('a;b;c\n'));
    reader.useColumns([1], 3);
    reader.push(utf8('d;e;f;g\nlone\n'));
    reader.end();
    expect(read).toEqual([['a', 'b', 'c'], ['', 'e', '', 'g'], ['lone']]);
  });

  it('tells where each piece of the stream starts, and stops at a given offset', () => {
    // Records start at bytes 0, 4, 8 ("x\ny" is one field), 16 and 20.
    const text = 'a,b\nc,d\n"x\ny",z\ne,f\ng,h\n';
    const read = readRecords(utf8(text), [9], { pieceBytes: 6 });
    expect(read.pieces).toEqual([
      { piece: 1, before: 2 },
      { piece: 2, before: 3 },
      { piece: 3, before: 4 },
    ]);
    const range = readRecords(utf8(text).subarray(8), [], { startOffset: 8, startLine: 3, ending: 'lf', until: 17, pieceBytes: 6 });
    expect(range.records).toEqual([
      { fields: ['x\ny', 'z'], line: 3 },
      { fields: ['e', 'f'], line: 5 },
    ]);
    expect(range.reader.position).toEqual({ offset: 20, line: 6 });
    expect(range.reader.done).toBe(true);
  });

  it('reads again from the line the sink gives after a quote never closed, at every record ending, and stops at the range\'s end', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      // Line 2 opens a quote; line 3 is its comment's; lines 4 and 5 are rows, whose "" are empty fields.
      const text = ['a,b', '1,"never closed', 'and on', '2,""', '3,x', ''].join(eol);
      const told: Array<{ line: number; text: string }> = [];
      const records: Array<{ fields: string[]; line: number }> = [];
      const sink = { record: (fields: string[], line: number) => void records.push({ fields, line }), unclosed: (line: number, rest: string) => (told.push({ line, text: rest }), 2) };
      const reader = new CsvRecords(sink, { delimiter: ',', encoding: 'utf-8', file: 't.csv', maxRecordBytes: 1000 });
      reader.push(utf8(text));
      reader.end();
      expect(told).toEqual([{ line: 2, text: text.slice(text.indexOf('1,"')) }]);
      expect(records).toEqual([
        { fields: ['a', 'b'], line: 1 },
        { fields: ['2', ''], line: 4 },
        { fields: ['3', 'x'], line: 5 },
      ]);
      expect(reader.position.line).toBe(6);
      // A range that ends before the row at line 5 stops there, as after any record.
      const range: string[][] = [];
      const ranged = new CsvRecords({ record: (fields) => void range.push(fields), unclosed: () => 2 }, { delimiter: ',', encoding: 'utf-8', file: 't.csv', maxRecordBytes: 1000, startOffset: 0, ending: eol === '\n' ? 'lf' : eol === '\r\n' ? 'crlf' : 'cr', until: text.indexOf('3,x') });
      ranged.push(utf8(text));
      ranged.end();
      expect(range).toEqual([['a', 'b'], ['2', '']]);
    }
  });

  it('stops at a record longer than the limit, naming its line', () => {
    const text = `a\n"${'x'.repeat(3000)}`;
    expect(() => readRecords(utf8(text), [1000, 2000], { maxRecordBytes: 1000 })).toThrow(expect.objectContaining({ code: 'FIELD_TOO_LONG', line: 2 }));
  });

  it('paused, hands over the rest of the batch and nothing more until it resumes, then the same records', () => {
    // 5,000 records, a quoted line break in every tenth, pushed in cuts of 7,000 bytes.
    const text = Array.from({ length: 5000 }, (_, i) => (i % 10 === 0 ? `${i},"two\nlines"` : `${i},x`)).join('\n');
    const bytes = utf8(text);
    const whole = readRecords(bytes);
    const records: Array<{ fields: string[]; line: number }> = [];
    const pieces: Array<{ piece: number; before: number }> = [];
    const reader = new CsvRecords(
      {
        record: (fields, line) => {
          records.push({ fields, line });
          if (records.length === 1500) reader.pause();
        },
        unclosed: () => undefined,
        piece: (piece) => pieces.push({ piece, before: records.length }),
      },
      { delimiter: ',', encoding: 'utf-8', file: 'test.csv', maxRecordBytes: 1 << 20, pieceBytes: 10_000 },
    );
    let pushed = 0;
    for (; pushed < bytes.length && records.length < 1500; pushed += 7000) reader.push(bytes.subarray(pushed, pushed + 7000));
    // At most the rest of the batch that held record 1,500 (of 1,024 records) came; what is pushed meanwhile waits.
    const paused = records.length;
    expect(paused).toBeGreaterThanOrEqual(1500);
    expect(paused).toBeLessThan(1500 + 1024);
    reader.push(bytes.subarray(pushed, pushed + 7000));
    pushed += 7000;
    expect(records.length).toBe(paused);
    reader.resume();
    for (; pushed < bytes.length; pushed += 7000) reader.push(bytes.subarray(pushed, pushed + 7000));
    reader.end();
    expect(records).toEqual(whole.records);
    expect(pieces).toEqual(readRecords(bytes, [], { pieceBytes: 10_000 }).pieces);
    // All pushed at once: the scan's batch that held record 1,500 ends at record 2,064 (a reader's
    // first scan takes 16 records, the others 1,024).
    const once: string[][] = [];
    const oneReader = new CsvRecords({ record: (fields) => void (once.push(fields) === 1500 && oneReader.pause()), unclosed: () => undefined }, { delimiter: ',', encoding: 'utf-8', file: 'test.csv', maxRecordBytes: 1 << 20 });
    oneReader.push(bytes);
    expect(once.length).toBe(2064);
    oneReader.resume();
    oneReader.end();
    expect(once).toEqual(whole.records.map((r) => r.fields));
  });
});
