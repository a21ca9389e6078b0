import type { Report, SegmentTest } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { ARROW, arrowsLegend, breakdownFigures, dimensionLabels, figureText, nothingBrokenDown, periodsLowBase, scoresSuffix, significantTest, sparkline, untestedFiguresNote, type TestedGroup } from './breakdown.js';
import { ATTENTION_HEAD, ATTENTION_TITLE, attentionNote, attentionRows } from './attention.js';
import { CHOICES_TITLE, choicesNote, choiceRows, RANKINGS_NOTE, RANKINGS_TITLE, rankingRows } from './choices.js';
import { commentThemesHead, commentThemesNote, COMMENT_THEMES_TITLE, commentBreakdowns, commentRows, COMMENTS_HEAD, COMMENTS_NOTE, COMMENTS_TITLE, commentsCount, commentThemeCells, commentThemeRows, commentTones, commentWords, themeImpactShown, TONE_MARKS, verbatimLines, VERBATIMS_HIDDEN, VERBATIMS_NOTE, VERBATIMS_TITLE } from './comments.js';
import { comparisonMarkdown } from './comparison.js';
import { driverAgainstMark, driverReadingWithheld, driverWarnings } from './drivers.js';
import { complaintLines, effortLine, type HeadlineLine, missingHeadlines, weightLine } from './headline.js';
import { ITEMS_HEAD, ITEMS_TITLE, itemRows, itemsNotes } from './items.js';
import { IMPORTANCE_TITLE, importanceHead, importanceNote, importanceRows } from './importance.js';
import { escape, gatesTable, table } from './markdown-cells.js';
import { boxPercent, DASH, fixed, levelPercent, percent, plural, range, signed, truncateName } from './format-number.js';
import { gateNullReason } from '../analysis/gates.js';
import { gateVerdict } from './gate-verdict.js';
import { againstItselfLine, againstItselfMark, boxesAsideLines, excludedNonBlank, exclusionLines, indexWithout } from './words.js';

/**
 * The report as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` and pull-request comments:
 * failed gates first, then the headline figures, the dimensions with their intervals, the segment
 * and period tables, the key drivers, the NPS breakdown, the Items table, the checkbox and ranking questions, the
 * comments, the notes, and last every gate with its verdict, passed ones too.
 * Text from the data is escaped for table cells, its control characters written out (`\x1b`).
 */
export function renderMarkdown(data: Report, verbatims = false): string {
  const report = inertData(data, 'space');
  const level = levelPercent(report.method.confidenceLevel);
  const parts: string[] = ['## Customer satisfaction'];
  const failed = report.checks.filter((c) => !c.pass);
  if (failed.length > 0) {
    // A --fail-on-drop's figure is the change.
    parts.push(failed.map((c) => `> **Gate failed:** \`${c.expression}\` — ${escape(gateVerdict(c, gateNullReason(c, report)))}`).join('\n>\n'));
  }
  const { csat, nps, index } = report;
  parts.push(
    table(
      ['Respondents', 'CSAT (top-2)', nps?.label ?? 'NPS', 'Index'],
      [[String(report.respondents), csat === null || csat.topBox === null ? DASH : `${percent(csat.topBox.share)} (${range(csat.topBox.ci, (v) => (v * 100).toFixed(1))})`, nps === null ? DASH : `${signed(nps.score)} (${range(nps.ci, (v) => signed(v), ' to ')})`, index === null ? DASH : `${fixed(index.score, 1)} (${range(index.ci, (v) => v.toFixed(1))})${indexWithout(report) === null ? '' : `, ${escape(indexWithout(report) ?? '')}`}`]],
      ['right', 'right', 'right', 'right'],
    ),
  );
  const headlines = headlineLines(report, level);
  if (headlines.length > 0) parts.push(headlines.map(({ label, text }) => `- **${label}** ${text}`).join('\n'));
  const dimensions = Object.values(report.dimensions);
  if (dimensions.length > 0) {
    parts.push(
      `### Dimensions (score 0-100, ${level} % intervals)`,
      table(
        ['Dimension', 'Items', 'n', 'Score', 'Interval', 'Top-2', 'Bottom-2', 'Alpha', 'N/A, invalid'],
        dimensions.map((d) => [escape(d.label), String(d.items.length), String(d.n), `${fixed(d.score, 1)}${againstItselfMark(d)}`, range(d.ci, (v) => v.toFixed(1)), boxPercent(d.topBox), boxPercent(d.bottomBox), d.alpha === null ? DASH : d.alpha.raw.toFixed(2), String(excludedNonBlank(d.missing))]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
      ...[againstItselfLine(report) ?? [], boxesAsideLines(report)].flat().map(escape),
    );
  }
  parts.push(...segmentTable(report), ...periodTable(report));
  if (report.comparison !== null) parts.push(...comparisonMarkdown(report.comparison, dimensionLabels(report)));
  const { drivers } = report;
  if (drivers !== null) {
    const rows = Object.entries(drivers.dimensions).sort((a, b) => b[1].weight - a[1].weight);
    parts.push(
      `### Key drivers of ${escape(drivers.outcome)} (R² ${drivers.r2.toFixed(2)}, n ${drivers.n})`,
      table(['Dimension', 'r', 'Weight', 'Score', 'Reading'], rows.map(([id, d]) => [escape(report.dimensions[id]?.label ?? id), `${d.r.toFixed(2)}${driverAgainstMark(d)}`, percent(d.weight), d.score.toFixed(1), d.reading ?? DASH]), ['left', 'right', 'right', 'right', 'left']),
    );
    const withheld = driverReadingWithheld(drivers);
    if (withheld !== null) parts.push(escape(withheld));
    parts.push(...driverWarnings(drivers, dimensionLabels(report)).map(escape));
  }
  if (report.importance !== null) {
    parts.push(
      `### ${IMPORTANCE_TITLE} (0-100)`,
      table(importanceHead(level), importanceRows(report).map((r) => [escape(r.item), escape(r.importanceColumn), r.n, r.importance, r.satisfaction, r.gap, r.ci, r.quadrant, r.driverWeight]), ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'right']),
      escape(importanceNote(report.importance)),
    );
  }
  if (nps !== null) {
    parts.push('### NPS', table(['Group', 'Count', 'Share'], [['Promoters (9-10)', String(nps.promoters.count), percent(nps.promoters.share)], ['Passives (7-8)', String(nps.passives.count), percent(nps.passives.share)], ['Detractors (0-6)', String(nps.detractors.count), percent(nps.detractors.share)]], ['left', 'right', 'right']));
  }
  parts.push(...itemsTable(report), ...choicesTables(report), ...commentsTables(report, verbatims));
  const attention = attentionRows(report);
  if (attention.length > 0) {
    parts.push(`### ${ATTENTION_TITLE}`, table(ATTENTION_HEAD, attention.map((r) => [escape(r.column), escape(r.expected), r.passed, r.failed, r.unanswered, r.passRate]), ['left', 'left', 'right', 'right', 'right', 'right']), escape(attentionNote(report)));
  }
  // What the terminal prints under its tables: the rows skipped and answers excluded, and the notes on what was left out, guessed or narrowed.
  const exclusions = [...exclusionLines(report), ...report.notes];
  if (exclusions.length > 0) parts.push('### Exclusions and notes', exclusions.map((line) => `- ${escape(line)}`).join('\n'));
  parts.push(...gatesTable(report.checks, (check) => gateNullReason(check, report)));
  return `${parts.join('\n\n')}\n`;
}

/**
 * The headline lines the table above has no column for, as the terminal shows them: why CSAT or
 * NPS is missing, the effort question, and the complaint figures.
 */
function headlineLines(report: Report, level: number): HeadlineLine[] {
  const style = { strong: (text: string) => `**${text}**`, data: escape };
  const missing = missingHeadlines(report, style);
  const weighted = weightLine(report, style);
  return [weighted === null ? null : { ...weighted, label: 'Weighted' }, missing.csat, missing.nps, effortLine(report, level, style), missing.index, ...complaintLines(report, level, style)].filter((line): line is HeadlineLine => line !== null);
}

/** Each rated question's dimension, scale, base, mean, score and boxes, as the terminal's Items table; a long question cut as the terminal cuts it. */
function itemsTable(report: Report): string[] {
  if (report.items.length === 0) return [];
  const rows = itemRows(report).map((r) => [escape(truncateName(r.column, ITEM_WIDTH)), escape(r.dimension), r.scale, r.n, r.mean, r.score, r.topBox, r.bottomBox]);
  return [`### ${ITEMS_TITLE}`, table(ITEMS_HEAD, rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']), ...itemsNotes(report).map(escape)];
}

// The characters of a question kept in the Items table, as in the terminal's: a table as wide as a pull-request comment.
const ITEM_WIDTH = 48;

/** Each checkbox question's options with their counts and shares, and each ranking's options with their mean ranks and first-choice shares. */
function choicesTables(report: Report): string[] {
  const parts: string[] = [];
  const choices = choiceRows(report);
  if (choices.length > 0) {
    parts.push(`### ${CHOICES_TITLE}`, table(['Question', 'Option', 'Base', 'Count', 'Share'], choices.map((r) => [escape(r.question), escape(r.option), r.base, r.count, r.share]), ['left', 'left', 'right', 'right', 'right']), escape(choicesNote(report)));
  }
  const rankings = rankingRows(report);
  if (rankings.length > 0) {
    parts.push(`### ${RANKINGS_TITLE}`, table(['Question', 'Option', 'Base', 'n', 'Mean rank', 'First choice'], rankings.map((r) => [escape(r.question), escape(r.option), r.respondents, r.n, r.meanRank, r.firstChoice]), ['left', 'left', 'right', 'right', 'right', 'right']), RANKINGS_NOTE);
  }
  return parts;
}

/** Each free-text column's comments, share, mean length and top languages, overall and per segment and period. */
function commentsTables(report: Report, showVerbatims: boolean): string[] {
  const { comments } = report;
  if (comments === null || comments.columns.length === 0) return [];
  const align = (n: number): Array<'left' | 'right'> => Array.from({ length: n }, (_, i) => (i === 0 || i === 1 ? 'left' : 'right'));
  const parts = [
    `### ${COMMENTS_TITLE} (${commentsCount(comments)})`,
    table(COMMENTS_HEAD, commentRows(comments).map((r) => [escape(r.column), r.kind, r.comments, r.share, r.meanLength, r.languages, escape(r.excluded)]), [...align(6), 'left']),
    escape(COMMENTS_NOTE),
  ];
  const impact = themeImpactShown(report);
  const themes = commentThemeRows(comments).map((r) => commentThemeCells({ ...r, column: escape(r.column) }, impact));
  if (themes.length > 0) {
    parts.push(
      `### ${COMMENT_THEMES_TITLE}`,
      table(commentThemesHead(impact), themes, commentThemesHead(impact).map((_, i) => (i < 2 ? 'left' : 'right'))),
      comments.columns.map((col) => `- ${escape(col.column)}: ${commentTones(col)}`).join('\n'),
      escape(commentThemesNote(comments, impact)),
    );
  }
  const verbatims = verbatimLines(comments);
  if (verbatims.length > 0 && !showVerbatims) parts.push(escape(VERBATIMS_HIDDEN));
  if (verbatims.length > 0 && showVerbatims) {
    const lines = verbatims.map((v, i) => {
      const before = verbatims[i - 1];
      const heading = before?.column !== v.column ? `\n**${escape(v.column)}**\n\n` : '';
      return `${heading}- ${v.theme} ${TONE_MARKS[v.tone]} “${escape(v.text)}”`;
    });
    parts.push(`### ${VERBATIMS_TITLE}`, lines.join('\n').trimStart(), escape(VERBATIMS_NOTE));
  }
  const words = commentWords(comments);
  if (words.lines.length > 0) {
    const lines = words.lines.map((w) => {
      const heading = w.column === '' ? '' : `\n**${escape(w.column)}**\n\n`;
      const details = [w.distinguishing, w.themes, w.approximate].filter((t) => t !== '').map((t) => `  - ${escape(t)}`);
      return `${heading}- ${escape(w.language)}\n${details.join('\n')}`;
    });
    parts.push(`### ${words.title}`, lines.join('\n').trimStart(), escape(words.note));
  }
  for (const { title, head, rows: groups, legend } of commentBreakdowns(report)) {
    const rows = groups.map((r) => [escape(r.group), r.respondents, escape(r.column), r.comments, r.share, r.meanLength, r.languages]);
    if (rows.length > 0) parts.push(`### ${escape(title)}`, table([head, 'n', 'Column', 'Comments', 'Share', 'Mean length', 'Top languages'], rows, ['left', 'right', 'left', 'right', 'right', 'right', 'left']), ...(legend === '' ? [] : [escape(legend)]));
  }
  return parts;
}

/** Each segment's base and scores, ▲/▼ beside a figure significantly above/below the rest of the sample. */
function segmentTable(report: Report): string[] {
  const { segmentation, segments } = report;
  if (segmentation === null || segments.length === 0) return [];
  const figures = breakdownFigures(report, segments);
  const { minBase } = segmentation;
  const tested = segments.map((s): TestedGroup => [s, s.tests]);
  const rows = segments.map((s, i) => [`${escape(s.value)}${s.lowBase ? ' \\*' : ''}`, String(s.respondents), ...figures.map((f) => mark(s.tests, f.metric, figureText(f, tested[i] as TestedGroup, '\\*')))]);
  const lowBase = `${segments.some((s) => s.lowBase) ? `; \\* base under ${minBase}: not tested` : ''}${untestedFiguresNote(minBase, figures, tested, '\\*')}`;
  return [
    `### By ${escape(segments[0]?.column ?? '')}${scoresSuffix(figures)}`,
    table(['Segment', 'n', ...figures.map((f) => escape(f.label))], rows, ['left', 'right', ...figures.map((): 'right' => 'right')]),
    `${arrowsLegend(figures, 'the rest of the sample', segmentation)}${lowBase}${escape(nothingBrokenDown(report, figures))}`,
  ];
}

/** Each period's base and scores, ▲/▼ against the period before, and a sparkline of each figure. */
function periodTable(report: Report): string[] {
  const { periodization, periods } = report;
  if (periodization === null || periods.length === 0) return [];
  const figures = breakdownFigures(report, periods);
  // The first period has nothing before it to be tested against: none of its figures is marked.
  const tested = periods.map((p, i): TestedGroup => [p, i === 0 ? null : p.changes]);
  const rows = periods.map((p, i) => [`${p.period}${p.lowBase === true ? ' \\*' : ''}`, String(p.respondents), ...figures.map((f) => mark(p.changes, f.metric, figureText(f, tested[i] as TestedGroup, '\\*')))]);
  const trend = ['Trend', '', ...figures.map((f) => sparkline(periods.map(f.value), periods.map((p) => p.lowBase === true)))];
  const unparsed = periodization.unparsed > 0 ? `; ${plural(periodization.unparsed, 'row')} with an unreadable date in no period` : '';
  return [
    `### By ${periodization.period} of ${escape(periodization.column)}${scoresSuffix(figures)}`,
    table(['Period', 'n', ...figures.map((f) => escape(f.label))], figures.length === 0 ? rows : [...rows, trend], ['left', 'right', ...figures.map((): 'right' => 'right')]),
    `${arrowsLegend(figures, 'the period before', periodization)}${periodsLowBase(report, '\\*')}${untestedFiguresNote(periodization.minBase, figures, tested, '\\*')}${unparsed}${escape(nothingBrokenDown(report, figures))}`,
  ];
}

/** A figure with ▲ or ▼ when a test of it is significant. */
function mark(tests: readonly SegmentTest[], metric: string, text: string): string {
  const test = significantTest(tests, metric);
  return test === undefined ? text : `${text} ${ARROW[test.direction]}`;
}
