import { effectiveN } from '../stats/weight-sums.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import type { CommentColumn } from '../survey/comment-columns.js';
import { COMMENT_LANGUAGES, type CommentLanguage } from '../survey/comment-language.js';
import type { WeightedCount } from './checkbox-tally.js';
import type { CommentTally } from './comment-tally.js';
import type { CommentColumnSummary } from './report.js';

/**
 * One free-text column: its comments, their share of the respondents (weighted) with a Wilson
 * interval on Kish's effective n, their mean length, and their languages. `base` is the analysis'
 * rows: their count, and the sum of their weights and of their squares.
 */
export function summarizeComments(free: CommentColumn, tally: CommentTally, base: Readonly<WeightedCount>, level: number): CommentColumnSummary {
  const { comments, excluded, characters, languages } = tally.figures;
  const [count, weight] = comments;
  const [respondents, baseWeight, baseWeight2] = base;
  const n = effectiveN(baseWeight, baseWeight2);
  const share = baseWeight > 0 ? weight / baseWeight : null;
  return {
    column: free.column.name,
    kind: free.kind,
    respondents,
    comments: count,
    share,
    ci: share === null ? null : wilsonInterval(share * n, n, level),
    meanLength: count > 0 ? characters / count : null,
    excluded: { ...excluded },
    languages: Object.fromEntries(COMMENT_LANGUAGES.map((language) => [language, { count: languages[language], share: count > 0 ? languages[language] / count : null }])) as Record<CommentLanguage, { count: number; share: number | null }>,
  };
}
