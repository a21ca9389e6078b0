import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnswerCoder, PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import type { Scale } from '../../src/survey/scale.js';
import { profileValues } from '../../src/survey/profile-values.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const vocabulary = buildVocabulary();
const oneToFive: Scale = { kind: 'numeric', min: 1, max: 5, labels: null, labelSet: null, reversed: false };
const agreement: Scale = { kind: 'labels', min: 1, max: 5, labels: { '1': 'Strongly disagree', '2': 'Disagree', '3': 'Neutral', '4': 'Agree', '5': 'Strongly agree' }, labelSet: 'agreement-5', reversed: false };
const yesNo: Scale = { kind: 'binary', min: 0, max: 1, labels: { '0': 'No', '1': 'Yes' }, labelSet: null, reversed: true };

describe('makeAnswerCoder', () => {
  it.each([
    [oneToFive, '4', 4],
    [oneToFive, ' 5 ', 5],
    [oneToFive, '', 'blank'],
    [oneToFive, '   ', 'blank'],
    [oneToFive, 'N/A', 'notApplicable'],
    [oneToFive, "Don't know", 'notApplicable'],
    [oneToFive, 'n.a.', 'notApplicable'],
    [oneToFive, '6', 'outOfScale'],
    [oneToFive, '0', 'outOfScale'],
    [oneToFive, '-99', 'outOfScale'],
    [oneToFive, '4.5', 'notInteger'],
    [oneToFive, 'great', 'invalid'],
    [agreement, 'Strongly agree', 5],
    [agreement, 'STRONGLY  DISAGREE', 1],
    [agreement, 'neutral', 3],
    // Variants of the label set code too, not only the label shown.
    [agreement, 'Neither agree nor disagree', 3],
    [agreement, 'Somewhat agree', 4],
    [agreement, 'Agree somewhat', 'invalid'],
    [agreement, 'Not applicable', 'notApplicable'],
    [yesNo, 'Yes', 1],
    [yesNo, 'no', 0],
    [yesNo, 'Maybe', 'invalid'],
    [yesNo, '1', 1],
    [yesNo, '0', 0],
    [yesNo, '2', 'outOfScale'],
    // R writes a missing value as NA: a blank. "N/A" written with a slash stays a non-answer.
    [oneToFive, 'NA', 'blank'],
    [agreement, 'NA', 'blank'],
    [agreement, 'N/A', 'notApplicable'],
    [agreement, 'Unfamiliar (N/A)', 'notApplicable'],
    [agreement, 'N/A (was not aware)', 'notApplicable'],
    [oneToFive, "99 = Don't know", 'notApplicable'],
    // An answer carrying its code counts by the code where the scale agrees.
    [agreement, '5 = Strongly agree', 5],
    [agreement, '(2) Disagree', 2],
    [agreement, '1 = Strongly agree', 'invalid'],
    [oneToFive, '5 - Excellent', 5],
    [oneToFive, '6 - Excellent', 'outOfScale'],
  ] as const)('%#: %j on %j', (scale, raw, expected) => {
    expect(makeAnswerCoder(scale, vocabulary)(raw)).toBe(expected);
  });

  it('takes NA as one\'s own code for a non-answer when --missing names it', () => {
    expect(makeAnswerCoder(oneToFive, buildVocabulary(undefined, ['NA']))('NA')).toBe('notApplicable');
  });

  it('takes a code for no answer written as a number otherwise ("99.0", "99,0") as that code', () => {
    // A cold trial: a warehouse's numeric(4,1) column wrote 99 as 99.0, counted off the scale.
    const code = makeAnswerCoder(oneToFive, buildVocabulary(undefined, ['99']));
    expect([code('99'), code('99.0'), code(' 99.00 '), code('98.0'), code('5.0')]).toEqual(['notApplicable', 'notApplicable', 'notApplicable', 'outOfScale', 5]);
    expect(makeAnswerCoder(oneToFive, vocabulary, { ...PLAIN_FORMAT, decimalComma: true }, { missing: ['-9'] })('-9,0')).toBe('notApplicable');
    // Detection reads it so too: a 1-5 question, not a quantity running 1..99.
    const profile = profileValues([['5.0'], ['99.0'], ['4.0'], ['1.0']], 0, buildVocabulary(undefined, ['99']));
    expect([profile.min, profile.max, profile.notApplicable]).toEqual([1, 5, 1]);
  });

  it('gives the same answer from its cache as the first time', () => {
    const code = makeAnswerCoder(agreement, vocabulary);
    expect([code('Agree'), code('Agree'), code('N/A'), code('N/A')]).toEqual([4, 4, 'notApplicable', 'notApplicable']);
  });

  it('codes each text as a coder of its own would, whatever came before it', () => {
    // One character ('1' and 'q', 'x' and '8' a multiple of 64 apart), none, spaces around, labels,
    // numbers, decimal commas, quote prefixes, codes of the column's own: each text remembered apart.
    const texts = ['5', ' 5', '5 ', '', ' ', '  ', '1', 'q', '9', '0', '8', 'x', '10', '.', 'N', 'NA', 'N/A', 'Agree', 'agree', ' Agree', 'Top', '4.5', '4,5', '-1', "'-1", '99', '٥', 'é'];
    const formats = [PLAIN_FORMAT, { decimalComma: true, negativeCodesMissing: true, quotePrefix: true }];
    const owns = [{}, { missing: ['99', 'x'], aliases: { Top: 5 } }];
    for (const scale of [oneToFive, agreement, yesNo]) {
      for (const format of formats) {
        for (const own of owns) {
          const alone = new Map(texts.map((text) => [text, makeAnswerCoder(scale, vocabulary, format, own)(text)]));
          fc.assert(
            fc.property(fc.array(fc.constantFrom(...texts), { maxLength: 40 }), (order) => {
              const code = makeAnswerCoder(scale, vocabulary, format, own);
              for (const text of order) expect(code(text), JSON.stringify(text)).toBe(alone.get(text));
            }),
            { numRuns: 100 },
          );
        }
      }
    }
  });
});
