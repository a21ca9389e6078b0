/** What the attention-check section of every format shows, and how it words it. */
import type { Report } from '../analysis/report.js';
import { DASH, percent } from './format-number.js';

/** One attention check as text. */
export interface AttentionRow {
  column: string;
  expected: string;
  passed: string;
  failed: string;
  unanswered: string;
  /** Share of those who answered it who gave the answer asked for. */
  passRate: string;
}

export const ATTENTION_TITLE = 'Attention checks';
export const ATTENTION_HEAD = ['Check', 'Asks for', 'Passed', 'Failed', 'Unanswered', 'Pass rate'];

/** The rows of the attention section: each check, the answer it asks for, and how respondents answered it. */
export function attentionRows(report: Report): AttentionRow[] {
  return (report.attention?.checks ?? []).map((c) => {
    const answered = c.passed + c.failed;
    return { column: c.column, expected: c.expected, passed: String(c.passed), failed: String(c.failed), unanswered: String(c.unanswered), passRate: answered === 0 ? DASH : percent(c.passed / answered) };
  });
}

/** The line under the section: how many failed any check, and whether they were left out. */
export function attentionNote(report: Report): string {
  const attention = report.attention;
  if (attention === null || attention === undefined) return '';
  const failed = `${attention.failedAny} of ${attention.respondents} respondents failed at least one check (an unanswered check is no failure)`;
  return attention.dropped ? `${failed}; they are left out of every figure (--drop-inattentive)` : `${failed}; they are in the figures (--drop-inattentive leaves them out)`;
}
