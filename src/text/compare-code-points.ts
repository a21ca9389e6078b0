/**
 * Orders two strings by their Unicode code points, as a sort of their UTF-32 forms would (and
 * unlike `<`, which orders UTF-16 code units: "\u{1F600}" < "\uFF01" is true, yet U+1F600 is the
 * larger code point). Negative when `a` comes first, 0 when equal, positive when `b` comes first.
 *
 * @example ['b', 'B', 'é', 'e'].sort(compareCodePoints) // ['B', 'b', 'e', 'é']
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only a surrogate against a unit of U+E000-U+FFFF is ordered otherwise by code points: the
    // surrogate starts a code point above U+FFFF.
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
