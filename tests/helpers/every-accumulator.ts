import type { AnalysisPlan } from '../../src/analysis/assemble-analysis.js';
import { buildSurveyModel, findColumn } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';

// Every kind of accumulator an analysis has: weights, items of several dimensions, a problem with
// its handling and its categories (several to a cell), CSAT, NPS, a region and a date, a checkbox
// question, a ranking of options and a ranking by position.
const NAMES = ['Submitted', 'Region', 'Weight', 'Delivery speed (1-5)', 'Delivery quality (1-5)', 'Had a problem?', 'What was the problem?', 'How well was your complaint handled? (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', 'Which channels did you use? - Email', 'Which channels did you use? - Phone', 'Q5_1', 'Q5_2', 'Q5_3', 'Best film [Rank 1]', 'Best film [Rank 2]', 'Best film [Rank 3]'];
const PROBLEMS = ['Late delivery', 'Damaged item', 'Late delivery; Damaged item', 'Wrong item'];
const ORDERS = [['1', '2', '3'], ['2', '3', '1'], ['3', '1', '2'], ['', '', '']];
const FILMS = [['Alien', 'Vertigo', 'Heat'], ['Heat', 'Alien', 'Jaws'], ['Jaws', 'Vertigo', 'Alien'], ['', '', '']];

function rows(count: number): string[][] {
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 2 ** 32) * n);
  };
  return Array.from({ length: count }, (_, i) => {
    const problem = next(4) === 0;
    // Now and then an answer off its scale (a 7: a 9 so given is a numeric export's "don't know",
    // no answer), a weight that cannot be used and a date that cannot be read.
    const speed = i % 37 === 5 ? '7' : String(1 + next(5));
    const weight = i % 41 === 3 ? '0' : (0.5 + next(10) / 10).toFixed(1);
    const day = 1 + next(60);
    const date = i % 53 === 7 ? 'not given' : `2026-0${day > 31 ? 2 : 1}-${String(((day - 1) % 28) + 1).padStart(2, '0')} 10:00`;
    // Now and then a rank that is none (the count of such answers is cleared too).
    const ranks = i % 61 === 9 ? ['1', '2', 'top'] : (ORDERS[next(4)] as string[]);
    return [date, ['North', 'South', 'East'][next(3)] as string, weight, speed, String(1 + next(5)), problem ? 'Yes' : 'No', problem ? (PROBLEMS[next(4)] as string) : '', problem ? String(1 + next(5)) : '', String(1 + next(5)), String(next(11)), next(2) === 0 ? 'Email' : '', next(3) === 0 ? 'Phone' : '', ...ranks, ...(FILMS[next(4)] as string[])];
  });
}

export const ROWS = rows(400);
export const model = buildSurveyModel(plainHeader(NAMES), ROWS, { weightColumn: 'Weight' });
const timestamp = { index: 0, name: 'Submitted' };
const region = findColumn(model.columns, 'Region', '--by Region', 'test');
const base: AnalysisPlan = { confidenceLevel: 0.95, outcome: undefined, segments: null, periods: null, window: null };
export const PLANS: Record<string, AnalysisPlan> = {
  'the whole sample': base,
  'a breakdown by segment': { ...base, segments: { columns: [region], minBase: 10, top: null, adjust: 'holm', confidenceLevel: 0.95 } },
  'a breakdown by segment and week': { ...base, segments: { columns: [region], minBase: 10, top: null, adjust: 'holm', confidenceLevel: 0.95 }, periods: { column: timestamp, dateOrder: 'ymd', dateOrderGiven: false, excelSerials: false, timeZone: 'UTC', period: 'week', adjust: 'holm', confidenceLevel: 0.95 } },
  'a date window': { ...base, window: { column: timestamp, dateOrder: 'ymd', excelSerials: false, timeZone: 'UTC', since: '2026-01-10', until: '2026-02-20' } },
  'attention checks counted': { ...base, attention: { drop: false } },
};

