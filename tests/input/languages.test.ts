import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { expectClose, readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

interface Figures {
  n: number;
  mean: number;
  ci: { low: number; high: number };
}

interface LanguageReference {
  file: string;
  encoding: string;
  respondents: number;
  columns: Record<string, { dimension: string | null; n: number; mean: number; missing: { blank: number; notApplicable: number } }>;
  dimensions: Record<string, Figures & { incidence?: { n: number; count: number; share: number }; resolution?: Figures; categories?: { n: number; counts: Record<string, number> } }>;
  csatTopBox: number;
  nps: number;
  index: number;
}

// Written by tests/reference/language_reference.py from the files and what each column means
// (scripts/make_language_fixtures.py), not from satisfy's lexicons.
const reference = readReference<Record<string, LanguageReference>>('language-reference.json');
const CLOSE = 1e-12;
const QUANTILE = 1e-9;

describe.each(Object.entries(reference))('a %s export saved by that locale’s Excel', (_language, expected) => {
  const result = runCli(['report', expected.file, '--format', 'json']);
  const report = JSON.parse(result.stdout) as Report;

  it('is read without warnings, in its code page, semicolon-separated', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(report.input.files[0]).toMatchObject({ encoding: expected.encoding, delimiter: ';', rows: expected.respondents, rowsUsed: expected.respondents });
    expect(report.respondents).toBe(expected.respondents);
  });

  it('finds the dimension of every rated question, and its answers and non-answers', () => {
    for (const [column, want] of Object.entries(expected.columns)) {
      const item = report.items.find((i) => i.column === column);
      expect(item?.dimension ?? null, column).toBe(want.dimension);
      expect(item?.n, column).toBe(want.n);
      expectClose(item?.mean, want.mean, CLOSE, `${column} mean`);
      expect(item?.missing, column).toMatchObject(want.missing);
    }
  });

  it('scores the dimensions, CSAT, NPS and the index as the reference does', () => {
    for (const [id, want] of Object.entries(expected.dimensions)) {
      const got = report.dimensions[id];
      expect(got?.n, id).toBe(want.n);
      expectClose(got?.mean, want.mean, CLOSE, `${id} mean`);
      expectClose(got?.ci?.low, want.ci.low, QUANTILE, `${id} ci.low`);
    }
    expectClose(report.csat?.topBox?.share, expected.csatTopBox, CLOSE, 'csat top box');
    expectClose(report.nps?.score, expected.nps, CLOSE, 'nps');
    expectClose(report.index?.score, expected.index, CLOSE, 'index');
  });

  it('counts problems, their handling and their categories', () => {
    const want = expected.dimensions.complaints;
    const got = report.dimensions.complaints;
    if (want?.resolution === undefined) throw new Error('the reference has no resolution');
    expect(got?.incidence).toMatchObject({ n: want?.incidence?.n, count: want?.incidence?.count });
    expect(got?.resolution?.n).toBe(want.resolution.n);
    expectClose(got?.resolution?.score, want.resolution.mean, CLOSE, 'resolution');
    const categories = got?.categories?.[0];
    expect(categories?.n).toBe(want.categories?.n);
    expect(Object.fromEntries((categories?.counts ?? []).map((c) => [c.category, c.count]))).toEqual(want.categories?.counts);
  });
});
