import { forTheWorse } from '../analysis/compare-reports.js';
import type { Change, Report, SegmentTest } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { ARROW, arrowsLegend, breakdownFigures, dimensionLabels, figureText, nothingBrokenDown, periodsLowBase, significantTest, untestedFiguresNote, type Group } from './breakdown.js';
import { ATTENTION_HEAD, ATTENTION_TITLE, attentionNote, attentionRows } from './attention.js';
import { CHOICES_TITLE, choicesNote, choiceRows, RANKINGS_NOTE, RANKINGS_TITLE, rankingRows } from './choices.js';
import { changeCells, untestedCells } from './comparison.js';
import { commentThemesHead, commentThemesNote, COMMENT_THEMES_TITLE, commentBreakdowns, commentRows, COMMENTS_HEAD, COMMENTS_NOTE, COMMENTS_TITLE, commentsCount, commentThemeCells, commentThemeRows, commentTones, commentWords, themeImpactShown, TONE_MARKS, verbatimLines, VERBATIMS_NOTE, VERBATIMS_TITLE } from './comments.js';
import { boxPercent, DASH, fixed, levelPercent, percent, range, signed } from './format-number.js';
import { charts } from './html-charts.js';
import { IMPORTANCE_TITLE, importanceHead, importanceNote, importanceRows } from './importance.js';
import { againstItselfLine, againstItselfMark, boxesAsideLines, excludedNonBlank, exclusionLines, indexWithout } from './words.js';
import { complaintLines, effortLine, type HeadlineLine, missingHeadlines, weightLine } from './headline.js';
import { ITEMS_HEAD, ITEMS_TITLE, itemRows, itemsNotes } from './items.js';
import { gateNullReason } from '../analysis/gates.js';
import { gateLines, gateVerdict } from './gate-verdict.js';

/**
 * The report as one self-contained HTML page: headline figures, charts drawn with Vega-Lite and
 * rendered to SVG here (nothing is loaded when the page is opened, and its Content-Security-Policy
 * forbids it, scripts included), and the tables of the terminal report. Every text from the data
 * is escaped, its control characters written out (`\x1b`) before the charts are drawn; Vega
 * escapes the text it draws.
 */
export async function renderHtml(data: Report): Promise<string> {
  const report = inertData(data, 'keep');
  // Vega is loaded only for this format: the others need not pay for it.
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const svgs = await Promise.all(
    charts(report).map(async ({ title, spec, note }) => {
      const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
      const svg = await view.toSVG();
      view.finalize();
      return `<figure><figcaption>${escapeHtml(title)}</figcaption>${svg}${note === undefined ? '' : `<p class="small">${escapeHtml(note)}</p>`}</figure>`;
    }),
  );
  const files = report.input.files;
  const source = files.length === 1 ? (files[0]?.path ?? '') : `${files.length} files`;
  const body = [
    `<h1>Customer satisfaction <small>${escapeHtml(source)}</small></h1>`,
    failedGates(report),
    headline(report),
    ...svgs,
    dimensionTable(report),
    segmentTable(report),
    periodTable(report),
    comparisonTable(report),
    importanceTable(report),
    itemTable(report),
    choicesTable(report),
    rankingsTable(report),
    commentsTable(report),
    attentionTable(report),
    exclusions(report),
    gatesTable(report),
  ].filter((part) => part !== '');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="satisfy">
<title>satisfy report · ${escapeHtml(source)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;color:#1b1b1b;max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 1rem}h1 small{font-weight:normal;color:#666;font-size:.9rem;margin-left:.5rem}
h2{font-size:1.1rem;margin:2rem 0 .5rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem;min-width:8rem;max-width:16rem}
.card span{display:block}
.card b{display:block;font-size:1.5rem}.card span{color:#666;font-size:.85rem}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child,td.text,th.text{text-align:left}
.up{color:#1a7f37}.down{color:#c62828}.fail{background:#fdecea;border-left:4px solid #c62828;padding:.5rem .8rem}
.note{color:#8a6d00}p.small{color:#666;font-size:.85rem}
ul.headline{list-style:none;padding:0;margin:.5rem 0}
`;

/** Text from the data, safe in HTML text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/** A table whose cells are already HTML; the first `textColumns` columns are left-aligned text. */
function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, textColumns = 1): string {
  const cell = (tag: 'th' | 'td', html: string, i: number) => `<${tag}${i < textColumns ? ' class="text"' : ''}>${html}</${tag}>`;
  return `<table><thead><tr>${head.map((h, i) => cell('th', escapeHtml(h), i)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table>`;
}

function failedGates(report: Report): string {
  const failed = report.checks.filter((c) => !c.pass);
  if (failed.length === 0) return '';
  return failed.map((c) => `<p class="fail"><b>Gate failed:</b> <code>${escapeHtml(c.expression)}</code> — ${escapeHtml(gateVerdict(c, gateNullReason(c, report)))}</p>`).join('\n');
}

/** Every gate with its verdict, passed ones too, as the terminal lists them; the failed ones are also at the top. */
function gatesTable(report: Report): string {
  if (report.checks.length === 0) return '';
  const rows = gateLines(report.checks, (check) => gateNullReason(check, report)).map((g) => [`<code>${escapeHtml(g.expression)}</code>`, g.result === 'pass' ? 'pass' : '<b class="down">FAIL</b>', escapeHtml(g.verdict)]);
  return `<h2>Gates</h2>${table(['Gate', 'Result', 'Figure'], rows, 3)}`;
}

function headline(report: Report): string {
  const level = levelPercent(report.method.confidenceLevel);
  const card = (label: string, value: string, detail: string) => `<div class="card"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b><span>${escapeHtml(detail)}</span></div>`;
  const { csat, nps, index } = report;
  const complaints = report.dimensions.complaints;
  const incidence = complaints?.incidence;
  const resolution = complaints?.resolution;
  const plain = { strong: (text: string) => text, data: (text: string) => text };
  const weighted = weightLine(report, plain);
  const cards = [
    card('Respondents', String(report.respondents), weighted === null ? 'unweighted' : `${weighted.label} ${weighted.text}`),
    csat === null ? '' : card('CSAT (top-2)', percent(csat.topBox?.share), `${level} % CI ${range(csat.topBox?.ci, (v) => (v * 100).toFixed(1))} %`),
    nps === null ? '' : card(nps.label ?? 'NPS', signed(nps.score), `${level} % CI ${range(nps.ci, (v) => signed(v), ' to ')}`),
    index === null ? '' : card('Index', fixed(index.score, 1), `${level} % CI ${range(index.ci, (v) => v.toFixed(1))}${indexWithout(report) === null ? '' : `, ${indexWithout(report) ?? ''}`}`),
    incidence === undefined || incidence === null ? '' : card('Had a problem', percent(incidence.share), `${level} % CI ${range(incidence.ci, (v) => (v * 100).toFixed(1))} %, n ${incidence.n}`),
    resolution === undefined || resolution === null ? '' : card('Handling (of 100)', fixed(resolution.score, 1), `among those who had a problem, ${level} % CI ${range(resolution.ci, (v) => v.toFixed(1))}, n ${resolution.n}`),
  ];
  // The headline lines of the terminal that no card holds: why CSAT, NPS or the index is missing, the effort question, why the handling is, what the problems were.
  const missing = missingHeadlines(report, plain);
  const carded = new Set(['Problems', ...(resolution === undefined || resolution === null ? [] : ['Handling'])]);
  const lines = [missing.csat, missing.nps, effortLine(report, level, plain), missing.index, ...complaintLines(report, level, plain).filter((line) => !carded.has(line.label))].filter((line): line is HeadlineLine => line !== null);
  const list = lines.length === 0 ? '' : `<ul class="headline">${lines.map(({ label, text }) => `<li><b>${escapeHtml(label)}</b> ${escapeHtml(text)}</li>`).join('')}</ul>`;
  return `<div class="cards">${cards.join('')}</div>${list}`;
}

function dimensionTable(report: Report): string {
  const dimensions = Object.values(report.dimensions);
  if (dimensions.length === 0) return '';
  const level = levelPercent(report.method.confidenceLevel);
  const rows = dimensions.map((d) => [escapeHtml(d.label), String(d.items.length), String(d.n), `${fixed(d.score, 1)}${againstItselfMark(d)}`, range(d.ci, (v) => v.toFixed(1)), boxPercent(d.topBox), boxPercent(d.bottomBox), d.alpha === null ? DASH : d.alpha.raw.toFixed(2), String(excludedNonBlank(d.missing))]);
  const mixed = againstItselfLine(report);
  const aside = [...(mixed === null ? [] : [`<p class="note">${escapeHtml(mixed)}</p>`]), ...boxesAsideLines(report).map((line) => `<p class="small">${escapeHtml(line)}</p>`)].join('');
  return `<h2>Dimensions</h2>${table(['Dimension', 'Items', 'n', 'Score', `${level} % CI`, 'Top-2', 'Bottom-2', 'Alpha', 'N/A, invalid'], rows)}${aside}`;
}

/** A figure with ▲ or ▼ when its test is significant. */
function marked(tests: readonly SegmentTest[], metric: string, text: string): string {
  const test = significantTest(tests, metric);
  if (test === undefined) return escapeHtml(text);
  return `<span class="${test.direction}">${escapeHtml(text)} ${ARROW[test.direction]}</span>`;
}

function breakdown(report: Report, groups: ReadonlyArray<Group & { name: string; respondents: number; tests: readonly SegmentTest[]; lowBase?: boolean; first?: boolean }>, first: string): string {
  const figures = breakdownFigures(report, groups);
  // A figure shown and not tested, in a group that is, is marked as such a group is; a first period never (see figureText).
  return table(
    [first, 'n', ...figures.map((f) => f.label)],
    groups.map((g) => [escapeHtml(g.name), String(g.respondents), ...figures.map((f) => marked(g.tests, f.metric, figureText(f, [g, g.first === true ? null : g.tests])))]),
  );
}

function segmentTable(report: Report): string {
  const { segmentation, segments } = report;
  if (segmentation === null || segments.length === 0) return '';
  const groups = segments.map((s) => ({ ...s, name: s.lowBase ? `${s.value} *` : s.value }));
  const figures = breakdownFigures(report, segments);
  const lowBase = `${segments.some((s) => s.lowBase) ? `; * base under ${segmentation.minBase}: not tested` : ''}${untestedFiguresNote(segmentation.minBase, figures, segments.map((s) => [s, s.tests]))}`;
  return `<h2>By ${escapeHtml(segments[0]?.column ?? '')}</h2>${breakdown(report, groups, 'Segment')}<p class="small">${escapeHtml(arrowsLegend(figures, 'the rest of the sample', segmentation))}${escapeHtml(lowBase)}${escapeHtml(nothingBrokenDown(report, figures))}</p>`;
}

function periodTable(report: Report): string {
  const { periodization, periods } = report;
  if (periodization === null || periods.length === 0) return '';
  const groups = periods.map((p, i) => ({ ...p, name: p.lowBase === true ? `${p.period} *` : p.period, tests: p.changes, first: i === 0 }));
  const figures = breakdownFigures(report, periods);
  const untested = untestedFiguresNote(periodization.minBase, figures, groups.map((g) => [g, g.first ? null : g.tests]));
  return `<h2>By ${escapeHtml(periodization.period)} of ${escapeHtml(periodization.column)}</h2>${breakdown(report, groups, 'Period')}<p class="small">${escapeHtml(arrowsLegend(figures, 'the period before', periodization))}${escapeHtml(periodsLowBase(report))}${escapeHtml(untested)}${escapeHtml(nothingBrokenDown(report, figures))}</p>`;
}

function comparisonTable(report: Report): string {
  const { comparison } = report;
  if (comparison === null) return '';
  const labels = dimensionLabels(report);
  const row = (c: Change) => {
    const k = changeCells(c, labels);
    return [k.figure, k.scope, k.baseline, k.current, k.change, k.interval, k.p].map(escapeHtml).map((cell, i) => (i === 4 && c.significant ? `<span class="${forTheWorse(c) ? 'down' : 'up'}">${cell} ${k.mark}</span>` : cell));
  };
  const untested = (comparison.untested ?? []).map((u) => {
    const k = untestedCells(u, labels);
    return [k.figure, k.scope, k.baseline, k.current, k.change, k.interval, k.p].map(escapeHtml);
  });
  return `<h2>Against the baseline ${escapeHtml(comparison.baseline.source)}</h2>${table(['Figure', 'Scope', 'Baseline', 'Current', 'Change', `${levelPercent(comparison.confidenceLevel)} % CI`, 'Adj. p'], [...comparison.changes.map(row), ...untested], 2)}`;
}

function importanceTable(report: Report): string {
  const { importance } = report;
  if (importance === null) return '';
  const rows = importanceRows(report).map((r) => [r.item, r.importanceColumn, r.n, r.importance, r.satisfaction, r.gap, r.ci, r.quadrant, r.driverWeight].map(escapeHtml));
  return `<h2>${IMPORTANCE_TITLE}</h2>${table(importanceHead(levelPercent(report.method.confidenceLevel)), rows, 2)}<p class="small">${escapeHtml(importanceNote(importance))}</p>`;
}

function itemTable(report: Report): string {
  if (report.items.length === 0) return '';
  const rows = itemRows(report).map((r) => [r.column, r.dimension, r.scale, r.n, r.mean, r.score, r.topBox, r.bottomBox].map(escapeHtml));
  const notes = itemsNotes(report).map((note) => `<p class="small">${escapeHtml(note)}</p>`);
  return `<h2>${ITEMS_TITLE}</h2>${table(ITEMS_HEAD, rows, 2)}${notes.join('')}`;
}

function choicesTable(report: Report): string {
  const rows = choiceRows(report).map((r) => [escapeHtml(r.question), escapeHtml(r.option), r.base, r.count, r.share]);
  if (rows.length === 0) return '';
  return `<h2>${CHOICES_TITLE}</h2>${table(['Question', 'Option', 'Base', 'Count', 'Share'], rows, 2)}<p class="small">${escapeHtml(choicesNote(report))}</p>`;
}

function rankingsTable(report: Report): string {
  const rows = rankingRows(report).map((r) => [escapeHtml(r.question), escapeHtml(r.option), r.respondents, r.n, r.meanRank, r.firstChoice]);
  if (rows.length === 0) return '';
  return `<h2>${RANKINGS_TITLE}</h2>${table(['Question', 'Option', 'Base', 'n', 'Mean rank', 'First choice'], rows, 2)}<p class="small">${escapeHtml(RANKINGS_NOTE)}</p>`;
}

function commentsTable(report: Report): string {
  const { comments } = report;
  if (comments === null || comments.columns.length === 0) return '';
  const rows = commentRows(comments).map((r) => [r.column, r.kind, r.comments, r.share, r.meanLength, r.languages, r.excluded].map(escapeHtml));
  const parts = [`<h2>${COMMENTS_TITLE} <small>${escapeHtml(commentsCount(comments))}</small></h2>${table(COMMENTS_HEAD, rows, 2)}<p class="small">${escapeHtml(COMMENTS_NOTE)}</p>`];
  const impact = themeImpactShown(report);
  const themes = commentThemeRows(comments).map((r) => commentThemeCells(r, impact).map(escapeHtml));
  if (themes.length > 0) {
    const tones = comments.columns.map((col) => `<li>${escapeHtml(`${col.column}: ${commentTones(col)}`)}</li>`).join('');
    parts.push(`<h2>${COMMENT_THEMES_TITLE}</h2>${table(commentThemesHead(impact), themes, 2)}<ul class="small">${tones}</ul><p class="small">${escapeHtml(commentThemesNote(comments, impact))}</p>`);
  }
  const verbatims = verbatimLines(comments);
  if (verbatims.length > 0) {
    const items = verbatims.map((v, i) => {
      const before = verbatims[i - 1];
      const heading = before?.column !== v.column ? `<h3>${escapeHtml(v.column)}</h3>` : '';
      return `${heading}<blockquote class="verbatim"><small>${escapeHtml(v.theme)} ${escapeHtml(TONE_MARKS[v.tone])}</small> ${escapeHtml(v.text)}</blockquote>`;
    });
    parts.push(`<h2>${VERBATIMS_TITLE}</h2>${items.join('')}<p class="small">${escapeHtml(VERBATIMS_NOTE)}</p>`);
  }
  const words = commentWords(comments);
  if (words.lines.length > 0) {
    const items = words.lines.map((w) => {
      const heading = w.column === '' ? '' : `<h3>${escapeHtml(w.column)}</h3>`;
      const details = [w.distinguishing, w.themes, w.approximate].filter((t) => t !== '').map((t) => `<li>${escapeHtml(t)}</li>`);
      return `${heading}<p class="words">${escapeHtml(w.language)}</p><ul class="small">${details.join('')}</ul>`;
    });
    parts.push(`<h2>${words.title}</h2>${items.join('')}<p class="small">${escapeHtml(words.note)}</p>`);
  }
  for (const { title, head, rows, legend } of commentBreakdowns(report)) {
    const groupRows = rows.map((r) => [r.group, r.respondents, r.column, r.comments, r.share, r.meanLength, r.languages].map(escapeHtml));
    if (groupRows.length > 0) parts.push(`<h2>${escapeHtml(title)}</h2>${table([head, 'n', 'Column', 'Comments', 'Share', 'Mean length', 'Top languages'], groupRows, 1)}${legend === '' ? '' : `<p class="small">${escapeHtml(legend)}</p>`}`);
  }
  return parts.join('');
}

function attentionTable(report: Report): string {
  const rows = attentionRows(report).map((r) => [escapeHtml(r.column), escapeHtml(r.expected), r.passed, r.failed, r.unanswered, r.passRate]);
  if (rows.length === 0) return '';
  return `<h2>${ATTENTION_TITLE}</h2>${table(ATTENTION_HEAD, rows, 2)}<p class="small">${escapeHtml(attentionNote(report))}</p>`;
}

/** What the terminal prints under its tables: each file's skipped rows by reason with their first lines, the answers excluded from the bases, and the notes. */
function exclusions(report: Report): string {
  const lines = exclusionLines(report).map((l) => `<li>${escapeHtml(l)}</li>`);
  const notes = report.notes.map((n) => `<li class="note">${escapeHtml(n)}</li>`);
  if (lines.length === 0 && notes.length === 0) return '';
  return `<h2>Exclusions and notes</h2><ul>${[...lines, ...notes].join('')}</ul>`;
}
