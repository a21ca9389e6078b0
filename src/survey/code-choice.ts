import { normalizeText } from '../text/normalize-text.js';
import { parseNumber } from '../text/parse-number.js';
import { PLAIN_FORMAT, stripQuotePrefix, type AnswerFormat } from './code-answer.js';
import type { Vocabulary } from './vocabulary.js';

/** A checkbox option's cell: no answer, answered "not chosen" (No, 0), or ticked. */
export const UNANSWERED = 0;
export const NOT_CHOSEN = 1;
export const TICKED = 2;
export type Tick = typeof UNANSWERED | typeof NOT_CHOSEN | typeof TICKED;

const NINES = /^-9+$/;

/**
 * Builds the function that reads one cell of a checkbox option. A blank, an unticked box as a
 * platform writes it ("Not selected"), a non-answer ("N/A", a `--missing` code, -99, a negative
 * Qualtrics code) is no answer; No or 0 is an answer that the option was not chosen; anything else
 * — the option's text, a 1, Yes, a platform's code — is a tick.
 */
export function makeOptionCoder(vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT): (raw: string) => Tick {
  return (raw: string): Tick => {
    const text = stripQuotePrefix(raw.trim(), format);
    if (text === '' || vocabulary.missingCodes.has(text) || NINES.test(text)) return UNANSWERED;
    const value = parseNumber(text, format.decimalComma);
    if (!Number.isNaN(value)) return value === 0 ? NOT_CHOSEN : value < 0 && format.negativeCodesMissing ? UNANSWERED : TICKED;
    const folded = normalizeText(text);
    if (folded === '' || vocabulary.unticked.has(folded) || vocabulary.notApplicable.has(folded)) return UNANSWERED;
    return vocabulary.no.has(folded) ? NOT_CHOSEN : TICKED;
  };
}

/**
 * Builds the function that reads one cell of a ranking whose columns are its `k` options: the rank
 * given, a whole number from 1 to k; NaN for a blank or a non-answer; 0 for any other answer (not
 * a rank, counted as such).
 */
export function makeRankCoder(k: number, vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT): (raw: string) => number {
  return (raw: string): number => {
    const text = stripQuotePrefix(raw.trim(), format);
    if (text === '' || vocabulary.missingCodes.has(text) || NINES.test(text)) return Number.NaN;
    const value = parseNumber(text, format.decimalComma);
    if (Number.isNaN(value)) return vocabulary.notApplicable.has(normalizeText(text)) ? Number.NaN : 0;
    if (value < 0 && format.negativeCodesMissing) return Number.NaN;
    return Number.isInteger(value) && value >= 1 && value <= k ? value : 0;
  };
}

/**
 * Reads one cell of a ranking whose columns are rank positions: the option named there, folded (to
 * tell options apart) and as written; empty for a blank or a non-answer.
 */
export function makeNamedOptionCoder(vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT): (raw: string) => { key: string; text: string } {
  const none = { key: '', text: '' };
  return (raw: string) => {
    const text = stripQuotePrefix(raw.trim(), format);
    if (text === '' || vocabulary.missingCodes.has(text)) return none;
    const key = normalizeText(text);
    if (key === '' || vocabulary.notApplicable.has(key)) return none;
    return { key, text };
  };
}
