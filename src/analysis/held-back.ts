import type { Report } from './report.js';

/**
 * The customer headlines (csat, ces) a survey of employees holds back, by the question each would
 * be of (its column's suggestion): the figure is null, and the question is rated as an item. Read
 * from the report, so that every output that says so says it of the same questions.
 */
export function heldBackHeadlines(report: Pick<Report, 'audience' | 'columns' | 'csat' | 'ces'>): Map<'csat' | 'ces', string> {
  const held = new Map<'csat' | 'ces', string>();
  if (report.audience === undefined || report.audience.audience === 'customers') return held;
  for (const column of report.columns) {
    const role = column.suggestion?.role;
    if ((role === 'csat' || role === 'ces') && report[role] === null && column.role !== role && !held.has(role)) held.set(role, column.name);
  }
  return held;
}
