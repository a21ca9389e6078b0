import type { Report } from '../analysis/report.js';
import { SINGLE_ROLES, type ColumnMapping } from '../survey/build-model.js';
import { BUILT_IN_DIMENSIONS, type SurveyModel } from '../survey/survey-model.js';
import type { LoadedConfig } from './load-config.js';

/**
 * The dimensions a report of this run can have: the built-in ones, those the config and `--map`
 * name, and those of the reports and states it reads. A gate on any other is a usage error (see
 * requireKnownDimensions).
 */
export function knownDimensions(survey: { config?: LoadedConfig; mappings?: readonly ColumnMapping[] }, read: { reports?: ReadonlyArray<Report | null>; models?: readonly SurveyModel[] } = {}): string[] {
  const settings = survey.config?.settings;
  const ids = [
    ...BUILT_IN_DIMENSIONS.map((d) => d.id),
    ...(settings?.dimensions ?? []).map((d) => d.id),
    ...Object.values(settings?.columns ?? {}).flatMap((c) => (c.dimension === undefined ? [] : [c.dimension])),
    ...(survey.mappings ?? []).map((m) => m.target).filter((t) => !SINGLE_ROLES.has(t)),
    ...(read.reports ?? []).flatMap((r) => (r === null ? [] : Object.keys(r.dimensions))),
    ...(read.models ?? []).flatMap((m) => m.dimensions.map((d) => d.id)),
  ];
  return [...new Set(ids)];
}
