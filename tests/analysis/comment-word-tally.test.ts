import { describe, expect, it } from 'vitest';
import { CommentWordTally, DETRACTOR, NEITHER, PROMOTER, WORD_COUNTS, type Side } from '../../src/analysis/comment-word-tally.js';
import type { CommentReading } from '../../src/survey/read-comment.js';
import { COMMENT_TONES } from '../../src/survey/tag-comment.js';

/** A reading of a comment in `language` with `stems` (each written as the stem and an x), `themes` one bit each; `shared` as the reader shares a short text's. */
function reading(language: CommentReading['language'], stems: string[], themes = 0, shared = true): CommentReading {
  return { code: 'comment', exclusionAt: -1, length: 10, language, themes, tone: 'neutral', toneAt: COMMENT_TONES.indexOf('neutral'), hash: 0, verbatim: '', stems, forms: stems.map((s) => `${s}x`), shared };
}

// 6,000 comments: 3,000 distinct readings (more than are kept waiting before their words are
// counted), each met twice, as detractors', promoters' and others' comments.
const comments: Array<[CommentReading, Side]> = [];
// One in five is a long comment, whose reading is not shared (counted at once).
const distinct = Array.from({ length: 3000 }, (_, i) => reading(i % 7 === 0 ? 'pl' : 'en', [`w${i % 50}`, `v${i % 13}`, `u${i}`], i % 3 === 0 ? 0b101 : 0, i % 5 !== 0));
for (let round = 0; round < 2; round++) distinct.forEach((r, i) => comments.push([r, ([NEITHER, DETRACTOR, PROMOTER] as const)[(i + round) % 3] as Side]));

function tallyOf(part: ReadonlyArray<[CommentReading, Side]>): CommentWordTally {
  const tally = new CommentWordTally();
  for (const [r, side] of part) tally.add(r, side);
  return tally;
}

/** A tally's figures with its words sorted by stem: what the report reads. */
function figures(tally: CommentWordTally) {
  return tally.figures().map(({ language, comments, words }) => ({ language, comments: [...comments], words: words.entries().map((e) => [e.key, e.label, [...e.counts]]).sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)), undercount: words.maxUndercount }));
}

describe('CommentWordTally', () => {
  it('counts each word once a comment, per side and theme, as a direct count does', () => {
    const got = figures(tallyOf(comments));
    const english = got.find((f) => f.language === 'en');
    const w7 = english?.words.find(([key]) => key === 'w7');
    const using = comments.filter(([r]) => r.language === 'en' && r.stems.includes('w7'));
    const count = (keep: (c: [CommentReading, Side]) => boolean) => using.filter(keep).length;
    expect(w7?.[2]).toEqual([count(() => true), count(([, s]) => s === DETRACTOR), count(([, s]) => s === PROMOTER), count(([r]) => (r.themes & 1) === 1), 0, count(([r]) => (r.themes & 4) === 4), 0, 0, 0, 0]);
    expect(w7?.[1]).toBe('w7x');
    expect(english?.comments[0]).toBe(comments.filter(([r]) => r.language === 'en').length);
    expect(english?.undercount).toBe(0);
    expect(WORD_COUNTS.length).toBe(10);
  });

  it('gives the same figures however the comments are split and merged', () => {
    const whole = figures(tallyOf(comments));
    const parts = [comments.slice(0, 1000), comments.slice(1000, 4500), comments.slice(4500)].map((part) => tallyOf(part).save());
    const merged = new CommentWordTally();
    for (const state of parts.reverse()) merged.load(state);
    expect(figures(merged)).toEqual(whole);
  });

  it('is the same, pruned or not, whether the reader shared one reading between the rows of a text or made a new one each time (as a thread whose memory of readings differs)', () => {
    // 12,000 distinct stems in English: more than are counted exactly.
    const many: Array<[CommentReading, Side]> = [];
    const readings = Array.from({ length: 4000 }, (_, i) => reading('en', [`w${i % 40}`, `t${i}`, `s${i}`, `r${i}`], 0, i % 9 !== 0));
    // Each text written by three respondents in a row, and again later.
    for (let round = 0; round < 2; round++) readings.forEach((r, i) => [0, 1, 2].forEach((k) => many.push([r, ([NEITHER, DETRACTOR, PROMOTER] as const)[(i * 7 + round + k) % 3] as Side])));
    const shared = tallyOf(many).save();
    const copied = tallyOf(many.map(([r, side]): [CommentReading, Side] => [{ ...r }, side])).save();
    expect(shared.languages[0]?.words.undercount).toBeGreaterThan(0);
    expect(copied).toEqual(shared);
  });

  it('counts no words of a comment in another language, nor of no language', () => {
    const tally = tallyOf([[reading('other', ['bezorging']), DETRACTOR], [reading('undetermined', []), PROMOTER]]);
    expect(tally.save()).toEqual({ languages: [] });
  });

  it('forgets everything on clear', () => {
    const tally = tallyOf(comments.slice(0, 100));
    tally.clear();
    expect(tally.save()).toEqual({ languages: [] });
  });
});
