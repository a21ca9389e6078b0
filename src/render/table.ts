import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { BoxShare, ItemSummary, MissingCounts, NpsSummary, Report } from '../analysis/report.js';
import type { SkipReason } from '../input/read-csv.js';
import { DASH, fixed, percent, range, signed } from './format-number.js';
import type { RenderOptions } from './render-options.js';

const REASON_WORDS: Record<keyof MissingCounts, string> = {
  blank: 'blank',
  notApplicable: 'not applicable',
  outOfScale: 'out of scale',
  notInteger: 'not an integer',
  invalid: 'unrecognised',
};

const SKIP_WORDS: Record<SkipReason, string> = { emptyRow: 'empty row', fieldCount: 'row with the wrong number of fields', unclosedQuote: 'row with an unclosed quote', partial: 'unfinished response' };

/** The report for a person at a terminal: headline, dimensions, NPS, items, exclusions, notes. */
export function renderTable(report: Report, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const level = Math.round(report.method.confidenceLevel * 1000) / 10;
  const sections = [
    headline(report, c, level),
    dimensionTable(report, c, level),
    npsBreakdown(report.nps, c),
    itemTable(report, c),
    exclusions(report, c),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function headline(report: Report, c: ChalkInstance, level: number): string {
  const files = report.input.files;
  const skipped = files.flatMap((f) => f.skipped).reduce((sum, s) => sum + s.count, 0);
  const source = files.length === 1 ? (files[0]?.path ?? '') : `${files.length} files`;
  const lines = [c.bold(`satisfy report · ${source}`), `${plural(report.respondents, 'respondent')}${skipped > 0 ? ` (${plural(skipped, 'row')} skipped)` : ''}`];
  const { csat, nps } = report;
  if (csat !== null) {
    const scale = csat.scale;
    lines.push(`${c.bold('CSAT')}  ${c.bold(percent(csat.topBox?.share))} top-2 of ${scale.min}-${scale.max}  (${level} % CI ${range(csat.topBox?.ci, (v) => (v * 100).toFixed(1))} %)  mean ${fixed(csat.mean, 2)}  n ${csat.n}`);
  }
  if (nps !== null) lines.push(`${c.bold('NPS')}   ${c.bold(signed(nps.score))}  (${level} % CI ${range(nps.ci, (v) => signed(v), ' to ')})  n ${nps.n}`);
  const incidence = report.dimensions.complaints?.incidence;
  if (incidence !== undefined && incidence !== null) {
    lines.push(`${c.bold('Problems')}  ${percent(incidence.share)} had a problem  (${level} % CI ${range(incidence.ci, (v) => (v * 100).toFixed(1))} %)  n ${incidence.n}`);
  }
  return lines.join('\n');
}

function dimensionTable(report: Report, c: ChalkInstance, level: number): string {
  const entries = Object.entries(report.dimensions);
  if (entries.length === 0) return c.yellow('No dimension found: name item columns with --map <dimension>=<column>.');
  const table = newTable(['Dimension', 'Items', 'n', 'Score', `${level} % CI`, 'Top-2', 'Bottom-2', 'N/A, invalid'], c);
  for (const [, d] of entries) {
    table.push([d.label, String(d.items.length), String(d.n), c.bold(fixed(d.score, 1)), range(d.ci, (v) => v.toFixed(1)), box(d.topBox), box(d.bottomBox), String(excludedNonBlank(d.missing))]);
  }
  return `${c.bold('Dimensions')} (score 0-100)\n${table.toString()}`;
}

function npsBreakdown(nps: NpsSummary | null, c: ChalkInstance): string {
  if (nps === null) return '';
  const table = newTable(['NPS group', 'Answers', 'Count', 'Share'], c);
  table.push([c.green('Promoters'), '9-10', String(nps.promoters.count), percent(nps.promoters.share)]);
  table.push(['Passives', '7-8', String(nps.passives.count), percent(nps.passives.share)]);
  table.push([c.red('Detractors'), '0-6', String(nps.detractors.count), percent(nps.detractors.share)]);
  return `${c.bold('NPS breakdown')} (${nps.column}; margin of error ±${fixed(nps.moe, 1)} points)\n${table.toString()}`;
}

function itemTable(report: Report, c: ChalkInstance): string {
  if (report.items.length === 0) return '';
  const table = newTable(['Item', 'Dimension', 'Scale', 'n', 'Mean', 'Score', 'Top-2', 'Bottom-2'], c, 2);
  for (const item of report.items) {
    table.push([truncate(item.column, 48), itemDimension(item), scaleText(item), String(item.n), fixed(item.mean, 2), fixed(item.score, 1), box(item.topBox), box(item.bottomBox)]);
  }
  return `${c.bold('Items')}\n${table.toString()}`;
}

function exclusions(report: Report, c: ChalkInstance): string {
  const lines: string[] = [];
  for (const file of report.input.files) {
    for (const s of file.skipped) lines.push(`${file.path}: ${plural(s.count, SKIP_WORDS[s.reason])} skipped, at line ${s.firstLines.join(', ')}${s.count > s.firstLines.length ? ', …' : ''}`);
  }
  const missing = totalMissing(report);
  const parts = (Object.keys(REASON_WORDS) as Array<keyof MissingCounts>).filter((r) => missing[r] > 0).map((r) => `${missing[r]} ${REASON_WORDS[r]}`);
  if (parts.length > 0) lines.push(`Answers excluded from the bases: ${parts.join(', ')}`);
  for (const note of report.notes) lines.push(c.yellow(`note: ${note}`));
  return lines.join('\n');
}

function totalMissing(report: Report): MissingCounts {
  const sum: MissingCounts = { blank: 0, notApplicable: 0, outOfScale: 0, notInteger: 0, invalid: 0 };
  for (const item of report.items) for (const reason of Object.keys(sum) as Array<keyof MissingCounts>) sum[reason] += item.missing[reason];
  return sum;
}

/** Excluded answers other than blanks: blanks are usually skip logic, the rest deserve a look. */
function excludedNonBlank(missing: MissingCounts): number {
  return missing.notApplicable + missing.outOfScale + missing.notInteger + missing.invalid;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A table whose first `textColumns` columns are text (left-aligned) and the rest figures. */
function newTable(head: string[], c: ChalkInstance, textColumns = 1): Table.Table {
  // cli-table3 colours its header on its own unless told not to; colour is decided by the caller.
  return new Table({
    head: head.map((h) => c.bold(h)),
    // Labels left, figures right, so that digits line up.
    colAligns: head.map((_, i) => (i < textColumns ? 'left' : 'right')),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: [], border: [], compact: true },
  });
}

function box(share: BoxShare | null): string {
  return share === null ? DASH : percent(share.share);
}

function itemDimension(item: ItemSummary): string {
  if (item.role === 'csat') return 'overall (CSAT)';
  if (item.role === 'nps') return 'recommend (NPS)';
  if (item.role === 'ces') return 'effort (CES)';
  return item.dimension ?? DASH;
}

function scaleText(item: ItemSummary): string {
  return item.scale.kind === 'binary' ? 'yes/no' : `${item.scale.min}-${item.scale.max}`;
}

function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
