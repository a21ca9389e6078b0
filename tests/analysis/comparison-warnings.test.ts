import { describe, expect, it } from 'vitest';
import { evaluateDrops, parseDropGate } from '../../src/analysis/gates.js';
import type { Comparison, Report, UntestedChange } from '../../src/analysis/report.js';
import { warnComparison } from '../../src/cli/warn-skipped.js';

// The gates and the warnings read a comparison's notes by their code (Comparison.warnings,
// UntestedChange.reason), never by the words they begin with: a note reworded changes no reading.

describe("a comparison's notes, by their code", () => {
  const untested: UntestedChange = { metric: 'nps.score', scope: 'overall', baseline: 10, current: 12, change: 2, why: 'base', bases: [20, 25], reason: 'under 30 answers on a side (20 before, 25 now)' };
  // Reports without a base for the figure: the checks carry no bases (see the test of bases below).
  const reports = { baseline: {}, current: {} };
  const comparison = (over: Partial<Comparison>): Comparison => ({ baseline: { source: 'a', respondents: 20 }, current: { source: 'b', respondents: 25 }, confidenceLevel: 0.95, adjust: 'holm', alpha: 0.05, segmentColumn: null, changes: [], untested: [], decomposition: [], notes: [], warnings: [], ...over });

  it('withholds a --fail-on-drop between sides of another population or weighting, by its warnings, not the words of its notes', () => {
    const warnings: Comparison['warnings'] = [
      { code: 'otherPopulation', note: 'the baseline is of every row, the current report of the rows --where kept (5 of 30)' },
      { code: 'otherWeighting', note: 'the baseline is unweighted, the current report weighted by "w"' },
      { code: 'sameFigures', note: 'never withholds' },
    ];
    const [check] = evaluateDrops(comparison({ untested: [untested], warnings, notes: ['another population: worded otherwise'] }), [parseDropGate('nps')], reports);
    expect(check).toMatchObject({ pass: false, withheld: 'the baseline is of every row, the current report of the rows --where kept (5 of 30); the baseline is unweighted, the current report weighted by "w"; report both sides of the same rows, weighted alike' });
  });

  it('says why a figure was not tested by the reason of its entry in `untested`', () => {
    const [check] = evaluateDrops(comparison({ untested: [untested], notes: ['overall: nps.score not tested: in other words'] }), [parseDropGate('nps')], reports);
    expect(check).toEqual({ expression: 'fail-on-drop nps.score', actual: 2, pass: true, untested: 'under 30 answers on a side (20 before, 25 now)' });
  });

  it("gives a --fail-on-drop the bases of its figure on each side, as a --fail-if's n is found, where a side has one", () => {
    const base = (n: number) => ({ nps: { n, score: 10 } }) as unknown as Partial<Report>;
    const [both] = evaluateDrops(comparison({ untested: [untested] }), [parseDropGate('nps')], { baseline: base(20), current: base(25) });
    expect(both?.bases).toEqual([20, 25]);
    const [one] = evaluateDrops(comparison({ untested: [untested] }), [parseDropGate('nps')], { baseline: {}, current: base(25) });
    expect(one?.bases).toEqual([null, 25]);
  });

  it('warns of its warnings, in their order, and of no other note', () => {
    const written: string[] = [];
    const warnings: Comparison['warnings'] = [
      { code: 'nobodyOnASide', note: 'no one on a side' },
      { code: 'sameFigures', note: 'the same data twice' },
    ];
    warnComparison(comparison({ warnings, notes: ['the same figures on both sides, a note and no warning', ...warnings.map((w) => w.note)] }), { stderr: { write: (text: string) => written.push(text) } }, false);
    expect(written.join('')).toBe('satisfy: warning: no one on a side\nsatisfy: warning: the same data twice\n');
  });
});
