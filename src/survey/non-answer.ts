import { normalizeText } from '../text/normalize-text.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whether a trimmed cell is unanswered: empty, or `NA`, which is how R (write.csv) and the
 * conversions of SPSS and Stata files write a missing value, unless one's own codes (`--missing NA`)
 * make it a non-answer. Only the upper-case word counts: "N/A", "n/a" and "na" are written by
 * people and are non-answers (see isNonAnswer), counted as `notApplicable`.
 *
 * @example isBlankAnswer('NA') // true
 */
export function isBlankAnswer(text: string, isOwnCode: (text: string) => boolean = () => false): boolean {
  return text === '' || (text === 'NA' && !isOwnCode(text));
}

// "Unfamiliar (N/A)", "N/A (was not aware)": an answer and a note in parentheses or brackets.
const NOTE = /^(.*?)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/;
// The code a non-answer carries, before ("99 = Don't know", "(-1) N/A") or after ("Weiß nicht (9)"):
// any whole number, as non-answers are coded off the scale.
const LEADING_CODE = /^[([]?\s*-?\d+\s*[)\]]?\s*[-–—:=.)]?\s*/;
const TRAILING_CODE = /\s*[([]\s*-?\d+\s*[)\]]$/;
// Where one choice joins two non-answers ("Don't know / Not applicable", "Não sei / Não se aplica"):
// a slash or a bar, with letters on both sides (a date's slashes have none).
const JOINED = /\p{L}[^/|]*[/|][^/|]*\p{L}/u;
const MAX_JOINED = 120;

/**
 * Whether an answer means "no answer possible" and is excluded and counted as `notApplicable`: a
 * non-answer word of a lexicon ("N/A", "Don't know", "Keine Angabe"); one with a note in
 * parentheses ("N/A (was not aware)"); a note of non-answer after words that are no scale's label
 * ("Unfamiliar (N/A)", but not "Neutral (no opinion)", which is the middle of a scale); or a
 * non-answer carrying a code ("99 = Don't know", "Weiß nicht (9)"); or non-answers joined by a slash
 * or a bar into one choice ("Don't know / Not applicable", "Nie wiem / Nie dotyczy", "Don't know/N/A"),
 * as Kobo, SurveyMonkey and Qualtrics surveys often offer a single opt-out for both.
 *
 * @example isNonAnswer('N/A (was not aware)', vocabulary) // true
 */
export function isNonAnswer(text: string, vocabulary: Vocabulary, folded: string = normalizeText(text)): boolean {
  const { notApplicable } = vocabulary;
  if (notApplicable.has(folded)) return true;
  const uncoded = text.replace(LEADING_CODE, '').replace(TRAILING_CODE, '');
  if (uncoded !== text && notApplicable.has(normalizeText(uncoded))) return true;
  // A choice is short: a long text (a comment of a megabyte) is no non-answer, and JOINED, tried at
  // each of its letters, would take time of its length squared.
  if (text.length <= MAX_JOINED && (text.includes('/') || text.includes('|')) && JOINED.test(text) && isJoinedNonAnswers(text, vocabulary)) return true;
  const noted = NOTE.exec(text);
  if (noted === null) return false;
  const answer = normalizeText(noted[1] as string);
  if (notApplicable.has(answer)) return true;
  return notApplicable.has(normalizeText(noted[2] as string)) && answer !== '' && !isScaleLabel(answer, vocabulary);
}

// Every part a non-answer, split at one slash or bar after another so that "N/A" stays whole.
function isJoinedNonAnswers(text: string, vocabulary: Vocabulary): boolean {
  for (const { index } of text.matchAll(/[/|]/g)) {
    const head = text.slice(0, index).trim();
    const rest = text.slice(index + 1).trim();
    if (head !== '' && rest !== '' && isNonAnswer(head, vocabulary) && isNonAnswer(rest, vocabulary)) return true;
  }
  return false;
}

function isScaleLabel(folded: string, vocabulary: Vocabulary): boolean {
  for (const set of vocabulary.labelSets.values()) if (set.values.has(folded)) return true;
  return false;
}
