import type { Report } from '../../src/analysis/report.js';

// A statistic this close to 0 is a tie: two ways of summing the same rows (satisfy's reader and a
// SQL engine, whose parallel sums are added in no fixed order) may give it either sign.
const TIE = 1e-9;

/**
 * A report as a report computed in SQL must equal it: without the summary of the files read,
 * which says where the rows came from (an export, or a table), and without the direction of a
 * test whose statistic is a tie.
 */
export function comparable(report: Report): unknown {
  return withoutTieDirections({ ...report, input: { ...report.input, files: [] } });
}

function withoutTieDirections(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTieDirections);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, withoutTieDirections(inner)] as const);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  if (typeof object.statistic === 'number' && Math.abs(object.statistic) < TIE && 'direction' in object) delete object.direction;
  return object;
}
