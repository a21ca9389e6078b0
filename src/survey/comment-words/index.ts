import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { lv } from './lv.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import type { CommentWords } from './types.js';

export { COMMENT_THEMES, type CommentTheme, type CommentWords } from './types.js';

/** The comment words of every lexicon language, in the lexicons' order. */
export const commentWords: readonly CommentWords[] = [en, pl, lv, de, fr, es, pt];
