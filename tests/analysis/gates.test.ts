import { describe, expect, it } from 'vitest';
import { evaluateGates, GATE_ALIASES, parseGate } from '../../src/analysis/gates.js';
import { RESERVED_DIMENSION_IDS } from '../../src/survey/survey-model.js';
import type { Report } from '../../src/analysis/report.js';
import { SatisfyError } from '../../src/errors.js';

describe('parseGate', () => {
  it.each([
    ['nps < 30', 'nps.score', '<', 30],
    ['csat >= 0.8', 'csat.topBox.share', '>=', 0.8],
    ['delivery<=70', 'dimensions.delivery.score', '<=', 70],
    ['index != 50.5', 'index.score', '!=', 50.5],
    ['dimensions.complaints.incidence.share > 0.2', 'dimensions.complaints.incidence.share', '>', 0.2],
    ['nps.ci.low < -10', 'nps.ci.low', '<', -10],
    ['drivers.dimensions.trust.weight == 0.25', 'drivers.dimensions.trust.weight', '==', 0.25],
    // The minus sign the table prints NPS with (−4.0), copied into a gate.
    ['nps < \u221210', 'nps.score', '<', -10],
  ] as const)('%j → %s %s %d', (expression, path, operator, value) => {
    expect(parseGate(expression)).toMatchObject({ path, operator, value });
  });

  it.each([
    ['nps <', 'is not <figure> <operator> <number>'],
    ['nps => 30', 'is not <figure> <operator> <number>'],
    ['nps < thirty', 'is not <figure> <operator> <number>'],
    ['nps.promoters < 3', 'is not a figure of the report'],
    ['items.0.mean > 3', 'is not a figure of the report'],
    ['dimensions.delivery.label == 1', 'is not a figure of the report'],
  ])('refuses %j', (expression, message) => {
    expect(() => parseGate(expression)).toThrow(SatisfyError);
    expect(() => parseGate(expression)).toThrow(message);
  });

  it('reserves for the report the names gates give its own figures by, but those --map scores (csat, nps, ces)', () => {
    expect([...RESERVED_DIMENSION_IDS].sort()).toEqual(GATE_ALIASES.filter((name) => !['csat', 'nps', 'ces'].includes(name)).sort());
  });

  it('suggests the lower-case name of an alias or a dimension written in capitals', () => {
    expect(() => parseGate('Delivery < 60')).toThrow(SatisfyError);
    try {
      parseGate('Delivery < 60');
    } catch (e) {
      expect((e as SatisfyError).hint).toMatch(/^did you mean "delivery"\? /);
    }
    // A name no dimension or alias has is suggested nothing (a second review).
    expect(() => parseGate('Foo < 3')).toThrow(SatisfyError);
    try {
      parseGate('Foo < 3');
    } catch (e) {
      expect((e as SatisfyError).hint).toMatch(/^use a path/);
    }
  });

  it('suggests the alias of a name written in capitals', () => {
    const error = (() => {
      try {
        parseGate('NPS < 0');
      } catch (e) {
        return e as SatisfyError;
      }
      return null;
    })();
    expect(error?.message).toBe('--fail-if "NPS < 0": "NPS" is not a figure of the report');
    expect(error?.hint).toMatch(/^did you mean "nps"\? /);
  });
});

describe('evaluateGates', () => {
  const report = { nps: { score: 12 }, dimensions: { delivery: { score: 70 } }, index: null } as unknown as Report;
  it.each([
    ['nps < 30', 12, false],
    ['nps < 12', 12, true],
    ['nps <= 12', 12, false],
    ['delivery >= 70', 70, false],
    ['delivery > 70', 70, true],
    ['delivery == 70', 70, false],
    ['delivery != 70', 70, true],
    // A figure the report does not have never passes: a CI job must not go green on a vanished figure.
    ['index < 50', null, false],
    ['pricing < 50', null, false],
  ])('%s: actual %j, pass %j', (expression, actual, pass) => {
    expect(evaluateGates(report, [parseGate(expression)])).toEqual([{ expression, actual, pass }]);
  });
});

describe("a --fail-if's base (n)", () => {
  // What a CI log needs to tell a figure of 412 answers from one of 12: the n of the figure's own part of the report.
  const report = {
    respondents: 500,
    nps: { n: 412, score: 12, ci: { low: 5, high: 19 } },
    index: { n: 1, score: 60, sd: null, ci: null },
    dimensions: {
      delivery: { n: 480, score: 70, topBox: { count: 300, share: 0.625 }, alpha: { n: 450, raw: 0.8 }, missing: { blank: 20 } },
      complaints: { n: 470, score: 50, alpha: null, incidence: { n: 90, share: 0.2 } },
    },
    drivers: { n: 300, r2: 0.4, dimensions: { delivery: { r: 0.5, weight: 0.6 } } },
    comments: { columns: [{ kind: 'comment', comments: 58, themes: [{ theme: 'delivery', comments: 12, share: null, praise: 2, mixed: 0, criticism: 10, neutral: 0 }] }] },
  } as unknown as Report;

  it.each([
    ['nps < 30', 412],
    ['nps.ci.low < 0', 412],
    ['delivery < 75', 480],
    ['dimensions.delivery.topBox.share < 0.7', 480],
    ['dimensions.delivery.alpha.raw < 0.7', 450],
    ['dimensions.complaints.incidence.share > 0.1', 90],
    ['drivers.dimensions.delivery.r < 0.6', 300],
    ['comments.themes.delivery.criticism.share > 0.1', 58],
    // A null interval or sd rests on its part's base: the index of one respondent.
    ['index.sd < 10', 1],
    ['index.ci.low < 10', 1],
  ])('%s: n %j', (expression, n) => {
    expect(evaluateGates(report, [parseGate(expression)])[0]?.n).toBe(n);
  });

  it.each([
    // Counts of rows or answers, and a base itself, rest on none.
    'respondents < 600',
    'nps.n < 30',
    'dimensions.delivery.effectiveN < 30',
    'dimensions.delivery.missing.blank > 10',
    'comments.count < 10',
    // A null alpha has a base of its own, unknown; a missing dimension has none.
    'dimensions.complaints.alpha.raw < 0.7',
    'trust < 50',
    'drivers.dimensions.trust.r < 0.5',
  ])('%s: no n', (expression) => {
    expect(evaluateGates(report, [parseGate(expression)])[0]).not.toHaveProperty('n');
  });
});

describe('gates on what the comments say', () => {
  // Two comment columns pooled (40 + 10 comments) and an "Other (please specify)" text left out.
  const theme = (name: string, comments: number, criticism: number) => ({ theme: name, comments, share: null, praise: comments - criticism, mixed: 0, criticism, neutral: 0 });
  const report = {
    comments: {
      columns: [
        { kind: 'comment', comments: 40, themes: [theme('delivery', 12, 9), theme('praise', 20, 0)] },
        { kind: 'comment', comments: 10, themes: [theme('delivery', 3, 1), theme('praise', 5, 0)] },
        { kind: 'other', comments: 99, themes: [theme('delivery', 99, 99), theme('praise', 0, 0)] },
      ],
    },
  } as unknown as Report;

  it.each([
    ['comments.count > 49', 50],
    ['comments.themes.delivery.count > 14', 15],
    ['comments.themes.delivery.share > 0.2', 0.3],
    ['comments.themes.delivery.criticism.count > 9', 10],
    ['comments.themes.delivery.criticism.share > 0.2', 0.2],
    ['comments.themes.praise.praise.share > 0.2', 0.5],
  ])('%s: pooled over the comment columns, of all their comments (actual %j)', (expression, actual) => {
    const [check] = evaluateGates(report, [parseGate(expression)]);
    expect(check?.actual).toBeCloseTo(actual, 12);
  });

  it('fails a gate on comments where the report has no comment column', () => {
    expect(evaluateGates({ comments: null } as unknown as Report, [parseGate('comments.themes.delivery.share < 0.5')])).toEqual([{ expression: 'comments.themes.delivery.share < 0.5', actual: null, pass: false }]);
  });

  it.each(['comments.themes.shipping.share > 0.1', 'comments.themes.delivery.angry.share > 0.1', 'comments.share > 0.1'])('refuses %j', (expression) => {
    expect(() => parseGate(expression)).toThrow('is not a figure of the report');
  });
});
