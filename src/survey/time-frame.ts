import { normalizeText } from '../text/normalize-text.js';
import { splitElisions } from '../text/split-elisions.js';
import type { Lexicon } from './lexicon/types.js';
import { matchKeywords } from './match-keywords.js';

// The most words between a frame's opening and its unit: a number and a word of last ("au cours
// des 90 derniers jours", "in the last three calendar months").
const FRAME_MAX_WORDS = 3;

/**
 * The folded words of `name` without its time frame: a frame's opening words (Lexicon.timeFrame:
 * "in the last", "en los últimos") and the words after it up to the first word of quantity among
 * the next few ("in the last 90 days", "pēdējās 90 dienās"). That word says over what time the
 * question asks, not that it asks for a number; a word of quantity elsewhere is kept ("How many
 * times in the last 30 days …?"). A name without a frame comes back as it is.
 *
 * @example withoutTimeFrame('Did any shipment arrive damaged in the last 90 days?', [en]) // 'did any shipment arrive damaged'
 */
export function withoutTimeFrame(name: string, lexicons: readonly Lexicon[]): string {
  // An elided article is a word of its own ("nombre d'appels" is "nombre d appels"), as matchKeywords reads it.
  const words = normalizeText(splitElisions(name)).split(' ').filter((w) => w !== '');
  const quantity = lexicons.flatMap((lexicon) => lexicon.roles.quantity);
  const dropped = new Set<number>();
  for (const opening of lexicons.flatMap((lexicon) => lexicon.timeFrame)) {
    const parts = normalizeText(opening).split(' ');
    for (let start = 0; start + parts.length <= words.length; start++) {
      if (!parts.every((part, i) => words[start + i] === part)) continue;
      const after = start + parts.length;
      for (let i = after; i < Math.min(words.length, after + FRAME_MAX_WORDS); i++) {
        if (matchKeywords(words[i] as string, quantity).length === 0) continue;
        for (let j = start; j <= i; j++) dropped.add(j);
        break;
      }
    }
  }
  return dropped.size === 0 ? name : words.filter((_, i) => !dropped.has(i)).join(' ');
}

/**
 * The folded words of `name` without its phrases of how much (Lexicon.which.extent: "to what
 * extent", "in welchem Maße", "w jakim stopniu", Polish "na ile"), which ask for a degree, not a
 * number, though Polish "na ile" holds "ile" (how many): "Na ile zgadza się Pan/Pani …?" (to what
 * extent do you agree) asks for agreement. A header that names what a count counts (a unit of
 * Lexicon.roles.countedUnits: days, times, people) keeps its phrase: "Na ile dni przed wyjazdem
 * …?" (how many days before) counts days. A name without such a phrase comes back as it is.
 *
 * @example withoutExtent('Na ile zgadza się Pan ze stwierdzeniem', [pl]) // 'zgadza sie pan ze stwierdzeniem'
 */
export function withoutExtent(name: string, lexicons: readonly Lexicon[]): string {
  if (lexicons.some((lexicon) => matchKeywords(name, lexicon.roles.countedUnits).length > 0)) return name;
  const words = normalizeText(splitElisions(name)).split(' ').filter((w) => w !== '');
  const dropped = new Set<number>();
  for (const phrase of lexicons.flatMap((lexicon) => lexicon.which.extent)) {
    const parts = normalizeText(splitElisions(phrase)).split(' ');
    for (let start = 0; start + parts.length <= words.length; start++) {
      if (parts.every((part, i) => words[start + i] === part)) for (let j = start; j < start + parts.length; j++) dropped.add(j);
    }
  }
  return dropped.size === 0 ? name : words.filter((_, i) => !dropped.has(i)).join(' ');
}
