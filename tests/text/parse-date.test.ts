import { describe, expect, it } from 'vitest';
import { dateOrder, parseDate, periodOf, timeZoneName } from '../../src/text/parse-date.js';

describe('dates as platforms write them', () => {
  it.each([
    ['2026-02-14', 'ymd', [2026, 2, 14]],
    ['2026-02-14 09:30:00', 'ymd', [2026, 2, 14]],
    ['2026-02-14T23:30:00Z', 'ymd', [2026, 2, 14]],
    // An offset is turned into UTC: 00:30 in UTC+1 is 23:30 the day before.
    ['2026-02-15T00:30:00+01:00', 'ymd', [2026, 2, 14]],
    ['2026-02-14 22:30:00-05:00', 'ymd', [2026, 2, 15]],
    ['2025/12/26 9:09:26 PM GMT+1', 'ymd', [2025, 12, 26]],
    ['2025/12/27 0:30:00 GMT+1', 'ymd', [2025, 12, 26]],
    ['2/14/2026 9:30:00', 'mdy', [2026, 2, 14]],
    ['2/14/2026 11:59:59 PM', 'mdy', [2026, 2, 14]],
    ['14/02/2026 09:30:00', 'dmy', [2026, 2, 14]],
    ['14.02.2026 09:30', 'dmy', [2026, 2, 14]],
  ] as const)('%s (%s)', (text, order, [year, month, day]) => {
    expect(parseDate(text, order)).toEqual({ year, month, day });
  });

  it.each([
    ['31/02/2026', 'dmy'],
    ['2026-13-01', 'ymd'],
    ['13/14/2026', 'mdy'],
    ['yesterday', 'dmy'],
    ['', 'ymd'],
    ['2/14/2026 13:00 PM', 'mdy'],
  ] as const)('%j is no date (%s): it is counted, not guessed', (text, order) => {
    expect(parseDate(text, order)).toBeNull();
  });

  // Days checked with Python's zoneinfo (datetime.astimezone(ZoneInfo(zone)).date()).
  it.each([
    ['2026-02-08T23:30:00Z', 'Europe/Warsaw', [2026, 2, 9]],
    ['2026-02-09T00:30:00+01:00', 'UTC', [2026, 2, 8]],
    ['2026-02-09T00:30:00+01:00', 'Europe/Warsaw', [2026, 2, 9]],
    ['2026-02-09T03:00:00Z', 'America/New_York', [2026, 2, 8]],
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

  it('works out the order of a column from its dates', () => {
    expect(dateOrder(['2026-02-14 09:30'])).toBe('ymd');
    expect(dateOrder(['03/02/2026', '14/02/2026'])).toBe('dmy');
    expect(dateOrder(['03/02/2026', '02/14/2026'])).toBe('mdy');
    expect(dateOrder(['3/2/2026 9:30:00 PM'])).toBe('mdy');
    expect(dateOrder(['03.02.2026'])).toBe('dmy');
    expect(dateOrder(['hello'])).toBeNull();
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
