/**
 * Folds text for matching: lower case, no diacritics (ą → a, ž → z, ß → ss), punctuation and runs
 * of white space turned into single spaces. "Don't know" and "DONT  KNOW" fold alike.
 *
 * @example normalizeText('  Überall zufrieden? ') // 'uberall zufrieden'
 */
export function normalizeText(text: string): string {
  // Detection folds the same labels and answers over and over (every sampled cell of a column):
  // folded texts are remembered, up to a bound, as Unicode normalization and six passes of
  // regular expressions cost more than a lookup.
  if (text.length > MAX_LENGTH) return fold(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= MAX_REMEMBERED) FOLDED.clear();
    FOLDED.set(text, (folded = fold(text)));
  }
  return folded;
}

const FOLDED = new Map<string, string>();
const MAX_REMEMBERED = 16_384;
// Longer texts (comments) are seldom met twice: not worth remembering.
const MAX_LENGTH = 200;

function fold(text: string): string {
  // Printable ASCII has no marks, no compatibility forms and no letters beyond a-z: the same
  // folding in three cheap steps (most headers and labels are ASCII).
  if (PRINTABLE_ASCII.test(text)) return text.replace(/['`]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return foldUnicode(text);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The full folding of any text, which normalizeText shortcuts for ASCII (exported for the test that holds the two alike). */
export function foldUnicode(text: string): string {
  return text
    // Apostrophes go before NFKD, which would make the acute accent ´ a space and a mark.
    .replace(/['‘’`´ʼ]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LETTERS_WITHOUT_MARKS, (letter) => UNMARKED[letter] as string)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// The letters that NFKD leaves whole, and what they fold to: one pass for the four.
const UNMARKED: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd' };
const LETTERS_WITHOUT_MARKS = /[ßłøđ]/g;
