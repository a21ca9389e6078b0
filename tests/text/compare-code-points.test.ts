import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/text/compare-code-points.js';

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['B', 'b', -1],
    ['b', 'b', 0],
    ['b', 'ba', -1],
    ['e', 'é', -1],
    // U+FF01 is a smaller code point than U+1F600, though its UTF-16 unit is larger than a surrogate.
    ['\uFF01', '\u{1F600}', -1],
    ['\u{1F600}', '\u{1F601}', -1],
  ])('%j against %j: %i', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
    expect(Math.sign(compareCodePoints(b, a)) + sign).toBe(0);
  });
});
