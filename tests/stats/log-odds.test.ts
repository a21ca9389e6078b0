import { describe, expect, it } from 'vitest';
import { logOddsDirichlet } from '../../src/stats/log-odds.js';
import { expectClose, readReference } from '../helpers/reference.js';

// Written by tests/reference/log_odds_reference.py (numpy, over whole vocabularies, as Monroe et al. 2008 state it).
interface LogOddsCase {
  name: string;
  yi: number;
  ni: number;
  yj: number;
  nj: number;
  alphaW: number;
  alpha0: number;
  delta: number;
  variance: number;
  z: number;
}
const { cases } = readReference<{ cases: LogOddsCase[] }>('log-odds-reference.json');

describe('logOddsDirichlet agrees with the reference computed in numpy', () => {
  it.each(cases)('$name', ({ yi, ni, yj, nj, alphaW, alpha0, delta, variance, z }) => {
    const got = logOddsDirichlet(yi, ni, yj, nj, alphaW, alpha0);
    expectClose(got.delta, delta, 1e-12, 'delta');
    expectClose(got.variance, variance, 1e-12, 'variance');
    expectClose(got.z, z, 1e-12, 'z');
  });

  it('holds the cases of a small, a weak and a strong prior, and a vocabulary of 300 words', () => {
    expect(new Set(cases.map((c) => c.name.replace(/\[\d+\]$/, '')))).toEqual(new Set(['small-satisfy-prior', 'small-weak-prior', 'small-strong-prior', 'zipf-300']));
  });

  it('is antisymmetric: swapping the groups turns the sign', () => {
    const ab = logOddsDirichlet(50, 500, 2, 1000, 60, 2000);
    const ba = logOddsDirichlet(2, 1000, 50, 500, 60, 2000);
    expect(ba.z).toBeCloseTo(-ab.z, 12);
    expect(ab.z).toBeCloseTo(4.9, 1);
  });

  it('refuses a prior outside (0, alpha0) and a count outside its group', () => {
    expect(() => logOddsDirichlet(1, 10, 1, 10, 0, 20)).toThrow(RangeError);
    expect(() => logOddsDirichlet(1, 10, 1, 10, 20, 20)).toThrow(RangeError);
    expect(() => logOddsDirichlet(11, 10, 1, 10, 5, 20)).toThrow(RangeError);
  });
});
