import { isDrop, type Check } from '../analysis/gates.js';
import { gateFigure } from './format-number.js';

/**
 * What a gate saw, as every output words it (stderr, the table, Markdown, HTML, JUnit): `actual
 * 4.2`; a --fail-on-drop's `change -14.125, a significant fall`; or why there is no figure to judge
 * — withheld, null in the report (why, `nullReason`: see gateNullReason), or no such figure. The
 * figure to six significant digits (gateFigure); the JSON keeps it exact.
 */
export function gateVerdict(check: Check, nullReason: string | null = null): string {
  const drop = isDrop(check);
  if (check.withheld !== undefined) return `cannot be judged: ${check.withheld}`;
  if (check.actual === null) return drop ? 'no such change: the figure is missing on one side or both' : nullReason === null ? 'the report has no such figure' : `null: ${nullReason}`;
  // Not tested: too thinly answered (passes), or another measure on each side (fails: see evaluateDrops).
  if (drop && check.untested !== undefined) return `change ${gateFigure(check.actual)}, not tested: ${check.untested}${check.pass ? '' : '; make a new baseline'}`;
  // A drop that is a rise is that of a CES mean whose higher codes are more effort.
  if (drop) return `change ${gateFigure(check.actual)}${check.pass ? '' : `, a significant ${check.actual > 0 ? 'rise of effort' : 'fall'}`}`;
  return `actual ${gateFigure(check.actual)}`;
}
