/**
 * The n-gram scores of the comment-language detector (ELD, see loadCommentLanguage), packed into
 * one string and read in place. ELD ships them as an object literal of 49,553 n-grams, each an
 * object of scores by language: 1.3 MB of JavaScript that took 0.15 s and 85 MiB of a run to load.
 * The bundle (scripts/build.mjs) gives ELD the same scores packed by packNgrams and read through
 * unpackNgrams: ELD's own code asks for an n-gram's scores as before and gets an equal object
 * (tests/survey/packed-ngrams.test.ts compares every one), at a small fraction of that cost.
 *
 * The packing: per n-gram, its length in characters, how many languages score it, its characters
 * (each below 256: ELD writes a UTF-8 byte as one character) and the languages' numbers and scores
 * (each below 256), one byte each; the bytes in base64.
 */

/** An n-gram's scores by language number, as ELD holds them: `{ 11: 87, 37: 52 }`. */
export type NgramScores = Record<string, number>;

/** Packs ELD's `ngrams` object (see the file's comment); throws on what one byte cannot hold. */
export function packNgrams(ngrams: Readonly<Record<string, NgramScores>>): string {
  const bytes: number[] = [];
  const byte = (value: number, what: string) => {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`${what} ${value} does not fit in a byte`);
    bytes.push(value);
  };
  for (const [ngram, scores] of Object.entries(ngrams)) {
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

/**
 * Reads packed n-grams as ELD reads its `ngrams` object: `ngrams[ngram]` is that n-gram's scores
 * (a new object each time) or undefined. Nothing else of an object is there to ask for.
 */
export function unpackNgrams(packed: string): Readonly<Record<string, NgramScores | undefined>> {
  const bytes = Buffer.from(packed, 'base64');
  // Open addressing on an FNV-1a hash of the characters: each slot holds where an n-gram starts in
  // `bytes`, or -1. No object per n-gram, so the garbage collector has nothing to copy.
  let count = 0;
  for (let at = 0; at < bytes.length; at += 2 + (bytes[at] as number) + 2 * (bytes[at + 1] as number)) count += 1;
  const mask = (1 << Math.ceil(Math.log2(count * 2 + 1))) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  for (let at = 0; at < bytes.length; at += 2 + (bytes[at] as number) + 2 * (bytes[at + 1] as number)) {
    let hash = FNV_OFFSET;
    for (let i = at + 2, end = i + (bytes[at] as number); i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), FNV_PRIME);
    let slot = hash & mask;
    while ((slots[slot] as number) !== -1) slot = (slot + 1) & mask;
    slots[slot] = at;
  }
  const find = (ngram: string): NgramScores | undefined => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < ngram.length; i++) hash = Math.imul(hash ^ ngram.charCodeAt(i), FNV_PRIME);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at === -1) return undefined;
      const length = bytes[at] as number;
      if (length !== ngram.length || !sameCharacters(bytes, at + 2, ngram)) continue;
      const scores: NgramScores = {};
      for (let i = at + 2 + length, end = i + 2 * (bytes[at + 1] as number); i < end; i += 2) scores[bytes[i] as number] = bytes[i + 1] as number;
      return scores;
    }
  };
  return new Proxy({}, { get: (_, ngram) => (typeof ngram === 'string' ? find(ngram) : undefined) });
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function sameCharacters(bytes: Uint8Array, from: number, ngram: string): boolean {
  for (let i = 0; i < ngram.length; i++) if (bytes[from + i] !== ngram.charCodeAt(i)) return false;
  return true;
}
