import { Chalk, type ChalkInstance } from 'chalk';
import { forTheWorse } from '../analysis/compare-reports.js';
import type { Change, Comparison, ComparisonReport, UntestedChange } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { ARROW, correction } from './breakdown.js';
import { compactTable, compactWidth, fittedTable } from './compact-table.js';
import { DASH, fixed, levelPercent, percent, signed } from './format-number.js';
import { escape, gatesTable, table } from './markdown-cells.js';
import { gateFigures, gatesText, gateVerdict } from './gate-verdict.js';
import type { Check } from '../analysis/gates.js';
import type { RenderOptions } from './render-options.js';

/** Dimension labels by id, for naming figures; an id is shown as itself when it has none. */
export type Labels = Readonly<Record<string, string>>;

/** `dimensions.delivery.score` → "Delivery", `csat.topBox.share` → "CSAT top-2", `nps.score` → "NPS". */
export function figureName(metric: string, labels: Labels): string {
  const dimension = /^dimensions\.([^.]+)\.score$/.exec(metric);
  if (dimension !== null) return labels[dimension[1] as string] ?? (dimension[1] as string);
  return { 'index.score': 'Index', 'csat.topBox.share': 'CSAT top-2', 'nps.score': 'NPS', 'ces.mean': 'CES mean' }[metric] ?? metric;
}

/** A figure in its unit: a share as a percentage, NPS signed, a CES mean to 2 places, a score to 1. */
function value(metric: string, v: number | null | undefined): string {
  if (metric.endsWith('.share')) return percent(v);
  if (metric === 'nps.score') return signed(v);
  return fixed(v, metric === 'ces.mean' ? 2 : 1);
}

/** A change in its unit: percentage points for a share, points otherwise, always signed. */
function change(metric: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return DASH;
  return metric.endsWith('.share') ? `${signed(v * 100)} pp` : signed(v, metric === 'ces.mean' ? 2 : 1);
}

/**
 * The cells every format shows of a change, as plain text; the caller escapes and colours them (red
 * for the worse, see forTheWorse). ▲/▼ say a rise/fall.
 */
export function changeCells(c: Change, labels: Labels): { figure: string; scope: string; baseline: string; current: string; change: string; interval: string; p: string; mark: string } {
  return {
    // A CES mean says which way its effort runs: its ▲ may be for the worse.
    figure: c.worse === undefined ? figureName(c.metric, labels) : `${figureName(c.metric, labels)} (higher = ${c.worse === 'up' ? 'more effort' : 'easier'})`,
    scope: c.scope,
    baseline: value(c.metric, c.baseline),
    current: value(c.metric, c.current),
    change: change(c.metric, c.change),
    interval: c.ci === null ? DASH : `${change(c.metric, c.ci.low)} to ${change(c.metric, c.ci.high)}`,
    p: c.adjustedP < 0.001 ? '< 0.001' : c.adjustedP.toFixed(3),
    mark: c.significant ? ARROW[c.direction] : '',
  };
}

/** The cells of a figure both reports have that was not tested: its values and change, no interval, "not tested" for p. */
export function untestedCells(u: UntestedChange, labels: Labels): { figure: string; scope: string; baseline: string; current: string; change: string; interval: string; p: string } {
  return { figure: figureName(u.metric, labels), scope: u.scope, baseline: value(u.metric, u.baseline), current: value(u.metric, u.current), change: change(u.metric, u.change), interval: DASH, p: NOT_TESTED };
}

const NOT_TESTED = 'not tested';

/** The comparison as terminal sections: the changes, overall then per segment, and the mix/rate split. */
export function comparisonSections(comparison: Comparison, labels: Labels, c: ChalkInstance, width?: number): string[] {
  const level = levelPercent(comparison.confidenceLevel);
  const { baseline, current } = comparison;
  const rows = comparison.changes.map((ch) => {
    const k = changeCells(ch, labels);
    const row = [k.figure, k.scope, k.baseline, k.current, k.change, k.interval, k.p, k.mark];
    return ch.significant ? row.map((cell) => (forTheWorse(ch) ? c.red(cell) : c.green(cell))) : row;
  });
  for (const u of comparison.untested ?? []) {
    const k = untestedCells(u, labels);
    rows.push([k.figure, k.scope, k.baseline, k.current, k.change, k.interval, k.p, ''].map((cell) => c.dim(cell)));
  }
  const table = fittedTable(['Figure', 'Scope', 'Baseline', 'Current', 'Change', `${level} % CI`, 'Adj. p', ''], rows, c, width, [5, 6, 2], { textColumns: 2 });
  const heading = `${c.bold('Against the baseline')} ${baseline.source} (${baseline.respondents} → ${current.respondents} respondents)`;
  const sections = [`${heading}\n${table}\n▲/▼: significant rise/fall (${correction(comparison)})`];
  if (comparison.decomposition.length > 0) {
    const split = compactTable(['Figure', 'Change', 'Mix', 'Rate', 'Largest part'], c, { textColumns: 1 });
    for (const d of comparison.decomposition) {
      const largest = [...d.segments].flatMap((s) => [{ what: `${s.value} rate`, v: s.rate }, { what: `${s.value} mix`, v: s.mix }]).sort((a, b) => Math.abs(b.v) - Math.abs(a.v))[0];
      split.push([figureName(d.metric, labels), change(d.metric, d.total), change(d.metric, d.mix), change(d.metric, d.rate), largest === undefined ? DASH : `${largest.what} ${change(d.metric, largest.v)}`]);
    }
    sections.push(`${c.bold(`Change split by ${comparison.segmentColumn}`)}: mix (segment sizes moved) + rate (figures within segments moved)\n${split.toString()}`);
  }
  if (comparison.notes.length > 0) sections.push(comparison.notes.map((n) => c.yellow(`! ${n}`)).join('\n'));
  return sections;
}

/** The comparison as GitHub-flavoured Markdown sections. */
export function comparisonMarkdown(comparison: Comparison, labels: Labels): string[] {
  const level = levelPercent(comparison.confidenceLevel);
  const { baseline, current } = comparison;
  const rows = comparison.changes.map((ch) => {
    const k = changeCells(ch, labels);
    return [escape(k.figure), escape(k.scope), k.baseline, k.current, ch.significant ? `${k.change} ${k.mark}` : k.change, k.interval, k.p];
  });
  for (const u of comparison.untested ?? []) {
    const k = untestedCells(u, labels);
    rows.push([escape(k.figure), escape(k.scope), k.baseline, k.current, k.change, k.interval, k.p]);
  }
  const parts = [
    `### Against the baseline ${escape(baseline.source)} (${baseline.respondents} → ${current.respondents} respondents)`,
    table(['Figure', 'Scope', 'Baseline', 'Current', 'Change', `${level} % CI`, 'Adj. p'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right']),
    `▲/▼: significant rise/fall (${correction(comparison)})`,
  ];
  if (comparison.decomposition.length > 0) {
    parts.push(
      `### Change split by ${escape(comparison.segmentColumn ?? '')}: mix and rate`,
      table(['Figure', 'Change', 'Mix', 'Rate'], comparison.decomposition.map((d) => [escape(figureName(d.metric, labels)), change(d.metric, d.total), change(d.metric, d.mix), change(d.metric, d.rate)]), ['left', 'right', 'right', 'right']),
    );
  }
  if (comparison.notes.length > 0) parts.push(comparison.notes.map((n) => `> ${escape(n)}`).join('\n>\n'));
  return parts;
}

/** `satisfy compare` for a terminal: the comparison, then every gate with its verdict. */
export function renderComparisonTable(data: ComparisonReport, names: Labels, options: RenderOptions): string {
  const [report, labels] = [inertData(data, 'space'), inertData(names, 'space')];
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const gates = gatesText(report.checks, () => null, c);
  return `${[...comparisonSections(report, labels, c, compactWidth(options.width)), ...(gates === '' ? [] : [gates])].join('\n\n')}\n`;
}

/** `satisfy compare --format markdown`. */
export function renderComparisonMarkdown(data: ComparisonReport, names: Labels): string {
  const [report, labels] = [inertData(data, 'space'), inertData(names, 'space')];
  const failed = report.checks.filter((check) => !check.pass).map((check) => `> **Gate failed:** \`${check.expression}\` — ${escape(gateVerdict(check))}`);
  return `${['## Customer satisfaction: comparison', ...(failed.length > 0 ? [failed.join('\n>\n')] : []), ...comparisonMarkdown(report, labels), ...gatesTable(report.checks, () => null)].join('\n\n')}\n`;
}

/**
 * `satisfy compare --format csv`: tidy long rows, `scope, metric, figure, value, low, high`, one per
 * figure of each change (baseline, current, change with its interval, p, adjustedP) and of each
 * mix/rate split (total, mix, rate overall; mix and rate per segment, scope `<column>=<value>`);
 * then each --fail-on-drop (`checks`), metric `gate: fail-on-drop <path>`, figure by figure as the
 * report's CSV writes its gates (gateFigures).
 */
export function comparisonCsvRows(comparison: Comparison, checks: readonly Check[] = []): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [['scope', 'metric', 'figure', 'value', 'low', 'high']];
  for (const ch of comparison.changes) {
    rows.push([ch.scope, ch.metric, 'baseline', ch.baseline, null, null], [ch.scope, ch.metric, 'current', ch.current, null, null], [ch.scope, ch.metric, 'change', ch.change, ch.ci?.low ?? null, ch.ci?.high ?? null], [ch.scope, ch.metric, 'p', ch.p, null, null], [ch.scope, ch.metric, 'adjustedP', ch.adjustedP, null, null]);
  }
  for (const u of comparison.untested ?? []) rows.push([u.scope, u.metric, 'baseline', u.baseline, null, null], [u.scope, u.metric, 'current', u.current, null, null], [u.scope, u.metric, 'change', u.change, null, null]);
  for (const d of comparison.decomposition) {
    rows.push(['overall', d.metric, 'total', d.total, null, null], ['overall', d.metric, 'mix', d.mix, null, null], ['overall', d.metric, 'rate', d.rate, null, null]);
    for (const s of d.segments) rows.push([`${d.column}=${s.value}`, d.metric, 'mix', s.mix, null, null], [`${d.column}=${s.value}`, d.metric, 'rate', s.rate, null, null]);
  }
  // Each --fail-on-drop last, as the report's CSV writes its gates: the change, pass or fail, and why untested, withheld or missing.
  for (const check of checks) for (const { figure, value } of gateFigures(check)) rows.push(['overall', `gate: ${check.expression}`, figure, value, null, null]);
  return rows;
}
