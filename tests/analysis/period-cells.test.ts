import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis, type PartedAnalysis } from '../../src/analysis/analyze-survey.js';
import { PeriodAnalysis, type PeriodOptions } from '../../src/analysis/period-analysis.js';
import { SegmentedAnalysis } from '../../src/analysis/segmented-analysis.js';
import { buildSurveyModel, findColumn } from '../../src/survey/build-model.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import type { SurveyModel } from '../../src/survey/survey-model.js';
import { ROOT } from '../helpers/run-cli.js';
import { expectSameJson } from '../helpers/reference.js';

// A PeriodAnalysis adds each row once, to the cell of its period and its part of the whole (its
// segment, or the whole sample), and merges the cells into both when saved or reported. These
// tests hold its report equal, to 1e-9, to the report of the rows added to both one by one (no
// cells at all), and to that of a few cells with the rest added to both (past the limit of cells).

const [header, ...sample] = parse(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'))) as string[][];
const languageOf = await loadCommentLanguage();

// The sample's dates written day first (3/8/2026): those with a day of 12 or less wait for the
// order of day and month (see PeriodAnalysis), now and then one cannot be read, and a weight.
const NAMES = [...(header as string[]), 'Weight'];
const ROWS = sample.map((row, i) => {
  const [date = ''] = row[1]?.split(' ') ?? [];
  const [y, m, d] = date.split('-').map(Number);
  const written = i % 29 === 3 ? 'soon' : `${d}/${m}/${y} 10:00`;
  return [row[0] as string, written, ...row.slice(2), (0.5 + ((i * 7) % 10) / 10).toFixed(1)];
});

interface Setup {
  model: SurveyModel;
  weighted: boolean;
  segments: boolean;
}

function analysis({ model, segments }: Setup, maxCells?: number): PeriodAnalysis {
  const template = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf });
  const overall: PartedAnalysis = segments ? new SegmentedAnalysis(template, { columns: [findColumn(model.columns, 'Region', '--by Region', 'test')], minBase: 10, top: null, adjust: 'holm', confidenceLevel: 0.95 }) : template;
  const options: PeriodOptions = { column: { index: 1, name: 'Submitted At' }, dateOrder: 'dmy', dateOrderGiven: false, excelSerials: false, timeZone: 'UTC', period: 'week', adjust: 'holm', confidenceLevel: 0.95 };
  const made = new PeriodAnalysis(overall, template, options, maxCells);
  made.useFormat(PLAIN_FORMAT);
  return made;
}

const SETUPS: Record<string, Setup> = {};
for (const weighted of [false, true]) {
  const model = buildSurveyModel(plainHeader(NAMES), ROWS.slice(0, 1000), weighted ? { weightColumn: 'Weight' } : {});
  for (const segments of [true, false]) SETUPS[`${weighted ? 'weighted' : 'unweighted'}, ${segments ? 'by region and week' : 'by week'}`] = { model, weighted, segments };
}

describe('PeriodAnalysis: each row added once, to a cell of its period and part', () => {
  for (const [name, setup] of Object.entries(SETUPS)) {
    it(`${name}: the report of rows added to their part and period one by one`, () => {
      const direct = analysis(setup, 0);
      const cells = analysis(setup);
      const someCells = analysis(setup, 5);
      for (const [i, row] of ROWS.entries()) for (const a of [direct, cells, someCells]) a.addRow(row, i + 2);
      const expected = direct.report([]);
      // The sample has periods, rows waiting for the order of day and month, and unread dates.
      expect(expected.periods.length).toBeGreaterThan(5);
      expect(expected.periodization?.unparsed).toBeGreaterThan(0);
      expect(expected.comments?.columns[0]?.comments).toBeGreaterThan(100);
      // The impact of comment themes, which an unweighted survey adds to the parts at once, not through the cells.
      expect((expected.comments?.columns[0]?.themes ?? []).filter((t) => (t.impact?.tests.length ?? 0) > 0).length).toBeGreaterThan(1);
      expectSameJson(cells.report([]), expected);
      expectSameJson(someCells.report([]), expected);
    });
  }

  it('unweighted, two comment columns: the impact of each goes to the parts from its own comments', () => {
    // A second free-text column holding another respondent's comment (seven rows on).
    const comments = NAMES.indexOf('Any other comments?');
    const rows = ROWS.map((row, i) => [...row, (ROWS[(i + 7) % ROWS.length] as string[])[comments] as string]);
    const model = buildSurveyModel(plainHeader([...NAMES, 'Anything else you would like to tell us?']), rows.slice(0, 1000));
    const setup: Setup = { model, weighted: false, segments: true };
    const direct = analysis(setup, 0);
    const cells = analysis(setup);
    for (const [i, row] of rows.entries()) for (const a of [direct, cells]) a.addRow(row, i + 2);
    const expected = direct.report([]);
    const columns = expected.comments?.columns ?? [];
    expect(columns.map((c) => c.column)).toEqual(['Any other comments?', 'Anything else you would like to tell us?']);
    // The same comments, of other respondents: as many mention each theme, with other ratings.
    const mentioned = (c: number) => (columns[c]?.themes ?? []).map((t) => t.impact?.mentioned);
    expect(mentioned(1).map((m) => m?.respondents)).toEqual(mentioned(0).map((m) => m?.respondents));
    expect(mentioned(1).filter((m) => (m?.respondents ?? 0) > 0).length).toBeGreaterThan(1);
    expect(mentioned(1).map((m) => m?.index)).not.toEqual(mentioned(0).map((m) => m?.index));
    expectSameJson(cells.report([]), expected);
  });

  it('a survey with complaint categories and rankings by position: its cells too give the report of the rows one by one, in any order', () => {
    // "late delivery" and "alien", in the second week, come before "LATE DELIVERY" and "ALIEN" in
    // the file, but the first week's cell is merged first: each is shown in its most frequent
    // spelling, "Late delivery" and "Alien", however the rows and cells come.
    const names = ['Submitted', 'Region', 'Delivery speed (1-5)', 'Had a problem?', 'What was the problem?', 'How well was your complaint handled? (1-5)', 'Overall satisfaction (1-5)', 'Best film [Rank 1]', 'Best film [Rank 2]', 'Best film [Rank 3]'];
    const problems = ['Late delivery', 'Damaged item', 'Late delivery; Damaged item', 'Wrong item'];
    const films = [['Alien', 'Vertigo', 'Heat'], ['Heat', 'Alien', 'Jaws'], ['Jaws', 'Vertigo', 'Alien'], ['', '', '']];
    const row = (day: string, region: string, problem: string, film: readonly string[], i: number) => [`${day} 10:00`, region, String(1 + (i % 5)), problem === '' ? 'No' : 'Yes', problem, problem === '' ? '' : String(1 + ((i * 3) % 5)), String(1 + ((i * 7) % 5)), ...film];
    const rows = [
      row('2026-01-06', 'North', '', ['', '', ''], 0),
      row('2026-01-13', 'North', 'late delivery', ['alien', 'Heat', 'Jaws'], 1),
      row('2026-01-07', 'North', 'LATE DELIVERY', ['ALIEN', 'Heat', 'Jaws'], 2),
      ...Array.from({ length: 400 }, (_, i) => row(`2026-01-${String(5 + (i % 20)).padStart(2, '0')}`, ['North', 'South', 'East'][i % 3] as string, i % 4 === 0 ? (problems[i % 3] as string) : '', films[i % 4] as string[], i + 3)),
    ];
    const model = buildSurveyModel(plainHeader(names), rows);
    expect(model.columns.map((c) => `${c.role}:${c.dimension ?? ''}`)).toEqual(expect.arrayContaining(['segment:complaints', 'ranking:']));
    const made = (maxCells: number | undefined, order: readonly string[][]) => {
      const template = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf });
      const segmented = new SegmentedAnalysis(template, { columns: [findColumn(model.columns, 'Region', '--by Region', 'test')], minBase: 10, top: null, adjust: 'holm', confidenceLevel: 0.95 });
      const analysis = new PeriodAnalysis(segmented, template, { column: { index: 0, name: 'Submitted' }, dateOrder: 'ymd', dateOrderGiven: true, excelSerials: false, timeZone: 'UTC', period: 'week', adjust: 'holm', confidenceLevel: 0.95 }, maxCells);
      analysis.useFormat(PLAIN_FORMAT);
      order.forEach((row, i) => analysis.addRow(row, i + 2));
      return analysis.report([]);
    };
    const report = made(undefined, rows);
    expect(report.dimensions.complaints?.categories?.[0]?.counts.map((c) => c.category)).toEqual(['Late delivery', 'Damaged item']);
    expect(report.rankings[0]?.options.map((o) => o.label)).toEqual(['Alien', 'Heat', 'Vertigo', 'Jaws']);
    expectSameJson(made(0, rows), report);
    expectSameJson(made(undefined, [...rows].reverse()), report);
  });

  for (const weighting of ['weighted', 'unweighted']) {
    it(`${weighting}, saved halfway, goes on adding rows to its cells: its states load as those of the rows added one by one`, () => {
      const setup = SETUPS[`${weighting}, by region and week`] as Setup;
      const direct = analysis(setup, 0);
      const cells = analysis(setup);
      const reloaded = (from: PeriodAnalysis) => {
        const loaded = analysis(setup);
        loaded.load(from.save());
        return loaded.report([]);
      };
      ROWS.slice(0, 300).forEach((row, i) => [direct, cells].forEach((a) => a.addRow(row, i + 2)));
      expectSameJson(reloaded(cells), reloaded(direct));
      ROWS.slice(300).forEach((row, i) => [direct, cells].forEach((a) => a.addRow(row, i + 302)));
      const expected = direct.report([]);
      expect(expected.respondents).toBe(ROWS.length);
      expectSameJson(cells.report([]), expected);
      expectSameJson(reloaded(cells), expected);
    });
  }
});
