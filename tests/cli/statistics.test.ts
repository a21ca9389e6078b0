import { describe, expect, it } from 'vitest';
import type { AlphaSummary, Report } from '../../src/analysis/report.js';
import { expectClose, readReference, type AlphaReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

const r = readReference<{ alpha: Record<string, AlphaReference>; weighted: { svymean: number; svycipropTop: number } }>('r-reference.json');
const py = readReference<{
  quickstart: { n: number; r: number[]; r2: number; weights: number[] };
  weighted: { effectiveN: number; mean: number; sd: number; ci: [number, number]; topShare: number; topCi: [number, number] };
}>('drivers-reference.json');

const q = readReference<{ index: { n: number; mean: number; sd: number; ci: { low: number; high: number } } }>('quickstart-reference.json');

function report(args: string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

function expectAlpha(alpha: AlphaSummary | null | undefined, expected: AlphaReference) {
  expect(alpha?.n).toBe(expected.n);
  expectClose(alpha?.raw, expected.raw, 1e-9, 'raw');
  expectClose(alpha?.standardized, expected.standardized, 1e-9, 'standardized');
  expectClose(alpha?.ci?.low, expected.feldtLow, 1e-6, 'feldt low');
  expectClose(alpha?.ci?.high, expected.feldtHigh, 1e-6, 'feldt high');
  Object.values(alpha?.itemTotal ?? {}).forEach((value, i) => expectClose(value, expected.itemTotal[i] as number, 1e-9, `itemTotal ${i}`));
  const { ifDropped } = expected;
  if (Array.isArray(ifDropped)) Object.values(alpha?.ifDropped ?? {}).forEach((value, i) => expectClose(value, ifDropped[i] as number, 1e-9, `ifDropped ${i}`));
}

describe('reliability and key drivers of the bundled sample', () => {
  const sample = report(['fixtures/quickstart/responses.csv']);

  it("the trust dimension's alpha equals psych::alpha", () => expectAlpha(sample.dimensions.trust?.alpha, r.alpha.quickstartTrust as AlphaReference));

  it('the key drivers equal numpy relative weights and least-squares R²', () => {
    const drivers = sample.drivers;
    expect(drivers?.outcome).toBe('Overall, how satisfied are you with your purchase?');
    expect(drivers?.n).toBe(py.quickstart.n);
    expectClose(drivers?.r2, py.quickstart.r2, 1e-9, 'r2');
    ['delivery', 'pricing', 'complaints', 'trust'].forEach((id, i) => {
      expectClose(drivers?.dimensions[id]?.r, py.quickstart.r[i] as number, 1e-9, `${id} r`);
      expectClose(drivers?.dimensions[id]?.weight, py.quickstart.weights[i] as number, 1e-9, `${id} weight`);
    });
    expect(Object.values(drivers?.dimensions ?? {}).map((d) => d.reading)).toEqual(['fix first', 'monitor', 'maintain', 'fix first']);
  });

  it('the index equals SciPy’s mean of respondents’ mean dimension scores (quickstart_reference.py)', () => {
    const expected = q.index;
    expect(sample.index?.n).toBe(expected.n);
    expectClose(sample.index?.score, expected.mean, 1e-9, 'score');
    expectClose(sample.index?.sd, expected.sd, 1e-9, 'sd');
    expectClose(sample.index?.ci?.low, expected.ci.low, 1e-6, 'ci.low');
    expectClose(sample.index?.ci?.high, expected.ci.high, 1e-6, 'ci.high');
  });

  it('--outcome chooses the question the drivers explain', () => {
    const byNps = report(['fixtures/quickstart/responses.csv', '--outcome', 'How likely are you to recommend us to a friend or colleague? (0-10)']);
    expect(byNps.drivers?.outcome).toBe('How likely are you to recommend us to a friend or colleague? (0-10)');
    expect(byNps.drivers?.r2).not.toBeCloseTo(py.quickstart.r2, 3);
  });
});

describe('alpha on a real export (OSMI 2017, Typeform)', () => {
  it('four 0-10 importance questions named by number equal psych::alpha', () => {
    const osmi = report(['fixtures/real/typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv', '--map', 'support=#21,#22,#47,#48']);
    expectAlpha(osmi.dimensions.support?.alpha, r.alpha.osmi2017Importance as AlphaReference);
  });
});

describe('weights', () => {
  const weighted = report(['fixtures/stats/weighted-with-bad-weights.csv', '--weight', 'design weight']);
  const delivery = weighted.items[0];

  it('counts the rows left out for their weight, by reason', () => {
    expect(weighted.respondents).toBe(12);
    expect(weighted.weight).toMatchObject({ column: 'design weight', excluded: { blank: 1, invalid: 1, zero: 1, negative: 1 } });
    expectClose(weighted.weight?.sum, 15, 1e-12, 'sum');
  });

  it('the weighted mean and top-2 share equal survey::svymean and svyciprop', () => {
    expectClose(delivery?.mean, r.weighted.svymean, 1e-12, 'mean');
    expectClose(delivery?.topBox?.share, r.weighted.svycipropTop, 1e-12, 'top share');
  });

  it("sd, effective n and intervals follow Kish's approximation as numpy and SciPy compute it", () => {
    expectClose(delivery?.effectiveN, py.weighted.effectiveN, 1e-12, 'effectiveN');
    expectClose(delivery?.sd, py.weighted.sd, 1e-12, 'sd');
    expectClose(delivery?.ci?.low, py.weighted.ci[0], 1e-9, 'ci.low');
    expectClose(delivery?.ci?.high, py.weighted.ci[1], 1e-9, 'ci.high');
    expectClose(delivery?.topBox?.ci?.low, py.weighted.topCi[0], 1e-9, 'top ci.low');
    expectClose(delivery?.topBox?.ci?.high, py.weighted.topCi[1], 1e-9, 'top ci.high');
  });

  it('names an unknown weight column', () => {
    const result = runCli(['report', 'fixtures/stats/weighted-with-bad-weights.csv', '--weight', 'wt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: no column "wt" for --weight wt \(fixtures\/stats\/weighted-with-bad-weights\.csv\)\n/);
  });
});

// Each edge case gives null with a reason, never NaN or Infinity, and the table still prints.
describe('edge cases', () => {
  it.each([
    ['one-respondent.csv', [], { 'dimensions.delivery.sd': 'needs at least 2 respondents', 'dimensions.delivery.alpha': 'fewer than two respondents answered every item', drivers: 'too few respondents with every dimension score and an outcome (1; needs 4)' }],
    ['all-answers-equal.csv', [], { 'dimensions.delivery.alpha': 'an item has the same answer from every respondent who answered every item', drivers: 'a dimension score or the outcome does not vary' }],
    ['collinear-dimensions.csv', [], { 'dimensions.pricing.alpha': 'a single item has no alpha', drivers: 'the dimension scores are collinear: one is (nearly) a combination of the others' }],
    // A survey with a dimension and no outcome; one with an outcome and no dimension, whose index and drivers said "no respondent has a dimension score" and "no outcome … or no dimension".
    ['uncorrelated-service-items.csv', [], { drivers: 'no outcome (overall satisfaction or recommend question)' }],
    ['weights-effective-n-barely-above-one.csv', [], { index: 'no dimension found: name item columns with --map <dimension>=<column>', drivers: 'no dimension found: name item columns with --map <dimension>=<column>' }],
  ])('%s', (fixture, flags, reasons) => {
    const result = runCli(['report', `fixtures/stats/${fixture}`, ...flags, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/NaN|Infinity/);
    const json = JSON.parse(result.stdout) as Report;
    for (const [path, reason] of Object.entries(reasons)) {
      const parts = path.split('.');
      const field = parts.pop() as string;
      const owner = parts.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], json) as { nullReasons: Record<string, string> } & Record<string, unknown>;
      expect(owner[field], path).toBeNull();
      expect(owner.nullReasons[field], path).toBe(reason);
    }
    const table = runCli(['report', `fixtures/stats/${fixture}`, ...flags]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('satisfy report');
  });

  // A new user's trial, 2026-12-07: a dimension of two items gave null alphas-if-dropped with no reason.
  it('says why every alpha-if-dropped of a two-item dimension is null', () => {
    const json = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json']).stdout) as Report;
    const pairs = Object.values(json.dimensions).filter((d) => d.alpha !== null && d.items.length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    for (const dimension of pairs) {
      expect(Object.values(dimension.alpha?.ifDropped ?? {})).toEqual([null, null]);
      expect(dimension.nullReasons['alpha.ifDropped']).toBe('dropping one of two items leaves a single item, which has no alpha');
    }
    const three = Object.values(json.dimensions).filter((d) => d.alpha !== null && d.items.length > 2);
    for (const dimension of three) expect(dimension.nullReasons).not.toHaveProperty(['alpha.ifDropped']);
  });

  it('refuses every weight zero as no respondent left to score, naming the flag (an empty report would exit 0)', () => {
    const result = runCli(['report', 'fixtures/stats/all-zero-weights.csv', '--weight', 'weight', '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('satisfy: error: no respondent is left to score of the 8 rows read: 8 left out by --weight weight, whose weight is zero (8) (fixtures/stats/all-zero-weights.csv)\nhint: loosen the flag that left them out; satisfy inspect shows the values of each column\n');
  });

  it('calls no item opposed for a covariance of exactly 0 that rounding put a hair below it', () => {
    // The two items' covariance is 0 (fractions say so); the sums gave -1e-15 or so.
    const alpha = report(['fixtures/stats/uncorrelated-service-items.csv']).dimensions.service?.alpha;
    expect(alpha?.raw).toBeCloseTo(0, 12);
    expect(alpha?.opposed).toEqual([]);
  });

  it('an interval of all-equal answers collapses to the mean', () => {
    const equal = report(['fixtures/stats/all-answers-equal.csv']);
    expect(equal.items[0]).toMatchObject({ mean: 4, sd: 0, ci: { low: 4, high: 4 } });
  });
});

describe('--confidence', () => {
  it('scales the NPS margin of error by the ratio of the normal quantiles', () => {
    const at95 = report(['fixtures/quickstart/responses.csv']).nps?.moe as number;
    const at90 = report(['fixtures/quickstart/responses.csv', '--confidence', '0.9']).nps?.moe as number;
    // z(0.95) / z(0.975) from SciPy: 1.6448536269514722 / 1.959963984540054.
    expectClose(at90 / at95, 1.6448536269514722 / 1.959963984540054, 1e-12, 'ratio');
  });
});
