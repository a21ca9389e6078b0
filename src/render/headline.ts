import { NO_HANDLING_QUESTION, NO_PROBLEM_QUESTION } from '../analysis/summarize-dimension.js';
/** The headline lines the terminal table and Markdown share, worded once so that neither drops one. */
import type { ItemSummary, Report } from '../analysis/report.js';
import { boxSize } from '../survey/scale.js';
import { fixed, percent, plural, range } from './format-number.js';

/** One headline line: its label and its text. */
export interface HeadlineLine {
  label: string;
  text: string;
}

/** How a format marks a figure to stand out, and writes text from the data or the report's words. */
export interface HeadlineStyle {
  strong: (text: string) => string;
  data: (text: string) => string;
}

// Problem categories shown in the headline; the JSON has those the report keeps (see CategoryTally).
const CATEGORIES_SHOWN = 5;

/**
 * The headline measures a survey is read for, CSAT and NPS, that the report lacks, with why (its
 * `nullReasons`): a report whose only figure is the index says so, not just in the JSON. The
 * effort question (CES) is asked by few surveys, so only a CES found is shown. The index is missed
 * where the report has a dimension and no index (one dimension, whose score it would repeat; dimensions
 * that hold a part of the survey's items), not where it has none.
 */
export function missingHeadlines(report: Pick<Report, 'csat' | 'nps' | 'index' | 'dimensions' | 'nullReasons'>, style: HeadlineStyle): { csat: HeadlineLine | null; nps: HeadlineLine | null; index: HeadlineLine | null } {
  const line = (label: string, reason: string | undefined): HeadlineLine | null => (reason === undefined ? null : { label, text: `— ${style.data(reason)}` });
  const withheld = report.index === null && Object.keys(report.dimensions).length > 0;
  return { csat: report.csat === null ? line('CSAT', report.nullReasons.csat) : null, nps: report.nps === null ? line('NPS', report.nullReasons.nps) : null, index: withheld ? line('Index', report.nullReasons.index) : null };
}

/** The effort question's mean on its own scale and its box share, both stated (DESIGN.md), or null without one. */
export function effortLine(report: Pick<Report, 'ces'>, level: number, style: HeadlineStyle): HeadlineLine | null {
  const { ces } = report;
  if (ces === null) return null;
  return { label: 'CES', text: `mean ${style.strong(fixed(ces.mean, 2))} on ${ces.scale.min}-${ces.scale.max}${style.data(effortScale(ces))}  (${level} % CI ${range(ces.ci, (v) => v.toFixed(2))})${effortBox(ces)}  n ${ces.n}` };
}

/**
 * The effort question's box, named by what it holds: "low effort (1-2) 32.5 %". Where its direction
 * is known, its top box is the least effort: a scale whose higher codes are more effort is scored
 * from the top down (a scale of effort labels as it is read, one in numbers or of other labels when
 * its direction is decided, see scoreLeastEffortTop), so the share shown is the top box's, held by
 * the lowest codes. A config's "reverse" wins over that: a scale it left as it runs shows its bottom
 * box there. A scale reversed by the config whose codes the header's words call easier upwards
 * (and not by its ends, a set of ease or effort labels) shows its top box with the answers it
 * holds, as a scale of unknown direction does: "top-2" alone would say the favourable end on one
 * survey and the worst on the next. A yes/no has no box.
 */
function effortBox(ces: ItemSummary): string {
  const { scale } = ces;
  const k = boxSize(scale);
  if (k === 0) return '';
  const answers = (low: boolean) => {
    const [from, to] = low ? [scale.min, scale.min + k - 1] : [scale.max - k + 1, scale.max];
    return from === to ? String(from) : `${from}-${to}`;
  };
  const reversed = scale.reversed === true;
  const fromEnds = /^(ease|effort)-/.test(scale.labelSet ?? '');
  const lessIsLow = ces.direction === 'higher is more effort';
  if (ces.direction === undefined || ces.direction === null || (reversed && !lessIsLow && !fromEnds)) return `  top-${k} (${answers(reversed)}) ${percent(ces.topBox?.share)}`;
  // The top box holds the lowest codes of a reversed scale.
  const leastEffort = reversed === lessIsLow ? ces.topBox : ces.bottomBox;
  return `  low effort (${answers(lessIsLow)}) ${percent(leastEffort?.share)}`;
}

/** The complaint figures: who had a problem, how well it was handled, and what the problems were. */
export function complaintLines(report: Pick<Report, 'dimensions'>, level: number, style: HeadlineStyle): HeadlineLine[] {
  const complaints = report.dimensions.complaints;
  const lines: HeadlineLine[] = [];
  const incidence = complaints?.incidence;
  if (incidence !== undefined && incidence !== null) {
    lines.push({ label: 'Problems', text: `${percent(incidence.share)} had a problem  (${level} % CI ${range(incidence.ci, (v) => (v * 100).toFixed(1))} %)  n ${incidence.n}` });
  }
  const resolution = complaints?.resolution;
  if (resolution !== undefined && resolution !== null) {
    lines.push({ label: 'Handling', text: `${style.strong(fixed(resolution.score, 1))} of 100 among those who had a problem  (${level} % CI ${range(resolution.ci, (v) => v.toFixed(1))})  n ${resolution.n}` });
  } else {
    // A handling question found and left out, or unanswered, says why where the line would be; a survey that asks none has no line.
    const why = complaints?.nullReasons.resolution;
    if (why !== undefined && why !== NO_PROBLEM_QUESTION && why !== NO_HANDLING_QUESTION) lines.push({ label: 'Handling', text: `— ${style.data(why)}` });
  }
  for (const categories of complaints?.categories ?? []) {
    const shown = categories.counts.slice(0, CATEGORIES_SHOWN).map((k) => `${style.data(k.category)} ${percent(k.share)}`);
    // "Other", last, stands for the categories it pools.
    const hidden = categories.counts.slice(CATEGORIES_SHOWN).reduce((sum, k) => sum + (k.pooled ?? 1), 0);
    const more = hidden > 0 ? ` · ${hidden} more` : '';
    lines.push({ label: 'Problems were', text: `${shown.join(' · ')}${more}  (${style.data(categories.column)}, n ${categories.n})` });
  }
  return lines;
}

/** The words of an effort scale's ends, where it has them, and which way it runs: "(1 = sehr leicht … 7 = sehr schwierig; higher = more effort)". */
function effortScale(ces: ItemSummary): string {
  const { scale } = ces;
  const [low, high] = [scale.labels?.[String(scale.min)], scale.labels?.[String(scale.max)]];
  const ends = low === undefined || high === undefined ? [] : [`${scale.min} = ${low} … ${scale.max} = ${high}`];
  const direction = ces.direction === undefined || ces.direction === null ? 'direction unknown' : ces.direction.replace(/^higher is /, 'higher = ');
  return ` (${[...ends, direction].join('; ')})`;
}

/**
 * That the figures are weighted, by which column, at what effective n, and how many rows were left
 * out for their weight: `weighted by "Poids": effective n 285.9; 1 row left out for their weight`.
 * Every format says it by its headline, since a weighted share is not the share of the respondents.
 */
export function weightLine(report: Pick<Report, 'weight'>, style: HeadlineStyle): HeadlineLine | null {
  const { weight } = report;
  if (weight === null) return null;
  const left = Object.values(weight.excluded).reduce((a, b) => a + b, 0);
  return { label: 'weighted', text: `by ${style.data(`"${weight.column}"`)}: effective n ${weight.effectiveN.toFixed(1)}${left > 0 ? `; ${plural(left, 'row')} left out for their weight` : ''}` };
}
