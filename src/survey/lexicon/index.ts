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
