import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONV_CODE_PAGES, createDecoder } from '../../src/input/decoder.js';
import { whatwgName } from '../../src/input/detect-encoding.js';

// What each byte of each single-byte code page stands for, by the Unicode Consortium's mapping
// tables, written by tests/reference/code_pages_reference.py (null: the table leaves it undefined).
interface Reference {
  python: string;
  codePages: Record<string, { codec: string; table: string; chars: Array<string | null> }>;
}
const reference = JSON.parse(readFileSync(new URL('../reference/code-pages-reference.json', import.meta.url), 'utf8')) as Reference;
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, b) => b);

// Undefined bytes decode as U+FFFD (see the reference script for why), but where iconv-lite
// follows a later table than Unicode's: Microsoft added U+05BA (Hebrew point holam haser for vav)
// at 0xCA of windows-1255 after CP1255.TXT was published, and the WHATWG table has it too.
const DEPARTURES: Record<string, Record<number, string>> = { 'windows-1255': { 0xca: '\u05ba' } };

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
const codePoint = (c: string | undefined) => (c === undefined ? 'nothing' : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);

describe('single-byte code pages decode byte for byte as the Unicode mapping tables say', () => {
  it.each(Object.entries(reference.codePages))('%s', (encoding, { chars }) => {
    // The name satisfy reports is the one Node resolves the label to.
    expect(whatwgName(encoding)).toBe(encoding);
    const text = createDecoder(encoding).decode(ALL_BYTES);
    expect(text).toHaveLength(256);
    const wrong: string[] = [];
    chars.forEach((want, b) => {
      const expected = DEPARTURES[encoding]?.[b] ?? want ?? '\ufffd';
      if (text[b] !== expected) wrong.push(`${hex(b)}: ${codePoint(text[b])}, not ${codePoint(expected)}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has a reference for every code page that iconv-lite decodes', () => {
    for (const encoding of Object.keys(ICONV_CODE_PAGES)) expect(reference.codePages).toHaveProperty([encoding]);
  });

  it.each([
    ['windows-1252', [0x44, 0x6f, 0x6e, 0x92, 0x74, 0x20, 0x6b, 0x6e, 0x6f, 0x77], 'Don’t know'],
    ['windows-1252', [0x80, 0x93, 0x94, 0x96, 0x97, 0x9c], '€“”–—œ'],
    ['windows-1250', [0x9c, 0xb9, 0x9f], 'śąź'],
    ['windows-1257', [0xe2, 0xf0, 0xfe], 'āšž'],
    ['iso-8859-2', [0xb1, 0xb6, 0xbc], 'ąśź'],
  ])('%s reads %j as %s', (encoding, bytes, text) => {
    expect(createDecoder(encoding).decode(Uint8Array.from(bytes))).toBe(text);
    expect(createDecoder(encoding).decode(Buffer.from(bytes))).toBe(text);
  });

  it('reads a stream cut anywhere as the whole, and a view into a larger buffer from its own bytes only', () => {
    const bytes = Buffer.from([0x41, 0x92, 0x80, 0x93, 0x94, 0x42, 0x9c]);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = createDecoder('windows-1252');
      expect(decoder.decode(bytes.subarray(0, cut), { stream: true }) + decoder.decode(bytes.subarray(cut), { stream: true }) + decoder.decode()).toBe('A’€“”Bœ');
    }
    expect(createDecoder('windows-1252').decode(new Uint8Array(bytes.buffer, bytes.byteOffset + 1, 2))).toBe('’€');
  });

  it('leaves UTF-8 and UTF-16 to TextDecoder, a byte-order mark kept only when asked', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, 0xc5, 0xbc]);
    expect(createDecoder('utf-8')).toBeInstanceOf(TextDecoder);
    expect(createDecoder('utf-8').decode(bom)).toBe('ż');
    expect(createDecoder('utf-8', { ignoreBOM: true }).decode(bom)).toBe('\ufeffż');
    expect(createDecoder('utf-16le').decode(Uint8Array.from([0x7c, 0x01]))).toBe('ż');
    expect(createDecoder('windows-1252').encoding).toBe('windows-1252');
  });
});
