import { SatisfyError } from '../errors.js';
import type { CsvStyle } from '../render/csv.js';

/**
 * --csv-locale: the CSV as a spreadsheet of this locale opens it (a BCP 47 tag: `fr-FR`, `de`,
 * `pl-PL`, `en-US`). Its numbers take the locale's decimal separator, a comma or a point (as Node's
 * ICU gives it); its fields are split by `;` where that is a comma — Windows' list separator there,
 * which Excel splits a CSV on — else by `,`; a UTF-8 byte-order mark opens the file, without which
 * Excel reads it in the system's code page (é as Ã©); lines end in CRLF, as always. Undefined
 * without the flag: the CSV for programs. Refused with another format than csv, and for a tag that
 * is no locale Node knows.
 */
export function csvStyle(locale: string | undefined, format: string): CsvStyle | undefined {
  if (locale === undefined) return undefined;
  if (format !== 'csv') throw new SatisfyError('USAGE', `--csv-locale goes with --format csv, not --format ${format}`, {}, `add --format csv to write the CSV for a spreadsheet in ${locale}`);
  let known: string[];
  try {
    known = Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    known = [];
  }
  if (known.length === 0) throw new SatisfyError('USAGE', `--csv-locale takes a locale such as fr-FR, de-DE, pl-PL or en-US, not "${locale}"`);
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  return { delimiter: decimal === ',' ? ';' : ',', decimal, bom: true };
}
