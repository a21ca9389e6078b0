import type { ItemSummary, Report } from '../analysis/report.js';
import { boxNote, boxPercent, DASH, fixed, shownName } from './format-number.js';

/** The Items table every format shows: each rated question's dimension, scale, base, mean, score and boxes. */
export const ITEMS_TITLE = 'Items';
export const ITEMS_HEAD = ['Item', 'Dimension', 'Scale', 'n', 'Mean', 'Score', 'Top-2', 'Bottom-2'];

// The mark of a reversed item in its Scale cell.
const REVERSED = 'rev.';

/** One row of the Items table, its cells as text; `column` is the question's whole name, as shownName shows it (each format cuts it as it must). */
export interface ItemRow {
  column: string;
  dimension: string;
  scale: string;
  n: string;
  mean: string;
  score: string;
  topBox: string;
  bottomBox: string;
}

/**
 * The rows of the Items table. A dimension is named by its label, as the Dimensions table names it.
 * A reversed rated item reads in one direction, as it is scored (its 1 counted as its 5): its score
 * and boxes are counted so, and its mean is shown so (`scored.mean`); its Scale says `rev.`.
 */
export function itemRows(report: Pick<Report, 'items' | 'dimensions'> & Partial<Pick<Report, 'nps'>>): ItemRow[] {
  return report.items.map((item) => ({
    column: shownName(item.column, item.question),
    dimension: itemDimension(item, report),
    scale: scaleText(item),
    n: String(item.n),
    mean: fixed(item.scored === undefined ? item.mean : item.scored.mean, 2),
    score: fixed(item.score, 1),
    topBox: boxPercent(item.topBox),
    bottomBox: boxPercent(item.bottomBox),
  }));
}

/** The lines under the Items table: what its boxes are on a scale of 0 to 10, and how a reversed item reads and why it was reversed. */
export function itemsNotes(report: Pick<Report, 'items' | 'columns'>): string[] {
  const box = boxNote(report.items.map((item) => item.scale));
  const reversed = report.items.filter((item) => item.scored !== undefined);
  const why = [...new Set(reversed.map((item) => whyReversed(report.columns.find((c) => c.name === item.column)?.evidence ?? [])))];
  return [
    ...(box === null ? [] : [box]),
    ...(reversed.length > 0 ? [`${REVERSED}: a reversed item (${why.join('; ')}: see its evidence): its mean, score, Top-2 and Bottom-2 are as it is scored, its scale turned round (its 1 counted as its 5), so that its Top-2 holds its lowest answers as asked`] : []),
  ];
}

// Why an item is reversed, by the evidence detection wrote for it (survey/reverse-items.ts, build-model.ts,
// detect-columns.ts), the first that matches; answers alone reverse none.
const REVERSAL_REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^negative wording: .*: reversed/, 'worded the other way round'],
  [/^how often a bad thing happens: .*: reversed/, 'counting how often a bad thing happens'],
  [/^its header names its (low|high) end the (best|worst): .*: reversed/, 'its scale named the other way round in its header'],
  [/^its codes run from best to worst/, 'its codes running from best to worst'],
  [/1 the best.*scored from the top down/, 'a grade, 1 the best'],
  [/^reversed, so that its score and top box are the least effort/, 'effort, its top box the least'],
  [/yes the worst answer|→ had a problem/, 'a problem, yes the worst answer'],
];

/** The reason a reversed item's evidence gives (REVERSAL_REASONS), or that the config set it so. */
function whyReversed(evidence: readonly string[]): string {
  for (const [pattern, reason] of REVERSAL_REASONS) if (evidence.some((e) => pattern.test(e))) return reason;
  return evidence.some((e) => e.startsWith('set by ')) ? 'set so in the config' : 'read so by detection';
}

function itemDimension(item: ItemSummary, report: Pick<Report, 'dimensions'> & Partial<Pick<Report, 'nps'>>): string {
  if (item.role === 'csat') return 'overall (CSAT)';
  if (item.role === 'nps') return `recommend (${report.nps?.label ?? 'NPS'})`;
  if (item.role === 'ces') return 'effort (CES)';
  return item.dimension === null ? DASH : (report.dimensions[item.dimension]?.label ?? item.dimension);
}

function scaleText(item: ItemSummary): string {
  const range = item.scale.kind === 'binary' ? 'yes/no' : `${item.scale.min}-${item.scale.max}`;
  return item.scored === undefined ? range : `${range} ${REVERSED}`;
}
