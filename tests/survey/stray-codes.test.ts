import { describe, expect, it } from 'vitest';
import { dontKnowCode, strayCodes, typedAnswers } from '../../src/survey/stray-codes.js';

/** Counts of each code, and their total. */
function counts(byCode: Record<number, number>): [Map<number, number>, number] {
  const map = new Map(Object.entries(byCode).map(([code, n]) => [Number(code), n]));
  return [map, [...map.values()].reduce((a, b) => a + b, 0)];
}

describe('strayCodes', () => {
  it.each([
    // A 0 among 242 answers 1..5, and two 8s among 178 answers 1..7: strays (a cold trial's exports).
    ['one 0 below 1..5 (0.4 %)', { 0: 1, 1: 30, 2: 50, 3: 60, 4: 60, 5: 41 }, [0]],
    ['two 8s above 1..7 (1.1 %)', { 1: 10, 2: 20, 3: 30, 4: 40, 5: 36, 6: 25, 7: 15, 8: 2 }, [8]],
    // A cold review's genuine scales, which the first rule cut: 0-5 whose 0 holds 1.5 %, and
    // German school grades 1-6 whose worst grade is seldom given.
    ['a 0-5 whose 0 holds 1.5 %', { 0: 3, 1: 15, 2: 30, 3: 60, 4: 60, 5: 32 }, []],
    ['grades 1-6 with few 6s', { 1: 20, 2: 60, 3: 70, 4: 40, 5: 12, 6: 2 }, []],
    ['a 0 beside as many 1s', { 0: 1, 1: 2, 2: 60, 3: 70, 4: 60, 5: 50 }, []],
    // A 6 above 1..5: a stray where the answers lean to the 5 and it is a handful beside the 5s (a
    // cold trial's satisfaction question, one edited cell among 210 answers); German grades, which
    // lean to the 1, keep their 6 however rare.
    ['one 6 above a satisfaction 1..5 (0.5 %)', { 1: 7, 2: 40, 3: 60, 4: 68, 5: 34, 6: 1 }, [6]],
    ['one 6 and one 0 around a satisfaction 1..5', { 0: 1, 1: 30, 2: 60, 3: 90, 4: 120, 5: 100, 6: 1 }, [6, 0]],
    ['grades 1-6 whose one 6 is 0.4 %', { 1: 39, 2: 82, 3: 73, 4: 27, 5: 18, 6: 1 }, []],
    ['grades 1-6 with many 5s, more 1s', { 1: 60, 2: 90, 3: 60, 4: 30, 5: 25, 6: 1 }, []],
    ['a 6 at 1 % of a satisfaction 1..5', { 1: 7, 2: 40, 3: 60, 4: 68, 5: 34, 6: 2 }, []],
    ['a 6 beside too few 5s', { 1: 2, 2: 20, 3: 60, 4: 110, 5: 15, 6: 1 }, []],
    // Past points no one chose: a 10 beside 1..5 (a cold trial's weekly CSAT, 6 to 9 never chosen),
    // an 8 and a 10 beside it together, a 9 and a 10 beside 1..7. Not where they hold more than 2 %,
    // nor one of them over a quarter of the top's, nor beside a run of fewer than 4 points.
    ['one 10 past 6..9 unchosen, beside 1..5', { 1: 60, 2: 150, 3: 380, 4: 480, 5: 280, 10: 1 }, [10]],
    ['an 8 and a 10 beside 1..5', { 1: 60, 2: 150, 3: 380, 4: 480, 5: 280, 8: 1, 10: 1 }, [8, 10]],
    ['a 9 and a 10 beside 1..7', { 1: 10, 2: 20, 3: 30, 4: 40, 5: 36, 6: 25, 7: 15, 9: 1, 10: 1 }, [9, 10]],
    ['10s past a gap holding 3 %', { 1: 20, 2: 30, 3: 60, 4: 60, 5: 30, 10: 6 }, []],
    ['a 9 beside 1..3', { 1: 60, 2: 80, 3: 60, 9: 1 }, []],
    // A cold review: answers piled at the low end thin out toward a top past points few chose, which is theirs.
    ['a 7 beside a low-effort 1..5, piled at 1', { 1: 120, 2: 80, 3: 40, 4: 15, 5: 6, 7: 1 }, []],
    ['a 9 beside an unhappy 1..6', { 1: 40, 2: 60, 3: 50, 4: 30, 5: 12, 6: 5, 9: 1 }, []],
    // A second review: an unhappy week's CSAT, more 1s than 5s, and one 10 past four points no one chose: a stray still.
    ['a 10 beside an unhappy 1..5', { 1: 70, 2: 50, 3: 40, 4: 35, 5: 30, 10: 1 }, [10]],
  ])('%s', (_what, byCode, strays) => {
    const [map, answers] = counts(byCode);
    expect(strayCodes(map, answers).map((s) => s.value)).toEqual(strays);
  });

  // Typed answers (a "44" among them): a 0 as rare as a slip is a stray beside as few 1s, where the
  // answers lean to the top; answers that lean to the 1 or a 0 past 0.5 % keep their 0.
  it.each([
    ['a 0 beside one 1 among typed answers (a cold trial, 277 answers)', { 0: 1, 1: 1, 2: 32, 3: 70, 4: 87, 5: 75 }, [0]],
    ['a 0 beside as many 1s, typed', { 0: 1, 1: 2, 2: 60, 3: 70, 4: 60, 5: 50 }, [0]],
    ['typed answers leaning to the 1', { 0: 1, 1: 80, 2: 60, 3: 40, 4: 20, 5: 10 }, [0]],
    ['a 0 at 1.5 % of typed answers', { 0: 3, 1: 2, 2: 30, 3: 60, 4: 60, 5: 45 }, []],
    ['a 0 beside more 1s than 5s, few of both, typed', { 0: 1, 1: 3, 2: 60, 3: 90, 4: 60, 5: 2 }, []],
  ])('%s', (_what, byCode, strays) => {
    const [map, answers] = counts(byCode);
    expect(strayCodes(map, answers, false, true).map((s) => s.value)).toEqual(strays);
  });

  it.each([
    ['a doubled key', [[4, 10], [44, 1]], true],
    ['a don\'t-know code', [[4, 10], [99, 1]], false],
    ['a 9 code', [[4, 10], [9, 1]], false],
    ['answers 0-10 only', [[0, 1], [10, 3]], false],
  ] as Array<[string, Array<[number, number]>, boolean]>)('typedAnswers: %s', (_what, pairs, typed) => {
    expect(typedAnswers(new Map(pairs))).toBe(typed);
  });

  it.each([
    ['99 beside 1..5 (a LimeSurvey "Weiß nicht")', { 1: 7, 2: 29, 3: 68, 4: 77, 5: 42, 99: 17 }, 99],
    ['999 beside 1..7', { 1: 3, 2: 5, 3: 10, 4: 20, 5: 30, 6: 20, 7: 9, 999: 6 }, 999],
    ['9 beside 1..5', { 1: 5, 2: 10, 3: 20, 4: 20, 5: 10, 9: 8 }, 9],
    ['9 on 1-10', { 1: 5, 2: 10, 3: 20, 8: 20, 10: 10, 9: 8 }, null],
    ['9 after 1..7', { 1: 5, 2: 10, 3: 20, 4: 20, 7: 10, 9: 8 }, null],
    ['99 held by most answers', { 1: 5, 2: 10, 3: 10, 99: 30 }, null],
    ['99 beside another number off the scale', { 1: 5, 2: 10, 3: 10, 44: 1, 99: 3 }, null],
    ['a code beside two points only', { 1: 5, 2: 10, 99: 3 }, null],
    ['a lone 99 among 300 answers', { 1: 30, 2: 50, 3: 90, 4: 80, 5: 49, 99: 1 }, null],
    ['answers 0-10 only', { 0: 5, 5: 10, 10: 3 }, null],
  ])('dontKnowCode: %s', (_what, byCode, code) => {
    const [map, answers] = counts(byCode);
    expect(dontKnowCode({ counts: map, integers: answers, zeroToTen: answers })?.code ?? null).toBe(code);
  });
});
