import { en } from './en.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

/** Every lexicon satisfy knows, in the order their keywords are tried. */
export const lexicons: readonly Lexicon[] = [en];
