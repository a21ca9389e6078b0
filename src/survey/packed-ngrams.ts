/**
 * The n-gram scores of the comment-language detector (ELD, see loadCommentLanguage), packed into
 * one string and read in place. ELD ships them as an object literal of 49,553 n-grams, each an
 * object of scores by language: 1.3 MB of JavaScript that took 0.15 s and 85 MiB of a run to load.
 * The bundle (scripts/build.mjs) gives ELD the same scores packed by packNgrams and read through
 * unpackNgrams: ELD's own code asks for an n-gram's scores as before and gets an equal object
 * (tests/survey/packed-ngrams.test.ts compares every one), at a small fraction of that cost.
 * satisfy itself tells languages from the packed scores in place, by ELD's steps (see eldDetector).
 *
 * The packing: per n-gram, in the order of their characters, its length in characters, how many
 * languages score it, its characters (each below 256: ELD writes a UTF-8 byte as one character)
 * and the languages' numbers and scores (each below 256), one byte each; the bytes in base64.
 */

import { eldReader, type EldReader, type EldText } from './eld-detect.js';

/** An n-gram's scores by language number, as ELD holds them: `{ 11: 87, 37: 52 }`. */
export type NgramScores = Record<string, number>;

/** Packs ELD's `ngrams` object (see the file's comment); throws on what one byte cannot hold. */
export function packNgrams(ngrams: Readonly<Record<string, NgramScores>>): string {
  const bytes: number[] = [];
  const byte = (value: number, what: string) => {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`${what} ${value} does not fit in a byte`);
    bytes.push(value);
  };
  // In the order of their characters (all below 256, so UTF-16 order is byte order): the same bytes whatever order ELD's object lists them in.
  for (const [ngram, scores] of Object.entries(ngrams).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const languages = Object.entries(scores);
    byte(ngram.length, `the length of n-gram ${JSON.stringify(ngram)}`);
    byte(languages.length, `the number of languages of n-gram ${JSON.stringify(ngram)}`);
    for (let i = 0; i < ngram.length; i++) byte(ngram.charCodeAt(i), `a character of n-gram ${JSON.stringify(ngram)}`);
    for (const [language, score] of languages) {
      byte(Number(language), 'language number');
      byte(score, `the score of n-gram ${JSON.stringify(ngram)}`);
    }
  }
  return Buffer.from(bytes).toString('base64');
}

/** A table's parts: the packed bytes, where each n-gram starts in them, and its hash table (see NgramTable). */
interface TableParts {
  bytes: Uint8Array;
  offsets: Int32Array;
  slots: Int32Array;
}

/**
 * Packed n-grams, read in place: found by their characters in a hash table of their positions, so
 * that no n-gram is an object and the garbage collector has nothing to copy.
 */
export class NgramTable {
  /** The packed bytes (see the file's comment). */
  readonly bytes: Uint8Array;
  /** Where each n-gram starts in `bytes`, in their order. */
  readonly offsets: Int32Array;
  // Open addressing, at most half full: each slot an n-gram's number + 1, or 0 for none.
  private readonly slots: Int32Array;

  /** The table of packed n-grams (packNgrams' base64), or of the parts tableParts made from them. */
  constructor(packed: string | TableParts) {
    const { bytes, offsets, slots } = typeof packed === 'string' ? tableParts(Buffer.from(packed, 'base64')) : packed;
    this.bytes = bytes;
    this.offsets = offsets;
    this.slots = slots;
  }

  /** How many n-grams there are. */
  get size(): number {
    return this.offsets.length;
  }

  /** The number of the n-gram whose characters are the first `length` bytes of `ngram`, or −1. */
  lookup(ngram: Uint8Array, length: number): number {
    const { bytes, slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashOf(ngram, 0, length) & mask; ; slot = (slot + 1) & mask) {
      const entry = (slots[slot] as number) - 1;
      if (entry < 0) return -1;
      const at = this.offsets[entry] as number;
      if (bytes[at] !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[at + 2 + i] !== ngram[i]) {
          same = false;
          break;
        }
      }
      if (same) return entry;
    }
  }

  /** Calls `score` with each language number and score of n-gram `entry`. */
  forEachScore(entry: number, score: (language: number, value: number) => void): void {
    const { bytes } = this;
    const at = this.offsets[entry] as number;
    for (let i = at + 2 + (bytes[at] as number), end = i + 2 * (bytes[at + 1] as number); i < end; i += 2) score(bytes[i] as number, bytes[i + 1] as number);
  }

  /** An n-gram's scores as ELD holds them, or undefined (a new object each time). */
  find(ngram: string): NgramScores | undefined {
    if (ngram.length > 255) return undefined;
    const characters = new Uint8Array(ngram.length);
    for (let i = 0; i < ngram.length; i++) {
      const unit = ngram.charCodeAt(i);
      if (unit > 255) return undefined;
      characters[i] = unit;
    }
    const entry = this.lookup(characters, characters.length);
    if (entry < 0) return undefined;
    const scores: NgramScores = {};
    this.forEachScore(entry, (language, value) => {
      scores[language] = value;
    });
    return scores;
  }
}

function hashOf(bytes: Uint8Array, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash >>> 0;
}

/** The parts of a table of the packed bytes: each n-gram's start, and the hash table of their numbers. */
function tableParts(bytes: Uint8Array): TableParts {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; at += 2 + (bytes[at] as number) + 2 * (bytes[at + 1] as number)) starts.push(at);
  const offsets = Int32Array.from(starts);
  let size = 1;
  while (size < 2 * starts.length) size *= 2;
  const slots = new Int32Array(size);
  for (let entry = 0; entry < starts.length; entry++) {
    const at = starts[entry] as number;
    let slot = hashOf(bytes, at + 2, bytes[at] as number) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = entry + 1;
  }
  return { bytes, offsets, slots };
}

// The first word of a table file, written in the platform's byte order: read back in another, it is
// not this (the typed arrays of the file would be wrong).
const TABLE_FILE_MAGIC = 0x656c6431;

/**
 * A table of packed n-grams (packNgrams' base64) as the file the bundle reads (scripts/build.mjs,
 * dist/cli/eld-ngrams.bin): four 32-bit words (a mark, the number of packed bytes, of n-grams and of
 * slots), the n-grams' starts and the hash table as 32-bit integers, then the packed bytes. Built once
 * by the build rather than at every run that reads comments: making the table took 7 to 13 ms of
 * a report of 1,000 responses, and its base64 string was 0.66 MB of the bundle and of its code cache.
 */
export function packTableFile(packed: string): Uint8Array {
  const { bytes, offsets, slots } = tableParts(Buffer.from(packed, 'base64'));
  const words = 4 + offsets.length + slots.length;
  const file = new Uint8Array(4 * words + bytes.length);
  const view = new Int32Array(file.buffer, 0, words);
  view.set([TABLE_FILE_MAGIC, bytes.length, offsets.length, slots.length]);
  view.set(offsets, 4);
  view.set(slots, 4 + offsets.length);
  file.set(bytes, 4 * words);
  return file;
}

/** The table of a file that packTableFile wrote, read in place. */
export function readTableFile(file: Uint8Array): NgramTable {
  // Typed arrays of 32-bit words start at a multiple of 4 bytes.
  const aligned = file.byteOffset % 4 === 0 ? file : Uint8Array.from(file);
  const header = new Int32Array(aligned.buffer, aligned.byteOffset, 4);
  const [magic, bytes, entries, slots] = header as unknown as [number, number, number, number];
  if (magic !== TABLE_FILE_MAGIC || aligned.length !== 4 * (4 + entries + slots) + bytes) throw new Error('the n-gram table of the comment-language detector is not one this build wrote');
  return new NgramTable({
    offsets: new Int32Array(aligned.buffer, aligned.byteOffset + 16, entries),
    slots: new Int32Array(aligned.buffer, aligned.byteOffset + 16 + 4 * entries, slots),
    bytes: new Uint8Array(aligned.buffer, aligned.byteOffset + 4 * (4 + entries + slots), bytes),
  });
}

// The language detector the bundle made from the packed n-grams and ELD's tables (see unpackNgrams).
let packedDetector: EldReader | null = null;

/**
 * Reads packed n-grams (packNgrams' base64, or their table) as ELD reads its `ngrams` object: `ngrams[ngram]` is that n-gram's scores
 * (a new object each time) or undefined. Nothing else of an object is there to ask for. Given
 * ELD's tables too (as the bundle gives them), it also makes the detector that reads the packed
 * n-grams in place (see eldReader), which packedLanguageDetector then returns.
 */
export function unpackNgrams(packed: string | NgramTable, text?: EldText): Readonly<Record<string, NgramScores | undefined>> {
  const table = typeof packed === 'string' ? new NgramTable(packed) : packed;
  if (text !== undefined) packedDetector = eldReader(table, text);
  return new Proxy({}, { get: (_, ngram) => (typeof ngram === 'string' ? table.find(ngram) : undefined) });
}

/** ELD's reading of texts from the packed n-grams (see eldReader), where the bundle packed them; null when ELD runs as published (the tests). */
export function packedLanguageDetector(): EldReader | null {
  return packedDetector;
}
