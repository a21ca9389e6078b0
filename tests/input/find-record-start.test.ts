import { describe, expect, it } from 'vitest';
import { searchRecordStart } from '../../src/input/find-record-start.js';

const HEADER = 'ID,Region,Delivery (1-5),Price (1-5),Overall (1-5),Comments\n';
const row = (i: number, comment = '') => `R${i},North,${1 + (i % 5)},${1 + ((i * 3) % 5)},${1 + ((i * 7) % 5)},${comment}\n`;
const search = (text: string, limit = text.length, final = true) => searchRecordStart(Buffer.from(text), { final, ending: 'lf', delimiter: 0x2c, width: 6, limit });

// The search may scan 4 bytes a byte of its window, and 1 MiB besides (see find-record-start.ts).
const budget = (bytes: number) => 4 * bytes + (1 << 20);

describe('searchRecordStart: where a piece of a file starts, in time linear in its bytes', () => {
  it('finds the first record after a long quoted comment of short lines with commas (the red-team export)', () => {
    // 2 MB of comment lines, each a record of 5 fields if read outside quotes; the piece starts inside it.
    const line = 'The courier came late, the box was torn, and nobody answered, twice\n';
    const comment = `"${line.repeat(Math.ceil(2_000_000 / line.length))}"`;
    const before = `${HEADER}${row(1)}${row(2, comment)}`;
    const text = `${before}${row(3)}${row(4)}${row(5)}`;
    const from = HEADER.length + row(1).length + 1000;
    const window = text.slice(from - 1);
    const found = search(window);
    expect(found.start).toBe(before.length - (from - 1));
    expect(found.work).toBeLessThanOrEqual(budget(window.length));
    // Each byte about twice: once in the record a candidate starts, once as the one after it.
    expect(found.work).toBeLessThan(3 * window.length);
  });

  it('gives up within its budget on quoted fields chained so that each line break sees the rest of the window as one record', () => {
    // From the start of each line, `","` opens a quoted field that runs to the next line's closing
    // quote, and so on to the end: read naively, every candidate scans all that follows it.
    const stretch = `x","${'a'.repeat(40)}\n`;
    const window = `\n${stretch.repeat(100_000)}`;
    const found = search(window, window.length, false);
    expect(found.work).toBeLessThanOrEqual(budget(window.length) + window.length);
    expect(found.start).toBeNull();
  });

  it('asks for more bytes when the window ends inside the records after a candidate', () => {
    const text = `${row(1)}"open comment, with, commas\n`;
    const found = search(`\n${text}`, 1 << 20, false);
    expect(found).toMatchObject({ start: null, more: true });
  });

  it('takes the record at the limit only if it starts before it', () => {
    const text = `\n${row(1)}${row(2)}${row(3)}`;
    expect(search(text).start).toBe(1);
    expect(search(text, 1).start).toBeNull();
    expect(search(text, 2).start).toBe(1);
  });
});
