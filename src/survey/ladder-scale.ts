import { normalizeText } from '../text/normalize-text.js';
import { SCALE_FAMILIES, type Lexicon, type ScaleFamily } from './lexicon/types.js';
import { setPrefix } from './label-sets.js';
import type { ValueProfile } from './profile-values.js';
import { rankedPoints } from './ranked-labels.js';
import type { Scale } from './scale.js';

/** A family's ladder with the rungs of every language merged: folded answer → its rung and language. */
export interface Ladder {
  family: ScaleFamily;
  rungs: ReadonlyMap<string, { rank: number; language: string }>;
}

/** The ladders the lexicons define ("Never" … "Several times a week" … "Every day"), one per family. */
export function buildLadders(lexicons: readonly Lexicon[]): Ladder[] {
  const ladders: Ladder[] = [];
  for (const family of SCALE_FAMILIES) {
    const rungs = new Map<string, { rank: number; language: string }>();
    for (const lexicon of lexicons) {
      (lexicon.scales[family]?.ladder ?? []).forEach((spellings, rank) => {
        for (const spelling of spellings) {
          const folded = normalizeText(spelling);
          if (!rungs.has(folded)) rungs.set(folded, { rank, language: lexicon.language });
        }
      });
    }
    if (rungs.size > 0) ladders.push({ family, rungs });
  }
  return ladders;
}

/**
 * The scale of a column answered on the rungs of a ladder ("Never", "Once a month or less", "A few
 * times per week", "Every day"): the rungs its answers use are its points, lowest first. `labelSet`
 * is the ladder's (`frequency-ladder`); unlike a label set's, its points are only the rungs seen.
 */
export function ladderScale(labels: NonNullable<ValueProfile['labels']>, fits: (count: number) => boolean, ladders: readonly Ladder[]): { scale: Scale; why: string; known: number } | null {
  let best: { scale: Scale; why: string; known: number } | null = null;
  for (const ladder of ladders) {
    const ranked = rankedPoints(labels, (folded) => ladder.rungs.get(folded));
    if (ranked === null || !fits(ranked.known) || (best !== null && best.known >= ranked.known)) continue;
    const id = `${setPrefix(ladder.family)}-ladder`;
    best = {
      scale: { kind: 'labels', min: 1, max: ranked.points, labels: ranked.labels, labelSet: id, reversed: false },
      why: `answers on ${ranked.points} rungs of the ${id} (${ranked.language}), "${ranked.labels['1']}" … "${ranked.labels[String(ranked.points)]}": the rungs seen are the points, lowest first`,
      known: ranked.known,
    };
  }
  return best;
}
