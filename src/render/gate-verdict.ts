import { isDrop, type Check } from '../analysis/gates.js';
import type { ChalkInstance } from 'chalk';
import { PIN_ADVICE } from '../analysis/compare-reports.js';
import { gateFigure } from './format-number.js';

/**
 * What a gate saw, as every output words it (stderr, the table, Markdown, HTML, JUnit): `actual
 * 4.2, n 412` (the base, Check.n, where the figure has one); a --fail-on-drop's `change -14.125,
 * n 412 before and 398 now, a significant fall` (its bases, Check.bases, where it has them; or `…,
 * no significant change for the worse`, the threshold it passed); or why there is no figure to judge
 * — withheld, null in the report (why, `nullReason`: see gateNullReason), or no such figure. The
 * figure to six significant digits (gateFigure); the JSON keeps it exact.
 */
export function gateVerdict(check: Check, nullReason: string | null = null): string {
  const drop = isDrop(check);
  if (check.withheld !== undefined) return `cannot be judged: ${check.withheld}`;
  // The base the figure rests on (a --fail-if's n), that a CI log tells 412 answers from 12.
  const base = check.n === undefined ? '' : `, n ${check.n}`;
  if (check.actual === null) return drop ? 'no such change: the figure is missing on one side or both' : nullReason === null ? 'the report has no such figure' : `null: ${nullReason}${base}`;
  // Not tested: too thinly answered (passes), or another measure on each side (fails: see evaluateDrops),
  // whose remedy is a new baseline, or, where detection read the same columns otherwise, a config.
  if (drop && check.untested !== undefined) return `change ${gateFigure(check.actual)}, not tested: ${check.untested}${check.pass || check.untested.endsWith(PIN_ADVICE) ? '' : '; make a new baseline'}`;
  // A drop that is a rise is that of a CES mean whose higher codes are more effort.
  if (drop) return `change ${gateFigure(check.actual)}${dropBases(check)}, ${check.pass ? 'no significant change for the worse' : `a significant ${check.actual > 0 ? 'rise of effort' : 'fall'}`}`;
  return `actual ${gateFigure(check.actual, thresholdOf(check.expression))}${base}`;
}

/** A --fail-on-drop's bases on the sides that have one: the side as the CSVs name it and as the verdict says it, and the base. */
function knownBases(check: Check): Array<{ figure: string; said: string; n: number }> {
  const [before, now] = check.bases ?? [null, null];
  return [
    { figure: 'baseline n', said: 'before', n: before },
    { figure: 'current n', said: 'now', n: now },
  ].filter((side): side is { figure: string; said: string; n: number } => side.n !== null);
}

/** A --fail-on-drop's bases as its verdict says them: `, n 412 before and 398 now`, a side without one left out; '' without either. */
function dropBases(check: Check): string {
  const sides = knownBases(check).map(({ said, n }) => `${n} ${said}`);
  return sides.length === 0 ? '' : `, n ${sides.join(' and ')}`;
}

/**
 * A gate as both CSVs write it, figure by figure (value, and n where the figure has a base): its
 * figure as `actual` (a --fail-on-drop's `change`) with Check.n; a --fail-on-drop's bases as
 * `baseline n` and `current n`, where each side has one; `result: pass` or `result: fail` of value
 * 1; and `untested: <why>`, `withheld: <why>` or `null: <why>` of value 1 where its check says so.
 */
export function gateFigures(check: Check): Array<{ figure: string; value: number | null; n: number | null }> {
  const why = ([mark, reason]: readonly [string, string | undefined]) => (reason === undefined ? [] : [{ figure: `${mark}: ${reason}`, value: 1, n: null }]);
  return [
    { figure: isDrop(check) ? 'change' : 'actual', value: check.actual, n: check.n ?? null },
    ...knownBases(check).map(({ figure, n }) => ({ figure, value: n, n: null })),
    { figure: `result: ${check.pass ? 'pass' : 'fail'}`, value: 1, n: null },
    ...([['untested', check.untested], ['withheld', check.withheld], ['null', check.nullReason]] as const).flatMap(why),
  ];
}

/** A gate as the Markdown and HTML reports list it: its expression, `pass` or `FAIL`, and its verdict. */
export interface GateLine {
  expression: string;
  result: 'pass' | 'FAIL';
  verdict: string;
}

/** Every gate, passed ones too, in the order given (`nullReason`: see gateNullReason). */
export function gateLines(checks: readonly Check[], nullReason: (check: Check) => string | null): GateLine[] {
  return checks.map((check) => ({ expression: check.expression, result: check.pass ? 'pass' : 'FAIL', verdict: gateVerdict(check, nullReason(check)) }));
}

/** Every gate for a terminal, one line each, passed ones too: `pass  nps < 30  (actual 42)`; nothing without a gate. */
export function gatesText(checks: readonly Check[], nullReason: (check: Check) => string | null, c: ChalkInstance): string {
  if (checks.length === 0) return '';
  const lines = gateLines(checks, nullReason).map((g) => `${g.result === 'pass' ? c.green('pass') : c.red('FAIL')}  ${g.expression}  (${g.verdict})`);
  return `${c.bold('Gates')}\n${lines.join('\n')}`;
}

/** The number a gate's expression ends with (`nps < -30.486`: -30.486; the minus sign − too), or undefined. */
function thresholdOf(expression: string): number | undefined {
  const found = /([-+\u2212]?\d+(?:\.\d+)?)\s*$/u.exec(expression)?.[1];
  return found === undefined ? undefined : Number(found.replace('\u2212', '-'));
}
