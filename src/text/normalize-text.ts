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

/**
 * The full folding of any text, which normalizeText shortcuts for ASCII (exported for the test that
 * holds the two alike): foldByPasses' folding, made a character at a time. Every step of it but the
 * last two (runs of separators made one space, the ends trimmed) reads one character alone: NFKD
 * decomposes each by itself, and the marks it would reorder are dropped. So each character of the
 * Basic Multilingual Plane is folded once, by those steps, and remembered, and the text is put
 * together from the pieces of its characters. A text with a surrogate, or with a character that
 * decomposes to Σ (whose lower case depends on what follows it), is folded by the passes. The
 * tagger folds every clause of every comment here, and the six passes, a string made by each, were
 * a third of what tagging a comment cost.
 */
export function foldUnicode(text: string): string {
  const pieces = (PIECES ??= new Array<string | undefined>(0x10000).fill(undefined));
  let buffer = FOLDING;
  let size = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xe000) return foldByPasses(text);
    let piece = pieces[unit];
    if (piece === undefined) pieces[unit] = piece = pieceOf(unit);
    if (piece === BY_PASSES) return foldByPasses(text);
    if (size + piece.length + 1 > buffer.length) {
      const larger = new Uint16Array(2 * (size + piece.length + 1));
      larger.set(buffer.subarray(0, size));
      buffer = larger;
    }
    for (let k = 0; k < piece.length; k++) {
      const folded = piece.charCodeAt(k);
      if (folded === SPACE) {
        space = size > 0;
        continue;
      }
      if (space) {
        buffer[size++] = SPACE;
        space = false;
      }
      buffer[size++] = folded;
    }
  }
  // A buffer grown for a long text is kept for the next ones, up to KEPT units.
  if (buffer.length > FOLDING.length && buffer.length <= KEPT) FOLDING = buffer;
  let folded = '';
  for (let at = 0; at < size; at += CHUNK) folded += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(size, at + CHUNK)) as unknown as number[]);
  return folded;
}

// Per UTF-16 unit, what foldByPasses makes of it alone, untrimmed (a run of separators one space); made when first folded.
let PIECES: Array<string | undefined> | null = null;
// The folded text's units, kept from one text to the next (grown for a longer one).
let FOLDING = new Uint16Array(256);
const CHUNK = 4096;
const KEPT = 65_536;
const SPACE = 32;
// The piece of a character whose text is folded by the passes: one that decomposes to Σ (Σ itself,
// the lunate Ϲ), whose lower case depends on what follows it. (No character folds to NUL alone.)
const BY_PASSES = '\u0000';

/** What foldByPasses makes of one unit alone, untrimmed; BY_PASSES for one that decomposes to Σ. */
function pieceOf(unit: number): string {
  const character = String.fromCharCode(unit);
  return character.normalize('NFKD').includes('Σ') ? BY_PASSES : foldByPasses(character, false);
}

/** foldUnicode in passes over the whole text, each making a string; `trim` false leaves a space at either end. */
export function foldByPasses(text: string, trim = true): string {
  const folded = text
    // Apostrophes go before NFKD, which would make the acute accent ´ a space and a mark.
    .replace(/['‘’`´ʼ]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LETTERS_WITHOUT_MARKS, (letter) => UNMARKED[letter] as string)
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return trim ? folded.trim() : folded;
}

// The letters that NFKD leaves whole, and what they fold to: one pass for the four.
const UNMARKED: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd' };
const LETTERS_WITHOUT_MARKS = /[ßłøđ]/g;
