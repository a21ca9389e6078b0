import type { Report } from '../analysis/report.js';
import { readJson } from './read-json.js';

// Written by scripts/build-schema.mjs from the Report type, beside the compiled code.
const SCHEMA = new URL('../schema/report.schema.json', import.meta.url);

/** A side of a comparison is a report JSON when its name ends in .json, else exports to analyse. */
export function isReportJson(path: string): boolean {
  return /\.json$/i.test(path);
}

/**
 * A JSON report written earlier by `satisfy report --format json`, validated against the report's
 * schema so that a file of another shape, or of another schemaVersion, is an error naming the
 * JSON path that does not fit, not a comparison of wrong figures.
 */
export function readReport(path: string): Report {
  return readJson<Report>(path, path, SCHEMA, 'REPORT_INVALID', 'the report', 'a baseline is the JSON of satisfy report --format json, of the same schemaVersion (satisfy schema report)');
}
