import { COMMENT_EXCLUSIONS, type CommentExclusion } from '../survey/code-comment.js';
import { COMMENT_LANGUAGES, type CommentLanguage } from '../survey/comment-language.js';
import { COMMENT_THEMES, type CommentTheme } from '../survey/comment-words/index.js';
import type { CommentReading } from '../survey/read-comment.js';
import { COMMENT_TONES, type CommentTone } from '../survey/tag-comment.js';
import { ThemeImpact, type ThemeImpactState } from './theme-impact.js';
import { VerbatimSample, type Verbatim } from './verbatim-sample.js';

/** Verbatims kept per theme and tone: a few comments to read, whatever the number of comments. */
export const VERBATIMS_PER_TONE = 3;
// Texts whose comments wait to be added (see CommentTally.addComment), and their slots: a tone,
// told by the ratings or not.
const PENDING = 256;
const PENDING_SLOTS = 2 * COMMENT_TONES.length;
const COUNT = 0;
const WEIGHT = 1;
const CHARACTERS = 2;
const FROM_RATINGS = 3;
const LANGUAGE_POSITION = new Map(COMMENT_LANGUAGES.map((language, i) => [language, i]));

export interface CommentTallyState {
  /** Respondents who wrote a comment, and the sum of their weights. */
  comments: [count: number, weight: number];
  /** Respondents whose cell held no comment, by why (see codeComment). */
  excluded: Record<CommentExclusion, number>;
  /** The comments' lengths summed, in Unicode code points. */
  characters: number;
  /** The comments in each language. */
  languages: Record<CommentLanguage, number>;
  /** The comments of each tone (see readComments: from the respondent's ratings, else from the words). */
  tones: Record<CommentTone, number>;
  /** The comments whose tone came from the respondent's ratings (the others', from their words). */
  tonesFromRatings: number;
  /** The comments that talk about each theme, by tone. */
  themes: Record<CommentTheme, Record<CommentTone, number>>;
  /** Per theme and tone, up to VERBATIMS_PER_TONE comments chosen by their hash (see VerbatimSample), with it. */
  verbatims: Record<CommentTheme, Record<CommentTone, Verbatim[]>>;
  /** Every respondent's ratings, by the themes their comment talks about (see ThemeImpact). */
  impact: ThemeImpactState;
}

/**
 * The cells of one comment column, row by row: who wrote a comment, how long, in which language,
 * and why the others hold none. Every row is counted once, as a comment or by why it is none. Two
 * tallies of parts of the data merge into the tally of the whole.
 */
export class CommentTally {
  // The comments, their weight, their characters and those whose tone the ratings told (COUNT,
  // WEIGHT, CHARACTERS, FROM_RATINGS), kept in a typed array: as fields of the tally, the first
  // fractional sum (at the end of a group of pieces, when the counts of repeated comments are
  // added) changed the tally's shape, and V8 threw away the optimised code of the analysis.
  private readonly totals = new Float64Array(4);
  private readonly excluded = new Float64Array(COMMENT_EXCLUSIONS.length);
  private readonly languages = new Float64Array(COMMENT_LANGUAGES.length);
  private readonly tones = new Float64Array(COMMENT_TONES.length);
  // Theme × tone, row-major.
  private readonly themes = new Float64Array(COMMENT_THEMES.length * COMMENT_TONES.length);
  // Theme × tone, row-major, each made when its first comment comes.
  private readonly verbatims: Array<VerbatimSample | undefined> = new Array<VerbatimSample | undefined>(COMMENT_THEMES.length * COMMENT_TONES.length);
  // The comments of shared readings not added yet: per reading, a count per tone and whether the
  // ratings told it (see addComment).
  private readonly pending = new Map<CommentReading, Float64Array>();
  /** Every respondent's ratings, by the themes of their comment: add each row once (see ThemeImpact). */
  readonly impact = new ThemeImpact();

  /** Adds a row without a comment, by the position of its reason in COMMENT_EXCLUSIONS. */
  addExcluded(reason: number): void {
    this.excluded[reason] = (this.excluded[reason] as number) + 1;
  }

  /**
   * Adds a comment as `reading` read it, of the tone at position `tone` of COMMENT_TONES (told by
   * the respondent's ratings when `fromRatings`), of weight `weight`. A comment whose reading the
   * reader shares between the rows of its text is counted with the others of its text and tone and
   * added when the tally is read or saved, or when PENDING texts wait: a repeated comment
   * ("Thanks", "Good service") then costs one addition a row, whatever it talks about. Only whole
   * counts wait; the weight is added at once, row by row, so that the sum of the weights is made in
   * the order of the rows whatever readings the reader made (a worker's reader forgets other texts
   * at other times than this thread's).
   */
  addComment(reading: CommentReading, tone: number, fromRatings: boolean, weight: number): void {
    this.totals[WEIGHT] = (this.totals[WEIGHT] as number) + weight;
    const slot = 2 * tone + (fromRatings ? 1 : 0);
    if (!reading.shared) {
      this.addComments(reading, slot, 1);
      return;
    }
    let counts = this.pending.get(reading);
    if (counts === undefined) {
      if (this.pending.size >= PENDING) this.flush();
      counts = new Float64Array(PENDING_SLOTS);
      this.pending.set(reading, counts);
    }
    counts[slot] = (counts[slot] as number) + 1;
  }

  /** Adds the comments that wait, text by text. */
  private flush(): void {
    for (const [reading, counts] of this.pending) {
      for (let slot = 0; slot < PENDING_SLOTS; slot++) {
        const count = counts[slot] as number;
        if (count > 0) this.addComments(reading, slot, count);
      }
    }
    this.pending.clear();
  }

  /** Adds `count` comments of one reading, of a tone and told by the ratings or not (`slot`: 2 × tone + told). */
  private addComments(reading: CommentReading, slot: number, count: number): void {
    const tone = slot >> 1;
    const { totals } = this;
    totals[COUNT] = (totals[COUNT] as number) + count;
    totals[CHARACTERS] = (totals[CHARACTERS] as number) + reading.length * count;
    const language = reading.language === null ? 0 : (LANGUAGE_POSITION.get(reading.language) as number);
    this.languages[language] = (this.languages[language] as number) + count;
    this.tones[tone] = (this.tones[tone] as number) + count;
    if ((slot & 1) === 1) totals[FROM_RATINGS] = (totals[FROM_RATINGS] as number) + count;
    const { themes } = reading;
    for (let t = 0; themes >> t !== 0; t++) {
      if (((themes >> t) & 1) === 0) continue;
      const cell = t * COMMENT_TONES.length + tone;
      this.themes[cell] = (this.themes[cell] as number) + count;
      this.sampleOf(cell).add(reading.hash, reading.verbatim);
    }
  }

  private sampleOf(cell: number): VerbatimSample {
    return (this.verbatims[cell] ??= new VerbatimSample(VERBATIMS_PER_TONE));
  }

  get figures(): Readonly<CommentTallyState> {
    return this.save();
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.totals[WEIGHT] = (this.totals[WEIGHT] as number) * factor;
    this.impact.scaleWeights(factor);
  }

  clear(): void {
    this.pending.clear();
    this.totals.fill(0);
    this.excluded.fill(0);
    this.languages.fill(0);
    this.tones.fill(0);
    this.themes.fill(0);
    this.verbatims.fill(undefined);
    this.impact.clear();
  }

  save(): CommentTallyState {
    this.flush();
    return {
      comments: [this.totals[COUNT] as number, this.totals[WEIGHT] as number],
      excluded: Object.fromEntries(COMMENT_EXCLUSIONS.map((reason, i) => [reason, this.excluded[i] as number])) as Record<CommentExclusion, number>,
      characters: this.totals[CHARACTERS] as number,
      languages: Object.fromEntries(COMMENT_LANGUAGES.map((language, i) => [language, this.languages[i] as number])) as Record<CommentLanguage, number>,
      tones: toneCounts(this.tones, 0),
      tonesFromRatings: this.totals[FROM_RATINGS] as number,
      themes: Object.fromEntries(COMMENT_THEMES.map((theme, t) => [theme, toneCounts(this.themes, t * COMMENT_TONES.length)])) as Record<CommentTheme, Record<CommentTone, number>>,
      verbatims: Object.fromEntries(
        COMMENT_THEMES.map((theme, t) => [theme, Object.fromEntries(COMMENT_TONES.map((tone, i) => [tone, this.verbatims[t * COMMENT_TONES.length + i]?.save() ?? []]))]),
      ) as Record<CommentTheme, Record<CommentTone, Verbatim[]>>,
      impact: this.impact.save(),
    };
  }

  /**
   * Adds the comments of another tally, as load(other.save(), withImpact) does, to the last bit,
   * without making the state: the merges of a report (segments, periods, the rests of segments)
   * spent more time making and reading states than adding.
   */
  merge(other: CommentTally, withImpact = true): this {
    other.flush();
    addInto(this.totals, other.totals);
    addInto(this.excluded, other.excluded);
    addInto(this.languages, other.languages);
    addInto(this.tones, other.tones);
    addInto(this.themes, other.themes);
    other.verbatims.forEach((sample, cell) => {
      if (sample !== undefined) this.sampleOf(cell).merge(sample);
    });
    if (withImpact) this.impact.merge(other.impact);
    return this;
  }

  /** Adds the comments of a state `save` gave; their ratings by theme (the impact) too, unless `withImpact` is false. */
  load(state: CommentTallyState, withImpact = true): this {
    const { totals } = this;
    totals[COUNT] = (totals[COUNT] as number) + state.comments[0];
    totals[WEIGHT] = (totals[WEIGHT] as number) + state.comments[1];
    totals[CHARACTERS] = (totals[CHARACTERS] as number) + state.characters;
    COMMENT_EXCLUSIONS.forEach((reason, i) => (this.excluded[i] = (this.excluded[i] as number) + state.excluded[reason]));
    COMMENT_LANGUAGES.forEach((language, i) => (this.languages[i] = (this.languages[i] as number) + state.languages[language]));
    COMMENT_TONES.forEach((tone, i) => (this.tones[i] = (this.tones[i] as number) + state.tones[tone]));
    totals[FROM_RATINGS] = (totals[FROM_RATINGS] as number) + state.tonesFromRatings;
    COMMENT_THEMES.forEach((theme, t) =>
      COMMENT_TONES.forEach((tone, i) => {
        const cell = t * COMMENT_TONES.length + i;
        this.themes[cell] = (this.themes[cell] as number) + state.themes[theme][tone];
        if (state.verbatims[theme][tone].length > 0) this.sampleOf(cell).load(state.verbatims[theme][tone]);
      }),
    );
    if (withImpact) this.impact.load(state.impact);
    return this;
  }
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

function toneCounts(counts: Float64Array, from: number): Record<CommentTone, number> {
  return Object.fromEntries(COMMENT_TONES.map((tone, i) => [tone, counts[from + i] as number])) as Record<CommentTone, number>;
}
