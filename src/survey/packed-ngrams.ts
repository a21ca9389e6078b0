/**
 * The n-gram scores of the comment-language detector (ELD, see loadCommentLanguage), packed into
 * one string and read in place. ELD ships them as an object literal of 49,553 n-grams, each an
 * object of scores by language: 1.3 MB of JavaScript that took 0.15 s and 85 MiB of a run to load.
 * The bundle (scripts/build.mjs) gives ELD the same scores packed by packNgrams and read through
 * unpackNgrams: ELD's own code asks for an n-gram's scores as before and gets an equal object
 * (tests/survey/packed-ngrams.test.ts compares every one), at a small fraction of that cost.
 *
 * The packing: per n-gram, in the order of their characters, its length in characters, how many
 * languages score it, its characters (each below 256: ELD writes a UTF-8 byte as one character)
 * and the languages' numbers and scores (each below 256), one byte each; the bytes in base64.
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
  // In the order of their characters (all below 256, so UTF-16 order is byte order), for unpackNgrams to search.
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

/**
 * Reads packed n-grams as ELD reads its `ngrams` object: `ngrams[ngram]` is that n-gram's scores
 * (a new object each time) or undefined. Nothing else of an object is there to ask for.
 */
export function unpackNgrams(packed: string): Readonly<Record<string, NgramScores | undefined>> {
  const bytes = Buffer.from(packed, 'base64');
  // Where each n-gram starts in `bytes`, in their order: a binary search finds one. No object per
  // n-gram, so the garbage collector has nothing to copy, and one pass over the bytes to load.
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; at += 2 + (bytes[at] as number) + 2 * (bytes[at + 1] as number)) starts.push(at);
  const offsets = Int32Array.from(starts);
  const find = (ngram: string): NgramScores | undefined => {
    let low = 0;
    let high = offsets.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = offsets[middle] as number;
      const order = compare(bytes, at, ngram);
      if (order < 0) low = middle + 1;
      else if (order > 0) high = middle - 1;
      else {
        const length = bytes[at] as number;
        const scores: NgramScores = {};
        for (let i = at + 2 + length, end = i + 2 * (bytes[at + 1] as number); i < end; i += 2) scores[bytes[i] as number] = bytes[i + 1] as number;
        return scores;
      }
    }
    return undefined;
  };
  return new Proxy({}, { get: (_, ngram) => (typeof ngram === 'string' ? find(ngram) : undefined) });
}

/** The order of the n-gram packed at `at` and `ngram`, by their characters: below 0 when the packed one comes first. */
function compare(bytes: Uint8Array, at: number, ngram: string): number {
  const length = bytes[at] as number;
  const shorter = Math.min(length, ngram.length);
  for (let i = 0; i < shorter; i++) {
    const difference = (bytes[at + 2 + i] as number) - ngram.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - ngram.length;
}
