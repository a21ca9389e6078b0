import { addCount, scaleCount, type WeightedCount } from './checkbox-tally.js';

// A ranking by position names its options in its cells; past this many distinct ones the rest are
// pooled as "Other", so that a column of free text cannot grow memory without bound.
const MAX_OPTIONS = 100;
const OTHER_OPTION = 'Other';

/** What one option of a ranking was given: by how many, their weight, the weighted sum of its ranks, and first places. */
export interface RankedEntry {
  label: string;
  n: number;
  weight: number;
  rankSum: number;
  first: number;
  firstWeight: number;
}

export interface RankingTallyState {
  /** Respondents who ranked at least one option. */
  respondents: WeightedCount;
  /** Answers that are no rank of the question (0, 7 of 4, 2.5, text), left out. */
  invalid: number;
  options: Array<[key: string, entry: RankedEntry]>;
}

/**
 * The answers to one ranking question, row by row: for each option, how many ranked it, the sum
 * of the ranks given (for the mean rank) and how many put it first. The options are the columns
 * (a ranking whose cells are ranks) or the names met in the cells (a ranking whose columns are rank
 * positions). Two tallies of parts of the data merge into the tally of the whole.
 */
export class RankingTally {
  private readonly respondents: WeightedCount = [0, 0, 0];
  private invalid = 0;
  readonly entries = new Map<string, RankedEntry>();
  // The keys of the options a row has ranked so far: an option named twice counts at its best rank.
  private readonly seen: string[] = [];

  /** `labels`: the options of a ranking whose columns are its options, in order; none for one by position. */
  constructor(private readonly labels: readonly string[] = []) {
    this.clear();
  }

  /** Adds one respondent's ranks of a ranking whose columns are its options (NaN: not ranked; 0: not a rank). */
  addRanks(ranks: Float64Array, weight: number): void {
    let ranked = false;
    for (let i = 0; i < ranks.length; i++) {
      const rank = ranks[i] as number;
      if (Number.isNaN(rank)) continue;
      if (rank === 0) {
        this.invalid += 1;
        continue;
      }
      this.rank(this.entries.get(String(i)) as RankedEntry, rank, weight);
      ranked = true;
    }
    if (ranked) addCount(this.respondents, 1, weight, weight * weight);
  }

  /** Adds one respondent's options named at each rank position, folded (`keys`, '' for none) and as written. */
  addNamed(keys: readonly string[], texts: readonly string[], weight: number): void {
    const { seen } = this;
    seen.length = 0;
    for (let position = 0; position < keys.length; position++) {
      let key = keys[position] as string;
      if (key === '') continue;
      let label = texts[position] as string;
      if (!this.entries.has(key) && this.entries.size >= MAX_OPTIONS) {
        key = OTHER_OPTION.toLowerCase();
        label = OTHER_OPTION;
      }
      if (seen.includes(key)) continue;
      seen.push(key);
      let entry = this.entries.get(key);
      if (entry === undefined) this.entries.set(key, (entry = emptyEntry(label)));
      this.rank(entry, position + 1, weight);
    }
    if (seen.length > 0) addCount(this.respondents, 1, weight, weight * weight);
  }

  private rank(entry: RankedEntry, rank: number, weight: number): void {
    entry.n += 1;
    entry.weight += weight;
    entry.rankSum += rank * weight;
    if (rank === 1) {
      entry.first += 1;
      entry.firstWeight += weight;
    }
  }

  /** Respondents who ranked at least one option, with their weights; answers that were no rank. */
  get figures(): { respondents: Readonly<WeightedCount>; invalid: number } {
    return { respondents: this.respondents, invalid: this.invalid };
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    scaleCount(this.respondents, factor);
    for (const entry of this.entries.values()) {
      entry.weight *= factor;
      entry.rankSum *= factor;
      entry.firstWeight *= factor;
    }
  }

  clear(): void {
    this.respondents.fill(0);
    this.invalid = 0;
    if (this.labels.length === 0) this.entries.clear();
    else this.labels.forEach((label, i) => this.entries.set(String(i), Object.assign(this.entries.get(String(i)) ?? emptyEntry(label), emptyEntry(label))));
  }

  save(): RankingTallyState {
    return { respondents: [...this.respondents], invalid: this.invalid, options: [...this.entries].map(([key, entry]) => [key, { ...entry }]) };
  }

  /** Adds the ranks of a state `save` gave. */
  load(state: RankingTallyState): this {
    addCount(this.respondents, ...state.respondents);
    this.invalid += state.invalid;
    for (const [loaded, theirs] of state.options) {
      let key = loaded;
      let entry = this.entries.get(key);
      if (entry === undefined && this.labels.length > 0) throw new Error('the state is of a ranking with other options');
      // Options past the limit are pooled as they would have been had the rows come here one by one.
      if (entry === undefined && this.entries.size >= MAX_OPTIONS) {
        key = OTHER_OPTION.toLowerCase();
        entry = this.entries.get(key);
      }
      if (entry === undefined) this.entries.set(key, (entry = emptyEntry(key === loaded ? theirs.label : OTHER_OPTION)));
      entry.n += theirs.n;
      entry.weight += theirs.weight;
      entry.rankSum += theirs.rankSum;
      entry.first += theirs.first;
      entry.firstWeight += theirs.firstWeight;
    }
    return this;
  }
}

function emptyEntry(label: string): RankedEntry {
  return { label, n: 0, weight: 0, rankSum: 0, first: 0, firstWeight: 0 };
}
