import type { Interval } from '../stats/interval.js';

/** Rounding for people; the JSON keeps full precision. `—` stands for a figure that is null. */
export const DASH = '—';

export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined ? DASH : value.toFixed(digits);
}

/**
 * A gate's figure, or a --fail-on-drop's change, as the gates print it: to six significant digits,
 * so that a sum's last bit of rounding is not shown (2.3874999999999997 → "2.3875", -12.5 stays
 * "-12.5"), or more where six would show a figure other than its gate's `threshold` as it; the
 * JSON keeps it exact.
 */
export function gateFigure(value: number, threshold?: number): string {
  // A figure that six digits would show as its gate's threshold is shown to as many digits as tell
  // them apart: "nps < -30.486" failing on "actual -30.486" read as equality (-30.48604…).
  for (let digits = 6; digits < 17; digits++) {
    const shown = Number(value.toPrecision(digits));
    if (threshold === undefined || value === threshold || shown !== threshold) return String(shown);
  }
  return String(value);
}

/** A 0..1 share as a percentage: 0.4567 → "45.7 %". */
export function percent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? DASH : `${(share * 100).toFixed(digits)} %`;
}

/** An NPS in points with its sign: +12.3, −4.0. */
export function signed(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return DASH;
  const text = Math.abs(value).toFixed(digits);
  return value > 0 && Number(text) !== 0 ? `+${text}` : value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** An interval as "low–high" (or "low to high" where a minus sign would crowd the dash). */
export function range(ci: Interval | null | undefined, format: (value: number) => string, separator = '–'): string {
  return ci === null || ci === undefined ? DASH : `${format(ci.low)}${separator}${format(ci.high)}`;
}

/** A top- or bottom-box share as a percentage, or a dash when there is none. */
export function boxPercent(box: { share: number } | null | undefined): string {
  return box === null || box === undefined ? DASH : percent(box.share);
}

/**
 * What Top-2 and Bottom-2 are, where an item is on a scale of 0 to 10: the two highest and two lowest
 * points, 9-10 and 0-1, beside which the NPS's detractors (0-6) would be read for its Bottom-2.
 * Null where every scale is shorter (their boxes read as they are named).
 */
export function boxNote(scales: readonly { min: number; max: number }[]): string | null {
  if (!scales.some((scale) => scale.max - scale.min >= 10)) return null;
  return "Top-2, Bottom-2: each scale's two highest and two lowest points (on 0-10: 9-10 and 0-1; the NPS's detractors are 0-6)";
}

/** A confidence level as a percentage for headings: 0.95 → 95, 0.999 → 99.9. */
export function levelPercent(level: number): number {
  return Math.round(level * 1000) / 10;
}

/** Text on one line, cut to `width` characters with an ellipsis. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/**
 * A column name cut to `width` characters keeping what tells the rows of a matrix question apart:
 * the part after its last " - " or in its last brackets ("How often … - Communication", "Service
 * [Speed]"), the question's text cut before it. Names that are no such row are cut at the end, as
 * `truncate` does. Cut at the end, the rows of a German matrix read four times alike.
 */
export function truncateName(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= width) return flat;
  const split = flat.endsWith(']') ? flat.lastIndexOf('[') : flat.lastIndexOf(' - ');
  const head = Math.max(MIN_HEAD, width - (flat.length - split) - 1);
  if (split <= head) return truncate(flat, width);
  return `${flat.slice(0, head).trimEnd()}…${truncate(flat.slice(split), width - head - 1)}`;
}

// The characters of a question kept before the row of a matrix whose name is cut.
const MIN_HEAD = 12;

/** "1 row", "2 rows". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A question as the tables name it: its column's name, followed, where that name is a bare code
 * (Qualtrics' `Q5`, `Q2_3`, a form's field id) and the export's extra header row holds the question's
 * text, by that text, so that a row reads without the survey beside it. JSON and CSV keep the name alone.
 *
 * @example shownName('Q5', 'Overall, how satisfied are you?') // 'Q5 Overall, how satisfied are you?'
 */
export function shownName(name: string, question: string | null | undefined): string {
  if (question === null || question === undefined || !BARE_CODE.test(name) || !/\s/u.test(question.trim())) return name;
  return `${name} ${question.trim()}`;
}

// A name of one short token, no question in it: `Q5`, `Q2_3`, `QID12`, `Q10#1_1`.
const BARE_CODE = /^[\p{L}][\p{L}\p{N}_.#-]{0,15}$/u;
