import { describe, expect, it } from 'vitest';
import type { AnswerProblem } from '../../src/analysis/analyze-survey.js';
import { assembleAnalysis } from '../../src/analysis/assemble-analysis.js';
import { PLAIN_FORMAT } from '../../src/survey/code-answer.js';
import { model, PLANS, ROWS } from '../helpers/every-accumulator.js';

describe('RowAnalysis.clear: an analysis used again is as one made anew', () => {
  it('has every kind of accumulator in its model', () => {
    const roles = model.columns.map((c) => `${c.role}:${c.dimension ?? ''}`);
    expect(roles).toContain('segment:complaints');
    expect(model.weight).toBe(2);
    expect(model.dimensions.map((d) => d.id)).toEqual(expect.arrayContaining(['delivery', 'complaints']));
    expect(roles.filter((r) => r === 'option:')).toHaveLength(2);
    expect(model.columns.filter((c) => c.role === 'ranking').map((c) => c.rankLayout)).toEqual(['options', 'options', 'options', 'positions', 'positions', 'positions']);
  });

  for (const [name, plan] of Object.entries(PLANS)) {
    it(`for ${name}: the same state, and the first answer off its scale told again`, () => {
      const told: AnswerProblem[] = [];
      const used = assembleAnalysis(model, plan, (problem) => told.push(problem));
      used.useFormat(PLAIN_FORMAT);
      ROWS.slice(0, 250).forEach((row, i) => used.addRow(row, i + 2));
      const toldBefore = told.length;
      used.clear();
      ROWS.slice(250).forEach((row, i) => used.addRow(row, i + 252));

      const fresh: AnswerProblem[] = [];
      const made = assembleAnalysis(model, plan, (problem) => fresh.push(problem));
      made.useFormat(PLAIN_FORMAT);
      ROWS.slice(250).forEach((row, i) => made.addRow(row, i + 252));

      expect(used.save()).toEqual(made.save());
      expect(toldBefore).toBeGreaterThan(0);
      expect(told.slice(toldBefore)).toEqual(fresh);
      expect(fresh.length).toBeGreaterThan(0);
    });
  }
});
