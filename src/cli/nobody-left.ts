import type { Report } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';

// How each reason a row is skipped for is undone, where a flag did it or undoes it.
const SKIP_FLAGS: Partial<Record<string, string>> = {
  filtered: 'left out by --where',
  partial: 'unfinished (--include-partial keeps them)',
  inattentive: 'failing an attention check, left out by --drop-inattentive',
  preview: 'previews',
  spam: 'marked as spam',
  declinedConsent: 'declining consent',
  emptyRow: 'empty',
  fieldCount: 'with the wrong number of fields',
};

/**
 * Refuses, exit 2, a report of rows read and none left to score (every one left out by --where,
 * --since/--until, --weight …): printed, it would be an empty report that exits 0. Says why, naming
 * the flags, with the number of rows each left out.
 */
export function requireRespondents(report: Report): void {
  if (report.respondents > 0) return;
  const rows = report.input.files.reduce((sum, f) => sum + f.rows, 0);
  if (rows === 0) return;
  const why: string[] = [];
  const skipped = new Map<string, number>();
  for (const file of report.input.files) for (const s of file.skipped) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + s.count);
  for (const [reason, count] of skipped) if (count > 0) why.push(`${count} ${SKIP_FLAGS[reason] ?? `skipped (${reason})`}`);
  const window = report.dateWindow;
  if (window !== null) {
    const outside = window.before + window.after + window.unparsed;
    const flags = [window.since === null ? '' : `--since ${window.since}`, window.until === null ? '' : `--until ${window.until}`].filter((f) => f !== '').join(' ');
    const parts = [window.before > 0 ? `${window.before} dated before` : '', window.after > 0 ? `${window.after} dated after` : '', window.unparsed > 0 ? `${window.unparsed} with no date that reads` : ''].filter((p) => p !== '').join(', ');
    if (outside > 0) why.push(`${outside} left out by ${flags} ("${window.column}": ${parts})`);
  }
  const weight = report.weight;
  if (weight !== null) {
    const excluded = Object.entries(weight.excluded).filter(([, n]) => n > 0);
    const total = excluded.reduce((sum, [, n]) => sum + n, 0);
    if (total > 0) why.push(`${total} left out by --weight ${weight.column}, whose weight is ${excluded.map(([reason, n]) => `${WEIGHT_WORDS[reason] ?? reason} (${n})`).join(', ')}`);
  }
  const files = report.input.files.map((f) => f.path).join(', ');
  throw new SatisfyError('USAGE', `no respondent is left to score of the ${rows} rows read: ${why.length > 0 ? why.join('; ') : 'every row was left out'}`, { file: files }, 'loosen the flag that left them out; satisfy inspect shows the values of each column');
}

const WEIGHT_WORDS: Partial<Record<string, string>> = { blank: 'blank', invalid: 'not a number', zero: 'zero', negative: 'negative' };
