import { describe, expect, it } from 'vitest';
import { assembleAnalysis, type AnalysisPlan } from '../../src/analysis/assemble-analysis.js';
import { DimensionCombinations } from '../../src/analysis/dimension-counts.js';
import { BLANK_CODE, NA_CODE } from '../../src/analysis/flat-rows.js';
import type { AnswerProblem, RowAnalysis, SurveyAnalysis } from '../../src/analysis/analyze-survey.js';
import { CoMoments } from '../../src/stats/co-moments.js';
import { addCoMoment, addMoment, coMomentSlots, MOMENT_SLOTS } from '../../src/stats/flat-moments.js';
import { Moments } from '../../src/stats/moments.js';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { buildSurveyModel, findColumn } from '../../src/survey/build-model.js';
import { PLAIN_FORMAT, type CodedAnswer } from '../../src/survey/code-answer.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import type { Scale } from '../../src/survey/scale.js';

// Issue 21 point 1: rows coded whole are counted and their moments kept flat (analysis/flat-rows.ts).
// What a report says must be what the rows added one by one say, to the last bit, whatever rows
// cannot be coded so (answers off their scales) come between them, and however the analysis is
// merged, saved and cleared.

const languageOf = await loadCommentLanguage();

/** A deterministic stream of whole numbers below n. */
function numbers(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

describe('addMoment and addCoMoment', () => {
  it('give the bits of Moments.add and CoMoments.add of weight 1, from any state copied in', () => {
    const next = numbers(3);
    const moments = new Moments();
    const co = new CoMoments(3);
    const flat = new Float64Array(MOMENT_SLOTS + 1);
    const coFlat = new Float64Array(coMomentSlots(3) + 2);
    const delta = new Float64Array(3);
    // Runs of rows added flat, handed back, added by the objects, and taken again, as an analysis does around rows not coded whole.
    for (let run = 0; run < 20; run++) {
      const reference = new Moments().load(moments.save());
      const coReference = new CoMoments(3).load(co.save());
      moments.copyTo(flat, 1);
      co.copyTo(coFlat, 2);
      for (let i = 0; i < 50; i++) {
        const x = next(1000) / 7 - 40;
        const xs = [x, next(11), next(5) * 12.5];
        addMoment(flat, 1, x);
        reference.add(x);
        addCoMoment(coFlat, 2, 3, xs, delta);
        coReference.add(xs);
      }
      moments.copyFrom(flat, 1);
      co.copyFrom(coFlat, 2);
      expect(moments.save()).toEqual(reference.save());
      expect(co.save()).toEqual(coReference.save());
      moments.add(run * 3.3);
      co.add([run, 1 / (run + 1), -run]);
    }
  });
});

describe('DimensionCombinations.ofCodes', () => {
  const scale = (kind: Scale['kind'], min: number, max: number): Scale => ({ kind, min, max, labels: null, labelSet: null, reversed: false });
  it.each([
    ['a yes/no question and two of three points', [scale('binary', 0, 1), scale('numeric', 1, 3), scale('numeric', 1, 3)]],
    ['0-10 and a scale from 2', [scale('numeric', 0, 10), scale('numeric', 2, 5)]],
  ])('is the combination of() gives the same answers, and -1 for an answer off a scale (%s)', (_, scales) => {
    const combinations = DimensionCombinations.of({ scales, weights: scales.map(() => 1), problem: -1, handling: [] }) as DimensionCombinations;
    const next = numbers(5);
    const positions = scales.map((_, i) => i);
    for (let row = 0; row < 2000; row++) {
      // Now and then no answer (blank, not applicable), or a value one past either end of the scale.
      const answers = scales.map((s): CodedAnswer => {
        const pick = next(12);
        return pick === 0 ? 'blank' : pick === 1 ? 'notApplicable' : pick === 2 ? s.max + 1 : pick === 3 && s.min > 0 ? s.min - 1 : s.min + next(s.max - s.min + 1);
      });
      const codes = Uint8Array.from(answers, (a) => (a === 'blank' ? BLANK_CODE : a === 'notApplicable' ? NA_CODE : (a as number)));
      expect(combinations.ofCodes(codes, positions)).toBe(combinations.of(answers, positions));
    }
  });
});

// A survey the scorer codes whole (no weights, no checkbox, ranking or importance questions, every
// dimension counted by combination), with a comment column, a region and a date; now and then an
// answer off its scale (its row not coded whole), a "not applicable", a blank.
const NAMES = ['Submitted', 'Region', 'Delivery speed (1-5)', 'Delivery quality (1-5)', 'Had a problem? (Yes/No)', 'How well was your problem handled? (1-5)', 'The price is fair (1-5)', 'I trust this company (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', 'Any other comments?'];
const COMMENTS = ['', '', 'Fast delivery, thanks', 'Too expensive', 'The parcel arrived damaged and nobody answered my emails', 'Great service', 'Livraison rapide, merci'];

function rows(count: number, seed: number): string[][] {
  const next = numbers(seed);
  return Array.from({ length: count }, (_, i) => {
    const problem = next(4) === 0;
    const speed = i % 29 === 5 ? '7' : i % 31 === 2 ? 'N/A' : String(1 + next(5));
    const quality = i % 23 === 4 ? '' : String(1 + next(5));
    const day = 1 + next(40);
    const date = `2026-0${day > 28 ? 2 : 1}-${String(((day - 1) % 28) + 1).padStart(2, '0')} 09:30`;
    return [date, ['North', 'South', 'East'][next(3)] as string, speed, quality, problem ? 'Yes' : 'No', problem ? String(1 + next(5)) : '', String(1 + next(5)), i % 43 === 1 ? '3.5' : String(1 + next(5)), String(1 + next(5)), i % 47 === 6 ? '' : String(next(11)), COMMENTS[next(COMMENTS.length)] as string];
  });
}

const ROWS = rows(600, 11);
const model = buildSurveyModel(plainHeader(NAMES), ROWS, {});
const region = findColumn(model.columns, 'Region', '--by Region', 'test');
const timestamp = { index: 0, name: 'Submitted' };
const base: AnalysisPlan = { confidenceLevel: 0.95, outcome: undefined, segments: null, periods: null, window: null };
const segments = { columns: [region], minBase: 10, top: null, adjust: 'holm' as const, confidenceLevel: 0.95 };
const PLANS: Record<string, AnalysisPlan> = {
  'the whole sample': base,
  'a breakdown by segment': { ...base, segments },
  'a breakdown by segment and week': { ...base, segments, periods: { column: timestamp, dateOrder: 'ymd', dateOrderGiven: false, excelSerials: false, timeZone: 'UTC', period: 'week', adjust: 'holm', confidenceLevel: 0.95 } },
};

function analysed(plan: AnalysisPlan, codeWhole: boolean, from: number, to: number, told: { problems: AnswerProblem[]; outOfScale: Array<[number, string]> } = { problems: [], outOfScale: [] }): RowAnalysis {
  const analysis = assembleAnalysis(model, { ...plan, codeWhole }, (problem) => told.problems.push(problem), (column, value) => told.outOfScale.push([column, value]), undefined, languageOf);
  analysis.useFormat(PLAIN_FORMAT);
  ROWS.slice(from, to).forEach((row, i) => analysis.addRow(row, from + i + 2));
  return analysis;
}

/** The state and the report as JSON text: the same numbers, the same keys in the same order. */
const texts = (analysis: RowAnalysis) => ({ state: JSON.stringify(analysis.save()), report: JSON.stringify(analysis.report([])) });

describe('rows coded whole', () => {
  it('are most of the rows of this survey, and the others are there too', () => {
    expect(model.weight).toBeNull();
    expect(model.dimensions.map((d) => d.id).sort()).toEqual(['complaints', 'delivery', 'pricing', 'trust']);
    expect(model.columns.some((c) => c.role === 'comment')).toBe(true);
    const odd = ROWS.filter((row) => row[2] === '7' || row[7] === '3.5').length;
    expect(odd).toBeGreaterThan(20);
    const whole = analysed(base, true, 0, ROWS.length) as SurveyAnalysis;
    expect(whole.scorer.rowsCodedWhole).toBe(ROWS.length - ROWS.filter((row) => row[2] === '7' || row[7] === '3.5').length);
    expect((analysed(base, false, 0, ROWS.length) as SurveyAnalysis).scorer.rowsCodedWhole).toBe(0);
  });

  for (const [name, plan] of Object.entries(PLANS)) {
    it(`give the report and the state of the rows added one by one, to the last bit, with the same problems told (${name})`, () => {
      const told = { problems: [], outOfScale: [] };
      const byRow = { problems: [], outOfScale: [] };
      const whole = analysed(plan, true, 0, ROWS.length, told);
      const oneByOne = analysed(plan, false, 0, ROWS.length, byRow);
      expect(texts(whole)).toEqual(texts(oneByOne));
      expect(whole.save()).toEqual(oneByOne.save());
      expect(told).toEqual(byRow);
      expect(told.problems.length).toBeGreaterThan(0);
      expect(told.outOfScale.length).toBeGreaterThan(20);
    });

    it(`read each file's answers as its format says, the codes of the one before forgotten (${name})`, () => {
      // Negative codes for no answer in the first file, decimal commas in the third: "-1" and "4,0" read otherwise in each.
      const negative = { ...PLAIN_FORMAT, negativeCodesMissing: true };
      const comma = { ...PLAIN_FORMAT, decimalComma: true };
      const odd = ROWS.map((row, i) => row.map((cell, j) => (i % 20 === 0 && j === 6 ? '-1' : i % 20 === 10 && j === 7 ? '4,0' : cell)));
      const run = (codeWhole: boolean) => {
        const told = { problems: [] as AnswerProblem[], outOfScale: [] as Array<[number, string]> };
        const analysis = assembleAnalysis(model, { ...plan, codeWhole }, (problem) => told.problems.push(problem), (column, value) => told.outOfScale.push([column, value]), undefined, languageOf);
        const files: Array<[typeof PLAIN_FORMAT, number, number]> = [[negative, 0, 200], [PLAIN_FORMAT, 200, 400], [comma, 400, 600], [PLAIN_FORMAT, 0, 100]];
        for (const [format, from, to] of files) {
          analysis.useFormat(format);
          odd.slice(from, to).forEach((row, i) => analysis.addRow(row, from + i + 2));
        }
        return { ...texts(analysis), told };
      };
      expect(run(true)).toEqual(run(false));
    });

    it(`tell each problem again after a clear, as the rows added one by one do (${name})`, () => {
      const run = (codeWhole: boolean) => {
        const told = { problems: [] as AnswerProblem[], outOfScale: [] as Array<[number, string]> };
        const analysis = assembleAnalysis(model, { ...plan, codeWhole }, (problem) => told.problems.push(problem), (column, value) => told.outOfScale.push([column, value]), undefined, languageOf);
        analysis.useFormat(PLAIN_FORMAT);
        const states: string[] = [];
        for (const [from, to] of [[0, 300], [100, 600], [50, 60]] as const) {
          ROWS.slice(from, to).forEach((row, i) => analysis.addRow(row, from + i + 2));
          states.push(JSON.stringify(analysis.save()));
          analysis.clear();
        }
        return { states, told };
      };
      expect(run(true)).toEqual(run(false));
    });

    it(`merge, load, clear and go on as the rows added one by one do (${name})`, () => {
      const merged = analysed(plan, true, 0, 250);
      merged.merge(analysed(plan, true, 250, 400));
      merged.load(analysed(plan, true, 400, ROWS.length).save());
      const reference = analysed(plan, false, 0, 250);
      reference.merge(analysed(plan, false, 250, 400));
      reference.load(analysed(plan, false, 400, ROWS.length).save());
      expect(texts(merged)).toEqual(texts(reference));
      // Cleared, and used again for other rows (as a thread's analysis is for its next group of pieces).
      merged.clear();
      ROWS.slice(100, 300).forEach((row, i) => merged.addRow(row, 102 + i));
      expect(merged.report([])).toEqual(analysed(plan, false, 100, 300).report([]));
    });
  }
});

describe('the comments of rows coded whole', () => {
  // The tone a comment gets from its respondent's ratings is read from the rows' codes (RowScorer.readCodedRatings):
  // without a recommend question, from overall satisfaction's boxes; without either, from the comment's words.
  const without = (names: readonly string[]) => {
    const keep = NAMES.map((name, i) => (names.includes(name) ? -1 : i)).filter((i) => i >= 0);
    const rows = ROWS.map((row) => keep.map((i) => row[i] as string));
    return { model: buildSurveyModel(plainHeader(keep.map((i) => NAMES[i] as string)), rows, {}), rows };
  };
  it.each([
    ['no recommend question', ['How likely are you to recommend us? (0-10)']],
    ['neither a recommend question nor overall satisfaction', ['How likely are you to recommend us? (0-10)', 'Overall satisfaction (1-5)']],
  ])('have the tone and impact of the rows added one by one (%s)', (_, names) => {
    const { model: reduced, rows } = without(names);
    expect(reduced.nps).toBeNull();
    expect(reduced.csat === null).toBe(names.length === 2);
    const run = (codeWhole: boolean) => {
      const analysis = assembleAnalysis(reduced, { ...base, codeWhole }, () => undefined, () => undefined, undefined, languageOf);
      analysis.useFormat(PLAIN_FORMAT);
      rows.forEach((row, i) => analysis.addRow(row, i + 2));
      return { analysis, ...texts(analysis) };
    };
    const whole = run(true);
    expect((whole.analysis as SurveyAnalysis).scorer.rowsCodedWhole).toBeGreaterThan(500);
    expect(whole.report).toEqual(run(false).report);
    const tones = (JSON.parse(whole.report) as { comments: { columns: Array<{ tones: { fromRatings: number; praise: { count: number } } }> } }).comments.columns[0]?.tones;
    // Told by overall satisfaction where there is one, else by the comments' words.
    expect((tones?.fromRatings ?? 0) > 0).toBe(names.length === 1);
    expect(tones?.praise.count).toBeGreaterThan(0);
  });
});
