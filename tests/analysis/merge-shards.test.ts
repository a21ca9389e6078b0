import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis } from '../../src/analysis/analyze-survey.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import { ROOT } from '../helpers/run-cli.js';
import { expectSameJson } from '../helpers/reference.js';

const [header, ...rows] = parse(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'))) as string[][];
const model = buildSurveyModel(plainHeader(header as string[]), rows.slice(0, 1000));
// The sample has a comment column: its comments' languages are counted too.
const languageOf = await loadCommentLanguage();

describe('SurveyAnalysis: merging the analyses of shards gives the analysis of the whole', () => {
  const whole = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf });
  rows.forEach((row) => whole.addRow(row));
  const expected = whole.report([]);

  it('for random splits of the bundled sample, merged in random order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: rows.length - 1 }), { maxLength: 5 }), fc.boolean(), (cuts, reverse) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), rows.length];
        const shards = edges.slice(1).map((end, i) => {
          const analysis = new SurveyAnalysis(model, { confidenceLevel: 0.95, languageOf });
          rows.slice(edges[i], end).forEach((row) => analysis.addRow(row));
          return analysis;
        });
        if (reverse) shards.reverse();
        const merged = shards.reduce((a, b) => a.merge(b));
        expectSameJson(merged.report([]), expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('checkbox and ranking questions: merging the analyses of shards gives the analysis of the whole', () => {
  it.each([
    ['fixtures/choices/checkbox-yes-no.csv', 'Weight'],
    ['fixtures/choices/ranking-by-position.csv', undefined],
    ['fixtures/choices/ranking-permutations.csv', 'Weight'],
  ])('%s, for random splits merged in random order', (file, weightColumn) => {
    const [names, ...data] = parse(readFileSync(join(ROOT, file))) as string[][];
    const survey = buildSurveyModel(plainHeader(names as string[]), data, { weightColumn });
    const analyse = (part: readonly string[][]) => {
      const analysis = new SurveyAnalysis(survey, { confidenceLevel: 0.95 });
      part.forEach((row) => analysis.addRow(row));
      return analysis;
    };
    const expected = analyse(data).report([]);
    expect(expected.choices.length + expected.rankings.length).toBe(1);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: data.length - 1 }), { maxLength: 5 }), fc.boolean(), (cuts, reverse) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), data.length];
        const shards = edges.slice(1).map((end, i) => analyse(data.slice(edges[i], end)));
        if (reverse) shards.reverse();
        const merged = shards.reduce((a, b) => a.merge(b)).report([]);
        expectSameJson({ choices: merged.choices, rankings: merged.rankings }, { choices: expected.choices, rankings: expected.rankings });
      }),
      { numRuns: 25 },
    );
  });
});

describe('importance pairs: merging the analyses of shards gives the analysis of the whole', () => {
  it.each([undefined, 'Weight'])('fixtures/importance/importance-and-satisfaction-pairs.csv weighted by %s, for random splits merged in random order', (weightColumn) => {
    const [names, ...data] = parse(readFileSync(join(ROOT, 'fixtures/importance/importance-and-satisfaction-pairs.csv'))) as string[][];
    const survey = buildSurveyModel(plainHeader(names as string[]), data, { weightColumn });
    const analyse = (part: readonly string[][]) => {
      const analysis = new SurveyAnalysis(survey, { confidenceLevel: 0.95 });
      part.forEach((row) => analysis.addRow(row));
      return analysis;
    };
    const expected = analyse(data).report([]).importance;
    expect(expected?.pairs).toHaveLength(4);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: data.length - 1 }), { maxLength: 5 }), fc.boolean(), (cuts, reverse) => {
        const edges = [0, ...cuts.sort((a, b) => a - b), data.length];
        const shards = edges.slice(1).map((end, i) => analyse(data.slice(edges[i], end)));
        if (reverse) shards.reverse();
        expectSameJson(shards.reduce((a, b) => a.merge(b)).report([]).importance, expected);
      }),
      { numRuns: 25 },
    );
  });
});
