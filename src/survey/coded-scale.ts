import { normalizeText } from '../text/normalize-text.js';
import { CODED, parseBareCode, parseCodedLabel } from './coded-labels.js';
import type { ValueProfile } from './profile-values.js';
import type { Scale } from './scale.js';
import type { Vocabulary } from './vocabulary.js';

// The tops of rating scales: 1-2 … 1-5, 1-7, 0-10.
const USUAL_TOPS = [2, 3, 4, 5, 7, 10];

/**
 * The scale of a column whose answers carry their codes: "(1) Not useful at all" … "(6) Very
 * useful", "Gar nicht erfolgreich (1)" … "Sehr erfolgreich (6)", "1 - Very poor", "5 = Excellent",
 * "1. Strongly disagree". The code is the value and the words are the label, even when no lexicon
 * knows them. Answers that are a bare code ("2", "(3)" between two labelled ends) count too.
 *
 * The points run from the lowest code to the highest, and, as ratings do, from 0 or 1: a "(2)"
 * that is the lowest answer in the sample does not make 2 the bottom of the scale. The codes must
 * be consistent (one code, one wording; one wording, one code). When the words at the two ends
 * are those of a label set in the other order ("1 = Excellent" … "5 = Very poor"), the scale is
 * reversed so that a higher score stays better.
 *
 * A column answered mostly in bare numbers, with words on a few of them ("0 - Not at all likely",
 * 1 … 9, "10 - Extremely likely"), is a numeric scale whose ends have labels, so that a recommend
 * question stays one. Null when some label carries no code, or the column knows only one code.
 */
export function codedScale(profile: ValueProfile, fits: (count: number) => boolean, vocabulary: Vocabulary): { scale: Scale; why: string; known: number } | null {
  if (profile.labels === null || profile.labels.size === 0) return null;
  const wordsOf = new Map<number, string>();
  const codeOf = new Map<string, number>();
  const codes = new Set<number>();
  let labelled = 0;
  let bare = 0;
  for (const { count, spelling } of profile.labels.values()) {
    const code = parseBareCode(spelling);
    if (code !== null) {
      codes.add(code);
      bare += count;
      continue;
    }
    const coded = parseCodedLabel(spelling);
    if (coded === null) return null;
    const folded = normalizeText(coded.words);
    const words = wordsOf.get(coded.code);
    if ((codeOf.get(folded) ?? coded.code) !== coded.code || (words !== undefined && normalizeText(words) !== folded)) return null;
    wordsOf.set(coded.code, words ?? coded.words);
    codeOf.set(folded, coded.code);
    codes.add(coded.code);
    labelled += count;
  }
  if (wordsOf.size === 0) return null;
  // Bare numbers in the column are codes too when they are whole and within 0-10.
  const numbers = profile.numeric > 0 && profile.integers === profile.numeric && (profile.min as number) >= 0 && (profile.max as number) <= 10 ? profile.numeric : 0;
  if (numbers > 0) {
    // The labelled ends of a scale answered in numbers lie at its ends: no higher than the next
    // usual top above the numbers ("10 - Extremely likely" above answers 2..9), no lower than 0.
    // A "9 = …" beyond answers 1..5 is a stray, not the top of a 1-9 scale.
    const [low, high] = [profile.min as number, profile.max as number];
    const top = USUAL_TOPS.find((t) => t > high) ?? 10;
    if ([...wordsOf.keys()].some((code) => code > top)) return null;
    codes.add(low).add(high);
  }
  const min = Math.min(...codes, 1);
  const max = Math.max(...codes);
  const known = labelled + bare + numbers;
  if (codes.size < 2 || !fits(known)) return null;
  const labels: Record<string, string> = {};
  for (let value = min; value <= max; value++) labels[String(value)] = wordsOf.get(value) ?? String(value);
  const reversed = runsBackwards(wordsOf, vocabulary);
  const numeric = fits(numbers);
  const barely = bare + numbers === 0 ? '' : `; ${bare + numbers} answered with the bare code`;
  const direction = reversed === null ? '' : `; the words at the ends run against the ${reversed} set: reversed, so that a higher score stays better`;
  return {
    scale: { kind: numeric ? 'numeric' : 'labels', min, max, labels, labelSet: numeric ? null : CODED, reversed: reversed !== null, ...(reversed === null ? {} : { reversedBy: 'coded-labels' as const }) },
    why: numeric ? `integers ${min}..${max}, the ends labelled with their codes (${[...wordsOf.keys()].join(', ')})${direction}` : `answers carry their codes, ${min}-${max}: the code is the value, the words the label${barely}${direction}`,
    known,
  };
}

/** The label set whose order the words at the lowest and highest coded answers go against, or null. */
function runsBackwards(wordsOf: ReadonlyMap<number, string>, vocabulary: Vocabulary): string | null {
  const codes = [...wordsOf.keys()];
  const [bottom, top] = [wordsOf.get(Math.min(...codes)), wordsOf.get(Math.max(...codes))].map((words) => normalizeText(words ?? ''));
  for (const set of vocabulary.labelSets.values()) {
    const [a, b] = [set.values.get(bottom as string), set.values.get(top as string)];
    if (a !== undefined && b !== undefined && a !== b) return a > b ? set.id : null;
  }
  return null;
}
