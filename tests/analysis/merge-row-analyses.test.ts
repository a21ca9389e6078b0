import { describe, expect, it } from 'vitest';
import { assembleAnalysis } from '../../src/analysis/assemble-analysis.js';
import type { RowAnalysis } from '../../src/analysis/analyze-survey.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { model, PLANS, ROWS } from '../helpers/every-accumulator.js';

// RowAnalysis.merge, of every kind an analysis is assembled from (the whole sample, segments,
// periods and their cells, a date window, attention checks): as load(other.save()), to the last bit.
// PiecedAnalysis joins each group of pieces to the whole this way.

function analysed(plan: (typeof PLANS)[string], from: number, to: number): RowAnalysis {
  const analysis = assembleAnalysis(model, plan);
  analysis.useFormat(PLAIN_FORMAT);
  ROWS.slice(from, to).forEach((row, i) => analysis.addRow(row, from + i + 2));
  return analysis;
}

describe('RowAnalysis.merge: as load(other.save()), to the last bit', () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    it.each([
      ['into the first rows', 250],
      ['into an empty analysis', 0],
    ])(`for ${name}, %s`, (_, cut) => {
      const merged = analysed(plan, 0, cut);
      const other = analysed(plan, cut, ROWS.length);
      merged.merge(other);
      const loaded = analysed(plan, 0, cut);
      loaded.load(analysed(plan, cut, ROWS.length).save());
      const state = loaded.save();
      expect(merged.save()).toEqual(state);
      expect(merged.report([])).toEqual(loaded.report([]));
      // What was merged is as it was, and can be cleared for the rows that follow.
      expect(other.save()).toEqual(analysed(plan, cut, ROWS.length).save());
    });
  }

  it('refuses an analysis of another kind', () => {
    const whole = analysed(PLANS['the whole sample'] as (typeof PLANS)[string], 0, 10);
    const segmented = analysed(PLANS['a breakdown by segment'] as (typeof PLANS)[string], 0, 10);
    expect(() => segmented.merge(whole)).toThrow(/cannot be merged into one of kind SegmentedAnalysis/);
  });
});
