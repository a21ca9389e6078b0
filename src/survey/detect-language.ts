import { eld } from 'eld/extrasmall';
import { LEXICON_LANGUAGES } from './comment-language.js';
import type { Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import { packedLanguageDetector } from './packed-ngrams.js';

// Below this many words n-gram statistics say little (a few column names such as "Lieferung",
// "Preis" can pass for any language): the survey's language is then left undecided and the
// keywords of every lexicon are tried, as they are for `--lang` unset.
const MIN_WORDS = 30;
// ELD reads a text's first 350 bytes or so (words begun past 350 bytes are not read): a survey's
// text is read in parts of at most this many characters, cut between words, and each language's
// scores added up over the parts.
const PART_CHARACTERS = 350;
// A runner-up that scores this close to the best (ELD's scores, the best's taken as 1) and is a
// sister language of it has its keywords tried too: Portuguese and Spanish surveys share many
// words (the Portuguese fixture's Spanish scored 0.83, the Spanish fixtures' Portuguese 0.77 and
// 0.84). Other languages are not sisters however close they score: their keywords would fire by
// accident (French "observations" made an English yes/no question a comment). On the real exports
// and fixtures of 30 words or more, a runner-up that was not the survey's language scored at most
// 0.86, but for a Spanish file whose headers are item codes (imag1 … loy3), Portuguese and German
// at 0.99: the evidence shows how close it was, and that its words are mostly the codes' letters.
const SISTER_CLOSE = 0.8;
// A survey is in a language without a lexicon (Italian, Dutch …) when ELD's best language over all
// its text is such a language and the best lexicon language scores under this share of it. On the
// real exports, fixtures and trial files of 30 words or more, the lexicon language fell under it
// only for an Italian Qualtrics export (Spanish at 0.72); the two files whose best language had
// no lexicon and that are read right with one stay so: the English-and-Dutch LimeSurvey export
// (English at 0.88 of Dutch) and the Spanish bank file of item codes (Portuguese at 0.94 of Danish).
const FOREIGN_CLOSE = 0.8;
const SISTERS: Readonly<Record<string, readonly string[]>> = { pt: ['es'], es: ['pt'] };
// A word of two letters or more that is no part of an item code: no letter or digit against it
// (`imag1`), nor an underscore and a number after it (`qual_1`).
const CODE_FREE_WORD = /(?<![\p{L}\p{N}])\p{L}{2,}(?![\p{L}\p{N}]|_\p{N}+(?![\p{L}\p{N}_]))/gu;
// An item code as CODE_FREE_WORD leaves it out: letters, then a number, with an underscore or not.
const CODE = /(?<![\p{L}\p{N}])\p{L}{2,}_?\p{N}+(?![\p{L}\p{N}_])/gu;

/** The language a survey is written in, with how sure that is, for `inspect` and the evidence. */
export interface SurveyLanguage {
  /**
   * The language of its headers and answer labels: a lexicon language, or one that satisfy has no
   * keywords for (ELD's code, `it`, `nl` …); null when the text is too short to tell.
   */
  language: string | null;
  /** The languages whose keywords decide: the survey's own (if it has a lexicon), a sister language that scored as high, and English; empty when undecided (every lexicon). */
  keywordLanguages: string[];
  evidence: string;
  /**
   * Where the language could not be told (`language` null): the lexicon language whose keywords
   * most of the headers hold (see keywordLeaning), which reads a word that is a negation in one
   * language and an everyday word in another ("no") where its header alone does not tell.
   */
  leaning?: string;
}

/**
 * The lexicon language whose keywords of what a column measures (the recommend, overall and effort
 * questions, the dimensions) more of a survey's `headers` hold than any other's, by at least
 * LEANING_MIN_HEADERS, with how many and the runner-up (null where no other language's keyword is found); null where none does. A survey too
 * short for ELD (a few short headers: "Satisfacao geral", "Atendimento no balcao", "Entrega no
 * prazo", "Precos", "Recomendaria") still speaks its language in the words satisfy reads in it.
 *
 * @example keywordLeaning(['Satisfacao geral (1-5)', 'Atendimento no balcao (1-5)', 'Entrega no prazo (1-5)'], lexicons)?.language // 'pt'
 */
export function keywordLeaning(headers: readonly string[], lexicons: readonly Lexicon[]): { language: string; headers: number; next: { language: string; headers: number } | null } | null {
  const counts = lexicons
    .map((lexicon) => {
      const { nps, csat, ces } = lexicon.roles;
      const words = [...nps, ...csat.strong, ...csat.weak, ...ces, ...Object.values(lexicon.dimensions).flat()];
      return { language: lexicon.language, headers: headers.filter((header) => matchKeywords(header, words).length > 0).length };
    })
    .sort((a, b) => b.headers - a.headers);
  const [best, next] = counts;
  if (best === undefined || best.headers < LEANING_MIN_HEADERS || best.headers === next?.headers) return null;
  return { language: best.language, headers: best.headers, next: next === undefined || next.headers === 0 ? null : next };
}

/** The headers a language's keywords must be found in, more than any other's, for a survey too short to tell its language to lean to it. */
const LEANING_MIN_HEADERS = 2;

/**
 * Detects the language of a survey from all of its text: headers, question texts and the labels
 * of its answers (not free-text comments, which are the customers', not the survey's). Uses ELD,
 * the detector of comment languages (see loadCommentLanguage), its scores of the seven lexicon
 * languages added up over the text's parts. franc, which told it before, scored French within
 * 0.98 to 1.00 of English on every English export, and called six English files French (the
 * README's "The survey's language" has the comparison).
 *
 * @example detectSurveyLanguage(['Jak oceniasz szybkość dostawy?', 'Zdecydowanie się zgadzam']).language // 'pl'
 */
export function detectSurveyLanguage(texts: readonly string[]): SurveyLanguage {
  // Words of letters only: column codes such as `Q3_2` are no language.
  const text = texts.join(' ').replace(/<[^>]*>/g, ' ');
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: null, keywordLanguages: [], evidence: `too little text to tell the language (${words.length} words); keywords of every language tried` };
  const all = rankLanguages(words);
  const ranked = all.filter(([code]) => LEXICON_LANGUAGES.has(code));
  const [best, runnerUp] = ranked;
  const [first] = all;
  if (first !== undefined && !LEXICON_LANGUAGES.has(first[0]) && (best?.[1] ?? 0) < FOREIGN_CLOSE * first[1]) {
    const nearest = best === undefined ? '' : `; the nearest with keywords, ${best[0]}, at ${(best[1] / first[1]).toFixed(2)}`;
    // English, the usual language of column names, decides; what other lexicons find is a suggestion.
    return { language: first[0], keywordLanguages: ['en'], evidence: `${first[0]} (${languageName(first[0])}) from ${words.length} words of headers and answer labels${ofCodes(text, words, (all[1]?.[1] ?? 0) / first[1])}, a language satisfy has no keywords for${nearest}; English keywords decide, other languages' only suggest` };
  }
  if (best === undefined) return { language: null, keywordLanguages: [], evidence: 'language not recognised; keywords of every language tried' };
  const [language, top] = best;
  const closeness = runnerUp === undefined ? 0 : runnerUp[1] / top;
  const second = runnerUp?.[0];
  const sister = second !== undefined && (SISTERS[language] ?? []).includes(second);
  const next = second === undefined ? '' : `${second} at ${closeness.toFixed(2)}`;
  const close = sister && closeness >= SISTER_CLOSE ? second : undefined;
  const margin = next === '' ? '' : ` (next: ${next}${close === undefined ? '' : ', close enough that its keywords count too'})`;
  const keywordLanguages = [...new Set([language, ...(close === undefined ? [] : [close]), 'en'])];
  return { language, keywordLanguages, evidence: `${language} from ${words.length} words of headers and answer labels${ofCodes(text, words, closeness)}${margin}` };
}

/**
 * What the evidence says of the words that are the letters of item codes (`imag1`, `qual_1`) where
 * they are most of the words, the others alone would be too few to tell the language, and the
 * runner-up scored close (`closeness`, its score over the best's, at least SISTER_CLOSE): the
 * language is then a guess from the codes' abbreviations (a Spanish bank's file of codes read as
 * Portuguese "from 30 words", 27 of them codes, German at 0.99), and two of the file's codes are
 * shown. '' otherwise.
 */
function ofCodes(text: string, words: readonly string[], closeness: number): string {
  if (closeness < SISTER_CLOSE) return '';
  const plain = text.match(CODE_FREE_WORD)?.length ?? 0;
  const codes = words.length - plain;
  if (plain >= MIN_WORDS || 2 * codes <= words.length) return '';
  const shown = [...new Set(text.match(CODE) ?? [])].slice(0, 2);
  return `, ${codes} of them the letters of item codes${shown.length === 0 ? '' : ` (${shown.join(', ')} …)`}: a guess from their abbreviations`;
}

/** A survey language that satisfy has no lexicon for, named as the notes name it (`Italian (it)`); null for a lexicon language or none. */
export function languageWithoutLexicon(code: string | null): string | null {
  return code === null || LEXICON_LANGUAGES.has(code) ? null : `${languageName(code)} (${code})`;
}

/**
 * The language of one header's own words where it is one satisfy has no lexicon for (`Italian (it)`),
 * as detectSurveyLanguage tells a survey's, for a survey too short to tell (a few short headers): a
 * header of at least HEADER_MIN_WORDS words whose best language has no lexicon, no lexicon language
 * close to it. Null otherwise.
 */
export function headerLanguageWithoutLexicon(header: string): string | null {
  const words = header.replace(/<[^>]*>/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  if (words.length < HEADER_MIN_WORDS) return null;
  const all = rankLanguages(words);
  const [first] = all;
  const best = all.find(([code]) => LEXICON_LANGUAGES.has(code));
  if (first === undefined || LEXICON_LANGUAGES.has(first[0]) || (best?.[1] ?? 0) >= FOREIGN_CLOSE * first[1]) return null;
  return languageWithoutLexicon(first[0]);
}

const HEADER_MIN_WORDS = 6;

/** The English name of a language code (`it` → Italian), or the code where Node has none. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages ELD finds in `words`, with their scores added up over parts of the text, highest first (the first of equals by name). */
function rankLanguages(words: readonly string[]): Array<[string, number]> {
  const packed = packedLanguageDetector();
  const scoresOf = packed === null ? (text: string) => eld.detect(text).getScores() : (text: string) => packed.scores(text);
  const totals = new Map<string, number>();
  let part = '';
  const read = () => {
    for (const [language, score] of Object.entries(scoresOf(part))) totals.set(language, (totals.get(language) ?? 0) + score);
  };
  for (const word of words) {
    if (part !== '' && part.length + 1 + word.length > PART_CHARACTERS) {
      read();
      part = word;
    } else part = part === '' ? word : `${part} ${word}`;
  }
  if (part !== '') read();
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
