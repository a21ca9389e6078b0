import { clusterCorrelations } from '../stats/cluster-correlations.js';
import { meanCorrelation, pairwiseCorrelation } from '../stats/pairwise-correlation.js';
import { normalizeText } from '../text/normalize-text.js';
import { makeAnswerCoder, PLAIN_FORMAT, type AnswerFormat } from './code-answer.js';
import type { ColumnModel } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

/** A group of rated items that no dimension holds, whose answers go together: a dimension to name. */
export interface DimensionSuggestion {
  /** A lower-case word the items' headers share, or `group-N`: a name to edit. */
  id: string;
  items: string[];
  /** The mean correlation between the items' answers in the sample, pairwise; null where no pair of them was answered together by MIN_PAIRS rows (a battery of a test export). */
  meanR: number | null;
  /** Standardized alpha from that mean: k·r̄ / (1 + (k − 1)·r̄); null as meanR is. */
  alpha: number | null;
}

// Items it takes to suggest anything, answers a pair needs before its correlation counts, the
// number of groups tried, and the mean correlation a group needs to be one.
const MIN_ITEMS = 3;
const MIN_PAIRS = 10;
const MAX_GROUPS = 6;
const MIN_MEAN_R = 0.3;
// How clearly the items must fall into groups (silhouette) for more than one group to be suggested.
const MIN_SILHOUETTE = 0.2;
const STARTS = 8;


/**
 * Groups of the rated items that belong to no dimension. The items of one question (a battery of
 * columns "qual_1" … "qual_8") are a group, named after the question. The others are grouped from
 * the correlations of their answers in the sample: each item is described by its row of the correlation matrix, and k-means
 * (simple-statistics, seeded so that a file always gives the same groups) splits them into the
 * number of groups, 2 to 6, whose silhouette is highest; where no split is clear (silhouette
 * below 0.2) the items are one group. A group needs two items or more and a mean correlation of 0.3
 * or more (the items of one question, a positive one). Nothing is suggested for fewer than three
 * such items. `stopwords` (folded) are no names: the words of the seven languages that say nothing.
 */
export function suggestDimensions(columns: readonly ColumnModel[], sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT, taken: ReadonlySet<string> = new Set(), stopwords: ReadonlySet<string> = new Set()): DimensionSuggestion[] {
  const items = columns.filter((c) => c.role === 'item' && c.dimension === null && c.scale !== null && c.scale.kind !== 'binary' && c.confidence !== 'low');
  if (items.length < MIN_ITEMS) return [];
  const answers = items.map((column) => {
    const code = makeAnswerCoder(column.scale as NonNullable<ColumnModel['scale']>, vocabulary, format, { missing: column.missing ?? [] });
    return sample.map((row) => {
      const value = code(row[column.index] ?? '');
      return typeof value === 'number' ? value : Number.NaN;
    });
  });
  const r = answers.map((a, i) => answers.map((b, j) => (i === j ? 1 : pairwiseCorrelation(a, b, MIN_PAIRS))));
  // The items of one question (a battery, "qual_1" … "qual_8") are one group, named after it;
  // the others are grouped by their correlations.
  const byQuestion = new Map<string, number[]>();
  items.forEach((column, i) => {
    if (column.partOf !== undefined && column.partOf !== null) byQuestion.set(column.partOf, [...(byQuestion.get(column.partOf) ?? []), i]);
  });
  const questions = [...byQuestion].filter(([, members]) => members.length >= 2);
  const inQuestions = new Set(questions.flatMap(([, members]) => members));
  const rest = items.map((_, i) => i).filter((i) => !inQuestions.has(i));
  const clustered = rest.length < MIN_ITEMS ? [] : clusterCorrelations(rest.map((i) => rest.map((j) => (r[i] as number[])[j] as number)), { maxGroups: MAX_GROUPS, starts: STARTS, minSilhouette: MIN_SILHOUETTE }).map((group) => group.map((g) => rest[g] as number));
  const names = new Set(taken);
  const suggestions: DimensionSuggestion[] = [];
  // Whether a pair of items was answered together by enough rows for its correlation to count (else it is 0 in r).
  const paired = (i: number, j: number) => (answers[i] as number[]).filter((x, row) => !Number.isNaN(x) && !Number.isNaN((answers[j] as number[])[row] as number)).length >= MIN_PAIRS;
  const suggest = (members: readonly number[], stem: string | null) => {
    // The mean r of the pairs answered together by enough rows: a pair of too few counts as 0 in the
    // grouping, not in a group's mean (a row of a battery answered by 5 rows took a 0.53 to 0.18). A
    // battery of a handful of rows is one question all the same, but its answers say nothing of how
    // its items go together: no mean r and no alpha, rather than the 0 of pairs too few to count.
    const told = members.some((i, a) => members.slice(a + 1).some((j) => paired(i, j)));
    const meanR = told ? meanCorrelation(r, members, paired) : null;
    // One question's items go together unless their answers run against each other; others need r̄ ≥ 0.3.
    if (members.length < 2 || (meanR === null ? stem === null : meanR < (stem === null ? MIN_MEAN_R : 0))) return;
    const k = members.length;
    const id = (stem === null ? null : asId(stem, names)) ?? nameOf(members.map((i) => items[i] as ColumnModel), names, suggestions.length + 1, stopwords);
    names.add(id);
    suggestions.push({ id, items: members.map((i) => (items[i] as ColumnModel).name), meanR, alpha: meanR === null ? null : (k * meanR) / (1 + (k - 1) * meanR) });
  };
  for (const [stem, members] of questions) suggest(members, stem);
  for (const members of clustered) suggest(members, null);
  return suggestions;
}

/** A question's stem as a dimension id ("qual", "Service quality" → "service-quality"), or null when it makes none or one taken. */
function asId(stem: string, taken: ReadonlySet<string>): string | null {
  const id = normalizeText(stem).replace(/ /g, '-');
  return /^[a-z][a-z0-9_-]{0,39}$/.test(id) && !taken.has(id) ? id : null;
}

/** A word that at least half the items' headers share (the longest of the most shared), else `group-N`. */
function nameOf(items: readonly ColumnModel[], taken: ReadonlySet<string>, n: number, stopwords: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const column of items) {
    const words = new Set(normalizeText(`${column.name} ${column.question ?? ''}`).split(' ').filter((w) => /^[a-z][a-z0-9]{2,}$/.test(w) && !stopwords.has(w)));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const shared = [...counts].filter(([word, count]) => count * 2 >= items.length && !taken.has(word)).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  if (shared[0] !== undefined) return shared[0][0];
  let k = n;
  while (taken.has(`group-${k}`)) k += 1;
  return `group-${k}`;
}
