import type { MissingCounts, Report } from '../analysis/report.js';
import type { SkipReason } from '../input/read-csv.js';

/** How every format words the reasons an answer was excluded from a base. */
export const REASON_WORDS: Record<keyof MissingCounts, string> = {
  blank: 'blank',
  notApplicable: 'not applicable',
  outOfScale: 'out of scale',
  notInteger: 'not an integer',
  invalid: 'unrecognised',
};

/** How every format words the reasons a row was skipped: the noun, its plural and what follows it. */
const SKIP_PHRASES: Record<SkipReason, [one: string, many: string, rest: string]> = {
  emptyRow: ['empty row', 'empty rows', ''],
  summaryRow: ['row', 'rows', ' of totals or averages below the data'],
  fieldCount: ['row', 'rows', ' with the wrong number of fields'],
  unclosedQuote: ['row', 'rows', ' with an unclosed quote'],
  strayQuote: ['row', 'rows', ' run together by a stray quote'],
  notObject: ['JSON value', 'JSON values', ' other than a response object'],
  preview: ['survey preview', 'survey previews', ''],
  test: ['survey test response', 'survey test responses', ''],
  spam: ['response flagged as spam', 'responses flagged as spam', ''],
  partial: ['unfinished response', 'unfinished responses', ''],
  filtered: ['row', 'rows', ' left out by --where'],
  inattentive: ['inattentive respondent', 'inattentive respondents', ''],
  declinedConsent: ['respondent', 'respondents', ' who declined consent'],
};

/** `3 rows with the wrong number of fields`, `1 empty row`: a count of skipped rows with its reason. */
export function skippedRows(count: number, reason: SkipReason): string {
  const [one, many, rest] = SKIP_PHRASES[reason];
  return `${count} ${count === 1 ? one : many}${rest}`;
}

/**
 * What the report left out, as every format lists it before its notes: each file's skipped rows by
 * reason, with their first lines, and the answers excluded from the bases by reason.
 */
export function exclusionLines(report: Pick<Report, 'input' | 'missing'>): string[] {
  const lines: string[] = [];
  for (const file of report.input.files) {
    for (const s of file.skipped) lines.push(`${file.path}: ${skippedRows(s.count, s.reason)} skipped, at line ${s.firstLines.join(', ')}${s.count > s.firstLines.length ? ', …' : ''}`);
  }
  const { missing } = report;
  const parts = (Object.keys(REASON_WORDS) as Array<keyof MissingCounts>).filter((r) => missing[r] > 0).map((r) => `${missing[r]} ${REASON_WORDS[r]}`);
  if (parts.length > 0) lines.push(`Answers excluded from the bases: ${parts.join(', ')}`);
  return lines;
}

/** Excluded answers other than blanks (the Dimensions table's "N/A, invalid"): blanks are usually skip logic, the rest deserve a look. */
export function excludedNonBlank(missing: MissingCounts): number {
  return missing.notApplicable + missing.outOfScale + missing.notInteger + missing.invalid;
}
