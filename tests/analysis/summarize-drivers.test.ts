import { describe, expect, it } from 'vitest';
import type { DimensionSummary } from '../../src/analysis/report.js';
import { summarizeDrivers } from '../../src/analysis/summarize-drivers.js';
import { CoMoments } from '../../src/stats/co-moments.js';
import { readReference } from '../helpers/reference.js';

const py = readReference<Record<'synthetic' | 'chance', { rows: number[][]; r2: number; f: number; p: number }>>('drivers-reference.json');
const IDS = ['delivery', 'pricing', 'service'];
const DIMENSIONS = Object.fromEntries(IDS.map((id, i) => [id, { score: 50 + 10 * i } as DimensionSummary]));

function driversOf(rows: readonly number[][], minBase: number, alpha: number) {
  const moments = new CoMoments(4);
  for (const row of rows) moments.add(row, 1);
  return summarizeDrivers(moments, IDS, 'Overall', DIMENSIONS, minBase, alpha);
}

describe('summarizeDrivers withholds the readings of an R² no more than chance (tests/reference/drivers_reference.py)', () => {
  it('three scores unrelated to the outcome: byChance, each reading null, F and p said', () => {
    const drivers = driversOf(py.chance.rows, 30, 0.05);
    expect(drivers).toMatchObject({ n: 40, byChance: true });
    if (typeof drivers === 'string') throw new Error(drivers);
    expect(Object.values(drivers.dimensions).map((d) => d.reading)).toEqual([null, null, null]);
    expect(drivers.nullReasons?.reading).toBe(`R² ${py.chance.r2.toFixed(3)} of 3 dimensions is no more than chance would give (F(3, 36) = ${py.chance.f.toFixed(2)}, p = ${py.chance.p.toPrecision(2)} ≥ 0.05): the weights cannot say what to fix first or keep`);
  });

  it('at a level the p is under (--confidence 0.8), or for scores that explain the outcome, the readings are given', () => {
    for (const drivers of [driversOf(py.chance.rows, 30, 0.2), driversOf(py.synthetic.rows, 30, 0.05)]) {
      if (typeof drivers === 'string') throw new Error(drivers);
      expect(drivers).not.toHaveProperty('byChance');
      expect(drivers).not.toHaveProperty('nullReasons');
      expect(Object.values(drivers.dimensions).every((d) => d.reading !== null)).toBe(true);
    }
  });

  it('a base under --min-base is the reason given, not chance', () => {
    const drivers = driversOf(py.chance.rows, 50, 0.05);
    expect(drivers).toMatchObject({ lowBase: true, nullReasons: { reading: expect.stringContaining('under --min-base 50') } });
    expect(drivers).not.toHaveProperty('byChance');
  });
});

describe('summarizeDrivers of an outcome whose codes run from best to worst', () => {
  // The synthetic outcome, coded 1-5 with 1 the best: the same respondents as the outcome turned round (6 − x).
  const turned = py.synthetic.rows.map((row) => [...row.slice(0, 3), 6 - (row[3] as number)]);
  const of = (rows: readonly number[][], reversed: boolean) => {
    const moments = new CoMoments(4);
    for (const row of rows) moments.add(row, 1);
    return summarizeDrivers(moments, IDS, 'Overall', DIMENSIONS, 30, 0.05, reversed);
  };

  it('are the drivers of the outcome as scored: each r turned, the weights and readings the same', () => {
    const asScored = of(py.synthetic.rows, false);
    const reversed = of(turned, true);
    const asCoded = of(turned, false);
    if (typeof asScored === 'string' || typeof reversed === 'string' || typeof asCoded === 'string') throw new Error('no drivers');
    for (const id of IDS) {
      const [scored, read, coded] = [asScored.dimensions[id], reversed.dimensions[id], asCoded.dimensions[id]];
      expect(read?.r).toBeCloseTo(scored?.r as number, 12);
      expect(read?.r).toBeCloseTo(-(coded?.r as number), 12);
      expect(read?.weight).toBeCloseTo(scored?.weight as number, 12);
      expect(read?.reading).toBe(scored?.reading);
      expect(read).not.toHaveProperty('warning');
    }
    expect(reversed.r2).toBeCloseTo(asScored.r2, 12);
    // Read as coded, each dimension would run against the outcome.
    expect(Object.values(asCoded.dimensions).every((d) => d.r < 0)).toBe(true);
  });
});
