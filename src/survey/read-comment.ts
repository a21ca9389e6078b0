import type { AnswerFormat } from './code-answer.js';
import { codeComment, codePoints, COMMENT_EXCLUSIONS, type CommentExclusion } from './code-comment.js';
import { COMMENT_THEMES, type CommentTheme } from './comment-words/index.js';
import type { CommentLanguage, LanguageOf } from './comment-language.js';
import { commentTokens } from './comment-tokens.js';
import { COMMENT_TONES, commentTagger, type CommentTone } from './tag-comment.js';
import { hashText } from '../text/hash-text.js';
import type { Audience } from './survey-audience.js';
import { redactPersonalData, withoutAddresses } from '../text/redact-personal-data.js';
import type { Vocabulary } from './vocabulary.js';

/** A cell of a free-text column as read: a comment with its length and language, or why it is none. */
export interface CommentReading {
  code: CommentExclusion | 'comment';
  /** The position of `code` in COMMENT_EXCLUSIONS, −1 for a comment: what the tallies count by, found once per text. */
  exclusionAt: number;
  /** A comment's length in Unicode code points (0 for none). */
  length: number;
  /** A comment's language (null for none). */
  language: CommentLanguage | null;
  /** The themes a comment talks about, one bit each in the order of COMMENT_THEMES (see commentTagger); 0 for none. */
  themes: number;
  /** The tone of a comment's words (see commentTagger); null for none. */
  tone: CommentTone | null;
  /** The position in COMMENT_TONES of `tone`, of neutral for none. */
  toneAt: number;
  /** The hash of the verbatim (see hashText), which chooses the verbatims; 0 for none. */
  hash: number;
  /** A comment as a verbatim shows it (see asVerbatim); '' for none. */
  verbatim: string;
  /**
   * A comment's words, each stem once (see commentTokens), and the form each was written in; none
   * for no comment, or for a comment in another language than the seven of the lexicons.
   */
  stems: readonly string[];
  forms: readonly string[];
  /**
   * Whether the reader gives this same reading to every row of the text while it remembers it (a
   * text of REMEMBERED_LENGTH UTF-16 units or fewer); a longer text is read anew each time. A
   * property of the text alone.
   */
  shared: boolean;
}

/** The longest verbatim, in Unicode code points: a longer comment is cut, with "…". */
export const MAX_VERBATIM = 280;

/**
 * A comment as a verbatim shows it: on one line (line breaks and runs of spaces as one space), with
 * e-mail addresses, phone, card and account numbers and links with tokens masked (see
 * redactPersonalData) unless `redact` is false, then cut to MAX_VERBATIM code points with "…" —
 * masked before it is cut, so that no half of an address is left at the cut.
 */
export function asVerbatim(text: string, redact: boolean): string {
  // Most comments are one line with single spaces: nothing to replace then.
  const line = (MORE_THAN_A_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
  const shown = redact ? redactPersonalData(line) : line;
  // No more UTF-16 units than MAX_VERBATIM: no more code points either, nothing to cut.
  if (shown.length <= MAX_VERBATIM) return shown;
  const points = [...shown];
  return points.length > MAX_VERBATIM ? `${points.slice(0, MAX_VERBATIM - 1).join('').trimEnd()}…` : shown;
}

// White space other than a single space: a line break, a tab, two spaces.
const MORE_THAN_A_SPACE = /[^\S ]|\s\s/u;
// A negative whole number alone (-99, -1): a code for an answer not given, in a file that writes them (see CommentReader.useFormat).
const NEGATIVE_CODE = /^-\d+$/;
const NEUTRAL = COMMENT_TONES.indexOf('neutral');
const NO_WORDS: readonly string[] = [];
// The languages of the lexicons (COMMENT_LANGUAGES less `other` and `undetermined`), kept here so
// that reading comments loads nothing of the detector's module.
const LEXICON_LANGUAGES: ReadonlySet<string> = new Set(['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv']);

// Comments are often repeated word for word ("No", "N/A", "Good service", "Thanks"): the readings of
// this many recent short texts are remembered, which changes how fast a cell is read, never what
// (a reading depends on the text alone, and on the survey's language, which is the reader's). Longer texts are seldom repeated and are not kept.
const REMEMBERED = 4096;
const REMEMBERED_LENGTH = 160;

/** The themes of a customer's comment: what a survey of employees or of patients' health is not asked about (see themesRead). */
export const CUSTOMER_THEMES: readonly CommentTheme[] = ['delivery', 'pricing', 'complaints', 'trust', 'service'];

/**
 * The themes the comments of a survey are read for, as bits of COMMENT_THEMES: every one, but on a
 * survey of employees or of patients' health (SurveyModel `audience`) needs and praise alone. An
 * employee's "issue" is their health or workload, no complaint of a customer, and the staff they
 * speak of are their colleagues, no customer service: read for the customer themes, the comments
 * of a mental-health survey of tech workers were a fifth "complaints" (a cold trial of the OSMI
 * exports); a patient's "problems" are their symptoms.
 */
export function themesRead(audience: Audience | undefined): number {
  const all = (1 << COMMENT_THEMES.length) - 1;
  return audience === undefined || audience === 'customers' ? all : CUSTOMER_THEMES.reduce((bits, theme) => bits & ~(1 << COMMENT_THEMES.indexOf(theme)), all);
}

/**
 * Reads the cells of free-text columns, trimmed: whether each is a comment (see codeComment), its
 * length, its language, the themes it talks about and the tone of its words (see commentTagger),
 * its words (see commentTokens), and, where it talks about a theme, the verbatim it would be shown
 * as, with that verbatim's hash.
 * `languageOf` is needed only when a comment is met; `redact` false keeps verbatims as written;
 * `themes` are the themes read, as bits (see themesRead).
 */
export class CommentReader {
  private readonly remembered = new Map<string, CommentReading>();
  // A tagger by comment language: its own words for a lexicon language, every lexicon's for a comment
  // too short to tell ("Great!"), none for a language satisfy has no words for.
  private readonly taggers = new Map<CommentLanguage, ReturnType<typeof commentTagger> | null>();
  private readonly surveyLanguage: CommentLanguage | null;
  // The file writes an answer not given as a negative code (see AnswerFormat): Qualtrics' -99, "seen
  // but not answered", in a text entry too.
  private negativeCodesMissing = false;

  /** `surveyLanguage` is the language of the survey's own text (SurveyModel's `language`), null when unknown. */
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly languageOf: LanguageOf | undefined,
    private readonly redact = true,
    surveyLanguage: string | null = null,
    private readonly themes = themesRead('customers'),
  ) {
    this.surveyLanguage = surveyLanguage !== null && LEXICON_LANGUAGES.has(surveyLanguage) ? (surveyLanguage as CommentLanguage) : null;
  }

  /** Reads the cells that follow as `format` says: a negative code alone is no comment where the file writes an answer not given so. */
  useFormat(format: AnswerFormat): void {
    if (format.negativeCodesMissing === this.negativeCodesMissing) return;
    this.negativeCodesMissing = format.negativeCodesMissing;
    this.remembered.clear();
  }

  /**
   * The reading of a cell as the file writes it, of its text trimmed. A cell read before is found by
   * itself, not trimmed again: the reader of the file hands over the same string for the same bytes
   * of a short field, so a repeated comment costs one lookup.
   */
  read(cell: string): CommentReading {
    const known = this.remembered.get(cell);
    if (known !== undefined) return known;
    const text = cell.trim();
    const reading = (text === cell ? undefined : this.remembered.get(text)) ?? this.readText(text);
    if (reading.shared) {
      if (this.remembered.size >= REMEMBERED) this.remembered.clear();
      this.remembered.set(text, reading);
      // The cell too, where it is as short as a text kept (spaces around a short text).
      if (text !== cell && cell.length <= REMEMBERED_LENGTH) this.remembered.set(cell, reading);
    }
    return reading;
  }

  private readText(text: string): CommentReading {
    const code = this.negativeCodesMissing && NEGATIVE_CODE.test(text) ? 'notApplicable' : codeComment(text, this.vocabulary);
    const shared = text.length <= REMEMBERED_LENGTH;
    let reading: CommentReading;
    if (code !== 'comment') reading = { code, exclusionAt: COMMENT_EXCLUSIONS.indexOf(code), length: 0, language: null, themes: 0, tone: null, toneAt: NEUTRAL, hash: 0, verbatim: '', stems: NO_WORDS, forms: NO_WORDS, shared };
    else {
      if (this.languageOf === undefined) throw new Error('the rows of a survey with comment columns are read without a detector of their language');
      // The words of an address in it ("trustpilot", "support@…") are none the customer wrote.
      const words = withoutAddresses(text);
      const language = this.languageOf(words, this.surveyLanguage);
      const tags = this.taggerOf(language)?.(words) ?? { themes: [], tone: 'neutral' as const };
      const themes = tags.themes.reduce((bits, theme) => bits | (1 << COMMENT_THEMES.indexOf(theme)), 0) & this.themes;
      // Only a comment that talks about a theme can be a theme's verbatim. The hash is of the text
      // shown: comments shown alike are one verbatim, whatever pieces and shards they came in.
      const verbatim = themes === 0 ? '' : asVerbatim(text, this.redact);
      const { stems, forms } = commentTokens(words, language);
      reading = { code, exclusionAt: -1, length: codePoints(text), language, themes, tone: tags.tone, toneAt: COMMENT_TONES.indexOf(tags.tone), hash: themes === 0 ? 0 : hashText(verbatim), verbatim, stems, forms, shared };
    }
    return reading;
  }

  private taggerOf(language: CommentLanguage): ReturnType<typeof commentTagger> | null {
    let tagger = this.taggers.get(language);
    if (tagger === undefined) {
      // A short comment of the survey's language that ELD gave to a neighbour is in the survey's
      // language already (see loadCommentLanguage). One still `other` is in another language, whose
      // words the survey's lexicon would misread: Italian "Nessun problema" as a Spanish problem,
      // Dutch "hoffelijk" as German "hoffe*" (a need), Catalan "seria" (would be) as Spanish "seria" (serious: trust).
      tagger = language === 'other' ? null : commentTagger(language === 'undetermined' ? [] : [language]);
      this.taggers.set(language, tagger);
    }
    return tagger;
  }
}
