import { normalizeText } from '../text/normalize-text.js';
import type { Scale } from './scale.js';

/** An answer that carries its code: "(1) Not useful at all" is code 1 with the words "Not useful at all". */
export interface CodedLabel {
  code: number;
  words: string;
}

/** The `labelSet` of a scale whose points come from the codes its answers carry. */
export const CODED = 'coded';

// The codes of rating scales: 0 to 10. A separator is never followed by a digit, so "1-25%",
// "10:30" and "2.5" are no codes.
const CODE = '(10|\\d)';
const PATTERNS = [
  // "(1) Not useful at all", "[1] Poor", "(1) - Poor"
  new RegExp(`^[([]\\s*${CODE}\\s*[)\\]]\\s*(?:[-–—:=.]\\s*)?(?![\\d\\s])(.+)$`),
  // "1 - Very poor", "5 = Excellent", "1. Strongly disagree", "1: Poor", "1) Poor"
  new RegExp(`^${CODE}\\s*[-–—:=.)]\\s*(?![\\d\\s])(.+)$`),
  // "Sehr erfolgreich (6)", "Poor [1]"
  new RegExp(`^(.+?)\\s*[([]\\s*${CODE}\\s*[)\\]]$`),
  // "Very poor - 1", "Excellent = 5"
  new RegExp(`^(.+?)\\s+[-–—=]\\s+${CODE}$`),
];

/**
 * The code and the words of an answer written with its code before or after it ("(1) Not useful
 * at all", "Sehr erfolgreich (6)", "1 - Very poor", "5 = Excellent", "1. Strongly disagree"), or
 * null when it carries none. The words must have a letter: "1-25%" is a range, not a code.
 *
 * @example parseCodedLabel('5 = Excellent') // { code: 5, words: 'Excellent' }
 */
export function parseCodedLabel(text: string): CodedLabel | null {
  const trimmed = text.trim();
  for (const [i, pattern] of PATTERNS.entries()) {
    const match = pattern.exec(trimmed);
    if (match === null) continue;
    // The first two patterns put the code first, the others last.
    const [code, words] = i < 2 ? [match[1], match[2]] : [match[2], match[1]];
    const cleaned = (words as string).trim();
    if (/\p{L}/u.test(cleaned)) return { code: Number(code), words: cleaned };
  }
  return null;
}

const BARE = new RegExp(`^(?:${CODE}|[([]\\s*${CODE}\\s*[)\\]])$`);

/**
 * The code of an answer that is only a code of a rating scale, bare or in parentheses ("3",
 * "(3)"), or null: the points between two labelled ends are often written so.
 *
 * @example parseBareCode('(3)') // 3
 */
export function parseBareCode(text: string): number | null {
  const match = BARE.exec(text.trim());
  return match === null ? null : Number(match[1] ?? match[2]);
}

/**
 * The value of an answer from the code it carries. On a numeric scale, the code is the value
 * ("10 - Extremely likely" is 10 on 0-10), and a code off the scale is `outOfScale`. On a labelled
 * scale, "5 = Strongly agree" is 5 when the scale knows "Strongly agree" as 5 (`labelValues`,
 * folded label → value) or when its label for 5 is the bare code ("5"); on a scale read from codes
 * (`labelSet` CODED) a bare code of the scale ("3", "(3)") is its value too. Undefined otherwise:
 * a code that disagrees with the words ("1 = Strongly agree") is no answer on the scale.
 */
export function codedAnswerValue(text: string, scale: Scale, labelValues: ReadonlyMap<string, number>): number | 'outOfScale' | undefined {
  if (scale.kind === 'binary') return undefined;
  const trimmed = text.trim();
  const bare = scale.labelSet === CODED ? parseBareCode(trimmed) : null;
  if (bare !== null) return bare >= scale.min && bare <= scale.max ? bare : undefined;
  const coded = parseCodedLabel(trimmed);
  if (coded === null) return undefined;
  const onScale = coded.code >= scale.min && coded.code <= scale.max;
  if (scale.kind === 'numeric') return onScale ? coded.code : 'outOfScale';
  if (!onScale) return undefined;
  if (labelValues.get(normalizeText(coded.words)) === coded.code) return coded.code;
  return scale.labels?.[String(coded.code)] === String(coded.code) ? coded.code : undefined;
}
