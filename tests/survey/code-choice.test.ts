import { describe, expect, it } from 'vitest';
import { NOT_CHOSEN, TICKED, UNANSWERED, makeNamedOptionCoder, makeOptionCoder, makeRankCoder } from '../../src/survey/code-choice.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const vocabulary = buildVocabulary(undefined, ['99']);
const QUALTRICS = { ...PLAIN_FORMAT, negativeCodesMissing: true };
const EXCEL_PL = { ...PLAIN_FORMAT, decimalComma: true };

describe('a checkbox option cell', () => {
  const code = makeOptionCoder(vocabulary);
  it.each([
    ['', UNANSWERED],
    ['  ', UNANSWERED],
    ['Not selected', UNANSWERED],
    ['nie wybrano', UNANSWERED],
    ['N/A', UNANSWERED],
    ['99', UNANSWERED],
    ['-99', UNANSWERED],
    ['0', NOT_CHOSEN],
    ['No', NOT_CHOSEN],
    ['Nein', NOT_CHOSEN],
    ['1', TICKED],
    ['Yes', TICKED],
    ['Email', TICKED],
    ['3', TICKED],
  ])('%j is %i', (raw, tick) => expect(code(raw)).toBe(tick));

  it('takes a negative Qualtrics code for no answer', () => {
    expect(makeOptionCoder(vocabulary, QUALTRICS)('-1')).toBe(UNANSWERED);
    expect(code('-1')).toBe(TICKED);
  });
});

describe('a cell of a ranking whose columns are its 4 options', () => {
  const code = makeRankCoder(4, vocabulary);
  it.each([
    ['1', 1],
    [' 4 ', 4],
    ['', Number.NaN],
    ["Don't know", Number.NaN],
    ['99', Number.NaN],
    ['5', 0],
    ['0', 0],
    ['2.5', 0],
    ['top', 0],
  ])('%j is %d', (raw, rank) => expect(code(raw)).toBe(rank));

  it('reads a decimal comma as the file writes it', () => {
    expect(makeRankCoder(4, vocabulary, EXCEL_PL)('2,0')).toBe(2);
    expect(makeRankCoder(4, vocabulary, EXCEL_PL)('2,5')).toBe(0);
  });
});

describe('a cell of a ranking whose columns are rank positions', () => {
  const code = makeNamedOptionCoder(vocabulary);
  it.each([
    [' Amélie ', { key: 'amelie', text: 'Amélie' }],
    ['AMELIE', { key: 'amelie', text: 'AMELIE' }],
    ['', { key: '', text: '' }],
    ['N/A', { key: '', text: '' }],
  ])('%j is %j', (raw, named) => expect(code(raw)).toEqual(named));
});
