import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/text/nearest-name.js';

/** The optimal string alignment distance by recursion over the last letters: the definition editDistance computes by table. */
function byDefinition(a: string, b: string): number {
  if (a === '') return b.length;
  if (b === '') return a.length;
  const [i, j] = [a.length, b.length];
  let best = Math.min(byDefinition(a.slice(0, -1), b) + 1, byDefinition(a, b.slice(0, -1)) + 1, byDefinition(a.slice(0, -1), b.slice(0, -1)) + (a[i - 1] === b[j - 1] ? 0 : 1));
  if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, byDefinition(a.slice(0, -2), b.slice(0, -2)) + 1);
  return best;
}

describe('editDistance', () => {
  it('counts letters added, dropped, changed and neighbours swapped', () => {
    expect(editDistance('nsp', 'nps')).toBe(1);
    expect(editDistance('delivry', 'delivery')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // a swap, then an insertion between the swapped letters, is not one edit in this distance
    expect(editDistance('', 'nps')).toBe(3);
  });

  it('is the distance by its definition, and symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => editDistance(a, b) === byDefinition(a, b) && editDistance(a, b) === editDistance(b, a)),
      { numRuns: 500 },
    );
  });
});

describe('nearestName', () => {
  const names = ['delivery', 'pricing', 'complaints', 'trust', 'service', 'nps', 'csat', 'ces', 'index', 'respondents'];

  it('names the candidate a misspelling is nearest to', () => {
    expect(nearestName('nsp', names)).toBe('nps');
    expect(nearestName('csta', names)).toBe('csat');
    expect(nearestName('Delivry', names)).toBe('delivery');
    expect(nearestName('trsut', names)).toBe('trust');
    expect(nearestName('complants', names)).toBe('complaints');
  });

  it('names none where none is near, and none for a name that is a candidate', () => {
    expect(nearestName('foo', names)).toBeUndefined();
    expect(nearestName('nps', names)).toBeUndefined();
    // One edit at most for a name of up to four letters: "pric" is three from pricing.
    expect(nearestName('xyz', names)).toBeUndefined();
    expect(nearestName('pric', names)).toBeUndefined();
  });

  it('takes the first of the candidates as near', () => {
    expect(nearestName('cet', ['ces', 'cat'])).toBe('ces');
    expect(nearestName('cet', ['cat', 'ces'])).toBe('cat');
  });
});
