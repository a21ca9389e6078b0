/**
 * Excel's delimiter line: a first line that is exactly `sep=` and one character (`sep=;`,
 * `sep=,`, `sep=<tab>`, `sep=|`), which Excel writes, and reads, to name the delimiter of the lines
 * that follow. It is no header and no data. Byte-order marks before it are passed over; the line
 * may end in CRLF, LF or a lone CR (or end the text). Returns the character it names, or null when
 * the first line is anything else (`sep=;;`, ` sep=;`, `SEP=;` are a header like any other).
 *
 * @example excelSepLine('\ufeffsep=;\r\nID;Q1\r\n') // ';'
 */
export function excelSepLine(text: string): string | null {
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start += 1;
  const match = /^sep=([^\r\n])(?:\r\n|\n|\r|$)/.exec(text.slice(start, start + 8));
  return match === null ? null : (match[1] as string);
}
