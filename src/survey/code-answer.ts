import { normalizeText } from '../text/normalize-text.js';
import { parseNumber } from '../text/parse-number.js';
import { codedAnswerValue } from './coded-labels.js';
import { isBlankAnswer, isNonAnswer } from './non-answer.js';
import type { Scale } from './scale.js';
import type { Vocabulary } from './vocabulary.js';

/** Why an answer did not enter the base. Every one is counted in the report. */
export const MISSING_REASONS = ['blank', 'notApplicable', 'outOfScale', 'notInteger', 'invalid'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** A coded answer: its value on the scale, or the reason it is excluded. */
export type CodedAnswer = number | MissingReason;

/** How a file writes its answers: see FileShape in input/read-csv.ts. */
export interface AnswerFormat {
  decimalComma: boolean;
  negativeCodesMissing: boolean;
  quotePrefix: boolean;
}

export const PLAIN_FORMAT: AnswerFormat = { decimalComma: false, negativeCodesMissing: false, quotePrefix: false };

/** Formbricks writes `'-5` for -5 so that a spreadsheet does not read a formula; undo that. */
export function stripQuotePrefix(text: string, format: AnswerFormat): string {
  return format.quotePrefix && /^'[-=+@]/.test(text) ? text.slice(1) : text;
}

/** A column's own codes from the config: answers that mean "no answer", and more spellings of its labels. */
export interface ColumnCodes {
  missing?: readonly string[];
  /** Label → value, for answers the scale's labels and label set do not spell. */
  aliases?: Readonly<Record<string, number>>;
}

/**
 * The numbers a column's own spellings give a value (a config's labels after the first, a survey
 * file's codes): number → value. On a scale of numbers such a number is that value however it is
 * written ("2", "02", "2.0"), before it is read as a number: a yes/no question exported as 1 (yes)
 * and 2 (no) is {"0": ["No", "2"], "1": ["Yes", "1"]}.
 */
export function spelledNumbers(own: ColumnCodes, format: AnswerFormat): Map<number, number> {
  const spelled = new Map<number, number>();
  for (const [label, value] of Object.entries(own.aliases ?? {})) {
    const number = parseNumber(label.trim(), format.decimalComma);
    if (!Number.isNaN(number)) spelled.set(number, value);
  }
  return spelled;
}

// Distinct raw strings of a rated column are few; beyond this many (of every kind: numbers, labels,
// non-answers, as written), the others are coded each time, so that a column of free text cannot
// grow memory without bound.
const CACHE_LIMIT = 1024;
// Answers of one ASCII character ("1" to "9", "Y", "x") are remembered by their character code.
const ONE_CHARACTER = 0x80;

/**
 * Builds the function that turns one raw cell of a rated column into its value on `scale`, or the
 * reason it is excluded: `blank` (an empty cell, or R's `NA`), `notApplicable` ("N/A", "Don't
 * know", "Unfamiliar (N/A)", a code given with
 * `--missing` that is no valid answer on this scale, or one of the column's own codes from the
 * config), `outOfScale`,
 * `notInteger` (4.5 on a 1-5 scale) or `invalid` (text that is no answer on this scale). Where the
 * platform uses negative codes for "no basis to answer" (Qualtrics), those are `notApplicable`.
 */
export function makeAnswerCoder(scale: Scale, vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT, own: ColumnCodes = {}): (raw: string) => CodedAnswer {
  const missing = own.missing ?? [];
  const spelled = scale.kind === 'labels' ? new Map<number, number>() : spelledNumbers(own, format);
  const { texts: missingCodes, numbers: missingNumbers } = noAnswerCodesOn(scale, vocabulary.missingCodes, missing, format, spelled);
  // A lexicon's label set numbers its points from 1; on a scale of other ends (a config's
  // `agreement-5` on 0-4) they are the scale's points from its lowest: "Strongly agree" is 4 there.
  const set = scale.labelSet === null ? undefined : vocabulary.labelSets.get(scale.labelSet);
  const labelValues = new Map(set === undefined ? [] : [...set.values].map(([label, value]) => [label, value - 1 + scale.min]));
  for (const [value, label] of Object.entries(scale.labels ?? {})) labelValues.set(normalizeText(label), Number(value));
  for (const [label, value] of Object.entries(own.aliases ?? {})) labelValues.set(normalizeText(label), value);

  const codeText = (raw: string): CodedAnswer => {
    const folded = normalizeText(raw);
    if (folded === '') return 'blank';
    if (scale.kind === 'binary') {
      if (vocabulary.yes.has(folded)) return 1;
      if (vocabulary.no.has(folded)) return 0;
    }
    const labelled = labelValues.get(folded);
    if (labelled !== undefined) return labelled;
    if (isNonAnswer(raw, vocabulary, folded)) return 'notApplicable';
    // "5 = Excellent", "(1) Not useful at all": the code the answer carries, where the scale agrees.
    return codedAnswerValue(raw, scale, labelValues) ?? 'invalid';
  };

  const codeRaw = (raw: string): CodedAnswer => {
    const text = stripQuotePrefix(raw.trim(), format);
    if (isBlankAnswer(text, (code) => missingCodes.has(code))) return 'blank';
    if (missingCodes.size > 0 && missingCodes.has(text)) return 'notApplicable';
    // Numbers count on numeric scales and on yes/no questions coded 0/1.
    if (scale.kind !== 'labels') {
      const value = parseNumber(text, format.decimalComma);
      if (!Number.isNaN(value)) {
        if (missingNumbers.has(value)) return 'notApplicable';
        const named = spelled.get(value);
        if (named !== undefined) return named;
        if (value < 0 && format.negativeCodesMissing) return 'notApplicable';
        if (value < scale.min || value > scale.max) return 'outOfScale';
        return Number.isInteger(value) ? value : 'notInteger';
      }
    }
    return codeText(text);
  };

  // A cell's code depends on its text alone: each distinct text is coded once. A report codes every
  // cell of every rated column, mostly the same few texts again and again: coded anew each time,
  // they took 0.12 s of a one-thread report of the 1M bench export (1.61 → 1.49 s).
  const oneCharacter = new Array<CodedAnswer | undefined>(ONE_CHARACTER);
  const empty = codeRaw('');
  const cache = new Map<string, CodedAnswer>();
  return (raw: string): CodedAnswer => {
    if (raw.length === 1) {
      const c = raw.charCodeAt(0);
      if (c < ONE_CHARACTER) return (oneCharacter[c] ??= codeRaw(raw));
    } else if (raw.length === 0) return empty;
    let coded = cache.get(raw);
    if (coded === undefined) {
      coded = codeRaw(raw);
      if (cache.size < CACHE_LIMIT) cache.set(raw, coded);
    }
    return coded;
  };
}

/**
 * A rated column's codes for no answer on `scale`, as texts and, those that are numbers, as values
 * (a warehouse's numeric column writes 99 as "99.0"): the codes of `--missing` (`vocabularyCodes`)
 * that are no valid answer on it (a 0 on a 0-10 recommend question, a number the column's
 * spellings give a value, stays an answer), and the column's own (config) always. The coder and
 * satisfy sql's query read them alike.
 */
export function noAnswerCodesOn(scale: Scale, vocabularyCodes: ReadonlySet<string>, own: readonly string[], format: AnswerFormat, spelled: ReadonlyMap<number, number>): { texts: Set<string>; numbers: Set<number> } {
  const onScale = (code: string) => {
    const value = parseNumber(code, format.decimalComma);
    return scale.kind !== 'labels' && ((Number.isInteger(value) && value >= scale.min && value <= scale.max) || spelled.has(value));
  };
  const texts = new Set([...[...vocabularyCodes].filter((code) => !onScale(code)), ...own.map((code) => code.trim())]);
  return { texts, numbers: numbersOf(texts, format) };
}

/** The values of the codes that are numbers (a code for no answer written "99", "-99", "99.0"). */
export function numbersOf(codes: Iterable<string>, format: AnswerFormat): Set<number> {
  const numbers = new Set<number>();
  for (const code of codes) {
    const value = parseNumber(code, format.decimalComma);
    if (Number.isFinite(value)) numbers.add(value);
  }
  return numbers;
}
