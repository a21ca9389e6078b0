const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/**
 * A cell as a finite number, or NaN. With `decimalComma` (files whose delimiter is not a comma, as
 * European Excel writes them) `4,5` is 4.5.
 *
 * @example parseNumber('4,5', true) // 4.5
 */
export function parseNumber(text: string, decimalComma: boolean): number {
  if (text === '') return Number.NaN;
  const value = Number(decimalComma && DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text);
  return Number.isFinite(value) ? value : Number.NaN;
}
