import { describe, expect, it } from 'vitest';
import { codeComment, codePoints } from '../../src/survey/code-comment.js';
import { commentColumns } from '../../src/survey/comment-columns.js';
import type { ColumnModel, Role } from '../../src/survey/survey-model.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const vocabulary = buildVocabulary();

describe('codeComment', () => {
  it.each([
    ['', 'blank'],
    ['NA', 'blank'],
    ['-', 'noText'],
    ['...', 'noText'],
    ['\\-', 'noText'],
    // One letter or digit alone: a placeholder typed to get past a required field.
    ['x', 'noText'],
    ['0', 'noText'],
    ['n.v.', 'notApplicable'],
    ['R.A.S.', 'nothingToSay'],
    ['Aucune remarque', 'nothingToSay'],
    ['n/a', 'notApplicable'],
    ['N/A', 'notApplicable'],
    ['Weiß nicht', 'notApplicable'],
    ['Nie wiem', 'notApplicable'],
    ['none', 'nothingToSay'],
    ['No.', 'nothingToSay'],
    ['brak', 'nothingToSay'],
    ['Brak uwag.', 'nothingToSay'],
    ['keine', 'nothingToSay'],
    ['Keine Anmerkungen', 'nothingToSay'],
    // A cold trial: nothing in particular, in the seven languages, says nothing.
    ['Rien de particulier', 'nothingToSay'],
    ['Nothing in particular.', 'nothingToSay'],
    ['Nichts Besonderes', 'nothingToSay'],
    ['Nada en particular', 'nothingToSay'],
    ['Nada em especial', 'nothingToSay'],
    ['Nic szczególnego', 'nothingToSay'],
    ['Nekas īpašs', 'nothingToSay'],
    ['Rien à ajouter', 'nothingToSay'],
    ['nada', 'nothingToSay'],
    ['Nav komentāru', 'nothingToSay'],
    ['10/10', 'comment'],
    ['Ok', 'comment'],
    ['5*', 'comment'],
    ['None of the staff helped me', 'comment'],
    ['Brak możliwości płatności kartą', 'comment'],
  ])('%j is %s', (text, expected) => {
    expect(codeComment(text, vocabulary)).toBe(expected);
  });

  it('measures length in code points', () => {
    expect(codePoints('Świetnie 👍')).toBe(10);
    expect(codePoints('abc')).toBe(3);
  });
});

describe('commentColumns', () => {
  const column = (name: string, role: Role, index: number): ColumnModel => ({ index, name, question: null, role, dimension: null, scale: null, evidence: [] }) as unknown as ColumnModel;
  it.each([
    ['Any other comments?', 'comment', 'comment'],
    ['Which channels did you use? - Other (please specify)', 'unknown', 'other'],
    ['How do you identify? [Other]', 'segment', 'other'],
    ['Other (2)', 'unknown', 'other'],
    ['Welchen fachlichen Hintergrund haben Sie? - Sonstiges', 'comment', 'other'],
    ['Skąd się o nas dowiedziałeś? - Inne', 'unknown', 'other'],
    ['Kā jūs uzzinājāt par mums? - Cits', 'unknown', 'other'],
    ['Which channels did you use? - Other', 'option', null],
    ['Region', 'segment', null],
    ['Others like me would recommend it', 'item', null],
    ['Have you ever cheated on your significant other?', 'segment', null],
    ['If other, please specify', 'unknown', 'other'],
    ['Role (Other, please specify)', 'comment', 'other'],
    // A header that lists its choices with "other" last holds the choice made, not an "Other" text.
    ['Gender (male / female / other)', 'segment', null],
    ['Device: desktop, mobile or other', 'segment', null],
    ['What was the problem? (delivery, product, billing, other)', 'segment', null],
    ['Płeć (kobieta / mężczyzna / inne)', 'segment', null],
    ['Geschlecht: männlich, weiblich oder andere', 'segment', null],
    ['Role (manager, other, please specify)', 'segment', null],
  ] as const)('%j (%s) is %s', (name, role, kind) => {
    expect(commentColumns([column(name, role, 0)], vocabulary).map((c) => c.kind)).toEqual(kind === null ? [] : [kind]);
  });

  it.each([
    // Qualtrics' question row of a text typed beside a choice: the choice is its last part before " - Text".
    ['Q1_6_TEXT', 'Which branch do you use? - Other (please specify) - Text', 'other'],
    ['Q7_TEXT', 'Where did you hear of us? - Text', 'comment'],
    // The survey's own open question, whatever it ends with: no choice was typed beside.
    ['Q4', 'Is there anything else you would like to tell us? (please specify)', 'comment'],
  ] as const)('%j under the question %j is a %s text', (name, question, kind) => {
    expect(commentColumns([{ ...column(name, 'comment', 0), question }], vocabulary).map((c) => c.kind)).toEqual([kind]);
  });
});
