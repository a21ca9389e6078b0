import { Chalk } from 'chalk';
import type { ColumnReport, InspectReport } from '../analysis/report.js';
import { doubtOf } from '../survey/survey-model.js';
import { inertData } from '../text/inert-text.js';
import { compactTable } from './compact-table.js';
import { DASH, plural, truncate } from './format-number.js';
import type { RenderOptions } from './render-options.js';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * `satisfy inspect` for a person: how each file was read, then each column, its role and why. Text
 * from the data shows its control characters escaped (`\x1b`), a line break as a space.
 */
export function renderInspectTable(data: InspectReport, options: RenderOptions): string {
  const inspected = inertData(data, 'space');
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  for (const [f, file] of inspected.input.files.entries()) {
    // Named from the file as read: a tab delimiter is a control character that inertData turns into a space.
    const delimiter = data.input.files[f]?.delimiter ?? file.delimiter;
    const skipped = file.skipped.map((s) => `${s.count} ${s.reason}`).join(', ');
    lines.push(c.bold(file.path));
    const read = file.format === 'xlsx' ? `format xlsx · sheet ${file.sheet ?? DASH}` : file.format === 'sav' ? `format sav · encoding ${file.encoding}` : file.format === 'json' ? 'format json' : file.format === 'parquet' ? 'format parquet' : `encoding ${file.encoding} · delimiter ${DELIMITER_NAMES[delimiter] ?? file.delimiter}`;
    // A JSON file's keys are its header: it has no header rows.
    lines.push(`  ${read} · platform ${file.platform}${file.format === 'json' ? '' : ` · ${plural(file.headerRows, 'header row')}`}`);
    lines.push(`  ${file.rows} rows, ${file.rowsUsed} used${skipped === '' ? '' : `, skipped: ${skipped}`}`);
    for (const note of file.notes) lines.push(`  ${c.dim(note)}`);
  }
  const survey = inspected.input.survey;
  if (survey !== undefined) {
    lines.push(c.bold(survey.path));
    const by = survey.matchedBy === 'importId' ? 'by ImportId' : 'by variable name';
    lines.push(`  Qualtrics survey file "${survey.name}": read ${plural(survey.columns, 'column')} ${by}; its reading wins over detection`);
    if (survey.unmatchedColumns.length > 0) lines.push(`  ${c.dim(`${plural(survey.unmatchedColumns.length, 'column')} of answers in no question of it, left to detection: ${survey.unmatchedColumns.map((n) => truncate(n, 30)).join(', ')}`)}`);
    if (survey.unmatchedQuestions.length > 0) lines.push(`  ${c.dim(`${plural(survey.unmatchedQuestions.length, 'question')} of it in no column: ${survey.unmatchedQuestions.join(', ')}`)}`);
  }
  if (inspected.language !== undefined) lines.push(`  language: ${inspected.language.evidence}`);
  // Said where it changes the reading, a survey of employees or of patients' health (the JSON has it always).
  if (inspected.audience !== undefined && inspected.audience.audience !== 'customers') lines.push(`  audience: ${inspected.audience.evidence}`);
  const head = ['#', 'Column', 'Role', 'Dimension', 'Scale', 'Sample values', 'Why'];
  const table = compactTable(head, c, { textColumns: head.length, colWidths: [null, 30, null, null, null, 24, 40], wordWrap: true });
  inspected.columns.forEach((column, i) => {
    const name = column.question === null || column.question === column.name ? column.name : `${column.name}\n${c.dim(truncate(column.question, 56))}`;
    // Only high and medium readings feed headlines; say how sure the others are.
    const role = column.confidence === undefined || column.confidence === 'high' ? column.role : `${column.role}\n${c.dim(column.confidence)}`;
    table.push([String(i + 1), name, role, column.dimension ?? DASH, scaleText(column), column.samples.map((s) => truncate(s, 10)).join(' | ') || DASH, column.evidence.join('; ')]);
  });
  const unmapped = inspected.columns.filter((column) => column.unmapped.length > 0);
  const after = unmapped.map((column) => `  ${column.name}: ${column.unmapped.map((u) => `"${u.label}" ×${u.count}`).join(', ')}`);
  const footer = after.length === 0 ? '' : `\n${c.bold('Unmapped labels')} (not scored; map them in satisfy.config.json, see satisfy init)\n${after.join('\n')}\n`;
  const unsure = inspected.columns.flatMap((column) => {
    const doubt = doubtOf(column);
    return doubt?.kind === 'suggestion' ? [`  ${column.name}: ${column.suggestion?.dimension ?? doubt.as} (${doubt.confirm.replace(/,$/, '')})`] : [];
  });
  const leftOut = unsure.length === 0 ? '' : `\n${c.bold('Left out on weak evidence')} (confirm with --map or in satisfy.config.json)\n${unsure.join('\n')}\n`;
  const groups = inspected.suggestedDimensions.map((g) => `  ${g.id} (${g.alpha === null || g.meanR === null ? 'one question; too few rows answered its items together to tell how they go together' : `alpha ${g.alpha.toFixed(2)}, mean r ${g.meanR.toFixed(2)}`}): ${g.items.join(', ')}`);
  const suggested = groups.length === 0 ? '' : `\n${c.bold('Suggested dimensions')} (items of no dimension whose answers go together; satisfy init writes them into the config to rename)\n${groups.join('\n')}\n`;
  return `${lines.join('\n')}\n\n${table.toString()}\n${footer}${leftOut}${suggested}`;
}

export function renderInspectJson(inspected: InspectReport): string {
  return `${JSON.stringify(inspected, null, 2)}\n`;
}

function scaleText(column: ColumnReport): string {
  const { scale } = column;
  if (scale === null) return DASH;
  if (scale.kind === 'binary') return 'yes/no';
  return scale.kind === 'labels' ? `${scale.min}-${scale.max} (${scale.labelSet ?? 'labels'})` : `${scale.min}-${scale.max}`;
}

