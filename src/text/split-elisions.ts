/**
 * Sets an elided article or preposition apart from the word it is glued to, so that the word can
 * be read on its own: "l'emballage" → "l emballage", "centre d’appel" → "centre d appel",
 * "Qu'avez-vous" → "Qu avez-vous". An elision is one of the French forms l' d' j' m' n' s' t' c'
 * qu' jusqu' lorsqu' puisqu' as a whole word (at the start of the text or after a character that
 * is no letter, mark or apostrophe) before a letter, with any apostrophe that normalizeText folds
 * away (straight ', typographic ’, and ‘ ´ ` ʼ typed for one). "customer's", "don't", "I'd",
 * "o'clock" and "rock'n'roll" have none. Italian, Catalan and Portuguese ("caixa d'água") elide
 * the same way. Returns the text unchanged when it has no elision.
 *
 * normalizeText folds the apostrophe away and glues the two ("lemballage"), which label sets and
 * answers rely on ("d'accord" is `daccord`); keyword matching reads a header both ways.
 *
 * @example splitElisions("Comment évaluez-vous l'emballage ?") // 'Comment évaluez-vous l emballage ?'
 */
export function splitElisions(text: string): string {
  return ELIDED.test(text) ? text.replace(ELISIONS, '$1$2 ') : text;
}

// The apostrophes of normalizeText. One before the prefix makes it part of a word ("rock'n'roll", "I'd've").
const APOSTROPHE = "'‘’`´ʼ";
const FORMS = `(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)[${APOSTROPHE}](?=\\p{L})`;
const ELIDED = new RegExp(`(?:^|[^\\p{L}\\p{M}${APOSTROPHE}])${FORMS}`, 'iu');
const ELISIONS = new RegExp(`(^|[^\\p{L}\\p{M}${APOSTROPHE}])${FORMS}`, 'giu');
