import type { Check } from '../analysis/gates.js';
import { heldBackHeadlines } from '../analysis/held-back.js';
import type { BoxShare, CommentLanguageWords, CommentsSummary, Comparison, IndexSummary, Interval, ItemSummary, Report, SegmentTest } from '../analysis/report.js';
import { COMMENT_EXCLUSIONS } from '../survey/code-comment.js';
import { COMMENT_LANGUAGES } from '../survey/comment-language.js';
import { COMMENT_TONES } from '../survey/tag-comment.js';
import { skippedByReason } from '../input/read-csv.js';
import { inertText } from '../text/inert-text.js';
import type { Group } from './breakdown.js';
import { gateFigures } from './gate-verdict.js';

/**
 * How a CSV is written: its field delimiter, the decimal separator of its numbers, and whether a
 * UTF-8 byte-order mark opens it. Lines always end in CRLF.
 */
export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  bom: boolean;
}

/** The CSV for programs (RFC 4180, dataframes, `csv-parse`): commas, decimal points, no byte-order mark. */
export const PROGRAM_CSV: CsvStyle = { delimiter: ',', decimal: '.', bom: false };

const HEADER = ['file', 'segment_column', 'segment_value', 'period', 'dimension', 'metric', 'value', 'low', 'high', 'n'];

type Row = [dimension: string, metric: string, value: number | null, ci: Interval | null | undefined, n: number | null];

/**
 * The report as tidy, long CSV (RFC 4180, CRLF): one row per scope and figure, for spreadsheets
 * and dataframes. `dimension` names what is measured (a dimension id, or csat, nps, ces, index,
 * drivers, respondents, `weight: <column>`, `item: <question>`, `importance: <item>`, `choice: <question>`,
 * `ranking: <question>`, `comments: <column>`, `gate: <expression>`), `metric` which figure of it.
 * Figures are at full precision.
 */
export function renderCsv(report: Report, style: CsvStyle = PROGRAM_CSV): string {
  const rows: Row[] = [['respondents', 'count', report.respondents, null, null]];
  // What was left out, as the other formats list it: rows skipped and answers excluded from the bases, by reason.
  for (const [reason, count] of skippedByReason(report.input.files)) rows.push(['respondents', `skipped: ${reason}`, count, null, null]);
  const { weight } = report;
  // Rows left out for their weight, by reason, as the skipped rows are: none of them is a respondent.
  if (weight !== null) for (const [reason, count] of Object.entries(weight.excluded)) if (count > 0) rows.push(['respondents', `skipped: weight: ${reason}`, count, null, null]);
  for (const [reason, count] of Object.entries(report.missing)) if (count > 0) rows.push(['respondents', `excluded: ${reason}`, count, null, null]);
  // That the figures are weighted, by which column, and their effective n (Kish's) beside the respondents.
  if (weight !== null) rows.push([`weight: ${weight.column}`, 'effectiveN', weight.effectiveN, null, report.respondents]);
  // A survey of employees or of patients' health (JSON `audience`): its customer headlines are held back (an employee's NPS is an eNPS). Absent: customers.
  if (report.audience !== undefined && report.audience.audience !== 'customers') rows.push(['respondents', `audience: ${report.audience.audience}`, 1, null, report.respondents]);
  const held = heldBackHeadlines(report);
  const box = (dimension: string, metric: string, share: BoxShare | null | undefined, n: number): Row => [dimension, metric, share?.share ?? null, share?.ci, n];
  for (const [subject, item] of [['csat', report.csat], ['ces', report.ces]] as const) {
    // Held back as a customer figure on a survey of employees or patients: said where the figure would be, its question's rows under `item:`.
    if (item === null && held.has(subject)) rows.push([subject, 'heldBack', 1, null, null]);
    if (item === null) continue;
    // A reversed overall or effort question's mean as it is scored, as its item's rows and the table's headline give it.
    rows.push(...meanRows(subject, item, false), [subject, 'score', item.score, null, item.n], box(subject, 'topBox', item.topBox, item.n), box(subject, 'bottomBox', item.bottomBox, item.n));
  }
  const { nps } = report;
  if (nps !== null) {
    rows.push(['nps', 'score', nps.score, nps.ci, nps.n]);
    if (nps.label !== undefined) rows.push(['nps', `label: ${nps.label}`, 1, null, nps.n]);
    for (const group of ['promoters', 'passives', 'detractors'] as const) rows.push(['nps', group, nps[group].share, null, nps.n]);
  }
  rows.push(...indexRows(report.index));
  for (const [id, d] of Object.entries(report.dimensions)) {
    // A dimension's boxes pool its items' answers: their n is those answers (its distribution's), not its respondents.
    const answers = d.distribution === null ? d.n : d.distribution.reduce((sum, entry) => sum + entry.count, 0);
    rows.push([id, 'score', d.score, d.ci, d.n], box(id, 'topBox', d.topBox, answers), box(id, 'bottomBox', d.bottomBox, answers));
    if (d.alpha !== null) rows.push([id, 'alpha', d.alpha.raw, d.alpha.ci, d.alpha.n]);
    if (d.incidence !== undefined && d.incidence !== null) rows.push([id, 'incidence', d.incidence.share, d.incidence.ci, d.incidence.n]);
    if (d.resolution !== undefined && d.resolution !== null) rows.push([id, 'resolution', d.resolution.score, d.resolution.ci, d.resolution.n]);
    for (const categories of d.categories ?? []) for (const k of categories.counts) rows.push([id, `category: ${k.category}`, k.share, null, categories.n]);
  }
  rows.push(...itemCsvRows(report.items, held));
  if (report.drivers !== null) {
    rows.push(['drivers', 'r2', report.drivers.r2, null, report.drivers.n]);
    // n under --min-base, or R² no more than chance: a row of value 1, as the JSON's lowBase and
    // byChance (the CSV has no reading to withhold).
    if (report.drivers.lowBase === true) rows.push(['drivers', 'lowBase', 1, null, report.drivers.n]);
    if (report.drivers.byChance === true) rows.push(['drivers', 'byChance', 1, null, report.drivers.n]);
    for (const [id, driver] of Object.entries(report.drivers.dimensions)) {
      rows.push([id, 'driverR', driver.r, null, report.drivers.n], [id, 'driverWeight', driver.weight, null, report.drivers.n]);
      // r strongly below zero (JSON `warning`): the mark of an item scored the wrong way round, a row of value 1.
      if (driver.warning !== undefined) rows.push([id, 'driverWarning', 1, null, report.drivers.n]);
    }
  }
  // Each importance pair, named by its satisfaction column; its quadrant is a row of value 1.
  for (const p of report.importance?.pairs ?? []) {
    const subject = `importance: ${p.satisfactionColumn}`;
    rows.push([subject, 'importance', p.importance, null, p.n], [subject, 'satisfaction', p.satisfaction, null, p.n], [subject, 'gap', p.gap, p.ci, p.n]);
    if (p.quadrant !== null) rows.push([subject, `quadrant: ${p.quadrant}`, 1, null, p.n]);
  }
  for (const q of report.choices) {
    for (const o of q.options) rows.push([`choice: ${q.question}`, `count: ${o.label}`, o.count, null, q.base.respondents], [`choice: ${q.question}`, `share: ${o.label}`, o.share, o.ci, q.base.respondents]);
  }
  for (const r of report.rankings) {
    for (const o of r.options) rows.push([`ranking: ${r.question}`, `meanRank: ${o.label}`, o.meanRank, null, o.n], [`ranking: ${r.question}`, `firstChoice: ${o.label}`, o.firstChoice.share, o.firstChoice.ci, r.respondents]);
  }
  rows.push(...commentCsvRows(report.comments));
  const { attention } = report;
  if (attention !== null && attention !== undefined) {
    for (const check of attention.checks) for (const result of ['passed', 'failed', 'unanswered'] as const) rows.push([`attention: ${check.column}`, result, check[result], null, attention.respondents]);
    rows.push(['attention', 'failedAny', attention.failedAny, null, attention.respondents]);
  }
  const file = report.input.files.length === 1 ? (report.input.files[0]?.path ?? '') : '';
  const cells = (scope: [string, string, string], [dimension, metric, value, ci, n]: Row) => [file, ...scope, dimension, metric, value, ci?.low ?? null, ci?.high ?? null, n];
  const lines = [HEADER, ...rows.map((row) => cells(['', '', ''], row))];
  // Each segment's figures, with its column and value, and the adjusted p of each test against the rest.
  for (const segment of report.segments) lines.push(...groupRows(segment, segment.tests).map((row) => cells([segment.column, segment.value, ''], row)));
  // Each period's figures, and the adjusted p of each test against the period before.
  for (const period of report.periods) lines.push(...groupRows(period, period.changes).map((row) => cells(['', '', period.period], row)));
  if (report.comparison !== null) {
    const column = report.comparison.segmentColumn ?? '';
    lines.push(...comparisonRows(report.comparison).map(({ segment, row }) => cells(segment === '' ? ['', '', ''] : [column, segment, ''], row)));
  }
  // The gates last, as the other formats list them: a CI job that archives the CSV sees why it failed.
  lines.push(...gateRows(report.checks).map((row) => cells(['', '', ''], row)));
  return csvText(lines, style);
}

/** Each gate (`checks[]`), under `gate: <expression>` (`gate: nps < 30`, `gate: fail-on-drop nps.score`), figure by figure as gateFigures lists them. */
function gateRows(checks: readonly Check[]): Row[] {
  return checks.flatMap((check) => gateFigures(check).map(({ figure, value, n }): Row => [`gate: ${check.expression}`, figure, value, null, n]));
}

/**
 * Rows as RFC 4180 text with CRLF line ends, in `style` (by default the CSV for programs: commas,
 * decimal points, no byte-order mark).
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>, style: CsvStyle = PROGRAM_CSV): string {
  return (style.bom ? '\ufeff' : '') + rows.map((cells) => cells.map((value) => cell(value, style)).join(style.delimiter)).join('\r\n') + '\r\n';
}

/** The figures of a segment or period, and the adjusted p of each of its tests. */
function groupRows(group: Group & { respondents: number; comments?: CommentsSummary | null }, tests: readonly SegmentTest[]): Row[] {
  const rows: Row[] = [['respondents', 'count', group.respondents, null, null], ...indexRows(group.index)];
  for (const [id, d] of Object.entries(group.dimensions)) rows.push([id, 'score', d.score, d.ci, d.n]);
  if (group.csat !== null) rows.push(['csat', 'topBox', group.csat.topBox?.share ?? null, group.csat.topBox?.ci, group.csat.n]);
  if (group.nps !== null) rows.push(['nps', 'score', group.nps.score, group.nps.ci, group.nps.n]);
  rows.push(...commentCsvRows(group.comments));
  for (const test of tests) {
    const [subject, figure] = subjectOf(test.metric);
    rows.push([subject, `${figure}AdjustedP`, test.adjustedP, null, null]);
  }
  return rows;
}

/** The index's score, and each dimension it leaves out (JSON `index.leftOut`) as `leftOut: <id>` of value 1: without them it is another mean. */
function indexRows(index: IndexSummary | null): Row[] {
  if (index === null) return [];
  return [['index', 'score', index.score, index.ci, index.n], ...(index.leftOut ?? []).map((id): Row => ['index', `leftOut: ${id}`, 1, null, index.n])];
}

/**
 * The Items table: per rated question, `dimension: <id>` of value 1 (csat, nps or ces for those
 * questions; none for an item of no dimension), its mean with its interval, score and boxes. On a
 * reversed item, `reversed` of value 1; its `mean` is as it is scored (its scale turned round, JSON
 * `items[].scored.mean`), the direction of its score and boxes and the mean the Items table of the
 * other formats shows, as the CSV's `mean` has always been within schemaVersion 1; `scoredMean`
 * repeats it, and `askedMean` is the mean as the question was asked (JSON `items[].mean`, the
 * answers as given). The question of a customer headline
 * that a survey of employees holds back (`held`) has `heldBack: csat` (or ces) of value 1.
 */
function itemCsvRows(items: readonly ItemSummary[], held: ReadonlyMap<'csat' | 'ces', string>): Row[] {
  return items.flatMap((item): Row[] => {
    const subject = `item: ${item.column}`;
    const dimension = item.role === 'csat' || item.role === 'nps' || item.role === 'ces' ? item.role : item.dimension;
    const heldAs = [...held].filter(([, column]) => column === item.column).map(([role]): Row => [subject, `heldBack: ${role}`, 1, null, null]);
    return [
      ...(dimension === null ? [] : [[subject, `dimension: ${dimension}`, 1, null, null] as Row]),
      ...heldAs,
      ...meanRows(subject, item, true),
      [subject, 'score', item.score, null, item.n],
      ...(item.scale.kind === 'binary' ? [] : [[subject, 'topBox', item.topBox?.share ?? null, item.topBox?.ci, item.n] as Row, [subject, 'bottomBox', item.bottomBox?.share ?? null, item.bottomBox?.ci, item.n] as Row]),
    ];
  });
}

/**
 * A rated question's mean: as asked; on a reversed one `reversed` of value 1, its mean as it is
 * scored, (on an item, `withScored`, `scoredMean` the same) and `askedMean` as asked.
 */
function meanRows(subject: string, item: ItemSummary, withScored: boolean): Row[] {
  if (item.scored === undefined) return [[subject, 'mean', item.mean, item.ci, item.n]];
  const scored: Row = [subject, 'mean', item.scored.mean, item.scored.ci, item.n];
  return [[subject, 'reversed', 1, null, null], scored, ...(withScored ? [[subject, 'scoredMean', item.scored.mean, item.scored.ci, item.n] as Row] : []), [subject, 'askedMean', item.mean, item.ci, item.n]];
}

/** Each free-text column: `kind: other` of value 1 for an "Other (please specify)" text, its comments (count, share with its interval, mean length), cells without one by why, comments per language and per tone, and per theme its share, comments by tone and, in the whole sample, tested impact. */
function commentCsvRows(comments: CommentsSummary | null | undefined): Row[] {
  return (comments?.columns ?? []).flatMap((c): Row[] => {
    const subject = `comments: ${c.column}`;
    return [
      // An "Other (please specify)" text is no comment on the company: said, so that a sum of comments can leave it out.
      ...(c.kind === 'other' ? [[subject, 'kind: other', 1, null, null] as Row] : []),
      [subject, 'count', c.comments, null, c.respondents],
      [subject, 'share', c.share, c.ci, c.respondents],
      [subject, 'meanLength', c.meanLength, null, c.comments],
      ...COMMENT_EXCLUSIONS.map((reason): Row => [subject, `excluded: ${reason}`, c.excluded[reason], null, c.respondents]),
      ...COMMENT_LANGUAGES.map((language): Row => [subject, `language: ${language}`, c.languages[language].share, null, c.comments]),
      ...(c.tones === undefined ? [] : COMMENT_TONES.map((tone): Row => [subject, `tone: ${tone}`, (c.tones as NonNullable<typeof c.tones>)[tone].share, null, c.comments])),
      ...(c.tones === undefined ? [] : [[subject, 'tone: from ratings', c.tones.fromRatings, null, c.comments] as Row]),
      ...(c.themes ?? []).flatMap((t): Row[] => [
        [subject, `theme: ${t.theme}`, t.share, null, c.comments],
        ...COMMENT_TONES.map((tone): Row => [subject, `theme: ${t.theme}: ${tone}`, t[tone], null, t.comments]),
        // Each tested figure: mentioned − others with its interval, on the respondents who mention the theme; then its adjusted p.
        ...(t.impact?.tests ?? []).flatMap((test): Row[] => [
          [subject, `theme: ${t.theme}: impact: ${test.metric}`, test.difference, test.ci, t.impact?.mentioned.respondents ?? null],
          [subject, `theme: ${t.theme}: impact: ${test.metric}: adjustedP`, test.adjustedP, null, null],
        ]),
      ]),
      ...wordCsvRows(subject, c.words ?? []),
    ];
  });
}

/**
 * Per language of a free-text column: how far short any word count may be (`words: en:
 * maxUndercount`, 0 when exact, n the language's comments), each word that sets a side apart with
 * its z (`words: en: detractors: late`, n the side's comments in the language), and each theme's
 * words with the comments that use them (`words: en: theme delivery: courier`, n the theme's
 * comments in the language).
 */
function wordCsvRows(subject: string, words: readonly CommentLanguageWords[]): Row[] {
  return words.flatMap((w): Row[] => [
    [subject, `words: ${w.language}: maxUndercount`, w.maxUndercount, null, w.comments],
    ...(['detractors', 'promoters'] as const).flatMap((side) => (w.distinguishing?.[side] ?? []).map((x): Row => [subject, `words: ${w.language}: ${side}: ${x.word}`, x.z, null, w[side].comments])),
    ...w.themes.flatMap((t) => t.words.map((x): Row => [subject, `words: ${w.language}: theme ${t.theme}: ${x.word}`, x.comments, null, t.comments])),
  ]);
}

/** `dimensions.delivery.score` → delivery, score; `csat.topBox.share` → csat, topBox; `nps.score` → nps, score. */
function subjectOf(metric: string): [subject: string, figure: string] {
  const parts = metric.split('.');
  return (parts[0] === 'dimensions' ? [parts[1], parts[2]] : [parts[0], parts[1]]) as [string, string];
}

/**
 * The changes against the baseline: `<figure>Change` with its interval and `<figure>ChangeAdjustedP`,
 * and the mix/rate split as `<figure>Mix` and `<figure>Rate`, overall and per segment.
 */
function comparisonRows(comparison: Comparison): Array<{ segment: string; row: Row }> {
  const column = comparison.segmentColumn ?? '';
  const segmentOf = (scope: string) => (scope === 'overall' ? '' : scope.slice(column.length + 1));
  const rows: Array<{ segment: string; row: Row }> = [];
  for (const change of comparison.changes) {
    const [subject, figure] = subjectOf(change.metric);
    rows.push({ segment: segmentOf(change.scope), row: [subject, `${figure}Change`, change.change, change.ci, null] }, { segment: segmentOf(change.scope), row: [subject, `${figure}ChangeAdjustedP`, change.adjustedP, null, null] });
  }
  // Not tested: the change alone, without an interval or a p.
  for (const u of comparison.untested ?? []) {
    const [subject, figure] = subjectOf(u.metric);
    rows.push({ segment: segmentOf(u.scope), row: [subject, `${figure}Change`, u.change, null, null] });
  }
  for (const d of comparison.decomposition) {
    const [subject, figure] = subjectOf(d.metric);
    rows.push({ segment: '', row: [subject, `${figure}Mix`, d.mix, null, null] }, { segment: '', row: [subject, `${figure}Rate`, d.rate, null, null] });
    for (const part of d.segments) rows.push({ segment: part.value, row: [subject, `${figure}Mix`, part.mix, null, null] }, { segment: part.value, row: [subject, `${figure}Rate`, part.rate, null, null] });
  }
  return rows;
}

/**
 * One CSV cell: quoted when it holds the delimiter, a quote or a line break; a text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading `'`, and so does a text that starts with `'` itself, so that the two never read alike
 * (`'=1+1` is written `''=1+1`, `=1+1` `'=1+1`) and a program takes one `'` off any cell that starts
 * with one to have the text (a spreadsheet hides that `'` as it shows the cell); a control
 * character other than tab and line breaks is written out (`\x1b`), so that no escape sequence
 * reaches whoever prints the file. Plain numbers, negative ones too, are left as
 * numbers; a number is written with the style's decimal separator (`0,421` for a spreadsheet that
 * reads decimal commas), a text as it is.
 */
export function cell(value: string | number | null, style: CsvStyle = PROGRAM_CSV): string {
  if (value === null) return '';
  if (typeof value === 'number') return style.decimal === '.' ? String(value) : String(value).replace('.', style.decimal);
  const text = inertText(value, 'keep');
  const number = style.decimal === '.' ? /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/ : /^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/;
  const safe = (/^[=+\-@\t\r]/.test(text) && !number.test(text)) || text.startsWith("'") ? `'${text}` : text;
  const quoted = style.delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return quoted.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
