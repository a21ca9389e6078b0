import { describe, expect, it } from 'vitest';
import { checkboxQuestions, optionLabel, rankingQuestions } from '../../src/survey/choice-questions.js';
import type { ColumnModel } from '../../src/survey/survey-model.js';

describe('optionLabel: the option a column stands for', () => {
  it.each([
    ['Which channels did you use? - Email', null, 'Which channels did you use?', 'Email'],
    ['Which channels? – Live chat', null, 'Which channels?', 'Live chat'],
    ['Which features do you use? [Search]', null, 'Which features do you use?', 'Search'],
    ['Best movies [Rank 1]', null, 'Best movies', 'Rank 1'],
    ['Q3_1', null, 'Q3', 'Q3_1'],
    ['Q3_2', 'Which channels did you use? - Selected Choice - E-mail', 'Q3', 'E-mail'],
    ['Q3_3', 'Which channels did you use?', 'Q3', 'Q3_3'],
    ['Anxiety Disorder', null, 'Anxiety Disorder', 'Anxiety Disorder'],
    ['grp_contact/channels/phone', 'phone', 'grp_contact/channels', 'phone'],
    // LimeSurvey's "question code & question text" headings: the subquestion's code follows the question's.
    ['G01Q02[SQ001]. How did you contact us? [Hotline]', 'How did you contact us? [Hotline]', 'G01Q02. How did you contact us?', 'Hotline'],
    ['G03Q04[other]. Worüber haben Sie sich beschwert? [Sonstiges]', null, 'G03Q04. Worüber haben Sie sich beschwert?', 'Sonstiges'],
  ])('%s (question text %j) of %j → %j', (name, question, of, label) => {
    expect(optionLabel({ name, question }, of)).toBe(label);
  });
});

describe('checkbox and ranking questions of a survey', () => {
  const column = (index: number, name: string, role: ColumnModel['role'], partOf: string | null, rankLayout?: ColumnModel['rankLayout']): ColumnModel => ({ index, name, question: null, role, dimension: null, scale: null, evidence: [], unmapped: [], partOf, ...(rankLayout === undefined ? {} : { rankLayout }) });
  const columns = [
    column(0, 'Q3_1', 'option', 'Q3'),
    column(1, 'Anxiety', 'option', null),
    column(2, 'Q3_2', 'option', 'Q3'),
    column(3, 'Depression', 'option', null),
    column(4, 'Best [Rank 1]', 'ranking', 'Best', 'positions'),
    column(5, 'Best [Rank 2]', 'ranking', 'Best', 'positions'),
    column(6, 'Set by the config', 'ranking', null),
  ];

  it('groups options by their question, in the order of its first column; an option of no question stands alone', () => {
    expect(checkboxQuestions(columns).map((q) => [q.question, q.columns.map((c) => c.index), q.labels])).toEqual([
      ['Q3', [0, 2], ['Q3_1', 'Q3_2']],
      ['Anxiety', [1], ['Anxiety']],
      ['Depression', [3], ['Depression']],
    ]);
  });

  it('groups rankings likewise, with their layout (options where none is given)', () => {
    expect(rankingQuestions(columns).map((q) => [q.question, q.layout, q.labels])).toEqual([
      ['Best', 'positions', ['Rank 1', 'Rank 2']],
      ['Set by the config', 'options', ['Set by the config']],
    ]);
  });
});
