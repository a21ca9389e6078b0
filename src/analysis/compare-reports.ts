import {
  adjustP,
  newcombeInterval,
  npsDifferenceInterval,
  npsDifferenceZ,
  twoProportionZ,
  welchInterval,
  welchT,
  type Adjustment,
  type NpsShares,
  type ShareSummary,
  type TestResult,
} from '../stats/difference-tests.js';
import { mixRate } from '../stats/mix-rate.js';
import type { Scale } from '../survey/scale.js';
import type { Change, ComparedReport, Comparison, ComparisonWarning, Decomposition, Interval, ItemSummary, Report, Segment, SegmentTest, TestOutcome, UntestedChange } from './report.js';

/**
 * Corrects the p-values of a family of tests together and files each test, with its adjusted p
 * and whether it is significant, into its list. Returns the significance level, 1 − the
 * confidence level (rounded: 1 − 0.95 is 0.050000000000000044 in floating point).
 */
export function settleFamily(family: ReadonlyArray<{ into: SegmentTest[]; test: Omit<SegmentTest, 'adjustedP' | 'significant'> }>, adjust: Adjustment, confidenceLevel: number): number {
  const adjusted = adjustP(family.map((f) => f.test.p), adjust);
  const alpha = significanceLevel(confidenceLevel);
  family.forEach(({ into, test }, i) => {
    const adjustedP = adjusted[i] as number;
    // The direction last, as in every test of the JSON (README: keys come in the documented order).
    const { direction, ...rest } = test;
    into.push({ ...rest, adjustedP, significant: adjustedP < alpha, direction });
  });
  return alpha;
}

/** 1 − the confidence level, rounded (1 − 0.95 is 0.050000000000000044 in floating point). */
export function significanceLevel(confidenceLevel: number): number {
  return Math.round((1 - confidenceLevel) * 1e9) / 1e9;
}

/** The figures a comparison is made of: a segment's, a period's, or a whole report's (with CES). */
type Group = Pick<Segment, 'dimensions' | 'csat' | 'nps' | 'index'> & { ces?: ItemSummary | null };

/** One figure of two groups, tested, with the interval of its difference. */
export interface Difference {
  metric: string;
  test: SegmentTest['test'];
  a: number;
  b: number;
  result: TestResult;
  ci: Interval | null;
}

/** A mean (or score) of one group, with its spread and base (Kish's effective n). */
export interface MeanFigures {
  mean: number | null;
  sd: number | null;
  effectiveN: number;
}

/** One figure of two groups by Welch's t, with the interval of a − b at `level`; null when either side has no mean and spread or the test cannot be made. */
export function meanDifference(metric: string, x: MeanFigures | null | undefined, y: MeanFigures | null | undefined, level: number): Difference | null {
  if (x === null || x === undefined || y === null || y === undefined || x.mean === null || x.sd === null || y.mean === null || y.sd === null) return null;
  const [sx, sy] = [{ mean: x.mean, sd: x.sd, n: x.effectiveN }, { mean: y.mean, sd: y.sd, n: y.effectiveN }];
  const result = welchT(sx, sy);
  return result === null ? null : { metric, test: 'welch-t', a: x.mean, b: y.mean, result, ci: welchInterval(sx, sy, level) };
}

/** A share of two groups (`n`: the effective base) by the two-proportion z, with Newcombe's interval of a − b at `level`. */
export function shareDifference(metric: string, x: ShareSummary, y: ShareSummary, level: number): Difference | null {
  const result = twoProportionZ(x, y);
  return result === null ? null : { metric, test: 'two-proportion-z', a: x.share, b: y.share, result, ci: newcombeInterval(x, y, level) };
}

/** The NPS of two groups (shares of promoters and detractors on the effective base) by z on its difference, in points, with its interval at `level`. */
export function npsDifference(metric: string, x: NpsShares, y: NpsShares, level: number): Difference | null {
  const result = npsDifferenceZ(x, y);
  if (result === null) return null;
  const ci = npsDifferenceInterval(x, y, level);
  // NPS is in points: 100 × the difference of shares.
  const score = (s: NpsShares) => (s.promoters - s.detractors) * 100;
  return { metric, test: 'nps-z', a: score(x), b: score(y), result, ci: ci === null ? null : { low: ci.low * 100, high: ci.high * 100, level } };
}

/**
 * The tests of each figure of `a` against `b`: dimension and index scores and the CES mean by
 * Welch's t, CSAT's top-2 share by the two-proportion z, NPS by z on its difference; each with the
 * interval of a − b at `level`. A figure is tested only where both sides have at least `minBase`
 * answers of it (--min-base): on fewer, a side of one respondent, or of a few who all answered
 * alike, has no spread to speak of, and the test takes the other side's for the whole (a week of
 * one detractor was a fall of NPS at p < 1e-100); and CSAT's top-2 share and the CES mean only
 * where both sides have one scale. A figure both sides have and not tested goes to `untested`,
 * with why (`a`, `b`: its values; `bases`: its answers on each side; `scales`: each side's scale).
 */
function differences(a: Group, b: Group, level: number, minBase: number, untested: Untested[] = [], columns: Columns = NO_COLUMNS): Difference[] {
  const found: Difference[] = [];
  // A figure of `a` and of `b` (its base and scale `x`, `y`; its values `va`, `vb`), tested by `difference`.
  const test = (metric: string, x: Figure | null | undefined, y: Figure | null | undefined, va: number | null | undefined, vb: number | null | undefined, difference: () => Difference | null) => {
    if (x === null || x === undefined || y === null || y === undefined || va === null || va === undefined || vb === null || vb === undefined) return;
    // The answers to another question are another measure (CSAT mapped to "The price was fair"
    // against the overall satisfaction question), and so are a mean or a top-2 share on another
    // scale (a top-2 of 1-10 against one of 1-5), a dimension of other items or of items read
    // otherwise (reversed, or weighted otherwise, on one side), and an index of other dimensions or
    // of dimensions of other items.
    const index = metric === 'index.score';
    const changed = index ? redefined(a, b, columns) : [];
    const another = !sameScale(x.scale, y.scale) ? 'scale' : !sameQuestion(x, y, columns) ? 'column' : index && !sameDimensions(a, b) ? 'dimensions' : !sameItems(x, y, columns) || !sameReading(x, y, columns) || changed.length > 0 ? 'items' : null;
    // A redefinition that no config or --map made: detection read the same columns of the same
    // export otherwise on each side (an item of a week's 2 answers read as weak and left out).
    const detection = another !== null && another !== 'column' && readByDetection(involvedColumns(another, x, y, a, b, changed), columns);
    const thin = x.n < minBase || y.n < minBase;
    // Too few answers to test: a figure detection read otherwise on so few passes, as any figure so thinly answered does.
    const why = another !== null && !(detection && thin) ? another : thin ? 'base' : null;
    const made = why === null ? difference() : null;
    if (made === null) untested.push({ metric, a: va, b: vb, why: why ?? 'spread', another, detection, bases: [x.n, y.n], scales: [scaleText(x.scale), scaleText(y.scale)], columns: [x.column ?? '', y.column ?? ''], items: [x.items ?? [], y.items ?? []], reading: index ? changed.map((id) => readingChange(b.dimensions[id] as Figure, a.dimensions[id] as Figure, columns)).filter((t) => t !== '').join('; ') : readingChange(y, x, columns), otherItems: changed.some((id) => !sameItems(a.dimensions[id] as Figure, b.dimensions[id] as Figure, columns)), redefined: changed });
    else found.push(made);
  };
  for (const [id, dimension] of Object.entries(a.dimensions)) {
    const theirs = b.dimensions[id];
    test(`dimensions.${id}.score`, dimension, theirs, dimension.score, theirs?.score, () => meanDifference(`dimensions.${id}.score`, dimension, theirs, level));
  }
  const indexFigures = (group: Group) => (group.index === null ? null : { ...group.index, mean: group.index.score });
  test('index.score', a.index, b.index, a.index?.score, b.index?.score, () => meanDifference('index.score', indexFigures(a), indexFigures(b), level));
  test('ces.mean', a.ces, b.ces, a.ces?.mean, b.ces?.mean, () => meanDifference('ces.mean', a.ces, b.ces, level));
  const [ca, cb] = [a.csat?.topBox, b.csat?.topBox];
  if (ca && cb) test('csat.topBox.share', a.csat, b.csat, ca.share, cb.share, () => shareDifference('csat.topBox.share', { share: ca.share, n: (a.csat as ItemSummary).effectiveN }, { share: cb.share, n: (b.csat as ItemSummary).effectiveN }, level));
  const [x, y] = [a.nps, b.nps];
  test('nps.score', x, y, x?.score, y?.score, () => {
    if (x === null || y === null) return null;
    const difference = npsDifference('nps.score', { promoters: x.promoters.share, detractors: x.detractors.share, n: x.effectiveN }, { promoters: y.promoters.share, detractors: y.detractors.share, n: y.effectiveN }, level);
    // The figures as the reports show them.
    return difference === null ? null : { ...difference, a: x.score, b: y.score };
  });
  return found;
}

/**
 * The columns of the reports whose groups are compared (`a`'s, `b`'s): a figure's column that the
 * other report has too, in another role, says the figure was redefined; one the other report has
 * not is the same question under a new header (a wave's export renamed), and is compared.
 */
interface Columns {
  a: ReadonlySet<string>;
  b: ReadonlySet<string>;
  /** How each report read its columns, by name (`a`'s, `b`'s): whether the config or --map set it, and whether its scale is reversed. */
  readA: ReadonlyMap<string, ColumnReading>;
  readB: ReadonlyMap<string, ColumnReading>;
}

/** How a report read a column: `pinned` where the config, --map or a survey file set it (its evidence says `set by …`), not detection; its scale's range (`1-5`), null where it has none. */
interface ColumnReading {
  pinned: boolean;
  reversed: boolean | null;
  range: string | null;
}

// How a note says that a figure is another measure only because detection read the same columns otherwise.
const DETECTED = 'the same columns read otherwise by detection';

/** The remedy for a figure detection read otherwise on each side, which a new baseline would not cure (next week's export may be read as the baseline was). */
export const PIN_ADVICE = "pin the survey's reading with a config (satisfy init) and report both sides with it";

// Groups of one report (a segment and the rest): the same columns on each side.
const NO_COLUMNS: Columns = { a: new Set(), b: new Set(), readA: new Map(), readB: new Map() };

/** The columns of a report as Columns holds them. */
function readings(report: Report): Map<string, ColumnReading> {
  return new Map(report.columns.map((c) => [c.name, { pinned: (c.evidence ?? []).some((e) => e.startsWith('set by ')), reversed: c.scale?.reversed ?? null, range: c.scale === null || c.scale === undefined ? null : `${c.scale.min}-${c.scale.max}` }]));
}

/**
 * Whether a redefinition of a figure is detection's: every column it rests on is a column of both
 * exports under the same header, and neither report read it as the config, --map or a survey file
 * said (on a small week's sample, an item of 2 answers is read as weak and left out; next week it
 * is back). A survey that really changed (a column gone, a config edited) is not.
 */
function readByDetection(names: readonly string[], columns: Columns): boolean {
  return names.length > 0 && names.every((name) => {
    const [now, was] = [columns.readA.get(name), columns.readB.get(name)];
    return now !== undefined && was !== undefined && !now.pinned && !was.pinned;
  });
}

/**
 * The columns a figure's redefinition (`why`) rests on: a headline's column; every item of a
 * dimension on either side, or of the dimensions an index differs by (a config or --map that sets
 * one item of a dimension redefines the others too: `--map delivery=<one of its items>` leaves the
 * other out, set by nothing).
 */
function involvedColumns(why: string, x: Figure, y: Figure, a: Group, b: Group, changed: readonly string[]): string[] {
  const both = (p: Figure | undefined, q: Figure | undefined): string[] => [...new Set([...(p?.items ?? []), ...(q?.items ?? [])])];
  if (why === 'scale') return [x.column, y.column].filter((c): c is string => c !== undefined);
  if (why === 'dimensions') {
    const [ours, theirs] = [indexDimensions(a), indexDimensions(b)];
    return [...ours.filter((id) => !theirs.includes(id)), ...theirs.filter((id) => !ours.includes(id))].flatMap((id) => both(a.dimensions[id], b.dimensions[id]));
  }
  if (changed.length > 0) return changed.flatMap((id) => both(a.dimensions[id], b.dimensions[id]));
  return both(x, y);
}

/**
 * Whether two figures are the answers to one question: the same column, columns of the same
 * question text, or a column renamed (neither report has the other's); not where each report has
 * both columns and made another its CSAT (`--map csat=…`). A figure of no column (a dimension's, the
 * index) always is.
 */
function sameQuestion(a: Figure, b: Figure, columns: Columns): boolean {
  if (a.column === undefined || b.column === undefined || a.column === b.column) return true;
  if (a.question !== undefined && a.question !== null && a.question === b.question) return true;
  return !columns.b.has(a.column) && !columns.a.has(b.column);
}

/**
 * Whether two figures are means of the same items: the same columns, or as many columns renamed
 * (none of them in the other report); not where an item was left out or added. A figure of no
 * items (a headline's, the index) always is.
 */
function sameItems(a: Figure, b: Figure, columns: Columns): boolean {
  if (a.items === undefined || b.items === undefined) return true;
  const [only, theirsOnly] = [a.items.filter((i) => !(b.items as string[]).includes(i)), b.items.filter((i) => !(a.items as string[]).includes(i))];
  if (only.length === 0 && theirsOnly.length === 0) return true;
  return a.items.length === b.items.length && only.every((i) => !columns.b.has(i)) && theirsOnly.every((i) => !columns.a.has(i));
}

/**
 * Whether an item both figures have is read alike: on the same scale (a week without 5s read its
 * speed item on 1-4, its score another measure), reversed on both sides or neither, and of the
 * same weight in its dimension (1 where a report has none).
 */
function sameItemReading(item: string, a: Figure, b: Figure, columns: Columns): boolean {
  const [ca, cb] = [columns.readA.get(item), columns.readB.get(item)];
  const alike = (x: boolean | string | null | undefined, y: boolean | string | null | undefined) => x === undefined || y === undefined || x === null || y === null || x === y;
  return alike(ca?.reversed, cb?.reversed) && alike(ca?.range, cb?.range) && (a.itemWeights?.[item] ?? 1) === (b.itemWeights?.[item] ?? 1);
}

/**
 * Whether two figures' items are read alike on each side (see sameItemReading): a dimension whose
 * item the config reverses on one side only, or weighs otherwise, is another measure, as one of
 * other items is. A figure of no items always is.
 */
function sameReading(a: Figure, b: Figure, columns: Columns): boolean {
  if (a.items === undefined || b.items === undefined) return true;
  return a.items.filter((i) => (b.items as string[]).includes(i)).every((i) => sameItemReading(i, a, b, columns));
}

/** `"Speed" on 1-5 before, 1-4 now; "Value for money" reversed before, not now; "The price was fair" weighted 5 before, 1 now`: how the items both figures have are read otherwise from `before` to `now`. */
function readingChange(before: Figure, now: Figure, columns: Columns): string {
  if (before.items === undefined || now.items === undefined) return '';
  return now.items
    .filter((i) => (before.items as string[]).includes(i))
    .flatMap((i) => {
      const [was, is] = [columns.readB.get(i)?.reversed, columns.readA.get(i)?.reversed];
      const [rangeWas, rangeIs] = [columns.readB.get(i)?.range, columns.readA.get(i)?.range];
      const [wb, wn] = [before.itemWeights?.[i] ?? 1, now.itemWeights?.[i] ?? 1];
      return [
        typeof rangeWas === 'string' && typeof rangeIs === 'string' && rangeWas !== rangeIs ? `"${i}" on ${rangeWas} before, ${rangeIs} now` : '',
        typeof was === 'boolean' && typeof is === 'boolean' && was !== is ? `"${i}" ${was ? 'reversed before, not now' : 'not reversed before, reversed now'}` : '',
        wb !== wn ? `"${i}" weighted ${wb} before, ${wn} now` : '',
      ];
    })
    .filter((t) => t !== '')
    .join('; ');
}

/** The dimensions both groups have a score of whose items are not the same on each side, or not read alike (see sameItems, sameReading), in code-point order. */
function redefined(a: Group, b: Group, columns: Columns): string[] {
  const theirs = scoredDimensions(b);
  return scoredDimensions(a).filter((id) => {
    if (!theirs.includes(id)) return false;
    const [x, y] = [a.dimensions[id] as Figure, b.dimensions[id] as Figure];
    return !sameItems(x, y, columns) || !sameReading(x, y, columns);
  });
}

/** `"A" and "B" left out, "C" added`: how a dimension's items changed from `before` to `now`. */
function itemChange(before: readonly string[], now: readonly string[]): string {
  const list = (items: string[]) => (items.length <= 1 ? items.map((i) => `"${i}"`).join('') : `${items.slice(0, -1).map((i) => `"${i}"`).join(', ')} and "${items.at(-1) as string}"`);
  const [out, added] = [before.filter((i) => !now.includes(i)), now.filter((i) => !before.includes(i))];
  return [out.length > 0 ? `${list(out)} left out` : '', added.length > 0 ? `${list(added)} added` : ''].filter((s) => s !== '').join(', ');
}

/** A note for each headline whose column is named otherwise in each report and compared as one question (see sameQuestion). */
function renamed(before: Report, after: Report): string[] {
  return (['csat', 'ces', 'nps'] as const).flatMap((headline) => {
    const [was, now] = [before[headline]?.column, after[headline]?.column];
    if (was === undefined || now === undefined || was === now) return [];
    const known = (report: Report, name: string) => report.columns.some((c) => c.name === name);
    return known(after, was) || known(before, now) ? [] : [`${headline}: "${was}" before, "${now}" now: compared as one question under another header`];
  });
}

/**
 * A note for each dimension of both reports compared though its items are named otherwise on each
 * side: as many items, those of one side not in the other report at all (reworded headers; see
 * sameItems), said rather than compared silently.
 */
function renamedItems(before: Report, after: Report, columns: Columns): string[] {
  return Object.entries(after.dimensions).flatMap(([id, now]) => {
    const was = before.dimensions[id];
    if (was === undefined || now.score === null || was.score === null) return [];
    const [gone, added] = [was.items.filter((i) => !now.items.includes(i)), now.items.filter((i) => !was.items.includes(i))];
    if (gone.length === 0 || !sameItems(now, was, columns)) return [];
    const list = (items: string[]) => items.map((i) => `"${i}"`).join(', ');
    return [`dimensions.${id}: ${list(gone)} before, ${list(added)} now: compared as the same item${gone.length === 1 ? '' : 's'} under ${gone.length === 1 ? 'another header' : 'other headers'}`];
  });
}

/**
 * Notes on reports of other respondents or weights (`otherPopulation`, `otherWeighting`): one side
 * a --where subset (its rows `filtered`) and the other not, or one weighted otherwise (another
 * column, or none); their figures' --fail-on-drop cannot be judged (see evaluateDrops). Where both
 * sides are filtered the reports do not say by what, and nothing is said.
 */
function otherPopulation(before: Report, after: Report): ComparisonWarning[] {
  const filtered = (report: Report) => report.input.files.reduce((sum, f) => sum + (f.skipped ?? []).filter((k) => k.reason === 'filtered').reduce((t, k) => t + k.count, 0), 0);
  const rows = (report: Report) => report.input.files.reduce((sum, f) => sum + f.rows, 0);
  const [fb, fa] = [filtered(before), filtered(after)];
  const side = (report: Report, left: number) => (left > 0 ? `of the rows --where kept (${rows(report) - left} of ${rows(report)})` : 'of every row');
  const notes: ComparisonWarning[] = (fb > 0) === (fa > 0) ? [] : [{ code: 'otherPopulation', note: `another population: the baseline is ${side(before, fb)}, the current report ${side(after, fa)}` }];
  const [wb, wa] = [before.weight?.column ?? null, after.weight?.column ?? null];
  const weighting = (column: string | null) => (column === null ? 'unweighted' : `weighted by "${column}"`);
  if (wb !== wa) notes.push({ code: 'otherWeighting', note: `another weighting: the baseline is ${weighting(wb)}, the current report ${weighting(wa)}` });
  return notes;
}

/**
 * The note where a side is a report of 0 respondents (--allow-empty: a header-only export, or rows
 * all left out; `nobodyOnASide`, an empty week): its figures are null, or absent where a header
 * alone gave no column a role, and nothing of it is compared.
 */
function nobodyOnASide(before: Report, after: Report): ComparisonWarning[] {
  const [b, a] = [before.respondents === 0, after.respondents === 0];
  if (!b && !a) return [];
  const where = b && a ? 'either report (both of 0 respondents)' : `${b ? 'the baseline' : 'the current report'} (a report of 0 respondents)`;
  return [{ code: 'nobodyOnASide', note: `no respondent in ${where}: no figure can be compared` }];
}

// How far two figures may be apart and still be the same (the last bits of sums made in another order, as by a merge of shards), relative.
const SAME = 1e-9;

/**
 * Below this chance of two independent weeks giving every answer count alike, a match is taken for
 * the same data given twice: 1 in 1,000 (see chanceAlike).
 */
export const SAME_DATA_CHANCE = 0.001;

/**
 * The note (`sameFigures`) when every figure compared is the same on each side, of as many
 * respondents, and each item's answer counts are alike over a base where that is unlikely by chance
 * (see chanceAlike): the same data twice, a baseline copied from the current run. Two tiny weeks
 * that happen to match (3 respondents each, the same answers) say nothing.
 */
function sameFigures(before: Report, after: Report, changes: ReadonlyArray<Pick<Change, 'baseline' | 'change'>>): ComparisonWarning[] {
  if (before.respondents !== after.respondents || changes.length === 0) return [];
  if (!changes.every((c) => Math.abs(c.change) <= SAME * Math.max(1, Math.abs(c.baseline)))) return [];
  const chance = chanceAlike(before.items, after.items);
  if (chance === null || chance >= SAME_DATA_CHANCE) return [];
  return [{ code: 'sameFigures', note: `the same figures on both sides (${after.respondents} respondents each, no figure moved): the baseline may be the same data as the current report; check which report it is` }];
}

/**
 * How likely two independent samples of the answers would give every item's answer counts alike,
 * at most: null where an item's counts differ, or no item has answers. For one item of n answers in
 * k' values of shares p (those of its answers), the chance two samples of n match is, by the local
 * normal approximation of the multinomial, (4πn)^−(k′−1)/2 / √∏p (within a few per cent of the
 * exact sum from n = 10 on: 0.0047 against 0.0048 for 10 answers of shares 0.1, 0.1, 0.2, 0.3,
 * 0.3); at most 1. Items of one respondent are not independent, so their chances are not
 * multiplied: all match no more often than the least likely one, whose chance is the bound.
 */
export function chanceAlike(before: readonly ItemSummary[], after: readonly ItemSummary[]): number | null {
  let chance = 1;
  let compared = 0;
  for (const item of after) {
    const theirs = before.find((b) => b.column === item.column);
    if (theirs === undefined) continue;
    const counts = item.distribution.map((d) => d.count);
    if (counts.length !== theirs.distribution.length || theirs.distribution.some((d, i) => d.value !== item.distribution[i]?.value || d.count !== counts[i])) return null;
    const n = counts.reduce((sum, c) => sum + c, 0);
    if (n === 0) continue;
    const shares = counts.filter((c) => c > 0).map((c) => c / n);
    const logChance = (-(shares.length - 1) / 2) * Math.log(4 * Math.PI * n) - shares.reduce((sum, p) => sum + Math.log(p), 0) / 2;
    chance = Math.min(chance, Math.exp(Math.min(0, logChance)));
    compared += 1;
  }
  return compared === 0 ? null : chance;
}

/** Whether two groups' indexes are means of the same dimensions. */
function sameDimensions(a: Group, b: Group): boolean {
  const [ours, theirs] = [indexDimensions(a), indexDimensions(b)];
  return ours.length === theirs.length && ours.every((id, i) => id === theirs[i]);
}

/** The dimensions a group's index is the mean of: those it has a score of, less those its index leaves out (a dimension whose items run against each other, `index.leftOut`). */
function indexDimensions(group: Group): string[] {
  const leftOut = group.index?.leftOut ?? [];
  return scoredDimensions(group).filter((id) => !leftOut.includes(id));
}

/** `delivery left out now, its items running against each other`: the dimensions one side's index leaves out and the other's does not; '' for none. */
function leftOutOnOneSide(now: Group, before: Group): string {
  const [ours, theirs] = [now.index?.leftOut ?? [], before.index?.leftOut ?? []];
  const parts = [...ours.filter((id) => !theirs.includes(id)).map((id) => `${id} left out now`), ...theirs.filter((id) => !ours.includes(id)).map((id) => `${id} left out before`)];
  return parts.length === 0 ? '' : `${parts.join(', ')}, its items running against each other`;
}

/** The dimensions a group has a score of (a segment keeps a dimension none of its respondents answered, with no score). */
function scoredDimensions(group: Group): string[] {
  return Object.entries(group.dimensions)
    .filter(([, dimension]) => dimension.score !== null)
    .map(([id]) => id)
    .sort();
}

/** `delivery, pricing and service`: the dimensions a group has a score of, in code-point order. */
function dimensionList(group: Group): string {
  const ids = indexDimensions(group);
  return ids.length <= 1 ? (ids[0] ?? 'no dimension') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) as string}`;
}

/** The figures of a scope that one side has and the other has not: nothing to compare them with, said rather than left out. */
function onOneSide(scope: string, before: Group, after: Group): string[] {
  const has = (group: Group): string[] => [...scoredDimensions(group).map((id) => `dimensions.${id}`), ...(['csat', 'ces', 'nps'] as const).filter((headline) => (group[headline] ?? null) !== null)];
  const [was, now] = [has(before), has(after)];
  const where = scope === 'overall' ? '' : `${scope}: `;
  return [...was.filter((figure) => !now.includes(figure)).map((figure) => `${where}${figure}: only in the baseline, not compared`), ...now.filter((figure) => !was.includes(figure)).map((figure) => `${where}${figure}: only in the current report, not compared`)];
}

/** What a test needs to know of a figure besides its value: its answers, and its scale if it is on one (an item's). */
interface Figure {
  n: number;
  scale?: Scale;
  /** A headline's (CSAT, NPS, CES): the column it is of, and its question text. */
  column?: string;
  question?: string | null;
  /** A dimension's: the columns it is the mean of, and their weights (1 where absent). */
  items?: string[];
  itemWeights?: Record<string, number>;
}

/** A figure of both sides not tested (see differences): its values `a` and `b`, why, and each side's answers and scale. */
interface Untested {
  metric: string;
  a: number;
  b: number;
  why: UntestedChange['why'];
  /** What makes it another measure on each side, where something does (with `why` 'base' where detection made it so on too few answers), or null. */
  another: 'scale' | 'column' | 'dimensions' | 'items' | null;
  /** Whether that is detection's reading of the same columns otherwise (see readByDetection). */
  detection: boolean;
  bases: [number, number];
  scales: [string, string];
  /** Each side's column (a headline's) and items (a dimension's), and the dimensions of other items on each side (the index's). */
  columns: [string, string];
  items: [string[], string[]];
  /** How the items both sides have are read otherwise, before to now (see readingChange); '' where alike. */
  reading: string;
  /** The index's: whether a dimension of other items is among those it differs by (`redefined`). */
  otherItems: boolean;
  redefined: string[];
}

/** A scale as the notes name it: `1-5`, `labels 1-7`, `yes/no`; '' for none. */
function scaleText(scale: Scale | undefined): string {
  if (scale === undefined) return '';
  return scale.kind === 'binary' ? 'yes/no' : `${scale.kind === 'labels' ? 'labels ' : ''}${scale.min}-${scale.max}${scale.reversed ? ' reversed' : ''}`;
}

/**
 * Whether two figures are on one scale: the same kind and ends, read the same way round (a CSAT
 * whose codes one week's answers showed numbered best first and another's did not is another
 * measure: its top box is the other end). A figure without a scale, a score on 0-100, always is.
 */
function sameScale(a: Scale | undefined, b: Scale | undefined): boolean {
  return a === undefined || b === undefined || (a.kind === b.kind && a.min === b.min && a.max === b.max && a.reversed === b.reversed);
}

// A test statistic this close to 0 says no direction: two equal figures summed in another order
// (shards, threads, rows sorted otherwise) differ in their last bits, and their statistic by 1e-13.
const NO_DIRECTION = 1e-9;

/**
 * Which way a test's statistic says a figure went: `none` where it says no way (within NO_DIRECTION
 * of 0, as for two equal figures, or none to be had), which was `up`.
 */
export function directionOf(statistic: number): TestOutcome['direction'] {
  return statistic > NO_DIRECTION ? 'up' : statistic < -NO_DIRECTION ? 'down' : 'none';
}

/** The tests of one segment's figures against the rest's (or a period's against the one before): dimension and index scores, CSAT share, NPS; each only where both sides have `minBase` answers of it. */
export function compare(segment: Group, rest: Group, minBase: number): Array<Omit<SegmentTest, 'adjustedP' | 'significant'>> {
  return differences({ ...segment, ces: null }, { ...rest, ces: null }, 0.95, minBase).map(({ metric, test, a, b, result }) => ({ metric, test, segment: a, rest: b, statistic: result.statistic, df: result.df, p: result.p, direction: directionOf(result.statistic) }));
}

export interface ComparisonOptions {
  adjust: Adjustment;
  confidenceLevel: number;
  /** Segments with fewer respondents on either side are not compared. */
  minBase: number;
}

/**
 * Where a segment pools values (those past --top, or past 200 distinct values) on either side and
 * the sides name other segments, the values named on one side only (`"North", "South"`): the pools
 * are other groups, a baseline's Other of North and East against this week's Other of South and
 * West, which hid East's fall inside it. Null where the segment is no pool, or pools alike.
 */
function poolsApart(segment: Segment, old: Segment, before: Report, after: Report): string | null {
  if (segment.pooled !== true && old.pooled !== true) return null;
  const named = (report: Report) => report.segments.filter((s) => s.pooled !== true).map((s) => s.value);
  const [was, now] = [named(before), named(after)];
  const apart = [...was.filter((v) => !now.includes(v)), ...now.filter((v) => !was.includes(v))];
  return segment.pooled === old.pooled && apart.length === 0 ? null : apart.map((v) => JSON.stringify(v)).join(', ');
}

/**
 * Every figure of `current` against `baseline` — overall, and per segment where both are broken
 * down by the same column — with the interval of the change and its test, the p-values of the
 * overall changes corrected as one family and those of the segments' as another; and, with a
 * segment column, each overall change split into mix and rate.
 */
export function compareReports(baseline: { source: string; report: Report }, current: { source: string; report: Report }, options: ComparisonOptions): Comparison {
  const [before, after] = [baseline.report, current.report];
  const notes: string[] = [];
  const scopes: Array<{ scope: string; a: Group; b: Group }> = [{ scope: 'overall', a: after, b: before }];
  const column = segmentColumn(before, after, notes);
  if (column !== null) {
    for (const segment of after.segments) {
      const old = before.segments.find((s) => s.value === segment.value);
      const scope = `${column}=${segment.value}`;
      const apart = old === undefined ? null : poolsApart(segment, old, before, after);
      if (old === undefined) notes.push(`${scope}: not in the baseline`);
      else if (apart !== null) notes.push(`${scope}: pools other values on each side (${apart} named on one side only), not compared`);
      else if (segment.respondents < options.minBase || old.respondents < options.minBase) notes.push(`${scope}: base under ${options.minBase} (${old.respondents} before, ${segment.respondents} now), not compared`);
      else scopes.push({ scope, a: segment, b: old });
    }
    for (const old of before.segments) if (!after.segments.some((s) => s.value === old.value)) notes.push(`${column}=${old.value}: not in the current report`);
  }
  const columns: Columns = { a: new Set(after.columns.map((c) => c.name)), b: new Set(before.columns.map((c) => c.name)), readA: readings(after), readB: readings(before) };
  const warnings = [...nobodyOnASide(before, after), ...otherPopulation(before, after)];
  notes.push(...warnings.filter((w) => w.code === 'nobodyOnASide').map((w) => w.note), ...renamed(before, after), ...renamedItems(before, after, columns), ...warnings.filter((w) => w.code !== 'nobodyOnASide').map((w) => w.note));
  const untested: UntestedChange[] = [];
  const found = scopes.flatMap(({ scope, a, b }) => {
    notes.push(...onOneSide(scope, b, a));
    const skipped: Untested[] = [];
    const made = differences(a, b, options.confidenceLevel, options.minBase, skipped, columns).map((d) => ({ scope, d, worse: d.metric === 'ces.mean' ? effortWorse(a.ces, b.ces) : undefined }));
    for (const { metric, a: now, b: was, why, another, detection, bases, scales, columns, items, reading, otherItems: anyOtherItems, redefined: changed } of skipped) {
      const itemsChanged = itemChange(items[1], items[0]);
      const otherItems = changed.length > 0 ? `the mean of dimensions ${[anyOtherItems ? 'of other items' : '', reading === '' ? '' : 'of items read otherwise'].filter((t) => t !== '').join(' or ')} (${changed.join(', ')}${reading === '' ? '' : `: ${reading}`})` : itemsChanged === '' ? `of items read otherwise (${reading})` : `of other items (${itemsChanged}${reading === '' ? '' : `; ${reading}`})`;
      // What makes the figure another measure on each side, where something does.
      const measure = another === 'column' ? `of "${columns[1]}" before, "${columns[0]}" now` : another === 'items' ? otherItems : another === 'scale' ? `on ${scales[1]} before, ${scales[0]} now` : another === 'dimensions' ? `the mean of ${dimensionList(b)} before, of ${dimensionList(a)} now` : '';
      const thin = `under ${options.minBase} answers on a side (${bases[1]} before, ${bases[0]} now)`;
      const leftOut = another === 'dimensions' ? leftOutOnOneSide(a, b) : '';
      const reason =
        why === 'base' && another !== null
          ? `${thin}; ${measure}: ${DETECTED} on so few answers; ${PIN_ADVICE}`
          : leftOut !== ''
            ? `${measure} (${leftOut}): another measure`
            : another !== null && detection
            ? `${measure}: ${DETECTED}; ${PIN_ADVICE}`
            : why === 'column'
              ? `${measure}: another question`
              : another !== null
                ? `${measure}: another measure`
                : why === 'base'
                  ? thin
                  : 'too little spread to test';
      untested.push({ metric, scope, baseline: was, current: now, change: now - was, why, bases: [bases[1], bases[0]], reason });
      notes.push(`${scope}: ${metric} not tested: ${reason}`);
    }
    return made;
  });
  // Two families: the overall changes, corrected together, and the segments' changes, corrected
  // together. A breakdown asked for to show where a change lies must not weaken the overall test
  // that --fail-on-drop reads: with one family, 24 segment tests made an overall NPS fall of
  // p 0.010 pass (adjusted 0.232) that failed without --by (0.040).
  const adjusted = new Array<number>(found.length);
  for (const overall of [true, false]) {
    const family = found.flatMap(({ scope }, i) => ((scope === 'overall') === overall ? [i] : []));
    adjustP(family.map((i) => (found[i] as (typeof found)[number]).d.result.p), options.adjust).forEach((p, j) => (adjusted[family[j] as number] = p));
  }
  const alpha = significanceLevel(options.confidenceLevel);
  const changes: Change[] = found.map(({ scope, d, worse }, i) => {
    const adjustedP = adjusted[i] as number;
    return { metric: d.metric, scope, baseline: d.b, current: d.a, change: d.a - d.b, ci: d.ci, test: d.test, statistic: d.result.statistic, df: d.result.df, p: d.result.p, adjustedP, significant: adjustedP < alpha, direction: directionOf(d.result.statistic), ...(worse === undefined ? {} : { worse }) };
  });
  // The same respondents with every answer count alike are the same rows, whatever each side's
  // --where left out (states of shards merged before they said their files): not another population.
  const same = sameFigures(before, after, [...changes, ...untested]);
  if (same.length > 0) {
    const other = new Set(warnings.filter((w) => w.code === 'otherPopulation').map((w) => w.note));
    warnings.splice(0, warnings.length, ...warnings.filter((w) => w.code !== 'otherPopulation'));
    notes.splice(0, notes.length, ...notes.filter((note) => !other.has(note)));
  }
  warnings.push(...same);
  notes.push(...same.map((w) => w.note));
  // An empty table must say why: a comparison tests the headline figures and dimensions, not single items.
  if (changes.length === 0 && untested.length === 0) notes.push('nothing to compare: no dimension score, index, CES, CSAT or NPS is in both reports (single items are not compared)');
  const weighted = before.weight !== null || after.weight !== null;
  if (column !== null && weighted) notes.push('no mix/rate split of weighted reports: the split weighs segments by their counts');
  const decomposition = column === null || weighted ? [] : decompose(before, after, column);
  const side = (source: string, report: Report): ComparedReport => ({ source, respondents: report.respondents });
  return { baseline: side(baseline.source, before), current: side(current.source, after), confidenceLevel: options.confidenceLevel, adjust: options.adjust, alpha, segmentColumn: column, changes, untested, decomposition, notes, warnings };
}

/**
 * Which way the CES mean goes for the worse: up where its effort question runs to more effort,
 * down where it runs to ease, on each side that knows its direction; undefined where no side knows
 * it, or the sides say each another way.
 */
function effortWorse(...sides: Array<ItemSummary | null | undefined>): Change['worse'] {
  const known = new Set(sides.map((s) => s?.direction).filter((d) => d !== undefined && d !== null));
  if (known.size !== 1) return undefined;
  return known.has('higher is more effort') ? 'up' : 'down';
}

/**
 * Whether a change went the way that is worse: a fall, but for a CES mean whose higher codes are
 * more effort, a rise (see Change.worse).
 */
export function forTheWorse(change: Pick<Change, 'direction' | 'worse'>): boolean {
  return change.direction === (change.worse ?? 'down');
}

/** The column both reports are broken down by, or null (with a note when they differ). */
function segmentColumn(before: Report, after: Report, notes: string[]): string | null {
  const [a, b] = [before.segmentation?.columns.join(' × ') ?? null, after.segmentation?.columns.join(' × ') ?? null];
  if (a === null || b === null) {
    if (a !== b) notes.push(`only the ${a === null ? 'current report' : 'baseline'} is broken down (by ${a ?? b}): segments are not compared`);
    return null;
  }
  if (a !== b) {
    notes.push(`the baseline is broken down by ${a}, the current report by ${b}: segments are not compared`);
    return null;
  }
  return a;
}

/**
 * The figures a mix/rate split applies to — each the mean over the segments weighted by their
 * bases — with how to read a segment's base and figure.
 */
function splitFigures(report: Report): Array<{ metric: string; figure: (g: Group) => { n: number; value: number | null } | null | undefined }> {
  return [
    { metric: 'index.score', figure: (g) => g.index && { n: g.index.n, value: g.index.score } },
    ...Object.keys(report.dimensions).map((id) => ({ metric: `dimensions.${id}.score`, figure: (g: Group) => g.dimensions[id] && { n: g.dimensions[id].n, value: g.dimensions[id].score } })),
    { metric: 'csat.topBox.share', figure: (g) => g.csat && { n: g.csat.n, value: g.csat.topBox?.share ?? null } },
    { metric: 'nps.score', figure: (g) => g.nps && { n: g.nps.n, value: g.nps.score } },
  ];
}

function decompose(before: Report, after: Report, column: string): Decomposition[] {
  const values = [...new Set([...after.segments.map((s) => s.value), ...before.segments.map((s) => s.value)])];
  return splitFigures(after).flatMap(({ metric, figure }) => {
    // A segment's base and figure on one side, or null when it has none there.
    const side = (report: Report, value: string) => {
      const segment = report.segments.find((s) => s.value === value);
      const f = segment === undefined ? null : figure(segment);
      return f === null || f === undefined || f.value === null || f.n === 0 ? null : { n: f.n, value: f.value };
    };
    const groups = values.map((value) => ({ before: side(before, value), after: side(after, value) }));
    const result = mixRate(groups);
    if (result === null) return [];
    const segments = values.map((value, i) => {
      const part = result.groups[i] as (typeof result.groups)[number];
      const g = groups[i] as (typeof groups)[number];
      return { value, shareBefore: part.shareBefore, shareAfter: part.shareAfter, baseline: g.before?.value ?? null, current: g.after?.value ?? null, mix: part.mix, rate: part.rate };
    });
    // The total is the change itself where the segments add up to it: their sum lands on the last
    // bits (−11.749999… beside the change's −11.75), and the two tables rounded one change two ways.
    const [was, now] = [figure(before)?.value, figure(after)?.value];
    const change = typeof was === 'number' && typeof now === 'number' ? now - was : null;
    const total = change !== null && Math.abs(change - result.total) <= SAME * Math.max(1, Math.abs(change)) ? change : result.total;
    return [{ metric, column, total, mix: result.mix, rate: result.rate, segments }];
  });
}
