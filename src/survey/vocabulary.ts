import { lexicons, type Lexicon } from './lexicon/index.js';
import { buildIntensity, type IntensityPatterns } from './intensity-scale.js';
import { buildLabelSets, type LabelSet } from './label-sets.js';
import { buildLadders, type Ladder } from './ladder-scale.js';
import { normalizeText } from '../text/normalize-text.js';

/** The answer words of every lexicon, folded, for coding answers fast. */
export interface Vocabulary {
  notApplicable: ReadonlySet<string>;
  /** Codes of one's own that mean "no answer" (`--missing 0`), compared as written, trimmed. */
  missingCodes: ReadonlySet<string>;
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  /** An unticked option of a checkbox question ("Not selected"), folded. */
  unticked: ReadonlySet<string>;
  /** A whole comment that says there is nothing to say ("none", "brak uwag"), folded. */
  nothingToSay: ReadonlySet<string>;
  /** The end of a header that names an "Other (please specify)" text ("other", "sonstiges"), folded. */
  otherAnswer: ReadonlySet<string>;
  /** Every ordered label set, by id (`agreement-5`). */
  labelSets: ReadonlyMap<string, LabelSet>;
  /** The ladders of answers no survey asks all of ("Never" … "Every day"). */
  ladders: readonly Ladder[];
  /** The words of the intensity pattern ("not at all …", "very …"). */
  intensity: IntensityPatterns;
}

export function buildVocabulary(from: readonly Lexicon[] = lexicons, missingCodes: readonly string[] = []): Vocabulary {
  const words = lexiconWords(from);
  // In this order, which a state file's vocabulary is written in (and checked against: see readState).
  return {
    notApplicable: words.notApplicable,
    missingCodes: new Set(missingCodes.map((code) => code.trim())),
    yes: words.yes,
    no: words.no,
    unticked: words.unticked,
    nothingToSay: words.nothingToSay,
    otherAnswer: words.otherAnswer,
    labelSets: words.labelSets,
    ladders: words.ladders,
    intensity: words.intensity,
  };
}

/**
 * The words of a vocabulary that come from the lexicons alone, folded once for each list of the
 * same lexicons in the same order (lexiconsFor puts a forced language first): a process that reads
 * many files (a test run, the corpus, `satisfy merge`) folded every label set again for each. The
 * sets and maps are shared by every vocabulary of those lexicons: none is changed once built.
 */
function lexiconWords(from: readonly Lexicon[]): Omit<Vocabulary, 'missingCodes'> {
  const key = from.map(lexiconNumber).join(' ');
  let words = LEXICON_WORDS.get(key);
  if (words === undefined) {
    const fold = (pick: (l: Lexicon) => string[]) => new Set(from.flatMap(pick).map(normalizeText));
    words = {
      notApplicable: fold((l) => l.notApplicable),
      yes: fold((l) => l.yes),
      no: fold((l) => l.no),
      unticked: fold((l) => l.unticked),
      nothingToSay: fold((l) => l.comments.nothing),
      otherAnswer: fold((l) => l.comments.other),
      labelSets: new Map(buildLabelSets(from).map((set) => [set.id, set])),
      ladders: buildLadders(from),
      intensity: buildIntensity(from),
    };
    LEXICON_WORDS.set(key, words);
  }
  return words;
}

/** A number of its own for each lexicon object (a lexicon made from another, of the same language, gets another); the lexicons are few, and kept. */
function lexiconNumber(lexicon: Lexicon): number {
  let number = LEXICON_NUMBERS.get(lexicon);
  if (number === undefined) LEXICON_NUMBERS.set(lexicon, (number = LEXICON_NUMBERS.size));
  return number;
}

const LEXICON_NUMBERS = new Map<Lexicon, number>();
const LEXICON_WORDS = new Map<string, Omit<Vocabulary, 'missingCodes'>>();

/**
 * The codes that stand for no answer in a column: its own (a statistics package's -99 …, the
 * config's) and those of --missing or the config for every column, trimmed. A --by column's cell
 * holding one is the segment (blank), in satisfy's own reading and in the SQL query alike.
 */
export function noAnswerCodes(column: { missing?: readonly string[] | undefined }, vocabulary: Pick<Vocabulary, 'missingCodes'>): ReadonlySet<string> {
  return new Set([...vocabulary.missingCodes, ...(column.missing ?? []).map((code) => code.trim())]);
}

