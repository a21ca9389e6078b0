import { newStemmer } from 'snowball-stemmers';
import { foldUnicode } from '../text/normalize-text.js';
import type { CommentLanguage } from './comment-language.js';
import { STOPWORDS } from './stopwords.js';

/** The languages whose comments are cut into words: the seven lexicon languages. */
export const WORD_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

/**
 * The Snowball stemmer of each language that has one (snowball-stemmers, the JavaScript port of
 * the Snowball project's algorithms): English (Porter2), German, French, Spanish and Portuguese.
 * Snowball has no Polish and no Latvian stemmer: their words are counted as written (folded).
 */
export const STEMMERS: Readonly<Partial<Record<WordLanguage, string>>> = { en: 'english', de: 'german', fr: 'french', es: 'spanish', pt: 'portuguese' };

/** The words of a comment: each distinct stem once (`stems`, folded), and beside it the form it was written in (`forms`, lower case; the smallest in code-unit order when several forms share a stem). */
export interface CommentTokens {
  stems: readonly string[];
  forms: readonly string[];
}

const NONE: CommentTokens = { stems: [], forms: [] };

interface LanguageTools {
  stopwords: ReadonlySet<string>;
  stem: ((word: string) => string) | null;
  /** The key of each word met lately (see keyOf), or null for a word left out. */
  keys: Map<string, string | null>;
}

// Words are met again and again: the keys of this many recent words are remembered per language,
// which changes how fast a comment is cut, never how.
const REMEMBERED = 20_000;

// Made on the first comment of each language cut into words, once per thread: a report whose
// comments are in two languages folds two lists of stopwords and makes two stemmers. (The code
// of the stemmers and the lists is in the bundle, whose code cache holds it compiled.)
const tools = new Map<WordLanguage, LanguageTools>();

function toolsOf(language: WordLanguage): LanguageTools {
  let made = tools.get(language);
  if (made === undefined) {
    const name = STEMMERS[language];
    const stemmer = name === undefined ? null : newStemmer(name);
    // Folded like the words they are compared with: "für" and "fur", "don't" and "dont" alike.
    const stopwords = new Set(STOPWORDS[language].map((w) => foldUnicode(w)));
    made = { stopwords, stem: stemmer === null ? null : (word: string) => stemmer.stem(word), keys: new Map() };
    tools.set(language, made);
  }
  return made;
}

// A word: letters, with the marks that belong to them. Anything else (digits, punctuation, emoji,
// apostrophes) parts words.
const WORD = /[\p{L}\p{M}]+/gu;
// English keeps a word whole across an apostrophe ("don't", "it's"), as its stopword list has them.
const ENGLISH_APOSTROPHE = /(?<=\p{L})['’`](?=\p{L})/gu;
// Shorter words (a French "l'", a stray letter) say nothing.
const SHORTEST = 2;

/**
 * The words of a comment in `language` (one of WORD_LANGUAGES; none for another): lower case,
 * letters only, the language's stopwords left out (the `stopword` package's list), each stemmed
 * where Snowball has a stemmer for the language (see STEMMERS) and folded (no diacritics, as
 * normalizeText folds), each stem once. The form shown for a stem is its smallest written form
 * in the comment, lower case with its diacritics (a choice that does not depend on row order).
 *
 * @example commentTokens('The couriers were late, the courier was rude', 'en') // { stems: ['courier', 'late', 'rude'], forms: ['courier', 'late', 'rude'] }
 */
export function commentTokens(text: string, language: CommentLanguage): CommentTokens {
  if (!(WORD_LANGUAGES as readonly string[]).includes(language)) return NONE;
  const tools = toolsOf(language as WordLanguage);
  const lower = (ASCII.test(text) ? text : text.normalize('NFC')).toLowerCase();
  const words = (language === 'en' ? lower.replace(ENGLISH_APOSTROPHE, '') : lower).match(WORD);
  if (words === null) return NONE;
  // Each word's key and form, sorted by key then form: the first of each key is its smallest form.
  let n = 0;
  for (const word of words) {
    if (word.length < SHORTEST) continue;
    const key = keyOf(word, tools);
    if (key === null) continue;
    sortedKeys[n] = key;
    sortedForms[n++] = word;
  }
  if (n === 0) return NONE;
  sortWords(n);
  const stems: string[] = [];
  const forms: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = sortedKeys[i] as string;
    if (key === stems[stems.length - 1]) continue;
    stems.push(key);
    forms.push(sortedForms[i] as string);
  }
  // A long comment's words past the first INSERTED are not kept alive until a longer one comes.
  if (n > INSERTED) {
    sortedKeys.length = INSERTED;
    sortedForms.length = INSERTED;
  }
  return { stems, forms };
}

// A comment's words' keys and forms (see commentTokens), kept from one comment to the next: pairs
// of them made and sorted were a sixth of what reading a comment allocated.
const sortedKeys: string[] = [];
const sortedForms: string[] = [];
// Up to this many words are sorted in place by insertion; more, by Array.prototype.sort.
const INSERTED = 48;

/** Sorts the first `n` of sortedKeys and sortedForms together, by key then form. */
function sortWords(n: number): void {
  if (n > INSERTED) {
    const pairs = sortedKeys.slice(0, n).map((key, i) => [key, sortedForms[i] as string] as const);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    pairs.forEach(([key, form], i) => {
      sortedKeys[i] = key;
      sortedForms[i] = form;
    });
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = sortedKeys[i] as string;
    const form = sortedForms[i] as string;
    let at = i;
    for (; at > 0; at--) {
      const before = sortedKeys[at - 1] as string;
      if (before < key || (before === key && (sortedForms[at - 1] as string) <= form)) break;
      sortedKeys[at] = before;
      sortedForms[at] = sortedForms[at - 1] as string;
    }
    sortedKeys[at] = key;
    sortedForms[at] = form;
  }
}

// Text in ASCII is already in normal form C.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

const LOWER_ASCII = /^[a-z]+$/;

/** A word's stem, folded (see commentTokens), or null for a stopword or a word too short. */
function keyOf(word: string, tools: LanguageTools): string | null {
  let key = tools.keys.get(word);
  if (key !== undefined) return key;
  const fold = (text: string) => (LOWER_ASCII.test(text) ? text : foldUnicode(text));
  const folded = fold(word);
  key = folded.length < SHORTEST || tools.stopwords.has(folded) ? null : tools.stem === null ? folded : fold(tools.stem(word));
  if (key === '') key = null;
  if (tools.keys.size >= REMEMBERED) tools.keys.clear();
  tools.keys.set(word, key);
  return key;
}
