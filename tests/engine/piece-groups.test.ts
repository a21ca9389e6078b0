import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIECE_BYTES } from '../../src/engine/analyze-files.js';
import { GROUP_SHARE, groupBytes, pieceGroups, startsGroup } from '../../src/engine/piece-groups.js';

/** The number of pieces in each group. */
const sizes = (pieces: number) => {
  const starts = pieceGroups(pieces);
  return starts.map((start, i) => (starts[i + 1] ?? pieces) - start);
};

describe('pieceGroups: the groups of pieces the threads take whole', () => {
  it('cuts files in pieces of 8 MiB', () => {
    expect(PIECE_BYTES).toBe(8 * 1024 * 1024);
  });

  it.each([
    // pieces, groups: a group is a twelfth of the pieces left, rounded up
    [0, []],
    [1, [1]],
    [4, [1, 1, 1, 1]],
    // the 1M bench export (94 MB): one group a piece, as before there were groups
    [12, Array(12).fill(1)],
    [13, [2, ...Array(11).fill(1)]],
    [24, [2, 2, 2, 2, 2, 2, ...Array(12).fill(1)]],
    // the 10M bench export (949 MB)
    [114, [10, 9, 8, 8, 7, 6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, ...Array(12).fill(1)]],
  ])('%i pieces make groups of %j pieces', (pieces, expected) => {
    expect(sizes(pieces)).toEqual(expected);
  });

  it('covers every piece once, in order, in few groups that shrink to one piece', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (pieces) => {
        const starts = pieceGroups(pieces);
        const counts = sizes(pieces);
        expect(starts[0]).toBe(0);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(pieces);
        for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] as number);
        expect(counts[counts.length - 1]).toBe(1);
        // A group is a twelfth of what is left, rounded up; the last eleven at least are one piece
        // each; the groups grow with the log of the pieces.
        starts.forEach((start, i) => expect(counts[i]).toBe(Math.ceil((pieces - start) / GROUP_SHARE)));
        expect(counts.slice(-(GROUP_SHARE - 1)).every((count) => count === 1)).toBe(true);
        expect(starts.length).toBeLessThanOrEqual(GROUP_SHARE + GROUP_SHARE * Math.log(Math.max(1, pieces / GROUP_SHARE)));
      }),
    );
  });

  it('tells which pieces start a group, a piece past the groups starting one of its own', () => {
    // Groups of 3, 3, 2, 2, 2, 2, 2, 2 pieces, then 12 of one.
    const starts = pieceGroups(30);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((piece) => startsGroup(starts, piece))).toEqual([true, false, false, true, false, false, true, false, true, false]);
    expect(startsGroup(starts, 29)).toBe(true);
    expect(startsGroup(starts, 30)).toBe(true);
    expect(startsGroup([], 5)).toBe(true);
  });

  it('gives each group its bytes, the last up to the end of the last piece', () => {
    const starts = pieceGroups(30);
    expect(groupBytes(starts, 30, 0, 100)).toEqual({ from: 0, until: 300 });
    expect(groupBytes(starts, 30, 2, 100)).toEqual({ from: 600, until: 800 });
    expect(groupBytes(starts, 30, starts.length - 1, 100)).toEqual({ from: 2900, until: 3000 });
    expect(() => groupBytes(starts, 30, starts.length, 100)).toThrow();
  });
});
