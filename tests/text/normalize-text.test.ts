import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldByPasses, foldUnicode, normalizeText } from '../../src/text/normalize-text.js';

describe('text folded for matching', () => {
  it.each([
    ["Don't know", 'dont know'],
    // The curly apostrophe that Excel and Word type (U+2019; byte 0x92 of windows-1252).
    ['Don’t know', 'dont know'],
    // The left quote (U+2018, 0x91 in windows-1252), the acute accent typed on German keyboards
    // (U+00B4) and the modifier letter apostrophe (U+02BC) are apostrophes too.
    ['Don‘t know', 'dont know'],
    ['Don´t know', 'dont know'],
    ['Donʼt know', 'dont know'],
    ['Don`t know', 'dont know'],
    ['  DONT  KNOW ', 'dont know'],
    ['N/A', 'n a'],
    ['  Überall zufrieden? ', 'uberall zufrieden'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['Straße', 'strasse'],
    ['STRASSE ẞ, Søren Đorđević, Łódź', 'strasse ss soren dordevic lodz'],
    ['Pilnībā nepiekrītu', 'pilniba nepiekritu'],
  ])('%j folds to %j', (text, folded) => expect(normalizeText(text)).toBe(folded));
});

describe('the shortcuts of normalizeText change nothing', () => {
  it('folds printable ASCII as the full folding does', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 }), (text) => normalizeText(text) === foldUnicode(text)), { numRuns: 2000 });
  });

  it('folds any text as the full folding does, the first time and when remembered', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => normalizeText(text) === foldUnicode(text) && normalizeText(text) === foldUnicode(text)), { numRuns: 2000 });
  });
});

describe('the full folding made a character at a time (foldUnicode) folds as the passes over the whole text do (foldByPasses)', () => {
  it('folds every unit of the Basic Multilingual Plane alone, between letters and beside separators', () => {
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      for (const text of [c, `a${c}b`, ` ${c}${c} `, `É${c}.${c}ñ`]) if (foldUnicode(text) !== foldByPasses(text)) differ.push(unit);
    }
    expect(differ).toEqual([]);
  });

  it('folds any text alike: random code points and graphemes, separators, marks alone, Σ, İ, ß and surrogates', () => {
    const unit = fc.oneof(
      fc.constantFrom('Σ', 'σ', 'ς', 'İ', 'ı', 'ß', 'ẞ', 'ł', 'Ø', 'đ', '\u0301', '\u0307', ' ', '  ', '.', "'", '’', '´', 'ʼ', '`', 'ﬁ', '½', '\ufdfa', '\ud835\udc00', '\ud800', 'ΟΔΟΣ', 'Ǆ'),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(foldUnicode(text)).toBe(foldByPasses(text));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
    // Longer than the first buffer, and than a chunk of the string made.
    const long = 'Zażółć gęślą jaźń, ﬁne ½ … '.repeat(400);
    expect(foldUnicode(long)).toBe(foldByPasses(long));
  });
});
