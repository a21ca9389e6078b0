import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { COMMENT_THEMES, type CommentTheme } from '../../src/survey/comment-words/index.js';
import { commentTagger, type CommentTone } from '../../src/survey/tag-comment.js';

/** One hand-labelled comment of fixtures/comments/labelled-comments.csv (see its README). */
export interface LabelledComment {
  id: string;
  language: string;
  source: string;
  text: string;
  themes: CommentTheme[];
  tone: CommentTone;
}

/** Counts of one theme: true positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics {
  /** By language, then theme; `all` pools the languages. */
  themes: Record<string, Record<CommentTheme, Counts>>;
  /** Comments whose tone from words equals the label, and comments, by language and `all`. */
  tone: Record<string, { right: number; n: number }>;
}

export type Half = 'development' | 'held-out';

export function readLabelled(path: string): LabelledComment[] {
  const rows = parse(readFileSync(path), { columns: true }) as Array<Record<string, string>>;
  return rows.map((r) => ({ id: r['id'] ?? '', language: r['language'] ?? '', source: r['source'] ?? '', text: r['text'] ?? '', themes: (r['themes'] ?? '').split(';').filter((t) => t !== '') as CommentTheme[], tone: r['tone'] as CommentTone }));
}

/**
 * The half a comment is in: the words of the comment lexicons were written without the sample,
 * then completed from the errors on the development half only (the first byte of the SHA-256 of
 * its id even), so that the held-out half (odd) measures the tagger as a new export would.
 */
export function halfOf(id: string): Half {
  return ((createHash('sha256').update(id).digest()[0] as number) & 1) === 0 ? 'development' : 'held-out';
}

/** Tags each comment with its own language's words, and counts agreement with the labels. */
export function measure(comments: readonly LabelledComment[]): Metrics {
  const themes: Metrics['themes'] = {};
  const tone: Metrics['tone'] = {};
  const taggers = new Map<string, ReturnType<typeof commentTagger>>();
  for (const comment of comments) {
    let tag = taggers.get(comment.language);
    if (tag === undefined) taggers.set(comment.language, (tag = commentTagger([comment.language])));
    const got = tag(comment.text);
    for (const key of [comment.language, 'all']) {
      const byTheme = (themes[key] ??= Object.fromEntries(COMMENT_THEMES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<CommentTheme, Counts>);
      for (const theme of COMMENT_THEMES) {
        const labelled = comment.themes.includes(theme);
        const tagged = got.themes.includes(theme);
        const counts = byTheme[theme];
        if (labelled && tagged) counts.tp += 1;
        else if (tagged) counts.fp += 1;
        else if (labelled) counts.fn += 1;
      }
      const t = (tone[key] ??= { right: 0, n: 0 });
      t.n += 1;
      if (got.tone === comment.tone) t.right += 1;
    }
  }
  return { themes, tone };
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn));
