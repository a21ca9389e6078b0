import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIECE_BYTES, pieceBytesOf } from '../../src/engine/analyze-files.js';

describe('pieceBytesOf: the size of a file\'s pieces', () => {
  it('is 8 MiB for a file of up to 12 such pieces, and for one of unknown size', () => {
    expect(PIECE_BYTES).toBe(8 * 1024 * 1024);
    expect(pieceBytesOf(null)).toBe(PIECE_BYTES);
    expect(pieceBytesOf(94_014_846)).toBe(PIECE_BYTES);
    expect(pieceBytesOf(12 * PIECE_BYTES)).toBe(PIECE_BYTES);
    expect(pieceBytesOf(12 * PIECE_BYTES + 1)).toBeGreaterThan(PIECE_BYTES);
  });

  it('makes a larger file 12 pieces, of at least 8 MiB each', () => {
    expect(pieceBytesOf(948_823_387)).toBe(Math.ceil(948_823_387 / 12));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 44 }), (size) => {
        const bytes = pieceBytesOf(size);
        expect(bytes).toBeGreaterThanOrEqual(PIECE_BYTES);
        expect(Math.ceil(size / bytes)).toBeLessThanOrEqual(12);
      }),
    );
  });
});
