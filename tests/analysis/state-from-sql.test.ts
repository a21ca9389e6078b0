import { describe, expect, it } from 'vitest';
import { toCoMoments, toMoments, type SqlResultRow } from '../../src/analysis/state-from-sql.js';
import { CoMoments } from '../../src/stats/co-moments.js';
import { Moments } from '../../src/stats/moments.js';

/** The row the query returns for values `xs` weighted by `ws`: its sums around `centre` (see surveyQuery). */
function sums(xs: readonly number[], ws: readonly number[], centre: number, ys: readonly number[] = xs, yCentre = centre): SqlResultRow {
  let w = 0;
  let w2 = 0;
  let s1 = 0;
  let s2 = 0;
  xs.forEach((x, i) => {
    const weight = ws[i] as number;
    w += weight;
    w2 += weight * weight;
    s1 += weight * (x - centre);
    s2 += weight * (x - centre) * ((ys[i] as number) - yCentre);
  });
  return { part: 'score', segment: '', period: '', item: 0, key: null, value: null, n: xs.length, w, w2, s1, s2, lo: Math.min(...xs), hi: Math.max(...xs) };
}

/** A seeded sequence in [0, 1) (mulberry32), so that the data are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('toMoments rebuilds the streaming accumulator from sums around a centre', () => {
  it.each([
    ['scores of 5,000 weighted respondents', 5000, 1],
    ['scores of 300 unweighted respondents', 300, 0],
  ])('%s: mean to 1e-12, sum of squares to 1e-10, as Welford has them', (_, n, weighted) => {
    const next = random(n);
    const xs = Array.from({ length: n }, () => Math.round(next() * 4) * 25);
    const ws = xs.map(() => (weighted === 1 ? 0.2 + next() * 3 : 1));
    const welford = new Moments();
    xs.forEach((x, i) => welford.add(x, ws[i]));
    const expected = welford.save();
    const rebuilt = toMoments(sums(xs, ws, 50), 'score');
    expect(rebuilt.count).toBe(expected.count);
    expect(Math.abs(rebuilt.weightSum - expected.weightSum)).toBeLessThanOrEqual(1e-9 * expected.weightSum);
    expect(Math.abs(rebuilt.mu - expected.mu)).toBeLessThanOrEqual(1e-12 * Math.abs(expected.mu));
    expect(Math.abs(rebuilt.m2 - expected.m2)).toBeLessThanOrEqual(1e-10 * expected.m2);
  });

  it('keeps a variable that never varies at its value, with no spread, whatever its weights', () => {
    const xs = Array.from({ length: 7 }, () => 100 / 3);
    const rebuilt = toMoments(sums(xs, [0.1, 3, 7.7, 0.3, 1e-3, 2, 5], 50), 'score');
    expect(rebuilt.mu).toBe(100 / 3);
    expect(rebuilt.m2).toBe(0);
  });

  it('is empty with no observation', () => {
    expect(toMoments({ ...sums([1], [1], 50), n: 0, w: null, w2: null, s1: null, s2: null, lo: null, hi: null }, 'score')).toEqual({ count: 0, weightSum: 0, weight2Sum: 0, mu: 0, m2: 0 });
  });
});

describe('toCoMoments rebuilds co-moments from sums and cross sums', () => {
  it('as CoMoments has them for three variables, one of which never varies', () => {
    const next = random(3);
    const rows = Array.from({ length: 400 }, () => {
      const a = 1 + Math.floor(next() * 5);
      return [a, Math.min(5, Math.max(1, a + Math.round(next() * 2 - 1))), 4];
    });
    const ws = rows.map(() => 0.5 + next());
    const streaming = new CoMoments(3);
    rows.forEach((row, i) => streaming.add(row, ws[i]));
    const expected = streaming.save();
    const column = (j: number) => rows.map((row) => row[j] as number);
    const centres = [3, 3, 3];
    const rebuilt = toCoMoments(3, centres, (i) => ({ ...sums(column(i), ws, 3), key: String(i) }), (i, j) => ({ ...sums(column(i), ws, 3, column(j), 3), key: `${i},${j}` }), 'alpha');
    expect(rebuilt.count).toBe(400);
    rebuilt.means.forEach((mean, i) => expect(Math.abs(mean - (expected.means[i] as number))).toBeLessThanOrEqual(1e-12));
    rebuilt.c.forEach((c, i) => expect(Math.abs(c - (expected.c[i] as number)), `c[${i}]`).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(expected.c[i] as number))));
    // The constant variable: its mean exactly, every co-moment with it exactly 0, as Welford's.
    expect(rebuilt.means[2]).toBe(4);
    for (let j = 0; j < 3; j++) expect([rebuilt.c[2 * 3 + j], rebuilt.c[j * 3 + 2]]).toEqual([0, 0]);
  });
});
