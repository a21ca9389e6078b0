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
    return [`dimension "${dimension.label}": Cronbach's alpha is below zero, its items run against each other, so its score mixes opposite directions: ${which} worded in reverse and not marked so, or measures something else than the rest (a trade-off); ${WAYS_OUT}`];
  });
}

/**
 * Whether a dimension's alpha is below zero beyond its sampling error: an interval wholly under 0
 * (an alpha of -0.08 on 25 respondents, or items that merely do not cohere, says nothing of their
 * direction). Such a dimension's score mixes opposite directions: the notes say so, the table marks
 * the score, and the index, a mean over dimensions, leaves it out or is withheld (see indexLeavingOut).
 */
export function runsAgainstItself(alpha: Pick<NonNullable<DimensionSummary['alpha']>, 'raw' | 'ci'> | null): boolean {
  return alpha !== null && alpha.raw < 0 && alpha.ci !== null && alpha.ci.high < 0;
}

/** The two ways out of a dimension whose items run against each other, as the notes, the index's reason and the lint give them. */
export const WAYS_OUT = 'mark the item worded the other way round "reverse": true in satisfy.config.json, or, if none is, split the dimension (give the odd item a dimension of its own in the config)';

/**
 * What the index does about the dimensions whose items run against each other: nothing (null)
 * where there is none; leave it out (its `id`) where there is one and two or more other dimensions
 * stand, `canLeaveOut` (the analysis kept the index without each dimension); else why there is no
 * index: its score mixes opposite directions, a guess, and a mean over dimensions that holds it
 * would mix them too, while the one dimension left would be repeated under another name.
 *
 * @example indexLeavingOut({ pricing: { label: 'Pricing', alpha: { raw: -0.9, ci: { low: -1.2, high: -0.6, level: 0.95 } } }, service: …, delivery: … }, true)
 * // { id: 'pricing' }
 */
export function indexLeavingOut(dimensions: Readonly<Record<string, Pick<DimensionSummary, 'label' | 'alpha'>>>, canLeaveOut: boolean): { id: string } | string | null {
  const mixed = Object.entries(dimensions).filter(([, d]) => runsAgainstItself(d.alpha));
  const [first] = mixed;
  if (first === undefined) return null;
  const others = Object.keys(dimensions).length - mixed.length;
  if (mixed.length === 1 && others >= 2 && canLeaveOut) return { id: first[0] };
  const named = mixed.map(([, d]) => `"${d.label}" (${alphaText(d)})`).join(', ');
  const which = mixed.length === 1 ? `dimension ${named} mixes` : `dimensions ${named} mix`;
  const why = mixed.length === 1 && others === 1 ? 'left out of the index, it leaves one dimension, whose score the index would repeat' : 'an index over the dimensions would mix them too';
  return `${which} opposite directions, alpha below zero beyond its sampling error: ${why} (see the notes: ${WAYS_OUT})`;
}

/**
 * The note of a dimension left out of the index (IndexSummary.leftOut): the index is the mean of
 * the others, so that it is not read as the whole survey's.
 */
export function leftOutOfIndexNotes(index: { leftOut?: string[] } | null, dimensions: Readonly<Record<string, Pick<DimensionSummary, 'label' | 'alpha'>>>): string[] {
  return (index?.leftOut ?? []).map((id) => {
    const dimension = dimensions[id];
    return `the index leaves out dimension "${dimension?.label ?? id}" (${alphaText(dimension)}, below zero beyond its sampling error), whose score mixes opposite directions: it is the mean of the other dimensions' scores`;
  });
}

/** `Cronbach's alpha −0.90`: a dimension's alpha as the notes name it. */
function alphaText(dimension: Pick<DimensionSummary, 'alpha'> | undefined): string {
  return `Cronbach's alpha ${(dimension?.alpha?.raw ?? 0).toFixed(2).replace('-', '−')}`;
}

/**
 * The notes of a segment or period (`scope`, `Region=South`, `2026-W07`) whose own alpha of a
 * dimension is below zero beyond its sampling error where the whole sample's is not: its index
 * keeps that dimension, as every index of the report does (they are one measure, decided on the
 * whole sample), and the note says that the dimension's score there mixes directions.
 *
 * @example groupAlphaNotes('Region=South', { delivery: { label: 'Delivery', alpha: { raw: -1.6, ci: { low: -3, high: -0.6 } } } }, { delivery: { label: 'Delivery', alpha: { raw: 0.56, ci: … } } })
 * // ['Region=South: dimension "Delivery" has Cronbach\'s alpha −1.57 there, below zero beyond its sampling error: …']
 */
export function groupAlphaNotes(scope: string, own: Readonly<Record<string, Pick<DimensionSummary, 'label' | 'alpha'>>>, whole: Readonly<Record<string, Pick<DimensionSummary, 'alpha'>>>): string[] {
  return Object.entries(own).flatMap(([id, dimension]) => {
    if (!runsAgainstItself(dimension.alpha) || runsAgainstItself(whole[id]?.alpha ?? null)) return [];
    return [`${scope}: dimension "${dimension.label}" has ${alphaText(dimension)} there, below zero beyond its sampling error, so its score there mixes opposite directions; the index there keeps it, as the whole sample's does (every index of the report is the mean of the same dimensions)`];
  });
}
