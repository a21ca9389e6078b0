import { describe, expect, it } from 'vitest';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';

// A column of numbers becomes the timestamp only when its header names a date or time and every
// sampled value is an Excel serial day number of 1990 to 2099 (32874 to 73050).
function timestampOf(name: string, values: readonly string[]): string | null {
  const rows = values.map((value, i) => [value, String((i % 5) + 1)]);
  const model = buildSurveyModel(plainHeader([name, 'Delivery speed (1-5)']), rows);
  return model.timestamp === null ? null : (model.columns[model.timestamp]?.name ?? null);
}

const SERIALS = ['45292', '45293.5', '45300.25', '', '45310,75'];

describe('a column of Excel serial dates', () => {
  it.each([
    ['Date', SERIALS, 'Date'],
    ['Submission date', SERIALS, 'Submission date'],
    ['Data wypełnienia', SERIALS, 'Data wypełnienia'],
    ['Zeitstempel', SERIALS, 'Zeitstempel'],
    // No header keyword: plain numbers.
    ['Order number', SERIALS, null],
    ['Customer ID', ['45292', '45293', '45294'], null],
    // One value out of the range, or not a serial at all: not dates.
    ['Date', [...SERIALS, '12'], null],
    ['Date', [...SERIALS, '80000'], null],
    ['Date', ['1', '2', '3'], null],
    ['Date', [...SERIALS, 'soon'], null],
  ] as const)('%s of %j: timestamp %s', (name, values, expected) => {
    expect(timestampOf(name, values)).toBe(expected);
  });

  it('says why', () => {
    const model = buildSurveyModel(plainHeader(['Date', 'Delivery speed (1-5)']), SERIALS.map((v) => [v, '3']));
    expect(model.columns[0]?.evidence).toEqual(['header keyword "date" (en); 4 of 4 sampled values are Excel serial day numbers (32874 to 73050: 1990 to 2099)']);
  });
});
