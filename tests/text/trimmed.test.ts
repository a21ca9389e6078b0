import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsWithLetter, trimmed } from '../../src/text/trimmed.js';

// Cells as exports write them, around their ends: ASCII, controls, Unicode spaces and letters, a byte-order mark.
const ends = ['', ' ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u007f', '\u0000', 'a', 'Z', '1', '_', '-', 'é', 'Ł', 'ā', '中', '😀'];
const cell = fc.tuple(fc.constantFrom(...ends), fc.string({ maxLength: 6 }), fc.constantFrom(...ends)).map(([a, b, c]) => `${a}${b}${c}`);

describe('trimmed', () => {
  it('is String.prototype.trim on any cell', () => {
    fc.assert(fc.property(fc.oneof(cell, fc.string(), fc.string({ unit: 'grapheme' })), (text) => trimmed(text) === text.trim()), { numRuns: 3000 });
  });
});

describe('startsWithLetter', () => {
  it('tells a letter first as /^\\p{L}/u does', () => {
    fc.assert(fc.property(fc.oneof(cell, fc.string(), fc.string({ unit: 'grapheme' })), (text) => startsWithLetter(text) === /^\p{L}/u.test(text)), { numRuns: 3000 });
    for (const code of Array.from({ length: 0x80 }, (_, i) => i)) expect(startsWithLetter(String.fromCharCode(code))).toBe(/^\p{L}/u.test(String.fromCharCode(code)));
  });
});
