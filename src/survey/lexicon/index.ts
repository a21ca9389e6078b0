import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { lv } from './lv.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

/** Every lexicon satisfy knows, in the order their keywords are tried (see `--lang`). */
export const lexicons: readonly Lexicon[] = [en, pl, lv, de, fr, es, pt];

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
    ...l.notApplicable,
    ...l.yes,
    ...l.no,
    ...Object.values(l.scales).flatMap((words) => Object.values(words).flat() as string[]),
  ]);
  const words = texts.flatMap((text) => text.normalize('NFC').toLowerCase().replace(/\*$/, '').split(/[^\p{L}]+/u));
  return new Set(words.filter((word) => /[^\p{ASCII}]/u.test(word)));
}
