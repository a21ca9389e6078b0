import type { ItemSummary, Report } from '../analysis/report.js';
import type { ReversalReason } from '../survey/scale.js';
import { boxNote, boxPercent, DASH, fixed, shownName } from './format-number.js';

/** The Items table every format shows: each rated question's dimension, scale, base, mean, score and boxes. */
export const ITEMS_TITLE = 'Items';
export const ITEMS_HEAD = ['Item', 'Dimension', 'Scale', 'n', 'Mean', 'Score', 'Top-2', 'Bottom-2'];

// The mark of a reversed item in its Scale cell.
const REVERSED = 'rev.';
// The legend's words for a reversed item the reason of which it names no otherwise.
const DETECTED = 'read so by detection';

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
export function itemsNotes(report: Pick<Report, 'items'>): string[] {
  const box = boxNote(report.items.map((item) => item.scale));
  const reversed = report.items.filter((item) => item.scored !== undefined);
  const why = [...new Set(reversed.map((item) => whyReversed(item.scale.reversedBy)))];
  return [
    ...(box === null ? [] : [box]),
    ...(reversed.length > 0 ? [`${REVERSED}: a reversed item (${why.join('; ')}: see its evidence): its mean, score, Top-2 and Bottom-2 are as it is scored, its scale turned round (its lowest point counted as its highest), so that its Top-2 holds its lowest answers as asked`] : []),
  ];
}

// Why an item is reversed, in the legend's words, by the reason set where it was turned (Scale.reversedBy);
// a reversed scale of a report from an earlier satisfy, which has none, is "read so by detection".
const REVERSAL_REASONS: Readonly<Record<ReversalReason, string>> = {
  wording: 'worded the other way round',
  frequency: 'counting how often a bad thing happens',
  'header-ends': 'its scale named the other way round in its header',
  codes: 'its codes running from best to worst',
  grade: 'a grade, 1 the best',
  effort: 'effort, its top box the least',
  problem: 'a problem, yes the worst answer',
  config: 'set so in the config',
  'labelled-ends': 'its labels naming the best answer first',
  'coded-labels': 'its coded labels running from best to worst',
  'survey-file': 'its codes running from best to worst in the survey file',
  'negative-quality': 'its answers saying how much of a bad quality',
  'effort-labels': 'labels of effort, more the worse',
  recommend: 'its codes numbered best first, against the recommend question',
};

function whyReversed(by: ReversalReason | undefined): string {
  return by === undefined ? DETECTED : REVERSAL_REASONS[by];
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
