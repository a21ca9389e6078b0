import type { ColumnConfig, DimensionConfig, SatisfyConfig, ScaleConfig } from '../survey/config.js';
import type { Scale } from '../survey/scale.js';
import { SCALED_ROLES } from '../survey/survey-model.js';
import type { DimensionSuggestion } from '../survey/suggest-dimensions.js';
import type { Report } from './report.js';

/**
 * The config that pins down everything detection found in `report`: each column's role and scale,
 * the dimensions and their items, the overall questions, segments, timestamp and weight. Fed back
 * unchanged, it gives the same report; it is meant to be edited. `suggested` groups of items that
 * belong to no dimension (suggestDimensions) become dimensions too, named by a word their headers
 * share, for the user to rename: with them, the report scores those groups. A Qualtrics survey
 * file read (`survey`, relative to the config's folder) is named again, for its questions' texts.
 */
export function starterConfig(report: Report, extra: Pick<SatisfyConfig, 'language' | 'missing' | 'survey' | 'headerRow'> & { suggested?: readonly DimensionSuggestion[]; yesNoSpellings?: ReadonlyMap<string, readonly [no: string, yes: string]> } = {}): SatisfyConfig {
  const named = (role: string) => report.columns.find((c) => c.role === role)?.name;
  // Without a prototype, a column named `__proto__` or `constructor` is a key like any other.
  const columns: Record<string, ColumnConfig> = Object.create(null) as Record<string, ColumnConfig>;
  for (const column of report.columns) {
    const settings: ColumnConfig = { role: column.role };
    // A segment of the complaints dimension lists the categories of the problems.
    if (column.role === 'segment' && column.dimension !== null) settings.dimension = column.dimension;
    // A scale read by codes of other values (0-10 coded 1-11: "1" is 0) is left to detection, which
    // reads it so again: a config spells no number for another value of its scale.
    const byCodes = column.scale !== null && column.scale.labels === null && column.aliases !== undefined;
    if (SCALED_ROLES.has(column.role) && column.scale !== null && !byCodes) settings.scale = scaleConfig(ownYesNo(column.scale, extra.yesNoSpellings?.get(column.name)), column.aliases);
    if (column.scale?.reversed === true) settings.reverse = true;
    // An attention check is read back with the answer it asks for.
    if (column.role === 'attention' && column.expected !== undefined) settings.expected = column.expected;
    // A checkbox question written into one column is read so in every shard, whatever its sample shows.
    if (column.role === 'option' && column.joined === true) settings.joined = true;
    if (column.missingCodes !== undefined && column.missingCodes.length > 0) settings.missing = [...column.missingCodes];
    // An importance column keeps the item it was paired with, whatever later shards' headers say.
    if (column.role === 'importance' && typeof column.importanceOf === 'string') settings.importanceOf = column.importanceOf;
    columns[column.name] = settings;
  }
  const dimensions: DimensionConfig[] = Object.entries(report.dimensions).map(([id, dimension]) => ({
    id,
    label: dimension.label,
    items: dimension.items.map((column) => {
      const weight = dimension.itemWeights[column] ?? 1;
      return weight === 1 ? column : { column, weight };
    }),
  }));
  // Groups of items of no dimension whose answers go together, named by a word they share: to rename.
  for (const group of extra.suggested ?? []) dimensions.push({ id: group.id, label: group.id.charAt(0).toUpperCase() + group.id.slice(1), items: [...group.items] });
  const segments = report.columns.filter((c) => c.role === 'segment' && c.dimension === null).map((c) => c.name);
  // A header found below a title, a date or blank rows is read from that line in every shard, whatever the rows above it hold there.
  const lines = report.input.files.map((file) => file.headerLine);
  const headerRow = extra.headerRow ?? (lines.length > 0 && lines.every((line) => line !== undefined && line === lines[0]) ? lines[0] : undefined);
  const config: SatisfyConfig = {
    ...(extra.language === undefined ? {} : { language: extra.language }),
    missing: extra.missing ?? [],
    ...(headerRow === undefined ? {} : { headerRow }),
    ...(report.weight === null ? {} : { weight: report.weight.column }),
    ...optional('timestamp', named('timestamp')),
    segments,
    ...optional('csat', named('csat')),
    ...optional('nps', named('nps')),
    ...optional('ces', named('ces')),
    columns,
    dimensions,
    gates: report.checks.map((check) => check.expression),
    ...(extra.survey === undefined ? {} : { survey: extra.survey }),
  };
  return config;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * A yes/no scale with the export's own words for no and yes ("Non", "Oui") where its answers spell
 * them so: detection names the ends "No" and "Yes" in any language, and a config written in them
 * reads right but looks wrong. Other spellings of yes and no are read as they are.
 */
function ownYesNo(scale: Scale, spelled: readonly [no: string, yes: string] | undefined): Scale {
  if (scale.kind !== 'binary' || spelled === undefined || scale.labels?.['0'] !== 'No' || scale.labels['1'] !== 'Yes') return scale;
  return { ...scale, labels: { '0': spelled[0], '1': spelled[1] } };
}

function scaleConfig(scale: Scale, aliases: Readonly<Record<string, number>> = {}): ScaleConfig {
  return {
    kind: scale.kind,
    min: scale.min,
    max: scale.max,
    // A numeric scale keeps the labels of its codes (from a survey file): they name its points in reports.
    ...(scale.labels === null ? {} : { labels: spelledLabels(scale.labels, aliases) }),
    ...(scale.labelSet === null ? {} : { labelSet: scale.labelSet }),
  };
}

/**
 * A scale's labels with the column's other spellings of each value after its label, as the config
 * writes them: a yes/no question coded 1 and 2 is {"0": ["No", "2"], "1": ["Yes", "1"]}, read back
 * as it was read.
 */
function spelledLabels(labels: Readonly<Record<string, string>>, aliases: Readonly<Record<string, number>>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(labels).map(([value, label]) => {
      const more = Object.entries(aliases).filter(([spelling, of]) => String(of) === value && spelling !== label).map(([spelling]) => spelling);
      return [value, more.length === 0 ? label : [label, ...more]];
    }),
  );
}
