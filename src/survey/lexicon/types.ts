/**
 * A language's words for recognising columns and answers. Keywords are matched on whole words of
 * the folded header text (see normalizeText); a trailing `*` makes the last word a prefix, so
 * `deliver*` matches "delivery", "delivered" and "delivering". Answer labels are matched whole.
 */
export interface Lexicon {
  /** BCP 47 code of the language, as shown in evidence. */
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
    segment: string[];
    weight: string[];
    ignored: string[];
  };
  /** Header keywords for each built-in dimension. */
  dimensions: Record<string, string[]>;
  /** Answers that mean "no answer possible" and are excluded and counted as `notApplicable`. */
  notApplicable: string[];
  /** Answers to a yes/no question. */
  yes: string[];
  no: string[];
  /** Ordered answer label sets, lowest first; each label's value is its position, from 1. */
  labelSets: Array<{ id: string; labels: string[][] }>;
}
