import { normalizeText } from '../text/normalize-text.js';

// A multi-select column has a handful of options; past this many, the rest are pooled as "Other"
// so that a column of free text cannot grow memory without bound.
const MAX_CATEGORIES = 100;
export const OTHER = 'Other';

export interface CategoryTallyState {
  n: number;
  weight: number;
  counts: Array<[key: string, entry: { label: string; count: number; weight: number }]>;
}

/**
 * Counts the categories chosen in a multi-select column, where one cell may hold several choices
 * separated by semicolons or commas ("Late delivery; Damaged item"). Categories are told apart
 * after folding (case, diacritics, punctuation), shown in their first spelling.
 */
export class CategoryTally {
  /** Respondents who chose at least one category, and their weight. */
  n = 0;
  weight = 0;
  readonly counts = new Map<string, { label: string; count: number; weight: number }>();

  add(cell: string, weight: number): void {
    // Each category once per respondent, folded key → the label it is shown as.
    const chosen = new Map<string, string>();
    for (const part of cell.split(/[;,]/)) {
      const label = part.trim();
      const key = normalizeText(label);
      if (key === '') continue;
      if (this.counts.has(key) || this.counts.size < MAX_CATEGORIES) chosen.set(key, label);
      else chosen.set(normalizeText(OTHER), OTHER);
    }
    if (chosen.size === 0) return;
    this.n += 1;
    this.weight += weight;
    for (const [key, label] of chosen) {
      const entry = this.counts.get(key) ?? { label, count: 0, weight: 0 };
      entry.count += 1;
      entry.weight += weight;
      this.counts.set(key, entry);
    }
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.weight *= factor;
    for (const entry of this.counts.values()) entry.weight *= factor;
  }

  clear(): void {
    this.n = 0;
    this.weight = 0;
    this.counts.clear();
  }

  save(): CategoryTallyState {
    return { n: this.n, weight: this.weight, counts: [...this.counts].map(([key, entry]) => [key, { ...entry }]) };
  }

  /** Adds the choices of a state `save` gave. */
  load(state: CategoryTallyState): this {
    this.n += state.n;
    this.weight += state.weight;
    for (const [key, theirs] of state.counts) {
      const entry = this.counts.get(key) ?? { label: theirs.label, count: 0, weight: 0 };
      entry.count += theirs.count;
      entry.weight += theirs.weight;
      this.counts.set(key, entry);
    }
    return this;
  }
}
