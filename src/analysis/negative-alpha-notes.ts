import type { DimensionSummary } from './report.js';

/**
 * A note for each dimension whose Cronbach's alpha is below zero, its interval too: its items' covariances are
 * negative on the whole, so they run against each other rather than measure one thing. That is
 * what an item worded in reverse and scored as worded does ("Shipping costs are too high" beside
 * "Prices are fair"), or an item of another thing. The table flags an alpha under 0.7 by its
 * figure; below zero it is no weak scale but a sign to act on, so the notes, which every format
 * carries, say so and name the items that run against the others (`opposed`).
 *
 * @example negativeAlphaNotes({ pricing: { label: 'Pricing', alpha: { raw: -2.7, ci: { low: -3.6, high: -1.9 }, opposed: ['Costs are too high'] } } })
 * // ['dimension "Pricing": Cronbach\'s alpha is below zero, its items run against each other: ...']
 */
export function negativeAlphaNotes(dimensions: Readonly<Record<string, Pick<DimensionSummary, 'label' | 'items' | 'alpha'>>>): string[] {
  return Object.values(dimensions).flatMap((dimension) => {
    const alpha = dimension.alpha;
    if (alpha === null || !runsAgainstItself(alpha)) return [];
    const opposed = alpha.opposed.length > 0 ? alpha.opposed : dimension.items;
    const named = opposed.map((item) => `"${item}"`).join(opposed.length === 2 ? ' or ' : ', ');
    const which = opposed.length === 1 ? `item ${named} is` : `one of the items ${named} is`;
    return [`dimension "${dimension.label}": Cronbach's alpha is below zero, its items run against each other: ${which} likely worded in reverse and not marked so (mark it "reverse": true in satisfy.config.json), or of another dimension; its score mixes opposite directions`];
  });
}

/**
 * Whether a dimension's alpha is below zero beyond its sampling error: an interval wholly under 0
 * (an alpha of -0.08 on 25 respondents, or items that merely do not cohere, says nothing of their
 * direction). Such a dimension's score mixes opposite directions: the notes say so, the table marks
 * the score, and the index, a mean over dimensions, is withheld (see indexMixesDirections).
 */
export function runsAgainstItself(alpha: Pick<NonNullable<DimensionSummary['alpha']>, 'raw' | 'ci'> | null): boolean {
  return alpha !== null && alpha.raw < 0 && alpha.ci !== null && alpha.ci.high < 0;
}

/**
 * Why there is no index where a dimension's items run against each other, or null: its score
 * mixes opposite directions (an item worded in reverse and not read so), and a mean over dimensions
 * that holds it would mix them too — a guess, not a headline.
 *
 * @example indexMixesDirections({ pricing: { label: 'Pricing', alpha: { raw: -0.9, ci: { low: -1.2, high: -0.6, level: 0.95 } } } })
 * // 'dimension "Pricing" mixes opposite directions (Cronbach\'s alpha −0.90, below zero beyond its sampling error): …'
 */
export function indexMixesDirections(dimensions: Readonly<Record<string, Pick<DimensionSummary, 'label' | 'alpha'>>>): string | null {
  const mixed = Object.values(dimensions).filter((d) => runsAgainstItself(d.alpha));
  if (mixed.length === 0) return null;
  const named = mixed.map((d) => `"${d.label}" (Cronbach's alpha ${(d.alpha?.raw ?? 0).toFixed(2).replace('-', '−')})`).join(', ');
  const which = mixed.length === 1 ? `dimension ${named} mixes` : `dimensions ${named} mix`;
  return `${which} opposite directions, alpha below zero beyond its sampling error: an index over the dimensions would mix them too (see the notes: mark the item worded in reverse "reverse": true in satisfy.config.json)`;
}
