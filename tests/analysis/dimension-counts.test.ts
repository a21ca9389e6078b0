import { describe, expect, it } from 'vitest';
import { DimensionCombinations, DimensionCounts, MAX_COMBINATIONS, type CombinedItems } from '../../src/analysis/dimension-counts.js';
import { CoMoments } from '../../src/stats/co-moments.js';
import { Moments } from '../../src/stats/moments.js';
import type { CodedAnswer } from '../../src/survey/code-answer.js';
import { orientAnswer, scoreAnswer, type Scale } from '../../src/survey/scale.js';

// Issue 21, point 1: a dimension's respondents are counted by the combination of their answers,
// and its moments worked out from the counts. What a row gives must be what the row-by-row
// arithmetic gives, and counts must merge in any order to the same bits.

const scale = (kind: Scale['kind'], min: number, max: number, reversed = false): Scale => ({ kind, min, max, labels: null, labelSet: null, reversed });
const THREE = scale('numeric', 1, 3);
const FOUR_REVERSED = scale('numeric', 1, 4, true);
const FIVE = scale('numeric', 1, 5);
const SEVEN = scale('numeric', 1, 7);
const ELEVEN = scale('numeric', 0, 10);
const YES_NO = scale('binary', 0, 1);
const LABELS = scale('labels', 1, 4);

// A complaints dimension (the problem question first, then how it was handled), one whose handling
// is also asked yes or no ("Was your problem resolved?", yes scores 100), and one of mixed scales
// and item weights.
const COMPLAINTS: CombinedItems = { scales: [YES_NO, FOUR_REVERSED, THREE], weights: [1, 1, 1], problem: 0, handling: [1, 2] };
const RESOLVED: CombinedItems = { scales: [YES_NO, YES_NO, THREE], weights: [1, 1, 1], problem: 0, handling: [1, 2] };
const MIXED: CombinedItems = { scales: [ELEVEN, LABELS], weights: [2.5, 0.5], problem: -1, handling: [] };

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/** `n` rows of answers to `items`: each answer on its scale, or missing one time in five. */
function rowsOf(items: CombinedItems, n: number, seed: number): CodedAnswer[][] {
  const next = random(seed);
  return Array.from({ length: n }, () => items.scales.map((s): CodedAnswer => (next() < 0.2 ? 'blank' : s.min + Math.floor(next() * (s.max - s.min + 1)))));
}

/** What RowScorer computed for a row before dimensions were counted: score, handling score, answers for alpha. */
function byRow(items: CombinedItems, answers: readonly CodedAnswer[]): { score: number; resolution: number; oriented: number[] | null } {
  let sum = 0;
  let weights = 0;
  let answered = 0;
  items.scales.forEach((s, i) => {
    const a = answers[i];
    if (typeof a !== 'number') return;
    sum += (items.weights[i] as number) * scoreAnswer(s, a);
    weights += items.weights[i] as number;
    answered += 1;
  });
  let resolution = Number.NaN;
  if (answered > 0 && items.problem >= 0 && answers[items.problem] === 1) {
    const handled = items.handling.flatMap((i) => (typeof answers[i] === 'number' ? [scoreAnswer(items.scales[i] as Scale, answers[i] as number)] : []));
    if (handled.length > 0) resolution = handled.reduce((a, b) => a + b, 0) / handled.length;
  }
  const oriented = answered === items.scales.length && answered > 1 ? items.scales.map((s, i) => orientAnswer(s, answers[i] as number)) : null;
  return { score: answered === 0 ? Number.NaN : sum / weights, resolution, oriented };
}

const positions = (items: CombinedItems) => items.scales.map((_, i) => i);

describe('DimensionCombinations', () => {
  it.each([
    ['complaints', COMPLAINTS],
    ['complaints resolved yes or no', RESOLVED],
    ['mixed scales and item weights', MIXED],
  ])('gives each combination what the row-by-row arithmetic gives its answers, to the last bit (%s)', (_, items) => {
    const combinations = DimensionCombinations.of(items) as DimensionCombinations;
    expect(combinations.size).toBe(items.scales.reduce((n, s) => n * (s.max - s.min + 2), 1));
    const seen = new Set<number>();
    for (const answers of rowsOf(items, 3000, 7)) {
      const c = combinations.of(answers, positions(items));
      seen.add(c);
      const expected = byRow(items, answers);
      expect(Object.is(combinations.scores[c], expected.score)).toBe(true);
      expect(Object.is(combinations.resolutions[c], expected.resolution)).toBe(true);
      expect(combinations.complete[c]).toBe(expected.oriented === null ? 0 : 1);
      if (expected.oriented !== null) expect([...combinations.answers.subarray(c * items.scales.length, (c + 1) * items.scales.length)]).toEqual(expected.oriented);
    }
    // Distinct answers, distinct combinations: the rows met most of them.
    expect(seen.size).toBeGreaterThan(combinations.size / 4);
  });

  it('gives no combination (-1) to answers off the scale or not whole, which a row then adds as before counts', () => {
    const combinations = DimensionCombinations.of(COMPLAINTS) as DimensionCombinations;
    for (const answers of [[1, 5, 1], [1, 2.5, 1], [1, 0, 1], [2, 3, 3], [-1, 3, 3]]) expect(combinations.of(answers, [0, 1, 2])).toBe(-1);
    // Digits 1 (yes), 3 (the fourth point) and 2 (the third), the first item's lowest.
    expect(combinations.of([1, 4, 3], [0, 1, 2])).toBe(1 + 3 * 3 + 2 * 3 * 5);
    expect(combinations.of(['blank', 'notApplicable', 'outOfScale'], [0, 1, 2])).toBe(combinations.size - 1);
  });

  it(`counts no dimension of more than ${MAX_COMBINATIONS} combinations`, () => {
    expect(DimensionCombinations.of({ scales: [ELEVEN, FIVE], weights: [1, 1], problem: -1, handling: [] })).toBeNull();
    expect(DimensionCombinations.of({ scales: [SEVEN, SEVEN, YES_NO], weights: [1, 1, 1], problem: -1, handling: [] })).toBeNull();
    expect(DimensionCombinations.of({ scales: [SEVEN, SEVEN], weights: [1, 1], problem: -1, handling: [] })?.size).toBe(MAX_COMBINATIONS);
  });
});

describe('DimensionCounts', () => {
  /** The counts of `rows`, with their weights, and the moments of the same rows added one by one. */
  function both(items: CombinedItems, rows: readonly CodedAnswer[][], weight: (i: number) => number): { counts: DimensionCounts; scores: Moments; resolution: Moments; alpha: CoMoments } {
    const combinations = DimensionCombinations.of(items) as DimensionCombinations;
    const weighted = rows.some((_, i) => weight(i) !== 1);
    const counts = new DimensionCounts(combinations, weighted);
    const scores = new Moments();
    const resolution = new Moments();
    const alpha = new CoMoments(items.scales.length);
    rows.forEach((answers, i) => {
      const { score, resolution: handled, oriented } = byRow(items, answers);
      if (Number.isNaN(score)) return;
      counts.add(combinations.of(answers, positions(items)), weight(i));
      scores.add(score, weight(i));
      if (!Number.isNaN(handled)) resolution.add(handled, weight(i));
      if (oriented !== null) alpha.add(oriented);
    });
    return { counts, scores, resolution, alpha };
  }

  const close = (got: number | null, want: number | null) => {
    expect(got).not.toBeNull();
    expect(Math.abs((got as number) - (want as number))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want as number)));
  };

  it.each([
    ['without weights', (_: number) => 1],
    ['with weights', (i: number) => 0.25 + ((i * 37) % 11) / 4],
  ])('gives the moments of the rows added one by one (%s)', (_, weight) => {
    for (const items of [COMPLAINTS, RESOLVED, MIXED]) {
      const { counts, scores, resolution, alpha } = both(items, rowsOf(items, 5000, 11), weight);
      const fromCounts = { scores: counts.scores(), resolution: counts.resolution(), alpha: counts.items() };
      expect(fromCounts.scores.n).toBe(scores.n);
      expect(fromCounts.scores.effectiveN).toBeCloseTo(scores.effectiveN, 9);
      close(fromCounts.scores.mean(), scores.mean());
      close(fromCounts.scores.variance(), scores.variance());
      expect(fromCounts.resolution.n).toBe(resolution.n);
      if (items.problem >= 0) {
        expect(resolution.n).toBeGreaterThan(100);
        close(fromCounts.resolution.mean(), resolution.mean());
        close(fromCounts.resolution.variance(), resolution.variance());
      }
      expect(fromCounts.alpha.n).toBe(alpha.n);
      const [got, want] = [fromCounts.alpha.covariance() as number[][], alpha.covariance() as number[][]];
      want.forEach((row, i) => row.forEach((value, j) => close(got[i]?.[j] ?? null, value)));
    }
  });

  it('keeps a constant score exactly, with no spread', () => {
    const items: CombinedItems = { scales: [THREE, THREE, THREE], weights: [1, 1, 1], problem: -1, handling: [] };
    const combinations = DimensionCombinations.of(items) as DimensionCombinations;
    const counts = new DimensionCounts(combinations, false);
    // 1, 2, 2 and 2, 2, 1 and 3, 1, 1: three combinations of one score, 33.333…, which no sum keeps exactly.
    for (const answers of [[1, 2, 2], [2, 2, 1], [3, 1, 1]]) for (let i = 0; i < 7; i++) counts.add(combinations.of(answers, [0, 1, 2]), 1);
    const scores = counts.scores();
    expect(scores.mean()).toBe(combinations.scores[combinations.of([1, 2, 2], [0, 1, 2])]);
    expect(scores.variance()).toBe(0);
  });

  it('merges in any order, and through states, to the same bits (weights that sum exactly: quarters)', () => {
    const rows = rowsOf(MIXED, 6000, 3);
    const weight = (i: number) => 1 + (i % 7) / 4;
    const parts = [rows.slice(0, 1000), rows.slice(1000, 4500), rows.slice(4500)];
    const countsOf = (part: CodedAnswer[][], offset: number) => both(MIXED, part, (i) => weight(i + offset)).counts;
    const [a, b, c] = [countsOf(parts[0] as CodedAnswer[][], 0), countsOf(parts[1] as CodedAnswer[][], 1000), countsOf(parts[2] as CodedAnswer[][], 4500)] as DimensionCounts[];
    const combinations = DimensionCombinations.of(MIXED) as DimensionCombinations;
    const inOrder = new DimensionCounts(combinations, true).merge(a as DimensionCounts).merge(b as DimensionCounts).merge(c as DimensionCounts);
    const reversed = new DimensionCounts(combinations, true).load((c as DimensionCounts).save()).merge(b as DimensionCounts).load((a as DimensionCounts).save());
    const whole = countsOf(rows, 0);
    expect(reversed.save()).toEqual(inOrder.save());
    expect(whole.save()).toEqual(inOrder.save());
    for (const figures of ['scores', 'resolution'] as const) {
      expect(reversed[figures]().save()).toEqual(inOrder[figures]().save());
    }
    expect(reversed.items().save()).toEqual(inOrder.items().save());
    expect(inOrder.scores().n).toBe(rows.filter((answers) => answers.some((x) => typeof x === 'number')).length);
  });

  it('refuses a state of a combination the dimension has not', () => {
    const counts = new DimensionCounts(DimensionCombinations.of(COMPLAINTS) as DimensionCombinations, false);
    expect(() => counts.load({ combinations: [3 * 5 * 4], counts: [1] })).toThrow(/combination 60 of a dimension of 60/);
  });
});
