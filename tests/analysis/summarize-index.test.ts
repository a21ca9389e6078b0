import { describe, expect, it } from 'vitest';
import { summarizeIndex } from '../../src/analysis/summarize-index.js';
import { Moments } from '../../src/stats/moments.js';

function scores(...values: number[]): Moments {
  const m = new Moments();
  for (const v of values) m.add(v);
  return m;
}

describe('summarizeIndex', () => {
  it("says why its sd and interval are null for a single respondent, as a dimension's nullReasons do", () => {
    expect(summarizeIndex(scores(62.5), 0.95)).toEqual({ n: 1, effectiveN: 1, score: 62.5, sd: null, ci: null, nullReasons: { sd: 'needs at least 2 respondents', ci: 'needs at least 2 respondents' } });
  });

  it('writes no nullReasons where nothing is null, and leftOut before them', () => {
    const index = summarizeIndex(scores(50, 70), 0.95, ['pricing']);
    expect(index).not.toHaveProperty('nullReasons');
    expect(Object.keys(index ?? {})).toEqual(['n', 'effectiveN', 'score', 'sd', 'ci', 'leftOut']);
    expect(Object.keys(summarizeIndex(scores(50), 0.95, ['pricing']) ?? {})).toEqual(['n', 'effectiveN', 'score', 'sd', 'ci', 'leftOut', 'nullReasons']);
  });

  it('is null without a score', () => {
    expect(summarizeIndex(new Moments(), 0.95)).toBeNull();
  });
});
