import type { ItemSummary, Report } from '../analysis/report.js';
import { boxNote, boxPercent, DASH, fixed } from './format-number.js';

/** The Items table every format shows: each rated question's dimension, scale, base, mean, score and boxes. */
export const ITEMS_TITLE = 'Items';
export const ITEMS_HEAD = ['Item', 'Dimension', 'Scale', 'n', 'Mean', 'Score', 'Top-2', 'Bottom-2'];

// The mark of a reversed item in its Scale cell.
const REVERSED = 'rev.';

/** One row of the Items table, its cells as text; `column` is the question's whole name (each format cuts it as it must). */
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
    column: item.column,
    dimension: itemDimension(item, report),
    scale: scaleText(item),
    n: String(item.n),
    mean: fixed(item.scored === undefined ? item.mean : item.scored.mean, 2),
    score: fixed(item.score, 1),
    topBox: boxPercent(item.topBox),
    bottomBox: boxPercent(item.bottomBox),
  }));
}

/** The lines under the Items table: what its boxes are on a scale of 0 to 10, and how a reversed item reads. */
export function itemsNotes(report: Pick<Report, 'items'>): string[] {
  const box = boxNote(report.items.map((item) => item.scale));
  const reversed = report.items.some((item) => item.scored !== undefined);
  return [
    ...(box === null ? [] : [box]),
    ...(reversed ? [`${REVERSED}: a reversed item (worded the other way round, or set so): its mean, score, Top-2 and Bottom-2 are as it is scored, its scale turned round (its 1 counted as its 5), so that its Top-2 holds its lowest answers as asked`] : []),
  ];
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
