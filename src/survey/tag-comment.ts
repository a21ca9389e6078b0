import { normalizeText } from '../text/normalize-text.js';
import { COMMENT_THEMES, commentWords, type CommentTheme, type CommentWords } from './comment-words/index.js';

/** What a comment talks about, and the tone its words give it. */
export interface CommentTags {
  themes: CommentTheme[];
  /** praise: words of praise only; criticism: of criticism (a complaint, praise turned round) only; mixed: both; neutral: neither. */
  tone: CommentTone;
}

/** The tones of a comment, in the order the tallies count them. */
export const COMMENT_TONES = ['praise', 'mixed', 'criticism', 'neutral'] as const;
export type CommentTone = (typeof COMMENT_TONES)[number];

/** One language's words, folded and split once, ready to match (see commentTagger). */
interface Compiled {
  /** The theme and criticism keywords, by their first word (the stem of a one-word stem keyword). */
  byFirstWord: Map<string, Keyword[]>;
  /** Stems of one-word keywords ("deliver*"), by stem: looked up by each prefix of a word. */
  byStem: Map<string, Keyword[]>;
  longestStem: number;
  /** The stem keywords of the starts of words met lately (see stemsOf). */
  stemsByWord: Map<string, readonly Keyword[]>;
  negation: Keyword[];
  bridge: ReadonlySet<string>;
  /** Words that make a complaint one that might happen (see CommentWords.hypothetical). */
  hypothetical: Keyword[];
}

interface Keyword {
  /** A theme, or null for a word of criticism. */
  theme: CommentTheme | null;
  words: string[];
  /** The last word is a stem. */
  stem: boolean;
  /** Starts with a word of negation ("never again", "nie polecam"): nothing before it turns it round. */
  negated: boolean;
  /**
   * Its words are its own (a request's, a refund's): no keyword of another theme, nor a word of
   * criticism, that starts inside it counts ("bien" in "serait bien", "pieniędzy" in "zwrot pieniędzy").
   */
  own: boolean;
  /** A refund promised (CommentWords.guarantee): its words are its own, and it tags nothing itself. */
  mute: boolean;
}

// How many bridge words a negation reaches over to turn a complaint, praise or criticism round.
const NEGATION_REACH = 3;
// Themes whose words a negation turns round: "no problem" is no complaint, "not good" no praise.
const TURNED_ROUND = new Set<CommentTheme>(['complaints', 'praise']);

/**
 * Tags comments with the themes they talk about and the tone of their words, in the languages of
 * `languages` (every lexicon language when empty): whole folded words, stems, and several words
 * in a row, within one clause (a sentence or the part between two commas), so that a negation
 * reaches no further than its clause. A negation right before a complaint makes it
 * none ("no problem at all", "nie mam żadnych zastrzeżeń", "pas de souci") and before praise makes
 * it criticism ("not good", "nada bom"), with only articles, copulas and intensifiers (the
 * language's bridge words) between; the theme of a price, a delivery or the staff stays, said
 * well or badly ("nie za drogo" talks about the price, and is no criticism of it).
 *
 * @example commentTagger([])('The courier was late and nobody answered my e-mails') // { themes: ['delivery', 'complaints', 'service'], tone: 'criticism' }
 */
export function commentTagger(languages: readonly string[]): (text: string) => CommentTags {
  const chosen = languages.length === 0 ? commentWords : commentWords.filter((w) => languages.includes(w.language));
  // A negation of any of the languages tried turns round the words of each: "no problem" is no
  // complaint to the Polish words either, whose "problem*" would match it.
  const negation = chosen.flatMap((w) => w.negation);
  const bridge = chosen.flatMap((w) => w.bridge);
  const compiled = chosen.map((words) => compile({ ...words, negation, bridge }));
  // The hits of a clause, kept until the clause is read: the words of a request or wish are its
  // own ("would be nice", "serait bien", "seria bom"), no praise, theme or criticism, in whichever
  // language's words a hit was found (Spanish "seri*" is no trust inside Portuguese "seria bom");
  // so are a refund's ("zwrot pieniędzy", "Geld zurück": complaints, no price) and a refund
  // promised's ("money back guarantee", "satisfait ou remboursé": nothing at all).
  // (In arrays side by side, kept from one clause to the next, with their counts: an object a hit,
  // and arrays emptied and pushed to again, were garbage of every comment.)
  const hitKeywords: Keyword[] = [];
  const hitStarts: number[] = [];
  const hitLanguages: Compiled[] = [];
  let hits = 0;
  // A range owned by a promise (theme undefined) hides every hit that starts inside it.
  const ownedFrom: number[] = [];
  const ownedTo: number[] = [];
  const ownedThemes: Array<CommentTheme | null | undefined> = [];
  let owned = 0;
  // What the comment read says so far (see the function returned): its themes as bits of COMMENT_THEMES, praise and criticism.
  let found = 0;
  let praise = false;
  let criticism = false;
  // Whether the clause being read holds a word of criticism (see CommentWords.hypothetical).
  let clauseCriticism = false;
  const take = (keyword: Keyword, words: readonly string[], start: number, language: Compiled) => {
    const { theme } = keyword;
    const turned = (theme === null || TURNED_ROUND.has(theme)) && !keyword.negated && negationBefore(words, start, language);
    if (theme === null) {
      if (!turned) criticism = true;
      return;
    }
    if (theme === 'praise' && turned) criticism = true;
    if (turned) return;
    // A problem that might happen ("para cualquier problema", "en cas de souci") is none, where no word of criticism stands in its clause.
    if (theme === 'complaints' && !clauseCriticism && endsBefore(words, start, language.hypothetical, language)) return;
    found |= 1 << (THEME_POSITION.get(theme) as number);
    if (theme === 'praise') praise = true;
    if (theme === 'complaints') criticism = true;
  };
  const visit = (keyword: Keyword, start: number, language: Compiled) => {
    if (keyword.own) {
      ownedFrom[owned] = start;
      ownedTo[owned] = start + keyword.words.length;
      ownedThemes[owned++] = keyword.mute ? undefined : keyword.theme;
    }
    if (!keyword.mute) {
      hitKeywords[hits] = keyword;
      hitStarts[hits] = start;
      hitLanguages[hits++] = language;
    }
  };
  // Whether a range owned by another theme than `theme`'s holds `start`.
  const ownedElsewhere = (theme: CommentTheme | null, start: number) => {
    for (let o = 0; o < owned; o++) if (ownedThemes[o] !== theme && start >= (ownedFrom[o] as number) && start < (ownedTo[o] as number)) return true;
    return false;
  };
  // (take and visit are made once, not for each comment: with what they keep, they were a tenth of what tagging a comment allocated.)
  return (text) => {
    found = 0;
    praise = false;
    criticism = false;
    for (const clause of clausesOf(text)) {
      // Folded, a clause is words between single spaces, or nothing.
      const folded = normalizeText(clause);
      if (folded === '') continue;
      const words = folded.split(' ');
      hits = 0;
      owned = 0;
      for (const language of compiled) {
        for (let start = 0; start < words.length; start++) {
          const word = words[start] as string;
          for (const keyword of language.byFirstWord.get(word) ?? NO_KEYWORDS) if (matchesAt(words, start, keyword)) visit(keyword, start, language);
          for (const keyword of stemsOf(word, language)) visit(keyword, start, language);
        }
      }
      clauseCriticism = false;
      for (let h = 0; h < hits; h++) if ((hitKeywords[h] as Keyword).theme === null && !negationBefore(words, hitStarts[h] as number, hitLanguages[h] as Compiled)) clauseCriticism = true;
      for (let h = 0; h < hits; h++) {
        const keyword = hitKeywords[h] as Keyword;
        const start = hitStarts[h] as number;
        if (!ownedElsewhere(keyword.theme, start)) take(keyword, words, start, hitLanguages[h] as Compiled);
      }
    }
    return { themes: found === 0 ? [] : COMMENT_THEMES.filter((_, t) => ((found >> t) & 1) === 1), tone: praise && criticism ? 'mixed' : praise ? 'praise' : criticism ? 'criticism' : 'neutral' };
  };
}

const THEME_POSITION = new Map(COMMENT_THEMES.map((theme, t) => [theme, t]));

function compile(words: CommentWords): Compiled {
  const negations = new Set(words.negation.map((n) => normalizeText(n.replace(/\*$/, ''))));
  const byFirstWord = new Map<string, Keyword[]>();
  const byStem = new Map<string, Keyword[]>();
  let longestStem = 0;
  const add = (text: string, theme: CommentTheme | null, own = theme === 'needs', mute = false) => {
    const found = keyword(text, theme, negations);
    // Praise said through a negation ("couldn't be better", "não poderia ser melhor") is read whole:
    // the wish inside it ("poderia ser melhor", could be better) is none.
    const k = { ...found, own: own || (theme === 'praise' && found.negated), mute };
    const first = k.words[0] as string;
    if (k.stem && k.words.length === 1) {
      byStem.set(first, [...(byStem.get(first) ?? []), k]);
      longestStem = Math.max(longestStem, first.length);
    } else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), k]);
  };
  for (const theme of COMMENT_THEMES) for (const text of words.themes[theme]) add(text, theme);
  for (const text of words.refund) add(text, 'complaints', true);
  for (const text of words.guarantee) add(text, null, true, true);
  for (const text of words.condition ?? []) add(text, null, true, true);
  for (const text of words.otherSenses ?? []) add(text, null, true, true);
  for (const text of words.criticism) add(text, null);
  return { byFirstWord, byStem, longestStem, stemsByWord: new Map(), negation: words.negation.map((n) => keyword(n, null, new Set())), bridge: new Set(words.bridge.map((w) => normalizeText(w))), hypothetical: (words.hypothetical ?? []).map((h) => keyword(h, null, new Set())) };
}

function keyword(text: string, theme: CommentTheme | null, negations: ReadonlySet<string>): Keyword {
  const stem = text.endsWith('*');
  const words = normalizeText(stem ? text.slice(0, -1) : text).split(' ');
  return { theme, words, stem, negated: negations.has(words[0] as string), own: false, mute: false };
}

const NO_KEYWORDS: readonly Keyword[] = [];

// Words are met again and again: the stem keywords of this many recent words are remembered per
// language, which changes how fast a comment is tagged, never how.
const REMEMBERED_WORDS = 20_000;

// V8 copies a substring shorter than this; a longer one keeps the whole text it was cut from alive.
const COPIED_LENGTH = 13;

/**
 * The one-word stem keywords that `word` starts with (each of its prefixes that is a stem, longest
 * first). They depend on the word's first `longestStem` characters alone, which are remembered
 * when short enough to be a copy (a longer key would keep its comment's clause alive).
 */
function stemsOf(word: string, language: Compiled): readonly Keyword[] {
  const key = word.length > language.longestStem ? word.slice(0, language.longestStem) : word;
  const remember = key.length < COPIED_LENGTH;
  const known = remember ? language.stemsByWord.get(key) : undefined;
  if (known !== undefined) return known;
  let found: Keyword[] | null = null;
  for (let length = key.length; length > 0; length--) {
    const stems = language.byStem.get(key.slice(0, length));
    if (stems !== undefined) (found ??= []).push(...stems);
  }
  if (remember) {
    if (language.stemsByWord.size >= REMEMBERED_WORDS) language.stemsByWord.clear();
    language.stemsByWord.set(key, found ?? NO_KEYWORDS);
  }
  return found ?? NO_KEYWORDS;
}

/** Whether `keyword` matches `words` from `start`. */
function matchesAt(words: readonly string[], start: number, keyword: Keyword): boolean {
  const last = keyword.words.length - 1;
  if (start + last >= words.length) return false;
  for (let i = 0; i <= last; i++) {
    const word = words[start + i] as string;
    const part = keyword.words[i] as string;
    if (!(i === last && keyword.stem ? word.startsWith(part) : word === part)) return false;
  }
  return true;
}

/** Whether a negation stands right before `start`, or with at most NEGATION_REACH bridge words between. */
function negationBefore(words: readonly string[], start: number, { negation, bridge }: Compiled): boolean {
  for (let at = start - 1; at >= 0 && at >= start - 1 - NEGATION_REACH; at--) {
    for (const n of negation) if (n.words.length <= start - at && matchesAt(words, at, n)) return true;
    if (!bridge.has(words[at] as string)) return false;
  }
  return false;
}

/** Whether one of `keywords` (of one word or several) ends right before `start`, or with at most NEGATION_REACH bridge words between ("in case of a problem"). */
function endsBefore(words: readonly string[], start: number, keywords: readonly Keyword[], { bridge }: Compiled): boolean {
  for (let end = start - 1; end >= 0 && end >= start - 1 - NEGATION_REACH; end--) {
    for (const k of keywords) {
      const from = end - k.words.length + 1;
      if (from >= 0 && matchesAt(words, from, k)) return true;
    }
    if (!bridge.has(words[end] as string)) return false;
  }
  return false;
}

/**
 * The clauses of a comment: split at sentence ends, semicolons, colons, commas and line breaks. A
 * letter and an apostrophe that stand for a French article or pronoun ("l'accueil", "qu'il",
 * "n'ai") are a word apart, as normalizeText would glue them to the next.
 */
function clausesOf(text: string): string[] {
  // Most comments hold no apostrophe, and the search for an elision was a tenth of their tagging.
  const separated = text.includes("'") || text.includes('’') || text.includes('`') ? text.replace(ELISION, '$1 ') : text;
  return separated.split(/[.!?;:,\n\r()]+/u);
}

// A French article or pronoun cut before a vowel: "l'", "qu'", "jusqu'" (see clausesOf).
const ELISION = /\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’`](?=\p{L})/giu;
