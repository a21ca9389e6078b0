/** The kinds of file satisfy reads, as `--format-in` names them. */
export const INPUT_FORMATS = ['csv', 'xlsx', 'sav', 'json', 'parquet'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

// A zip archive's local file header; an OLE compound file (an encrypted workbook, or an old .xls).
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What a file is, from its first bytes, whatever it is called: a zip archive whose entries are
 * under `xl/` is an Excel workbook, `$FL2` (or `$FL3`, compressed with zlib) opens an SPSS data
 * file, an OLE compound file is a workbook with a password or an old .xls, another zip is no
 * survey export, `PAR1` (or `PARE`, encrypted) followed by binary data (a zero byte, which no
 * CSV that starts with the letters PAR1 has) opens a Parquet file, whose end is checked when it
 * is read; a first byte (after byte-order marks and blanks) of `{`, or of `[` before `{`, `[`,
 * `"` or `]`, opens JSON (a CSV's header may start with "[Q1]", never with `[{`); anything else is
 * read as CSV.
 */
export function sniffFormat(head: Buffer): InputFormat | 'ole' | 'zip' {
  if (startsWith(head, ZIP)) return head.includes('xl/', 0, 'latin1') ? 'xlsx' : 'zip';
  if (startsWith(head, OLE)) return 'ole';
  const magic = head.toString('latin1', 0, 4);
  if (magic === '$FL2' || magic === '$FL3') return 'sav';
  if ((magic === 'PAR1' || magic === 'PARE') && head.includes(0)) return 'parquet';
  return looksLikeJson(head) ? 'json' : 'csv';
}

const BLANK = new Set([0x20, 0x09, 0x0a, 0x0d]);

function looksLikeJson(head: Buffer): boolean {
  let i = 0;
  const skip = () => {
    for (;;) {
      if (head[i] === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf) i += 3;
      else if (BLANK.has(head[i] as number)) i += 1;
      else return;
    }
  };
  skip();
  if (head[i] === 0x7b) return true;
  if (head[i] !== 0x5b) return false;
  i += 1;
  skip();
  return head[i] === 0x7b || head[i] === 0x5b || head[i] === 0x22 || head[i] === 0x5d;
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}
