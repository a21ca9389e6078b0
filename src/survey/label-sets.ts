import { normalizeText } from '../text/normalize-text.js';
import { SCALE_FAMILIES, type Lexicon, type ScaleFamily, type ScaleWords } from './lexicon/types.js';

type Slot = Exclude<keyof ScaleWords, 'sets' | 'ladder'>;

/**
 * The point counts an ordered answer scale comes in, and which words of a family make each point.
 * On 4- and 5-point scales "Somewhat agree" and "Agree" are the same point; on 6- and 7-point
 * scales they are two. Listed in the order a tie between equally good fits is broken.
 */
const VARIANTS: ReadonlyArray<{ points: number; slots: Slot[][] }> = [
  { points: 5, slots: [['veryNegative'], ['negative', 'slightlyNegative'], ['neutral'], ['positive', 'slightlyPositive'], ['veryPositive']] },
  { points: 7, slots: [['veryNegative'], ['negative'], ['slightlyNegative'], ['neutral'], ['slightlyPositive'], ['positive'], ['veryPositive']] },
  { points: 4, slots: [['veryNegative'], ['negative', 'slightlyNegative'], ['positive', 'slightlyPositive'], ['veryPositive']] },
  { points: 6, slots: [['veryNegative'], ['negative'], ['slightlyNegative'], ['slightlyPositive'], ['positive'], ['veryPositive']] },
];

/** One ordered label set, such as `agreement-5`, with the answers of every language merged. */
export interface LabelSet {
  id: string;
  family: ScaleFamily;
  points: number;
  /** Folded answer → its value, 1 for the most negative point. */
  values: ReadonlyMap<string, number>;
  /** Folded answer → the language it comes from. */
  languages: ReadonlyMap<string, string>;
  /** Per language, the label of each point (index value − 1) in its first spelling. */
  names: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every label set the lexicons define: for each family, its 4- to 7-point sets in VARIANTS order,
 * then its named sets (`frequency-almost-4`) in the order the lexicons give them.
 */
export function buildLabelSets(lexicons: readonly Lexicon[]): LabelSet[] {
  const sets: LabelSet[] = [];
  for (const family of SCALE_FAMILIES) {
    const builders = new Map<string, SetBuilder>();
    const add = (id: string, language: string, perPoint: readonly string[][]) => {
      const builder = builders.get(id) ?? { points: perPoint.length, values: new Map(), languages: new Map(), names: new Map() };
      builders.set(id, builder);
      builder.names.set(language, perPoint.map((variants) => variants[0] as string));
      perPoint.forEach((variants, i) =>
        variants.forEach((label) => {
          const folded = normalizeText(label);
          if (!builder.values.has(folded)) {
            builder.values.set(folded, i + 1);
            builder.languages.set(folded, language);
          }
        }),
      );
    };
    for (const { points, slots } of VARIANTS) {
      for (const lexicon of lexicons) {
        const words = lexicon.scales[family];
        if (words === undefined) continue;
        const perPoint = slots.map((point) => point.flatMap((slot) => words[slot] ?? []));
        if (perPoint.some((variants) => variants.length === 0)) continue;
        add(`${setPrefix(family)}-${points}`, lexicon.language, perPoint);
      }
    }
    for (const lexicon of lexicons) {
      for (const [name, perPoint] of Object.entries(lexicon.scales[family]?.sets ?? {})) add(`${setPrefix(family)}-${name}`, lexicon.language, perPoint);
    }
    for (const [id, { points, values, languages, names }] of builders) if (values.size > 0) sets.push({ id, family, points, values, languages, names });
  }
  return sets;
}

interface SetBuilder {
  points: number;
  values: Map<string, number>;
  languages: Map<string, string>;
  names: Map<string, string[]>;
}

/** How a family's sets are named: `hedgedYesNo` makes `hedged-yes-no-4`. */
export function setPrefix(family: ScaleFamily): string {
  return family.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** How well the labels of a column fit a label set. */
export interface LabelFit {
  set: LabelSet;
  /** Answers whose label the set knows. */
  hits: number;
  /** Whether distinct labels of the column land on distinct points. */
  injective: boolean;
  /** Points of the set no answer in the sample took. */
  unobserved: number;
}

/**
 * The label set that fits the labels of a column best, given each folded label and its count:
 * among the sets that know enough of the answers (`fits`), one that keeps distinct labels apart, then
 * the most answers known, then the fewest points never chosen, then the order of VARIANTS (a 5-point
 * scale before a 7-point one). A set that knows only labels of `alone` does not fit: "Yes" and
 * "No" are the ends of the hedged yes/no sets, but on their own they are a yes/no question. Null
 * when none fits.
 */
export function bestLabelSet(labels: ReadonlyMap<string, number>, sets: Iterable<LabelSet>, fits: (hits: number) => boolean, alone: ReadonlySet<string> = new Set()): LabelFit | null {
  let best: LabelFit | null = null;
  for (const set of sets) {
    let hits = 0;
    const seen = new Set<number>();
    let known = 0;
    let telling = false;
    for (const [label, count] of labels) {
      const value = set.values.get(label);
      if (value === undefined) continue;
      hits += count;
      known += 1;
      seen.add(value);
      if (!alone.has(label)) telling = true;
    }
    if (hits === 0 || !telling || !fits(hits)) continue;
    const fit = { set, hits, injective: seen.size === known, unobserved: set.points - seen.size };
    if (best === null || better(fit, best)) best = fit;
  }
  return best;
}

function better(a: LabelFit, b: LabelFit): boolean {
  if (a.injective !== b.injective) return a.injective;
  if (a.hits !== b.hits) return a.hits > b.hits;
  return a.unobserved < b.unobserved;
}

/**
 * What a set's id is followed by in the id of a scale of only the points its answers chose
 * (`ease-7-seen`, see pointsSeenOnly).
 */
export const SEEN_POINTS = '-seen';

/** Answers on each side of a point no one chose that prove it no point of the column's scale. */
export const GAP_PROOF = 10;

/**
 * The points of a set that a column's answers show to be its whole scale, lowest first: where a
 * point between two points seen was chosen by no one though each of its nearest chosen neighbours
 * was by at least GAP_PROOF answers, the column was not asked on the set. OSMI's "Very easy,
 * Somewhat easy, Neither easy nor difficult, Somewhat difficult, Difficult" are five labels of the
 * seven-point ease set, and no one chose its "Easy" between 144 "Very easy" and 164 "Somewhat
 * easy": read on the set, "Difficult" was 2 of 7, not the bottom of a 5-point scale. The points
 * seen must be those of a scale one designs: at least five, the set's middle one among them, and
 * as many below it as above (so a 5-point scale whose "Dissatisfied" no one chose keeps its five).
 * Null where the column's answers do not show it; else the points and the first two that prove it.
 */
export function pointsSeenOnly(set: LabelSet, counts: ReadonlyMap<string, number>): { points: number[]; gap: [number, number] } | null {
  const byPoint = new Map<number, number>();
  for (const [label, count] of counts) {
    const point = set.values.get(label);
    if (point !== undefined && count > 0) byPoint.set(point, (byPoint.get(point) ?? 0) + count);
  }
  const seen = [...byPoint.keys()].sort((a, b) => a - b);
  if (seen.length < 5 || seen.length === set.points || set.points % 2 === 0) return null;
  const middle = (set.points + 1) / 2;
  const below = seen.filter((point) => point < middle).length;
  const above = seen.filter((point) => point > middle).length;
  if (!byPoint.has(middle) || below !== above) return null;
  const chosen = (point: number | undefined) => point !== undefined && (byPoint.get(point) ?? 0) >= GAP_PROOF;
  for (const [i, point] of seen.entries()) {
    const next = seen[i + 1];
    if (next !== undefined && next > point + 1 && chosen(point) && chosen(next)) return { points: seen, gap: [point, next] };
  }
  return null;
}
