import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/input/input-format.js';
import { cellText } from '../../src/input/read-xlsx.js';

describe('sniffFormat', () => {
  it.each([
    ['a workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....xl/workbook.xml')]), 'xlsx'],
    ['another zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml')]), 'zip'],
    ['an SPSS file', Buffer.from('$FL2@(#) SPSS DATA FILE'), 'sav'],
    ['a compressed SPSS file', Buffer.from('$FL3@(#) SPSS DATA FILE'), 'sav'],
    ['an OLE compound file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'ole'],
    ['a Parquet file', Buffer.concat([Buffer.from('PAR1'), Buffer.from([0x15, 0x00, 0x15, 0x9c, 0x01])]), 'parquet'],
    ['an encrypted Parquet file', Buffer.concat([Buffer.from('PARE'), Buffer.from([0x15, 0x00])]), 'parquet'],
    ['a CSV that starts with PAR1', Buffer.from('PAR1,score\n1,5\n'), 'csv'],
    ['a CSV', Buffer.from('id,score\n1,5\n'), 'csv'],
    ['a CSV that starts with PK', Buffer.from('PK,score\n1,5\n'), 'csv'],
    ['an empty file', Buffer.alloc(0), 'csv'],
    ['an array of objects', Buffer.from('[\n  {"id": 1}\n]'), 'json'],
    ['NDJSON after a byte-order mark and blank lines', Buffer.from('\ufeff\n\n{"id": 1}\n{"id": 2}\n'), 'json'],
    ['an empty array', Buffer.from('[]'), 'json'],
    ['a CSV whose header starts with a bracket', Buffer.from('[Q1] Overall satisfaction,[Q2] Comment\n5,ok\n'), 'csv'],
  ])('reads %s', (_name, head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [4, '4'],
    [4.5, '4.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    ['Very satisfied', 'Very satisfied'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2026, 1, 14)), '2026-02-14'],
    [new Date(Date.UTC(2026, 1, 14, 9, 30, 0, 999)), '2026-02-14 09:30:01'],
    [{ richText: [{ text: 'Fast ' }, { text: 'delivery' }] }, 'Fast delivery'],
    [{ formula: 'A1+1', result: 5 }, '5'],
    [{ formula: 'A1', result: { error: '#N/A' } }, '#N/A'],
    [{ error: '#DIV/0!' }, '#DIV/0!'],
    [{ text: 'site', hyperlink: 'https://example.com' }, 'site'],
  ])('writes %j as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
