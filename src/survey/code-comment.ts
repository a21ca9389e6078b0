import { normalizeText } from '../text/normalize-text.js';
import { isBlankAnswer, isNonAnswer } from './non-answer.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Why a cell of a comment column holds no comment: `blank` (nothing but white space, or `NA` as R
 * writes a missing value), `noText` (no letter and no digit: "-", ".", "?"; or one alone: "x", "0"), `notApplicable` (a
 * non-answer word of a lexicon: "n/a", "Don't know", "Keine Angabe"), `nothingToSay` (a whole
 * comment that says there is nothing to say: "none", "no comment", "brak uwag", "keine", "rien").
 */
export const COMMENT_EXCLUSIONS = ['blank', 'noText', 'notApplicable', 'nothingToSay'] as const;
export type CommentExclusion = (typeof COMMENT_EXCLUSIONS)[number];

// A cell with a letter or a digit in it: anything else is punctuation or symbols. One letter or
// digit alone ("x", "0", as a placeholder typed to get past a required field) says nothing either.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONE_CHARACTER = /^[\p{L}\p{N}]$/u;
// Non-answers are a few words: a longer text is a comment, and is not folded to be compared.
const LONGEST_NON_ANSWER = 48;

/**
 * What a trimmed cell of a comment column is: a comment, or why it is none (see COMMENT_EXCLUSIONS).
 *
 * @example codeComment('n/a', vocabulary) // 'notApplicable'
 * @example codeComment('Brak uwag.', vocabulary) // 'nothingToSay'
 * @example codeComment('Fast delivery, thanks', vocabulary) // 'comment'
 */
export function codeComment(text: string, vocabulary: Vocabulary): CommentExclusion | 'comment' {
  if (isBlankAnswer(text)) return 'blank';
  if (text.length > LONGEST_NON_ANSWER) return 'comment';
  if (!LETTER_OR_DIGIT.test(text) || ONE_CHARACTER.test(text)) return 'noText';
  const folded = normalizeText(text);
  if (vocabulary.nothingToSay.has(folded)) return 'nothingToSay';
  if (isNonAnswer(text, vocabulary, folded)) return 'notApplicable';
  return 'comment';
}

/**
 * The length of a text in characters as a reader counts them: Unicode code points, so that an
 * emoji or a letter outside the Basic Multilingual Plane is one, not two UTF-16 units.
 *
 * @example codePoints('Świetnie 👍') // 10
 */
export function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) pairs += 1;
    }
  }
  return text.length - pairs;
}
