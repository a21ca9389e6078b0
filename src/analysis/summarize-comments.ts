import { effectiveN } from '../stats/weight-sums.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import type { CommentColumn } from '../survey/comment-columns.js';
import { COMMENT_LANGUAGES, type CommentLanguage } from '../survey/comment-language.js';
import type { WeightedCount } from './checkbox-tally.js';
import { COMMENT_THEMES } from '../survey/comment-words/index.js';
import { COMMENT_TONES, type CommentTone } from '../survey/tag-comment.js';
import type { CommentTally } from './comment-tally.js';
import type { CommentColumnSummary, CommentsSummary, ThemeImpactSummary } from './report.js';

/**
 * One free-text column: its comments, their share of the respondents (weighted) with a Wilson
 * interval on Kish's effective n, their mean length, their languages, their tones, and the themes
 * they talk about, each by tone (unweighted counts of comments), with `impact`, each theme's in
 * the order of COMMENT_THEMES (see settleImpact), where there is one (the whole sample's); an
 * "Other (please specify)" text has no themes (see CommentColumnSummary.themes).
 * `base` is the analysis' rows: their count, and the sum of their weights and of their squares.
 */
export function summarizeComments(free: CommentColumn, tally: CommentTally, base: Readonly<WeightedCount>, level: number, impact: readonly ThemeImpactSummary[] | null, read = (1 << COMMENT_THEMES.length) - 1): CommentColumnSummary {
  const { comments, excluded, characters, languages, tones, tonesFromRatings, themes, verbatims } = tally.figures;
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
    tones: { fromRatings: tonesFromRatings, ...(Object.fromEntries(COMMENT_TONES.map((tone) => [tone, { count: tones[tone], share: count > 0 ? tones[tone] / count : null }])) as Record<CommentTone, { count: number; share: number | null }>) },
    // What was typed beside a choice ("Other: Lisboa", "a friend") is no comment on the company: it talks about no theme.
    ...(free.kind === 'other'
      ? {}
      : {
          // The themes the comments were read for (themesRead): a survey of employees' are not
          // read for a customer's, which are then no figure of the report, not nought.
          themes: COMMENT_THEMES.flatMap((theme, t) => {
            if (((read >> t) & 1) === 0) return [];
            const byTone = themes[theme];
            const mentions = COMMENT_TONES.reduce((sum, tone) => sum + byTone[tone], 0);
            const texts = Object.fromEntries(COMMENT_TONES.map((tone) => [tone, verbatims[theme][tone].map(([, text]) => text)])) as Record<CommentTone, string[]>;
            return [{ theme, comments: mentions, share: count > 0 ? mentions / count : null, ...byTone, verbatims: texts, ...(impact === null ? {} : { impact: impact[t] as ThemeImpactSummary }) }];
          }),
        }),
  };
}

/** The comments of a report without their verbatims (each theme's lists emptied): a segment's or a period's of fewer respondents than --min-base, whose own words would point at them. */
export function withoutVerbatims(comments: CommentsSummary | null): CommentsSummary | null {
  if (comments === null) return null;
  const empty = { praise: [], mixed: [], criticism: [], neutral: [] };
  return { ...comments, columns: comments.columns.map((c) => ({ ...c, ...(c.themes === undefined ? {} : { themes: c.themes.map((t) => ({ ...t, verbatims: empty })) }) })) };
}

/** The share of a column's comments in a language without words (`other`), and their number, from which a note says so. */
export const UNREAD_SHARE = 0.05;
export const UNREAD_COUNT = 5;

/**
 * A note for each comment column (not an "Other (please specify)" text, which has no themes) whose
 * comments in a language satisfy has no words for (`other`) are at least UNREAD_SHARE of its
 * comments: they talk about no theme and get no tone from their words, so the themes' shares,
 * which are of all the column's comments, leave them out unseen.
 */
export function unreadLanguageNotes(comments: CommentsSummary | null): string[] {
  return (comments?.columns ?? []).flatMap((column) => {
    const other = column.languages.other;
    if (column.kind === 'other' || other.share === null || other.share < UNREAD_SHARE || other.count < UNREAD_COUNT) return [];
    const count = (n: number) => n.toLocaleString('en-US');
    // Without a rating in the report, such a comment has no tone at all.
    const tone = (column.tones?.fromRatings ?? 0) > 0 ? 'a tone only where the respondent\'s ratings give one' : 'no tone';
    return [`column "${column.column}": ${count(other.count)} of ${count(column.comments)} comments (${(100 * other.share).toFixed(1)} %) are in a language satisfy has no words for ("other" among its languages): they talk about no theme and have ${tone}, and the themes' shares, of all ${count(column.comments)}, count them as talking about none`];
  });
}
