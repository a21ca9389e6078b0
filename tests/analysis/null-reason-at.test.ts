import { describe, expect, it } from 'vitest';
import { nullReasonAt } from '../../src/analysis/null-reason-at.js';

const report = {
  nps: null,
  ces: { mean: 2.1, ci: null, nullReasons: { ci: 'needs at least 2 valid answers' } },
  dimensions: { service: { score: 70, alpha: null, nullReasons: { alpha: 'a single item has no alpha' } }, trust: { score: 60, alpha: null, nullReasons: {} } },
  nullReasons: { nps: 'no recommend question found' },
};

describe('nullReasonAt', () => {
  it.each([
    ['dimensions.service.alpha.raw', 'a single item has no alpha'],
    ['nps.score', 'no recommend question found'],
    ['ces.ci.low', 'needs at least 2 valid answers'],
    ['dimensions.trust.alpha.raw', null],
    ['dimensions.pricing.score', null],
    ['ces.mean', null],
  ])('%s: %s', (path, reason) => {
    expect(nullReasonAt(report, path)).toBe(reason);
  });
});
