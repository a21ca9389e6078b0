import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

interface RealExport {
  platform: string;
  encoding: string;
  delimiter: string;
  headerRows: number;
  rows: number;
  ratedColumns: number[];
  /** Columns answered in words of an ordered scale, by number, and the label set they use. */
  labelSets: Record<string, string>;
  /** Labelled columns scored from the top down ("Yes, very rude" is the bad end). */
  reversed: number[];
}

// Written by tests/reference/real_exports_reference.py, which reads the files with Python's csv module.
const reference = readReference<Record<string, RealExport>>('real-exports-reference.json');
const RATED = new Set(['item', 'csat', 'nps', 'ces', 'complaint']);

describe('real exports in fixtures/real/ (see SOURCES.md)', () => {
  it.each(Object.entries(reference))('%s', (name, expected) => {
    const result = runCli(['inspect', `fixtures/real/${name}`, '--format', 'json']);
    expect(result.status).toBe(0);
    const inspected = JSON.parse(result.stdout) as InspectReport;
    const file = inspected.input.files[0];
    expect(file).toMatchObject({ platform: expected.platform, encoding: expected.encoding, delimiter: expected.delimiter, headerRows: expected.headerRows, rows: expected.rows, rowsUsed: expected.rows, skipped: [] });
    // Every column that holds ratings is scored, and nothing else on a rating scale is.
    const scored = inspected.columns.flatMap((c, i) => (RATED.has(c.role) ? [i] : []));
    expect(scored).toEqual(expected.ratedColumns);
    const labelled = Object.fromEntries(inspected.columns.flatMap((c, i) => (c.scale?.kind === 'labels' ? [[String(i), c.scale.labelSet]] : [])));
    expect(labelled).toEqual(expected.labelSets);
    expect(inspected.columns.flatMap((c, i) => (c.scale?.kind === 'labels' && c.scale.reversed ? [i] : []))).toEqual(expected.reversed);
  });

  it.each(Object.entries(reference).filter(([, e]) => e.ratedColumns.length > 0))('%s: report scores its rated questions', (name, expected) => {
    const result = runCli(['report', `fixtures/real/${name}`, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const rated = report.items.filter((i) => RATED.has(i.role));
    expect(rated).toHaveLength(expected.ratedColumns.length);
    for (const item of rated) expect(item.n, item.column).toBeGreaterThan(0);
  });

  // This one holds yes/no and category answers only: nothing on a rating scale.
  it.each(['surveymonkey/steak-risk-survey.csv'])('%s: no rating to score is a clear error', (name) => {
    const result = runCli(['report', `fixtures/real/${name}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: no column can be scored/);
  });
});
