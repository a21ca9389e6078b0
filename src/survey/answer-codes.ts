import type { ValueProfile } from './profile-values.js';

// LimeSurvey's default answer codes: A1, A2 … (AO01, AO02 … since 4.0). Its "Other" (-oth-) is no point of a scale.
const ANSWER_CODE = /^A(?:O)?(\d{1,3})$/i;

/**
 * The number of each answer code a column holds, lowest first, where every answer is one of
 * LimeSurvey's default answer codes (`A1` … `A5`, `AO01` …), two codes or more; else null.
 *
 * @example answerCodes(profileOf(['A2', 'A1', 'A5'])) // [1, 2, 5]
 */
export function answerCodes(profile: ValueProfile): number[] | null {
  const labels = profile.labels;
  if (labels === null || labels.size < 2 || profile.numeric > 0) return null;
  const numbers = [...labels.values()].map((l) => ANSWER_CODE.exec(l.spelling.trim())?.[1]);
  if (numbers.some((n) => n === undefined)) return null;
  return [...new Set(numbers.map(Number))].sort((a, b) => a - b);
}

/**
 * The config setting that reads a column of answer codes in the order of their numbers, lowest
 * first (`A1` the lowest point), every number from the lowest to the highest held, as the spelling
 * the export writes (`"A1"`, `"AO01"`): `"Q1": {"scale": {"labels": {"1": "A1", …}}}`. A draft for
 * the user to check, never applied by itself: the codes say neither which answer each stands for
 * nor which end is best.
 */
export function answerCodeSetting(name: string, profile: ValueProfile, codes: readonly number[]): string {
  const spelled = new Map([...(profile.labels?.values() ?? [])].map((l) => [Number(ANSWER_CODE.exec(l.spelling.trim())?.[1]), l.spelling.trim()]));
  const first = codes[0] as number;
  const last = codes[codes.length - 1] as number;
  const width = [...spelled.values()].find((s) => /^AO/i.test(s)) === undefined ? 0 : 2;
  const labels = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((n) => `${JSON.stringify(String(n))}: ${JSON.stringify(spelled.get(n) ?? (width > 0 ? `AO${String(n).padStart(width, '0')}` : `A${n}`))}`);
  return `${JSON.stringify(name)}: {"scale": {"labels": {${labels.join(', ')}}}}`;
}
