/** What the stated-importance section of every format shows, and how it words it. */
import type { ImportanceSummary, Report } from '../analysis/report.js';
import { fixed, percent, range, signed } from './format-number.js';

/** One pair of stated importance and satisfaction, as text. */
export interface ImportanceRow {
  /** The satisfaction column: what is rated. */
  item: string;
  importanceColumn: string;
  n: string;
  importance: string;
  satisfaction: string;
  gap: string;
  ci: string;
  quadrant: string;
  /** The key drivers' weight of the item's dimension, or a dash. */
  driverWeight: string;
}

export const IMPORTANCE_TITLE = 'Stated importance against satisfaction';

/** The head of the section's table, with the confidence level of the gap's interval. */
export function importanceHead(level: number): string[] {
  return ['Item', 'Importance question', 'n', 'Importance', 'Satisfaction', 'Gap', `${level} % CI`, 'Quadrant', 'Driver weight'];
}

/** The rows of the section, in the order of the report's pairs. */
export function importanceRows(report: Report): ImportanceRow[] {
  return (report.importance?.pairs ?? []).map((p) => ({
    item: p.satisfactionColumn,
    importanceColumn: p.importanceColumn,
    n: String(p.n),
    importance: fixed(p.importance, 1),
    satisfaction: fixed(p.satisfaction, 1),
    gap: signed(p.gap),
    ci: range(p.ci, (v) => signed(v), ' to '),
    quadrant: p.quadrant ?? '—',
    driverWeight: percent(p.driverWeight),
  }));
}

/** The words under the table: what each figure is, and where the quadrants split. */
export function importanceNote(importance: ImportanceSummary): string {
  const split = importance.split === null ? `no quadrants: ${importance.nullReasons.split ?? 'too few pairs'}` : `quadrants split at the mean importance ${importance.split.importance.toFixed(1)} and the mean satisfaction ${importance.split.satisfaction.toFixed(1)} of the pairs`;
  return `importance and satisfaction: means on 0-100 of the respondents who answered both (n); gap: importance − satisfaction, with its paired t interval; ${split}; driver weight: the derived importance of the item's dimension (key drivers' share of R²)`;
}
