import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis, type AnalysisScope, type SurveyState } from '../../src/analysis/analyze-survey.js';
import { DimensionCounts, type DimensionCombinations } from '../../src/analysis/dimension-counts.js';
import type { Report } from '../../src/analysis/report.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import { ROOT } from '../helpers/run-cli.js';

// SurveyAnalysis.merge adds another analysis accumulator by accumulator, without making its state:
// it must leave the analysis exactly as load(other.save()) does, to the last bit of every sum.

const [header, ...sample] = parse(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'))) as string[][];
const languageOf = await loadCommentLanguage();
const NAMES = [...(header as string[]), 'Weight'];
// Weights of one unit (0.5 to 1.4, some 0: left out), and of units far apart: 1e-200 against 1e200.
const withWeights = (rows: string[][], weight: (i: number) => string) => rows.map((row, i) => [...row, weight(i)]);
const ROWS = withWeights(sample, (i) => (i % 31 === 4 ? '0' : (0.5 + ((i * 7) % 10) / 10).toFixed(1)));
const FAR = withWeights(sample, (i) => (i < sample.length / 2 ? `${1 + (i % 3)}e-200` : `${1 + (i % 5)}e200`));

function analysis(weighted: boolean, scope: AnalysisScope, rows: readonly string[][]): SurveyAnalysis {
  const model = buildSurveyModel(plainHeader(NAMES), ROWS.slice(0, 1000), weighted ? { weightColumn: 'Weight' } : {});
  const made = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf }, undefined, scope);
  made.useFormat(PLAIN_FORMAT);
  rows.forEach((row, i) => made.addRow(row, i + 2));
  return made;
}

/** Two analyses of the survey: `into` with the first rows, of `scope`; the other with the rest, of `from`. */
function halves(weighted: boolean, into: AnalysisScope, from: AnalysisScope, rows: readonly string[][], cut: number): [SurveyAnalysis, SurveyAnalysis] {
  const target = analysis(weighted, into, rows.slice(0, cut));
  const other = new SurveyAnalysis(target['model'], { confidenceLevel: 0.95, languageOf }, target.scorer, from);
  rows.slice(cut).forEach((row, i) => other.addRow(row, cut + i + 2));
  return [target, other];
}

describe('SurveyAnalysis.merge: as load(other.save()), to the last bit', () => {
  const cases: Array<[string, boolean, AnalysisScope, AnalysisScope, string[][], number]> = [
    ['unweighted, segment into segment', false, 'segment', 'segment', ROWS, 300],
    ['weighted, cell into the whole sample (words, impact)', true, 'sample', 'segment', ROWS, 300],
    ['weighted, cell into a period (no impact)', true, 'group', 'segment', ROWS, 250],
    ['weighted, into an empty analysis', true, 'segment', 'segment', ROWS, 0],
    ['weights of units far apart (through the state)', true, 'segment', 'segment', FAR, FAR.length / 2],
  ];
  for (const [name, weighted, into, from, rows, cut] of cases) {
    it(name, () => {
      const [merged, other] = halves(weighted, into, from, rows, cut);
      const [loaded, copy] = halves(weighted, into, from, rows, cut);
      merged.merge(other);
      loaded.load(copy.save());
      const state = loaded.save();
      expect(merged.save()).toEqual(state);
      expect(state.rows).toBeGreaterThan(cut);
      // The dimensions count their rows by combination of answers (see DimensionCounts), and the counts merge too.
      expect(state.dimensions.every((d) => (d.counts?.combinations.length ?? 0) > 1 && d.scores.count === 0)).toBe(true);
      expect(state.comments?.[0]?.comments[0]).toBeGreaterThan(100);
      if (into === 'group') expect(state.comments?.[0]?.impact).toEqual([]);
      else expect(state.comments?.[0]?.impact.length).toBeGreaterThan(2);
      expect(merged.report([])).toEqual(loaded.report([]));
    });
  }

  it('refuses an analysis of another survey', () => {
    const one = analysis(false, 'segment', []);
    const another = analysis(false, 'segment', []);
    expect(() => one.merge(another)).toThrow(/another survey/);
  });
});

describe('a state whose dimensions keep their rows in moments (version 7, before counts)', () => {
  it.each([
    ['without weights', false],
    ['with weights', true],
  ])('gives the report of the counts it stands for, to the last bit (%s)', (_, weighted) => {
    const counted = analysis(weighted, 'sample', ROWS);
    const state = counted.save();
    const asMoments: SurveyState = {
      ...state,
      dimensions: state.dimensions.map((d, i) => {
        const counts = new DimensionCounts(counted.scorer.dimensions[i]?.combinations as DimensionCombinations, weighted).load(d.counts ?? { combinations: [], counts: [] });
        return { scores: counts.scores().save(), items: counts.items().save(), resolution: counts.resolution().save() };
      }),
    };
    expect(asMoments.dimensions.every((d) => d.scores.count > 100)).toBe(true);
    const loaded = new SurveyAnalysis(counted['model'], { confidenceLevel: 0.95, languageOf }, undefined, 'sample');
    loaded.load(asMoments);
    // The figures of the dimensions' moments: with weights, a histogram loaded sums its weights in another order than its rows came in.
    const figures = (report: Report) => Object.values(report.dimensions).map(({ n, effectiveN, score, sd, ci, alpha, resolution }) => ({ n, effectiveN, score, sd, ci, alpha, resolution }));
    expect(figures(loaded.report([]))).toEqual(figures(counted.report([])));
    expect(figures(counted.report([])).filter((d) => d.resolution !== undefined && d.resolution !== null)).toHaveLength(1);
  });
});
