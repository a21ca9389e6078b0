import { describe, expect, it } from 'vitest';
import { strayQuote, unclosedRows } from '../../src/input/read-csv.js';

// A record whose field, handed over with the quote that opened it (closed where no field ends),
// holds lines that are rows of the file (its delimiters, a first field shaped as the record's own)
// is rows run together by a stray quote; a comment of several lines is not.
describe('strayQuote', () => {
  it('finds the rows a quote swallowed, as lines after the record’s first, with CRLF, LF or CR', () => {
    for (const end of ['\r\n', '\n', '\r']) {
      const record = ['17', '4', `"late${end}18,5,fine${end}19,2,${end}20,3,ok "sure"`];
      expect(strayQuote(record, 3, ',')).toEqual({ field: 2, rows: [1, 2, 3] });
    }
  });

  it('counts the last line with the fields of the record that follow the field', () => {
    // The quote opened in the second of four fields closes in the second field of line 2.
    expect(strayQuote(['R_1ab', '"slow', 'x', 'y'], 4, ';')).toBeNull();
    expect(strayQuote(['R_1ab', '"slow\nR_2cd;"fast"', 'x', 'y'], 4, ';')).toEqual({ field: 1, rows: [1] });
    expect(strayQuote(['R_1ab', '"slow\nR_2cd;4;"fast"', 'x', 'y'], 4, ';')).toBeNull();
  });

  it('counts the last line, split otherwise, once a line before it is a row', () => {
    // The next quote opened a quoted comment of line 3, whose rest the record splits at its comma.
    const record = ['R_1ab', '2', '"late\nR_2cd,3,\nR_3ef,4,"too dear', ' sadly"'];
    expect(strayQuote(record, 3, ',')).toEqual({ field: 2, rows: [1, 2] });
    expect(strayQuote(['R_1ab', '2', '"late\nR_3ef,4,"too dear', ' sadly"'], 3, ',')).toBeNull();
  });

  it('leaves comments whose lines have the delimiters of a row but not its first field', () => {
    expect(strayQuote(['17', '4', 'Points:\nfast, polite, cheap'], 3, ',')).toBeNull();
    expect(strayQuote(['2026-03-02 09:14', '4', 'great\nreally, great'], 3, ',')).toBeNull();
    expect(strayQuote(['2026-03-02 09:14', '4', '"great\n2026-03-02 10:01,4,fine "ok"'], 3, ',')).toEqual({ field: 2, rows: [1] });
  });

  it('leaves a field closed where a field ends, whatever rows it pastes: CsvRecords hands it over without its quotes', () => {
    expect(strayQuote(['North', 'R1', 'Copied from my order:\nA,2026-01-01,x\nB,2026-01-01,y\nplease check'], 3, ',')).toBeNull();
    expect(strayQuote(['North', 'R1', '"Copied from my order:\nA,2026-01-01,x\nB,2026-01-01,y\nplease "check"'], 3, ',')).toEqual({ field: 2, rows: [1, 2] });
  });

  it('counts the lines of earlier fields of several lines', () => {
    expect(strayQuote(['17', 'a\nb', '"x\n18,2,y "z"'], 3, ',')).toEqual({ field: 2, rows: [2] });
  });
});

// A quote never closed runs to the end of the file: the lines after the record's first that are
// rows (a first field shaped as the record's, the header's delimiters or more) are rows it swallowed.
describe('unclosedRows', () => {
  it('counts the rows after the broken record, with CRLF, LF or CR, and not its comment\'s lines', () => {
    for (const end of ['\r\n', '\n', '\r']) {
      const text = `17,4,"late${end}and broken, twice, sadly${end}18,5,fine${end}19,2,${end}20,3,"ok, sure"${end}`;
      expect(unclosedRows(text, 3, ',')).toEqual([2, 3, 4]);
    }
  });

  it('takes a line whose first field is shaped as a row\'s read before the record, not only as the record\'s own', () => {
    const text = 'R_abcdefghijklmno;4;"never closed\nR_2bc3de4fg5hi6jk;3;ok\nR_3cd4ef5gh6ij7kl;2;meh';
    expect(unclosedRows(text, 3, ';')).toEqual([]);
    expect(unclosedRows(text, 3, ';', new Set(['a_x']))).toEqual([1, 2]);
  });

  it('finds none where the record is the last line, or the lines after it are no rows', () => {
    expect(unclosedRows('R_1ab;4;"never closed', 3, ';')).toEqual([]);
    expect(unclosedRows('R_1ab;4;"never closed\n2026;fast;and;kind\nand more', 3, ';')).toEqual([]);
  });
});
