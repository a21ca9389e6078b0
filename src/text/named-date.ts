import { dateWord } from './date-words.js';

/** A date and time as written, not yet checked: `day` 31 of `month` 2 is still possible here. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** `am` or `pm` when the time has one. */
  meridiem: string | undefined;
  /** Minutes east of UTC when the time has an offset (`Z`, `+01:00`, `GMT+1`), else null. */
  offset: number | null;
}

/**
 * A year of two digits as POSIX strptime's `%y` reads it: 69-99 are 1969-1999, 00-68 are
 * 2000-2068. Four digits are the year itself.
 */
export function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

/** An offset as written (`+01:00`, `-0530`, `+1`, `Z`, `GMT`, `UTC`) in minutes east of UTC, or null when there is none. */
export function offsetMinutes(hours: string | undefined, minutes: string | undefined, zulu: boolean): number | null {
  if (hours === undefined) return zulu ? 0 : null;
  const h = Number(hours);
  const sign = hours.startsWith('-') ? -1 : 1;
  return h * 60 + sign * Number(minutes ?? 0);
}

// A time of day anywhere in the text: 10:01, 4:01:30, 10:01:30.250, with AM/PM (a.m., p.m.) and
// an offset or zone after it. Dates written with month names put it before or after the date.
const TIME = /(?<=^|[\s,T])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?\s?m\.?(?=$|[\s,]))?(?:\s*(?:(?:GMT|UTC)?\s*([+-]\d{1,2})(?::?(\d{2}))?|(Z|GMT|UTC)\b))?/i;
// A number of a date, with the ordinal ending of its day: 19th, 1er, 3., 1º (folded to 1o).
const NUMBER = /^(\d{1,4})(st|nd|rd|th|er|e|o|a|º|ª)?$/i;
// Day and year are apart from the month word and each other by spaces, commas, dots, dashes, slashes.
const SEPARATORS = /[\s,./-]+/;

/**
 * The parts of a date written with its month's name in one of the languages of DATE_WORDS:
 * "19th November 2023", "November 19, 2023", "Mar 3, 2025 10:01 AM", "3 marca 2025", "14. Februar
 * 2026", "1er mars 2025", "5 de março de 2025", "2025. gada 3. martā", "19-Nov-23". The year is
 * the number of three or four digits; when both numbers have one or two, the first is the day and
 * the second a two-digit year (fullYear). Null when the text is not such a date: a word that is no
 * month, weekday or joining word, no month or two months, a number too many or too few.
 */
export function parseNamedDate(text: string): DateParts | null {
  let rest = text;
  let hour = 0;
  let minute = 0;
  let meridiem: string | undefined;
  let offset: number | null = null;
  const time = TIME.exec(text);
  if (time !== null) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    meridiem = time[4] === undefined ? undefined : `${time[4].toLowerCase()}m`;
    offset = offsetMinutes(time[5], time[6], time[7] !== undefined);
    rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  }
  let month: number | null = null;
  const numbers: Array<{ digits: string; ordinal: boolean }> = [];
  for (const token of rest.split(SEPARATORS)) {
    if (token === '') continue;
    const number = NUMBER.exec(token);
    if (number !== null) {
      numbers.push({ digits: number[1] as string, ordinal: number[2] !== undefined });
      continue;
    }
    const word = dateWord(token);
    if (word === undefined) return null;
    if (word === 'skip') continue;
    if (month !== null) return null;
    month = word.month;
  }
  if (month === null || numbers.length !== 2) return null;
  const [first, second] = numbers as [{ digits: string; ordinal: boolean }, { digits: string; ordinal: boolean }];
  const yearFirst = first.digits.length > 2 && second.digits.length <= 2;
  const [day, year] = yearFirst ? [second, first] : [first, second];
  if (day.digits.length > 2 || year.ordinal || (year.digits.length !== 2 && year.digits.length !== 4)) return null;
  return { year: fullYear(year.digits), month, day: Number(day.digits), hour, minute, meridiem, offset };
}
