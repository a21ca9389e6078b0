import { codeComment, codePoints, type CommentExclusion } from './code-comment.js';
import type { CommentLanguage, LanguageOf } from './comment-language.js';
import type { Vocabulary } from './vocabulary.js';

/** A cell of a free-text column as read: a comment with its length and language, or why it is none. */
export interface CommentReading {
  code: CommentExclusion | 'comment';
  /** A comment's length in Unicode code points (0 for none). */
  length: number;
  /** A comment's language (null for none). */
  language: CommentLanguage | null;
}

// Comments are often repeated word for word ("No", "N/A", "Good service", "Thanks"): the readings of
// this many recent short texts are remembered, which changes how fast a cell is read, never what
// (a reading depends on the text alone). Longer texts are seldom repeated and are not kept.
const REMEMBERED = 4096;
const REMEMBERED_LENGTH = 160;

/**
 * Reads the trimmed cells of free-text columns: whether each is a comment (see codeComment), its
 * length and its language. `languageOf` is needed only when a comment is met.
 */
export class CommentReader {
  private readonly remembered = new Map<string, CommentReading>();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly languageOf: LanguageOf | undefined,
  ) {}

  read(text: string): CommentReading {
    const known = this.remembered.get(text);
    if (known !== undefined) return known;
    const code = codeComment(text, this.vocabulary);
    let reading: CommentReading = { code, length: 0, language: null };
    if (code === 'comment') {
      if (this.languageOf === undefined) throw new Error('the rows of a survey with comment columns are read without a detector of their language');
      reading = { code, length: codePoints(text), language: this.languageOf(text) };
    }
    if (text.length <= REMEMBERED_LENGTH) {
      if (this.remembered.size >= REMEMBERED) this.remembered.clear();
      this.remembered.set(text, reading);
    }
    return reading;
  }
}
