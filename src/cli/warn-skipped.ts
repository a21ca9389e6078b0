import type { Comparison, Report, UnparsedDates } from '../analysis/report.js';
import { describeUnparsedDates } from '../analysis/unparsed-dates.js';
import type { InputFile } from '../input/read-csv.js';
import { unscoredAnswersSaid } from '../analysis/unscored-answers.js';
import type { Io } from './io.js';
import type { AnswerLint } from '../engine/answer-lint.js';
import { printMessage } from './print-message.js';

/** The warnings of a run on stderr — rows that could not be read, dates that could not, answers that do not fit — unless --quiet. */
export function warnAbout(report: Report, lint: AnswerLint | null, io: Pick<Io, 'stderr'>, quiet: boolean | undefined): void {
  if (quiet === true) return;
  warnSkipped(report.input.files, io);
  warnUnparsedDates(report, io);
  for (const warning of lint?.warnings(report) ?? []) printMessage(io, warning);
}

const UNREADABLE: Record<string, string> = {
  fieldCount: 'with the wrong number of fields',
  unclosedQuote: 'with an unclosed quote',
  strayQuote: 'run together by a stray quote',
  notObject: 'that are JSON values other than a response object',
};

/** One warning line per file and reason for rows that could not be read, with the first lines. */
export function warnSkipped(files: readonly InputFile[], io: Pick<Io, 'stderr'>): void {
  for (const file of files) {
    for (const skip of file.skipped) {
      const what = UNREADABLE[skip.reason];
      if (what === undefined) continue;
      const more = skip.count > skip.firstLines.length ? ', …' : '';
      printMessage(io, `satisfy: warning: ${file.path}: skipped ${skip.count} row${skip.count === 1 ? '' : 's'} ${what} (line ${skip.firstLines.join(', ')}${more}); --strict makes this an error`);
    }
    const { notUtf8 } = file;
    if (notUtf8 !== undefined) {
      const more = notUtf8.count > notUtf8.firstLines.length ? ', …' : '';
      printMessage(io, `satisfy: warning: ${file.path}: ${notUtf8.count} byte sequence${notUtf8.count === 1 ? ' is' : 's are'} not UTF-8, each read as U+FFFD (line ${notUtf8.firstLines.join(', ')}${more}); --strict makes this an error`);
    }
    for (const { column, answers, firstLines } of file.unscoredAnswers ?? []) {
      const more = answers > firstLines.length ? ', …' : '';
      printMessage(io, `satisfy: warning: ${file.path}: column "${column}": ${unscoredAnswersSaid(column, answers)} (line ${firstLines.join(', ')}${more})`);
    }
  }
}

/**
 * One warning for the rows of --period, and one for those of --since/--until, whose date cannot
 * be read, by why; when some read only in another order, how to say the order.
 */
export function warnUnparsedDates(report: Report, io: Pick<Io, 'stderr'>): void {
  const { periodization, dateWindow } = report;
  const warn = (column: string, what: string, counts: UnparsedDates, order: Parameters<typeof describeUnparsedDates>[1]) => {
    const hint = counts.otherOrder > 0 ? '; --date-format dmy|mdy|ymd says the order' : '';
    printMessage(io, `satisfy: warning: column "${column}": ${what} for a date that cannot be read: ${describeUnparsedDates(counts, order)}${hint}`);
  };
  if (periodization !== null && periodization.unparsed > 0 && periodization.unparsedBy !== null) {
    warn(periodization.column, `${periodization.unparsed} row${periodization.unparsed === 1 ? '' : 's'} in no period`, periodization.unparsedBy, periodization.dateOrder);
  }
  if (dateWindow !== null && dateWindow.unparsed > 0 && dateWindow.unparsedBy !== null) {
    warn(dateWindow.column, `${dateWindow.unparsed} row${dateWindow.unparsed === 1 ? '' : 's'} left out by --since/--until`, dateWindow.unparsedBy, null);
  }
}

/**
 * Warns on stderr, unless --quiet, of what a comparison's notes say that a pipeline must not miss
 * (its `warnings`): the same figures on both sides (a baseline copied from the current run), a side
 * of no respondent (an empty week), and reports of another population or weighting.
 */
export function warnComparison(comparison: Pick<Comparison, 'warnings'>, io: Pick<Io, 'stderr'>, quiet: boolean | undefined): void {
  if (quiet === true) return;
  for (const { note } of comparison.warnings ?? []) printMessage(io, `satisfy: warning: ${note}`);
}
