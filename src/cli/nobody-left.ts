import type { Report } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { whyNobodyLeft, type NobodyLeft } from '../engine/nobody-left.js';
import type { RowCondition, SkipReason } from '../input/read-csv.js';
import { skippedRows } from '../render/words.js';
import type { Io } from './io.js';
import { printMessage } from './print-message.js';

// How each reason a row is skipped for is undone, where a flag did it or undoes it; the other
// reasons are worded as every format words them (skippedRows).
const SKIP_FLAGS: Partial<Record<string, string>> = {
  filtered: 'left out by --where',
  partial: 'unfinished (--include-partial keeps them)',
  inattentive: 'failing an attention check, left out by --drop-inattentive',
  preview: 'previews',
  spam: 'marked as spam',
  declinedConsent: 'declining consent',
};

// The reasons a flag gives or takes back (--where, --include-partial, --drop-inattentive, consent):
// rows so left out are a flag to loosen; previews, spam and empty rows are skipped for what they are.
const LEFT_OUT_BY_A_FLAG: ReadonlySet<SkipReason> = new Set(['filtered', 'partial', 'inattentive', 'declinedConsent']);

// Rows that could not be read as the header's columns, and what to do about each: their first lines
// are named, and when they are every row skipped the hint is theirs (a flag did not leave them out).
const UNREADABLE_HINTS: Partial<Record<SkipReason, string>> = {
  unclosedQuote: 'a field opens a quote that is never closed, so the lines after it read as that one field: close the quote, or export the file again',
  fieldCount: 'the rows split into another number of fields than the header: a delimiter inside an unquoted header or field, or the wrong delimiter (--delimiter says which); satisfy inspect shows how the file reads',
  strayQuote: 'a quote inside an unquoted field runs the rows after it together: quote that field, or export the file again',
  notObject: 'a JSON input is an array of response objects, or one response object per line',
};

const WEIGHT_WORDS: Partial<Record<string, string>> = { blank: 'blank', invalid: 'not a number', zero: 'zero', negative: 'negative' };

/**
 * The error, exit 2, of rows read and none left to score (see whyNobodyLeft, which decides): every
 * row unfinished, every row left out by --where, or the rows each flag left out (--where,
 * --since/--until, --weight …), named with their numbers. Printed, the report would be an empty
 * one that exits 0.
 */
export function nobodyLeftError(why: NobodyLeft): SatisfyError {
  const file = why.files.join(', ');
  if (why.kind === 'noRows') return new SatisfyError('HEADER_ONLY', `no respondent to score: ${why.files.length === 1 ? 'the file has a header row but no responses' : `the ${why.files.length} files have a header row but no responses`}`, { file }, '--allow-empty makes the report of 0 respondents');
  if (why.kind === 'unfinished') return new SatisfyError('USAGE', `no respondent is left to score: every one of the ${why.rows} rows is an unfinished response`, { file }, '--include-partial keeps unfinished responses');
  if (why.kind === 'where') {
    const conditions = why.where.map((c) => `--where "${c.column}${c.equals ? '=' : '!='}${c.value}"`).join(' ');
    return new SatisfyError('USAGE', `no respondent is left to score: ${conditions} matches none of the ${why.rows} rows`, { file }, 'the value is compared as written, trimmed, case counting; satisfy inspect shows the values of each column');
  }
  const reasons = why.skipped.map((s) => {
    const flagged = SKIP_FLAGS[s.reason];
    const lines = UNREADABLE_HINTS[s.reason] === undefined || s.firstLines.length === 0 ? '' : ` (line ${s.firstLines.join(', ')}${s.count > s.firstLines.length ? ', …' : ''})`;
    return `${flagged === undefined ? skippedRows(s.count, s.reason) : `${s.count} ${flagged}`}${lines}`;
  });
  const { window, weight } = why;
  if (window !== null) {
    const flags = [window.since === null ? '' : `--since ${window.since}`, window.until === null ? '' : `--until ${window.until}`].filter((f) => f !== '').join(' ');
    const parts = [window.before > 0 ? `${window.before} dated before` : '', window.after > 0 ? `${window.after} dated after` : '', window.unparsed > 0 ? `${window.unparsed} with no date that reads` : ''].filter((p) => p !== '').join(', ');
    reasons.push(`${window.before + window.after + window.unparsed} left out by ${flags} ("${window.column}": ${parts})`);
  }
  if (weight !== null) {
    const total = weight.excluded.reduce((sum, e) => sum + e.count, 0);
    reasons.push(`${total} left out by --weight ${weight.column}, whose weight is ${weight.excluded.map((e) => `${WEIGHT_WORDS[e.reason] ?? e.reason} (${e.count})`).join(', ')}`);
  }
  // Every row unreadable: the hint is the most frequent reason's, and the error's line the first row of it.
  const unreadable = window === null && weight === null && why.skipped.length > 0 && why.skipped.every((s) => UNREADABLE_HINTS[s.reason] !== undefined);
  const most = unreadable ? why.skipped.reduce((a, b) => (b.count > a.count ? b : a)) : null;
  const line = most?.firstLines[0];
  // A flag left rows out where one of the reasons is a flag's (or the date window or the weight); else the rows were skipped as they are (empty, previews, tests).
  const flagged = window !== null || weight !== null || why.skipped.some((s) => LEFT_OUT_BY_A_FLAG.has(s.reason));
  const hint = most !== null ? (UNREADABLE_HINTS[most.reason] as string) : flagged ? 'loosen the flag that left them out; satisfy inspect shows the values of each column' : 'every row was skipped for what it is (see the reasons); satisfy inspect lists the rows skipped and why';
  return new SatisfyError(most === null ? 'USAGE' : 'FILE_UNREADABLE', `no respondent is left to score of the ${why.rows} row${why.rows === 1 ? '' : 's'} read: ${reasons.length > 0 ? reasons.join('; ') : 'every row was left out'}`, line === undefined ? { file } : { file, line }, hint);
}

/** The warning of --allow-empty, which makes the report of 0 respondents instead: why, in the error's words. */
export function nobodyLeftWarning(why: NobodyLeft): string {
  return `satisfy: warning: ${nobodyLeftNote(why)} (${why.files.join(', ')})`;
}

/** The note of the report of 0 respondents that --allow-empty made: the warning's words, for a program that reads the JSON. */
export function nobodyLeftNote(why: NobodyLeft): string {
  return `${nobodyLeftError(why).message}; the report is of 0 respondents, as --allow-empty asks`;
}

/**
 * A report made of computed shards (states merged, the result of satisfy sql's query) that holds no
 * respondent: exit 2 in the words of report's own (a date window or a --where that kept no row:
 * `where`, the conditions, where the caller has them), or
 * under --allow-empty the report of 0 respondents, warned of on stderr and noted in the report.
 */
export function refuseNobody(report: Report, options: { allowEmpty?: boolean; quiet?: boolean }, io: Pick<Io, 'stderr'>, where: readonly RowCondition[] = []): Report {
  const why = report.respondents > 0 ? null : whyNobodyLeft(report.input.files, where, report);
  if (why === null) return report;
  if (options.allowEmpty !== true) throw nobodyLeftError(why);
  if (options.quiet !== true) printMessage(io, nobodyLeftWarning(why));
  return { ...report, notes: [nobodyLeftNote(why), ...report.notes] };
}
