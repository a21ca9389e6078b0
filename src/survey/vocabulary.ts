import { lexicons, type Lexicon } from './lexicon/index.js';
import { normalizeText } from './normalize-text.js';

/** The answer words of every lexicon, folded, for coding answers fast. */
export interface Vocabulary {
  notApplicable: ReadonlySet<string>;
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
}

export function buildVocabulary(from: readonly Lexicon[] = lexicons): Vocabulary {
  const fold = (pick: (l: Lexicon) => string[]) => new Set(from.flatMap(pick).map(normalizeText));
  return {
    notApplicable: fold((l) => l.notApplicable),
    yes: fold((l) => l.yes),
    no: fold((l) => l.no),
  };
}
