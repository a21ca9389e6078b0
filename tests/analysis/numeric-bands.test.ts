import { describe, expect, it } from 'vitest';
import { bandOrder, bandsFromSample } from '../../src/analysis/numeric-bands.js';

describe('bandsFromSample', () => {
  it('finds the cuts among the numbers within the far fences: a typo far off is no group of its own', () => {
    const ages = Array.from({ length: 200 }, (_, i) => String(18 + (i % 50)));
    const cuts = bandsFromSample([...ages, '-1726', '329', '99999999999']);
    expect(cuts).toHaveLength(3);
    for (const cut of cuts ?? []) expect(cut > 18 && cut < 68).toBe(true);
  });

  // A cold review: where most numbers are one value the fences close on it, and the column was no longer cut.
  it('cuts among all the numbers where most are one value', () => {
    const orders = [...Array.from({ length: 240 }, () => '1'), ...Array.from({ length: 60 }, (_, i) => String(2 + i))];
    const cuts = bandsFromSample(orders);
    expect(cuts).toHaveLength(3);
    expect((cuts as number[])[0]).toBeGreaterThan(1);
  });
});

describe('bandOrder', () => {
  it('gives each band its place, lowest first, and other values none', () => {
    const cuts = [30, 45, 60];
    expect(['under 30', '30 to under 45', '45 to under 60', '60 and over', 'Prefer not to say'].map((label) => bandOrder(label, cuts))).toEqual([0, 1, 2, 3, -1]);
  });
});
