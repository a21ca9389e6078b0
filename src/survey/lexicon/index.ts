import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { lv } from './lv.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { INTENSITY_LEVELS, type Lexicon } from './types.js';

export type { Lexicon } from './types.js';

/** Every lexicon satisfy knows, in the order their keywords are tried (see `--lang`). */
export const lexicons: readonly Lexicon[] = [en, pl, lv, de, fr, es, pt].map(withTransliterations);

/**
 * The lexicon with each header keyword that holds a letter of its `transliterations` followed by
 * the keyword so spelled (`gebühr*`, then `gebuehr*`), its marks (`~`, `^`, `*`) kept: a variable's
 * name without umlauts (`Gebuehren_fair`) reads as the word. Answers are matched as written.
 */
export function withTransliterations(lexicon: Lexicon): Lexicon {
  const table = lexicon.transliterations;
  if (table === undefined) return lexicon;
  const letters = new RegExp(`[${Object.keys(table).join('')}]`, 'gu');
  const spell = (words: readonly string[]): string[] =>
    words.flatMap((word) => {
      const other = word.replace(letters, (letter) => table[letter] as string);
      return other === word || words.includes(other) ? [word] : [word, other];
    });
  const each = <T extends Record<string, string[]>>(lists: T): T => Object.fromEntries(Object.entries(lists).map(([key, words]) => [key, spell(words)])) as T;
  const { csat, ...roles } = lexicon.roles;
  return {
    ...lexicon,
    roles: { ...each(roles), csat: each(csat) },
    effort: each(lexicon.effort),
    which: each(lexicon.which),
    guarantee: spell(lexicon.guarantee),
    waiting: spell(lexicon.waiting),
    timeFrame: spell(lexicon.timeFrame),
    consent: spell(lexicon.consent),
    consentTakingPart: spell(lexicon.consentTakingPart),
    delivering: each(lexicon.delivering),
    judged: each(lexicon.judged),
    dimensions: each(lexicon.dimensions),
    context: each(lexicon.context),
    reversedWording: each(lexicon.reversedWording),
    workplace: spell(lexicon.workplace),
    attention: spell(lexicon.attention),
    ...(lexicon.attentionQuestion === undefined ? {} : { attentionQuestion: spell(lexicon.attentionQuestion) }),
    selectAll: spell(lexicon.selectAll),
    ...(lexicon.grades === undefined ? {} : { grades: spell(lexicon.grades) }),
  };
}

/** The lexicons with `language` first, so that its keywords win where languages disagree. */
export function lexiconsFor(language: string | undefined): readonly Lexicon[] {
  if (language === undefined) return lexicons;
  return [...lexicons.filter((l) => l.language === language), ...lexicons.filter((l) => l.language !== language)];
}

/**
 * The words of every lexicon that have letters beyond ASCII ("zadowolony" no, "źle" and
 * "apmierināts" yes), in lower case: decoded in the right code page they come out spelled right.
 */
export function accentedWords(from: readonly Lexicon[] = lexicons): Set<string> {
  const texts = from.flatMap((l) => [
    ...Object.values(l.roles).flatMap((r: string[] | { strong: string[]; weak: string[] }) => (Array.isArray(r) ? r : [...r.strong, ...r.weak])),
    ...Object.values(l.dimensions).flat(),
    ...Object.values(l.effort).flat(),
    ...l.notApplicable,
    ...l.yes,
    ...l.no,
    ...scaleTexts(l),
  ]);
  const words = texts.flatMap((text) => text.normalize('NFC').toLowerCase().replace(/\*$/, '').split(/[^\p{L}]+/u));
  return new Set(words.filter((word) => /[^\p{ASCII}]/u.test(word)));
}

/** Every answer word of a lexicon's scales: the families' slots, named sets and ladders, and the intensity words. */
export function scaleTexts(lexicon: Lexicon): string[] {
  const { intensity, ...families } = lexicon.scales;
  const family = Object.values(families).flatMap(({ sets, ladder, ...slots }) => [...Object.values(slots).flat(), ...Object.values(sets ?? {}).flat(2), ...(ladder ?? []).flat()]);
  return [...family, ...INTENSITY_LEVELS.flatMap((level) => intensity[level]), ...intensity.negative];
}
