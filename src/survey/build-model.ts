import { SatisfyError } from '../errors.js';
import type { AnswerFormat } from './code-answer.js';
import { detectColumns, ratingScale, yesNoScale, type HeaderShape } from './detect-columns.js';
import { lexiconsFor } from './lexicon/index.js';
import { profileValues } from './profile-values.js';
import { BUILT_IN_DIMENSIONS, type ColumnModel, type DimensionModel, type SurveyModel } from './survey-model.js';
import type { Scale } from './scale.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** `--map <target>=<column>[,<column>...]`: a dimension id, or `csat`, `nps` or `ces`. */
export interface ColumnMapping {
  target: string;
  columns: string[];
}

export interface BuildModelOptions {
  mappings?: readonly ColumnMapping[];
  /** The column that weights the rows. Detection marks weight-like columns but never applies them. */
  weightColumn?: string;
  /** Answers of one's own that mean "no answer" (`--missing 0`), excluded and counted as notApplicable. */
  missing?: readonly string[];
  /** The language whose keywords are tried first (`--lang pl`). */
  language?: string;
  /** The file the header came from, for error messages. */
  file?: string;
}

const SINGLE_ROLES = new Set(['csat', 'nps', 'ces']);

/**
 * Builds the survey model of a file from its header and a sample of its rows: detection first,
 * then the user's mappings, which win.
 */
export function buildSurveyModel(header: HeaderShape, sample: readonly (readonly string[])[], options: BuildModelOptions = {}): SurveyModel {
  const lexicons = lexiconsFor(options.language);
  const vocabulary = buildVocabulary(lexicons, options.missing);
  const columns = detectColumns(header, sample, vocabulary, lexicons);
  for (const mapping of options.mappings ?? []) applyMapping(columns, sample, mapping, vocabulary, header, options.file);
  const weight = options.weightColumn === undefined ? null : applyWeight(columns, options.weightColumn, options.file);
  const find = (role: 'csat' | 'nps' | 'ces') => columns.find((c) => c.role === role)?.index ?? null;
  return { columns, dimensions: collectDimensions(columns), csat: find('csat'), nps: find('nps'), ces: find('ces'), weight, vocabulary };
}

function applyWeight(columns: ColumnModel[], name: string, file: string | undefined): number {
  const column = findColumn(columns, name, `--weight ${name}`, file);
  Object.assign(column, { role: 'weight', dimension: null, scale: null });
  column.evidence.unshift(`set by --weight ${name}`);
  return column.index;
}

/** A column by its name (exactly, then ignoring case) or by its number, `#1` for the first. */
export function findColumn(columns: readonly ColumnModel[], name: string, flag: string, file: string | undefined): ColumnModel {
  const number = /^#(\d+)$/.exec(name);
  const column = number !== null ? columns[Number(number[1]) - 1] : (columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase()));
  if (column === undefined) throw new SatisfyError('UNKNOWN_COLUMN', `no column "${name}" for ${flag}`, { file }, `columns are: ${columns.map((c) => c.name).join(', ')}`);
  return column;
}

function applyMapping(columns: ColumnModel[], sample: readonly (readonly string[])[], mapping: ColumnMapping, vocabulary: Vocabulary, format: AnswerFormat, file: string | undefined): void {
  const flag = `--map ${mapping.target}=${mapping.columns.join(',')}`;
  const named = mapping.columns.map((name) => findColumn(columns, name, flag, file));
  const single = SINGLE_ROLES.has(mapping.target);
  if (single && named.length !== 1) throw new SatisfyError('USAGE', `${flag} names ${named.length} columns; ${mapping.target} takes one`);
  // Whatever detection put under this target and the user did not name is set free.
  for (const column of columns) {
    const held = single ? column.role === mapping.target : column.dimension === mapping.target;
    if (held && !named.includes(column)) {
      column.role = 'item';
      column.dimension = null;
      column.evidence.push(`${flag} names other columns`);
    }
  }
  for (const column of named) {
    const scale = column.scale ?? mappedScale(column, sample, vocabulary, format, mapping.target === 'complaints');
    if (scale === null) {
      throw new SatisfyError('NO_SCORABLE_COLUMN', `column "${column.name}" named by ${flag} holds no ratings satisfy can score`, { file }, 'ratings are integers from 0 to 10 or answers of a known label set');
    }
    column.scale = mapping.target === 'nps' ? { ...scale, min: 0, max: 10 } : scale;
    if (single) {
      column.role = mapping.target as 'csat' | 'nps' | 'ces';
      column.dimension = null;
    } else {
      column.role = scale.kind === 'binary' && mapping.target === 'complaints' ? 'complaint' : 'item';
      column.dimension = mapping.target;
    }
    column.evidence.unshift(`set by ${flag}`);
  }
}

/** The scale of a column the user named whose values detection did not read as ratings. */
function mappedScale(column: ColumnModel, sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat, complaints: boolean): Scale | null {
  const profile = profileValues(sample, column.index, vocabulary, format);
  const rating = ratingScale(column.name, profile, (n) => n > 0, vocabulary);
  if (rating !== null) return rating.scale;
  return profile.yesNo > 0 ? yesNoScale(complaints) : null;
}

function collectDimensions(columns: readonly ColumnModel[]): DimensionModel[] {
  const ids = [...new Set(columns.flatMap((c) => (c.dimension === null ? [] : [c.dimension])))];
  const order = (id: string) => {
    const builtIn = BUILT_IN_DIMENSIONS.findIndex((d) => d.id === id);
    return builtIn === -1 ? BUILT_IN_DIMENSIONS.length : builtIn;
  };
  ids.sort((a, b) => order(a) - order(b));
  return ids.map((id) => ({
    id,
    label: BUILT_IN_DIMENSIONS.find((d) => d.id === id)?.label ?? id.charAt(0).toUpperCase() + id.slice(1),
    columns: columns.filter((c) => c.dimension === id).map((c) => c.index),
  }));
}
