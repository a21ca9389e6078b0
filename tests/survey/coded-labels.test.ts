import { describe, expect, it } from 'vitest';
import { codedAnswerValue, parseBareCode, parseCodedLabel } from '../../src/survey/coded-labels.js';
import type { Scale } from '../../src/survey/scale.js';

describe('parseCodedLabel', () => {
  it.each([
    ['(1) Not useful at all', { code: 1, words: 'Not useful at all' }],
    ['[2] Poor', { code: 2, words: 'Poor' }],
    ['Sehr erfolgreich (6)', { code: 6, words: 'Sehr erfolgreich' }],
    ['1 - Very poor', { code: 1, words: 'Very poor' }],
    ['1 – Very poor', { code: 1, words: 'Very poor' }],
    ['5 = Excellent', { code: 5, words: 'Excellent' }],
    ['1. Strongly disagree', { code: 1, words: 'Strongly disagree' }],
    ['1) Strongly disagree', { code: 1, words: 'Strongly disagree' }],
    ['10 - Extremely likely', { code: 10, words: 'Extremely likely' }],
    ['0 = Not at all likely', { code: 0, words: 'Not at all likely' }],
    ['Very poor - 1', { code: 1, words: 'Very poor' }],
    // Not codes: ranges, counts, decimals, times, dates, words with a number in them.
    ['1-25%', null],
    ['100-500', null],
    ['5 - 10 years', null],
    ['2.5', null],
    ['10:30 am', null],
    ['2024-05-03', null],
    ['COVID-19', null],
    ['Top 3', null],
    ['3', null],
    ['(3)', null],
  ])('%j → %j', (text, expected) => expect(parseCodedLabel(text)).toEqual(expected));
});

describe('parseBareCode', () => {
  it.each([
    ['3', 3],
    ['(3)', 3],
    [' [10] ', 10],
    ['11', null],
    ['(3) Fair', null],
    ['3.5', null],
  ])('%j → %j', (text, expected) => expect(parseBareCode(text)).toBe(expected));
});

describe('codedAnswerValue', () => {
  const agreement: Scale = { kind: 'labels', min: 1, max: 5, labels: { '1': 'Strongly disagree', '5': 'Strongly agree' }, labelSet: 'agreement-5', reversed: false };
  const agreementValues = new Map([['strongly disagree', 1], ['disagree', 2], ['neutral', 3], ['agree', 4], ['strongly agree', 5]]);
  const coded: Scale = { kind: 'labels', min: 1, max: 6, labels: { '1': 'Not useful at all', '2': '2', '3': '3', '4': '4', '5': '5', '6': 'Very useful' }, labelSet: 'coded', reversed: false };
  const codedValues = new Map([['not useful at all', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['very useful', 6]]);
  const zeroToTen: Scale = { kind: 'numeric', min: 0, max: 10, labels: null, labelSet: null, reversed: false };
  it.each([
    [agreement, agreementValues, '5 = Strongly agree', 5],
    [agreement, agreementValues, '2. Disagree', 2],
    // The code and the words disagree: no answer on the scale.
    [agreement, agreementValues, '1 = Strongly agree', undefined],
    [agreement, agreementValues, '7 = Strongly agree', undefined],
    [coded, codedValues, '(6) Very useful', 6],
    [coded, codedValues, '(3) Somewhat useful', 3],
    [coded, codedValues, '(3)', 3],
    [coded, codedValues, '4', 4],
    [coded, codedValues, '(7)', undefined],
    [coded, codedValues, '(6) Not useful at all', undefined],
    [zeroToTen, new Map<string, number>(), '10 - Extremely likely', 10],
    [zeroToTen, new Map<string, number>(), '0 = Not at all likely', 0],
  ] as const)('%#: %j', (scale, values, text, expected) => expect(codedAnswerValue(text, scale, values)).toBe(expected));
});
