import { DATE_PROBLEMS, type DateOrder, type DateProblem } from '../text/parse-date.js';
import type { UnparsedDates } from './report.js';

/** No row yet whose date cannot be read. */
export function noUnparsedDates(): UnparsedDates {
  return { blank: 0, notADate: 0, invalid: 0, otherOrder: 0 };
}

/** Adds the counts of `from` to `into`. */
export function addUnparsedDates(into: UnparsedDates, from: UnparsedDates): void {
  for (const problem of DATE_PROBLEMS) into[problem] += from[problem];
}

export function totalUnparsed(counts: UnparsedDates): number {
  return DATE_PROBLEMS.reduce((sum, problem) => sum + counts[problem], 0);
}

const ORDER_WORDS: Record<DateOrder, string> = { ymd: 'year first (ymd)', dmy: 'day first (dmy)', mdy: 'month first (mdy)' };

/** How a column's dates are read, in words: `day first (dmy)`. */
export function orderInWords(order: DateOrder): string {
  return ORDER_WORDS[order];
}

/**
 * Why the dates of `counts` cannot be read, in words, most common first: `3 read only in another
 * order than day first (dmy), 1 blank` (`order` null: "than the column's"). Empty when there are none.
 */
export function describeUnparsedDates(counts: UnparsedDates, order: DateOrder | null): string {
  const why: Record<DateProblem, string> = {
    blank: 'blank',
    notADate: 'not a date',
    invalid: 'no such day or time (as 31/02/2026)',
    otherOrder: `read only in another order than ${order === null ? "the column's" : ORDER_WORDS[order]}`,
  };
  return DATE_PROBLEMS.filter((p) => counts[p] > 0)
    .sort((a, b) => counts[b] - counts[a])
    .map((p) => `${counts[p]} ${why[p]}`)
    .join(', ');
}
