import { FrequentItems, type FrequentItemsState } from '../stats/frequent-items.js';
import { COMMENT_THEMES } from '../survey/comment-words/index.js';
import { WORD_LANGUAGES, type WordLanguage } from '../survey/comment-tokens.js';
import type { CommentReading } from '../survey/read-comment.js';

/**
 * The counts kept per language and per word, in this order: all comments, detractors' comments
 * (criticism told by the respondent's ratings), promoters' (praise told by the ratings), then the
 * comments of each theme (in the order of COMMENT_THEMES).
 */
export const WORD_COUNTS = ['all', 'detractors', 'promoters', ...COMMENT_THEMES] as const;
const WIDTH = WORD_COUNTS.length;
const FIRST_THEME = 3;

/** Whose comment a row's is, for its words: neither, a detractor's or a promoter's (positions in WORD_COUNTS). */
export const NEITHER = 0;
export const DETRACTOR = 1;
export const PROMOTER = 2;
export type Side = typeof NEITHER | typeof DETRACTOR | typeof PROMOTER;

/**
 * Distinct stems of a language counted exactly: past them, the counts are those of a bounded
 * summary (see FrequentItems), with the most they may fall short of the true counts.
 */
export const WORD_CAPACITY = 8192;
// Comments counted by their reading before their words are (see CommentWordTally).
const PENDING = 4096;

/** The words of one language's comments in a column. */
export interface LanguageWordsState {
  language: WordLanguage;
  /** The language's comments, counted as WORD_COUNTS says. */
  comments: number[];
  /** Per stem, the comments that use it (each comment once), as WORD_COUNTS says. */
  words: FrequentItemsState;
}

export interface CommentWordsState {
  /** The languages of WORD_LANGUAGES that have a comment, in that order. */
  languages: LanguageWordsState[];
}

const WORD_LANGUAGE_SET: ReadonlySet<string> = new Set(WORD_LANGUAGES);

/**
 * The words of one free-text column's comments, per language, for detractors, promoters and each
 * theme: how many comments use each word (unweighted). Two tallies of parts of the data merge into
 * the tally of the whole: exactly while a language has at most WORD_CAPACITY distinct stems, within
 * the summary's stated undercount beyond.
 *
 * Adding a short comment costs one lookup: such comments are counted by their reading (which the
 * reader shares between the rows of one text), and a reading's words are counted only when
 * PENDING comments are waiting, or when the tally is saved; so a text written by many respondents
 * has its words counted once per batch, not once per row. A batch is counted in an order its
 * comments alone decide (by what their readings hold, not by which reading objects a thread's
 * reader made), so that the summary, pruned or not, is the same for the same rows on any thread.
 * A long comment, whose reading the reader does not share (see CommentReading.shared), is counted
 * at once, in the order of the rows: it is seldom met twice, and keeping it waiting would keep its
 * text alive for nothing.
 */
export class CommentWordTally {
  // Emptied, never replaced: a replaced Map changed a field V8 had taken for a constant (see
  // docs/PERFORMANCE.md, "Fields V8 took for constants").
  private readonly pending = new Map<CommentReading, Float64Array>();
  private waiting = 0;
  // Scratch: the counts of one comment, and the counts a reading adds to each of its words.
  private readonly one = new Float64Array(3);
  private readonly vector = new Float64Array(WIDTH);
  private readonly languages = new Map<WordLanguage, { comments: Float64Array; words: FrequentItems }>();

  /** Adds a comment (its reading), of a detractor, a promoter or neither (see Side). Comments in other languages than WORD_LANGUAGES are not counted. */
  add(reading: CommentReading, side: Side): void {
    let counts = this.pending.get(reading);
    if (counts === undefined) {
      if (reading.language === null || !WORD_LANGUAGE_SET.has(reading.language)) return;
      if (!reading.shared) {
        this.one.fill(0);
        this.one[0] = 1;
        if (side !== NEITHER) this.one[side] = 1;
        this.countReading(reading, this.one);
        return;
      }
      this.pending.set(reading, (counts = new Float64Array(3)));
    }
    counts[0] = (counts[0] as number) + 1;
    if (side !== NEITHER) counts[side] = (counts[side] as number) + 1;
    this.waiting += 1;
    if (this.waiting >= PENDING) this.countWords();
  }

  /** Counts the words of the comments waiting: readings alike (two objects of one text) as one, in the order of what they hold (see the class). */
  private countWords(): void {
    const batch = [...this.pending].map(([reading, counts]) => ({ key: `${reading.language} ${reading.themes} ${reading.stems.join(' ')} ${reading.forms.join(' ')}`, reading, counts }));
    batch.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let i = 0; i < batch.length; i++) {
      const { key, reading, counts } = batch[i] as (typeof batch)[number];
      const next = batch[i + 1];
      if (next?.key === key) {
        for (let j = 0; j < 3; j++) next.counts[j] = (next.counts[j] as number) + (counts[j] as number);
        continue;
      }
      this.countReading(reading, counts);
    }
    this.pending.clear();
    this.waiting = 0;
  }

  /** Counts the words of the comments of one reading: `counts` of them in all, of detractors and of promoters. */
  private countReading(reading: CommentReading, counts: Float64Array): void {
    const { vector } = this;
    const language = this.languageOf(reading.language as WordLanguage);
    vector.fill(0);
    vector.set(counts);
    for (let t = 0; reading.themes >> t !== 0; t++) if (((reading.themes >> t) & 1) === 1) vector[FIRST_THEME + t] = counts[0] as number;
    for (let j = 0; j < WIDTH; j++) language.comments[j] = (language.comments[j] as number) + (vector[j] as number);
    language.words.addAll(reading.stems, reading.forms, vector);
  }

  private languageOf(language: WordLanguage): { comments: Float64Array; words: FrequentItems } {
    let entry = this.languages.get(language);
    if (entry === undefined) this.languages.set(language, (entry = { comments: new Float64Array(WIDTH), words: new FrequentItems(WORD_CAPACITY, WIDTH) }));
    return entry;
  }

  clear(): void {
    this.pending.clear();
    this.waiting = 0;
    this.languages.clear();
  }

  save(): CommentWordsState {
    this.countWords();
    return {
      languages: WORD_LANGUAGES.flatMap((language) => {
        const entry = this.languages.get(language);
        return entry === undefined ? [] : [{ language, comments: [...entry.comments], words: entry.words.save() }];
      }),
    };
  }

  /** Adds the comments of a state `save` gave. */
  load(state: CommentWordsState): this {
    for (const { language, comments, words } of state.languages) {
      const entry = this.languageOf(language);
      for (let i = 0; i < WIDTH; i++) entry.comments[i] = (entry.comments[i] as number) + (comments[i] as number);
      entry.words.load(words);
    }
    return this;
  }

  /** Per language with a comment, in the order of WORD_LANGUAGES: its comments (as WORD_COUNTS says) and its words. */
  figures(): Array<{ language: WordLanguage; comments: Float64Array; words: FrequentItems }> {
    this.countWords();
    return WORD_LANGUAGES.flatMap((language) => {
      const entry = this.languages.get(language);
      return entry === undefined ? [] : [{ language, ...entry }];
    });
  }
}
