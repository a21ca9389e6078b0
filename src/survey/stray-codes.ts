import type { ValueProfile } from './profile-values.js';
import { ANSWERS_TO_SHOW_A_SCALE } from './scale.js';

/**
 * The most a code just off a usual scale may hold, as a share of the answers, to be a stray: 2 %,
 * one answer in 50, for an 8 above 1..7, whose other reading (1-10) would have left its 9 and 10
 * unchosen. A point of the scale that respondents could choose is chosen more often, even at the
 * unloved end of a skewed question; a slip of the finger, a test row or a code for "no answer"
 * that a few rows kept is not.
 */
export const STRAY_SHARE = 0.02;

/**
 * The most a 0 below 1..5 or 1..7 may hold to be a stray: 0.5 %, one answer in 200. Its other
 * reading, 0-5 or 0-7, is a scale some questions have (stars from 0), whose unloved end may hold
 * 1 or 2 % of the answers: only a 0 rarer than that breaks off from the scale.
 */
export const STRAY_ZERO_SHARE = 0.005;

/**
 * How many times fewer answers a 6 above 1..5 holds than the 5s, at most, to be a stray: a
 * twentieth. Its other reading, 1-6, is the German school grades, whose worst grade is seldom given
 * but whose 5s are seldom given too: there a 6 is a tenth or a third of the 5s. On a satisfaction
 * question the 5s are common, and a 6 that a slip or an edited cell left is a handful beside them.
 */
export const STRAY_SIX_RATIO = 20;

/**
 * Whether a column's answers were typed, not chosen: one of them is a whole number above any rating
 * scale (past 10) that is no code for a missing answer (9, 99, 999): a "44" or
 * a "55", a key pressed twice in a short-answer field (Google Forms, a paper form keyed in). Among
 * typed answers a 0 is a slip like it, whatever the 1s beside it hold (see strayCodes).
 */
export function typedAnswers(counts: ReadonlyMap<number, number> | null): boolean {
  return counts !== null && [...counts].some(([value, count]) => count > 0 && Number.isInteger(value) && value > 10 && !/^9+$/.test(String(value)));
}

/**
 * How many times fewer answers a stray holds than the code beside it: a quarter at most. Counts on
 * a real scale fall off gradually towards an end (each point holding a half or two thirds of the
 * one before it on a skewed question); a code that holds a quarter of its neighbour's answers or
 * less, and 2 % of all, breaks off from the scale rather than continuing it.
 */
export const STRAY_RATIO = 4;

/** A code off a usual scale, how many answers gave it, the code beside it and how many gave that. */
export interface StrayCode {
  value: number;
  count: number;
  neighbour: number;
  beside: number;
}

/**
 * The codes just outside a usual numeric scale that a tiny share of the answers hold (see
 * STRAY_SHARE, STRAY_ZERO_SHARE, STRAY_RATIO): an 8 above answers 1..7, a 0 below 1..5 or 1..7.
 * They are strays, out of scale, not a reason to read the scale as 1-10, 0-5 or 0-7. Only codes
 * that would widen a usual scale into an unusual one count: a 5 beyond 1..4 or a 0 below 1..4 or
 * 1..10 makes 1-5, 0-4 or 0-10, scales that questions have, however rarely their end is chosen.
 * A 6 above 1..5 makes 1-6, the German school grades, whose 1 is the best grade: their answers
 * pile at 1-2, and the 5s and the 6s are both rare. So a 6 is a stray only where the answers lean
 * the other way, more 5s than 1s, as a satisfaction question's do, and it is a handful beside the
 * 5s: 0.5 % of the answers at most (STRAY_ZERO_SHARE), a twentieth of the 5s (STRAY_SIX_RATIO). A
 * matrix's 6 that some of its rows alone hold is another matter: see codeBeyondMatrix. Under a
 * header that names a school grade (`grades`) a 6 is never a stray: it is the worst grade, however
 * few were given it and however the answers lean. A 0 among answers that were typed (`typed`, see
 * typedAnswers) that lean to the top of the scale is a stray when it is as rare (0.5 % at most),
 * however few the 1s beside it: the unloved 1s of a satisfaction question are rare too, and a
 * column that holds a "44" shows its answers are slips of the keys, not points offered. `counts`
 * is how often each whole number 0-10 was answered.
 */
export function strayCodes(counts: ReadonlyMap<number, number>, answers: number, grades = false, typed = false): StrayCode[] {
  const given = [...counts].filter(([, count]) => count > 0).map(([value]) => value);
  if (given.length < 3) return [];
  const low = Math.min(...given);
  const high = Math.max(...given);
  const stray = (value: number, neighbour: number, share: number, ratio = STRAY_RATIO): StrayCode | null => {
    const count = counts.get(value) ?? 0;
    const beside = counts.get(neighbour) ?? 0;
    return count > 0 && count <= share * answers && count * ratio <= beside ? { value, count, neighbour, beside } : null;
  };
  // Answers that lean to the 5, more 5s than 1s: a question whose 5 is the good end, not grades.
  const leansToFive = !grades && (counts.get(5) ?? 0) > (counts.get(1) ?? 0);
  const found: StrayCode[] = [];
  const above = high === 8 ? stray(high, high - 1, STRAY_SHARE) : high === 6 && leansToFive ? stray(high, high - 1, STRAY_ZERO_SHARE, STRAY_SIX_RATIO) : null;
  if (above !== null) found.push(above);
  const beyond = above === null ? beyondAGap(counts, given, answers) : [];
  found.push(...beyond);
  const top = above !== null ? high - 1 : beyond.length > 0 ? Math.min(...beyond.map((s) => s.value)) - 1 : high;
  // Typed answers that lean to the top: the 0 is weighed against the top's answers, as a 6 is.
  const typedZero = typed && (counts.get(top) ?? 0) > (counts.get(1) ?? 0);
  const below = low === 0 && (top === 5 || top === 7) ? (typedZero ? stray(0, top, STRAY_ZERO_SHARE, STRAY_SIX_RATIO) : stray(0, 1, STRAY_ZERO_SHARE)) : null;
  if (below !== null) found.push(below);
  return found;
}

/**
 * Codes above the run of points 1..5 or 1..7 that the answers fill, past points no one chose: a 10
 * once beside 1..5 (6 to 9 never chosen), an 8 beside 1..5, a 9 and a 10 beside 1..7. Read as
 * points, they would make a 1-10 scale whose 6 to 9 no respondent of hundreds chose though each
 * point of 1..5 was chosen by many: a slip of the finger or an edited cell, which a cold trial's
 * weekly export showed reading CSAT 0.1 % top-2 of 1-10 where it was 57.2 % of 1-5. Together they
 * hold STRAY_SHARE of the answers at most, and each a STRAY_RATIO of the run's top at most. Past a
 * single point no one chose, the run's answers must lean to its top (more at it than at its 1): a
 * run that thins out toward its top (a CES of little effort, 1..5 and one 7) may reach a top past
 * a point few chose, and keeps it; past two or more (a 10 beside an unhappy week's 1..5) a code is
 * a stray whichever way they lean. Numbers 9, 99 … are a statistics package's codes for no answer
 * (see profileValues) before they are strays.
 */
function beyondAGap(counts: ReadonlyMap<number, number>, given: readonly number[], answers: number): StrayCode[] {
  const low = Math.min(...given);
  let top = low;
  while ((counts.get(top + 1) ?? 0) > 0) top += 1;
  // The run must be a usual scale, 1..5 or 1..7: past 1..4 or 1..6 a code may be a scale's top.
  if (low !== 1 || (top !== 5 && top !== 7) || top >= Math.max(...given)) return [];
  const atTop = counts.get(top) ?? 0;
  const past = given.filter((value) => value > top).sort((a, b) => a - b);
  // Past one point no one chose, a code may be the top of a scale whose answers thin out toward it
  // (a CES of little effort: 1..5 and one 7); past two or more, as a 10 beside 1..5 is, it is none
  // whichever way the answers lean (an unhappy week's CSAT, more 1s than 5s).
  const leansToTop = atTop > (counts.get(low) ?? 0);
  if (!leansToTop && (past[0] as number) - top - 1 < 2) return [];
  const held = past.reduce((sum, value) => sum + (counts.get(value) ?? 0), 0);
  if (held > STRAY_SHARE * answers || past.some((value) => (counts.get(value) ?? 0) * STRAY_RATIO > atTop)) return [];
  return past.map((value) => ({ value, count: counts.get(value) ?? 0, neighbour: top, beside: atTop }));
}

/**
 * The most an end of a scale may hold, as a share of the answers, for the evidence to say that the
 * scale's reach rests on it: 1 %, one answer in 100. Such an end is a point few chose, or a stray no
 * rule could tell from one (a 6 above 1..5 among answers that lean to the 1, as grades do): the
 * reader who sees "integers 1..6, the 6 once" can tell which.
 */
export const THIN_END_SHARE = 0.01;

/**
 * `the 6 once`, `the 1 twice, the 10 in 3 answers`: the ends of answers `low`..`high` that hold
 * THIN_END_SHARE of the `answers` or less, or '' when neither does. `counts` is how often each
 * whole number was answered.
 */
export function thinEnds(low: number, high: number, counts: ReadonlyMap<number, number>, answers: number): string {
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `in ${n} answers`);
  return [...new Set([low, high])]
    .map((end) => ({ end, count: counts.get(end) ?? 0 }))
    .filter(({ count }) => count > 0 && count <= THIN_END_SHARE * answers)
    .map(({ end, count }) => `the ${end} ${times(count)}`)
    .join(', ');
}

/** `one answer 0 (0.4 %, against 10 answers 1)`: a stray code as the evidence names it. */
export function describeStray(stray: StrayCode, answers: number): string {
  const share = (100 * stray.count) / answers;
  const times = (n: number) => `${n === 1 ? 'one' : n} answer${n === 1 ? '' : 's'}`;
  return `${times(stray.count)} ${stray.value} (${share < 0.1 ? '<0.1' : share.toFixed(1)} %, against ${times(stray.beside)} ${stray.neighbour})`;
}

/** A code above a matrix's shared scale (`top`), the columns and answers that hold it, and the columns and answers that agree without it. */
export interface MatrixCode {
  code: number;
  top: number;
  columns: number;
  answers: number;
  agreeing: number;
  agreed: number;
}

/**
 * A code that only some columns of one question (a matrix) hold, just above the scale the others
 * agree on: a 6 beside a 1-5 matrix, an 8 beside a 1-7. Platforms code a matrix's "not applicable"
 * or "don't know" column so, as the next number after the scale's points (Qualtrics numbers the
 * choices in order), and a question whose rows offer it only where it applies shows it in those
 * rows only. The others agree on the scale when each has answers enough to show it (30, see
 * ANSWERS_TO_SHOW_A_SCALE) and at least one reaches its top without ever giving the code. Null when the
 * columns do not split so.
 */
export function codeBeyondMatrix(profiles: readonly ValueProfile[]): MatrixCode | null {
  const tops = profiles.map((p) => p.max as number);
  const code = Math.max(...tops);
  const top = code - 1;
  if (top !== 5 && top !== 7) return null;
  const holding = profiles.filter((p) => (p.counts?.get(code) ?? 0) > 0);
  const agreeing = profiles.filter((p) => (p.counts?.get(code) ?? 0) === 0);
  if (holding.length === 0 || agreeing.length === 0) return null;
  // Each column that lacks the code has answers enough to show its scale, and one reaches its top.
  if (agreeing.some((p) => p.integers < ANSWERS_TO_SHOW_A_SCALE || (p.max as number) > top) || !agreeing.some((p) => p.max === top)) return null;
  const answers = holding.reduce((sum, p) => sum + (p.counts?.get(code) ?? 0), 0);
  return { code, top, columns: holding.length, answers, agreeing: agreeing.length, agreed: agreeing.reduce((sum, p) => sum + p.integers, 0) };
}

/** A code one above a 1-5 or 1-7 battery that every column holds, with its answers and those of the top below it. */
export interface CodeAfterTop {
  code: number;
  top: number;
  answers: number;
  atTop: number;
  /**
   * Where some rows do not apply to most respondents (see rowsOfNoAnswer): how many columns hold the
   * code three times as often as any point of the scale, and how many hold it far rarer than the top.
   */
  rows?: { common: number; rare: number };
}

/**
 * The code one above a 1-5 or 1-7 scale that every column of a battery holds, far rarer than the
 * top below it while the scale's own points run smoothly: a "Don't know" numbered after the
 * scale's points, as Qualtrics codes a choice added to a matrix (a 5-point agree matrix with
 * "Don't know" is 1..6), as does an SPSS file without its value labels or a LimeSurvey array with
 * one more option. On a scale of 6 (or 8) points its top is a point like the others, and counts
 * fall off towards it no faster than they do from the point before: here the code holds at most a
 * third of the top's answers, falls off at least twice as fast as the top does from the point
 * below it, and holds at most AFTER_SCALE_SHARE of the answers. Each column holds answers enough
 * to show its scale (30), and every point of the scale below the code is chosen. Null otherwise.
 */
export function codeAfterTop(profiles: readonly ValueProfile[]): CodeAfterTop | null {
  if (profiles.length < 2 || profiles.some((p) => p.counts === null || p.integers < ANSWERS_TO_SHOW_A_SCALE || (p.min as number) < 1)) return null;
  const code = Math.max(...profiles.map((p) => p.max as number));
  const top = code - 1;
  if (top !== 5 && top !== 7) return null;
  const count = (value: number) => profiles.reduce((sum, p) => sum + ((p.counts as Map<number, number>).get(value) ?? 0), 0);
  if (profiles.some((p) => ((p.counts as Map<number, number>).get(code) ?? 0) === 0)) return null;
  for (let value = 1; value <= top; value++) if (count(value) === 0) return null;
  const answers = count(code);
  const atTop = count(top);
  const belowTop = count(top - 1);
  const all = profiles.reduce((sum, p) => sum + p.integers, 0);
  if (answers > AFTER_SCALE_SHARE * all || 3 * answers > atTop || 2 * (answers / atTop) > atTop / belowTop) return rowsOfNoAnswer(profiles, code, top);
  return { code, top, answers, atTop };
}

/**
 * The same code where a row of the grid does not apply to most respondents ("Handling of your
 * return or refund", "Bearbeitung von Reklamationen": most had none, and chose "Don't know" or
 * "N/A"): how often it is chosen follows whether the row applies, not how well it is rated. Each
 * column holds it either far rarer than its top (a third at most) or three times as often as any
 * point of the scale, and at least two columns, more than those, hold it rarely; over those, it
 * falls off from the top as codeAfterTop asks of the whole; in the columns that hold it often, the
 * other answers do not climb toward the top (the top no more chosen than the most chosen point
 * below it): a liked row of a 6-point grid climbs to its 5 and on to its 6. A scale's top point runs
 * on from the point below it in every row: chosen like it, or rarer, never far rarer in some rows
 * and far above every point in others. Null otherwise.
 */
function rowsOfNoAnswer(profiles: readonly ValueProfile[], code: number, top: number): CodeAfterTop | null {
  const at = (p: ValueProfile, value: number) => (p.counts as Map<number, number>).get(value) ?? 0;
  const rare = profiles.filter((p) => 3 * at(p, code) <= at(p, top));
  // A row most answered with the code that its other answers climb toward (the top the most chosen
  // of them) is a liked row of a longer scale, not one that does not apply.
  const common = profiles.filter((p) => {
    let most = 0;
    for (let value = 1; value < top; value++) most = Math.max(most, at(p, value));
    return at(p, code) >= 3 * Math.max(most, at(p, top)) && at(p, top) <= most;
  });
  if (rare.length + common.length !== profiles.length || common.length === 0 || rare.length < 2 || common.length >= rare.length) return null;
  const count = (rows: readonly ValueProfile[], value: number) => rows.reduce((sum, p) => sum + at(p, value), 0);
  const [answers, atTop, belowTop] = [count(rare, code), count(rare, top), count(rare, top - 1)];
  if (answers > AFTER_SCALE_SHARE * rare.reduce((sum, p) => sum + p.integers, 0) || 2 * (answers / atTop) > atTop / belowTop) return null;
  return { code, top, answers: count(profiles, code), atTop: count(profiles, top), rows: { common: common.length, rare: rare.length } };
}

/** The highest point of any rating scale (1-10, 0-10): a code above it is no answer on one. */
const TOP_OF_ANY_SCALE = 10;

/**
 * The most of a grid's answers its 11 may hold to be its "don't know": 15 %. A column apart from
 * the scale's points is chosen by a minority (SurveyMonkey trials: 4 % of a grid's answers, 8 % of
 * its price row); an 11 that a fifth of the answers hold is the top of a 0-10 scale coded 1-11.
 */
export const AFTER_SCALE_SHARE = 0.15;

/** A matrix's code for "no answer" just above its scale, the columns of it and answers that hold it. */
export interface CodeAfterScale {
  code: number;
  columns: number;
  answers: number;
}

/**
 * The code just above 10, the top of any rating scale, that a matrix's columns hold beside answers
 * that reach 10: an 11 in a grid rated 1-10 (or 0-10). SurveyMonkey numbers a matrix's "N/A" or
 * "don't know" column after the scale's points, so its numeric export writes 11 wherever it was
 * chosen, in every row that offers it, however many chose it (7 % of a price row, none of another
 * row). No rating scale has an 11th point above 10 (0-10's eleven points stop at 10), so the code
 * is the grid's "no answer", in each of its columns. In each column that holds it, it is a
 * minority beside the scale's points, as a choice apart from them is, and over the grid it is a
 * bump of its own, not the continuation of the 10s: fewer answers than the 10s and at most
 * AFTER_SCALE_SHARE of the grid's answers (a 0-10 scale coded 1-11 has its top there, and a top
 * chosen by a fifth of the answers, more than its 10s in a top-heavy grid). Null when no column
 * holds it, when a column holds more, when, without it, no column reaches 10, or when the grid's
 * 11s are as many as its 10s or more than AFTER_SCALE_SHARE of its answers.
 */
export function codeAfterScale(profiles: readonly ValueProfile[]): CodeAfterScale | null {
  const code = TOP_OF_ANY_SCALE + 1;
  const holding = profiles.filter((p) => (p.counts?.get(code) ?? 0) > 0);
  if (holding.length === 0 || profiles.some((p) => p.counts === null || (p.max as number) > code)) return null;
  const reaches = profiles.some((p) => ((p.counts as Map<number, number>).get(TOP_OF_ANY_SCALE) ?? 0) > 0);
  if (!reaches || holding.some((p) => 2 * ((p.counts as Map<number, number>).get(code) as number) >= p.integers)) return null;
  const count = (value: number) => profiles.reduce((sum, p) => sum + ((p.counts as Map<number, number>).get(value) ?? 0), 0);
  const answers = count(code);
  const all = profiles.reduce((sum, p) => sum + p.integers, 0);
  if (answers >= count(TOP_OF_ANY_SCALE) || answers > AFTER_SCALE_SHARE * all) return null;
  return { code, columns: holding.length, answers };
}

/** `profile` with the answers `code` counted as non-answers: the answers on the scale alone. */
export function withoutCode(profile: ValueProfile, code: number): ValueProfile {
  const held = profile.counts?.get(code) ?? 0;
  if (held === 0 || profile.counts === null) return profile;
  const counts = new Map([...profile.counts].filter(([value]) => value !== code));
  const values = [...counts.keys()];
  return {
    ...profile,
    counts,
    notApplicable: profile.notApplicable + held,
    numeric: profile.numeric - held,
    integers: profile.integers - held,
    zeroToTen: profile.zeroToTen - (code >= 0 && code <= 10 ? held : 0),
    min: values.length === 0 ? null : Math.min(...values),
    max: values.length === 0 ? null : Math.max(...values),
  };
}

/** A numeric export's code for "don't know" or "refused" off a rating scale, and how many answers gave it. */
export interface DontKnowCode {
  code: number;
  count: number;
}

/** The codes numeric exports (LimeSurvey, SPSS, SurveyMonkey) give "don't know" or "refused" above a scale. */
const DONT_KNOW_CODES = [9, 99, 999];

/**
 * The code for "don't know" or "refused" that numeric exports (LimeSurvey, SPSS, SurveyMonkey)
 * write far above a rating scale: 99 or 999 beside answers 0..10, or 9 beside answers that stop
 * at 6 or below (1-5, 0-5, 1-6), never the next point of a scale (an 8 or a 9 after 1..7, 1..8)
 * nor a 9 on 1-10. The answers are the scale's points and that one code alone, at least three
 * points of it, and the code is a minority beside them (fewer answers than the points together),
 * as a choice apart from the scale is, chosen more than once (a lone 99 is a stray, out of
 * scale). (Negative codes, -1 to -8 and -9, -99, are missing codes wherever they stand: see
 * profileValues.) Null when the answers do not split so.
 */
export function dontKnowCode(profile: Pick<ValueProfile, 'counts' | 'integers' | 'zeroToTen'>): DontKnowCode | null {
  if (profile.counts === null) return null;
  const given = [...profile.counts].filter(([, count]) => count > 0);
  const off = given.filter(([value]) => value < 0 || value > 10);
  const onScale = given.filter(([value]) => value >= 0 && value <= 10);
  const nine = off.length === 0 ? given.find(([value]) => value === 9) : undefined;
  const [code, count] = off.length === 1 ? (off[0] as [number, number]) : nine !== undefined ? nine : [Number.NaN, 0];
  if (!DONT_KNOW_CODES.includes(code)) return null;
  const points = onScale.filter(([value]) => value !== code);
  if (points.length < 3 || (code === 9 && Math.max(...points.map(([value]) => value)) > 6)) return null;
  const held = points.reduce((sum, [, n]) => sum + n, 0);
  // A code given once cannot be told from a slip (a 99 typed for a 9): it stays a stray, out of scale.
  return held + count === profile.integers && count > 1 && count < held ? { code, count } : null;
}
