import { describe, expect, it } from 'vitest';
import { MAX_SPELLINGS, Spellings } from '../../src/analysis/spellings.js';

describe('Spellings', () => {
  it.each([
    ['the most frequent', ['LATE', 'Late', 'Late', 'late'], 'Late'],
    ['on a tie, the first in code-point order', ['late', 'Late'], 'Late'],
    ['on a tie, the first in code-point order, whatever came first', ['Late', 'late'], 'Late'],
    ['one spelling', ['late'], 'late'],
    ['none', [], ''],
  ])('shows %s', (_, added, shown) => {
    const spellings = new Spellings();
    for (const spelling of added) spellings.add(spelling);
    expect(spellings.shown).toBe(shown);
  });

  it('merges to what the spellings added one by one give, most frequent first', () => {
    const [a, b] = [new Spellings().add('Late', 2).add('late'), new Spellings().add('late', 2).add('LATE')];
    const merged = new Spellings().load(b.save()).load(a.save());
    expect(merged.save()).toEqual([
      ['late', 3],
      ['Late', 2],
      ['LATE', 1],
    ]);
    expect(merged.shown).toBe('late');
  });

  it(`keeps the ${MAX_SPELLINGS} most frequent, dropping the rarest, last in code-point order`, () => {
    const spellings = new Spellings().add('Late delivery', 5);
    for (let i = 0; i < MAX_SPELLINGS; i++) spellings.add(`late delivery${'!'.repeat(i + 1)}`);
    const kept = spellings.save();
    expect(kept).toHaveLength(MAX_SPELLINGS);
    expect(kept[0]).toEqual(['Late delivery', 5]);
    expect(kept.map(([s]) => s)).not.toContain(`late delivery${'!'.repeat(MAX_SPELLINGS)}`);
  });
});
