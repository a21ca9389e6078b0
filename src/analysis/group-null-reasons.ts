import type { Report } from './report.js';

// The figures of a group (a segment, a period) that may be null: its headlines, its index, its comments.
const GROUP_FIGURES = ['csat', 'nps', 'index', 'comments'] as const;

/**
 * Why each of a group's null figures is null, from the report of the group's own respondents
 * (`own`): `{nps: 'the recommend question has no valid 0-10 answer'}`; `{}` when none is null.
 * A group's report is made as the whole report is, so its reasons are the group's own.
 */
export function groupNullReasons(own: Pick<Report, (typeof GROUP_FIGURES)[number] | 'nullReasons'>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const figure of GROUP_FIGURES) {
    const reason = own.nullReasons[figure];
    if ((own[figure] ?? null) === null && reason !== undefined) reasons[figure] = reason;
  }
  return reasons;
}
