import type { TopLevelSpec } from 'vega-lite';
import type { ImpactGroup, Report } from '../analysis/report.js';
import { breakdownFigures, dimensionLabels } from './breakdown.js';
import { driverReadingWithheld, driverWarnings } from './drivers.js';

/**
 * The Vega-Lite specifications of the charts of the HTML report, each from the report's figures
 * alone. Data is inline, so rendering fetches nothing. Every chart is optional: a report without
 * the figures it needs has no such chart.
 */
export interface Chart {
  title: string;
  spec: TopLevelSpec;
  /** A line under the chart: what it leaves out, and why. */
  note?: string;
}

const WIDTH = 520;
const FONT = { font: 'system-ui, sans-serif', labelFont: 'system-ui, sans-serif', titleFont: 'system-ui, sans-serif' };
const CONFIG = { view: { stroke: null }, axis: { ...FONT, labelFontSize: 12, titleFontSize: 12 }, legend: { ...FONT, labelFontSize: 12, titleFontSize: 12 }, text: { font: FONT.font }, background: 'white' };

export function charts(report: Report): Chart[] {
  return [dimensionScores(report), distributions(report), npsBreakdown(report), trends(report), drivers(report), statedImportance(report), commentThemes(report)].filter((c): c is Chart => c !== null);
}

/** Each dimension's score and the index, as bars with their confidence intervals. */
function dimensionScores(report: Report): Chart | null {
  const rows = [
    ...(report.index === null ? [] : [{ figure: 'Index', score: report.index.score, low: report.index.ci?.low ?? null, high: report.index.ci?.high ?? null }]),
    ...Object.values(report.dimensions).map((d) => ({ figure: d.label, score: d.score, low: d.ci?.low ?? null, high: d.ci?.high ?? null })),
  ].filter((r) => r.score !== null);
  if (rows.length === 0) return null;
  const y = { field: 'figure', type: 'nominal' as const, sort: null, title: null };
  return {
    title: `Scores (0-100) with ${Math.round(report.method.confidenceLevel * 1000) / 10} % intervals`,
    spec: {
      width: WIDTH,
      height: { step: 28 },
      config: CONFIG,
      data: { values: rows },
      layer: [
        { mark: { type: 'bar', color: '#4c78a8', height: 16 }, encoding: { y, x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'score' } } },
        { mark: { type: 'rule', color: '#222', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { y, x: { field: 'high', type: 'quantitative' }, text: { field: 'score', type: 'quantitative', format: '.1f' } } },
      ],
    },
  };
}

// A report without dimensions, CSAT or CES shows the answers of its first rated items instead.
const ITEMS_SHOWN = 12;

/**
 * The answers of each dimension (pooled), CSAT and CES — or, when the report has none of them, of
 * its rated items — as stacked bars from the bottom of the scale (red) to the top (green).
 */
function distributions(report: Report): Chart | null {
  const headline = [...Object.values(report.dimensions).map((d) => ({ name: d.label, distribution: d.distribution })), ...[report.csat, report.ces].filter((i) => i !== null).map((i) => ({ name: i.role === 'csat' ? 'CSAT' : 'CES', distribution: i.distribution }))];
  const items = report.items.slice(0, ITEMS_SHOWN).map((i) => ({ name: i.column.length > 40 ? `${i.column.slice(0, 39)}…` : i.column, distribution: i.distribution }));
  const sources = headline.some((h) => h.distribution !== null && h.distribution.length >= 2) ? headline : items;
  const rows = sources.flatMap(({ name, distribution }) => {
    if (distribution === null || distribution.length < 2) return [];
    const values = distribution.map((e) => e.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    return distribution.map((e, order) => ({ row: name, label: e.label, share: e.share, order, position: (e.value - min) / (max - min) }));
  });
  if (rows.length === 0) return null;
  return {
    title: 'Answers, from the bottom of each scale (red) to the top (green)',
    spec: {
      width: WIDTH,
      height: { step: 30 },
      config: CONFIG,
      data: { values: rows },
      encoding: { y: { field: 'row', type: 'nominal', sort: null, title: null }, x: { field: 'share', type: 'quantitative', stack: 'zero', axis: { format: '.0%' }, title: 'share of answers' }, order: { field: 'order', type: 'quantitative' } },
      layer: [
        { mark: { type: 'bar', height: 20, stroke: 'white', strokeWidth: 1 }, encoding: { color: { field: 'position', type: 'quantitative', scale: { scheme: 'redyellowgreen', domain: [0, 1] }, legend: null } } },
        {
          transform: [{ filter: 'datum.share >= 0.08' }],
          mark: { type: 'text', fontSize: 11 },
          // Dark text on the pale middle of the scheme, white on its dark ends.
          encoding: { x: { field: 'share', type: 'quantitative', stack: 'zero', bandPosition: 0.5 }, text: { field: 'share', type: 'quantitative', format: '.0%' }, color: { condition: { test: 'datum.position <= 0.15 || datum.position >= 0.85', value: 'white' }, value: '#111' } },
        },
      ],
    },
  };
}

/** Detractors, passives and promoters as one stacked bar. */
function npsBreakdown(report: Report): Chart | null {
  const { nps } = report;
  if (nps === null) return null;
  const groups = [
    { group: 'Detractors (0-6)', share: nps.detractors.share, order: 0 },
    { group: 'Passives (7-8)', share: nps.passives.share, order: 1 },
    { group: 'Promoters (9-10)', share: nps.promoters.share, order: 2 },
  ];
  return {
    title: `NPS ${nps.score >= 0 ? '+' : '−'}${Math.abs(nps.score).toFixed(1)}: promoters − detractors`,
    spec: {
      width: WIDTH,
      height: 40,
      config: CONFIG,
      data: { values: groups },
      encoding: { x: { field: 'share', type: 'quantitative', stack: 'zero', axis: { format: '.0%' }, title: 'share of answers' }, order: { field: 'order', type: 'quantitative' } },
      layer: [
        { mark: { type: 'bar', height: 28 }, encoding: { color: { field: 'group', type: 'nominal', sort: null, scale: { domain: groups.map((g) => g.group), range: ['#d62728', '#bbbbbb', '#2ca02c'] }, legend: { orient: 'bottom', title: null } } } },
        { transform: [{ filter: 'datum.share >= 0.06' }], mark: { type: 'text', color: 'white', fontWeight: 'bold' }, encoding: { x: { field: 'share', type: 'quantitative', stack: 'zero', bandPosition: 0.5 }, text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
    },
  };
}

/** Each figure of the period table over the periods: scores and the CSAT share on 0-100, NPS on its own axis. */
function trends(report: Report): Chart | null {
  if (report.periods.length < 2) return null;
  const figures = breakdownFigures(report, report.periods);
  const rows = report.periods.flatMap((p) =>
    figures.flatMap((f) => {
      const v = f.value(p);
      if (typeof v !== 'number') return [];
      return [{ period: p.period, figure: f.label, value: f.metric === 'csat.topBox.share' ? v * 100 : v, nps: f.metric === 'nps.score' ? 'NPS (points)' : 'Scores and CSAT % (0-100)' }];
    }),
  );
  const line = (panel: string) => ({
    transform: [{ filter: { field: 'nps', equal: panel } }],
    mark: { type: 'line' as const, point: true },
    encoding: { x: { field: 'period', type: 'ordinal' as const, sort: null, title: null }, y: { field: 'value', type: 'quantitative' as const, title: panel, scale: { zero: false } }, color: { field: 'figure', type: 'nominal' as const, sort: null, legend: { title: null } } },
  });
  const panels = ['Scores and CSAT % (0-100)', 'NPS (points)'].filter((panel) => rows.some((r) => r.nps === panel));
  // No figure in any period (a report of comments alone): nothing to draw.
  if (panels.length === 0) return null;
  return {
    title: `By ${report.periodization?.period ?? 'period'}`,
    spec: { config: CONFIG, data: { values: rows }, vconcat: panels.map((panel) => ({ width: WIDTH, height: 160, ...line(panel) })) },
  };
}

/** Key drivers: importance (relative weight) against performance (score), with the lines that split the quadrants. */
function drivers(report: Report): Chart | null {
  const { drivers } = report;
  if (drivers === null) return null;
  const labels = dimensionLabels(report);
  const entries = Object.entries(drivers.dimensions);
  const rows = entries.map(([id, d]) => ({ dimension: labels[id] ?? id, weight: d.weight, score: d.score, reading: d.reading }));
  // Withheld (a base under --min-base): no colours of a reading and no lines that split the quadrants.
  const withheld = driverReadingWithheld(drivers);
  const warnings = driverWarnings(drivers, labels);
  const meanScore = rows.reduce((s, r) => s + r.score, 0) / rows.length;
  const x = { field: 'weight', type: 'quantitative' as const, axis: { format: '.0%' }, title: 'importance: share of R²', scale: { domain: [0, Math.min(1, Math.max(1 / rows.length, ...rows.map((r) => r.weight)) * 1.15)] } };
  // At least 20 points tall, so that scores a point apart do not look worlds apart.
  const [lowest, highest] = [Math.min(...rows.map((r) => r.score)), Math.max(...rows.map((r) => r.score))];
  const y = { field: 'score', type: 'quantitative' as const, title: 'performance: score (0-100)', scale: { domain: [Math.max(0, Math.min(lowest - 5, (lowest + highest) / 2 - 10)), Math.min(100, Math.max(highest + 5, (lowest + highest) / 2 + 10))] } };
  const points = withheld === null
    ? { data: { values: rows }, mark: { type: 'point' as const, filled: true, size: 90 }, encoding: { x, y, color: { field: 'reading', type: 'nominal' as const, scale: { domain: ['fix first', 'keep', 'maintain', 'monitor'], range: ['#d62728', '#2ca02c', '#4c78a8', '#999999'] }, legend: { title: null } } } }
    : { data: { values: rows }, mark: { type: 'point' as const, filled: true, size: 90, color: '#999999' }, encoding: { x, y } };
  const quadrants = withheld === null
    ? [
        { data: { values: [{ weight: 1 / rows.length }] }, mark: { type: 'rule' as const, strokeDash: [4, 4], color: '#888' }, encoding: { x: { field: 'weight', type: 'quantitative' as const } } },
        { data: { values: [{ score: meanScore }] }, mark: { type: 'rule' as const, strokeDash: [4, 4], color: '#888' }, encoding: { y: { field: 'score', type: 'quantitative' as const } } },
      ]
    : [];
  return {
    title: `Key drivers of ${drivers.outcome}: importance against performance`,
    spec: {
      width: WIDTH,
      height: 260,
      config: CONFIG,
      layer: [points, { data: { values: rows }, mark: { type: 'text', align: 'left', dx: 8, fontSize: 12 }, encoding: { x, y, text: { field: 'dimension', type: 'nominal' } } }, ...quadrants],
    },
    ...(withheld === null && warnings.length === 0 ? {} : { note: [...(withheld === null ? [] : [withheld]), ...warnings].join(' ') }),
  };
}

const QUADRANTS = ['concentrate here', 'keep up', 'possible overkill', 'low priority'];

/**
 * Stated importance against satisfaction: each pair as a point, coloured by its quadrant, with the
 * lines at the means of the pairs that split the quadrants. Needs the split (two pairs or more).
 */
function statedImportance(report: Report): Chart | null {
  const { importance } = report;
  if (importance === null || importance.split === null) return null;
  const rows = importance.pairs.flatMap((p) => (p.importance === null || p.satisfaction === null ? [] : [{ item: p.satisfactionColumn.length > 32 ? `${p.satisfactionColumn.slice(0, 31)}…` : p.satisfactionColumn, importance: p.importance, satisfaction: p.satisfaction, quadrant: p.quadrant }]));
  const domain = (values: number[], split: number) => {
    const [lowest, highest] = [Math.min(split, ...values), Math.max(split, ...values)];
    return [Math.max(0, Math.min(lowest - 5, split - 10)), Math.min(100, Math.max(highest + 5, split + 10))];
  };
  const x = { field: 'importance', type: 'quantitative' as const, title: 'stated importance (0-100)', scale: { domain: domain(rows.map((r) => r.importance), importance.split.importance) } };
  const y = { field: 'satisfaction', type: 'quantitative' as const, title: 'satisfaction (0-100)', scale: { domain: domain(rows.map((r) => r.satisfaction), importance.split.satisfaction) } };
  return {
    title: 'Stated importance against satisfaction',
    spec: {
      width: WIDTH,
      height: 300,
      config: CONFIG,
      layer: [
        { data: { values: rows }, mark: { type: 'point', filled: true, size: 90 }, encoding: { x, y, color: { field: 'quadrant', type: 'nominal', scale: { domain: QUADRANTS, range: ['#d62728', '#2ca02c', '#4c78a8', '#999999'] }, legend: { title: null, labelLimit: 200 } } } },
        { data: { values: rows }, mark: { type: 'text', align: 'left', dx: 8, fontSize: 12 }, encoding: { x, y, text: { field: 'item', type: 'nominal' } } },
        { data: { values: [{ importance: importance.split.importance }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888' }, encoding: { x: { field: 'importance', type: 'quantitative' } } },
        { data: { values: [{ satisfaction: importance.split.satisfaction }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888' }, encoding: { y: { field: 'satisfaction', type: 'quantitative' } } },
      ],
    },
  };
}

// The figure the theme chart shows the impact on: the first the report has.
const IMPACT_FIGURES = [
  { metric: 'nps.score', name: 'NPS', axis: 'NPS', of: (g: ImpactGroup) => g.nps, scale: 1 },
  { metric: 'csat.topBox.share', name: 'CSAT', axis: 'CSAT top-box share, points', of: (g: ImpactGroup) => g.csat, scale: 100 },
  { metric: 'index.score', name: 'index', axis: 'index', of: (g: ImpactGroup) => g.index, scale: 1 },
] as const;
const IMPACT_READINGS = ['lower, significant', 'higher, significant', 'not significant', 'not tested'];

/**
 * What the comments talk about against what it does to the ratings: each theme of each free-text
 * column that comments mention, at its share of the column's comments and the difference in NPS
 * (else CSAT, else the index) between those who mention it and the others, coloured by its test.
 */
function commentThemes(report: Report): Chart | null {
  const columns = report.comments?.columns ?? [];
  const figure = IMPACT_FIGURES.find((f) => columns.some((c) => (c.themes ?? []).some((t) => t.impact !== undefined && f.of(t.impact.mentioned) !== null && f.of(t.impact.others) !== null)));
  if (figure === undefined) return null;
  const rows = columns.flatMap((c) =>
    (c.themes ?? []).flatMap((t) => {
      const impact = t.impact;
      const [mentioned, others] = impact === undefined ? [null, null] : [figure.of(impact.mentioned), figure.of(impact.others)];
      if (t.comments === 0 || t.share === null || impact === undefined || mentioned === null || others === null) return [];
      const test = impact.tests.find((x) => x.metric === figure.metric);
      const reading = test === undefined ? 'not tested' : !test.significant ? 'not significant' : test.direction === 'down' ? 'lower, significant' : 'higher, significant';
      return [{ theme: columns.length > 1 ? `${t.theme} (${c.column.length > 24 ? `${c.column.slice(0, 23)}…` : c.column})` : t.theme, share: t.share, difference: (mentioned - others) * figure.scale, reading }];
    }),
  );
  if (rows.length === 0) return null;
  const x = { field: 'share', type: 'quantitative' as const, axis: { format: '.0%' }, title: "share of the column's comments", scale: { domain: [0, Math.min(1, Math.max(...rows.map((r) => r.share)) * 1.15)] } };
  const y = { field: 'difference', type: 'quantitative' as const, title: `${figure.axis}: those who mention it − the others` };
  return {
    title: `What the comments talk about, against its ${figure.name}`,
    spec: {
      width: WIDTH,
      height: 280,
      config: CONFIG,
      layer: [
        { data: { values: [{ difference: 0 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: '#888' }, encoding: { y: { field: 'difference', type: 'quantitative' } } },
        { data: { values: rows }, mark: { type: 'point', filled: true, size: 90 }, encoding: { x, y, color: { field: 'reading', type: 'nominal', scale: { domain: IMPACT_READINGS, range: ['#d62728', '#2ca02c', '#4c78a8', '#bbbbbb'] }, legend: { title: null } } } },
        { data: { values: rows }, mark: { type: 'text', align: 'left', dx: 8, fontSize: 12 }, encoding: { x, y, text: { field: 'theme', type: 'nominal' } } },
      ],
    },
  };
}
