import { describe, expect, it } from 'vitest';
import { inertData, inertText } from '../../src/text/inert-text.js';

describe('text from the data made inert', () => {
  it.each([
    // What it is, the text, as a message (escape), in a table cell (space), in CSV/HTML (keep).
    ['plain text, accents and symbols', 'Zadowolenie — ogólne ▲ ✓', 'Zadowolenie — ogólne ▲ ✓', 'Zadowolenie — ogólne ▲ ✓', 'Zadowolenie — ogólne ▲ ✓'],
    ['a title-setting OSC', 'x\u001b]0;pwned\u0007y', 'x\\x1b]0;pwned\\x07y', 'x\\x1b]0;pwned\\x07y', 'x\\x1b]0;pwned\\x07y'],
    ['cursor up and erase line', '\u001b[1A\u001b[2K', '\\x1b[1A\\x1b[2K', '\\x1b[1A\\x1b[2K', '\\x1b[1A\\x1b[2K'],
    ['backspaces and DEL', 'East\b\bWest\u007f', 'East\\x08\\x08West\\x7f', 'East\\x08\\x08West\\x7f', 'East\\x08\\x08West\\x7f'],
    ['a one-character CSI and NEL (C1)', '\u009b2J\u0085', '\\x9b2J\\x85', '\\x9b2J\\x85', '\\x9b2J\\x85'],
    ['a right-to-left override', 'Price \u202efair\u202c', 'Price \\u202efair\\u202c', 'Price \\u202efair\\u202c', 'Price \\u202efair\\u202c'],
    ['isolates and marks', '\u2066a\u2069\u200e\u200f\u061c', '\\u2066a\\u2069\\u200e\\u200f\\u061c', '\\u2066a\\u2069\\u200e\\u200f\\u061c', '\\u2066a\\u2069\\u200e\\u200f\\u061c'],
    ['line breaks and a tab', 'a\r\nb\nc\rd\te', 'a\\r\\nb\\nc\\rd\\te', 'a b c d e', 'a\r\nb\nc\rd\te'],
    ['vertical tab, form feed and NUL', 'a\u000bb\u000cc\u0000', 'a\\x0bb\\x0cc\\x00', 'a b c\\x00', 'a\\x0bb\\x0cc\\x00'],
  ])('%s', (_what, text, escaped, spaced, kept) => {
    expect(inertText(text)).toBe(escaped);
    expect(inertText(text, 'space')).toBe(spaced);
    expect(inertText(text, 'keep')).toBe(kept);
  });

  it('changes nothing the second time', () => {
    const once = inertText('\u001b[31m\u202e\n');
    expect(inertText(once)).toBe(once);
  });

  it('reaches every string of a document, keys included, and leaves the rest', () => {
    const document = { 'a\u001b': ['b\u202e', 1, null, { c: 'd\u0007' }], n: 2.5, yes: true };
    expect(inertData(document, 'space')).toEqual({ 'a\\x1b': ['b\\u202e', 1, null, { c: 'd\\x07' }], n: 2.5, yes: true });
  });
});
