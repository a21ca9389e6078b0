import { runsAgainstItself } from '../analysis/negative-alpha-notes.js';
import type { DimensionSummary, MissingCounts, Report } from '../analysis/report.js';
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
  repeatedHeader: ['repeated header row', 'repeated header rows', ''],
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
    // A table's rows (a result of satisfy sql) have no line numbers to give.
    for (const s of file.skipped) lines.push(`${file.path}: ${skippedRows(s.count, s.reason)} skipped${s.firstLines.length === 0 ? '' : `, at line ${s.firstLines.join(', ')}${s.count > s.firstLines.length ? ', …' : ''}`}`);
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

/**
 * What every format says under its Dimensions table of a dimension that holds a yes/no question
 * beside rated items (complaints: "had a problem?" and how it was handled): its Top-2 and Bottom-2
 * are of the rated items' answers alone, on a base other than the row's n, which counts every
 * respondent with a score in it.
 */
export function boxesAsideLines(report: Pick<Report, 'dimensions' | 'items'>): string[] {
  const binary = new Set(report.items.filter((i) => i.scale.kind === 'binary').map((i) => i.column));
  return Object.values(report.dimensions)
    .filter((d) => d.topBox !== null && d.items.some((column) => binary.has(column)) && d.items.some((column) => !binary.has(column)))
    .map((d) => `${d.label}: Top-2 and Bottom-2 count the answers to its rated items alone, its yes/no question aside (see Items); its n counts every respondent with a score in it`);
}

/** The mark every format puts beside a dimension's score whose items run against each other (Cronbach's alpha below zero, its interval too): ` ?`, or nothing. */
export function againstItselfMark(d: Pick<DimensionSummary, 'alpha'>): string {
  return runsAgainstItself(d.alpha) ? ' ?' : '';
}

/** What every format says under its Dimensions table of the scores marked `?` (againstItselfMark), or null where none is. */
export function againstItselfLine(report: Pick<Report, 'dimensions' | 'index'>): string | null {
  const mixed = Object.values(report.dimensions).filter((d) => runsAgainstItself(d.alpha));
  if (mixed.length === 0) return null;
  const index = report.index === null ? 'makes no index' : 'is left out of the index';
  return `? Cronbach's alpha below zero: ${mixed.map((d) => `${d.label} (${d.alpha?.raw.toFixed(2)})`).join(', ')}; its items run against each other, so its score mixes opposite directions and ${index} (see the notes)`;
}

/** What every format says after the index of the dimensions left out of it (IndexSummary.leftOut): "without Delivery", or null where none is. */
export function indexWithout(report: Pick<Report, 'dimensions' | 'index'>): string | null {
  const ids = report.index?.leftOut ?? [];
  return ids.length === 0 ? null : `without ${ids.map((id) => report.dimensions[id]?.label ?? id).join(', ')} (alpha below zero)`;
}
