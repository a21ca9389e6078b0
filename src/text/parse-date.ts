/**
 * Dates as survey platforms write them, read into a calendar day. Which of day/month/year comes
 * first is decided once per column from a sample (see dateOrder), never guessed row by row.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];

// 2026-02-14, 2026-02-14T09:30:00Z, 2026-02-14 09:30:00+01:00, 2025/12/26 9:09:26 PM GMT+1
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp][Mm]))?)?\s*(?:Z|(?:GMT|UTC)?\s*([+-]\d{1,2})(?::?(\d{2}))?|GMT|UTC)?$/;
// 14/02/2026 09:30:00, 2/14/2026 9:30:00 PM, 14.02.2026 09:30
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;

/** A moment as year, month, day (of the export's clock, or UTC when the text gives an offset). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The order of day, month and year in a column's dates: year first if they start with a year;
 * else day first if some first part is over 12 or the parts are split by dots; month first if
 * some second part is over 12 or the times have AM/PM; otherwise day first, as most of the world
 * writes. Null when the sample holds no date.
 */
export function dateOrder(samples: readonly string[]): DateOrder | null {
  let yearLast = 0;
  let firstOver12 = false;
  let secondOver12 = false;
  let dots = false;
  let meridiem = false;
  for (const text of samples) {
    const t = text.trim();
    if (YEAR_FIRST.test(t)) return 'ymd';
    const m = YEAR_LAST.exec(t);
    if (m === null) continue;
    yearLast += 1;
    if (Number(m[1]) > 12) firstOver12 = true;
    if (Number(m[2]) > 12) secondOver12 = true;
    if (t.includes('.')) dots = true;
    if (m[7] !== undefined) meridiem = true;
  }
  if (yearLast === 0) return null;
  if (firstOver12 || dots) return 'dmy';
  if (secondOver12 || meridiem) return 'mdy';
  return 'dmy';
}

/**
 * The calendar day of `text` read in `order`, or null when it is no valid date. A time with a UTC
 * offset (`Z`, `+01:00`, `GMT+1`) falls on its day in `timeZone` (an IANA zone, UTC by default);
 * a time without one is taken to be in that zone already, so its day is the one written.
 */
export function parseDate(text: string, order: DateOrder, timeZone = 'UTC'): CalendarDay | null {
  const t = text.trim();
  // The common case of large exports, `2026-02-14` or `2026-02-14 09:30:00` with no offset: the
  // day is the one written, read once per distinct day.
  if (t.length >= 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && (t.length === 10 || PLAIN_TIME.test(t.slice(10)))) {
    const key = t.slice(0, 10);
    let day = plainDays.get(key);
    if (day === undefined) {
      day = parseDay(key, 'ymd', 'UTC');
      if (plainDays.size < PLAIN_DAYS_KEPT) plainDays.set(key, day);
    }
    return day;
  }
  return parseDay(t, order, timeZone);
}

// A time of day without offset or AM/PM, as it follows a `YYYY-MM-DD` date.
const PLAIN_TIME = /^[ T]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?$/;
const plainDays = new Map<string, CalendarDay | null>();
const PLAIN_DAYS_KEPT = 100_000;

function parseDay(t: string, order: DateOrder, timeZone: string): CalendarDay | null {
  const first = YEAR_FIRST.exec(t);
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let meridiem: string | undefined;
  let offset: number | null = null;
  if (first !== null) {
    [year, month, day] = [Number(first[1]), Number(first[2]), Number(first[3])];
    hour = Number(first[4] ?? 0);
    minute = Number(first[5] ?? 0);
    meridiem = first[7];
    if (first[8] !== undefined) offset = Number(first[8]) * 60 + Math.sign(Number(first[8]) || 1) * Number(first[9] ?? 0);
    else if (/Z$/.test(t)) offset = 0;
  } else {
    const last = YEAR_LAST.exec(t);
    if (last === null || order === 'ymd') return null;
    const [a, b] = [Number(last[1]), Number(last[2])];
    [day, month] = order === 'dmy' ? [a, b] : [b, a];
    year = Number(last[3]);
    hour = Number(last[4] ?? 0);
    minute = Number(last[5] ?? 0);
    meridiem = last[7];
  }
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute - (offset ?? 0)));
  // 31/02 rolls over into March: no such day.
  if (offset === null && (moment.getUTCMonth() !== month - 1 || moment.getUTCDate() !== day)) return null;
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
