import { splitChoices, type ChoiceSeparator } from '../survey/split-choices.js';
import { normalizeText } from '../text/normalize-text.js';
import { Spellings, type SpellingsState } from './spellings.js';
import { keepTop, topKeys } from './top-keys.js';

// A multi-select column has a handful of options. Up to this many distinct ones each is counted
// exactly, whatever the order of the rows and of the merges; past it the column is most likely free
// text, and the choices of categories not held are pooled as they come, so that memory stays
// bounded.
export const MAX_CATEGORIES = 1000;
// The report shows this many categories, the most chosen, and pools the rest as "Other".
export const CATEGORIES_SHOWN = 100;
const OTHER = 'Other';
const OTHER_KEY = normalizeText(OTHER);

/** One category: how many respondents chose it, their weight, and the spellings it was written in. */
interface CategoryEntry {
  count: number;
  weight: number;
  spellings: Spellings;
}

export interface CategoryTallyState {
  /** Respondents who chose at least one category, and their weight. */
  n: number;
  weight: number;
  /** Each category held, by its folded key: its respondents, their weight and its spellings (see Spellings). */
  counts: Array<[key: string, entry: { count: number; weight: number; spellings: SpellingsState }]>;
  /** The choices of categories past the MAX_CATEGORIES held (0 but for a column of free text): one a respondent and category. */
  overflow: { count: number; weight: number };
}

/** A category as the report shows it; "Other" with the number of categories it pools. */
export interface ShownCategory {
  label: string;
  count: number;
  weight: number;
  /** "Other" only: the categories pooled in it (those held; past MAX_CATEGORIES, more). */
  pooled?: number;
}

/**
 * Counts the categories chosen in a multi-select column, where one cell may hold several choices
 * separated by semicolons or commas ("Late delivery; Damaged item"; a comma between parentheses, or
 * anywhere in a column joined by semicolons, belongs to a category: see splitChoices). Categories are told apart
 * after folding (case, diacritics, punctuation) and shown in their most frequent spelling (see
 * Spellings). Up to MAX_CATEGORIES distinct categories, the tally of the same rows is the same
 * whatever their order and however its parts are merged; the report (see `shown`) keeps the
 * CATEGORIES_SHOWN most chosen and pools the others as "Other".
 *
 * Past MAX_CATEGORIES (a column of free text read as categories), a row's categories not held go
 * to `overflow`, and a merge keeps the MAX_CATEGORIES most chosen (ties by key) and moves the rest
 * there: which categories are counted one by one then depends on the order of the rows and merges.
 */
export class CategoryTally {
  /** Respondents who chose at least one category, and their weight. */
  n = 0;
  weight = 0;
  private readonly counts = new Map<string, CategoryEntry>();
  private readonly overflow = { count: 0, weight: 0 };
  // The categories of the row being added (a few): each folded key once, and the spelling met first in the cell.
  private readonly rowKeys: string[] = [];
  private readonly rowLabels: string[] = [];

  /** `separator`: how the column joins its categories, where detection decided it (see ColumnModel.joinedBy). */
  constructor(private readonly separator?: ChoiceSeparator) {}

  add(cell: string, weight: number): void {
    if (cell === '') return;
    const { rowKeys: keys, rowLabels: labels } = this;
    // The first `chosen` of the arrays are this row's (written over, not emptied: cheaper).
    let chosen = 0;
    for (const part of splitChoices(cell, this.separator)) {
      const label = part.trim();
      const key = normalizeText(label);
      if (key === '') continue;
      const at = keys.indexOf(key);
      if (at >= 0 && at < chosen) continue;
      keys[chosen] = key;
      labels[chosen] = label;
      chosen += 1;
    }
    if (chosen === 0) return;
    this.n += 1;
    this.weight += weight;
    for (let k = 0; k < chosen; k++) {
      const key = keys[k] as string;
      const label = labels[k] as string;
      let entry = this.counts.get(key);
      if (entry === undefined) {
        if (this.counts.size >= MAX_CATEGORIES) {
          this.overflow.count += 1;
          this.overflow.weight += weight;
          continue;
        }
        this.counts.set(key, (entry = { count: 0, weight: 0, spellings: new Spellings() }));
      }
      entry.count += 1;
      entry.weight += weight;
      entry.spellings.add(label);
    }
  }

  /** Whether categories past MAX_CATEGORIES were pooled as they came (see the class). */
  get overflowed(): boolean {
    return this.overflow.count > 0;
  }

  /**
   * The categories as the report shows them: the CATEGORIES_SHOWN most chosen (ties by folded key,
   * in code-point order) in their most frequent spelling, most chosen first; when there are more,
   * the rest as "Other", last, counting their choices (a respondent who chose two counts twice).
   * A category spelled "Other" is pooled there too, then.
   */
  shown(): ShownCategory[] {
    const { kept, rest } = topKeys(this.counts, (entry) => entry.count, CATEGORIES_SHOWN, OTHER_KEY);
    const shown: ShownCategory[] = kept.map(([, entry]) => ({ label: entry.spellings.shown, count: entry.count, weight: entry.weight }));
    if (rest.length === 0 && !this.overflowed) return shown;
    const other = { label: OTHER, count: this.overflow.count, weight: this.overflow.weight, pooled: rest.length };
    for (const [, entry] of rest) {
      other.count += entry.count;
      other.weight += entry.weight;
    }
    return [...shown, other];
  }

  /**
   * Each category held, by its folded key: its respondents, their weight and its most frequent
   * spelling, in no set order; and the choices pooled past MAX_CATEGORIES.
   */
  held(): { categories: Array<{ key: string; label: string; count: number; weight: number }>; overflow: { count: number; weight: number } } {
    return { categories: [...this.counts].map(([key, entry]) => ({ key, label: entry.spellings.shown, count: entry.count, weight: entry.weight })), overflow: { ...this.overflow } };
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    this.weight *= factor;
    this.overflow.weight *= factor;
    for (const entry of this.counts.values()) entry.weight *= factor;
  }

  clear(): void {
    this.n = 0;
    this.weight = 0;
    this.counts.clear();
    this.overflow.count = 0;
    this.overflow.weight = 0;
  }

  save(): CategoryTallyState {
    return { n: this.n, weight: this.weight, counts: [...this.counts].map(([key, entry]) => [key, { count: entry.count, weight: entry.weight, spellings: entry.spellings.save() }]), overflow: { ...this.overflow } };
  }

  /** Adds the choices of a state `save` gave. */
  load(state: CategoryTallyState): this {
    this.addTotals(state.n, state.weight, state.overflow);
    for (const [key, theirs] of state.counts) this.entryOf(key, theirs).spellings.load(theirs.spellings);
    this.keepMostChosen();
    return this;
  }

  /**
   * Adds the choices of another tally, as load(other.save()) does, to the last bit, without the
   * copy: the cells of a report (see PeriodAnalysis) are merged at the end of every group of pieces.
   */
  merge(other: CategoryTally): this {
    this.addTotals(other.n, other.weight, other.overflow);
    for (const [key, theirs] of other.counts) this.entryOf(key, theirs).spellings.merge(theirs.spellings);
    this.keepMostChosen();
    return this;
  }

  private addTotals(n: number, weight: number, overflow: { count: number; weight: number }): void {
    this.n += n;
    this.weight += weight;
    this.overflow.count += overflow.count;
    this.overflow.weight += overflow.weight;
  }

  /** The entry of `key`, made if need be, with the count and weight of `theirs` added. */
  private entryOf(key: string, theirs: { count: number; weight: number }): CategoryEntry {
    let entry = this.counts.get(key);
    if (entry === undefined) this.counts.set(key, (entry = { count: 0, weight: 0, spellings: new Spellings() }));
    entry.count += theirs.count;
    entry.weight += theirs.weight;
    return entry;
  }

  /** Past MAX_CATEGORIES: keeps the MAX_CATEGORIES most chosen categories (ties by key) and moves the others' choices to `overflow`. */
  private keepMostChosen(): void {
    keepTop(this.counts, (entry) => entry.count, MAX_CATEGORIES, (entry) => {
      this.overflow.count += entry.count;
      this.overflow.weight += entry.weight;
    });
  }
}
