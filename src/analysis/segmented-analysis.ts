import type { InputFile } from '../input/read-csv.js';
import { adjustP, npsDifferenceZ, twoProportionZ, welchT, type Adjustment, type TestResult } from '../stats/difference-tests.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import type { SurveyAnalysis } from './analyze-survey.js';
import type { Gate } from './gates.js';
import type { Report, Segment, SegmentTest } from './report.js';

export interface SegmentOptions {
  /** Indexes and names of the --by columns (one, or two for a cross-breakdown). */
  columns: ReadonlyArray<{ index: number; name: string }>;
  minBase: number;
  /** Keep the largest `top` values and pool the rest as "Other"; null keeps every value. */
  top: number | null;
  adjust: Adjustment;
  /** Confidence level of the report: a test is significant when its adjusted p is below 1 − it. */
  confidenceLevel: number;
}

export const BLANK_VALUE = '(blank)';
export const OTHER_VALUE = 'Other';
// Past this many distinct values, further ones are pooled as "Other" as they come, so that a
// column of free text cannot make one analysis per row; the notes say so.
const MAX_SEGMENTS = 200;

/**
 * The analysis of the whole sample and of each segment of it (each value of the --by columns),
 * row by row. The report adds, per segment, its metrics and tests of them against the rest of the
 * sample, corrected for the family of tests of the breakdown.
 */
export class SegmentedAnalysis {
  private readonly segments = new Map<string, SurveyAnalysis>();
  private pooledEarly = 0;

  constructor(
    private readonly overall: SurveyAnalysis,
    private readonly options: SegmentOptions,
  ) {}

  useFormat(format: AnswerFormat): void {
    this.overall.useFormat(format);
    for (const segment of this.segments.values()) segment.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    this.overall.addRow(fields, line);
    let value = this.options.columns.map(({ index }) => (fields[index] ?? '').trim() || BLANK_VALUE).join(' × ');
    let segment = this.segments.get(value);
    if (segment === undefined) {
      if (this.segments.size >= MAX_SEGMENTS) {
        this.pooledEarly += 1;
        value = OTHER_VALUE;
        segment = this.segments.get(value);
      }
      if (segment === undefined) {
        segment = this.overall.emptyCopy();
        this.segments.set(value, segment);
      }
    }
    segment.addRow(fields, line);
  }

  report(files: InputFile[], gates: readonly Gate[] = []): Report {
    const report = this.overall.report(files, gates);
    const { columns, minBase, top, adjust, confidenceLevel } = this.options;
    const column = columns.map((c) => c.name).join(' × ');
    const kept = this.keptSegments();
    const summaries = kept.map(([value, analysis]) => {
      const own = analysis.report(files);
      const segment: Segment = { column, value, respondents: analysis.respondents, lowBase: analysis.respondents < minBase, dimensions: own.dimensions, csat: own.csat, nps: own.nps, index: own.index, tests: [] };
      return { segment, own };
    });
    // Each segment against the rest of the sample: the other segments merged.
    const family: Array<{ segment: Segment; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }> = [];
    summaries.forEach(({ segment, own }, i) => {
      if (segment.lowBase) return;
      const rest = this.overall.emptyCopy();
      kept.forEach(([, analysis], j) => j !== i && rest.merge(analysis));
      for (const test of compare(own, rest.report(files))) family.push({ segment, test });
    });
    const alpha = settleFamily(family.map(({ segment, test }) => ({ into: segment.tests, test })), adjust, confidenceLevel);
    const notes = this.pooledEarly > 0 ? [`${column}: more than ${MAX_SEGMENTS} distinct values; ${this.pooledEarly} rows of further values pooled as "${OTHER_VALUE}"`] : [];
    return { ...report, segmentation: { columns: columns.map((c) => c.name), minBase, top, adjust, alpha }, segments: summaries.map((s) => s.segment), notes: [...report.notes, ...notes] };
  }

  /** The segments, largest first; with --top the largest `top` and "Other" pooling the rest. */
  private keptSegments(): Array<[string, SurveyAnalysis]> {
    const sorted = [...this.segments].sort((a, b) => b[1].respondents - a[1].respondents || (a[0] < b[0] ? -1 : 1));
    const { top } = this.options;
    if (top === null || sorted.length <= top) return sorted;
    const kept = sorted.filter(([value]) => value !== OTHER_VALUE).slice(0, top);
    const other = this.overall.emptyCopy();
    for (const [value, analysis] of sorted) if (!kept.some(([k]) => k === value)) other.merge(analysis);
    return [...kept, [OTHER_VALUE, other]];
  }
}

/**
 * Corrects the p-values of a family of tests together and files each test, with its adjusted p
 * and whether it is significant, into its list. Returns the significance level, 1 − the
 * confidence level (rounded: 1 − 0.95 is 0.050000000000000044 in floating point).
 */
export function settleFamily(family: ReadonlyArray<{ into: SegmentTest[]; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }>, adjust: Adjustment, confidenceLevel: number): number {
  const adjusted = adjustP(family.map((f) => f.test.p), adjust);
  const alpha = Math.round((1 - confidenceLevel) * 1e9) / 1e9;
  family.forEach(({ into, test }, i) => {
    const adjustedP = adjusted[i] as number;
    into.push({ ...test, adjustedP, significant: adjustedP < alpha });
  });
  return alpha;
}

/** The tests of one segment's figures against the rest's: dimension and index scores, CSAT share, NPS. */
export function compare(segment: Report, rest: Report): Array<Omit<SegmentTest, 'adjustedP' | 'significant'>> {
  const tests: Array<Omit<SegmentTest, 'adjustedP' | 'significant'>> = [];
  const push = (metric: string, test: SegmentTest['test'], a: number, b: number, result: TestResult | null) => {
    if (result === null) return;
    tests.push({ metric, test, segment: a, rest: b, statistic: result.statistic, df: result.df, p: result.p, direction: result.statistic >= 0 ? 'up' : 'down' });
  };
  const means = (metric: string, a: { mean: number | null; sd: number | null; effectiveN: number } | null | undefined, b: typeof a) => {
    if (a === null || a === undefined || b === null || b === undefined || a.mean === null || a.sd === null || b.mean === null || b.sd === null) return;
    push(metric, 'welch-t', a.mean, b.mean, welchT({ mean: a.mean, sd: a.sd, n: a.effectiveN }, { mean: b.mean, sd: b.sd, n: b.effectiveN }));
  };
  for (const [id, dimension] of Object.entries(segment.dimensions)) means(`dimensions.${id}.score`, dimension, rest.dimensions[id]);
  means('index.score', segment.index === null ? null : { ...segment.index, mean: segment.index.score }, rest.index === null ? null : { ...rest.index, mean: rest.index.score });
  const [a, b] = [segment.csat, rest.csat];
  if (a !== null && b !== null && a.topBox !== null && b.topBox !== null) push('csat.topBox.share', 'two-proportion-z', a.topBox.share, b.topBox.share, twoProportionZ({ share: a.topBox.share, n: a.effectiveN }, { share: b.topBox.share, n: b.effectiveN }));
  const [x, y] = [segment.nps, rest.nps];
  if (x !== null && y !== null) push('nps.score', 'nps-z', x.score, y.score, npsDifferenceZ({ promoters: x.promoters.share, detractors: x.detractors.share, n: x.effectiveN }, { promoters: y.promoters.share, detractors: y.detractors.share, n: y.effectiveN }));
  return tests;
}
