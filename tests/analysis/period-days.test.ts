import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis } from '../../src/analysis/analyze-survey.js';
import { PeriodAnalysis } from '../../src/analysis/period-analysis.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import type { DateOrder } from '../../src/text/parse-date.js';
import { ROOT } from '../helpers/run-cli.js';

// A row whose date is the same plain day as the row before it (`2026-03-02 10:00`, then
// `2026-03-02 11:30`) takes that row's period without its date being read again. These rows follow
// a plain date of the same day but are not such a date: each must be read as it is written.

const [header, ...sample] = parse(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'))) as string[][];
const model = buildSurveyModel(plainHeader(header as string[]), sample.slice(0, 1000));
const languageOf = await loadCommentLanguage();

const DATES: ReadonlyArray<[written: string, period: string | null]> = [
  ['2026-03-02 10:00', '2026-W10'],
  // No such hour or minute: in no period, though its day is that of the row before.
  ['2026-03-02 25:00', null],
  ['2026-03-02 10:61', null],
  ['2026-03-02 10:00', '2026-W10'],
  // An offset: 01:00 at UTC+5 is the evening before, in UTC, and a Sunday of the week before.
  ['2026-03-02 01:00+05:00', '2026-W09'],
  ['2026-03-02 10:00', '2026-W10'],
  // Space around the date, a T, the day alone, seconds and their fraction: the same day.
  [' 2026-03-02 11:00', '2026-W10'],
  ['2026-03-02 11:00 ', '2026-W10'],
  ['2026-03-02T12:00', '2026-W10'],
  ['2026-03-02', '2026-W10'],
  ['2026-03-02 12:00:30.25', '2026-W10'],
  // A day of the same first ten characters that does not exist, after one that does.
  ['2026-02-28 09:00', '2026-W09'],
  ['2026-02-29 09:00', null],
  ['2026-03-09 08:00', '2026-W11'],
  ['2026-03-09 8:00', '2026-W11'],
  ['2026-03-09 8:00 PM', '2026-W11'],
];

interface Periods {
  periods: Record<string, number>;
  unparsed: number;
  order: string | undefined;
}

/** The rows of `dates`, each with a row of the sample; with `clearAt`, saved, cleared and loaded again before that row. */
function periodsOf(dates: readonly string[], dateOrder: DateOrder, dateOrderGiven: boolean, clearAt?: number): Periods {
  const template = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf });
  const analysis = new PeriodAnalysis(template, template, { column: { index: 1, name: 'Submitted At' }, dateOrder, dateOrderGiven, excelSerials: false, timeZone: 'UTC', period: 'week', adjust: 'holm', confidenceLevel: 0.95 });
  analysis.useFormat(PLAIN_FORMAT);
  dates.forEach((date, i) => {
    if (i === clearAt) {
      const state = analysis.save();
      analysis.clear();
      analysis.load(state);
    }
    const row = [...(sample[i % sample.length] as string[])];
    row[1] = date;
    analysis.addRow(row, i + 2);
  });
  const report = analysis.report([]);
  return { periods: Object.fromEntries(report.periods?.map((p) => [p.period, p.respondents]) ?? []), unparsed: report.periodization?.unparsed ?? -1, order: report.periodization?.dateOrder };
}

describe('the rows of one day', () => {
  const expected = { periods: {} as Record<string, number>, unparsed: 0 };
  for (const [, period] of DATES) {
    if (period === null) expected.unparsed += 1;
    else expected.periods[period] = (expected.periods[period] ?? 0) + 1;
  }

  it.each([
    ['ymd', true],
    ['dmy', false],
    ['mdy', true],
  ] as const)('each date read as written, %s (given: %s)', (order, given) => {
    const { periods, unparsed } = periodsOf(DATES.map(([written]) => written), order, given);
    expect({ periods, unparsed }).toEqual(expected);
  });

  it('gives the same periods to the rows in any order', () => {
    const dates = DATES.map(([written]) => written);
    const reversed = [...dates].reverse();
    const interleaved = dates.map((_, i) => dates[(i * 7) % dates.length] as string);
    for (const order of [reversed, interleaved]) {
      const { periods, unparsed } = periodsOf(order, 'dmy', false);
      expect({ periods, unparsed }).toEqual(expected);
    }
  });

  it('counts each row of a date that reads otherwise day first and month first, however many follow each other', () => {
    // Ten characters with dashes where a plain date has them, but two-digit years: 13 February 2014
    // read only day first, 13 February read only month first; the rows that read one way only
    // decide the order (month first), the others are in no period.
    const dates = [...Array<string>(2).fill('  13-02-14'), ...Array<string>(3).fill('  02-13-14'), ...Array<string>(2).fill('2014-02-10 09:00')];
    const interleaved = dates.map((_, i) => dates[(i * 3) % dates.length] as string);
    const together = periodsOf(dates, 'dmy', false);
    expect(together).toEqual(periodsOf(interleaved, 'dmy', false));
    expect(together).toEqual({ periods: { '2014-W07': 5 }, unparsed: 2, order: 'mdy' });
  });

  it('reads the rows after a state is saved, the analysis cleared and the state loaded as if none had been', () => {
    const dates = DATES.map(([written]) => written);
    const whole = periodsOf(dates, 'dmy', false);
    for (const at of [1, 4, 9, 14]) expect(periodsOf(dates, 'dmy', false, at)).toEqual(whole);
  });
});
