/**
 * What a comment can talk about: the five dimensions, what customers ask for (`needs`) and what
 * they praise (`praise`). A comment may talk about several.
 */
export const COMMENT_THEMES = ['delivery', 'pricing', 'complaints', 'trust', 'service', 'needs', 'praise'] as const;
export type CommentTheme = (typeof COMMENT_THEMES)[number];

/**
 * A language's words for reading customers' comments. Words are written folded (lower case, no
 * diacritics, as normalizeText makes them: "zażółć" is `zazolc`, "Qualität" `qualitat`) and matched
 * on whole words of the comment; a trailing `*` makes the last word a stem (`deliver*` matches
 * "delivered", "delivery"). A keyword of several words matches them in a row.
 *
 * The border between themes is the dimensions' (see the README): `delivery` is getting the order
 * (speed, shipping, parcels, packaging, fulfilment: a missing or wrong item), `pricing` prices,
 * fees and value for money, `complaints` something that went wrong and how it was handled
 * (faults, damage, delays, refunds and returns: see `refund`), `trust` honesty, reliability, promises kept and
 * whether one would buy again, `service` the people and channels met (staff, support, their
 * manners, competence and answers), `needs` requests and wishes, `praise` what is praised.
 */
export interface CommentWords {
  /** BCP 47 code of the language, as the lexicons'. */
  language: string;
  themes: Record<CommentTheme, string[]>;
  /**
   * Words of a refund, money given back ("refund", "money back", "remboursement", "zwrot
   * pieniędzy", "Geld zurück"): how a problem was handled, so `complaints`, never a price. Like a
   * request's, their words are their own: a word of money inside them ("pieniędzy", "Geld",
   * "dinero") names no price.
   */
  refund: string[];
  /**
   * A refund promised, not asked for ("money back guarantee", "satisfait ou remboursé",
   * "Geld-zurück-Garantie", "garantia de dinheiro de volta"): its words are its own and tag
   * nothing, so that the refund, the money or the satisfaction inside it is no complaint, price or
   * praise.
   */
  guarantee: string[];
  /** Words of criticism that name no theme ("terrible", "disappointed", "niestety"), for the comment's tone. */
  criticism: string[];
  /**
   * Words that turn round a complaint, a word of praise or of criticism that follows them in the
   * same clause, with at most three `bridge` words between: "no problem", "not good", "nie za
   * drogo", "pas de souci", "not very good". A complaint so turned round is none; praise so turned
   * round is criticism.
   */
  negation: string[];
  /** Words a negation reaches over: articles, copulas, intensifiers ("not very good", "nie było żadnych problemów"). */
  bridge: string[];
  /**
   * Words that make a complaint one that might happen, not one that did, right before its word
   * (bridge words between, as a negation's): "in case of a problem", "para cualquier problema",
   * "aux éventuels problèmes", "em caso de dúvida", "w razie problemów" — a host who answers for
   * any problem is praised, not complained of. The complaint is then none, and no criticism,
   * unless a word of criticism stands in its clause ("in case of a problem, it is a disaster").
   * No conditional ("if you have a problem, nobody answers"), which as often tells what happened.
   */
  hypothetical?: string[];
  /**
   * Words of the respondent's own mental health ("mental health issues", "problemas de salud
   * mental", "problèmes de santé mentale", "psychische Probleme", "problemy psychiczne"): a survey
   * of patients or employees speaks of them as its subject, no complaint of the company. Like a
   * refund promised's, their words are their own and tag nothing. Health problems of no more
   * words ("the food gave me health problems") may be the company's doing, and stay complaints.
   */
  condition?: string[];
  /**
   * Set phrases in which a word of a theme, of praise or of criticism has another sense ("car
   * crash", "crash course", Portuguese "grosso abraço" (a big hug), Polish "polecę do" (I will fly
   * to), French "beaucoup trop bien"): like a refund promised's, their words are their own and tag
   * nothing.
   */
  otherSenses?: string[];
}
