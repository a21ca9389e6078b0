/** What the comments section of every format shows, and how it words it. */
import type { CommentColumnSummary, CommentsSummary, ImpactTest, Report } from '../analysis/report.js';
import { ARROW } from './breakdown.js';
import { COMMENT_EXCLUSIONS, type CommentExclusion } from '../survey/code-comment.js';
import { COMMENT_LANGUAGES } from '../survey/comment-language.js';
import { COMMENT_TONES, type CommentTone } from '../survey/tag-comment.js';
import { DASH, fixed, percent, plural, signed } from './format-number.js';

/** One free-text column as text. */
export interface CommentRow {
  column: string;
  kind: string;
  comments: string;
  share: string;
  meanLength: string;
  languages: string;
  excluded: string;
}

/** One free-text column of a segment or period as text; `group` is set on its first column only. */
export interface CommentGroupRow extends CommentRow {
  group: string;
  respondents: string;
}

export const COMMENTS_TITLE = 'Comments';
export const COMMENTS_HEAD = ['Column', 'Kind', 'Comments', 'Share', 'Mean length', 'Top languages', 'No comment'];
export const COMMENTS_NOTE =
  'share: of the respondents; mean length: characters (Unicode code points); languages: of the comments, top three (undetermined: under 10 letters); no comment: blank, no letter or digit ("-"), a non-answer ("n/a") or nothing to say ("none")';
// Languages named in a row: the JSON has them all.
const LANGUAGES_SHOWN = 3;
const EXCLUSION_WORDS: Record<CommentExclusion, string> = { blank: 'blank', noText: 'no text', notApplicable: 'n/a', nothingToSay: 'nothing to say' };

/** The rows of the comments section: each free-text column's comments, share, mean length, top languages and cells without a comment. */
export function commentRows(comments: CommentsSummary | null | undefined): CommentRow[] {
  return (comments?.columns ?? []).map(commentRow);
}

/** Each segment's or period's free-text columns, the group named on its first. */
export function commentGroupRows(groups: ReadonlyArray<{ name: string; respondents: number; comments?: CommentsSummary | null }>): CommentGroupRow[] {
  return groups.flatMap((g) => commentRows(g.comments).map((row, i) => ({ ...row, group: i === 0 ? g.name : '', respondents: i === 0 ? String(g.respondents) : '' })));
}

/**
 * The comment tables by segment and by period, as every format shows them: a group under
 * --min-base marked `*` as in the breakdown's own table, with the legend (`''` where none is).
 */
export function commentBreakdowns(report: Report): Array<{ title: string; head: string; rows: CommentGroupRow[]; legend: string }> {
  const legend = (marked: boolean, minBase: number | undefined) => (marked ? `* base under ${minBase ?? 30}: its comments are few to read, and none of them is quoted` : '');
  const segments = report.segments.map((s) => ({ ...s, name: s.lowBase ? `${s.value} *` : s.value }));
  const periods = report.periods.map((p) => ({ ...p, name: p.lowBase === true ? `${p.period} *` : p.period }));
  return [
    { title: `Comments by ${report.segments[0]?.column ?? ''}`, head: 'Segment', rows: commentGroupRows(segments), legend: legend(report.segments.some((s) => s.lowBase && s.comments !== null && s.comments !== undefined), report.segmentation?.minBase) },
    { title: `Comments by ${report.periodization?.period ?? ''}`, head: 'Period', rows: commentGroupRows(periods), legend: legend(report.periods.some((p) => p.lowBase === true && p.comments !== null && p.comments !== undefined), report.periodization?.minBase) },
  ];
}

/** Whether the report has free-text columns. */
export function hasComments(report: Report): boolean {
  return (report.comments?.columns.length ?? 0) > 0;
}

function commentRow(c: CommentColumnSummary): CommentRow {
  const languages = COMMENT_LANGUAGES.map((language) => ({ language, ...c.languages[language] }))
    .filter((l) => l.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, LANGUAGES_SHOWN)
    .map((l) => `${l.language} ${percent(l.share, 0)}`);
  const excluded = COMMENT_EXCLUSIONS.filter((reason) => c.excluded[reason] > 0).map((reason) => `${EXCLUSION_WORDS[reason]} ${c.excluded[reason]}`);
  return {
    column: c.column,
    kind: c.kind === 'other' ? 'other text' : 'comment',
    comments: String(c.comments),
    share: percent(c.share),
    meanLength: fixed(c.meanLength, 0),
    languages: languages.length === 0 ? DASH : languages.join(' · '),
    excluded: excluded.length === 0 ? DASH : excluded.join(', '),
  };
}

/**
 * "3 comments in 2 columns" for a heading, the "Other (please specify)" texts apart ("3 comments in
 * 2 columns · 5 Other texts in 1 column"): what was typed beside a choice is no comment on the company.
 */
export function commentsCount(comments: CommentsSummary): string {
  const count = (kind: CommentColumnSummary['kind'], noun: string) => {
    const columns = comments.columns.filter((c) => c.kind === kind);
    return columns.length === 0 ? [] : [`${plural(columns.reduce((sum, c) => sum + c.comments, 0), noun)} in ${plural(columns.length, 'column')}`];
  };
  return [...count('comment', 'comment'), ...count('other', 'Other text')].join(' · ');
}

/** One theme of one free-text column as text. */
export interface CommentThemeRow {
  column: string;
  theme: string;
  comments: string;
  share: string;
  praise: string;
  mixed: string;
  criticism: string;
  neutral: string;
  /** The impact of the theme: mentioned − others, marked ▲ or ▼ where significant, or — where not tested. */
  csat: string;
  nps: string;
  index: string;
}

export const COMMENT_THEMES_TITLE = 'What the comments talk about';
const COMMENT_THEMES_HEAD = ['Column', 'Theme', 'Comments', 'Share', 'Praise', 'Mixed', 'Criticism', 'Neutral', 'Δ CSAT', 'Δ NPS', 'Δ Index'];
// The columns of the themes table before the impact's (Δ CSAT, Δ NPS, Δ Index).
const BEFORE_IMPACT = 8;

/**
 * Whether the themes table shows their impact: where the report has a CSAT, an NPS or an index to
 * set those who mention a theme against the others. A report of comments alone has none, and its
 * table no columns of dashes.
 */
export function themeImpactShown(report: Pick<Report, 'csat' | 'nps' | 'index'>): boolean {
  return report.csat !== null || report.nps !== null || report.index !== null;
}

/** The head of the themes table, with the impact's columns or not (see themeImpactShown). */
export function commentThemesHead(impact: boolean): string[] {
  return impact ? COMMENT_THEMES_HEAD : COMMENT_THEMES_HEAD.slice(0, BEFORE_IMPACT);
}

/** The line under the themes table; what an "Other (please specify)" text takes is said where the report has one, what Δ is where it is shown. */
export function commentThemesNote(comments: CommentsSummary, impact: boolean): string {
  const other = comments.columns.some((c) => c.kind === 'other') ? '; an Other text (typed beside a choice): its tone from its words, no theme' : '';
  const delta = impact ? "; Δ: the respondents who mention the theme against all the others (CSAT top-box share in points, NPS, index), ▲ ▼ significant with the report's other themes as one family, — fewer than --min-base answers on a side" : '';
  return `themes: found by the words of the comment's language (their agreement with hand-labelled comments is in the README); share: of the column's comments; tone: from the respondent's ratings (promoter praise, passive mixed, detractor criticism; else top box of overall satisfaction praise, bottom box criticism), else from the comment's words${other}${delta}`;
}

/** The cells of a theme row, in the order of commentThemesHead. */
export function commentThemeCells(r: CommentThemeRow, impact: boolean): string[] {
  const cells = [r.column, r.theme, r.comments, r.share, r.praise, r.mixed, r.criticism, r.neutral, r.csat, r.nps, r.index];
  return impact ? cells : cells.slice(0, BEFORE_IMPACT);
}

/** The themes each free-text column's comments talk about, with their tones and impact; themes no comment mentions are left out. */
export function commentThemeRows(comments: CommentsSummary | null | undefined): CommentThemeRow[] {
  return (comments?.columns ?? []).flatMap((c) =>
    (c.themes ?? [])
      .filter((t) => t.comments > 0)
      .map((t, i) => {
        const tests = t.impact?.tests ?? [];
        const difference = (metric: ImpactTest['metric'], scale: number, unit: string) => {
          const test = tests.find((x) => x.metric === metric);
          return test === undefined ? DASH : `${signed(test.difference * scale)}${unit}${test.significant ? ` ${ARROW[test.direction]}` : ''}`;
        };
        return {
          column: i === 0 ? c.column : '',
          theme: t.theme,
          comments: String(t.comments),
          share: percent(t.share),
          praise: String(t.praise),
          mixed: String(t.mixed),
          criticism: String(t.criticism),
          neutral: String(t.neutral),
          csat: difference('csat.topBox.share', 100, ' pts'),
          nps: difference('nps.score', 1, ''),
          index: difference('index.score', 1, ''),
        };
      }),
  );
}

/** A column's tones in words: "praise 40 % · mixed 20 % · criticism 35 % · neutral 5 % (ratings told 80 %)". */
export function commentTones(c: CommentColumnSummary): string {
  const tones = c.tones;
  if (tones === undefined || c.comments === 0) return DASH;
  const shares = (['praise', 'mixed', 'criticism', 'neutral'] as const).map((tone) => `${tone} ${percent(tones[tone].share, 0)}`);
  return `${shares.join(' · ')} (ratings told ${percent(tones.fromRatings / c.comments, 0)})`;
}

/** One verbatim as shown: its column (on the first of the column), theme (on the first of the theme), tone and text. */
export interface VerbatimLine {
  column: string;
  theme: string;
  tone: CommentTone;
  text: string;
}

export const VERBATIMS_TITLE = 'What customers say';
export const VERBATIMS_NOTE =
  'a few comments per theme and tone, chosen by lot (a hash of their text: the same on any number of threads and shards); + praise, ± mixed, − criticism, · neutral; on one line, cut to 280 characters; e-mail addresses, phone, card and account numbers masked (--no-redact shows them); every kept comment is in the JSON';
/** Said where the table and Markdown leave the verbatims out (without --verbatims). */
export const VERBATIMS_HIDDEN = 'verbatims: a few comments per theme and tone are kept; --verbatims shows them (the JSON and HTML always have them)';
export const TONE_MARKS: Record<CommentTone, string> = { praise: '+', mixed: '±', criticism: '−', neutral: '·' };
// Verbatims shown per theme and tone: the JSON has every one kept.
const SHOWN: Record<CommentTone, number> = { praise: 2, mixed: 1, criticism: 2, neutral: 1 };

/** The verbatims of each free-text column, theme by theme, praise first. */
export function verbatimLines(comments: CommentsSummary | null | undefined): VerbatimLine[] {
  return (comments?.columns ?? []).flatMap((c) =>
    (c.themes ?? []).flatMap((t) => {
      const verbatims = t.verbatims;
      if (verbatims === undefined) return [];
      return COMMENT_TONES.flatMap((tone) => verbatims[tone].slice(0, SHOWN[tone]).map((text) => ({ column: c.column, theme: t.theme, tone, text })));
    }),
  );
}

/** The words of one language of one free-text column, as text: `column` on the first language of the column. */
export interface WordLine {
  column: string;
  /** "en, 62 comments (detractors 28, promoters 28)". */
  language: string;
  /** "detractors: late, damaged · promoters: fast, friendly", or why there are none; '' in a report whose comments have no side (see commentWords). */
  distinguishing: string;
  /** "theme words: delivery: delivery, late, fast · complaints: late, damaged, courier", or ''. */
  themes: string;
  /** "counts approximate: each up to 12 short", or ''. */
  approximate: string;
}

// The parts of the words' notes: the words taken, and the statistic that ranks them.
const WORDS_TAKEN = 'words of the comments in each lexicon language, stopwords left out, stemmed in en de fr es pt (not pl, lv)';
const LOG_ODDS = 'z of the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008) beyond the critical value of the confidence level (±1.96 at 95 %)';
const THEME_WORDS = "theme words: those that set a theme's comments apart from the language's others";

export const COMMENT_WORDS_TITLE = 'Words that set detractors and promoters apart';
export const COMMENT_WORDS_NOTE = `${WORDS_TAKEN}; detractors and promoters as the respondent's ratings tell them (without a recommend question, the bottom and top box of overall satisfaction); a side's words: ${LOG_ODDS}, strongest first, not corrected for the many words compared; ${THEME_WORDS} (z of the same log-odds ratio beyond the critical value), surest first; languages with too few comments to compare and no theme word are left out; every figure is in the JSON`;
/** The title and note where no commenter is a detractor or a promoter (no rating tells them): the theme words alone. */
export const THEME_WORDS_TITLE = 'Words of each theme';
export const THEME_WORDS_NOTE = `${WORDS_TAKEN}; ${THEME_WORDS}: ${LOG_ODDS}, surest first; no commenter is a detractor or a promoter (no recommend or overall satisfaction answer tells them), so their words are not compared; languages with no theme word are left out; every figure is in the JSON`;
// Words shown a side, and a theme: the JSON has up to 10.
const WORDS_SHOWN = 5;
const THEME_WORDS_SHOWN = 3;

/**
 * The words of the comments, as a section: per free-text column and language, the words that set
 * detractors and promoters apart, and each theme's. A language with too few comments to compare and
 * no theme word is left out (the JSON says why). Where no commenter of any language is a detractor
 * or a promoter (the survey has no rating that tells them, or none was answered), the section is of
 * the theme words alone, without sides of nought.
 */
export function commentWords(comments: CommentsSummary | null | undefined): { title: string; note: string; lines: WordLine[] } {
  const sides = (comments?.columns ?? []).some((c) => (c.words ?? []).some((w) => w.detractors.comments + w.promoters.comments > 0));
  return { title: sides ? COMMENT_WORDS_TITLE : THEME_WORDS_TITLE, note: sides ? COMMENT_WORDS_NOTE : THEME_WORDS_NOTE, lines: wordLines(comments, sides) };
}

function wordLines(comments: CommentsSummary | null | undefined, sides: boolean): WordLine[] {
  return (comments?.columns ?? []).flatMap((c) =>
    (c.words ?? []).filter((w) => w.distinguishing !== null || w.themes.some((t) => t.words.length > 0)).map((w, i): WordLine => {
      const { distinguishing } = w;
      const side = (name: string, words: ReadonlyArray<{ word: string }>) => `${name}: ${words.length === 0 ? DASH : words.slice(0, WORDS_SHOWN).map((x) => x.word).join(', ')}`;
      const none = distinguishing !== null && distinguishing.detractors.length === 0 && distinguishing.promoters.length === 0;
      const themes = w.themes.filter((t) => t.words.length > 0).map((t) => `${t.theme}: ${t.words.slice(0, THEME_WORDS_SHOWN).map((x) => x.word).join(', ')}`);
      return {
        column: i === 0 ? c.column : '',
        language: `${w.language}, ${plural(w.comments, 'comment')}${sides ? ` (detractors ${w.detractors.comments}, promoters ${w.promoters.comments})` : ''}`,
        distinguishing: !sides ? '' : distinguishing === null ? `not compared: ${w.reason ?? 'too few comments'}` : none ? 'no word sets detractors and promoters apart' : `${side('detractors', distinguishing.detractors)} · ${side('promoters', distinguishing.promoters)}`,
        themes: themes.length === 0 ? '' : `theme words: ${themes.join(' · ')}`,
        approximate: w.maxUndercount > 0 ? `counts approximate: each up to ${w.maxUndercount} short` : '',
      };
    }),
  );
}
