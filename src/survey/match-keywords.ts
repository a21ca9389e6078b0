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
 *
 * @example matchKeywords('Speed of delivery (1-5)', ['deliver*', 'price']) // ['deliver*']
 */
export function matchKeywords(text: string, keywords: readonly string[], context: readonly string[] = [], unsaid: readonly string[] = []): string[] {
  const words = readings(text, unsaid);
  // A weak keyword (`~`) counts in a bare column name, in the row of a matrix question written
  // after its question ("Satisfaction with our service [Packaging]", "Financial Aid - Importance"),
  // or beside a word of its context.
  // A scale hint after the row ("Packaging - Importance (1-5)") is no part of it.
  const row = matrixRow(text)?.row;
  const rowWords = row === undefined ? [] : readings(row, unsaid).map((reading) => reading.filter((w) => /\p{L}/u.test(w)));
  const bare = isBareName(text);
  const inContext = context.some((word) => containsKeyword(words, word));
  // An elided article is no word of its own: "[L'emballage]" is a row of one word.
  const rowLength = rowWords[0]?.length ?? 0;
  const inShortRow = rowLength > 0 && rowLength <= 2;
  return keywords
    .filter((keyword) => {
      if (!keyword.startsWith('~')) return containsKeyword(words, keyword.replace(/^\^/, ''));
      const plain = keyword.slice(1);
      // A row's short name counts for what is in it ("[Packaging]"), not for the rest ("… - Optional").
      return bare || inContext ? containsKeyword(words, plain) : inShortRow && containsKeyword(rowWords, plain);
    })
    .map((keyword) => keyword.replace(/^[~^]/, ''));
}

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
 * keyword is as good as a strong one. Scale hints ("(1-5)") are no words of the question. A
 * variable's name under the groups it is in, as KoboToolbox and ODK write it
 * (`grupo_problema/teve_problema`), is judged by its own name, the part after the last slash. A
 * question's number before its name (`q5_bill_fair`, `Q3 Speed`) is no word of it.
 */
export function isBareName(text: string): boolean {
  const name = GROUP_PATH.test(text.trim()) ? (text.trim().split('/').pop() as string) : text;
  return normalizeText(name).split(' ').filter((w) => /\p{L}/u.test(w) && !QUESTION_NUMBER.test(w)).length <= 2;
}

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

// Keywords are folded once: detection matches every keyword of every lexicon against every header.
const FOLDED = new Map<string, string[]>();

function containsKeyword(variants: readonly (readonly string[])[], keyword: string): boolean {
  return variants.some((words) => containsKeywordIn(words, keyword));
}

/** Whether `keyword` (as matchKeywords takes it, without `~` or `^`) occurs in `words`, folded words of a text. */
export function containsKeywordIn(words: readonly string[], keyword: string): boolean {
  const prefix = keyword.endsWith('*');
  let parts = FOLDED.get(keyword);
  if (parts === undefined) FOLDED.set(keyword, (parts = normalizeText(prefix ? keyword.slice(0, -1) : keyword).split(' ')));
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
