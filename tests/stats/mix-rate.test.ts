import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixRate, type GroupFigure } from '../../src/stats/mix-rate.js';

const g = (before: [number, number] | null, after: [number, number] | null): GroupFigure => ({
  before: before === null ? null : { n: before[0], value: before[1] },
  after: after === null ? null : { n: after[0], value: after[1] },
});

// Worked by hand: A scores 80 and B 40; the overall figure is their base-weighted mean.
describe('mix and rate, hand-checked', () => {
  it('is all mix when only the sizes move: A 50 → 20 of 100, B 50 → 80', () => {
    // 0.5·80 + 0.5·40 = 60 → 0.2·80 + 0.8·40 = 48; mix = −0.3·80 + 0.3·40 = −12.
    const split = mixRate([g([50, 80], [20, 80]), g([50, 40], [80, 40])]);
    expect(split?.total).toBeCloseTo(-12, 12);
    expect(split?.mix).toBeCloseTo(-12, 12);
    expect(split?.rate).toBeCloseTo(0, 12);
  });

  it('is all rate when only the figures move: A 80 → 70 at equal sizes', () => {
    // 60 → 0.5·70 + 0.5·40 = 55; rate = −10 · (0.5 + 0.5) / 2 = −5.
    const split = mixRate([g([50, 80], [50, 70]), g([50, 40], [50, 40])]);
    expect(split?.total).toBeCloseTo(-5, 12);
    expect(split?.mix).toBeCloseTo(0, 12);
    expect(split?.rate).toBeCloseTo(-5, 12);
  });

  it('splits a change of both at the midpoint: A 50 → 20 and 80 → 70, B 50 → 80', () => {
    // 60 → 0.2·70 + 0.8·40 = 46, total −14.
    // mix: A (0.2 − 0.5)·(80 + 70)/2 = −22.5, B (0.8 − 0.5)·40 = +12 → −10.5
    // rate: A (70 − 80)·(0.5 + 0.2)/2 = −3.5, B 0 → −3.5
    const split = mixRate([g([50, 80], [20, 70]), g([50, 40], [80, 40])]);
    expect(split?.total).toBeCloseTo(-14, 12);
    expect(split?.mix).toBeCloseTo(-10.5, 12);
    expect(split?.rate).toBeCloseTo(-3.5, 12);
    expect(split?.groups.map((p) => [p.mix, p.rate])).toEqual([
      [expect.closeTo(-22.5, 12), expect.closeTo(-3.5, 12)],
      [expect.closeTo(12, 12), expect.closeTo(0, 12)],
    ]);
  });

  it('counts a group new on one side as mix: C appears with 50 of 150 at 100', () => {
    // 60 → (50·80 + 50·40 + 50·100) / 150 = 73.33…; A and B each lose 1/6 of the base.
    const split = mixRate([g([50, 80], [50, 80]), g([50, 40], [50, 40]), g(null, [50, 100])]);
    expect(split?.total).toBeCloseTo(220 / 3 - 60, 12);
    expect(split?.rate).toBeCloseTo(0, 12);
    expect(split?.mix).toBeCloseTo(220 / 3 - 60, 12);
  });

  it('has nothing to split when a side has no base', () => {
    expect(mixRate([g(null, [10, 50])])).toBeNull();
    expect(mixRate([])).toBeNull();
  });
});

describe('mix and rate, for any groups', () => {
  const side = fc.option(fc.record({ n: fc.integer({ min: 1, max: 1000 }), value: fc.double({ min: -100, max: 100, noNaN: true }) }), { nil: null });
  const groups = fc.array(fc.record({ before: side, after: side }), { minLength: 1, maxLength: 8 });

  it('add up to the change of the base-weighted mean, and swap signs when the sides swap', () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const split = mixRate(gs);
        const mean = (pick: 'before' | 'after') => {
          const n = gs.reduce((s, x) => s + (x[pick]?.n ?? 0), 0);
          return gs.reduce((s, x) => s + (x[pick]?.n ?? 0) * (x[pick]?.value ?? 0), 0) / n;
        };
        if (split === null) return gs.every((x) => x.before === null) || gs.every((x) => x.after === null);
        const swapped = mixRate(gs.map((x) => ({ before: x.after, after: x.before })));
        return (
          Math.abs(split.mix + split.rate - split.total) < 1e-9 &&
          Math.abs(split.total - (mean('after') - mean('before'))) < 1e-9 &&
          Math.abs((swapped?.mix ?? Number.NaN) + split.mix) < 1e-9 &&
          Math.abs((swapped?.rate ?? Number.NaN) + split.rate) < 1e-9
        );
      }),
    );
  });
});
