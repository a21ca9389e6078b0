/** What the checkbox and ranking sections of every format show, and how they word it. */
import type { Report } from '../analysis/report.js';
import { fixed, percent } from './format-number.js';

/** One option of a checkbox question as text; `question` is set on the first option of each question only. */
export interface ChoiceRow {
  question: string;
  base: string;
  option: string;
  count: string;
  share: string;
}

/** One option of a ranking as text; `question` is set on the first option of each ranking only. */
export interface RankingRow {
  question: string;
  respondents: string;
  option: string;
  n: string;
  meanRank: string;
  firstChoice: string;
}

export const CHOICES_TITLE = 'Checkbox questions';
export const RANKINGS_TITLE = 'Rankings';
export const RANKINGS_NOTE = 'mean rank: 1 is first, among the respondents who ranked the option (n); first choice: share of the respondents who ranked any option (base)';

/** The rows of the checkbox section: question, its base, option, count and share. */
export function choiceRows(report: Report): ChoiceRow[] {
  return report.choices.flatMap((q) =>
    q.options.map((o, i) => ({ question: i === 0 ? q.question : '', base: i === 0 ? String(q.base.respondents) : '', option: o.label, count: String(o.count), share: percent(o.share) })),
  );
}

/** The rows of the ranking section: question, its respondents, option, how many ranked it, mean rank and first-choice share. */
export function rankingRows(report: Report): RankingRow[] {
  return report.rankings.flatMap((r) =>
    r.options.map((o, i) => ({ question: i === 0 ? r.question : '', respondents: i === 0 ? String(r.respondents) : '', option: o.label, n: String(o.n), meanRank: fixed(o.meanRank, 2), firstChoice: percent(o.firstChoice.share) })),
  );
}

/**
 * What the base of the checkbox questions is: one sentence when every question has the same kind
 * of base, else one per question.
 */
export function choicesNote(report: Report): string {
  const { choices } = report;
  const reasons = [...new Set(choices.map((q) => q.base.reason))];
  if (reasons.length === 0) return '';
  if (reasons.length === 1) return `share: of the base, ${theBase(reasons[0] as string)}`;
  return `share: of the base — ${choices.map((q) => `${q.question}: ${theBase(q.base.reason)}`).join('; ')}`;
}

/** A base's reason as the note names it: "the respondents who …", "every respondent …" (it read "the every respondent"). */
function theBase(reason: string): string {
  return reason.startsWith('every ') ? reason : `the ${reason}`;
}
