import { describe, expect, it } from 'vitest';
import { NO_ANSWER, NPS_DETRACTOR, NPS_PASSIVE, NPS_PROMOTER, ThemeImpact } from '../../src/analysis/theme-impact.js';

// ThemeImpact.addOne keeps the respondents of weight 1 flat until the impact is read: whatever is
// done in between (a row added with add, a save, a merge either way, a load, a clear), the state
// and the differences must be those of the same rows added one by one with add(…, 1), to the bit.

/** A deterministic stream of whole numbers below n. */
function numbers(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

type Respondent = [themes: number, csatTop: number, npsGroup: number, index: number];

function respondents(count: number, seed: number): Respondent[] {
  const next = numbers(seed);
  const csat = [NO_ANSWER, 0, 1];
  const nps = [NO_ANSWER, NPS_DETRACTOR, NPS_PASSIVE, NPS_PROMOTER];
  // Mostly no theme, else one or two of the seven; now and then no index; indexes with long fractions.
  return Array.from({ length: count }, () => [next(3) === 0 ? 0 : (1 << next(7)) | (next(4) === 0 ? 1 << next(7) : 0), csat[next(3)] as number, nps[next(4)] as number, next(9) === 0 ? Number.NaN : next(10_001) / 97]);
}

/** What a report reads of an impact: its state, and its differences at two bases. */
function read(impact: ThemeImpact): string {
  return JSON.stringify([impact.save(), impact.differences(0.95, 5), impact.differences(0.9, 30, false)]);
}

describe('ThemeImpact.addOne', () => {
  const rows = respondents(3000, 7);

  it('gives the sums and moments of add(…, 1), to the bit, when read at once', () => {
    const flat = new ThemeImpact();
    const reference = new ThemeImpact();
    for (const [themes, csatTop, npsGroup, index] of rows) {
      flat.addOne(themes, csatTop, npsGroup, index);
      reference.add(themes, csatTop, npsGroup, index, 1);
    }
    expect(read(flat)).toBe(read(reference));
    expect(flat.save().length).toBeGreaterThan(20);
  });

  it('keeps the order of the rows around rows added with add, saves, merges, loads and clears', () => {
    const next = numbers(19);
    const flat = new ThemeImpact();
    const reference = new ThemeImpact();
    const others = [new ThemeImpact(), new ThemeImpact()];
    const otherReferences = [new ThemeImpact(), new ThemeImpact()];
    const seen: string[] = [];
    rows.forEach(([themes, csatTop, npsGroup, index], i) => {
      // The other impacts get rows too, to be merged in from either side: the first takes this
      // one's rows, the second is merged and loaded into it (never both ways, so that no count
      // doubles at every merge past what whole numbers hold exactly).
      const o = i % 2;
      (others[o] as ThemeImpact).addOne(themes, csatTop, npsGroup, index / 3);
      (otherReferences[o] as ThemeImpact).add(themes, csatTop, npsGroup, index / 3, 1);
      const step = next(60);
      if (step === 0) {
        flat.add(themes, csatTop, npsGroup, index, 1);
        reference.add(themes, csatTop, npsGroup, index, 1);
        return;
      }
      flat.addOne(themes, csatTop, npsGroup, index);
      reference.add(themes, csatTop, npsGroup, index, 1);
      if (step === 1) seen.push(read(flat), read(reference));
      else if (step === 2) {
        flat.merge(others[1] as ThemeImpact);
        reference.merge(otherReferences[1] as ThemeImpact);
      } else if (step === 3) {
        // Merged into the other: the flat rows of this one must reach it, and this one go on from where it was.
        (others[0] as ThemeImpact).merge(flat);
        (otherReferences[0] as ThemeImpact).merge(reference);
      } else if (step === 4) {
        flat.load((others[1] as ThemeImpact).save());
        reference.load((otherReferences[1] as ThemeImpact).save());
      } else if (step === 5 && i % 5 === 0) {
        flat.clear();
        reference.clear();
      }
    });
    expect(seen.length).toBeGreaterThan(20);
    for (let i = 0; i < seen.length; i += 2) expect(seen[i]).toBe(seen[i + 1]);
    expect(read(flat)).toBe(read(reference));
    expect(others.map(read)).toEqual(otherReferences.map(read));
  });

  it('loses no row waiting when its weights are scaled', () => {
    const flat = new ThemeImpact();
    const reference = new ThemeImpact();
    for (const [themes, csatTop, npsGroup, index] of rows.slice(0, 500)) {
      flat.addOne(themes, csatTop, npsGroup, index);
      reference.add(themes, csatTop, npsGroup, index, 1);
    }
    flat.scaleWeights(0.25);
    reference.scaleWeights(0.25);
    expect(read(flat)).toBe(read(reference));
  });
});
