import { fullYear, offsetMinutes, parseNamedDate, type DateParts } from './named-date.js';

/**
 * Dates as survey platforms and spreadsheets write them, read into a calendar day: year first
 * (`2026-02-14 09:30:00`, with or without a UTC offset), year last with day and month as numbers
 * (`14/02/2026`, `2/14/2026 9:30 PM`, `14.02.2026`, `5/10/18 4:01`), with the month's name in one
 * of seven languages (`19th November 2023`, `3 marca 2025`, see parseNamedDate), and, where the
 * caller allows, Excel serial day numbers (`45292.5`). Whether day or month comes first in
 * numbers is decided once per column from its rows (see dateOrder), never guessed row by row.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];

// 2026-02-14, 2026-02-14T09:30:00Z, 2026-02-14 09:30:00+01:00, 2025/12/26 9:09:26 PM GMT+1
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp][Mm]))?)?\s*(?:Z|(?:GMT|UTC)?\s*([+-]\d{1,2})(?::?(\d{2}))?|GMT|UTC)?$/;
// 14/02/2026 09:30:00, 2/14/2026 9:30:00 PM, 14.02.2026 09:30, 5/10/18 4:01 (a two-digit year: fullYear);
// and the time written with dots, as the sheets of Italian, Finnish and Danish locales write it
// (Google Sheets in Italian `10/01/2024 1.17.56`, Finnish `14.2.2026 klo 9.30.00`, Danish
// `14.02.2026 kl. 09.30.00`): its hours, minutes and seconds all split by dots or all by colons
// (the lookahead), so that `9:30.00` stays no date. A point after a four-digit year written with
// points is Latvian's (`11.01.2026. 15:43`).
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:(?<=\.\d{4})\.)?(?:[ T,]+(?:(?:klo|kl\.?)\s+)?(?=\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?|\.\d{2}(?:\.\d{2})?)(?![\d:.]))(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;
// A whole or fractional number of days, as Excel stores a date: 45292 is 2024-01-01, 45292.5 its noon.
const SERIAL = /^(\d{5})(?:[.,]\d+)?$/;

/**
 * The Excel serial day numbers read as dates, where the caller allows them: 32874 (1990-01-01)
 * to 73050 (2099-12-31). Survey responses fall within it; most columns of plain numbers (counts,
 * amounts, ratings, ids of fewer than five digits) do not.
 */
export const EXCEL_SERIALS = { first: 32_874, last: 73_050 } as const;
// Day 0 of Excel's 1900 date system is 1899-12-30 for every serial after its phantom 29 February 1900 (60).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A moment as year, month, day (of the export's clock, or UTC when the text gives an offset). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** How a column's day and month order was found (see dateOrder). */
export type DateOrderFinding = { kind: 'order'; order: DateOrder } | { kind: 'noDate' } | { kind: 'conflict'; dayFirst: string; monthFirst: string };

/**
 * The order of day, month and year in a column's dates, from every sampled value. Year first when
 * every date that has numbers only starts with its year. Else the evidence of the dates: one that
 * reads day first only (`13/02/2026`) makes it day first, one that reads month first only
 * (`2/13/2026`) month first, and both at once are a conflict (the caller says so; --date-format
 * decides). With no such date, times with AM/PM suggest month first, parts split by dots day
 * first, and otherwise day first, as most of the world writes. The rows read after the sample
 * confirm or overturn the order (see PeriodAnalysis). Dates that name their month are read in
 * any order and tell nothing. `noDate` when the sample holds no date at all.
 */
export function dateOrder(samples: readonly string[]): DateOrderFinding {
  let yearFirst = 0;
  let yearLast = 0;
  let named = 0;
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let dots = false;
  let meridiem = false;
  for (const text of samples) {
    const t = text.trim();
    if (YEAR_FIRST.test(t)) {
      if (parseDate(t, 'ymd') !== null) yearFirst += 1;
      continue;
    }
    const last = YEAR_LAST.exec(t);
    if (last === null) {
      if (mayBeNamed(t) && parseNamedDate(t) !== null) named += 1;
      continue;
    }
    const asDmy = parseDate(t, 'dmy') !== null;
    const asMdy = parseDate(t, 'mdy') !== null;
    if (!asDmy && !asMdy) continue;
    yearLast += 1;
    if (asDmy && !asMdy) dayFirst ??= t;
    if (asMdy && !asDmy) monthFirst ??= t;
    if (t.includes('.')) dots = true;
    if (last[7] !== undefined) meridiem = true;
  }
  if (dayFirst !== null && monthFirst !== null) return { kind: 'conflict', dayFirst, monthFirst };
  if (dayFirst !== null) return { kind: 'order', order: 'dmy' };
  if (monthFirst !== null) return { kind: 'order', order: 'mdy' };
  if (yearLast === 0) return yearFirst > 0 ? { kind: 'order', order: 'ymd' } : named > 0 ? { kind: 'order', order: 'dmy' } : { kind: 'noDate' };
  return { kind: 'order', order: meridiem && !dots ? 'mdy' : 'dmy' };
}

/**
 * The calendar day of `text` read in `order`, or null when it is no valid date. A time with a UTC
 * offset (`Z`, `+01:00`, `GMT+1`) falls on its day in `timeZone` (an IANA zone, UTC by default);
 * a time without one is taken to be in that zone already, so its day is the one written. With
 * `excelSerials`, a number of days from EXCEL_SERIALS is a date too (its day as written).
 *
 * @example parseDate('19th November 2023', 'dmy') // { year: 2023, month: 11, day: 19 }
 */
export function parseDate(text: string, order: DateOrder, timeZone = 'UTC', excelSerials = false): CalendarDay | null {
  const t = text.trim();
  // The common case of large exports, `2026-02-14` or `2026-02-14 09:30:00` with no offset: the
  // day is the one written, read once per distinct day.
  if (hasPlainDateShape(t)) {
    // Keyed by the date's digits as one number (20260214), which needs no string made; a date
    // with other characters there is read as it is, and not kept.
    const key = digitsOf(t, 0, 4) * 10_000 + digitsOf(t, 5, 7) * 100 + digitsOf(t, 8, 10);
    if (key < 0) return dayOf(partsOf(t.slice(0, 10), 'ymd'), 'UTC');
    let day = plainDays.get(key);
    if (day === undefined) {
      day = dayOf(partsOf(t.slice(0, 10), 'ymd'), 'UTC');
      if (plainDays.size < PLAIN_DAYS_KEPT) plainDays.set(key, day);
    }
    return day;
  }
  const last = YEAR_LAST.exec(t);
  if (last !== null) return order === 'ymd' ? null : yearLastDays(last)[order === 'dmy' ? 0 : 1];
  if (excelSerials) {
    const day = excelSerialDay(t);
    if (day !== null) return day;
  }
  return dayOf(partsOf(t, order), timeZone);
}

/**
 * The day of `text` read day first and read month first (as parseDate reads it in `dmy` and in
 * `mdy`). They differ only for dates of numbers with the year last: `3/4/2026` is two days,
 * `13/4/2026` one day first and none month first; `2026-04-03` and `3 April 2026` are the same day.
 */
export function parseBothOrders(text: string, timeZone = 'UTC', excelSerials = false): readonly [CalendarDay | null, CalendarDay | null] {
  const t = text.trim();
  // Three digits first (2026-02-14) start no YEAR_LAST date, whose day or month is one or two.
  const last = isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2)) ? null : YEAR_LAST.exec(t);
  if (last !== null) return yearLastDays(last);
  const day = parseDate(t, 'dmy', timeZone, excelSerials);
  return [day, day];
}

const NO_DAYS: readonly [null, null] = [null, null];
const yearLastKept = new Map<string, readonly [CalendarDay | null, CalendarDay | null]>();

/**
 * The day of a YEAR_LAST match read day first and month first, or none when its time cannot be.
 * Such a date has no offset, so its day is the one written whatever the zone and the time: the
 * pair is worked out once per distinct date.
 */
function yearLastDays(last: RegExpExecArray): readonly [CalendarDay | null, CalendarDay | null] {
  const meridiem = last[7];
  const hour = Number(last[4] ?? 0);
  if (meridiem !== undefined ? hour < 1 || hour > 12 : hour > 23) return NO_DAYS;
  if (Number(last[5] ?? 0) > 59) return NO_DAYS;
  const key = `${last[1]}/${last[2]}/${last[3]}`;
  let days = yearLastKept.get(key);
  if (days === undefined) {
    const [a, b, year] = [Number(last[1]), Number(last[2]), fullYear(last[3] as string)];
    const read = (day: number, month: number) => dayOf({ year, month, day, hour: 0, minute: 0, meridiem: undefined, offset: null }, 'UTC');
    days = [read(a, b), read(b, a)];
    if (yearLastKept.size < PLAIN_DAYS_KEPT) yearLastKept.set(key, days);
  }
  return days;
}

const plainDays = new Map<number, CalendarDay | null>();

/**
 * Whether `t` goes on from index 10, to its end, with a time of day without offset or AM/PM, as
 * it follows a `YYYY-MM-DD` date: what /^[ T]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?$/
 * matches, read character by character (the expression took a tenth of reading the date column).
 */
export function plainTimeFollows(t: string): boolean {
  const separator = t.charCodeAt(10);
  if (separator !== 32 && separator !== 84) return false;
  let i = 11;
  if (!isDigit(t.charCodeAt(i))) return false;
  // An hour of one digit, or of two from 00 to 23.
  if (isDigit(t.charCodeAt(i + 1))) {
    if ((t.charCodeAt(i) - 48) * 10 + t.charCodeAt(i + 1) - 48 > 23) return false;
    i += 2;
  } else i += 1;
  // Minutes, then maybe seconds, each `:` and 00 to 59.
  for (let part = 0; part < 2; part++) {
    if (t.charCodeAt(i) !== 58 || !(t.charCodeAt(i + 1) >= 48 && t.charCodeAt(i + 1) <= 53) || !isDigit(t.charCodeAt(i + 2))) return false;
    i += 3;
    if (i === t.length) return true;
  }
  // A fraction of a second.
  if (t.charCodeAt(i) !== 46 || i + 1 === t.length) return false;
  for (i += 1; i < t.length; i++) if (!isDigit(t.charCodeAt(i))) return false;
  return true;
}

/** The shape of parseDate's first case, in a trimmed text: `____-__-__`, alone or with a time of day as plainTimeFollows reads it. */
function hasPlainDateShape(t: string): boolean {
  return t.length >= 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && (t.length === 10 || plainTimeFollows(t));
}

/**
 * Whether `text`, as it is, is a plain date: `YYYY-MM-DD` in ASCII digits, alone or with a time of
 * day as plainTimeFollows reads it. It starts with a digit and ends with one, so trimming leaves it
 * as it is, and parseDate reads it in its first case: as the day its first ten characters write,
 * whatever the order of day and month, the time zone and Excel serials. (The shape alone, looked
 * at before trimming, would take `  02-03-14`, which parseDate trims to a date of two-digit year
 * and reads otherwise in each order.)
 */
export function isPlainDate(text: string): boolean {
  return digitsOf(text, 0, 4) >= 0 && digitsOf(text, 5, 7) >= 0 && digitsOf(text, 8, 10) >= 0 && hasPlainDateShape(text);
}

/**
 * Whether `text` is a plain date (see isPlainDate) of the same day as `previous`, a plain date: the
 * same first ten characters, and nothing or a plain time after them. A caller that kept what the day
 * of `previous` gave need not read `text` again: exports come in the order of their dates, and a
 * day's rows follow each other.
 */
export function samePlainDay(text: string, previous: string): boolean {
  if (text.length < 10 || (text.length > 10 && !plainTimeFollows(text))) return false;
  for (let i = 0; i < 10; i++) if (text.charCodeAt(i) !== previous.charCodeAt(i)) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number the ASCII digits of `t` from `from` to `to` (excluded) write, or a negative number if one of them is no digit. */
function digitsOf(t: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = t.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1e9;
    value = value * 10 + digit;
  }
  return value;
}
const PLAIN_DAYS_KEPT = 100_000;

/** The day of an Excel serial day number within EXCEL_SERIALS (`45292`, `45292.5`, `45292,5`), or null. */
export function excelSerialDay(text: string): CalendarDay | null {
  const serial = SERIAL.exec(text.trim());
  if (serial === null) return null;
  const days = Number(serial[1]);
  if (days < EXCEL_SERIALS.first || days > EXCEL_SERIALS.last) return null;
  const moment = new Date(EXCEL_EPOCH + days * DAY_MS);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}

/**
 * Whether a timestamp column's values are to be read as Excel serial day numbers too: some are,
 * and every other value written as a number is one as well (text dates may stand beside them).
 * The caller knows the column holds dates: its header or the config says so.
 */
export function hasExcelSerials(values: readonly string[]): boolean {
  let serials = 0;
  for (const value of values) {
    const t = value.trim();
    if (excelSerialDay(t) !== null) serials += 1;
    else if (/^[+-]?\d+(?:[.,]\d+)?$/.test(t)) return false;
  }
  return serials > 0;
}

/** Why a date cannot be read in a column's order, for the report's counts (see dateProblem). */
export type DateProblem = 'blank' | 'notADate' | 'invalid' | 'otherOrder';
export const DATE_PROBLEMS: readonly DateProblem[] = ['blank', 'notADate', 'invalid', 'otherOrder'];

/**
 * Why parseDate(text, order) gives no day: the cell is `blank`; the date reads in another order
 * only (`otherOrder`: `12/25/2023` in a day-first column, `14/02/2026` in a year-first one); it is
 * written as a date but no such day or time exists in any order (`invalid`: `31/02/2026`,
 * `2/14/2026 13:00 PM`, a serial day number outside EXCEL_SERIALS); or it is `notADate` at all.
 */
export function dateProblem(text: string, order: DateOrder, excelSerials = false): DateProblem {
  const t = text.trim();
  if (t === '') return 'blank';
  if (DATE_ORDERS.some((other) => other !== order && parseDate(t, other, 'UTC', excelSerials) !== null)) return 'otherOrder';
  return DATE_ORDERS.some((other) => partsOf(t, other) !== null) || (excelSerials && SERIAL.test(t)) ? 'invalid' : 'notADate';
}

/**
 * Whether `text` is a date that parseDate reads in some order: what makes a column a timestamp.
 * Excel serial day numbers are not: a number is a number until a header says otherwise.
 */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return parseDate(t, 'dmy') !== null || parseDate(t, 'mdy') !== null;
}

// Month names need letters, and a date written out is short.
function mayBeNamed(t: string): boolean {
  return t.length <= 64 && /\p{L}/u.test(t) && /\d/.test(t);
}

/** The parts of `t` as written, if it has the shape of a date in `order` (year first and named dates in any order). */
function partsOf(t: string, order: DateOrder): DateParts | null {
  const first = YEAR_FIRST.exec(t);
  if (first !== null) {
    // A bare `Z`, `UTC` or `GMT` (as Formbricks writes `2024-05-03 14:05:09 UTC`) is an offset of zero.
    const zulu = /(?:Z|UTC|GMT)$/i.test(t);
    return { year: Number(first[1]), month: Number(first[2]), day: Number(first[3]), hour: Number(first[4] ?? 0), minute: Number(first[5] ?? 0), meridiem: first[7]?.toLowerCase(), offset: offsetMinutes(first[8], first[9], zulu) };
  }
  const last = YEAR_LAST.exec(t);
  if (last !== null) {
    if (order === 'ymd') return null;
    const [a, b] = [Number(last[1]), Number(last[2])];
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return { year: fullYear(last[3] as string), month, day, hour: Number(last[4] ?? 0), minute: Number(last[5] ?? 0), meridiem: last[7] === undefined ? undefined : `${last[7].toLowerCase()}m`, offset: null };
  }
  return mayBeNamed(t) ? parseNamedDate(t) : null;
}

/** The calendar day of parts of a date, in `timeZone` when they carry an offset; null when there is no such day or time. */
function dayOf(parts: DateParts | null, timeZone: string): CalendarDay | null {
  if (parts === null) return null;
  const { year, month, day, minute, meridiem, offset } = parts;
  let { hour } = parts;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // 31/02 rolls over into March: no such day, with an offset or without.
  if (day > 28 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute - (offset ?? 0)));
  if (offset !== null && timeZone !== 'UTC') return dayIn(moment, timeZone);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The day a moment falls on in an IANA time zone. */
function dayIn(moment: Date, timeZone: string): CalendarDay {
  let format = dayFormats.get(timeZone);
  if (format === undefined) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })));
  const parts = format.formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The canonical name of an IANA time zone (`europe/warsaw` → `Europe/Warsaw`), or null when there is no such zone. */
export function timeZoneName(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A day as `YYYY-MM-DD`, which sorts as the days do. */
export function isoDay({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const PERIODS = ['day', 'week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIODS)[number];

/** The period a day falls in: its label (`2026-02-14`, `2026-W07`, `2026-02`, `2026-Q1`) and first and last days. */
export function periodOf(date: CalendarDay, kind: PeriodKind): { period: string; start: string; end: string } {
  const utc = Date.UTC(date.year, date.month - 1, date.day);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const DAY = 86_400_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (kind === 'day') return { period: isoDay(date), start: isoDay(date), end: isoDay(date) };
  if (kind === 'week') {
    // ISO 8601 week: Monday to Sunday; the week's year is that of its Thursday.
    const weekday = (new Date(utc).getUTCDay() + 6) % 7;
    const monday = utc - weekday * DAY;
    const thursday = new Date(monday + 3 * DAY);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
    return { period: `${year}-W${pad(week)}`, start: iso(monday), end: iso(monday + 6 * DAY) };
  }
  if (kind === 'month') return { period: `${date.year}-${pad(date.month)}`, start: iso(Date.UTC(date.year, date.month - 1, 1)), end: iso(Date.UTC(date.year, date.month, 0)) };
  const quarter = Math.floor((date.month - 1) / 3) + 1;
  return { period: `${date.year}-Q${quarter}`, start: iso(Date.UTC(date.year, (quarter - 1) * 3, 1)), end: iso(Date.UTC(date.year, quarter * 3, 0)) };
}
