/**
 * Sets an elided article or preposition apart from the word it is glued to, so that the word can
 * be read on its own: "l'emballage" → "l emballage", "centre d’appel" → "centre d appel",
 * "Qu'avez-vous" → "Qu avez-vous". An elision is a whole word of one of the French forms l' d' j'
 * m' n' s' t' c' qu' jusqu' lorsqu' puisqu' (straight or typographic apostrophe) before a letter:
 * at the start of the text or after a character that is no letter, mark or apostrophe, so that
 * "customer's", "don't", "I'd", "o'clock" and "rock'n'roll" are left whole. Italian, Catalan and
 * Portuguese ("caixa d'água") elide the same way. Returns the text unchanged when it has none.
 *
 * normalizeText folds the apostrophe away and glues the two ("lemballage"), which label sets and
 * answers rely on ("d'accord" is `daccord`); keyword matching reads a header both ways.
 *
 * @example splitElisions("Comment évaluez-vous l'emballage ?") // 'Comment évaluez-vous l emballage ?'
 */
export function splitElisions(text: string): string {
  return ELIDED.test(text) ? text.replace(ELISIONS, '$1$2 ') : text;
}

const FORMS = "(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\\p{L})";
const ELIDED = new RegExp(`(?:^|[^\\p{L}\\p{M}'’])${FORMS}`, 'iu');
const ELISIONS = new RegExp(`(^|[^\\p{L}\\p{M}'’])${FORMS}`, 'giu');
