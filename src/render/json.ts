import type { ComparisonReport, Report } from '../analysis/report.js';

/**
 * The report (or a comparison) as JSON: keys in the order the Report type declares them, numbers at full precision,
 * two-space indentation and a final newline. A NaN or Infinity is a bug upstream (figures that
 * cannot be computed must be null), so it throws rather than print `null` and hide it.
 */
export function renderJson(document: Report | ComparisonReport): string {
  return `${JSON.stringify(document, rejectNonFinite, 2)}\n`;
}

function rejectNonFinite(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`renderJson: "${key}" is ${value}; a figure that cannot be computed must be null`);
  }
  return value;
}
