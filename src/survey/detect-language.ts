import { francAll } from 'franc';
import { FRANC_LANGUAGES as LEXICON_LANGUAGES } from './franc-languages.js';

// Below this many words franc's trigram statistics say little (a few column names such as
// "Lieferung", "Preis" can pass for any language): the survey's language is then left undecided
// and the keywords of every lexicon are tried, as they are for `--lang` unset.
const MIN_WORDS = 30;
// A runner-up this close to the best (franc scores the best 1) that is a sister language of it has
// its keywords tried too: Portuguese and Spanish surveys often score within a few hundredths of
// each other. Other languages are not sisters however close they score: French ran within 0.98
// of English on English exports, and its "observations" made a yes/no question a comment.
const CLOSE = 0.98;
const SISTERS: Readonly<Record<string, readonly string[]>> = { pt: ['es'], es: ['pt'] };

/** The language a survey is written in, with how sure that is, for `inspect` and the evidence. */
export interface SurveyLanguage {
  /** The lexicon language of its headers and answer labels, or null when the text is too short to tell. */
  language: string | null;
  /** The languages whose keywords decide: the survey's own, a sister language that scored as high, and English; empty when undecided (every lexicon). */
  keywordLanguages: string[];
  evidence: string;
}

/**
 * Detects the language of a survey from all of its text: headers, question texts and the labels
 * of its answers (not free-text comments, which are the customers', not the survey's). Uses franc
 * (trigram statistics) restricted to the seven lexicon languages.
 *
 * @example detectSurveyLanguage(['Jak oceniasz szybkość dostawy?', 'Zdecydowanie się zgadzam']).language // 'pl'
 */
export function detectSurveyLanguage(texts: readonly string[]): SurveyLanguage {
  // Column codes such as `qual_1` or `Q3_2` are no language; keep words of letters only.
  const words = texts.join(' ').replace(/<[^>]*>/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  const text = words.join(' ');
  if (words.length < MIN_WORDS) return { language: null, keywordLanguages: [], evidence: `too little text to tell the language (${words.length} words); keywords of every language tried` };
  const ranked = francAll(text, { only: Object.keys(LEXICON_LANGUAGES), minLength: 1 });
  const [best] = ranked;
  const language = best === undefined ? undefined : LEXICON_LANGUAGES[best[0]];
  if (language === undefined) return { language: null, keywordLanguages: [], evidence: 'language not recognised; keywords of every language tried' };
  const runnerUp = ranked[1];
  const second = runnerUp === undefined ? undefined : LEXICON_LANGUAGES[runnerUp[0]];
  const close = runnerUp !== undefined && runnerUp[1] >= CLOSE && second !== undefined && (SISTERS[language] ?? []).includes(second) ? second : undefined;
  const margin = runnerUp === undefined ? '' : ` (next: ${LEXICON_LANGUAGES[runnerUp[0]]} at ${runnerUp[1].toFixed(2)}${close === undefined ? '' : ', close enough that its keywords count too'})`;
  const keywordLanguages = [...new Set([language, ...(close === undefined ? [] : [close]), 'en'])];
  return { language, keywordLanguages, evidence: `${language} from ${words.length} words of headers and answer labels${margin}` };
}
