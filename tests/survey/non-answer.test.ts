import { describe, expect, it } from 'vitest';
import { isBlankAnswer, isNonAnswer } from '../../src/survey/non-answer.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const vocabulary = buildVocabulary();

describe('isBlankAnswer', () => {
  it.each([
    ['', true],
    // R, SPSS and Stata conversions write a missing value as NA: no answer was given.
    ['NA', true],
    // Written by a person, these say the question does not apply: non-answers, not blanks.
    ['N/A', false],
    ['n/a', false],
    ['na', false],
    ['Na', false],
    ['NaN', false],
  ])('%j → %j', (text, expected) => expect(isBlankAnswer(text)).toBe(expected));

  it('leaves NA to one\'s own codes (--missing NA)', () => {
    expect(isBlankAnswer('NA', (code) => code === 'NA')).toBe(false);
  });
});

describe('isNonAnswer', () => {
  it.each([
    ['N/A', true],
    ['No answer', true],
    ["I don't know", true],
    ['Not applicable to me', true],
    ['Prefer not to say', true],
    ['Bin mir unsicher', true],
    ['Keine Angabe', true],
    ['Nie mam zdania', true],
    ['Nezinu', true],
    // A refusal, as interviewers' and SPSS codes label it, in each language.
    ['Refused', true],
    ["Don't know / Refused", true],
    ['Refus', true],
    ['Antwort verweigert', true],
    ['Rehúsa contestar', true],
    ['Recusou responder', true],
    ['Odmowa', true],
    // French "no opinion" as a sentence, with a straight or a curly apostrophe.
    ["Je n'ai pas d'avis", true],
    ['Je n’ai pas d’avis', true],
    // A non-answer with a note, or a note of non-answer after words that are no label.
    ['Unfamiliar (N/A)', true],
    ['N/A (was not aware)', true],
    ['N/A (none offered)', true],
    ['Never heard of it (N/A)', true],
    // A non-answer carrying its code.
    ['99 = Don\'t know', true],
    ['Weiß nicht (9)', true],
    // One choice joining two non-answers by a slash or a bar; a part that is an answer keeps it one.
    ["Don't know / Not applicable", true],
    ["Don't know/N/A", true],
    ['Não sei / Não se aplica', true],
    ['Nie wiem | Nie dotyczy', true],
    ['Neutral / No opinion', false],
    ['Satisfied / N/A', false],
    ['10/01/2024', false],
    // The middle of a scale with a note stays a label; a checkbox's unticked state is no non-answer.
    ['Neutral (no opinion)', false],
    ['Not selected', false],
    ['Neutral', false],
    ['(3) Neutral', false],
  ])('%j → %j', (text, expected) => expect(isNonAnswer(text, vocabulary)).toBe(expected));
});
