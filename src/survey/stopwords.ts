import { deu, eng, fra, lav, pol, por, spa } from 'stopword';
import type { WordLanguage } from './comment-tokens.js';

/**
 * The stopword package's list of each lexicon language (its names are ISO 639-3). Imported by
 * name, so that the bundle holds these seven lists alone (see scripts/build.mjs), not its sixty.
 */
export const STOPWORDS: Readonly<Record<WordLanguage, readonly string[]>> = { en: eng, de: deu, fr: fra, es: spa, pt: por, pl: pol, lv: lav };
