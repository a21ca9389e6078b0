import { packedLanguageDetector } from './packed-ngrams.js';

/**
 * The language of a customer's comment: one of the seven lexicon languages, `other` (a language
 * satisfy has no lexicon for), or `undetermined` (too few letters to tell).
 */
export const COMMENT_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv', 'other', 'undetermined'] as const;
export type CommentLanguage = (typeof COMMENT_LANGUAGES)[number];

/**
 * Tells the language of a comment (trimmed, not blank), in a survey written in `surveyLanguage`
 * (a lexicon language, or null or absent when unknown): see loadCommentLanguage.
 */
export type LanguageOf = (text: string, surveyLanguage?: string | null) => CommentLanguage;

// Below this many letters the n-gram statistics say little: 5 to 9 letters were right in 59 % of
// 83 real comments, 10 to 14 in 92 % of 100, 50 and more in 99.8 % of 4,095 (see the README).
export const MIN_LETTERS = 10;
// Only the start of a comment is read: the first 160 characters told the language of 5,205 real
// comments as well as the whole text did (99.1 % either way), and a long comment costs no more.
export const DETECTED_CHARACTERS = 160;
// A short comment's n-grams are few and shared by neighbouring languages: "La casa es perfecta"
// comes out Catalan, "Pani doktor dobra" Slovak. Below this many letters, a comment ELD reads as a
// language without a lexicon is taken for the survey's own language when that scored at least
// SURVEY_CLOSE of the best. Measured by scripts/comment-language-accuracy.mjs (README, "Language"):
// real comments of 10 to 29 letters told right rose from 94.5 % to 96.7 % (513), their first one
// to four words under 30 letters from 87.6 % to 91.8 % (11,961); Dutch ones read in a survey of a
// lexicon language stayed `other` as before from 30 letters on, and below 30 in 80 % of such
// readings of their first words instead of 87 % (a short Dutch comment in a German survey may be
// taken for German). At 0.3 the first gains a point and Dutch loses ten; 20 letters keep half the gain.
export const SURVEY_LANGUAGE_LETTERS = 30;
export const SURVEY_CLOSE = 0.5;

/** The languages with a lexicon, as ELD names them. */
export const LEXICON_LANGUAGES: ReadonlySet<string> = new Set(COMMENT_LANGUAGES.slice(0, 7));
const LETTER = /\p{L}/gu;

/**
 * Loads the detector of comment languages: ELD (Efficient Language Detector, its smallest
 * database of 60 languages), which on real comments in English, French, Spanish, Dutch and Latvian
 * was the most accurate (99.4 %) and the fastest (as published, 42 µs for a comment of a few
 * hundred characters, 6 µs for a short one; read by eldDetector in the bundle, a few µs) of franc
 * restricted to the seven languages, franc, franc-min, tinyld and ELD's larger databases. Its
 * data, as published, takes 0.15 s and 85 MiB to load; in the bundle, packed in a file the build
 * writes (see packed-ngrams.ts), about 1 ms and 11 MiB. The program's own thread has it already,
 * from telling the survey's language (detectSurveyLanguage); a worker thread loads it when it
 * first meets a survey with comments.
 *
 * @example (await loadCommentLanguage())('Dostawa szybka, ale paczka uszkodzona') // 'pl'
 */
export async function loadCommentLanguage(): Promise<LanguageOf> {
  const { eld } = await import('eld/extrasmall');
  // In the bundle, ELD's n-grams are packed and read in place by the same steps as ELD's (see
  // eldDetector); run from the sources, ELD as published.
  const detector = packedLanguageDetector() ?? publishedReader(eld);
  return (text, surveyLanguage) => {
    const start = text.length > DETECTED_CHARACTERS ? cutAt(text, DETECTED_CHARACTERS) : text;
    if (start.length < MIN_LETTERS || !hasLetters(start, MIN_LETTERS)) return 'undetermined';
    const found = detector.language(start);
    if (found === '') return 'undetermined';
    if (LEXICON_LANGUAGES.has(found)) return found as CommentLanguage;
    // A short comment read as a language without a lexicon, where the survey's own scored close.
    if (typeof surveyLanguage === 'string' && LEXICON_LANGUAGES.has(surveyLanguage) && !hasLetters(start, SURVEY_LANGUAGE_LETTERS) && detector.share(surveyLanguage) >= SURVEY_CLOSE) return surveyLanguage as CommentLanguage;
    return 'other';
  };
}

/** ELD as published, read as eldReader reads the packed n-grams (run from the sources: the tests). */
function publishedReader(eld: { detect(text: string): { language: string; getScores(): Record<string, number> } }): { language(text: string): string; share(language: string): number } {
  let last: ReturnType<typeof eld.detect> | null = null;
  // ELD scales a score s of n n-grams as s/n / (s/n + 25); undone, scores compare as eldReader's.
  const unscaled = (x: number | undefined) => (x === undefined || x <= 0 ? 0 : x / (1 - x));
  return {
    language(text) {
      last = eld.detect(text);
      return last.language;
    },
    share(language) {
      if (last === null) return 0;
      const scores = last.getScores();
      const best = unscaled(scores[last.language]);
      return best === 0 ? 0 : unscaled(scores[language]) / best;
    },
  };
}

/** Whether `text` holds at least `count` letters. */
function hasLetters(text: string, count: number): boolean {
  LETTER.lastIndex = 0;
  let found = 0;
  while (LETTER.test(text)) if (++found >= count) return true;
  return false;
}

/** The first `length` UTF-16 units of `text`, without half of a surrogate pair. */
function cutAt(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
