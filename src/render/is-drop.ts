import type { Check } from '../analysis/report.js';

/** Whether a check is a --fail-on-drop's, whose figure (`actual` in the JSON) is the change, not the figure itself. */
export function isDrop(check: Pick<Check, 'expression'>): boolean {
  return check.expression.startsWith('fail-on-drop ');
}
