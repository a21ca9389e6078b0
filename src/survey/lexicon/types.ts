/**
 * A language's words for recognising columns and answers. Keywords are matched on whole words of
 * the folded header text (see normalizeText: case, diacritics, punctuation and spacing do not
 * count); a trailing `*` makes the last word a prefix, so `deliver*` matches "delivery",
 * "delivered" and "delivering". Answer words are matched whole, after the same folding.
 *
 * A keyword written with a leading `~` (`~problem*`) is weak: alone it decides nothing, because it
 * has other meanings too ("math problems", "a mental health issue"). It counts only in a header of
 * at most two words (a column name such as "Problems") or beside one of the `context` words of
 * its role or dimension ("a problem with your order").
 */
export interface Lexicon {
  /** BCP 47 code of the language, as shown in evidence and taken by `--lang`. */
  language: string;
  /** Header keywords for each role a column can take. */
  roles: {
    id: string[];
    timestamp: string[];
    nps: string[];
    /** Overall satisfaction; `strong` beats a dimension keyword, `weak` does not. */
    csat: { strong: string[]; weak: string[] };
    ces: string[];
    comment: string[];
    /** Columns that split the sample: region, country, plan, store, contact channel ... */
    segment: string[];
    weight: string[];
    ignored: string[];
    /** Counts, durations and amounts ("how many", "hours", "amount"): quantities, never ratings. */
    quantity: string[];
    /** How important something is to the respondent: paired with what it rates, never scored as satisfaction. */
    importance: string[];
  };
  /** Header keywords for each built-in dimension. */
  dimensions: Record<string, string[]>;
  /**
   * Per role or dimension, words that give its weak (`~`) keywords their meaning: for complaints,
   * the order, the product, the service or the company that the problem was with.
   */
  context: Record<string, string[]>;
  /** How a platform writes an option of a checkbox question that was not ticked ("Not selected"). */
  unticked: string[];
  /** Answers that mean "no answer possible" and are excluded and counted as `notApplicable`. */
  notApplicable: string[];
  /** Answers to a yes/no question. */
  yes: string[];
  no: string[];
  /** The words of ordered answer scales, by family; see label-sets.ts for the 4- to 7-point variants. */
  scales: Partial<Record<ScaleFamily, ScaleWords>>;
}

/** Kinds of ordered answer scales. */
export const SCALE_FAMILIES = ['agreement', 'satisfaction', 'quality', 'excellence', 'likelihood', 'ease', 'frequency', 'favourability'] as const;
export type ScaleFamily = (typeof SCALE_FAMILIES)[number];

/**
 * The answers of one scale family, from the most negative point to the most positive, each with
 * the variants a survey may write ("Neutral" beside "Neither agree nor disagree"). A family
 * without `slightly…` words has no 6- or 7-point variant; one without `neutral` has no odd one.
 */
export interface ScaleWords {
  veryNegative: string[];
  negative: string[];
  slightlyNegative?: string[];
  neutral?: string[];
  slightlyPositive?: string[];
  positive: string[];
  veryPositive: string[];
}
