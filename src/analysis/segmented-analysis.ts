import type { InputFile } from '../input/read-csv.js';
import type { Adjustment } from '../stats/difference-tests.js';
import type { AnswerFormat } from '../survey/code-answer.js';
import { trimmed } from '../text/trimmed.js';
import { bandedValue, bandOrder } from './numeric-bands.js';
import { belowBase } from './below-base.js';
import { addCommentWords, sameKind, SpareAnalyses, stateOf, type AnalysisState, type PartedAnalysis, type RowAnalysis, type ScoredRow, type SurveyAnalysis } from './analyze-survey.js';
import { CommentWordTally, type CommentWordsState } from './comment-word-tally.js';
import { compare, settleFamily } from './compare-reports.js';
import { forEachRest } from './for-each-rest.js';
import { groupNullReasons } from './group-null-reasons.js';
import { groupAlphaNotes } from './negative-alpha-notes.js';
import { withoutVerbatims } from './summarize-comments.js';
import type { Report, Segment, SegmentTest } from './report.js';

export interface SegmentOptions {
  /**
   * Indexes and names of the --by columns (one, or two for a cross-breakdown); a column of numbers
   * may be cut into bands at `bands` (ascending), given by the config or found in the sample.
   */
  columns: ReadonlyArray<{ index: number; name: string; bands?: { cuts: number[]; from: 'config' | 'sample' } }>;
  minBase: number;
  /** Keep the largest `top` values and pool the rest as "Other"; null keeps every value. */
  top: number | null;
  adjust: Adjustment;
  /** Confidence level of the report: a test is significant when its adjusted p is below 1 − it. */
  confidenceLevel: number;
}

export const BLANK_VALUE = '(blank)';
export const OTHER_VALUE = 'Other';
/** What joins the values of a cross-breakdown's columns in its segments' values: "North × Phone". */
export const CROSS_JOIN = ' × ';

/**
 * A column's value as a cross-breakdown's joined value holds it: one that holds the join's sign
 * (×, anywhere: "A ×" beside "× B" would join as "A × × B" too) or opens with a double quote in
 * double quotes, its own doubled, as a CSV quotes a field, so that rows whose values differ never
 * join alike ("A × B" and "C" against "A" and "B × C": `"A × B" × C` and `A × "B × C"`).
 */
export function crossPart(value: string): string {
  return value.includes('×') || value.startsWith('"') ? `"${value.replaceAll('"', '""')}"` : value;
}
// Past this many distinct values, further ones are pooled as they come, so that a column of free
// text cannot make one analysis per row; the notes say so.
const MAX_SEGMENTS = 200;

/**
 * The analysis of the whole sample and of each segment of it (each value of the --by columns).
 * Each row is analysed once, in its segment; the whole sample is the merge of the segments. The
 * report adds, per segment, its metrics and tests of them against the rest of the sample,
 * corrected for the family of tests of the breakdown.
 */
export class SegmentedAnalysis implements PartedAnalysis {
  private readonly segments = new Map<string, SurveyAnalysis>();
  private readonly spare: SpareAnalyses;
  /**
   * The rows of the values past MAX_SEGMENTS, pooled as they come; apart from the segments, so that
   * a value "Other" of the column stays a segment of its own, and the rows pooled are its rows
   * however the analysis was split and merged (threads, shards).
   */
  private pool: SurveyAnalysis | null = null;
  /**
   * The words of the comments of the whole sample, when the template counts them: counted here,
   * row by row, not in each segment (whose analyses count none), so that memory does not grow with
   * the number of segments.
   */
  private readonly words: CommentWordTally[] | null;
  /** Per --by column, its codes for no answer (see SurveyAnalysis.noAnswerCodes): such a cell is the segment (blank), as an empty one. */
  private readonly noAnswer: ReadonlyArray<ReadonlySet<string>>;

  /** `template` is an empty analysis of the survey, copied for each segment; it sees no row itself. */
  constructor(
    private readonly template: SurveyAnalysis,
    private readonly options: SegmentOptions,
  ) {
    this.spare = new SpareAnalyses(template, 'segment');
    this.words = template.words === null ? null : template.scorer.comments.map(() => new CommentWordTally());
    this.noAnswer = options.columns.map((c) => template.noAnswerCodes(c.index));
  }

  /** The segments share the template's scorer, which reads the format for all of them. */
  useFormat(format: AnswerFormat): void {
    this.template.useFormat(format);
  }

  addRow(fields: readonly string[], line = 0): void {
    this.addScored(fields, this.template.scorer.score(fields, line));
  }

  addScored(fields: readonly string[], row: ScoredRow): void {
    this.addScoredTo(this.partOf(fields), fields, row);
  }

  addScoredTo(segment: SurveyAnalysis, fields: readonly string[], row: ScoredRow): void {
    segment.addScored(fields, row);
    this.addWords(row);
  }

  /** The analysis of the row's segment, made if new; past MAX_SEGMENTS values, the pool's. */
  partOf(fields: readonly string[]): SurveyAnalysis {
    return this.segmentOf(this.valueOf(fields));
  }

  /** The segment of `value`, made if new; past MAX_SEGMENTS values, the pool. */
  private segmentOf(value: string): SurveyAnalysis {
    let segment = this.segments.get(value);
    if (segment === undefined) {
      if (this.segments.size >= MAX_SEGMENTS) return (this.pool ??= this.spare.take());
      segment = this.spare.take();
      this.segments.set(value, segment);
    }
    return segment;
  }

  addWords(row: ScoredRow): void {
    if (this.words !== null && row.excluded === null) addCommentWords(this.words, row);
  }

  /** The row's segment: its value of the --by column, or of both joined by " × " (each as crossPart writes it). */
  private valueOf(fields: readonly string[]): string {
    const { columns } = this.options;
    let value = '';
    for (let i = 0; i < columns.length; i++) {
      const by = columns[i] as SegmentOptions['columns'][number];
      const cell = trimmed(fields[by.index] ?? '');
      const codes = this.noAnswer[i] as ReadonlySet<string>;
      // A code for no answer (-99) is no segment of its own: "-99 *" was shown as one.
      const field = cell === '' || (codes.size > 0 && codes.has(cell)) ? BLANK_VALUE : by.bands === undefined ? cell : bandedValue(cell, by.bands.cuts);
      value = columns.length === 1 ? field : i === 0 ? crossPart(field) : `${value}${CROSS_JOIN}${crossPart(field)}`;
    }
    return value;
  }

  columns(): number[] {
    return [...this.template.columns(), ...this.options.columns.map((c) => c.index)];
  }

  clear(): void {
    this.spare.giveBack(this.pool === null ? this.segments.values() : [...this.segments.values(), this.pool]);
    this.segments.clear();
    this.pool = null;
    for (const tally of this.words ?? []) tally.clear();
  }

  save(): AnalysisState {
    const pool = this.pool === null ? {} : { pooled: this.pool.save() };
    return { kind: 'segmented', segments: [...this.segments].map(([value, analysis]) => [value, analysis.save()]), pooledEarly: this.pool?.respondents ?? 0, ...pool, ...(this.words === null ? {} : { words: this.words.map((t) => t.save()) }) };
  }

  load(saved: AnalysisState): void {
    const state = stateOf(saved, 'segmented');
    // A state of an earlier satisfy kept its pool as the segment "Other", beside pooledEarly.
    const legacyPool = state.pooled === undefined && state.pooledEarly > 0;
    for (const [value, segment] of state.segments) {
      // Values past the limit are pooled as they would have been had the rows come here one by one.
      if (legacyPool && value === OTHER_VALUE) (this.pool ??= this.spare.take()).load(segment);
      else this.segmentOf(value).load(segment);
    }
    if (state.pooled !== undefined) (this.pool ??= this.spare.take()).load(state.pooled);
    if (state.words !== undefined) {
      if (this.words === null || state.words.length !== this.words.length) throw new Error(this.words === null ? 'the state counts the words of comments, which this analysis does not' : 'the state is of a survey with other comment columns');
      this.words.forEach((t, i) => t.load(state.words?.[i] as CommentWordsState));
    }
  }

  merge(other: RowAnalysis): void {
    const theirs = sameKind(this, other);
    // As load: values past the limit are pooled as they would have been had the rows come here one by one.
    for (const [value, segment] of theirs.segments) this.segmentOf(value).merge(segment);
    if (theirs.pool !== null) (this.pool ??= this.spare.take()).merge(theirs.pool);
    const words = theirs.words;
    if (words !== null) {
      if (this.words === null || words.length !== this.words.length) throw new Error(this.words === null ? 'the analysis merged counts the words of comments, which this one does not' : 'the analysis merged is of a survey with other comment columns');
      this.words.forEach((t, i) => t.load((words[i] as CommentWordTally).save()));
    }
  }

  report(files: InputFile[]): Report {
    const whole = this.template.emptyCopy(this.template.scope);
    for (const segment of this.segments.values()) whole.merge(segment);
    if (this.pool !== null) whole.merge(this.pool);
    this.words?.forEach((t, i) => whole.words?.[i]?.load(t.save()));
    const report = whole.report(files);
    const { columns, minBase, top, adjust, confidenceLevel } = this.options;
    const column = columns.map((c) => c.name).join(CROSS_JOIN);
    const kept = this.keptSegments();
    const summaries = kept.map(({ value, analysis, pooled }) => {
      const own = analysis.report(files, report);
      // With weights, on its effective n, as the key drivers are judged.
      const lowBase = belowBase(analysis.respondents, own.weight?.effectiveN, minBase);
      // A segment of a few respondents shows no verbatims: their own words would point at them.
      const comments = lowBase ? withoutVerbatims(own.comments) : own.comments;
      const nullReasons = groupNullReasons(own);
      const segment: Segment = { column, value, ...(pooled ? { pooled: true } : {}), respondents: analysis.respondents, lowBase, dimensions: own.dimensions, csat: own.csat, nps: own.nps, index: own.index, comments, tests: [], ...(Object.keys(nullReasons).length > 0 ? { nullReasons } : {}) };
      return { segment, own };
    });
    // Each segment against the rest of the sample: the other segments merged (told in their order).
    type Untold = Omit<SegmentTest, 'adjustedP' | 'significant'>;
    const tested: Untold[][] = summaries.map(() => []);
    forEachRest(
      kept.map(({ analysis }) => analysis),
      () => this.template.emptyCopy('group'),
      (i, rest) => {
        const { segment, own } = summaries[i] as (typeof summaries)[number];
        if (!segment.lowBase) tested[i] = compare(own, rest.report(files, report), minBase);
      },
    );
    // Of two segments each is the other's rest: the second's test of a figure is the first's seen
    // from the other side, one test, counted once in the correction and given its adjusted p.
    const first = new Set(kept.length === 2 ? (tested[0] as Untold[]).map((t) => t.metric) : []);
    const family = summaries.flatMap(({ segment }, i) => (tested[i] as Untold[]).filter((test) => i === 0 || !first.has(test.metric)).map((test) => ({ into: segment.tests, test })));
    const alpha = settleFamily(family, adjust, confidenceLevel);
    if (first.size > 0) {
      const [one, other] = summaries.map((s) => s.segment) as [Segment, Segment];
      const mirrored = (tested[1] as Untold[]).filter((test) => first.has(test.metric));
      for (const { direction, ...test } of mirrored) {
        const { adjustedP } = one.tests.find((t) => t.metric === test.metric) as SegmentTest;
        other.tests.push({ ...test, adjustedP, significant: adjustedP < alpha, direction });
      }
      // In the order the segment's own tests came in (compare's), as without a mirror.
      const order = (tested[1] as Untold[]).map((t) => t.metric);
      other.tests.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric));
    }
    const pooledEarly = this.pool?.respondents ?? 0;
    const notes = pooledEarly > 0 ? [`${column}: more than ${MAX_SEGMENTS} distinct values; ${pooledEarly} rows of further values pooled as "${this.poolName()}"`] : [];
    for (const { name, bands } of columns) {
      if (bands?.from === 'sample') notes.push(`${name}: its numbers are cut into bands at ${bands.cuts.join(', ')}, the natural groups of the first 1,000 rows (ckmeans); "bands": {${JSON.stringify(name)}: [${bands.cuts.join(', ')}]} in satisfy.config.json fixes them`);
    }
    // Values written alike but for letter case ("Male", "male", "MALE") are segments apart: said, as
    // satisfy does not decide that they are one answer (a code "a" beside "A" may not be).
    notes.push(...sameButForCase(column, kept.filter((k) => !k.pooled).map((k) => [k.value, k.analysis.respondents] as const)));
    // A segment whose own alpha of a dimension is below zero where the whole sample's is not: its index keeps the dimension, said.
    for (const { segment, own } of summaries) notes.push(...groupAlphaNotes(`${column}=${segment.value}`, own.dimensions, report.dimensions));
    return { ...report, segmentation: { columns: columns.map((c) => c.name), minBase, top, adjust, alpha }, segments: summaries.map((s) => s.segment), notes: [...report.notes, ...notes] };
  }

  /**
   * The segments, largest first (a value "Other" of the column among them, as any value); with --top
   * the largest `top`; then, last, the pool of the rest and of the values past MAX_SEGMENTS, if any.
   */
  private keptSegments(): Array<{ value: string; analysis: SurveyAnalysis; pooled: boolean }> {
    const sorted = [...this.segments].sort((a, b) => b[1].respondents - a[1].respondents || (a[0] < b[0] ? -1 : 1));
    const { top, columns } = this.options;
    const kept = top === null ? sorted : sorted.slice(0, top);
    // The bands of one column of numbers come in their order, lowest first, whatever their sizes;
    // values that are no band (blank, a text) after them, largest first.
    const cuts = columns.length === 1 ? columns[0]?.bands?.cuts : undefined;
    if (cuts !== undefined) {
      const order = (value: string) => {
        const band = bandOrder(value, cuts);
        return band < 0 ? cuts.length + 1 : band;
      };
      kept.sort((a, b) => order(a[0]) - order(b[0]));
    }
    const rest = sorted.slice(kept.length);
    const segments = kept.map(([value, analysis]) => ({ value, analysis, pooled: false }));
    if (rest.length === 0 && this.pool === null) return segments;
    const pool = this.template.emptyCopy('group');
    for (const [, analysis] of rest) pool.merge(analysis);
    if (this.pool !== null) pool.merge(this.pool);
    return [...segments, { value: this.poolName(), analysis: pool, pooled: true }];
  }

  /** "Other", or, where the column has a value "Other" (or that one too), "Other (pooled)" …: a name no segment has. */
  private poolName(): string {
    let name = OTHER_VALUE;
    while (this.segments.has(name)) name = `${name} (pooled)`;
    return name;
  }
}

/**
 * The note of segments whose values differ only in letter case, or none: `Gender: values that
 * differ only in letter case are separate segments: "Male" (619) and "male" (206); "M" (116) and
 * "m" (34)`, each group in the order of the segments (largest first).
 */
export function sameButForCase(column: string, segments: ReadonlyArray<readonly [value: string, respondents: number]>): string[] {
  const groups = new Map<string, Array<readonly [string, number]>>();
  for (const segment of segments) {
    const key = segment[0].toLocaleLowerCase('und');
    groups.set(key, [...(groups.get(key) ?? []), segment]);
  }
  const alike = [...groups.values()].filter((group) => group.length > 1);
  if (alike.length === 0) return [];
  const said = alike.map((group) => {
    const named = group.map(([value, respondents]) => `"${value}" (${respondents})`);
    return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  });
  return [`${column}: values that differ only in letter case are separate segments: ${said.join('; ')}`];
}
