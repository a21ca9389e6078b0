import { belowZeroBeyondChance } from '../stats/pairwise-correlation.js';
import { correlationMatrix, type CoMoments } from '../stats/co-moments.js';
import { r2FTest } from '../stats/r2-test.js';
import { relativeWeights } from '../stats/relative-weights.js';
import { judgedBase } from './below-base.js';
import type { DimensionSummary, Driver, DriverReading, DriversSummary } from './report.js';

/**
 * The most dimensions whose drivers are computed: their co-moments take k² numbers and k² steps a
 * respondent, and the relative weights an eigendecomposition. Beyond it drivers are null with the reason.
 */
export const MAX_DRIVER_DIMENSIONS = 50;

/**
 * Key drivers: how each dimension score moves with the outcome (Pearson r) and its share of the
 * outcome's explained variance (Johnson's relative weights), over respondents with a score in
 * every dimension and an answer to the outcome. Each dimension gets an importance-performance
 * reading, unless those respondents are fewer than `minBase` (--min-base), counted by Kish's
 * effective n where rows are weighted: then the figures stay
 * and the readings are null, with why, as a segment of so few is shown and not tested — weights
 * of a handful of respondents must not put a dimension at "fix first". Nor may noise: where the
 * dimensions together explain no more of the outcome than chance would (the overall F test of R²,
 * p ≥ `alpha`), the readings are null too (`byChance`), each dimension's weight being a share of
 * nothing. Returns the reason instead when the drivers cannot be computed.
 *
 * The outcome's answers are added as coded; an outcome whose scale is reversed (codes that run from
 * best to worst, `outcomeReversed`) is scored from the top down, `min + max − x`, and each
 * correlation with it is the coded one's, turned: the weights, of squares, are the same.
 *
 * @param moments co-moments of the k dimension scores followed by the outcome
 * @param alpha the significance level (1 − --confidence)
 */
export function summarizeDrivers(moments: CoMoments, ids: readonly string[], outcome: string, dimensions: Record<string, DimensionSummary>, minBase: number, alpha: number, outcomeReversed = false): DriversSummary | string {
  const k = ids.length;
  // One dimension explains all that the dimensions explain: its weight is 1 and its reading "keep" by construction.
  if (k === 1) return `one dimension (${ids[0]}): key drivers weigh two or more against each other`;
  if (moments.n < k + 2) return `too few respondents with every dimension score and an outcome (${moments.n}; needs ${k + 2})`;
  const covariance = moments.covariance();
  const correlation = covariance === null ? null : correlationMatrix(covariance);
  if (correlation === null) return 'a dimension score or the outcome does not vary';
  const predictors = correlation.slice(0, k).map((row) => row.slice(0, k));
  const r = correlation.slice(0, k).map((row) => (outcomeReversed ? -(row[k] as number) : (row[k] as number)));
  const weights = relativeWeights(predictors, r);
  if (typeof weights === 'string') return weights;
  const scores = ids.map((id) => dimensions[id]?.score ?? Number.NaN);
  const meanScore = scores.reduce((a, b) => a + b, 0) / k;
  // With weights, the base is Kish's effective n, as a segment's is (see judgedBase).
  const base = judgedBase(moments.n, moments.effectiveN);
  const lowBase = base < minBase;
  const chance = lowBase ? null : byChanceReason(weights.r2, base, k, alpha);
  const withheld = lowBase || chance !== null;
  const result: Record<string, Driver> = {};
  ids.forEach((id, j) => {
    const weight = weights.weights[j] as number;
    const score = scores[j] as number;
    const warning = runsAgainstOutcome(r[j] as number, moments.n, outcome);
    result[id] = { r: r[j] as number, weight, score, reading: withheld ? null : reading(weight >= 1 / k, score >= meanScore), ...(warning === null ? {} : { warning }) };
  });
  // Written only when the readings are withheld, so that a report of enough respondents stays one
  // an earlier satisfy reads as a baseline.
  const summary = { outcome, n: moments.n, effectiveN: moments.effectiveN, r2: weights.r2 };
  if (lowBase) return { ...summary, lowBase, dimensions: result, nullReasons: { reading: lowBaseReason(moments.n, base, minBase) } };
  if (chance !== null) return { ...summary, byChance: true, dimensions: result, nullReasons: { reading: chance } };
  return { ...summary, dimensions: result };
}

/**
 * Why an R² of `k` dimensions among `n` respondents (an effective n where rows are weighted) is no
 * more than chance would give, or null when it is more (the overall F test, p < `alpha`).
 */
function byChanceReason(r2: number, n: number, k: number, alpha: number): string | null {
  const test = r2FTest(r2, n, k);
  const of = `R² ${r2.toFixed(3)} of ${k} dimensions`;
  if (test === null) return `${of} cannot be told from chance among an effective n of ${n.toFixed(1)}: the weights cannot say what to fix first or keep`;
  if (test.p < alpha) return null;
  const df2 = Number.isInteger(test.df2) ? String(test.df2) : test.df2.toFixed(1);
  // p to two significant digits, against the level it is judged at: 0.0032 is no 0.00 at --confidence 0.999.
  return `${of} is no more than chance would give (F(${test.df1}, ${df2}) = ${test.f.toFixed(2)}, p = ${test.p.toPrecision(2)} ≥ ${alpha}): the weights cannot say what to fix first or keep`;
}

/** Why the readings of drivers of `n` respondents (of effective n `base`) are withheld: one line, as every format prints it. */
function lowBaseReason(n: number, base: number, minBase: number): string {
  const of = base < n ? `effective n ${base.toFixed(1)} (n ${n})` : `n ${n}`;
  return `${of} under --min-base ${minBase}: too few respondents for the weights to say what to fix first or keep`;
}

/** A driver's r this low, and below zero beyond chance (one-sided 5 %, Fisher's z), is warned of (Driver.warning). */
export const DRIVER_AGAINST_R = -0.3;

/**
 * Why a dimension whose score runs against the outcome (r ≤ DRIVER_AGAINST_R among n, below zero
 * beyond chance) is no driver to act on, or null: satisfaction with a part seldom lowers the whole,
 * so an item of it is likely scored the wrong way round ("How often do you experience delays?"
 * read always the best) or measures another thing.
 */
function runsAgainstOutcome(r: number, n: number, outcome: string): string | null {
  if (!(r <= DRIVER_AGAINST_R && belowZeroBeyondChance(r, n))) return null;
  return `r ${r.toFixed(2).replace('-', '−')} with "${outcome}": the higher its score, the lower the outcome, the mark of an item scored the wrong way round (worded in reverse or counting a bad thing, and not read so) or of one that measures something else; see its items' evidence before acting on its weight or reading`;
}

/** Important and weak: fix first; important and strong: keep; less important and strong: maintain; less important and weak: monitor. */
function reading(important: boolean, strong: boolean): DriverReading {
  if (important) return strong ? 'keep' : 'fix first';
  return strong ? 'maintain' : 'monitor';
}
