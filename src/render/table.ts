import { Chalk, type ChalkInstance } from 'chalk';
import type { NpsSummary, Report, SegmentTest } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { ARROW, arrowsLegend, breakdownFigures, dimensionLabels, figureText, nothingBrokenDown, periodsLowBase, scoresSuffix, significantTest, sparkline, untestedFiguresNote, type TestedGroup } from './breakdown.js';
import { ATTENTION_HEAD, ATTENTION_TITLE, attentionNote, attentionRows } from './attention.js';
import { CHOICES_TITLE, choicesNote, choiceRows, RANKINGS_NOTE, RANKINGS_TITLE, rankingRows } from './choices.js';
import { commentThemesHead, commentThemesNote, COMMENT_THEMES_TITLE, commentBreakdowns, commentRows, COMMENTS_HEAD, COMMENTS_NOTE, COMMENTS_TITLE, commentsCount, commentThemeCells, commentThemeRows, commentTones, commentWords, themeImpactShown, TONE_MARKS, verbatimLines, VERBATIMS_HIDDEN, VERBATIMS_NOTE, VERBATIMS_TITLE } from './comments.js';
import { comparisonSections } from './comparison.js';
import { driverAgainstMark, driverReadingLegend, driverWarnings } from './drivers.js';
import { complaintLines, effortLine, type HeadlineLine, missingHeadlines, weightLine } from './headline.js';
import { IMPORTANCE_TITLE, importanceHead, importanceNote, importanceRows } from './importance.js';
import { compactTable, compactWidth, fittedTable } from './compact-table.js';
import { againstItselfLine, againstItselfMark, boxesAsideLines, excludedNonBlank, exclusionLines, indexWithout } from './words.js';
import { boxPercent, DASH, fixed, levelPercent, percent, plural, range, shownName, signed, truncate, truncateName } from './format-number.js';
import { ITEMS_HEAD, ITEMS_TITLE, itemRows, itemsNotes } from './items.js';
import type { RenderOptions } from './render-options.js';
import { gateNullReason } from '../analysis/gates.js';
import { gatesText } from './gate-verdict.js';

// Below this, a dimension's items are usually taken not to measure one thing.
const LOW_ALPHA = 0.7;

/**
 * The report for a person at a terminal: headline, dimensions, NPS, items, exclusions, notes. Its
 * text from the data is made inert first: a control character in a header, an answer or a file
 * name is shown escaped (`\x1b`), a line break as a space.
 */
export function renderTable(data: Report, options: RenderOptions): string {
  const report = inertData(data, 'space');
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = compactWidth(options.width);
  const level = levelPercent(report.method.confidenceLevel);
  const sections = [
    headline(report, c, level),
    dimensionTable(report, c, level, width),
    segmentTable(report, c, width),
    periodTable(report, c, width),
    ...(report.comparison === null ? [] : comparisonSections(report.comparison, dimensionLabels(report), c, width)),
    driversTable(report, c),
    importanceTable(report, c, level, width),
    npsBreakdown(report.nps, report.columns, c),
    itemTable(report, c, width),
    choicesTable(report, c, width),
    rankingsTable(report, c, width),
    commentsTable(report, c, width, options.verbatims === true),
    attentionTable(report, c, width),
    exclusions(report, c),
    gatesText(report.checks, (check) => gateNullReason(check, report), c),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function headline(report: Report, c: ChalkInstance, level: number): string {
  const files = report.input.files;
  const skips = files.flatMap((f) => f.skipped);
  const filtered = skips.filter((s) => s.reason === 'filtered').reduce((sum, s) => sum + s.count, 0);
  const skipped = skips.filter((s) => s.reason !== 'filtered').reduce((sum, s) => sum + s.count, 0);
  const source = files.length === 1 ? (files[0]?.path ?? '') : `${files.length} files`;
  const window = report.dateWindow;
  const outside = window === null ? 0 : window.before + window.after + window.unparsed;
  const aside = [skipped > 0 ? `${plural(skipped, 'row')} skipped` : '', filtered > 0 ? `${plural(filtered, 'row')} left out by --where` : '', outside > 0 ? `${plural(outside, 'row')} outside ${window?.since ?? '…'} to ${window?.until ?? '…'}` : ''].filter((a) => a !== '');
  const lines = [c.bold(`satisfy report · ${source}`), `${plural(report.respondents, 'respondent')}${aside.length > 0 ? ` (${aside.join('; ')})` : ''}`];
  const { csat, nps } = report;
  const style = { strong: (text: string) => c.bold(text), data: (text: string) => text };
  const weighted = weightLine(report, style);
  if (weighted !== null) lines.push(`${weighted.label} ${weighted.text}`);
  // Labels as wide as CSAT's, the longer ones two spaces from their text.
  const line = ({ label, text }: HeadlineLine) => `${c.bold(label)}${' '.repeat(Math.max(2, 6 - label.length))}${text}`;
  const missing = missingHeadlines(report, style);
  if (csat !== null && csat.scale.kind === 'binary') {
    // A yes/no or satisfied/dissatisfied outcome: its mean is the share satisfied.
    const yes = csat.scale.labels?.['1'] ?? 'yes';
    lines.push(`${c.bold('CSAT')}  ${c.bold(percent(csat.mean))} ${yes.toLowerCase()}  (${level} % CI ${range(csat.ci, (v) => (v * 100).toFixed(1))} %)  n ${csat.n}`);
  } else if (csat !== null) {
    const scale = csat.scale;
    lines.push(`${c.bold('CSAT')}  ${c.bold(percent(csat.topBox?.share))} top-2 of ${scale.min}-${scale.max}  (${level} % CI ${range(csat.topBox?.ci, (v) => (v * 100).toFixed(1))} %)  mean ${fixed(csat.scored?.mean ?? csat.mean, 2)}${csat.scored === undefined ? '' : ' (reversed)'}  n ${csat.n}`);
  } else if (missing.csat !== null) {
    lines.push(c.yellow(line(missing.csat)));
  }
  if (nps !== null) lines.push(`${c.bold(nps.label === 'eNPS' ? 'eNPS' : 'NPS ')}  ${c.bold(signed(nps.score))}  (${level} % CI ${range(nps.ci, (v) => signed(v), ' to ')})  n ${nps.n}`);
  else if (missing.nps !== null) lines.push(c.yellow(line(missing.nps)));
  const effort = effortLine(report, level, style);
  if (effort !== null) lines.push(line(effort));
  const without = indexWithout(report);
  if (report.index !== null) lines.push(`${c.bold('Index')} ${c.bold(fixed(report.index.score, 1))}  (${level} % CI ${range(report.index.ci, (v) => v.toFixed(1))})  mean of dimension scores, 0-100${without === null ? '' : `, ${c.yellow(without)}`}`);
  // A report whose dimensions make no index (one dimension; dimensions holding a part of the items) says why, where a reader would look for one.
  else if (missing.index !== null) lines.push(line(missing.index));
  lines.push(...complaintLines(report, level, style).map(line));
  return lines.join('\n');
}

function dimensionTable(report: Report, c: ChalkInstance, level: number, width: number | undefined): string {
  const entries = Object.entries(report.dimensions);
  // A comment card (an export of comments and no rating) is a report of its comments.
  if (entries.length === 0 && report.items.length === 0 && report.comments !== null) return c.yellow('No rated question: a report of the comments alone (name rated columns with --map <dimension>=<column>).');
  if (entries.length === 0) return c.yellow('No dimension found: name item columns with --map <dimension>=<column>.');
  const rows: string[][] = [];
  const weak: string[] = [];
  for (const [, d] of entries) {
    const alpha = d.alpha === null ? DASH : d.alpha.raw < LOW_ALPHA ? c.yellow(`${d.alpha.raw.toFixed(2)} !`) : d.alpha.raw.toFixed(2);
    // A score whose items run against each other is marked where it is shown, not only in the notes.
    const against = againstItselfMark(d);
    if (against === '' && d.alpha !== null && d.alpha.raw < LOW_ALPHA) weak.push(`${d.label} (${d.alpha.raw.toFixed(2)})`);
    const score = against === '' ? c.bold(fixed(d.score, 1)) : c.yellow(`${fixed(d.score, 1)}${against}`);
    rows.push([d.label, String(d.items.length), String(d.n), score, range(d.ci, (v) => v.toFixed(1)), boxPercent(d.topBox), boxPercent(d.bottomBox), alpha, String(excludedNonBlank(d.missing))]);
  }
  const table = fittedTable(['Dimension', 'Items', 'n', 'Score', `${level} % CI`, 'Top-2', 'Bottom-2', 'Alpha', 'N/A, invalid'], rows, c, width, [8, 1, 6, 7]);
  const weakNote = weak.length === 0 ? '' : `\n${c.yellow(`! Cronbach's alpha under ${LOW_ALPHA}: ${weak.join(', ')}; the items may not measure one thing`)}`;
  const mixed = againstItselfLine(report);
  const mixedNote = mixed === null ? '' : `\n${c.yellow(mixed)}`;
  const aside = boxesAsideLines(report).map((line) => `\n${c.dim(line)}`).join('');
  return `${c.bold('Dimensions')} (score 0-100)\n${table}${weakNote}${mixedNote}${aside}`;
}

/**
 * Each segment's base and scores, a ▲ or ▼ beside a figure significantly above or below the rest
 * of the sample (after the correction for the family of tests).
 */
function segmentTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  const { segmentation, segments } = report;
  if (segmentation === null || segments.length === 0) return '';
  const figures = breakdownFigures(report, segments);
  const { minBase } = segmentation;
  const tested = segments.map((segment): TestedGroup => [segment, segment.tests]);
  const rows = segments.map((segment, i) => [segment.lowBase ? `${segment.value} *` : segment.value, String(segment.respondents), ...figures.map((f) => markSignificant(segment.tests, f.metric, figureText(f, tested[i] as TestedGroup), c))]);
  const table = fittedTable(['Segment', 'n', ...figures.map((f) => f.label)], rows, c, width, dimensionColumns(figures));
  const lowBase = segments.some((s) => s.lowBase) ? `; * base under ${minBase}: not tested` : '';
  const untested = untestedFiguresNote(minBase, figures, tested);
  return `${c.bold(`By ${segments[0]?.column}`)}${scoresSuffix(figures)}\n${table}\n${arrowsLegend(figures, 'the rest of the sample', segmentation)}${lowBase}${untested}${nothingBrokenDown(report, figures)}`;
}

/**
 * Each period's base and scores, oldest first, a ▲ or ▼ beside a figure significantly above or
 * below the period before (after the correction for the family of tests), and a sparkline of each
 * figure over the periods.
 */
function periodTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  const { periodization, periods } = report;
  if (periodization === null || periods.length === 0) return '';
  const figures = breakdownFigures(report, periods);
  // The first period has nothing before it to be tested against: none of its figures is marked.
  const tested = periods.map((period, i): TestedGroup => [period, i === 0 ? null : period.changes]);
  const rows = periods.map((period, i) => [period.lowBase === true ? `${period.period} *` : period.period, String(period.respondents), ...figures.map((f) => markSignificant(period.changes, f.metric, figureText(f, tested[i] as TestedGroup), c))]);
  const table = fittedTable(['Period', 'n', ...figures.map((f) => f.label)], rows, c, width, dimensionColumns(figures));
  const labelWidth = Math.max(...figures.map((f) => f.label.length));
  // A figure no period has (the index of a report of comments alone) has no trend to draw.
  const trends = figures.filter((f) => periods.some((period) => f.value(period) !== null && f.value(period) !== undefined)).map((f) => `${f.label.padEnd(labelWidth)}  ${sparkline(periods.map(f.value), periods.map((p) => p.lowBase === true))}`);
  const unparsed = periodization.unparsed > 0 ? `; ${plural(periodization.unparsed, 'row')} with an unreadable date in no period` : '';
  return `${c.bold(`By ${periodization.period}`)} of ${periodization.column}${scoresSuffix(figures)}\n${table}\n${arrowsLegend(figures, 'the period before', periodization)}${periodsLowBase(report)}${untestedFiguresNote(periodization.minBase, figures, tested)}${unparsed}${nothingBrokenDown(report, figures)}${trends.length === 0 ? '' : `\n\n${trends.join('\n')}`}`;
}


/** A figure with ▲ or ▼ when a test of it in `tests` is significant, else padded to line up. */
function markSignificant(tests: readonly SegmentTest[], metric: string, text: string, c: ChalkInstance): string {
  const test = significantTest(tests, metric);
  if (test === undefined) return `${text}  `;
  const marked = `${text} ${ARROW[test.direction]}`;
  return test.direction === 'up' ? c.green(marked) : c.red(marked);
}

/** The columns of a breakdown table that hold dimension scores, last first: dropped first on a narrow terminal. */
function dimensionColumns(figures: ReadonlyArray<{ metric: string }>): number[] {
  return figures.map((f, i) => (f.metric.startsWith('dimensions.') ? i + 2 : -1)).filter((i) => i >= 0).reverse();
}

function driversTable(report: Report, c: ChalkInstance): string {
  const { drivers } = report;
  if (drivers === null) return '';
  const table = compactTable(['Dimension', 'r', 'Weight', 'Score', 'Reading'], c);
  const rows = Object.entries(drivers.dimensions).sort((a, b) => b[1].weight - a[1].weight);
  for (const [id, d] of rows) {
    const reading = d.reading === null ? DASH : d.reading === 'fix first' ? c.red(d.reading) : d.reading === 'keep' ? c.green(d.reading) : d.reading;
    table.push([report.dimensions[id]?.label ?? id, `${d.r.toFixed(2)}${c.yellow(driverAgainstMark(d))}`, percent(d.weight), d.score.toFixed(1), reading]);
  }
  const warnings = driverWarnings(drivers, dimensionLabels(report)).map((w) => `\n${c.yellow(w)}`).join('');
  return `${c.bold('Key drivers')} of ${truncate(drivers.outcome, 60)} (R² ${drivers.r2.toFixed(2)}, n ${drivers.n})\n${table.toString()}\nweight: share of R² (Johnson's relative weights); ${driverReadingLegend(drivers)}${warnings}`;
}

/** Each importance column beside the item it rates: the two means, their gap with its interval, the quadrant, the driver weight. */
function importanceTable(report: Report, c: ChalkInstance, level: number, width: number | undefined): string {
  const { importance } = report;
  if (importance === null) return '';
  const rows = importanceRows(report).map((r) => [dataCell(r.item, width, 40), dataCell(r.importanceColumn, width, 40), r.n, r.importance, r.satisfaction, c.bold(r.gap), r.ci, r.quadrant === 'concentrate here' ? c.red(r.quadrant) : r.quadrant, r.driverWeight]);
  const table = fittedTable(importanceHead(level), rows, c, width, [8, 1, 6], { textColumns: 2 });
  return `${c.bold(IMPORTANCE_TITLE)} (0-100)\n${table}\n${importanceNote(importance)}`;
}

// The recommend question in the NPS breakdown's title, cut to keep the title on one line.
const NPS_QUESTION_WIDTH = 80;

function npsBreakdown(nps: NpsSummary | null, columns: Report['columns'], c: ChalkInstance): string {
  if (nps === null) return '';
  const question = shownName(nps.column, columns.find((column) => column.name === nps.column)?.question);
  const table = compactTable(['NPS group', 'Answers', 'Count', 'Share'], c);
  table.push([c.green('Promoters'), '9-10', String(nps.promoters.count), percent(nps.promoters.share)]);
  table.push(['Passives', '7-8', String(nps.passives.count), percent(nps.passives.share)]);
  table.push([c.red('Detractors'), '0-6', String(nps.detractors.count), percent(nps.detractors.share)]);
  return `${c.bold(`${nps.label ?? 'NPS'} breakdown`)} (${truncate(question, NPS_QUESTION_WIDTH)}; margin of error ±${fixed(nps.moe, 1)} points)\n${table.toString()}`;
}

function itemTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  if (report.items.length === 0) return '';
  const rows = itemRows(report).map((r) => [truncateName(r.column, width === undefined ? 48 : 28), truncate(r.dimension, width === undefined ? 24 : 16), r.scale, r.n, r.mean, r.score, r.topBox, r.bottomBox]);
  const table = fittedTable(ITEMS_HEAD, rows, c, width, [7, 2, 1, 4], { textColumns: 2 });
  const notes = itemsNotes(report);
  return `${c.bold(ITEMS_TITLE)}\n${table}${notes.map((note) => `\n${note}`).join('')}`;
}

/** Text from the data in a cell of these tables, cut to fit. */
function dataCell(text: string, width: number | undefined, wide = 48): string {
  return truncate(text, width === undefined ? wide : 24);
}

/** Each checkbox question's options: how many chose each, and their share of the question's base. */
function choicesTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  const rows = choiceRows(report).map((r) => [dataCell(r.question, width), dataCell(r.option, width), r.base, r.count, r.share]);
  if (rows.length === 0) return '';
  const table = fittedTable(['Question', 'Option', 'Base', 'Count', 'Share'], rows, c, width, [2, 3], { textColumns: 2 });
  return `${c.bold(CHOICES_TITLE)}\n${table}\n${choicesNote(report)}`;
}

/** Each ranking's options: how many ranked each, its mean rank and the share who ranked it first. */
function rankingsTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  const rows = rankingRows(report).map((r) => [dataCell(r.question, width), dataCell(r.option, width), r.respondents, r.n, r.meanRank, r.firstChoice]);
  if (rows.length === 0) return '';
  const table = fittedTable(['Question', 'Option', 'Base', 'n', 'Mean rank', 'First choice'], rows, c, width, [2, 3], { textColumns: 2 });
  return `${c.bold(RANKINGS_TITLE)}\n${table}\n${RANKINGS_NOTE}`;
}

/** Each free-text column: its comments, their share, mean length and top languages; and the same per segment and period. */
function commentsTable(report: Report, c: ChalkInstance, width: number | undefined, showVerbatims: boolean): string {
  const { comments } = report;
  if (comments === null || comments.columns.length === 0) return '';
  const rows = commentRows(comments).map((r) => [dataCell(r.column, width), r.kind, r.comments, r.share, r.meanLength, r.languages, r.excluded]);
  const sections = [`${c.bold(COMMENTS_TITLE)} (${commentsCount(comments)})\n${fittedTable(COMMENTS_HEAD, rows, c, width, [6, 1, 4], { textColumns: 2 })}\n${COMMENTS_NOTE}`];
  const impact = themeImpactShown(report);
  const themes = commentThemeRows(comments).map((r) => commentThemeCells({ ...r, column: dataCell(r.column, width, 32) }, impact));
  const tones = comments.columns.map((col) => `${dataCell(col.column, width)}: ${commentTones(col)}`);
  if (themes.length > 0) sections.push(`${c.bold(COMMENT_THEMES_TITLE)}\n${fittedTable(commentThemesHead(impact), themes, c, width, [6], { textColumns: 2 })}\n${tones.join('\n')}\n${commentThemesNote(comments, impact)}`);
  const verbatims = verbatimLines(comments);
  if (verbatims.length > 0 && !showVerbatims) sections.push(VERBATIMS_HIDDEN);
  if (verbatims.length > 0 && showVerbatims) {
    const lines: string[] = [];
    verbatims.forEach((v, i) => {
      const before = verbatims[i - 1];
      if (before?.column !== v.column) lines.push(dataCell(v.column, width));
      if (before?.column !== v.column || before.theme !== v.theme) lines.push(`  ${v.theme}`);
      lines.push(`    ${TONE_MARKS[v.tone]} “${v.text}”`);
    });
    sections.push(`${c.bold(VERBATIMS_TITLE)}\n${lines.join('\n')}\n${VERBATIMS_NOTE}`);
  }
  const words = commentWords(comments);
  if (words.lines.length > 0) {
    const lines = words.lines.flatMap((w) => [...(w.column === '' ? [] : [dataCell(w.column, width)]), `  ${w.language}`, ...[w.distinguishing, w.themes, w.approximate].filter((t) => t !== '').map((t) => `    ${t}`)]);
    sections.push(`${c.bold(words.title)}\n${lines.join('\n')}\n${words.note}`);
  }
  for (const { title, head, rows, legend } of commentBreakdowns(report)) {
    const groupRows = rows.map((r) => [dataCell(r.group, width, 24), r.respondents, dataCell(r.column, width, 32), r.comments, r.share, r.meanLength, r.languages]);
    if (groupRows.length > 0) sections.push(`${c.bold(title)}\n${fittedTable([head, 'n', 'Column', 'Comments', 'Share', 'Mean length', 'Top languages'], groupRows, c, width, [6, 5], { textColumns: 1 })}${legend === '' ? '' : `\n${legend}`}`);
  }
  return sections.join('\n\n');
}

/** Each attention check: the answer it asks for, and who gave it. */
function attentionTable(report: Report, c: ChalkInstance, width: number | undefined): string {
  const rows = attentionRows(report).map((r) => [dataCell(r.column, width), dataCell(r.expected, width), r.passed, r.failed, r.unanswered, r.passRate]);
  if (rows.length === 0) return '';
  const table = fittedTable(ATTENTION_HEAD, rows, c, width, [2, 3], { textColumns: 2 });
  return `${c.bold(ATTENTION_TITLE)}\n${table}\n${attentionNote(report)}`;
}

function exclusions(report: Report, c: ChalkInstance): string {
  return [...exclusionLines(report), ...report.notes.map((note) => c.yellow(`note: ${note}`))].join('\n');
}

