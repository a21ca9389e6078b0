import { describe, expect, it } from 'vitest';
import { CommentWordTally, NEITHER } from '../../src/analysis/comment-word-tally.js';
import { summarizeCommentWords } from '../../src/analysis/summarize-comment-words.js';
import { logOddsDirichlet } from '../../src/stats/log-odds.js';
import { COMMENT_THEMES } from '../../src/survey/comment-words/index.js';
import type { CommentReading } from '../../src/survey/read-comment.js';
import { COMMENT_TONES } from '../../src/survey/tag-comment.js';

const COMPLAINTS = 1 << COMMENT_THEMES.indexOf('complaints');

/** An English comment of `stems`, each written as the stem, talking about the themes `themes` (bits). */
function reading(stems: string[], themes: number): CommentReading {
  return { code: 'comment', exclusionAt: -1, length: 10, language: 'en', themes, tone: 'neutral', toneAt: COMMENT_TONES.indexOf('neutral'), hash: 0, verbatim: '', stems, forms: stems, shared: false };
}

// Reviews of flats: "very" and "flat" in every comment; the complaints' own words "noisi" and
// "dirti", and "late", which other comments use too, less often.
const COMMENTS: Array<[stems: string[], themes: number, times: number]> = [
  [['very', 'flat', 'noisi', 'late'], COMPLAINTS, 12],
  [['very', 'flat', 'dirti'], COMPLAINTS, 8],
  [['very', 'flat', 'late'], 0, 6],
  [['very', 'flat', 'nice', 'host'], 0, 40],
];

describe("a theme's words", () => {
  const tally = new CommentWordTally();
  for (const [stems, themes, times] of COMMENTS) for (let i = 0; i < times; i++) tally.add(reading(stems, themes), NEITHER);
  const [english] = summarizeCommentWords(tally, 0.95);
  const complaints = english?.themes.find((t) => t.theme === 'complaints');

  it("are those that set the theme's comments apart from the language's others, surest first", () => {
    // Words each comment uses once: the theme's 20 comments use 12·4 + 8·3 = 72, all 66 comments 72 + 6·3 + 40·4 = 250.
    const [themeWords, allWords] = [72, 250];
    const z = (theme: number, all: number) => logOddsDirichlet(theme, themeWords, all - theme, allWords - themeWords, all, allWords).z;
    const expected = [
      { word: 'noisi', comments: 12, z: z(12, 12) },
      { word: 'dirti', comments: 8, z: z(8, 8) },
      { word: 'late', comments: 12, z: z(12, 18) },
    ].sort((a, b) => b.z - a.z);
    expect(expected.every((w) => w.z >= 1.959963984540054)).toBe(true);
    expect(complaints?.comments).toBe(20);
    expect(complaints?.words.map((w) => [w.word, w.comments])).toEqual(expected.map((w) => [w.word, w.comments]));
    // "very" and "flat", in every comment, do not pass the critical value, however many of the theme's comments use them.
    expect(z(20, 66)).toBeLessThan(1.959963984540054);
  });

  it("are those most of its comments use where every comment of the language is the theme's", () => {
    const only = new CommentWordTally();
    for (let i = 0; i < 3; i++) only.add(reading(['very', 'noisi'], COMPLAINTS), NEITHER);
    only.add(reading(['very', 'dirti'], COMPLAINTS), NEITHER);
    only.add(reading(['very', 'dirti'], COMPLAINTS), NEITHER);
    const words = summarizeCommentWords(only, 0.95)[0]?.themes.find((t) => t.theme === 'complaints')?.words;
    expect(words?.map((w) => [w.word, w.comments])).toEqual([['very', 5], ['noisi', 3], ['dirti', 2]]);
  });
});
