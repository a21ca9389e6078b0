/** What the segment and period tables of every format show, and how they word it. */
import type { Report, Segment, TestOutcome } from '../analysis/report.js';
import { fixed, percent, signed } from './format-number.js';

/** The part of the sample a breakdown row describes: a segment or a period. */
export type Group = Pick<Segment, 'dimensions' | 'csat' | 'nps' | 'index'>;

export interface Figure {
  label: string;
  /** The path of the figure within a group, as the tests name it. */
  metric: string;
  value: (group: Group) => number | null | undefined;
  text: (value: number | null | undefined) => string;
}

/**
 * The figures a breakdown shows, in order: the index (of a report with a dimension), each
 * dimension's score, CSAT and NPS where the groups have them. None for a report of comments alone.
 */
export function breakdownFigures(report: Report, groups: readonly Group[]): Figure[] {
  const score = (v: number | null | undefined) => fixed(v, 1);
  const dimensions = Object.keys(report.dimensions).length > 0;
  return [
    ...(dimensions ? [{ label: 'Index', metric: 'index.score', value: (g: Group) => g.index?.score, text: score }] : []),
    ...Object.entries(report.dimensions).map(([id, d]) => ({ label: d.label, metric: `dimensions.${id}.score`, value: (g: Group) => g.dimensions[id]?.score, text: score })),
    ...(groups.some((g) => g.csat !== null) ? [{ label: 'CSAT', metric: 'csat.topBox.share', value: (g: Group) => g.csat?.topBox?.share, text: percent }] : []),
    ...(groups.some((g) => g.nps !== null) ? [{ label: 'NPS', metric: 'nps.score', value: (g: Group) => g.nps?.score, text: signed }] : []),
  ];
}

/**
 * Whether a group's figure is shown and not tested, in a group that is itself tested (a row under
 * the base is marked as a whole): fewer than --min-base answers of it on a side (a segment of 61
 * respondents whose trust score 26 of them answered, or the rest of such a segment), or too little
 * spread. Marked `*` as such a row is, so that it does not look like a figure tested and found
 * alike. `tests` are the group's (a period's changes: none for the first period, which has none
 * to be tested against, and is not marked).
 */
function untestedFigure(figure: Figure, group: Group & { lowBase?: boolean }, tests: readonly { metric: string }[]): boolean {
  const value = figure.value(group);
  return group.lowBase !== true && value !== null && value !== undefined && !tests.some((t) => t.metric === figure.metric);
}

/** A breakdown's group with the tests of its figures: null for a first period, which has none to have and is never marked. */
export type TestedGroup = readonly [group: Group & { lowBase?: boolean }, tests: readonly { metric: string }[] | null];

/** A group's figure as text, `star` after it where it is shown and not tested (see untestedFigure). */
export function figureText(figure: Figure, [group, tests]: TestedGroup, star = '*'): string {
  const text = figure.text(figure.value(group));
  return tests !== null && untestedFigure(figure, group, tests) ? `${text} ${star}` : text;
}

/** The legend of the figures marked as untested (see figureText), `star` as the format writes the mark; '' when none is. */
export function untestedFiguresNote(minBase: number | undefined, figures: readonly Figure[], groups: readonly TestedGroup[], star = '*'): string {
  const marked = groups.some(([group, tests]) => tests !== null && figures.some((f) => untestedFigure(f, group, tests)));
  return marked ? `; ${star} beside a figure: not tested, for fewer than ${minBase ?? 30} answers of it on a side, too little spread, or an index of other dimensions than the one it is tested against (one nobody in the group answered)` : '';
}

/**
 * Where a breakdown has no figure to show but its base (rated items in no dimension, and no CSAT or
 * NPS), what the table says after its legend: that items are not broken down, and how to make a
 * dimension; '' where it has a figure, or no rated item.
 */
export function nothingBrokenDown(report: Report, figures: readonly Figure[]): string {
  if (figures.length > 0 || report.items.length === 0) return '';
  return '; no dimension, CSAT or NPS to break down (single items are not): name dimensions with --map <dimension>=<column>';
}

/** " (scores 0-100)" after a breakdown's title where it shows the index or a dimension's score; '' where its figures are CSAT and NPS alone, or none. */
export function scoresSuffix(figures: readonly Figure[]): string {
  return figures.some((f) => f.metric === 'index.score' || f.metric.startsWith('dimensions.')) ? ' (scores 0-100)' : '';
}

/**
 * The opening of a breakdown's legend: what ▲/▼ mean (`against`: "the rest of the sample", "the
 * period before"), or, where it shows no figure to mark (a report of comments alone, or of items
 * in no dimension), that its groups are counted and nothing is tested.
 */
export function arrowsLegend(figures: readonly Figure[], against: string, family: { alpha: number; adjust: 'holm' | 'bh' | 'none' }): string {
  return figures.length === 0 ? 'n: respondents; no figure to test' : `▲/▼: significantly above/below ${against} (${correction(family)})`;
}

/** "5 %, Holm's correction": the level and correction of a family of tests. */
export function correction({ alpha, adjust }: { alpha: number; adjust: 'holm' | 'bh' | 'none' }): string {
  const names = { holm: "Holm's correction", bh: 'Benjamini-Hochberg correction', none: 'no correction' };
  return `${+(alpha * 100).toFixed(6)} %, ${names[adjust]}`;
}

/** The legend of the periods marked `*` (see Period.lowBase), after the table's; '' when none is. `star` is how the format writes the mark. */
export function periodsLowBase(report: Report, star = '*'): string {
  const minBase = report.periodization?.minBase;
  if (minBase === undefined || !report.periods.some((p) => p.lowBase === true)) return '';
  return `; ${star} base under ${minBase}: not tested against the period before or after, and drawn ${LOW_BASE_SPARK} in the trend`;
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** A period under --min-base in a sparkline: its figure is too unsteady to draw as a bar. */
export const LOW_BASE_SPARK = '·';

/**
 * A sparkline of the values, lowest ▁ to highest █; a gap for a missing value. A value marked in
 * `lowBase` is drawn · and left out of the range, so that a week of two respondents
 * neither shows as a full bar nor flattens the bars of the others.
 */
export function sparkline(values: ReadonlyArray<number | null | undefined>, lowBase: readonly boolean[] = []): string {
  if (!values.some((v) => typeof v === 'number')) return '';
  const steady = values.map((v, i) => (lowBase[i] === true ? null : v));
  const present = steady.filter((v): v is number => typeof v === 'number');
  const [lo, hi] = [Math.min(...present), Math.max(...present)];
  return values
    .map((v, i) => {
      if (typeof v !== 'number') return ' ';
      if (lowBase[i] === true) return LOW_BASE_SPARK;
      return SPARKS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (SPARKS.length - 1))];
    })
    .join('');
}

/** Each dimension's label by id, for naming the figures of a comparison. */
export function dimensionLabels(report: Pick<Report, 'dimensions'>): Record<string, string> {
  return Object.fromEntries(Object.entries(report.dimensions).map(([id, d]) => [id, d.label]));
}

/** The mark of a significant rise or fall in every format. */
export const ARROW: Record<TestOutcome['direction'], string> = { up: '▲', down: '▼', none: '' };

/** The significant test of `metric` among a group's tests, if there is one: its figure gets a mark. */
export function significantTest<T extends TestOutcome & { metric: string }>(tests: readonly T[], metric: string): T | undefined {
  return tests.find((t) => t.metric === metric && t.significant);
}
