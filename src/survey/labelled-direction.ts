import { normalizeText } from '../text/normalize-text.js';
import { bestLabelSet, type LabelSet } from './label-sets.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The label set of the lexicons that the labels of a coded scale (code → label) belong to, half
 * of them at least, and whether its codes run from best to worst ("1 Very satisfied" … "5 Very
 * dissatisfied", "1 Like" … "3 Dislike", "1 Very low effort" … "5 Very high effort"): then a higher code is a worse answer and the scale is
 * scored reversed. Labels of no known set give no set, and the codes are taken as they run.
 *
 * @example labelledDirection({ 1: 'Like', 2: 'Neither like nor dislike', 3: 'Dislike' }, vocabulary) // { set: favourability-like-3, runsDown: true }
 */
export function labelledDirection(labels: Readonly<Record<string, string>>, vocabulary: Vocabulary): { set: LabelSet | null; runsDown: boolean } {
  const codes = Object.keys(labels).map(Number);
  const folded = (code: number) => normalizeText(labels[String(code)] ?? '');
  const fit = bestLabelSet(new Map(codes.map((code) => [folded(code), 1])), vocabulary.labelSets.values(), (hits) => hits * 2 >= codes.length);
  const low = fit?.set.values.get(folded(Math.min(...codes)));
  const high = fit?.set.values.get(folded(Math.max(...codes)));
  // A set of effort runs from the best answer up (the least effort first): its codes run down when they follow it.
  const down = low !== undefined && high !== undefined && (fit?.set.family === 'effort' ? low < high : low > high);
  return { set: fit?.set ?? null, runsDown: down };
}

/**
 * The labels of a coded scale keyed by their points in the label set of the lexicons they belong
 * to, where its codes list them out of the set's order ("1 Oui", "2 Non", "3 En partie": yes, no,
 * in part): the set's order is the scale's then, whatever the codes, as the labels of a CSV export
 * are read. Null where the codes follow the set, up or down (labelledDirection tells which way), or
 * no set holds every label on points that follow each other.
 *
 * @example inTheSetsOrder({ 1: 'Oui', 2: 'Non', 3: 'En partie' }, vocabulary) // { 1: 'Non', 2: 'En partie', 3: 'Oui' }
 */
export function inTheSetsOrder(labels: Readonly<Record<string, string>>, vocabulary: Vocabulary): Record<string, string> | null {
  const { set } = labelledDirection(labels, vocabulary);
  if (set === null) return null;
  const codes = Object.keys(labels).map(Number).sort((a, b) => a - b);
  const points = codes.map((code) => set.values.get(normalizeText(labels[String(code)] ?? '')) ?? Number.NaN);
  const sorted = [...points].sort((a, b) => a - b);
  if (!sorted.every((point, i) => Number.isInteger(point) && (i === 0 || point === (sorted[i - 1] as number) + 1))) return null;
  const rising = points.every((point, i) => i === 0 || point > (points[i - 1] as number));
  const falling = points.every((point, i) => i === 0 || point < (points[i - 1] as number));
  if (rising || falling) return null;
  return Object.fromEntries(codes.map((code, i) => [String(points[i]), labels[String(code)] as string]).sort(([a], [b]) => Number(a) - Number(b)));
}
