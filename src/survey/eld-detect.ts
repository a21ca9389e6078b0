import type { NgramTable } from './packed-ngrams.js';

/** What ELD's detector reads a text with besides its n-gram scores: tables of its source, given by the bundle (scripts/build.mjs). */
export interface EldText {
  /** ELD's `separators` (src/regexPatterns.js): runs of what is not a letter of the Basic Multilingual Plane, which part words. */
  separators: RegExp;
  /** ELD's `dictionary` (src/dictionary.js) as one string: the character ELD writes for each UTF-8 byte of 128 and above. */
  dictionary: string;
  /** ELD's languages by number (its data's `languages`). */
  languages: Readonly<Record<string, string>>;
}

// ELD's constants (src/languageDetector.js): the text read, a word's bytes read, where words stop
// being read, and what each n-gram met adds to the score of every language that has it.
const READ_CHARACTERS = 1000;
const WORD_BYTES = 70;
const CUT_AFTER = 350;
const CUT_ALWAYS_AFTER = 380;
const BASE_SCORE = 53;
const SPACE = 32;
// ELD's separators' shape: a run of what is not in a class of letters, the run not ending in an apostrophe.
const ELD_SEPARATORS = /^\[\^([^\]\\]*)\]\+\(\?<!\[\\x27\\x60\\u2019\]\)$/;
const APOSTROPHE = 0x27;
const GRAVE = 0x60;
const RIGHT_QUOTE = 0x2019;
// Σ, whose lower case depends on what follows it (σ, or ς at a word's end).
const CAPITAL_SIGMA = 0x3a3;
// In TextPreparer's table of lower cases: a letter whose lower case is longer than it (İ: i and a dot above).
const LONGER = 0xffff;

/**
 * ELD's `detect(text).language` (eld 2.x, its database read from packed n-grams, see
 * packed-ngrams.ts), computed without an object per text, per word or per n-gram: the same steps in
 * typed arrays. ELD, as published, builds each text's n-grams as keys of an object and each
 * n-gram's scores as another, which took 55 µs a comment of 90 characters, two thirds of reading
 * it; this takes a few. tests/survey/eld-detect.test.ts holds the two equal, language and scores,
 * on thousands of real and random texts (ELD's steps are those of eld 2.1.0, which the lock file
 * pins; a version that read otherwise would fail those tests).
 *
 * The steps, as ELD's: the first 1,000 characters; every run of non-letters (not ending in an
 * apostrophe) made a space; trimmed and in lower case; written as UTF-8, a byte of 128 and above
 * as the character its dictionary gives it, cut into words at spaces (no word begun past 350 bytes,
 * nothing past 380); from each word (its first 70 bytes) the 4-byte n-grams at every third byte,
 * the first with a space before it, and its last four bytes with a space after; each distinct
 * n-gram adds its score plus 53 to each of its languages; the language of the highest score above
 * 0 (the first of equals), or '' for none.
 */
export function eldDetector(table: NgramTable, text: EldText): (text: string) => string {
  const reader = eldReader(table, text);
  return (input) => reader.language(input);
}

/** ELD's reading of texts: see eldReader. */
export interface EldReader {
  language(text: string): string;
  /** The score of `language` in the text `language(text)` read last, as a share of the best score (0 to 1; 0 for a language ELD does not know or that scored nothing). */
  share(language: string): number;
  scores(text: string): Record<string, number>;
}

/**
 * ELD's reading of a text (see eldDetector): `language` is its `detect(text).language`, `share`
 * how close another language came in it, and `scores` its `detect(text).getScores()`, each
 * language's share of the n-grams' scores as ELD scales it (for the tests, which compare every
 * score, not only the winner).
 */
export function eldReader(table: NgramTable, { separators, dictionary, languages }: EldText): EldReader {
  const characterOf = Uint8Array.from({ length: 256 }, (_, byte) => (byte < 128 ? byte : dictionary.charCodeAt(byte)));
  const count = Object.keys(languages).length;
  const scores = new Float64Array(count);
  const names = Array.from({ length: count }, (_, i) => languages[i] ?? '');
  const numbers = new Map(names.map((name, i) => [name, i]));
  // The best score of the text read last by `language`.
  let highestRead = 0;
  // The text's characters as ELD writes them (one byte each), and where each word starts and ends.
  let bytes = new Uint8Array(4 * READ_CHARACTERS + 8);
  // (Typed, made once: arrays emptied and pushed to were made again for each text.)
  let starts = new Int32Array(READ_CHARACTERS + 1);
  let ends = new Int32Array(READ_CHARACTERS + 1);
  let words = 0;
  const ngram = new Uint8Array(4 * READ_CHARACTERS + 8);
  // The n-grams met in this text, by the generation of the text: each adds once.
  const met = new Uint32Array(table.size);
  let generation = 0;

  const { bytes: packed, offsets } = table;
  // Every distinct n-gram of the text, met in the table or not, when `scores` asks: ELD scales by their number.
  let every: Set<string> | null = null;
  const add = (length: number) => {
    every?.add(String.fromCharCode(...ngram.subarray(0, length)));
    const entry = table.lookup(ngram, length);
    if (entry < 0 || met[entry] === generation) return;
    met[entry] = generation;
    const at = offsets[entry] as number;
    for (let i = at + 2 + (packed[at] as number), end = i + 2 * (packed[at + 1] as number); i < end; i += 2) {
      const language = packed[i] as number;
      scores[language] = (scores[language] as number) + (packed[i + 1] as number) + BASE_SCORE;
    }
  };

  const preparer = new TextPreparer(separators);

  const read = (input: string): void => {
    const units = preparer.read(input);
    const prepared = preparer.units;
    if (bytes.length < 4 * units + 8) bytes = new Uint8Array(4 * units + 8);
    // A word is a unit at least.
    if (starts.length < units + 1) {
      starts = new Int32Array(units + 1);
      ends = new Int32Array(units + 1);
    }
    words = 0;
    let length = 0;
    let wordStart = 0;
    let written = 0;
    for (let i = 0; i < units; i++) {
      let unit = prepared[i] as number;
      if (unit < 128) {
        if (unit === SPACE) {
          if (length > wordStart) {
            starts[words] = wordStart;
            ends[words++] = length;
          }
          wordStart = length;
          if (written > CUT_AFTER) break;
        } else bytes[length++] = unit;
        written += 1;
      } else if (unit < 0x800) {
        bytes[length++] = characterOf[0xc0 | (unit >> 6)] as number;
        bytes[length++] = characterOf[0x80 | (unit & 63)] as number;
        written += 2;
      } else if (unit < 0xd800 || unit >= 0xe000) {
        bytes[length++] = characterOf[0xe0 | (unit >> 12)] as number;
        bytes[length++] = characterOf[0x80 | ((unit >> 6) & 63)] as number;
        bytes[length++] = characterOf[0x80 | (unit & 63)] as number;
        written += 3;
      } else {
        // As ELD: the next unit taken for the low half of a pair, whatever it is (0 past the end, as
        // ELD's NaN reads). Not met after ELD's separators, which make every surrogate a space; kept
        // so that the steps stay ELD's whatever separators they are given.
        i += 1;
        unit = 0x10000 + (((unit & 1023) << 10) | ((i < units ? (prepared[i] as number) : 0) & 1023));
        bytes[length++] = characterOf[0xf0 | (unit >> 18)] as number;
        bytes[length++] = characterOf[0x80 | ((unit >> 12) & 63)] as number;
        bytes[length++] = characterOf[0x80 | ((unit >> 6) & 63)] as number;
        bytes[length++] = characterOf[0x80 | (unit & 63)] as number;
        written += 4;
      }
      if (written > CUT_ALWAYS_AFTER) break;
    }
    if (length > wordStart) {
      starts[words] = wordStart;
      ends[words++] = length;
    }

    generation += 1;
    if (generation === 0xffffffff) {
      met.fill(0);
      generation = 1;
    }
    scores.fill(0);
    for (let w = 0; w < words; w++) {
      const start = starts[w] as number;
      const end = ends[w] as number;
      const size = Math.min(end - start, WORD_BYTES);
      let j = 0;
      for (; j + 4 < size; j += 3) {
        let at = 0;
        if (j === 0) ngram[at++] = SPACE;
        for (let k = 0; k < 4; k++) ngram[at++] = bytes[start + j + k] as number;
        add(at);
      }
      // The word's last four bytes (as ELD: from the fourth before its 70th to its very end).
      let at = 0;
      if (j === 0) ngram[at++] = SPACE;
      for (let k = start + Math.max(0, size - 4); k < end; k++) ngram[at++] = bytes[k] as number;
      ngram[at++] = SPACE;
      add(at);
    }
  };

  return {
    language(input) {
      read(input);
      let best = -1;
      let highest = 0;
      for (let language = 0; language < count; language++) {
        const score = scores[language] as number;
        // Above 0 (highest starts there), and the first of equals.
        if (score > highest) {
          highest = score;
          best = language;
        }
      }
      highestRead = highest;
      return best < 0 ? '' : (names[best] as string);
    },
    share(language) {
      const number = numbers.get(language);
      return number === undefined || highestRead === 0 ? 0 : (scores[number] as number) / highestRead;
    },
    scores(input) {
      every = new Set();
      read(input);
      const ngrams = every.size;
      every = null;
      // As ELD's orderAndScale: a positive score per n-gram, s / (s + 25), highest first.
      const scaled = [...scores].flatMap((score, language) => (score > 0 ? [[language, score / ngrams / (score / ngrams + 25)] as const] : [])).sort((a, b) => b[1] - a[1]);
      return Object.fromEntries(scaled.map(([language, score]) => [names[language] as string, score]));
    },
  };
}

/**
 * The letters of ELD's separators (`[^…]+(?<![\x27\x60\u2019])`, flags g and u): per UTF-16 unit, 1
 * for a letter of their class; null for separators of another shape. The class lists letters of the
 * Basic Multilingual Plane and ranges of them, with no escape.
 */
export function eldLetters(separators: RegExp): Uint8Array | null {
  const shape = ELD_SEPARATORS.exec(separators.source);
  const body = shape?.[1];
  // Flags g and u alone: a sticky or case-insensitive RegExp of that shape reads otherwise.
  if (body === undefined || separators.flags !== 'gu') return null;
  const letters = new Uint8Array(0x10000);
  for (let i = 0; i < body.length; ) {
    const from = body.charCodeAt(i);
    if (from >= 0xd800 && from < 0xe000) return null;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      if (to < from || (to >= 0xd800 && to < 0xe000)) return null;
      letters.fill(1, from, to + 1);
      i += 3;
    } else {
      letters[from] = 1;
      i += 1;
    }
  }
  return letters;
}

/**
 * What ELD reads of a text, `text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase()`,
 * as UTF-16 units in `units`, made without a string (ELD's RegExp of a thousand ranges, the string
 * it made and the string's lower case were a fifth of what reading a comment allocated): the
 * letters of the separators' class (see eldLetters) kept, in lower case; each run of other units a
 * space, but for the apostrophes that end it, which stay (as ELD's lookbehind keeps them), and none
 * at either end. Each letter's lower case is its own `toLowerCase()`, which is the string's but for
 * Σ (ς at a word's end) and letters whose lower case is longer (İ): a text that holds one is read
 * the string's way, as is every text when the separators are not of ELD's shape.
 */
class TextPreparer {
  units = new Uint16Array(READ_CHARACTERS);
  private readonly letters: Uint8Array | null;
  // Per unit, the lower case of a letter, once looked up (0: not yet; LONGER: read the string's way).
  private readonly lower = new Uint16Array(0x10000);

  constructor(private readonly separators: RegExp) {
    this.letters = eldLetters(separators);
  }

  /** Writes what ELD reads of `input` in `units`, and returns the number of units. */
  read(input: string): number {
    const { letters, lower, units } = this;
    if (letters === null) return this.readString(input);
    const n = Math.min(input.length, READ_CHARACTERS);
    let size = 0;
    for (let i = 0; i < n; ) {
      const unit = input.charCodeAt(i);
      if (letters[unit] === 1) {
        let low = lower[unit] as number;
        if (low === 0) low = lower[unit] = lowerCaseOf(unit);
        if (low === LONGER) return this.readString(input);
        units[size++] = low;
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end < n && letters[input.charCodeAt(end)] !== 1) end += 1;
      let kept = end;
      while (kept > i && isApostrophe(input.charCodeAt(kept - 1))) kept -= 1;
      if (kept > i && size > 0) units[size++] = SPACE;
      for (let a = kept; a < end; a++) units[size++] = input.charCodeAt(a);
      i = end;
    }
    if (size > 0 && units[size - 1] === SPACE) size -= 1;
    return size;
  }

  private readString(input: string): number {
    const text = input.substring(0, READ_CHARACTERS).replace(this.separators, ' ').trim().toLowerCase();
    if (this.units.length < text.length) this.units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
    return text.length;
  }
}

function isApostrophe(unit: number): boolean {
  return unit === APOSTROPHE || unit === GRAVE || unit === RIGHT_QUOTE;
}

/** A letter's lower case as one unit, or LONGER where the string's lower case of it is not its own (Σ) or not one unit. */
function lowerCaseOf(unit: number): number {
  if (unit === CAPITAL_SIGMA) return LONGER;
  const low = String.fromCharCode(unit).toLowerCase();
  return low.length === 1 ? low.charCodeAt(0) : LONGER;
}
