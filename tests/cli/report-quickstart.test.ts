import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemSummary, Report } from '../../src/analysis/report.js';
import { expectClose, readReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

interface Share {
  count: number;
  share: number;
  ci: { low: number; high: number };
}
interface RefItem {
  column: string;
  n: number;
  mean: number;
  sd: number;
  ci: { low: number; high: number };
  score: number;
  missing: { blank: number; notApplicable: number };
  distribution: number[];
  topBox?: Share;
  bottomBox?: Share;
}
interface QuickstartReference {
  respondents: number;
  items: RefItem[];
  dimensions: Record<string, Omit<RefItem, 'column' | 'missing' | 'distribution' | 'score'> & { topBox: Share; bottomBox: Share; incidence?: Share & { n: number }; resolution?: Pick<RefItem, 'n' | 'mean' | 'ci'> }>;
  csat: RefItem;
  nps: { n: number; score: number; moe: number; ci: { low: number; high: number }; promoters: number; passives: number; detractors: number };
}

// Tolerances: closed formulas to 1e-9; intervals that use a t or normal quantile to 1e-6.
const CLOSED = 1e-9;
const QUANTILE = 1e-6;

function expectShare(actual: { count: number; share: number; ci: { low: number; high: number } | null } | null, expected: Share, what: string) {
  expect(actual?.count, what).toBe(expected.count);
  expectClose(actual?.share, expected.share, CLOSED, `${what}.share`);
  expectClose(actual?.ci?.low, expected.ci.low, QUANTILE, `${what}.ci.low`);
  expectClose(actual?.ci?.high, expected.ci.high, QUANTILE, `${what}.ci.high`);
}

function expectItem(actual: ItemSummary | null | undefined, expected: RefItem) {
  const what = expected.column;
  expect(actual, what).toBeDefined();
  const item = actual as ItemSummary;
  expect(item.n, what).toBe(expected.n);
  expectClose(item.mean, expected.mean, CLOSED, `${what} mean`);
  expectClose(item.sd, expected.sd, CLOSED, `${what} sd`);
  expectClose(item.ci?.low, expected.ci.low, QUANTILE, `${what} ci.low`);
  expectClose(item.ci?.high, expected.ci.high, QUANTILE, `${what} ci.high`);
  expectClose(item.score, expected.score, CLOSED, `${what} score`);
  expect(item.missing.blank, what).toBe(expected.missing.blank);
  expect(item.missing.notApplicable, what).toBe(expected.missing.notApplicable);
  expect(item.distribution.map((d) => d.count), what).toEqual(expected.distribution);
  if (expected.topBox !== undefined && expected.bottomBox !== undefined) {
    expectShare(item.topBox, expected.topBox, `${what} topBox`);
    expectShare(item.bottomBox, expected.bottomBox, `${what} bottomBox`);
  } else {
    expect(item.topBox).toBeNull();
  }
}

describe('the bundled sample agrees with the SciPy reference (tests/reference/quickstart_reference.py)', () => {
  const reference = readReference<QuickstartReference>('quickstart-reference.json');
  let report: Report;
  let status: number | null;

  beforeAll(() => {
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json']);
    status = result.status;
    expect(result.stderr).toBe('');
    report = JSON.parse(result.stdout) as Report;
  });

  it('exits 0 with every row used', () => {
    expect(status).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.respondents).toBe(reference.respondents);
    expect(report.input.files).toEqual([
      { path: 'fixtures/quickstart/responses.csv', encoding: 'utf-8', delimiter: ',', platform: 'generic', headerRows: 1, rows: 640, rowsUsed: 640, skipped: [], notes: ['encoding: valid UTF-8'] },
    ]);
  });

  it('finds the columns the generator wrote', () => {
    expect(report.columns.map((c) => [c.role, c.dimension])).toEqual([
      ['id', null],
      ['timestamp', null],
      ['segment', null],
      ['segment', null],
      ['item', 'delivery'],
      ['item', 'delivery'],
      ['item', 'pricing'],
      ['item', 'pricing'],
      ['complaint', 'complaints'],
      ['item', 'complaints'],
      ['item', 'trust'],
      ['item', 'trust'],
      ['csat', null],
      ['nps', null],
      ['comment', null],
    ]);
  });

  it('scores every item as SciPy does', () => {
    expect(report.items.map((i) => i.column)).toEqual(reference.items.map((i) => i.column));
    reference.items.forEach((expected, i) => expectItem(report.items[i], expected));
  });

  it('scores CSAT as SciPy does', () => expectItem(report.csat, reference.csat));

  it.each(['delivery', 'pricing', 'complaints', 'trust'])('scores the %s dimension as SciPy does', (id) => {
    const expected = reference.dimensions[id];
    const actual = report.dimensions[id];
    if (expected === undefined || actual === undefined) throw new Error(`dimension ${id} missing`);
    expect(actual.n).toBe(expected.n);
    expectClose(actual.mean, expected.mean, CLOSED, 'mean');
    expectClose(actual.score, expected.mean, CLOSED, 'score');
    expectClose(actual.sd, expected.sd, CLOSED, 'sd');
    expectClose(actual.ci?.low, expected.ci.low, QUANTILE, 'ci.low');
    expectClose(actual.ci?.high, expected.ci.high, QUANTILE, 'ci.high');
    expectShare(actual.topBox, expected.topBox, 'topBox');
    expectShare(actual.bottomBox, expected.bottomBox, 'bottomBox');
    if (expected.incidence !== undefined) {
      expect(actual.incidence?.n).toBe(expected.incidence.n);
      expectShare(actual.incidence ?? null, expected.incidence, 'incidence');
    }
    if (expected.resolution !== undefined) {
      expect(actual.resolution?.n).toBe(expected.resolution.n);
      expectClose(actual.resolution?.score, expected.resolution.mean, CLOSED, 'resolution.score');
      expectClose(actual.resolution?.ci?.low, expected.resolution.ci.low, QUANTILE, 'resolution.ci.low');
      expectClose(actual.resolution?.ci?.high, expected.resolution.ci.high, QUANTILE, 'resolution.ci.high');
    }
  });

  it('computes NPS as numpy does', () => {
    const { nps } = report;
    const expected = reference.nps;
    expect(nps?.n).toBe(expected.n);
    expect([nps?.promoters.count, nps?.passives.count, nps?.detractors.count]).toEqual([expected.promoters, expected.passives, expected.detractors]);
    expectClose(nps?.score, expected.score, CLOSED, 'score');
    expectClose(nps?.moe, expected.moe, QUANTILE, 'moe');
    expectClose(nps?.ci?.low, expected.ci.low, QUANTILE, 'ci.low');
    expectClose(nps?.ci?.high, expected.ci.high, QUANTILE, 'ci.high');
  });
});
