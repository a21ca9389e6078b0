import { ckmeans, quantileSorted } from 'simple-statistics';
import { parseNumber } from '../text/parse-number.js';

// A --by column of numbers is cut into bands when it has more distinct values than a breakdown
// can show (ages, order values): into this many, from the sample's natural groups.
const MIN_DISTINCT = 13;
const BANDS = 4;
// Share of the answers that must be numbers for the column to be cut.
const NUMERIC = 0.95;

/**
 * The cut points of a numeric --by column, found in `values` (the detection sample): null when
 * fewer than 95 % of its answers are numbers or it has 12 distinct values or fewer (each is then a
 * segment). ckmeans (simple-statistics) splits the numbers into 4 natural groups, optimal in one
 * dimension; each cut is the roundest number between the top of a group and the bottom of the
 * next (30 rather than 29.5 or 27), so that the bands read well.
 *
 * @example bandsFromSample(['18', '23', …, '64']) // [30, 45, 60]
 */
export function bandsFromSample(values: readonly string[]): number[] | null {
  const answered = values.map((v) => v.trim()).filter((v) => v !== '');
  const numbers = answered.map((v) => parseNumber(v, false)).filter((n) => !Number.isNaN(n));
  if (numbers.length === 0 || numbers.length < NUMERIC * answered.length || new Set(numbers).size < MIN_DISTINCT) return null;
  // A typo or a joke far off the rest (an age of -1726, 329 or 99999999999) would be a group of its
  // own, and the bands of everyone else one: the cuts are found among the numbers within Tukey's
  // far fences, and those beyond fall in the lowest or highest band.
  // Where most numbers are one value (orders of 1, no children), the fences close on it: the cuts
  // are then found among all the numbers, as where nothing lies beyond the fences.
  const within = withinFarFences(numbers);
  const groups = ckmeans(new Set(within).size >= MIN_DISTINCT ? within : numbers, BANDS);
  const cuts: number[] = [];
  for (let g = 1; g < groups.length; g++) cuts.push(roundestBetween(Math.max(...(groups[g - 1] as number[])), Math.min(...(groups[g] as number[]))));
  return cuts;
}

/** The numbers within Tukey's far fences, Q1 − 3·IQR to Q3 + 3·IQR (quartiles as R's type 7, simple-statistics' quantileSorted). */
function withinFarFences(numbers: readonly number[]): number[] {
  const sorted = [...numbers].sort((a, b) => a - b);
  const [q1, q3] = [quantileSorted(sorted, 0.25), quantileSorted(sorted, 0.75)];
  const reach = 3 * (q3 - q1);
  return sorted.filter((n) => n >= q1 - reach && n <= q3 + reach);
}

/** The position of a band's label among the bands of ascending `cuts` ("under 30" first, "60 and over" last), or −1 for another value. */
export function bandOrder(label: string, cuts: readonly number[]): number {
  for (let band = 0; band <= cuts.length; band++) if (bandLabel(band, cuts) === label) return band;
  return -1;
}

/** The label of band `band` (0: below the first cut) of ascending `cuts`. */
function bandLabel(band: number, cuts: readonly number[]): string {
  if (band === 0) return `under ${cuts[0]}`;
  if (band === cuts.length) return `${cuts[cuts.length - 1]} and over`;
  return `${cuts[band - 1]} to under ${cuts[band]}`;
}

/** The number with fewest significant digits in (below, top]: the bottom of a band. */
function roundestBetween(below: number, top: number): number {
  for (let digits = 1; digits <= 15; digits++) {
    const candidate = Number(top.toPrecision(digits));
    if (candidate > below && candidate <= top) return candidate;
  }
  return top;
}

/** The band of a number between ascending `cuts`: "under 30", "30 to under 45", "60 and over". */
function bandOf(value: number, cuts: readonly number[]): string {
  const above = cuts.findIndex((cut) => value < cut);
  return bandLabel(above === -1 ? cuts.length : above, cuts);
}

/** A cell's segment on a column cut into bands: its band when it is a number, else the cell as it is. */
export function bandedValue(field: string, cuts: readonly number[]): string {
  const value = parseNumber(field, false);
  return Number.isNaN(value) ? field : bandOf(value, cuts);
}
