import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_WORDS, dateWordsOf, type DateWords } from '../../src/text/date-words.js';
import { dateOrder, dateProblem, hasExcelSerials, isPlainDate, isoDay, looksLikeDate, parseBothOrders, parseDate, periodOf, plainTimeFollows, samePlainDay, timeZoneName, type DateOrder } from '../../src/text/parse-date.js';

// One case a line: the text, the order of the column, the day it is. Days of the week and
// calendar checked with Python's datetime (strptime '%d %B %Y', '%m/%d/%y %H:%M' ...).
const DAYS: ReadonlyArray<readonly [string, DateOrder, string]> = [
  ['2026-02-14', 'ymd', '2026-02-14'],
  ['2026-02-14 09:30:00', 'ymd', '2026-02-14'],
  ['2026-02-14T23:30:00Z', 'ymd', '2026-02-14'],
  // An offset is turned into UTC: 00:30 in UTC+1 is 23:30 the day before.
  ['2026-02-15T00:30:00+01:00', 'ymd', '2026-02-14'],
  ['2026-02-14 22:30:00-05:00', 'ymd', '2026-02-15'],
  ['2025/12/26 9:09:26 PM GMT+1', 'ymd', '2025-12-26'],
  ['2025/12/27 0:30:00 GMT+1', 'ymd', '2025-12-26'],
  ['2/14/2026 9:30:00', 'mdy', '2026-02-14'],
  ['2/14/2026 11:59:59 PM', 'mdy', '2026-02-14'],
  ['14/02/2026 09:30:00', 'dmy', '2026-02-14'],
  ['14.02.2026 09:30', 'dmy', '2026-02-14'],
  ['14-02-2026', 'dmy', '2026-02-14'],
  // The time with dots, as Italian, Finnish and Danish sheets write it.
  ['10/01/2024 1.17.56', 'dmy', '2024-01-10'],
  ['11/01/2024 12.07.43', 'dmy', '2024-01-11'],
  ['14.2.2026 klo 9.30.00', 'dmy', '2026-02-14'],
  ['14.02.2026 kl. 09.30.00', 'dmy', '2026-02-14'],
  ['14.02.2026 09.30', 'dmy', '2026-02-14'],
  // Latvian writes a point after the year (a cold trial's export: "11.01.2026. 15:43").
  ['11.01.2026. 15:43', 'dmy', '2026-01-11'],
  ['11.01.2026.', 'dmy', '2026-01-11'],
  // Year first whatever the column's order.
  ['2026-02-14', 'mdy', '2026-02-14'],
  // Two-digit years as POSIX strptime's %y: 00-68 are 2000-2068, 69-99 are 1969-1999.
  ['5/10/18 4:01', 'mdy', '2018-05-10'],
  ['5/10/18 4:01', 'dmy', '2018-10-05'],
  ['12/31/99 23:59', 'mdy', '1999-12-31'],
  ['1/1/69', 'mdy', '1969-01-01'],
  ['31/12/68', 'dmy', '2068-12-31'],
  ['01.03.00', 'dmy', '2000-03-01'],
  ['6/12/23 4:01:09 p.m.', 'mdy', '2023-06-12'],
  // Month names: any order of the column, any case, with or without diacritics.
  ['19th November 2023', 'dmy', '2023-11-19'],
  ['19th November 2023', 'mdy', '2023-11-19'],
  ['1st Dec 2023', 'ymd', '2023-12-01'],
  ['2nd of March, 2024', 'dmy', '2024-03-02'],
  ['23rd Sept 2023', 'dmy', '2023-09-23'],
  ['November 19, 2023', 'mdy', '2023-11-19'],
  ['Mar 3, 2025 10:01 AM', 'dmy', '2025-03-03'],
  ['Tuesday, March 4, 2025 11:59 PM', 'dmy', '2025-03-04'],
  ['19-Nov-23', 'dmy', '2023-11-19'],
  ['2023-Nov-19', 'dmy', '2023-11-19'],
  ['3 marca 2025', 'dmy', '2025-03-03'],
  ['3 marca 2025 r. o godz. 10:15', 'dmy', '2025-03-03'],
  ['12 października 2024', 'dmy', '2024-10-12'],
  ['12 pazdziernika 2024', 'dmy', '2024-10-12'],
  ['1 styczeń 2025', 'dmy', '2025-01-01'],
  ['14. Februar 2026', 'dmy', '2026-02-14'],
  ['14. MÄRZ 2026 um 10:01 Uhr', 'dmy', '2026-03-14'],
  ['3. Jänner 2026', 'dmy', '2026-01-03'],
  ['1er mars 2025', 'dmy', '2025-03-01'],
  ['15 août 2025 à 14:30', 'dmy', '2025-08-15'],
  ['lundi 2 févr. 2026', 'dmy', '2026-02-02'],
  ['5 de março de 2025', 'dmy', '2025-03-05'],
  ['1º de dezembro de 2024', 'dmy', '2024-12-01'],
  ['segunda-feira, 6 de outubro de 2025', 'dmy', '2025-10-06'],
  ['7 de septiembre de 2025', 'dmy', '2025-09-07'],
  ['7 set 2025', 'dmy', '2025-09-07'],
  ['2025. gada 3. martā', 'dmy', '2025-03-03'],
  ['2025. gada 3. marta', 'mdy', '2025-03-03'],
  ['3. aprīlī 2025', 'dmy', '2025-04-03'],
  // Leap days.
  ['29 February 2024', 'dmy', '2024-02-29'],
  ['2/29/24', 'mdy', '2024-02-29'],
];

// Text that is no date in that order: counted, not guessed.
const NO_DAYS: ReadonlyArray<readonly [string, DateOrder]> = [
  ['31/02/2026', 'dmy'],
  ['2026-13-01', 'ymd'],
  ['13/14/2026', 'mdy'],
  ['yesterday', 'dmy'],
  ['', 'ymd'],
  ['2/14/2026 13:00 PM', 'mdy'],
  ['14/02/2026', 'ymd'],
  // Hours, minutes and seconds split by colons and dots at once: no time a sheet writes.
  ['14/02/2026 9:30.00', 'dmy'],
  ['14/02/2026 9.30:00', 'dmy'],
  // The point after the year is a four-digit year's, after points: "1.2.34." is a version.
  ['1.2.34.', 'dmy'],
  ['11/01/2026. 15:43', 'dmy'],
  ['29 February 2023', 'dmy'],
  ['30 lutego 2025', 'dmy'],
  // No such day with an offset either: it does not roll over into March.
  ['2026-02-31T10:00:00Z', 'ymd'],
  ['2026-02-29T23:30:00+02:00', 'ymd'],
  ['2025-04-31 08:00:00 UTC', 'dmy'],
  ['November 2023', 'dmy'],
  ['19 November', 'dmy'],
  ['19th November 2023 survey', 'dmy'],
  ['19 Nov Dec 2023', 'dmy'],
  ['19 November 2023 2024', 'dmy'],
  ['November 19th, 2023rd', 'dmy'],
  ['45292', 'dmy'],
  ['Q4 2023', 'dmy'],
];

describe('dates as platforms write them', () => {
  it.each(DAYS)('%s (%s) is %s', (text, order, day) => {
    const got = parseDate(text, order);
    expect(got === null ? null : isoDay(got)).toBe(day);
  });

  it.each(NO_DAYS)('%j is no date (%s): it is counted, not guessed', (text, order) => {
    expect(parseDate(text, order)).toBeNull();
  });

  // Excel serial day numbers, only where the caller allows them; day 45292 is 2024-01-01 (Python:
  // date(1899, 12, 30) + timedelta(days=45292)). 32874 is 1990-01-01 and 73050 is 2099-12-31.
  it.each([
    ['45292', '2024-01-01'],
    ['45292.5', '2024-01-01'],
    ['45292,99', '2024-01-01'],
    ['32874', '1990-01-01'],
    ['73050', '2099-12-31'],
    ['45351', '2024-02-29'],
    ['32873', null],
    ['73051', null],
    ['4529', null],
    ['-45292', null],
  ] as const)('the serial %s is %s when serials are allowed', (text, day) => {
    const got = parseDate(text, 'dmy', 'UTC', true);
    expect(got === null ? null : isoDay(got)).toBe(day);
    expect(parseDate(text, 'dmy')).toBeNull();
  });

  it('reads a timestamp column as Excel serials when some values are, and every value written as a number is one', () => {
    expect(hasExcelSerials(['45292', '', '45293.5'])).toBe(true);
    expect(hasExcelSerials(['45292', '2024-01-02 10:00'])).toBe(true);
    expect(hasExcelSerials(['45292', '7'])).toBe(false);
    expect(hasExcelSerials(['2024-01-02'])).toBe(false);
  });

  it.each([
    ['', 'dmy', 'blank'],
    ['  ', 'mdy', 'blank'],
    ['12/25/2023', 'dmy', 'otherOrder'],
    ['25/12/2023', 'mdy', 'otherOrder'],
    ['14/02/2026', 'ymd', 'otherOrder'],
    ['31/02/2026', 'dmy', 'invalid'],
    ['13/14/2026', 'mdy', 'invalid'],
    ['2026-02-30', 'ymd', 'invalid'],
    ['2026-02-30T10:00:00-05:00', 'ymd', 'invalid'],
    ['2/14/2026 13:00 PM', 'mdy', 'invalid'],
    ['31 lutego 2025', 'dmy', 'invalid'],
    ['yesterday', 'dmy', 'notADate'],
    ['45292', 'dmy', 'notADate'],
  ] as const)('%j in a %s column: %s', (text, order, problem) => {
    expect(parseDate(text, order)).toBeNull();
    expect(dateProblem(text, order)).toBe(problem);
  });

  it('says which texts look like dates, for the detection of a timestamp column', () => {
    for (const [text] of DAYS) expect(looksLikeDate(text), text).toBe(true);
    for (const text of ['yesterday', '45292', '4.5', 'Q4 2023', '31/02/2026', 'I ordered 3 items on 2 March', '']) expect(looksLikeDate(text), text).toBe(false);
  });

  it('keeps every month word of the seven languages to one month', () => {
    expect(DATE_WORDS.map((t) => t.language)).toEqual(['en', 'pl', 'lv', 'de', 'fr', 'es', 'pt']);
    expect(() => dateWordsOf(DATE_WORDS)).not.toThrow();
    const clash = { language: 'xx', months: [['mar'], [], [], [], [], [], [], [], [], [], [], ['mar']], weekdays: [], joiners: [] } as unknown as DateWords;
    expect(() => dateWordsOf([clash])).toThrow(/date word "mar" \(xx\) means two things/);
  });

  // Days checked with Python's zoneinfo (datetime.astimezone(ZoneInfo(zone)).date()).
  it.each([
    ['2026-02-08T23:30:00Z', 'Europe/Warsaw', [2026, 2, 9]],
    ['2026-02-09T00:30:00+01:00', 'UTC', [2026, 2, 8]],
    ['2026-02-09T00:30:00+01:00', 'Europe/Warsaw', [2026, 2, 9]],
    ['2026-02-09T03:00:00Z', 'America/New_York', [2026, 2, 8]],
    // A bare UTC or GMT is an offset of zero, as Z is.
    ['2024-05-03 23:30:00 UTC', 'Europe/Warsaw', [2024, 5, 4]],
    ['2026-02-08 23:30:00 GMT', 'Europe/Warsaw', [2026, 2, 9]],
    // Summer time: Warsaw is UTC+2 in July, so 22:30 UTC is past midnight there; in January it is not.
    ['2026-07-01T22:30:00Z', 'Europe/Warsaw', [2026, 7, 2]],
    ['2026-01-01T22:30:00Z', 'Europe/Warsaw', [2026, 1, 1]],
    ['2026-01-01T22:30:00Z', 'Asia/Kolkata', [2026, 1, 2]],
    // A time without an offset is taken to be in the zone already.
    ['2026-02-08 23:30:00', 'Asia/Kolkata', [2026, 2, 8]],
    ['2/8/2026 11:30:00 PM', 'America/New_York', [2026, 2, 8]],
  ] as const)('%s falls in %s on the day zoneinfo gives', (text, zone, [year, month, day]) => {
    expect(parseDate(text, text.includes('/') ? 'mdy' : 'ymd', zone)).toEqual({ year, month, day });
  });

  it('knows the IANA zones by their names, in any case', () => {
    expect(timeZoneName('europe/warsaw')).toBe('Europe/Warsaw');
    expect(timeZoneName('Mars/Olympus_Mons')).toBeNull();
  });

});

describe('a date read in both orders', () => {
  it.each([
    ['5/1/18 3:06', '2018-01-05', '2018-05-01'],
    ['05.01.2026', '2026-01-05', '2026-05-01'],
    ['13/4/2026', '2026-04-13', null],
    ['4/13/2026 9:30 PM', null, '2026-04-13'],
    ['2026-02-14', '2026-02-14', '2026-02-14'],
    ['2026-02-14T09:30:00', '2026-02-14', '2026-02-14'],
    ['2026-02-14 9:30', '2026-02-14', '2026-02-14'],
    ['2026-02-14 24:00', null, null],
    ['  2026-02-14 23:59:59.5 ', '2026-02-14', '2026-02-14'],
    ['2026-02-14T23:30:00+02:00', '2026-02-14', '2026-02-14'],
    ['2026-02-31 10:00', null, null],
    ['3 April 2026', '2026-04-03', '2026-04-03'],
  ] as const)('%j: day first %s, month first %s', (text, dayFirst, monthFirst) => {
    const [dmy, mdy] = parseBothOrders(text);
    expect([dmy === null ? null : isoDay(dmy), mdy === null ? null : isoDay(mdy)]).toEqual([dayFirst, monthFirst]);
  });
});

describe('the time after a year-first date, read character by character', () => {
  // The expression plainTimeFollows stands for: a time of day without offset or AM/PM.
  const PLAIN_TIME = /^[ T]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?$/;
  const check = (time: string) => expect(plainTimeFollows(`2026-02-14${time}`), JSON.stringify(time)).toBe(PLAIN_TIME.test(time));

  it('takes what the expression takes, and nothing else', () => {
    for (const time of ['', ' ', 'T', ' 9:30', 'T09:30', ' 23:59:59', ' 23:59:59.125', ' 24:00', ' 19:60', ' 9:5', ' 09:30:', ' 09:30:00.', ' 09:30 ', ' 09:30Z', ' 09:30+01:00', ' 123:00', ' 2:30', '  09:30', ' 09:30:00.5x']) check(time);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(' ', 'T', '0', '1', '2', '3', '4', '5', '6', '9', ':', '.', 'Z'), maxLength: 14 }), (time) => plainTimeFollows(`2026-02-14${time}`) === PLAIN_TIME.test(time)), { numRuns: 5000 });
    fc.assert(fc.property(fc.stringMatching(PLAIN_TIME), (time) => plainTimeFollows(`2026-02-14${time}`)), { numRuns: 1000 });
  });
});

describe('a plain date, and another of the same day', () => {
  // Texts near a plain date: digits, dashes, a T, spaces, colons, an offset, AM/PM; and dates of
  // two-digit years whose leading spaces make them ten characters long, dashes where a plain date
  // has them.
  const nearDate = fc.tuple(fc.constantFrom('2026-03-02', '2026-03-09', '2026-02-29', '2026-3-02', '2026-03-0x', ' 2026-03-02', '02/03/2026', '  02-03-14', '   2-03-14', '\u00a0\u00a002-03-14', '  13-02-14', '  02-13-14'), fc.string({ unit: fc.constantFrom(' ', 'T', '0', '1', '2', '5', '9', ':', '.', '+', 'Z', 'PM'), maxLength: 12 })).map(([date, time]) => `${date}${time}`);
  const readings = (text: string) => (['dmy', 'mdy', 'ymd'] as const).flatMap((order) => ['UTC', 'Asia/Tokyo', 'America/New_York'].map((zone) => parseDate(text, order, zone)));

  it('isPlainDate: a date read as the day its first ten characters write, whatever the order and zone', () => {
    expect(['2026-03-02', '2026-03-02 10:00', '2026-03-02T10:00:30.5'].every(isPlainDate)).toBe(true);
    expect([' 2026-03-02', '2026-03-02 ', '2026-03-02 10:00Z', '2026-03-02 25:00', '2026-3-02', '02/03/2026', '  02-03-14', '2026-03-0x'].some(isPlainDate)).toBe(false);
    fc.assert(
      fc.property(nearDate, (text) => {
        if (!isPlainDate(text)) return;
        for (const day of readings(text)) expect(day).toEqual(parseDate(text.slice(0, 10), 'ymd'));
      }),
      { numRuns: 3000 },
    );
  });

  it('samePlainDay: read as the plain date before it is, whatever the order and zone', () => {
    expect(samePlainDay('2026-03-02 23:59', '2026-03-02 00:01')).toBe(true);
    expect(samePlainDay('2026-03-02 24:00', '2026-03-02 00:01')).toBe(false);
    expect(samePlainDay('2026-03-09 00:01', '2026-03-02 00:01')).toBe(false);
    fc.assert(
      fc.property(nearDate, nearDate, (text, previous) => {
        if (!isPlainDate(previous) || !samePlainDay(text, previous)) return;
        expect(readings(text)).toEqual(readings(previous));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the order of day and month in a column', () => {
  // One case a line: the sampled dates, and the order found.
  it.each([
    [['2026-02-14 09:30'], 'ymd'],
    [['03/02/2026', '14/02/2026'], 'dmy'],
    [['03/02/2026', '02/14/2026'], 'mdy'],
    // The evidence may come last in the sample.
    [[...Array<string>(999).fill('12/6/2023 10:00'), '12/13/2023 10:00'], 'mdy'],
    // No date tells: AM/PM suggests month first, dots day first, and otherwise day first.
    [['3/2/2026 9:30:00 PM'], 'mdy'],
    [['03.02.2026'], 'dmy'],
    // A time written with dots (Italian, Finnish, Danish sheets) is read, and its dots say day first too.
    [['03/02/2026 1.17.56'], 'dmy'],
    [['03/02/2026', '04/02/2026'], 'dmy'],
    [['5/10/18 4:01', '5/13/18 9:12'], 'mdy'],
    [['19th November 2023', '3 marca 2025'], 'dmy'],
    [['19th November 2023', '11/20/2023'], 'mdy'],
    // A sampled date of another form does not hide the evidence of the others.
    [['2026-02-14', '13/02/2026'], 'dmy'],
  ] as const)('%j: %s', (samples, order) => {
    expect(dateOrder(samples)).toEqual({ kind: 'order', order });
  });

  it('says when the column has no date, or dates that read day first only and others month first only', () => {
    expect(dateOrder(['hello', ''])).toEqual({ kind: 'noDate' });
    expect(dateOrder(['12/6/2023', '13/12/2023', '12/14/2023'])).toEqual({ kind: 'conflict', dayFirst: '13/12/2023', monthFirst: '12/14/2023' });
  });
});

describe('periods', () => {
  // ISO 8601 weeks, as Python's date.isocalendar() gives them: 1 January 2026 (a Thursday) is in
  // 2026-W01; 1 January 2027 (a Friday) in 2026-W53; Monday 30 December 2024 starts 2025-W01.
  it.each([
    [[2026, 1, 1], '2026-W01', '2025-12-29', '2026-01-04'],
    [[2027, 1, 1], '2026-W53', '2026-12-28', '2027-01-03'],
    [[2024, 12, 30], '2025-W01', '2024-12-30', '2025-01-05'],
    [[2026, 2, 14], '2026-W07', '2026-02-09', '2026-02-15'],
  ] as const)('%j is in %s', ([year, month, day], period, start, end) => {
    expect(periodOf({ year, month, day }, 'week')).toEqual({ period, start, end });
  });

  it('labels days, months and quarters', () => {
    const day = { year: 2024, month: 2, day: 29 };
    expect(periodOf(day, 'day')).toEqual({ period: '2024-02-29', start: '2024-02-29', end: '2024-02-29' });
    expect(periodOf(day, 'month')).toEqual({ period: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf(day, 'quarter')).toEqual({ period: '2024-Q1', start: '2024-01-01', end: '2024-03-31' });
  });
});
