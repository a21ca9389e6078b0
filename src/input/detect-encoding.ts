import chardet from 'chardet';
import { SatisfyError } from '../errors.js';
import { createDecoder } from './decoder.js';

export interface DetectedEncoding {
  /** WHATWG name: utf-8, utf-16le, utf-16be, windows-1250, windows-1252, windows-1257, iso-8859-2 ... */
  encoding: string;
  /** How it was decided, for `inspect` and `--verbose`. */
  evidence: string;
}

/**
 * Works out the encoding of a file from its first bytes: a byte-order mark if there is one; UTF-16
 * by its zero bytes; UTF-8 if the bytes are valid UTF-8 (as almost every modern export is);
 * otherwise chardet's statistical guess among the Windows and ISO code pages that Excel and older
 * platforms write. Zero bytes that are not UTF-16 mean a binary file, which is an error.
 */
export function detectEncoding(head: Uint8Array, file: string, words: () => ReadonlySet<string> = () => new Set()): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', evidence: 'UTF-8 byte-order mark' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', evidence: 'UTF-16 LE byte-order mark' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', evidence: 'UTF-16 BE byte-order mark' };
  const utf16 = utf16WithoutBom(head);
  if (utf16 !== null) return { encoding: utf16, evidence: 'zero bytes at every other position (UTF-16 without a byte-order mark)' };
  if (head.includes(0)) {
    throw new SatisfyError('FILE_BINARY', 'this looks like a binary file (it holds NUL bytes, 0x00, which no text export has), not a CSV export', { file }, 'satisfy reads CSV, Excel workbooks (.xlsx, .xlsm), SPSS files (.sav), JSON and Parquet files; save other files as CSV');
  }
  if (isUtf8(head)) return { encoding: 'utf-8', evidence: 'valid UTF-8' };
  const guesses = chardet.analyse(head).filter((match) => whatwgName(match.name) !== null);
  const guess = guesses[0];
  if (guess === undefined) return { encoding: 'windows-1252', evidence: 'not UTF-8; no better guess than windows-1252' };
  const language = guess.lang === undefined ? '' : `, language ${guess.lang}`;
  const chardetSays = `chardet: ${guess.name}${language}, confidence ${guess.confidence}`;
  // chardet is unsure between code pages on short files (a Latvian export read as Latin-1); the
  // one in which the most survey words of the lexicons come out spelled right is the one meant.
  const known = words();
  const ranked = [...new Set(guesses.map((g) => whatwgName(g.name) as string))].map((encoding) => ({ encoding, hits: knownWords(head, encoding, known) }));
  const best = ranked.reduce((a, b) => (b.hits > a.hits ? b : a));
  const first = ranked[0] as { encoding: string; hits: number };
  if (best.encoding === first.encoding) return { encoding: first.encoding, evidence: `not UTF-8; ${chardetSays}` };
  return { encoding: best.encoding, evidence: `not UTF-8; ${best.hits} survey words read right in ${best.encoding} against ${first.hits} in ${first.encoding} (${chardetSays})` };
}

/** How many words of `text` decoded as `encoding` are among `words` (lower case, with their diacritics). */
function knownWords(head: Uint8Array, encoding: string, words: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  let hits = 0;
  for (const word of createDecoder(encoding).decode(head).toLowerCase().split(/[^\p{L}]+/u)) if (words.has(word)) hits += 1;
  return hits;
}

/** The WHATWG name of an encoding label (`ISO-8859-1` → `windows-1252`), or null if Node cannot decode it. */
export function whatwgName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function isUtf8(head: Uint8Array): boolean {
  try {
    // stream: true, so that a character cut off at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven += 1;
    if (head[2 * i + 1] === 0) zeroOdd += 1;
  }
  // Latin text in UTF-16 has a zero in almost every other byte, and almost never in the others.
  if (zeroOdd > 0.6 * pairs && zeroEven < 0.05 * pairs) return 'utf-16le';
  if (zeroEven > 0.6 * pairs && zeroOdd < 0.05 * pairs) return 'utf-16be';
  return null;
}
