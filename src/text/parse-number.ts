const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/** `x`, `b`, `o` after a leading 0: JavaScript's hexadecimal, binary and octal literals. */
const RADIX_LETTERS = new Set([0x78, 0x62, 0x6f]);

/**
 * A cell as a finite number, or NaN. Only decimal text is a number: `3`, `-1`, `4.5`, `.5`,
 * `1e3` — not `0x3`, `0b11` or `0o3`, which `Number()` would read as 3, nor blank space. With
 * `decimalComma` (files whose delimiter is not a comma, as European Excel writes them) `4,5` is 4.5.
 *
 * @example parseNumber('4,5', true) // 4.5
 * @example parseNumber('0x3', false) // NaN
 */
export function parseNumber(text: string, decimalComma: boolean): number {
  if (text === '') return Number.NaN;
  const value = Number(decimalComma && DECIMAL_COMMA.test(text) ? text.replace(',', '.') : text);
  if (!Number.isFinite(value)) return Number.NaN;
  // Checked only once Number() has accepted the text, so the common case costs two comparisons.
  if (text.length > 2 && text.charCodeAt(0) === 0x30 && RADIX_LETTERS.has(text.charCodeAt(1) | 0x20)) return Number.NaN;
  if (value === 0 && text.trim() === '') return Number.NaN;
  return value;
}

/** A whole number 0 to 10 as written in a cell ("5", " 7", "5.0"), the answers that can widen a rating scale; else null. */
export function zeroToTen(text: string): number | null {
  const answer = parseNumber(text.trim(), false);
  return Number.isInteger(answer) && answer >= 0 && answer <= 10 ? answer : null;
}
