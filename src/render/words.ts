import type { MissingCounts } from '../analysis/report.js';
import type { SkipReason } from '../input/read-csv.js';

/** How every format words the reasons an answer was excluded from a base. */
export const REASON_WORDS: Record<keyof MissingCounts, string> = {
  blank: 'blank',
  notApplicable: 'not applicable',
  outOfScale: 'out of scale',
  notInteger: 'not an integer',
  invalid: 'unrecognised',
};

/** How every format words the reasons a row was skipped. */
export const SKIP_WORDS: Record<SkipReason, string> = { emptyRow: 'empty row', fieldCount: 'row with the wrong number of fields', unclosedQuote: 'row with an unclosed quote', partial: 'unfinished response', filtered: 'row left out by --where', inattentive: 'inattentive respondent' };
