import type { Scale } from './scale.js';
import type { Vocabulary } from './vocabulary.js';

/** What a column holds. See DESIGN.md, "The survey model". */
export type Role = 'id' | 'timestamp' | 'segment' | 'weight' | 'item' | 'csat' | 'nps' | 'ces' | 'complaint' | 'comment' | 'ignored' | 'unknown';

/** Roles whose columns are rated on a scale and scored. */
export const RATED_ROLES: ReadonlySet<Role> = new Set(['item', 'csat', 'nps', 'ces', 'complaint']);

export interface ColumnModel {
  index: number;
  name: string;
  /** Question text from an extra header row, or null when the export has only one header row. */
  question: string | null;
  role: Role;
  dimension: string | null;
  scale: Scale | null;
  /** Why the column got its role, dimension and scale, in words. */
  evidence: string[];
  /**
   * Text answers in the sample that no label of the column's scale (or, for a column left
   * unscored, of any scale it partly fits) knows, with their counts; empty when there are none.
   */
  unmapped: UnmappedLabel[];
  /** Answers of this column's own that mean "no answer" (from the config). */
  missing?: string[];
  /** More spellings of the scale's labels, label → value (from the config). */
  aliases?: Record<string, number>;
  /** Weight of this item in a respondent's dimension score (from the config); 1 when absent. */
  itemWeight?: number;
}

export interface UnmappedLabel {
  label: string;
  count: number;
}

export interface DimensionModel {
  id: string;
  label: string;
  /** Indexes of the columns scored in this dimension, in file order. */
  columns: number[];
}

export interface SurveyModel {
  columns: ColumnModel[];
  /** Dimensions with at least one column, built-in ones first in DESIGN.md order. */
  dimensions: DimensionModel[];
  /** Index of the overall-satisfaction, recommend and effort columns, or null. */
  csat: number | null;
  nps: number | null;
  ces: number | null;
  /** Index of the column whose values weight the rows (--weight), or null: unweighted. */
  weight: number | null;
  /** Index of the column that dates the responses: the config's, else the first detected; or null. */
  timestamp: number | null;
  vocabulary: Vocabulary;
}

/** The built-in dimensions, in the order reports list them. */
export const BUILT_IN_DIMENSIONS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'delivery', label: 'Delivery' },
  { id: 'pricing', label: 'Pricing' },
  { id: 'complaints', label: 'Complaints' },
  { id: 'trust', label: 'Trust' },
];
