import { logOddsDirichlet } from '../stats/log-odds.js';
import { normalQuantile } from '../stats/quantiles.js';
import { COMMENT_THEMES } from '../survey/comment-words/index.js';
import { STEMMERS } from '../survey/comment-tokens.js';
import { WORD_CAPACITY, type CommentWordTally } from './comment-word-tally.js';
import type { CommentLanguageWords, DistinguishingWord, WordCount } from './report.js';

// Either side needs this many comments in a language for its words to be compared.
export const MIN_SIDE_COMMENTS = 10;
// A word is compared when this many of the two sides' comments use it: rarer ones say little, however large their z.
export const MIN_WORD_COMMENTS = 3;
// A theme's word is shown when this many of the theme's comments use it.
const MIN_THEME_WORD_COMMENTS = 2;
// Words listed a side, and a theme.
export const TOP_WORDS = 10;
const FIRST_THEME = 3;

/**
 * The words of one free-text column's comments, per language: those that set detractors' comments
 * apart from promoters' and back, and those that set each theme's comments apart from the others.
 * A word's z is that of the log-odds ratio with an informative Dirichlet prior (see
 * logOddsDirichlet), the prior being every comment of the language in the column (α_w = the
 * comments of the language that use the word, α_0 the words of all of them): a word is listed on a side when its z passes the two-sided critical value
 * of the confidence `level` (1.96 at 0.95), not corrected for the many words compared. Ties are
 * broken by stem, so the lists do not depend on the order rows came in.
 */
export function summarizeCommentWords(tally: CommentWordTally, level: number): CommentLanguageWords[] {
  const critical = normalQuantile(1 - (1 - level) / 2);
  return tally.figures().map(({ language, comments, words }) => {
    const totals = words.sums;
    const entries = words.entries();
    const [all, detractorComments, promoterComments] = [comments[0] as number, comments[1] as number, comments[2] as number];
    const [background, detractorWords, promoterWords] = [totals[0] ?? 0, totals[1] ?? 0, totals[2] ?? 0];
    const enough = detractorComments >= MIN_SIDE_COMMENTS && promoterComments >= MIN_SIDE_COMMENTS;
    let distinguishing: CommentLanguageWords['distinguishing'] = null;
    if (enough) {
      const scored = entries.flatMap(({ key, label, counts }): DistinguishingWord[] => {
        const [prior, detractors, promoters] = [counts[0] as number, counts[1] as number, counts[2] as number];
        // A word all of the language's words are (a language of one word) has no odds to compare.
        if (detractors + promoters < MIN_WORD_COMMENTS || prior <= 0 || prior >= background) return [];
        const { delta, z } = logOddsDirichlet(detractors, detractorWords, promoters, promoterWords, prior, background);
        return [{ word: label, stem: key, comments: prior, detractors, promoters, logOddsRatio: delta, z }];
      });
      const byStem = (a: DistinguishingWord, b: DistinguishingWord) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
      distinguishing = {
        detractors: scored.filter((w) => w.z >= critical).sort((a, b) => b.z - a.z || byStem(a, b)).slice(0, TOP_WORDS),
        promoters: scored.filter((w) => w.z <= -critical).sort((a, b) => a.z - b.z || byStem(a, b)).slice(0, TOP_WORDS),
      };
    }
    const themes = COMMENT_THEMES.flatMap((theme, t) => {
      const slot = FIRST_THEME + t;
      const count = comments[slot] as number;
      if (count === 0) return [];
      // The words that set the theme's comments apart from the language's others, as the sides'
      // are (log-odds z past the critical value, the same prior), surest first: a word every
      // comment uses ("très", "es", "bien" in reviews of flats) is no theme's. Where no other
      // comment is left to set them against, the words most of the theme's comments use.
      const themeWords = totals[slot] ?? 0;
      const restWords = background - themeWords;
      const used = entries.filter((e) => (e.counts[slot] as number) >= MIN_THEME_WORD_COMMENTS);
      const ranked = used.flatMap((e) => {
        const [prior, y] = [e.counts[0] as number, e.counts[slot] as number];
        if (restWords <= 0) return [{ e, z: y }];
        // Past the capacity a count may fall short (maxUndercount), the whole's below the theme's.
        const rest = Math.max(0, prior - y);
        if (prior <= 0 || prior >= background || y > themeWords || rest > restWords) return [];
        const { z } = logOddsDirichlet(y, themeWords, rest, restWords, prior, background);
        return z >= critical ? [{ e, z }] : [];
      });
      const top = ranked
        .sort((a, b) => b.z - a.z || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0))
        .slice(0, TOP_WORDS)
        .map(({ e }): WordCount => ({ word: e.label, stem: e.key, comments: e.counts[slot] as number }));
      return [{ theme, comments: count, words: top }];
    });
    return {
      language,
      comments: all,
      words: background,
      detractors: { comments: detractorComments, words: detractorWords },
      promoters: { comments: promoterComments, words: promoterWords },
      stemmed: STEMMERS[language] !== undefined,
      maxUndercount: words.maxUndercount,
      capacity: WORD_CAPACITY,
      distinguishing,
      ...(enough ? {} : { reason: `fewer than ${MIN_SIDE_COMMENTS} comments of detractors or of promoters (${detractorComments} and ${promoterComments})` }),
      themes,
    };
  });
}
