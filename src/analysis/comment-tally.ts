import { COMMENT_EXCLUSIONS, type CommentExclusion } from '../survey/code-comment.js';
import { COMMENT_LANGUAGES, type CommentLanguage } from '../survey/comment-language.js';

export interface CommentTallyState {
  /** Respondents who wrote a comment, and the sum of their weights. */
  comments: [count: number, weight: number];
  /** Respondents whose cell held no comment, by why (see codeComment). */
  excluded: Record<CommentExclusion, number>;
  /** The comments' lengths summed, in Unicode code points. */
  characters: number;
  /** The comments in each language. */
  languages: Record<CommentLanguage, number>;
}

/**
 * The cells of one comment column, row by row: who wrote a comment, how long, in which language,
 * and why the others hold none. Every row is counted once, as a comment or by why it is none. Two
 * tallies of parts of the data merge into the tally of the whole.
 */
export class CommentTally {
  private count = 0;
  private weight = 0;
  private characters = 0;
  private readonly excluded = new Float64Array(COMMENT_EXCLUSIONS.length);
  private readonly languages = new Float64Array(COMMENT_LANGUAGES.length);

  /** Adds a row without a comment, by the position of its reason in COMMENT_EXCLUSIONS. */
  addExcluded(reason: number): void {
    this.excluded[reason] = (this.excluded[reason] as number) + 1;
  }

  /** Adds a comment of `length` code points, in the language at position `language` of COMMENT_LANGUAGES. */
  addComment(length: number, language: number, weight: number): void {
    this.count += 1;
    this.weight += weight;
    this.characters += length;
    this.languages[language] = (this.languages[language] as number) + 1;
  }

  get figures(): Readonly<CommentTallyState> {
    return this.save();
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.weight *= factor;
  }

  clear(): void {
    this.count = 0;
    this.weight = 0;
    this.characters = 0;
    this.excluded.fill(0);
    this.languages.fill(0);
  }

  save(): CommentTallyState {
    return {
      comments: [this.count, this.weight],
      excluded: Object.fromEntries(COMMENT_EXCLUSIONS.map((reason, i) => [reason, this.excluded[i] as number])) as Record<CommentExclusion, number>,
      characters: this.characters,
      languages: Object.fromEntries(COMMENT_LANGUAGES.map((language, i) => [language, this.languages[i] as number])) as Record<CommentLanguage, number>,
    };
  }

  /** Adds the rows of a state `save` gave. */
  load(state: CommentTallyState): this {
    this.count += state.comments[0];
    this.weight += state.comments[1];
    this.characters += state.characters;
    COMMENT_EXCLUSIONS.forEach((reason, i) => (this.excluded[i] = (this.excluded[i] as number) + state.excluded[reason]));
    COMMENT_LANGUAGES.forEach((language, i) => (this.languages[i] = (this.languages[i] as number) + state.languages[language]));
    return this;
  }
}
