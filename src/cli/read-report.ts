import { closeSync, openSync, readSync } from 'node:fs';
import { checkReport } from '../analysis/check-report.js';
import type { Report } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { isReportHead } from '../input/read-json-input.js';
import { readJson } from './read-json.js';
import { whatIsAt } from './write-output.js';

// Written by scripts/build-schema.mjs from the Report type, beside the compiled code.
const SCHEMA = new URL('../schema/report.schema.json', import.meta.url);

/**
 * A side of a comparison is a report JSON when its name ends in .json, or when it is a file whose
 * first bytes are those of a report (`{` and `"schemaVersion"`, as satisfy writes it: `last.report`,
 * a copy without the extension); else exports to analyse. A pipe or standard input is not looked
 * at (that would take its bytes): a report there is refused by the reader of JSON responses.
 */
export function isReportJson(path: string): boolean {
  if (/\.json$/i.test(path)) return true;
  if (path === '-' || whatIsAt(path) !== 'file') return false;
  const head = Buffer.alloc(64);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, head, 0, head.length, 0);
    return isReportHead(head.subarray(0, read).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A JSON report written earlier by `satisfy report --format json`, validated against the report's
 * schema so that a file of another shape, or of another schemaVersion, is an error naming the
 * JSON path that does not fit, not a comparison of wrong figures; and so is a figure out of its
 * range or at odds with the others (see checkReport).
 */
export function readReport(path: string): Report {
  const hint = 'a baseline is the JSON of satisfy report --format json, of the same schemaVersion (satisfy schema report)';
  const report = readJson<Report>(path, path, SCHEMA, 'REPORT_INVALID', 'the report', hint, (value) => withLaterFields(notAComparison(value, path, hint)));
  // The schema gives the shape; figures no report can hold (an sd of 1e308) would make NaN of a comparison.
  const problem = checkReport(report);
  if (problem !== null) throw new SatisfyError('REPORT_INVALID', `${problem.path}: ${problem.problem}`, { file: path }, hint);
  return report;
}

/**
 * The JSON of `satisfy compare` given where a report is wanted is said to be one: the schema alone
 * would say `the report: no "respondents"`, as of any other object.
 */
function notAComparison(value: unknown, path: string, hint: string): unknown {
  const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  if (!keys.includes('respondents') && ['baseline', 'current', 'changes'].every((k) => keys.includes(k))) {
    throw new SatisfyError('REPORT_INVALID', 'this is a comparison (satisfy compare --format json), not a report', { file: path }, hint);
  }
  return value;
}

/**
 * A report of schemaVersion 1 written by an earlier satisfy, with the fields added to version 1
 * since then set as a report without them would have them: fields may be added within a version,
 * and last month's report must still serve as a baseline.
 */
function withLaterFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const report = value as Record<string, unknown>;
  const dated = (part: unknown) => (part !== null && typeof part === 'object' ? { timeZone: 'UTC', unparsedBy: null, ...part } : part);
  const upgraded: Record<string, unknown> = { importance: null, choices: [], rankings: [], comments: null, segmentation: null, segments: [], dateWindow: null, periodization: null, periods: [], comparison: null, ...report };
  return { ...upgraded, dateWindow: dated(upgraded.dateWindow), periodization: dated(upgraded.periodization) };
}

/**
 * A report to compare: one with a rated column. A report of comments alone (a comment card) has no
 * figure a comparison tests, and is refused as its export would be. A report of 0 respondents (an
 * empty week, --allow-empty) is compared as it is: the other side's figures are listed as only
 * there, as when --where left no row; a header-only export's has no rated column to read answers
 * from, and is no comment card.
 */
export function requireRated(report: Report, path: string): Report {
  if (report.items.length > 0 || report.respondents === 0) return report;
  throw new SatisfyError('NO_SCORABLE_COLUMN', 'the report has no rated column to compare (a report of comments alone)', { file: path }, 'a comparison tests scores, CSAT, NPS and CES; comments are compared by reading both reports');
}
