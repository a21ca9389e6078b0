import { describe, expect, it } from 'vitest';
import { negativeAlphaNotes } from '../../src/analysis/negative-alpha-notes.js';
import type { AlphaSummary } from '../../src/analysis/report.js';

/** A dimension of `items` whose alpha is `raw` (its interval ±0.2 about it), the `opposed` items running against the rest. */
function dimension(raw: number | null, items: string[], opposed: string[] = [], ci: AlphaSummary['ci'] = raw === null ? null : { low: raw - 0.2, high: raw + 0.2, level: 0.95 }) {
  const alpha: AlphaSummary | null = raw === null ? null : { n: 100, raw, standardized: raw, ci, ifDropped: {}, itemTotal: {}, opposed };
  return { label: 'Pricing', items, alpha };
}

describe('negativeAlphaNotes', () => {
  it.each([
    ['an alpha below zero, one item opposed', dimension(-0.4, ['A', 'B', 'C'], ['C']), ['item "C" is worded in reverse and not marked so, or measures something else than the rest (a trade-off)']],
    ['an alpha below zero of two items', dimension(-2.72, ['A', 'B'], ['A', 'B']), ['one of the items "A" or "B" is worded in reverse and not marked so, or measures something else']],
    ['an alpha below zero, none opposed', dimension(-0.3, ['A', 'B', 'C']), ['one of the items "A", "B", "C" is worded in reverse and not marked so, or measures something else']],
    // Below zero within its sampling error (a review found -0.08 on 25 respondents named), or with no interval: no note.
    ['an alpha below zero whose interval reaches above it', dimension(-0.1, ['A', 'B', 'C'], ['C']), []],
    ['an alpha below zero with no interval', dimension(-0.4, ['A', 'B', 'C'], ['C'], null), []],
    ['a low alpha above zero', dimension(0.3, ['A', 'B']), []],
    ['no alpha', dimension(null, ['A']), []],
  ])('%s', (_what, pricing, parts) => {
    const notes = negativeAlphaNotes({ pricing });
    expect(notes).toHaveLength(parts.length);
    for (const [i, part] of parts.entries()) expect(notes[i]).toContain(part);
  });
});
