import { normalizeText } from '../text/normalize-text.js';
import { parseNumber } from '../text/parse-number.js';
import { PLAIN_FORMAT, stripQuotePrefix, type AnswerFormat } from './code-answer.js';
import type { Vocabulary } from './vocabulary.js';

/** What the sampled values of one column look like, for detection and for `inspect`. */
export interface ValueProfile {
  /** Non-blank cells. */
  answered: number;
  /** Cells that are a non-answer ("N/A", "Don't know" ...). */
  notApplicable: number;
  /** Cells that parse as finite numbers, and how many of those are integers. */
  numeric: number;
  integers: number;
  min: number | null;
  max: number | null;
  yesNo: number;
  dateLike: number;
  /** Distinct non-blank values, counted up to DISTINCT_LIMIT. */
  distinct: number;
  meanLength: number;
  /** Hits of each ordered label set, by id. */
  labelSets: Record<string, number>;
}

const DISTINCT_LIMIT = 10_000;
const DATE = /^(\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?|\d{4}\/\d{1,2}\/\d{1,2}( .*)?)/;

/** Profiles the values of column `index` over the sample rows. */
export function profileValues(rows: readonly (readonly string[])[], index: number, vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT): ValueProfile {
  const profile: ValueProfile = { answered: 0, notApplicable: 0, numeric: 0, integers: 0, min: null, max: null, yesNo: 0, dateLike: 0, distinct: 0, meanLength: 0, labelSets: {} };
  const seen = new Set<string>();
  let totalLength = 0;
  for (const row of rows) {
    const text = stripQuotePrefix((row[index] ?? '').trim(), format);
    if (text === '') continue;
    profile.answered += 1;
    totalLength += text.length;
    if (seen.size < DISTINCT_LIMIT) seen.add(text);
    const value = parseNumber(text, format.decimalComma);
    // Qualtrics' -1 and -99 mean "no basis to answer": a non-answer, not a value of the scale.
    if (value < 0 && format.negativeCodesMissing) {
      profile.notApplicable += 1;
      continue;
    }
    if (!Number.isNaN(value)) {
      profile.numeric += 1;
      if (Number.isInteger(value)) profile.integers += 1;
      profile.min = profile.min === null ? value : Math.min(profile.min, value);
      profile.max = profile.max === null ? value : Math.max(profile.max, value);
      continue;
    }
    if (DATE.test(text)) profile.dateLike += 1;
    const folded = normalizeText(text);
    if (vocabulary.notApplicable.has(folded)) profile.notApplicable += 1;
    if (vocabulary.yes.has(folded) || vocabulary.no.has(folded)) profile.yesNo += 1;
    for (const [id, labels] of vocabulary.labelSets) if (labels.has(folded)) profile.labelSets[id] = (profile.labelSets[id] ?? 0) + 1;
  }
  profile.distinct = seen.size;
  profile.meanLength = profile.answered === 0 ? 0 : totalLength / profile.answered;
  return profile;
}
