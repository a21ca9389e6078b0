import { normalizeText } from '../text/normalize-text.js';
import { splitElisions } from '../text/split-elisions.js';

/**
 * Finds which of `keywords` occur in `text` as whole words of the folded text. A keyword may be
 * several words ("value for money"); a trailing `*` makes its last word a prefix ("deliver*").
 * A word after an elided article or preposition counts as itself: "l'emballage" matches `emballage*`
 * as well as `l'emballage`, "centre d'appel" `centre d appel*` (see splitElisions).
 * A keyword that yields (`^on time`, see Lexicon) is matched as written without its `^`.
 * The words of `text` that `unsaid` matches are read as no word, where they stand: a verb of
 * delivering beside nothing delivered (see Lexicon.delivering).
 * Returns the keywords found, in the order given, without their `~` or `^`.
 * A list of keywords (or of context) is read once and kept by the array: give a new array rather
 * than change one in place (an array grown since it was read is read again).
 *
 * @example matchKeywords('Speed of delivery (1-5)', ['deliver*', 'price']) // ['deliver*']
 */
export function matchKeywords(text: string, keywords: readonly string[], context: readonly string[] = [], unsaid: readonly string[] = []): string[] {
  const { words, rowWords, bare, bareWords } = textWords(text, unsaid);
  // A word of context is looked for as a keyword is (its `~` or `^`, if any, folds away either way).
  const inContext = keywordList(context).some((word) => words.has(word));
  // An elided article is no word of its own: "[L'emballage]" is a row of one word.
  const rowLength = rowWords[0]?.length ?? 0;
  const inShortRow = rowLength > 0 && rowLength <= 2;
  const found: string[] = [];
  for (const keyword of keywordList(keywords)) {
    // A row's short name counts for what is in it ("[Packaging]"), not for the rest ("… - Optional").
    // A bare name counts for its own words, not those of the scale's ends after it ("Website (1 = very slow, 5 = very fast)").
    const matched = !keyword.weak || inContext ? words.has(keyword) : bare ? bareWords.has(keyword) : inShortRow && containsKeyword(rowWords, keyword);
    if (matched) found.push(keyword.plain);
  }
  return found;
}

/**
 * A keyword as matchKeywords reads it: weak (`~`) or not, and what is matched and returned, without
 * its `~` or `^` (a weak keyword keeps a `^` after its `~`, as written).
 */
interface Keyword extends FoldedKeyword {
  weak: boolean;
  plain: string;
}

/** A keyword's folded words, and whether its last is a prefix (a trailing `*`). */
interface FoldedKeyword {
  parts: string[];
  prefix: boolean;
}

// Keywords are read once: detection matches every keyword of every lexicon against every header.
// Each keyword is read once whatever list holds it, and each list once (a lexicon's own lists are
// given again and again).
const KEYWORDS = new Map<string, Keyword>();
const LISTS = new WeakMap<readonly string[], { length: number; keywords: readonly Keyword[] }>();

function keywordList(list: readonly string[]): readonly Keyword[] {
  let read = LISTS.get(list);
  if (read === undefined || read.length !== list.length) LISTS.set(list, (read = { length: list.length, keywords: list.map(keywordOf) }));
  return read.keywords;
}

function keywordOf(written: string): Keyword {
  let keyword = KEYWORDS.get(written);
  if (keyword === undefined) {
    const weak = written.startsWith('~');
    const plain = weak ? written.slice(1) : written.replace(/^\^/, '');
    KEYWORDS.set(written, (keyword = { weak, plain, ...foldedKeyword(plain) }));
  }
  return keyword;
}

/**
 * What matchKeywords reads of a text, whatever the keywords: its readings (see readings), those of
 * the row of a matrix question written after its question ("Satisfaction with our service
 * [Packaging]", "Financial Aid - Importance"), where a weak keyword (`~`) counts, and whether it
 * is a bare column name, where one counts too. A scale hint after the row ("Packaging -
 * Importance (1-5)") is no part of it.
 */
interface TextWords {
  words: WordsIndex;
  rowWords: string[][];
  bare: boolean;
  /** The words of a bare name without the ends of a scale after it, where a weak keyword counts: `words` where there are none. */
  bareWords: WordsIndex;
}

// Detection reads one header with the keywords of every role, dimension and lexicon in turn: what
// does not depend on the keywords is read once a text, up to a bound; with words unsaid, once a
// text and those words (a key that no two texts and lists of words share).
const TEXTS = new Map<string, TextWords>();
const TEXTS_UNSAID = new Map<string, TextWords>();
const MAX_TEXTS = 4_096;

function textWords(text: string, unsaid: readonly string[]): TextWords {
  const texts = unsaid.length === 0 ? TEXTS : TEXTS_UNSAID;
  const key = unsaid.length === 0 ? text : JSON.stringify([text, unsaid]);
  let read = texts.get(key);
  if (read === undefined) {
    if (texts.size >= MAX_TEXTS) texts.clear();
    const row = matrixRow(text)?.row;
    const rowWords = row === undefined ? [] : readings(row, unsaid).map((reading) => reading.filter((w) => /\p{L}/u.test(w)));
    const words = new WordsIndex(readings(text, unsaid));
    const bare = isBareName(text);
    const own = bare ? text.replace(ENDS_HINT, '') : text;
    texts.set(key, (read = { words, rowWords, bare, bareWords: own === text ? words : new WordsIndex(readings(own, unsaid)) }));
  }
  return read;
}

/**
 * The readings of a text, with the words and the beginnings of words (up to START_LENGTH
 * characters) found in any of them: a keyword whose first word is in none is not in the text,
 * found without reading the text through for it (most keywords of most headers).
 */
class WordsIndex {
  private readonly words = new Set<string>();
  private readonly starts = new Set<string>();

  constructor(readonly readings: readonly (readonly string[])[]) {
    for (const reading of readings) {
      for (const word of reading) {
        this.words.add(word);
        for (let end = 0; end <= Math.min(word.length, START_LENGTH); end++) this.starts.add(word.slice(0, end));
      }
    }
  }

  /** Whether `keyword` occurs in one of the readings. */
  has(keyword: Keyword): boolean {
    const { parts, prefix } = keyword;
    const first = parts[0] as string;
    if (parts.length === 1 && prefix && first.length > START_LENGTH) return containsKeyword(this.readings, keyword);
    if (!(parts.length === 1 && prefix ? this.starts.has(first) : this.words.has(first))) return false;
    return parts.length === 1 || containsKeyword(this.readings, keyword);
  }
}

// The beginnings of a word that WordsIndex keeps: the lexicons' prefixes are shorter (28 characters
// at most, words and spaces), a longer one is looked for through the words, and a word of thousands
// of letters with no space (a header in Chinese) is not kept in thousands of pieces.
const START_LENGTH = 32;

/**
 * Whether two of `keywords` stand side by side in `text` ("support chat", "chat support",
 * "Support-Chat"), each a different word of it: a compound that names one thing, where each says
 * what the other is about. Keywords as matchKeywords takes them.
 *
 * @example nextToEachOther('Support chat rating', ['support', 'chat']) // true
 */
export function nextToEachOther(text: string, keywords: readonly string[]): boolean {
  const words = normalizeText(splitElisions(text)).split(' ').filter((w) => w !== '');
  // Where each keyword starts, in one pass of the words: a keyword of n words is matched on the n
  // words from each offset, never on the rest of the header (a long header costs its length, not
  // its square).
  const at = keywords.map((keyword) => {
    const plain = keyword.replace(/^[~^]/, '');
    const length = plain.split(' ').length;
    return new Set(words.flatMap((_, i) => (containsKeywordIn(words.slice(i, i + length), plain) ? [i] : [])));
  });
  return at.some((mine, k) => at.some((theirs, j) => j !== k && [...mine].some((i) => theirs.has(i - 1) || theirs.has(i + 1))));
}

/**
 * The folded words of a text, and when it elides a word ("l'emballage"), its words with the elided
 * article or preposition set apart as well ("l emballage"): a keyword found in either is in the text.
 * A word that `unsaid` matches is left as an empty word, which no keyword matches.
 */
function readings(text: string, unsaid: readonly string[] = []): string[][] {
  const folded = normalizeText(text);
  const split = normalizeText(splitElisions(text));
  const said = (w: string) => (unsaid.some((keyword) => containsKeywordIn([w], keyword)) ? '' : w);
  const words = (f: string) => f.split(' ').filter((w) => w !== '').map(said);
  return split === folded ? [words(folded)] : [words(folded), words(split)];
}

/**
 * A header of one or two words ("Age", "service_type", "Speed (1-5)"): a column name, where a weak
 * keyword is as good as a strong one. Scale hints ("(1-5)", "(1 = sehr gut, 6 = ungenügend)") are
 * no words of the question. A variable's name under the groups it is in, as KoboToolbox and ODK write it
 * (`grupo_problema/teve_problema`), is judged by its own name, the part after the last slash. A
 * question's number before its name (`q5_bill_fair`, `Q3 Speed`) is no word of it.
 */
export function isBareName(text: string): boolean {
  const name = GROUP_PATH.test(text.trim()) ? (text.trim().split('/').pop() as string) : text.replace(ENDS_HINT, '');
  return normalizeText(name).split(' ').filter((w) => /\p{L}/u.test(w) && !QUESTION_NUMBER.test(w)).length <= 2;
}

/**
 * The ends of a scale named at the end of a header, as "(1-5)" names its range: "(1 = sehr gut, 6 =
 * ungenügend)", "(0 = not at all likely, 10 = extremely likely)". Its words are no words of the
 * question: "Gesamtnote (1 = sehr gut, 6 = ungenügend)" is a header of one word.
 */
const ENDS_HINT = /\s*\(\s*\d{1,3}\s*=[^()]*\)\s*$/u;

/** A question's number as a variable name starts with it: `q5`, `Q12a`. */
const QUESTION_NUMBER = /^q\d+[a-z]?$/;

/** Names joined by slashes with no space: `group/question`, `group/subgroup/question`. */
const GROUP_PATH = /^[^\s/]+(?:\/[^\s/]+)+$/u;

/**
 * The question and the row of a header written as a matrix row, the row after its question:
 * "Satisfaction with our service [Packaging]", "Financial Aid - Importance", "Delivery: speed".
 * A scale hint after the row ("(1-5)") is no part of it. Null for a header of one part.
 *
 * @example matrixRow('How important is each? [Delivery] (1-5)') // { stem: 'How important is each?', row: 'Delivery' }
 */
export function matrixRow(text: string): { stem: string; row: string } | null {
  const core = text.replace(SCALE_HINT, '');
  const parts = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(core) ?? /^(.*\S)\s+[-–:]\s+([^-–:]+)$/.exec(core);
  return parts === null ? null : { stem: parts[1] as string, row: parts[2] as string };
}

/** A scale hint at the end of a header: "(1-5)", "(0 – 10)". */
export const SCALE_HINT = /\s*\(\s*\d+\s*[-–]\s*\d+\s*\)\s*$/;

const FOLDED = new Map<string, FoldedKeyword>();

function foldedKeyword(keyword: string): FoldedKeyword {
  let folded = FOLDED.get(keyword);
  if (folded === undefined) {
    const prefix = keyword.endsWith('*');
    FOLDED.set(keyword, (folded = { parts: normalizeText(prefix ? keyword.slice(0, -1) : keyword).split(' '), prefix }));
  }
  return folded;
}

/** Whether a keyword, folded, occurs in one of `variants`, the folded words of a text's readings. */
function containsKeyword(variants: readonly (readonly string[])[], keyword: FoldedKeyword): boolean {
  return variants.some((words) => containsFolded(words, keyword));
}

/** Whether `keyword` (as matchKeywords takes it, without `~` or `^`) occurs in `words`, folded words of a text. */
export function containsKeywordIn(words: readonly string[], keyword: string): boolean {
  return containsFolded(words, foldedKeyword(keyword));
}

/** Whether a keyword, folded, occurs in `words`. */
function containsFolded(words: readonly string[], { parts, prefix }: FoldedKeyword): boolean {
  const last = parts.length - 1;
  for (let start = 0; start + parts.length <= words.length; start++) {
    let matched = true;
    for (let i = 0; i < parts.length && matched; i++) {
      const word = words[start + i] as string;
      const part = parts[i] as string;
      matched = i === last && prefix ? word.startsWith(part) : word === part;
    }
    if (matched) return true;
  }
  return false;
}
