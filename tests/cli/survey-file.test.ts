import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ColumnReport, InspectReport, Report } from '../../src/analysis/report.js';
import type { SatisfyConfig } from '../../src/survey/config.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const REAL = 'fixtures/real/qualtrics';
const MADE_UP = 'fixtures/survey-file';

/** What a column is, as an analyst reads it off the questionnaire: its role, and for a rated column its codes' range, whether the lowest code is the best answer, and the codes of its "N/A" choices. */
interface Reading {
  role: string;
  scale?: readonly [number, number];
  bestIsLowest?: boolean;
  notApplicable?: readonly string[];
}

const option: Reading = { role: 'option' };
const comment: Reading = { role: 'comment' };
const segment: Reading = { role: 'segment' };
const rated = (min: number, max: number, bestIsLowest: boolean, notApplicable: readonly string[] = []): Reading => ({ role: 'item', scale: [min, max], bestIsLowest, notApplicable });
const each = (names: readonly string[], reading: Reading): Array<[string, Reading]> => names.map((name) => [name, reading]);
const grid = (prefix: string, rows: number, answers: readonly string[]) => Array.from({ length: rows }, (_, r) => answers.map((a) => `${prefix}_${r + 1}_${a}`)).flat();

/**
 * Each pair of a real export and its .qsf, and every answer column as the questionnaire says it is
 * (read off the .qsf by hand: question type, choices, recode values, "N/A" choices).
 */
const REAL_PAIRS: Array<{ csv: string; qsf: string; columns: Array<[string, Reading]> }> = [
  {
    csv: 'No_Basis_for_Evaluation_Insights_.csv',
    qsf: 'No_Basis_for_Evaluation.qsf',
    columns: [
      // QID1 MC single answer: Great / In the middle / Awful coded 1-3, No opinion = -1.
      ['Q1', rated(1, 3, true, ['-1'])],
      // QID2 multiple answer, recoded 1, 2, 3, -1, -2: five options.
      ...each(['Q2_1', 'Q2_2', 'Q2_3', 'Q2_-1', 'Q2_-2'], option),
      // QID3 Likert matrix: Like / Neither like nor dislike / Dislike coded 1-3, No Opinion = -1.
      ...each(['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4'], rated(1, 3, true, ['-1'])),
      // QID4: the same, and Never tried it = -2.
      ...each(['Q4_1', 'Q4_2', 'Q4_3', 'Q4_4'], rated(1, 3, true, ['-1', '-2'])),
      // QID5, QID6 multiple-answer matrices: a tick per row and year.
      ...each(grid('Q5', 3, ['1', '2', '-1']), option),
      ...each(grid('Q6', 3, ['1', '2', '-1', '-2']), option),
    ],
  },
  {
    csv: 'Sample_Survey.csv',
    qsf: 'Sample_Survey.qsf',
    columns: [
      // QID4 multiple-answer matrix: fruit × in the last week / month / year.
      ...each(grid('q1_recent_q1_recent', 3, ['1', '2', '3']), option),
      // QID1 favourite fruit: categories.
      ['q2_favorite', segment],
      // QID5 multiple answer with an exclusive "None of the above".
      ...each(['q3_volunteer_1', 'q3_volunteer_2', 'q3_volunteer_3', 'q3_volunteer_4'], option),
      // QID2 Likert matrix: Enjoy / Ambivalent / Dislike coded 1-3, Never Tried It = -1.
      ...each(['q4_rank_1', 'q4_rank_2', 'q4_rank_3'], rated(1, 3, true, ['-1'])),
      // QID6 side by side: Yes / No (Unsure = 3) per fruit, then a drop-down of reasons.
      ...each(['q6_reservations#1_1', 'q6_reservations#1_2', 'q6_reservations#1_3', 'q6_reservations#2_1', 'q6_reservations#2_2', 'q6_reservations#2_3'], segment),
      ['q5_position', comment],
      // QID8 a matrix of one scale point; QID9 a multiple-answer matrix of one.
      ...each(['Q8_1', 'Q8_2', 'Q8_3'], segment),
      ...each(['Q9_1_1', 'Q9_2_1', 'Q9_3_1'], option),
      // QID10-12 side by side: two-point single-answer columns, multiple-answer columns.
      ...each(['Q10#1_1', 'Q10#1_2', 'Q10#1_3'], segment),
      ...each(['Q10#2_1_-1', 'Q10#2_2_-1', 'Q10#2_3_-1', ...grid('Q11#1', 3, ['0', '-99']), ...grid('Q11#2', 3, ['1', '2']), ...grid('Q11#3', 3, ['3', '4']), 'Q12#1_1_0', 'Q12#1_2_0', 'Q12#1_3_0', 'Q12#2_1_-1', 'Q12#2_2_-1', 'Q12#2_3_-1'], option),
    ],
  },
  {
    csv: 'Single_Answer_Matrix_Questions_Insights_.csv',
    qsf: 'Single_Answer_Matrix_Questions.qsf',
    columns: [
      // Likert matrices of four unlabelled scale points, coded 1-4 or recoded 10-13; one row has a text box.
      ...each(['Q2_1', 'Q2_2', 'Q2_3', 'Q3_question_one', 'Q3_question_two', 'Q3_question_three'], rated(1, 4, false)),
      ...each(['Q4_1', 'Q4_2', 'Q4_3', 'Q5_question_one', 'Q5_question_two', 'Q5_question_three', 'matrix_question_five_question_one', 'matrix_question_five_question_two', 'matrix_question_five_question_three'], rated(10, 13, false)),
      ['matrix_question_five_question_two_TEXT', comment],
    ],
  },
];

// Where satisfy and the questionnaire part, and why: labels of no scale the lexicons know leave
// "Great / In the middle / Awful" as categories and "Enjoy / Ambivalent / Dislike" in the order of its codes.
const KNOWN_MISSES = new Set(['Q1', 'q4_rank_1', 'q4_rank_2', 'q4_rank_3']);

function inspect(csv: string, extra: string[] = []): InspectReport {
  const result = runCli(['inspect', csv, '--format', 'json', '-q', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as InspectReport;
}

/** Whether a column reads as the questionnaire says: its role, and for a rated one its scale, direction and excluded "N/A" codes. */
function readsAs(column: ColumnReport | undefined, expected: Reading): boolean {
  if (column === undefined || column.role !== expected.role) return false;
  if (expected.scale === undefined) return true;
  const { scale } = column;
  if (scale === null || scale.min !== expected.scale[0] || scale.max !== expected.scale[1]) return false;
  if (scale.reversed !== (expected.bestIsLowest ?? false)) return false;
  // Qualtrics' negative codes are no answers in any of its exports; other codes only when the column says so.
  return (expected.notApplicable ?? []).every((code) => Number(code) < 0 || (column.missingCodes ?? []).includes(code));
}

function agreement(report: InspectReport, columns: ReadonlyArray<[string, Reading]>): string[] {
  return columns.filter(([name, reading]) => readsAs(report.columns.find((c) => c.name === name), reading)).map(([name]) => name);
}

describe('real Qualtrics exports with their survey files (.qsf)', () => {
  it.each(REAL_PAIRS)('$csv: every answer column reads as the questionnaire says, but the known misses', ({ csv, qsf, columns }) => {
    const report = inspect(`${REAL}/${csv}`, ['--survey', `${REAL}/${qsf}`]);
    // The id and the timestamp (EndDate, where an export has no RecordedDate) are no answers.
    const answered = report.columns.filter((c) => c.role !== 'ignored' && c.role !== 'id' && c.role !== 'timestamp').map((c) => c.name);
    expect(columns.map(([name]) => name).sort()).toEqual([...answered].sort());
    const agreeing = agreement(report, columns);
    expect(columns.filter(([name]) => !agreeing.includes(name)).map(([name]) => name)).toEqual(columns.map(([name]) => name).filter((name) => KNOWN_MISSES.has(name)));
    expect(report.input.survey).toMatchObject({ path: `${REAL}/${qsf}`, matchedBy: 'importId', columns: columns.length, unmatchedColumns: [], unmatchedQuestions: [] });
    for (const column of report.columns.filter((c) => columns.some(([name]) => name === c.name))) expect(column.evidence[0]).toMatch(/^survey file: QID\d+/);
  });

  it('read more columns as the questionnaire says with the survey file than without', () => {
    const counts = REAL_PAIRS.map(({ csv, qsf, columns }) => ({ without: agreement(inspect(`${REAL}/${csv}`), columns).length, with: agreement(inspect(`${REAL}/${csv}`, ['--survey', `${REAL}/${qsf}`]), columns).length, of: columns.length }));
    const total = (key: 'without' | 'with' | 'of') => counts.reduce((sum, c) => sum + c[key], 0);
    expect(total('with')).toBe(total('of') - KNOWN_MISSES.size);
    expect(total('without')).toBeLessThan(total('with'));
  });

  it('a legacy export is matched by the variable names in its column names; names three questions share match none', () => {
    const report = inspect(`${REAL}/Single_Answer_Matrix_Questions.csv`, ['--survey', `${REAL}/Single_Answer_Matrix_Questions.qsf`]);
    expect(report.input.survey).toMatchObject({ matchedBy: 'name', columns: 6, unmatchedQuestions: ['QID6', 'QID3', 'QID4'] });
    expect(report.input.survey?.unmatchedColumns).toContain('question_one');
    expect(agreement(report, REAL_PAIRS[2]?.columns.filter(([name]) => /^Q[24]_/.test(name)) ?? [])).toHaveLength(6);
  });
});

const MADE_UP_READINGS: Array<[string, Reading]> = [
  // Like / Neither like nor dislike / Dislike recoded 1-3, Not applicable = 99.
  ['Q1', rated(1, 3, true, ['99'])],
  // Agreement from Strongly disagree = 1 to Strongly agree = 5, N/A = 6.
  ...each(['Q2_1', 'Q2_2'], rated(1, 5, false, ['6'])),
  ...each(['Q3_1', 'Q3_2', 'Q3_3', 'Q3_4'], option),
  ['Q3_3_TEXT', comment],
  // Side by side: satisfaction from Very satisfied = 1, Did not use = -99; what went wrong, ticked.
  ...each(['Q4#1_1', 'Q4#1_2'], rated(1, 5, true, ['-99'])),
  ...each(['Q4#2_1_1', 'Q4#2_1_2', 'Q4#2_2_1', 'Q4#2_2_2'], option),
  ['Q5', comment],
];

describe('a made-up survey file: like/dislike recoded, N/A choices, side by side, multiple answer', () => {
  it.each([
    ['made-up-survey.csv', 'importId'],
    ['made-up-survey-no-import-ids.csv', 'name'],
  ])('%s: every column reads as the questionnaire says (matched by %s)', (csv, by) => {
    const report = inspect(`${MADE_UP}/${csv}`, ['--survey', `${MADE_UP}/made-up-survey.qsf`]);
    expect(agreement(report, MADE_UP_READINGS)).toEqual(MADE_UP_READINGS.map(([name]) => name));
    expect(report.input.survey).toMatchObject({ name: 'Made-up store survey', matchedBy: by, columns: 15, unmatchedQuestions: [] });
    expect(report.columns.find((c) => c.name === 'Q1')?.evidence[0]).toBe("survey file: QID1 MC SAVR TX, 4 choices coded 1-3, 'Not applicable' = 99: 3-point scale, best = 1 (favourability-like-3 set)");
  });

  it('scores "Like" as the best answer and counts "Not applicable" (99) as notApplicable, as the answers say', () => {
    const result = runCli(['report', `${MADE_UP}/made-up-survey.csv`, '--survey', `${MADE_UP}/made-up-survey.qsf`, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const rows = (parse(readFileSync(join(ROOT, MADE_UP, 'made-up-survey.csv'), 'utf8')) as string[][]).slice(3);
    const answers = rows.map((row) => row[2] as string);
    const valid = answers.filter((a) => ['1', '2', '3'].includes(a)).map(Number);
    const item = report.items.find((i) => i.column === 'Q1');
    expect(item?.n).toBe(valid.length);
    // 1 = Like is 100, 3 = Dislike is 0.
    expect(item?.score).toBeCloseTo((valid.reduce((sum, v) => sum + (3 - v) * 50, 0) / valid.length), 9);
    expect(item?.topBox?.count).toBe(valid.filter((v) => v === 1).length);
    expect(item?.missing.notApplicable).toBe(answers.filter((a) => a === '99').length);
    expect(item?.distribution.map((d) => d.label)).toEqual(['Like', 'Neither like nor dislike', 'Dislike']);
  });

  it("the config's \"survey\" is read relative to the config, and the config's own settings win over it", () => {
    const report = inspect(`${MADE_UP}/made-up-survey.csv`, ['--config', `${MADE_UP}/config/survey-and-a-column.config.json`]);
    expect(report.input.survey?.path).toBe(join(MADE_UP, 'config', '../made-up-survey.qsf'));
    expect(report.columns.find((c) => c.name === 'Q4#1_2')?.role).toBe('segment');
    expect(readsAs(report.columns.find((c) => c.name === 'Q4#1_1'), rated(1, 5, true, ['-99']))).toBe(true);
  });

  it('init writes what the survey file said, and names it: the config gives the same report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-survey-init-'));
    const config = join(dir, 'satisfy.config.json');
    expect(runCli(['init', `${MADE_UP}/made-up-survey.csv`, '--survey', `${MADE_UP}/made-up-survey.qsf`, '-o', config, '-q']).status).toBe(0);
    const written = JSON.parse(readFileSync(config, 'utf8')) as SatisfyConfig;
    expect(resolve(dir, written.survey ?? '')).toBe(join(ROOT, MADE_UP, 'made-up-survey.qsf'));
    expect(written.columns?.Q1).toEqual({ role: 'item', scale: { kind: 'numeric', min: 1, max: 3, labels: { 1: 'Like', 2: 'Neither like nor dislike', 3: 'Dislike' } }, reverse: true, missing: ['99', 'Not applicable'] });
    const json = (args: string[]) => JSON.parse(runCli(['report', `${MADE_UP}/made-up-survey.csv`, '--format', 'json', '-q', ...args]).stdout) as Report;
    const [fromConfig, fromSurvey] = [json(['--config', config]), json(['--survey', `${MADE_UP}/made-up-survey.qsf`])];
    for (const key of ['items', 'dimensions', 'choices', 'index'] as const) expect(fromConfig[key]).toEqual(fromSurvey[key]);
  });

  it('inspect says the survey file was used, and which columns it read', () => {
    const result = runCli(['inspect', `${MADE_UP}/made-up-survey-no-import-ids.csv`, '--survey', `${MADE_UP}/made-up-survey.qsf`]);
    expect(result.stdout).toContain('Qualtrics survey file "Made-up store survey": read 15 columns by variable name; its reading wins over detection');
    expect(result.stdout).toContain('2 columns of answers in no question of it, left to detection: ResponseId, Finished');
  });
});

describe('survey files that cannot be used', () => {
  it.each([
    ['not-json.qsf', /^satisfy: error: not a Qualtrics survey file: not valid JSON \(line 4, column 59: .*\) \(fixtures\/survey-file\/not-json\.qsf:4\)$/],
    ['not-a-survey.qsf', /^satisfy: error: not a Qualtrics survey file: a \.qsf holds SurveyEntry and SurveyElements \(fixtures\/survey-file\/not-a-survey\.qsf\)$/],
    ['other-survey.qsf', /^satisfy: error: the survey file "Another survey" matches none of the export's columns \(by the ImportIds of its third header row\) \(fixtures\/survey-file\/other-survey\.qsf\)$/],
    ['no-such-file.qsf', /^satisfy: error: no such survey file \(fixtures\/survey-file\/no-such-file\.qsf\)$/],
  ])('%s: exit 2 with one line naming it', (qsf, message) => {
    const result = runCli(['report', `${MADE_UP}/made-up-survey.csv`, '--survey', `${MADE_UP}/${qsf}`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('a survey file with hostile question texts, row and choice labels', () => {
  const HOSTILE = [`${MADE_UP}/hostile-question-text.csv`, '--survey', `${MADE_UP}/hostile-question-text.qsf`];
  const format = (name: string) => runCli(['report', ...HOSTILE, '--format', name]).stdout;

  it('keep them as written in JSON', () => {
    const report = JSON.parse(format('json')) as Report;
    expect(report.choices[0]?.question).toBe('=HYPERLINK("http://evil.invalid","click") <script>alert(1)</script> \u001b[31mred\u001b[0m');
    expect(report.input.survey?.name).toBe('Hostile \u001b]0;pwned\u0007 survey');
    expect(report.columns.find((c) => c.name === 'Q2_2')?.evidence[0]).toContain("row '<img src=x onerror=alert(1)>'");
  });

  it('send no control character to a terminal or to Markdown', () => {
    for (const text of [format('table'), format('markdown'), runCli(['inspect', ...HOSTILE]).stdout]) {
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    expect(runCli(['inspect', ...HOSTILE]).stdout).toContain('Hostile \\x1b]0;pwned\\x07 survey');
  });

  it('are escaped in Markdown and HTML, and start no formula in a spreadsheet', () => {
    expect(format('markdown')).not.toMatch(/(?<!\\)<(script|img)/);
    const html = format('html');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const cells = (parse(format('csv'), { relax_column_count: true }) as string[][]).flat();
    expect(cells.some((cell) => cell.includes('=HYPERLINK'))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))).toEqual([]);
  });
});
