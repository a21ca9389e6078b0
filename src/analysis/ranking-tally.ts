import { addCount, scaleCount, type WeightedCount } from './checkbox-tally.js';
import { Spellings, type SpellingsState } from './spellings.js';
import { keepTop, topKeys } from './top-keys.js';

// A ranking by position names its options in its cells. Up to this many distinct ones each is
// counted exactly, whatever the order of the rows and merges; past it the column is most likely
// free text, and the options not held are pooled as they come, so that memory stays bounded.
export const MAX_OPTIONS = 1000;
// The report shows this many options of a ranking by position, the most ranked, and pools the rest as "Other".
export const OPTIONS_SHOWN = 100;
const OTHER_OPTION = 'Other';
const OTHER_KEY = 'other';

/** What one option of a ranking was given: by how many, their weight, the weighted sum of its ranks, and first places. */
export interface RankedFigures {
  n: number;
  weight: number;
  rankSum: number;
  first: number;
  firstWeight: number;
}

/** An option as the report shows it: its column's position (a ranking whose columns are its options) or -1, its label, its figures; "Other" with the options it pools. */
export interface ShownOption extends RankedFigures {
  position: number;
  label: string;
  /** "Other" only: the options pooled in it (those held; past MAX_OPTIONS, more). */
  pooled?: number;
}

export interface RankingTallyState {
  /** Respondents who ranked at least one option. */
  respondents: WeightedCount;
  /** Answers that are no rank of the question (0, 7 of 4, 2.5, text), left out. */
  invalid: number;
  /** Each option, by its column's position or (a ranking by position) its folded key; the spellings it was named in, by position only. */
  options: Array<[key: string, entry: RankedFigures & { spellings: SpellingsState }]>;
  /** By position only: the rankings of options past the MAX_OPTIONS held (all zero but for a column of free text). */
  overflow: RankedFigures;
}

interface RankedEntry extends RankedFigures {
  spellings: Spellings;
}

/**
 * The answers to one ranking question, row by row: for each option, how many ranked it, the sum
 * of the ranks given (for the mean rank) and how many put it first. The options are the columns
 * (a ranking whose cells are ranks) or the names met in the cells (a ranking whose columns are rank
 * positions), told apart after folding and shown in their most frequent spelling (see Spellings).
 * Two tallies of parts of the data merge into the tally of the whole, the same whatever the order
 * of the rows and the merges up to MAX_OPTIONS distinct names; past that (a column of free text),
 * a row's options not held go to `overflow`, and a merge keeps the MAX_OPTIONS most ranked (ties
 * by key) and moves the rest there, so that which options are counted one by one depends on that
 * order.
 */
export class RankingTally {
  private readonly respondents: WeightedCount = [0, 0, 0];
  private invalid = 0;
  private readonly entries = new Map<string, RankedEntry>();
  private readonly overflow: RankedFigures = emptyFigures();

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
      rankOption(this.entries.get(String(i)) as RankedEntry, rank, weight);
      ranked = true;
    }
    if (ranked) addCount(this.respondents, 1, weight, weight * weight);
  }

  /** Adds one respondent's options named at each rank position, folded (`keys`, '' for none) and as written. */
  addNamed(keys: readonly string[], texts: readonly string[], weight: number): void {
    let ranked = false;
    for (let position = 0; position < keys.length; position++) {
      const key = keys[position] as string;
      // An option named again at a later position counts at its best.
      if (key === '' || keys.indexOf(key) < position) continue;
      ranked = true;
      let entry = this.entries.get(key);
      if (entry === undefined) {
        if (this.entries.size >= MAX_OPTIONS) {
          rankOption(this.overflow, position + 1, weight);
          continue;
        }
        this.entries.set(key, (entry = { ...emptyFigures(), spellings: new Spellings() }));
      }
      entry.spellings.add(texts[position] as string);
      rankOption(entry, position + 1, weight);
    }
    if (ranked) addCount(this.respondents, 1, weight, weight * weight);
  }

  /** Respondents who ranked at least one option, with their weights; answers that were no rank. */
  get figures(): { respondents: Readonly<WeightedCount>; invalid: number } {
    return { respondents: this.respondents, invalid: this.invalid };
  }

  /** Whether options past MAX_OPTIONS were pooled as they came (see the class). */
  get overflowed(): boolean {
    return this.overflow.n > 0;
  }

  /**
   * The options as the report shows them: a ranking's columns, in order; or the options named, the
   * OPTIONS_SHOWN ranked by most respondents (ties by folded key, in code-point order) in their most
   * frequent spelling, and when there are more the rest as "Other" (a named option "Other" too),
   * last, its n counting their rankings (a respondent who ranked two counts twice).
   */
  shown(): ShownOption[] {
    if (this.labels.length > 0) return this.labels.map((label, i) => ({ position: i, label, ...figuresOf(this.entries.get(String(i)) as RankedEntry) }));
    const { kept, rest } = topKeys(this.entries, (entry) => entry.n, OPTIONS_SHOWN, OTHER_KEY);
    const shown: ShownOption[] = kept.map(([, entry]) => ({ position: -1, label: entry.spellings.shown, ...figuresOf(entry) }));
    if (rest.length === 0 && !this.overflowed) return shown;
    const other = { ...this.overflow };
    for (const [, entry] of rest) addFigures(other, entry);
    return [...shown, { position: -1, label: OTHER_OPTION, ...other, pooled: rest.length }];
  }

  /** Multiplies every weight by `factor` (> 0). */
  scaleWeights(factor: number): void {
    scaleCount(this.respondents, factor);
    for (const entry of [...this.entries.values(), this.overflow]) {
      entry.weight *= factor;
      entry.rankSum *= factor;
      entry.firstWeight *= factor;
    }
  }

  clear(): void {
    this.respondents.fill(0);
    this.invalid = 0;
    Object.assign(this.overflow, emptyFigures());
    this.entries.clear();
    this.labels.forEach((_, i) => this.entries.set(String(i), { ...emptyFigures(), spellings: new Spellings() }));
  }

  save(): RankingTallyState {
    return { respondents: [...this.respondents], invalid: this.invalid, options: [...this.entries].map(([key, entry]) => [key, { ...figuresOf(entry), spellings: entry.spellings.save() }]), overflow: { ...this.overflow } };
  }

  /** Adds the ranks of a state `save` gave. */
  load(state: RankingTallyState): this {
    this.addTotals(state.respondents, state.invalid, state.overflow);
    for (const [key, theirs] of state.options) this.entryOf(key, theirs).spellings.load(theirs.spellings);
    this.keepMostRanked();
    return this;
  }

  /**
   * Adds the ranks of another tally, as load(other.save()) does, to the last bit, without the
   * copy: the cells of a report (see PeriodAnalysis) are merged at the end of every group of pieces.
   */
  merge(other: RankingTally): this {
    this.addTotals(other.respondents, other.invalid, other.overflow);
    for (const [key, theirs] of other.entries) this.entryOf(key, theirs).spellings.merge(theirs.spellings);
    this.keepMostRanked();
    return this;
  }

  private addTotals(respondents: Readonly<WeightedCount>, invalid: number, overflow: RankedFigures): void {
    addCount(this.respondents, ...respondents);
    this.invalid += invalid;
    addFigures(this.overflow, overflow);
  }

  /** The entry of `key`, made if need be (by name only), with the figures of `theirs` added. */
  private entryOf(key: string, theirs: RankedFigures): RankedEntry {
    let entry = this.entries.get(key);
    if (entry === undefined && this.labels.length > 0) throw new Error('the state is of a ranking with other options');
    if (entry === undefined) this.entries.set(key, (entry = { ...emptyFigures(), spellings: new Spellings() }));
    addFigures(entry, theirs);
    return entry;
  }

  /** By name, past MAX_OPTIONS: keeps the MAX_OPTIONS most ranked (ties by key) and adds the others to `overflow`. */
  private keepMostRanked(): void {
    if (this.labels.length === 0) keepTop(this.entries, (entry) => entry.n, MAX_OPTIONS, (entry) => addFigures(this.overflow, entry));
  }
}

function rankOption(entry: RankedFigures, rank: number, weight: number): void {
  entry.n += 1;
  entry.weight += weight;
  entry.rankSum += rank * weight;
  if (rank === 1) {
    entry.first += 1;
    entry.firstWeight += weight;
  }
}

function addFigures(into: RankedFigures, from: RankedFigures): void {
  into.n += from.n;
  into.weight += from.weight;
  into.rankSum += from.rankSum;
  into.first += from.first;
  into.firstWeight += from.firstWeight;
}

function figuresOf({ n, weight, rankSum, first, firstWeight }: RankedFigures): RankedFigures {
  return { n, weight, rankSum, first, firstWeight };
}

function emptyFigures(): RankedFigures {
  return { n: 0, weight: 0, rankSum: 0, first: 0, firstWeight: 0 };
}
