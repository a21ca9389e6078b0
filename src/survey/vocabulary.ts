import { lexicons, type Lexicon } from './lexicon/index.js';
import { normalizeText } from '../text/normalize-text.js';

/** The answer words of every lexicon, folded, for coding answers fast. */
export interface Vocabulary {
  notApplicable: ReadonlySet<string>;
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  /** For each label set id, every folded variant of every label and its value on the scale. */
  labelSets: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function buildVocabulary(from: readonly Lexicon[] = lexicons): Vocabulary {
  const fold = (pick: (l: Lexicon) => string[]) => new Set(from.flatMap(pick).map(normalizeText));
  return {
    notApplicable: fold((l) => l.notApplicable),
    yes: fold((l) => l.yes),
    no: fold((l) => l.no),
    labelSets: new Map(from.flatMap((l) => l.labelSets).map((set) => [set.id, labelValues(set.labels)])),
  };
}

function labelValues(labels: string[][]): Map<string, number> {
  const values = new Map<string, number>();
  labels.forEach((variants, i) => variants.forEach((label) => values.set(normalizeText(label), i + 1)));
  return values;
}
