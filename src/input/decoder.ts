import { createRequire } from 'node:module';
import { TextDecoder } from 'node:util';
import type iconv from 'iconv-lite';

/** Turns bytes of one encoding into text: the shape of TextDecoder's `decode`, which it is for UTF-8 and UTF-16. */
export interface Decoder {
  /** The WHATWG name of the encoding (`windows-1252`), as the report names it. */
  readonly encoding: string;
  /** The text of `bytes`; with `stream`, a character cut off at their end waits for the next call. */
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * The single-byte code pages that iconv-lite decodes, by WHATWG name, with iconv-lite's name of
 * each. Node 20's TextDecoder gets some of them wrong: windows-1252 is read as ISO-8859-1, so its
 * bytes 0x80-0x9F (€ ‘ ’ “ ” – — œ ...) become control characters and an Excel "Don’t know" is no
 * longer a non-answer; bytes a code page leaves undefined become control characters (as the WHATWG
 * standard has it) or, in windows-874, private-use characters, where satisfy wants U+FFFD; IBM 866
 * has three ASCII control codes swapped. iconv-lite's tables follow the Unicode Consortium's
 * mapping tables, and tests/input/decoder.test.ts holds every code page here, byte for byte, to
 * them. Left to TextDecoder, which reads them right: macintosh and x-mac-cyrillic (iconv-lite's
 * macintosh table predates the euro sign; it has no x-mac-cyrillic).
 */
export const ICONV_CODE_PAGES: Readonly<Record<string, iconv.Encoding>> = {
  ibm866: 'cp866',
  'iso-8859-2': 'iso88592',
  'iso-8859-3': 'iso88593',
  'iso-8859-4': 'iso88594',
  'iso-8859-5': 'iso88595',
  'iso-8859-6': 'iso88596',
  'iso-8859-7': 'iso88597',
  'iso-8859-8': 'iso88598',
  // The same bytes as iso-8859-8; only the direction the text is laid out in differs.
  'iso-8859-8-i': 'iso88598',
  'iso-8859-10': 'iso885910',
  'iso-8859-13': 'iso885913',
  'iso-8859-14': 'iso885914',
  'iso-8859-15': 'iso885915',
  'koi8-r': 'koi8r',
  'koi8-u': 'koi8u',
  'windows-874': 'windows874',
  'windows-1250': 'windows1250',
  'windows-1251': 'windows1251',
  'windows-1252': 'windows1252',
  'windows-1253': 'windows1253',
  'windows-1254': 'windows1254',
  'windows-1255': 'windows1255',
  'windows-1256': 'windows1256',
  'windows-1257': 'windows1257',
  'windows-1258': 'windows1258',
};

/**
 * The decoder of `encoding` (a WHATWG name, see whatwgName): iconv-lite for the single-byte code
 * pages of ICONV_CODE_PAGES, Node's TextDecoder for the rest (UTF-8, UTF-16 and the multi-byte
 * encodings). `ignoreBOM` keeps a UTF-8 or UTF-16 byte-order mark in the text, as TextDecoder's
 * option does; a code page has none.
 *
 * @example createDecoder('windows-1252').decode(Buffer.from([0x92])) // '’'
 */
export function createDecoder(encoding: string, options: { ignoreBOM?: boolean } = {}): Decoder {
  const name = ICONV_CODE_PAGES[encoding];
  if (name !== undefined) return new SingleByteDecoder(encoding, name);
  return new TextDecoder(encoding, { ignoreBOM: options.ignoreBOM ?? false });
}

let loaded: typeof iconv | null = null;

/**
 * iconv-lite, loaded when a file in a code page is read, not at every start: bundled, its tables
 * (of the multi-byte encodings too) made every start of satisfy about 5 ms slower.
 */
function loadIconv(): typeof iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof iconv;
  return loaded;
}

/** A code page of one byte a character, by iconv-lite's table for it. */
class SingleByteDecoder implements Decoder {
  private readonly decoder: iconv.DecoderStream;

  constructor(
    readonly encoding: string,
    name: iconv.Encoding,
  ) {
    this.decoder = loadIconv().getDecoder(name);
  }

  // Each byte is one character, so nothing is carried from one call to the next: `stream` changes nothing.
  decode(bytes?: Uint8Array): string {
    if (bytes === undefined || bytes.length === 0) return '';
    return this.decoder.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
}
