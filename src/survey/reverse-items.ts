import { CoMoments } from '../stats/co-moments.js';
import { cronbachAlpha } from '../stats/cronbach-alpha.js';
import { makeAnswerCoder, type AnswerFormat } from './code-answer.js';
import { accentedWords, lexicons as allLexicons, type Lexicon } from './lexicon/index.js';
import { containsKeywordIn, matchKeywords } from './match-keywords.js';
import { labelledDirection } from './labelled-direction.js';
import { normalizeText } from '../text/normalize-text.js';
import { splitElisions } from '../text/split-elisions.js';
import { STOPWORDS } from './stopwords.js';
import { directed, type ReversalReason, type Scale } from './scale.js';
import type { ColumnModel, Confidence } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

/** Respondents who answered every item of a dimension that the sample must hold before its correlations decide a direction. */
export const REVERSE_MIN_RESPONDENTS = 30;
/** Rated items a dimension needs, on any scale (of which one is judged against the rest), before its correlations decide a direction. */
export const REVERSE_MIN_ITEMS = 3;
/**
 * A corrected item-total correlation this low, and below zero beyond chance (one-sided 5 %, Fisher's
 * z: atanh(r)·√(n − 3) ≤ −1.645), shows an item that runs against the rest of its dimension.
 */
export const REVERSE_MAX_R = -0.2;
const Z_ONE_SIDED_5 = 1.6449;

// Label sets whose answers say how much the respondent agrees with (or how often, how likely) what
// the header says: a reverse-worded header turns them round. Satisfaction, quality, ease … say
// how good something is in their own words, whatever the header. The patient surveys' "Yes, always /
// Yes, sometimes / No" (hedged-yes-no-partly-3) says how far what the header asks held: asked of a bad
// thing ("Were staff ever rude to you?") its "Yes, always" is the worst answer.
const STATEMENT_SETS = /^(agreement|hedgedYesNo|hedged-yes-no-partly-3|frequency|extent|likelihood)/;

/** A sign in a header that an item runs the other way round: what it is, in words for the evidence, and the reason it gives (see ReversalReason). */
export interface Worded {
  by: Extract<ReversalReason, 'wording' | 'frequency' | 'header-ends'>;
  text: string;
}

export interface ReverseOptions {
  sample: readonly (readonly string[])[];
  format: AnswerFormat;
  vocabulary: Vocabulary;
  /** The survey's languages' lexicons (and English): a foreign word reverses nothing. */
  lexicons: readonly Lexicon[];
  /** The survey's language, when it could be told: only its own words of negation count (see reversedWording). */
  language: string | null;
  /** Where the survey's language could not be told, the lexicon language most of its headers hold keywords of (see SurveyLanguage.leaning), or null. */
  leaning: string | null;
  /** Columns whose direction the config set (`"reverse": true` or `false`): left as they are. */
  fixed: ReadonlySet<number>;
  /** How many rows the sample is at most, for the evidence ("in the first 1,000 rows"). */
  sampleRows: number;
}

/**
 * Reverses the rated items that run against their scale before anything is scored: those worded
 * the other way round ("The website is difficult to use", "Nie polecił(a)bym": see
 * `Lexicon.reversedWording`), and those whose header names the low end of their scale the best
 * ("coded 1 = best", "1 = very satisfied, 5 = very dissatisfied": see scaleRunsDown). The answers
 * in the sample judge them (corrected item-total r ≤ REVERSE_MAX_R and below zero beyond chance,
 * among at least REVERSE_MIN_RESPONDENTS who answered all of a dimension's REVERSE_MIN_ITEMS or
 * more items): a negatively worded item that runs with its dimension as worded is left as it is.
 * Answers alone reverse nothing: an item that runs against the rest with no such sign in its header
 * ("The delivery was environmentally friendly" beside its speed, a real trade-off) is as likely to
 * measure something else as to be worded in reverse, so it is left as asked and its evidence says
 * so (the report's notes and lint name both ways out). Each decision is written in the column's
 * evidence with its confidence: a sign and the answers agreeing is high, a sign alone medium. The
 * config's `"reverse"` wins.
 */
export function reverseItems(columns: readonly ColumnModel[], options: ReverseOptions): void {
  // Columns whose direction the config set, or the recommend question showed (see ColumnModel.directionShown), are left as they are.
  const candidates = columns.filter((c): c is ColumnModel & { scale: Scale } => reversible(c, options.vocabulary) && !options.fixed.has(c.index) && c.directionShown !== true);
  const worded = new Map<number, Worded>();
  for (const column of candidates) {
    const wording = reversedWording(column, options.lexicons, options.language, counts(column, options.vocabulary), options.leaning) ?? scaleRunsDown(column, options.lexicons, options.vocabulary);
    if (wording !== null) worded.set(column.index, wording);
  }
  // Items whose answers run against the rest, with the correlation that showed it: not turned, but
  // judged as if they were, one a dimension at a time, the one that runs most against the rest
  // first, the others judged again once it is set apart: all at once, an item that runs with the
  // dimension but most closely with the odd one's opposite ran against the rest too and was named with it.
  const byAnswers = new Map<number, { r: number; n: number }>();
  const flipped = (column: ColumnModel & { scale: Scale }) => column.scale.reversed !== (worded.has(column.index) !== byAnswers.has(column.index));
  let correlations = itemRestCorrelations(columns, flipped, options);
  for (;;) {
    const worst = new Map<string, { index: number; r: number; n: number }>();
    for (const column of candidates) {
      const found = correlations.get(column.index);
      if (column.dimension === null || worded.has(column.index) || byAnswers.has(column.index) || found === undefined || !runsAgainst(found.r, found.n)) continue;
      const current = worst.get(column.dimension);
      if (current === undefined || found.r < current.r) worst.set(column.dimension, { index: column.index, ...found });
    }
    if (worst.size === 0) break;
    for (const { index, r, n } of worst.values()) byAnswers.set(index, { r, n });
    correlations = itemRestCorrelations(columns, flipped, options);
  }
  const sampleRows = groupThousands(options.sampleRows);
  for (const column of candidates) {
    const sign = worded.get(column.index);
    const found = byAnswers.get(column.index) ?? correlations.get(column.index);
    const against = found !== undefined && runsAgainst(found.r, found.n);
    const rows = `corrected item-total r = ${found?.r.toFixed(2).replace('-', '−')} (${found?.n} respondents who answered every item of ${column.dimension} in the first ${sampleRows} rows)`;
    if (sign !== undefined && column.dimension === null && counts(column, options.vocabulary)) {
      // A scale of how often has no direction of its own: the bad thing it counts gives it one, in a dimension or not.
      reverse(column, sign.by, `${sign.text}: reversed, never the best answer (medium confidence; "reverse": false in the config says otherwise)`, 'medium');
    } else if (sign !== undefined && column.dimension === null) {
      // Alone, an item keeps the direction of its scale: its wording turns no dimension's score round.
      column.evidence.push(`${sign.text}, but in no dimension: not reversed ("reverse": true in the config reverses it)`);
    } else if (sign !== undefined && against) {
      column.evidence.push(`${sign.text}, but once reversed ${rows}: its answers run with its dimension as worded, not reversed ("reverse": true in the config says otherwise)`);
    } else if (sign !== undefined) {
      const sure: Confidence = found !== undefined && found.r > 0 ? 'high' : 'medium';
      const agreeing = found === undefined ? '' : `; once reversed, ${rows}`;
      reverse(column, sign.by, `${sign.text}: reversed${agreeing} (${sure} confidence; "reverse": false in the config says otherwise)`, sure);
    } else if (byAnswers.has(column.index)) {
      column.evidence.push(`${rows}: runs against the rest of its dimension, but no word of its header says it is worded the other way round: not reversed; it may measure something else (leave it out of ${column.dimension} or split the dimension), or, if it is worded in reverse, "reverse": true in the config turns it`);
      if (column.confidence === 'high') column.confidence = 'medium';
    }
  }
}

/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it,
 * without loading ICU's number formats (10 ms of a run, the first time).
 *
 * @example groupThousands(1000) // '1,000'
 */
function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * An item whose direction can be read from its wording and answers: rated on a scale of several
 * points, out of the complaints, whose direction is its own: a scale of numbers, or of the labels
 * of a statement's sets (agreement, frequency …), found by detection or, for a scale the file or
 * the config gives by its labels (an SPSS file's value labels), by those labels.
 */
function reversible(column: ColumnModel, vocabulary: Vocabulary): boolean {
  const { scale } = column;
  if (column.role !== 'item' || scale === null || scale.kind === 'binary') return false;
  // "How often have you had problems with your order?" is an item of complaints whose direction its header tells.
  if (column.dimension === 'complaints') return counts(column, vocabulary);
  if (scale.kind === 'numeric' || STATEMENT_SETS.test(scale.labelSet ?? '')) return true;
  return scale.labelSet === null && scale.labels !== null && STATEMENT_SETS.test(labelledDirection(scale.labels, vocabulary).set?.id ?? '');
}

/**
 * Whether a rated item answers how often (Never … Always, Nunca … Sempre, a ladder of "once a
 * month" … "every day"): a scale whose direction is not its own but that of what the header
 * counts. Often is good where that is good ("How often was your order on time?"), and bad where it
 * is a bad thing ("How often does your connection drop?"): see reversedWording.
 */
function counts(column: ColumnModel, vocabulary: Vocabulary): boolean {
  const { scale } = column;
  if (column.role !== 'item' || scale === null || scale.kind === 'binary') return false;
  const set = scale.labelSet ?? (scale.labels === null ? null : (labelledDirection(scale.labels, vocabulary).set?.id ?? null));
  return set?.startsWith('frequency') === true;
}

/** Turns an item's scale round for `by` (or back, where detection had turned it), the reason in its scale (see directed). */
function reverse(column: ColumnModel & { scale: Scale }, by: ReversalReason, why: string, confidence: Confidence): void {
  column.scale = directed(column.scale, !column.scale.reversed, by);
  column.evidence.push(why);
  if (confidence === 'medium' && column.confidence === 'high') column.confidence = 'medium';
}

/**
 * What makes a header reverse-worded, or null: an odd number of negations or a word of the bad
 * pole, but not both. Scale anchors in brackets ("(1 = not at all, 5 = very)") are no part of it.
 * Once the survey's `language` is known, only its own words of negation count: the short words of
 * negation are other languages' everyday words (Spanish and English "no" is Portuguese "in the":
 * "cobra o valor correto no meu cartão"), as the longer words of the bad pole seldom are. Those
 * that are (Portuguese "má", bad, is French "ma", my, and Polish "ma", has; Spanish "mal" is German
 * "mal", times) count in a survey read in their own language, and in one whose language is not
 * known where the header itself tells (see headerSpeaks): "Livrée à ma porte" is no bad delivery,
 * "A entrega foi má" and "El pedido llegó mal embalado" are. Where the language is not known, every
 * language's words of negation count, but not one whose header's other words speak a language where
 * it is an everyday word and no negation (see spokenAsOther): "Atendimento no balcão" is no "no";
 * nor, where the header's words tell neither way, is "Atendimento no balcao" in a survey whose
 * headers `leaning` says speak that language (see SurveyLanguage.leaning).
 */
export function reversedWording(column: Pick<ColumnModel, 'name' | 'question'>, lexicons: readonly Lexicon[], language: string | null = null, counting = false, leaning: string | null = null): Worded | null {
  const text = (column.question === null || column.question === column.name ? column.name : `${column.name} ${column.question}`).replace(/\([^()]*\)/g, ' ');
  for (const lexicon of lexicons) {
    const { trouble } = lexicon.reversedWording;
    // Something that stops working, or gets in the way, is a bad thing counted as a failure is.
    const failure = [...lexicon.reversedWording.failure, ...(lexicon.reversedWording.hindrance ?? [])];
    // Where the survey's language is unknown and its headers lean to another, a stem of this one's
    // bad pole counts only in a header that speaks this language more than that one: Portuguese
    // "atras*" (late) is no word of the Latvian "atrast" (to find).
    const foreign = language === null && leaning !== null && leaning !== lexicon.language && !leansTo(headerWords(text), lexicon.language, leaning);
    const opposite = language === lexicon.language ? lexicon.reversedWording.opposite : lexicon.reversedWording.opposite.filter((word) => (word.endsWith('*') ? !foreign : everydayElsewhere(word, lexicon.language).length === 0 || (language === null && headerSpeaks(text, word, lexicon.language))));
    const negation = language === lexicon.language ? lexicon.reversedWording.negation : language === null ? lexicon.reversedWording.negation.filter((word) => !spokenAsOther(text, word, lexicon.language, leaning)) : [];
    const negations = negation.reduce((count, word) => count + occurrences(text, word), 0);
    // A word of absence right before the bad pole is its negation ("Clear prices without hidden
    // fees", "sans frais cachés", "sin costes ocultos"), with any negation between that only agrees
    // with it ("sin ningún coste oculto"): the first word of the bad pole not said absent is the
    // one that counts, else the first, negated once more. The words of absence are those of the
    // pole's language and of the survey's, or of every language where it is not known: Spanish
    // "escondid*" is Portuguese too ("sem custos escondidos").
    const speaking = lexicons.filter((l) => language === null || l.language === language || l.language === lexicon.language);
    const absence = speaking.flatMap((l) => l.reversedWording.absence);
    // A word of rarity beside the bad pole says it seldom happens, which is good ("Verspätungen sind
    // selten", "Deliveries are rarely late"): its negation too, from the same languages, but one a
    // negation between turns round ("Les retards ne sont pas rares").
    const rare = speaking.flatMap((l) => l.reversedWording.rare ?? []);
    // Where a word of rarity speaks of the bad thing, not of another word ("Rare items arrived late"): see saidRare.
    const rarity: Rarity = { words: rare, adverbs: speaking.flatMap((l) => l.reversedWording.rarely ?? []), linking: foldedSet(speaking.flatMap((l) => l.reversedWording.linking ?? [])) };
    // A bad thing followed by a word of telling is what was told of ("Os custos escondidos foram
    // explicados"), as is one that a word of telling goes before, told of by a word of what it tells
    // ("Avez-vous été informé à l'avance des retards ?", "sobre os atrasos"): no word of the bad
    // pole, as a trouble told of is none (see toldOf, toldBefore).
    const informing = lexicon.context.informing ?? [];
    const toldOfIt: ToldOf = { of: foldedSet(lexicon.context.informingOf ?? []), that: foldedSet(lexicon.context.informingThat ?? []), stopwords: foldedStopwords(lexicon.language) };
    // A telling that is itself the bad thing ("told off", "told conflicting information") is no
    // telling of a bad thing: counted how often, it is the thing counted; stated, a word of the bad pole.
    const misinformed = matchKeywords(text, lexicon.reversedWording.misinforming ?? []);
    // A word of height is the bad pole where it is said of a price ("high prices", "Prices are
    // high", "le prix est élevé"), never of another word ("high quality at a fair price").
    const heights = heightSaidOfPrice(text, lexicon, language === lexicon.language ? (lexicon.reversedWording.height ?? []) : (lexicon.reversedWording.height ?? []).filter((word) => everydayElsewhere(word, lexicon.language).length === 0));
    // A word of being told too late before the telling is the telling's, not what was told
    // ("Ich wurde zu spät informiert", "Zostałem za późno poinformowany", "Mani par vēlu informēja").
    const whenTold = { untimely: foldedSet(lexicon.reversedWording.untimely ?? []), linking: foldedSet(lexicon.reversedWording.linking ?? []) };
    const poles = [...matchKeywords(text, opposite), ...heights].filter((word) => (!toldAfter(text, word, informing) || toldTooLate(text, word, informing, toldOfIt, whenTold)) && !toldBefore(text, word, informing, toldOfIt)).concat(counting ? [] : misinformed)
      .map((word) => ({ word, absent: saidAbsent(text, word, absence, negation, rarity) }));
    const first = poles.find((p) => p.absent === null) ?? poles[0];
    const pole = first?.word;
    const turns = first === undefined || first.absent === null ? negations : negations - first.absent + 1;
    // A bad thing the respondent was told of ("How often were delays communicated to you in advance?",
    // "Wie oft wurden Sie über Probleme informiert?") is what the telling was about: the telling is
    // counted, and good; only a negation turns it round ("were you not informed of delays").
    const told = toldOf(text, lexicon) && misinformed.length === 0;
    const [bad] = told ? [] : matchKeywords(text, trouble);
    // Asked how often, a problem or a failure is the thing counted ("How often does your connection
    // drop?", "Com que frequência a sua conexão cai?"), unless the header counts it put right or absent.
    const [event] = counting && !told && !putRight(text, lexicon) ? [...misinformed, ...matchKeywords(text, [...trouble, ...failure])] : [];
    // Said to happen often, a problem or a failure is counted as it is asked how often ("Delays often
    // ruin my plans", "Es kommt häufig zu Störungen"): agreeing is the bad answer. A question ("How
    // often do you have math problems?") says nothing of it, nor does a header with a word of rarity
    // ("Os problemas são pouco frequentes").
    const seldom = matchKeywords(text, rare).length > 0;
    const [frequent] = !counting && !told && !seldom && !text.trimEnd().endsWith('?') && matchKeywords(text, lexicon.reversedWording.often ?? []).length > 0 && !putRight(text, lexicon) ? matchKeywords(text, [...trouble, ...failure]) : [];
    // "never had a problem", "not slow": the negation turns the bad thing round.
    if (pole !== undefined) return turns % 2 === 0 ? { by: 'wording', text: `negative wording: "${pole}" (${lexicon.language})` } : null;
    if (event !== undefined) return negations % 2 === 0 ? { by: 'frequency', text: `how often a bad thing happens: "${event}" (${lexicon.language})` } : null;
    if (frequent !== undefined) return negations % 2 === 0 ? { by: 'wording', text: `a bad thing said to happen often: "${frequent}" (${lexicon.language})` } : null;
    if (bad !== undefined) return null;
    if (negations % 2 === 1) return { by: 'wording', text: `negative wording: "${negation.find((w) => occurrences(text, w) > 0)}" (${lexicon.language})` };
    if (negations > 0) return null;
  }
  return null;
}

/**
 * What says that a rated item's scale runs from best to worst, or null: its header names its low
 * end by a word of the good pole or its high end by one of the bad pole ("Reliability, coded 1 =
 * best (1-5)", "(1 = very satisfied, 5 = very dissatisfied)", "(1 = excellent … 5 = poor)"). A
 * word of the good pole is a label of the upper half of a lexicon set ("very satisfied",
 * "excellent", "sehr gut") or the lexicons' `context.best` ("best", "meilleur", "beste"); of the
 * bad pole, of the lower half or `reversedWording.opposite` ("worst", "poor").
 */
function scaleRunsDown(column: ColumnModel & { scale: Scale }, lexicons: readonly Lexicon[], vocabulary: Vocabulary): Worded | null {
  const { scale } = column;
  // A scale detection already reads from the top down (its header's ends, a school grade) is turned once.
  if (scale.kind !== 'numeric' || scale.reversed) return null;
  const text = column.question === null || column.question === column.name ? column.name : `${column.name} ${column.question}`;
  for (const [, code, words] of text.matchAll(/(?<![\d.,])(\d{1,2})\s*=\s*([^,;()=\d…]+)/gu)) {
    const end = Number(code) === scale.min ? 'low' : Number(code) === scale.max ? 'high' : null;
    const pole = end === null ? null : poleOf((words as string).trim(), lexicons, vocabulary);
    if (pole !== null && (pole === 'good') === (end === 'low')) return { by: 'header-ends', text: `its header names its ${end} end the ${end === 'low' ? 'best' : 'worst'}: "${code} = ${(words as string).trim()}"` };
  }
  return null;
}

/** Whether the words of a scale's end name its good or its bad pole (see scaleRunsDown), or null. */
function poleOf(words: string, lexicons: readonly Lexicon[], vocabulary: Vocabulary): 'good' | 'bad' | null {
  const folded = normalizeText(words);
  for (const set of vocabulary.labelSets.values()) {
    const value = set.values.get(folded);
    if (value !== undefined && 2 * value !== set.points + 1) return 2 * value > set.points + 1 ? 'good' : 'bad';
  }
  if (lexicons.some((lexicon) => matchKeywords(words, lexicon.context.best ?? []).length > 0)) return 'good';
  if (lexicons.some((lexicon) => matchKeywords(words, lexicon.reversedWording.opposite).length > 0)) return 'bad';
  return null;
}

/**
 * Whether a header counts being told of something (`context.informing`: "communicated", "notified",
 * "warned", "informiert", "prévenu", "avisado"), with no word of a burden (`context.burden`: "How
 * often did you have to tell us again?" counts the repetition).
 */
function toldOf(text: string, lexicon: Lexicon): boolean {
  const { informing = [], burden = [] } = lexicon.context;
  return matchKeywords(text, informing).length > 0 && matchKeywords(text, burden).length === 0;
}

/**
 * Whether a header speaks of a problem put right, solved or absent ("resolved", "solve", "without"):
 * what it counts is good. A verb of solving after a word of purpose ("to solve", "pour résoudre",
 * "para resolver", "zu lösen", `context.purpose`) is why something else was done, not what is
 * counted where a word of burden says so (`context.burden`: "had to", "more than once"): "How often
 * did you have to contact us more than once to solve a problem?" counts the repeated contact. Unless a word of ability goes before it (`context.ability`: "were we able to
 * solve your problem"), where the solving is what is counted.
 */
function putRight(text: string, lexicon: Lexicon): boolean {
  const { resolution = [], solving = [], problemFree = [], purpose = [], ability = [], burden = [] } = lexicon.context;
  if (matchKeywords(text, [...resolution, ...problemFree]).length > 0) return true;
  const solved = matchKeywords(text, solving);
  if (solved.length === 0) return false;
  // Only where what is counted is a burden ("had to", "more than once") is the solving why it was
  // done: "How often did our agents succeed in helping you to solve your issue?", "Wie oft ist es uns
  // gelungen, Ihr Problem zu lösen?" count the solving.
  if (matchKeywords(text, burden).length === 0) return true;
  const meant = matchKeywords(text, solved.flatMap((verb) => purpose.map((word) => `${word} ${verb}`)));
  return meant.length < solved.length || matchKeywords(text, meant.flatMap((phrase) => ability.map((word) => `${word} ${phrase}`))).length > 0;
}

/** Words folded (see normalizeText), as a set to look folded words up in. */
function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => normalizeText(w)));
}

/** The stopwords of each lexicon language, folded and as spelled (lower case), for everydayElsewhere and headerSpeaks. */
const STOPWORD_SETS: ReadonlyArray<{ language: string; folded: ReadonlySet<string>; spelled: ReadonlySet<string> }> = Object.entries(STOPWORDS).map(([language, words]) => ({
  language,
  folded: foldedSet(words),
  spelled: new Set(words.map((w) => w.normalize('NFC').toLowerCase())),
}));

/** The stopwords of a lexicon language, folded (none for another language). */
function foldedStopwords(language: string): ReadonlySet<string> {
  return STOPWORD_SETS.find((set) => set.language === language)?.folded ?? new Set<string>();
}

/** The stopwords of a lexicon language as spelled, lower case (none for another language). */
export function spelledStopwords(language: string): ReadonlySet<string> {
  return STOPWORD_SETS.find((set) => set.language === language)?.spelled ?? new Set<string>();
}

/** The other lexicon languages of which a one-word keyword of `language` is, folded, a stopword ("ma": French and Polish; "mal": German); none for most. */
function everydayElsewhere(keyword: string, language: string): string[] {
  const folded = normalizeText(keyword);
  if (keyword.endsWith('*') || folded.includes(' ')) return [];
  return STOPWORD_SETS.filter((s) => s.language !== language && s.folded.has(folded)).map((s) => s.language);
}

/** The letters beyond ASCII of each lexicon language's stopwords and keywords (Spanish ñ, ó …; German ä, ß …), for headerSpeaks. */
let LETTERS: Map<string, ReadonlySet<string>> | undefined;
function lettersOf(language: string): ReadonlySet<string> {
  LETTERS ??= new Map(
    allLexicons.map((lexicon) => {
      const words = [...spelledStopwords(lexicon.language), ...accentedWords([lexicon])];
      return [lexicon.language, new Set(words.flatMap((w) => [...w].filter((c) => /[^\p{ASCII}]/u.test(c) && /\p{L}/u.test(c))))];
    }),
  );
  return LETTERS.get(language) ?? new Set();
}

/**
 * Whether a header of a survey whose language is unknown uses `keyword`, a word of `language`'s bad
 * pole that is another language's everyday word, as `language`'s word, by evidence in the header
 * itself. As spelled, no other language's stopword: Portuguese "má" carries the accent that folding
 * takes off and that French and Polish "ma" never have. Else its other words: more of them are
 * stopwords of `language` but not of each other language, or have letters of it but not of the
 * other ("El pedido llegó mal embalado": Spanish "el" and ó, no German word, against "Der Kurier
 * war schon mal pünktlich": German "der", "war", "schon" and ü); where they say nothing ("Mal
 * servicio"), it is not.
 */
function headerSpeaks(text: string, keyword: string, language: string): boolean {
  const folded = normalizeText(keyword);
  const words = headerWords(text);
  const others = everydayElsewhere(keyword, language).map((other) => STOPWORD_SETS.find((s) => s.language === other));
  const spelled = words.filter((w) => normalizeText(w) === folded);
  if (spelled.length > 0 && spelled.every((w) => others.every((s) => s?.spelled.has(w) !== true))) return true;
  const rest = words.filter((w) => normalizeText(w) !== folded);
  return others.every((s) => s !== undefined && leansTo(rest, language, s.language));
}

/** A header's words, lower-cased as spelled (elisions split off: "l'application" is "l" and "application"). */
function headerWords(text: string): string[] {
  return splitElisions(text).normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '');
}

/**
 * Whether more of a header's words speak `one` than `other`: stopwords of `one` but not of
 * `other`, or words with a letter of `one` but not of `other` (Portuguese ã, Spanish ñ, German ü).
 */
function leansTo(words: readonly string[], one: string, other: string): boolean {
  const speaks = (word: string, a: string, b: string): boolean => {
    const own = STOPWORD_SETS.find((s) => s.language === a);
    const theirs = STOPWORD_SETS.find((s) => s.language === b);
    const letters = lettersOf(a);
    const elsewhere = lettersOf(b);
    return (own?.folded.has(normalizeText(word)) === true && theirs?.folded.has(normalizeText(word)) !== true) || [...word].some((c) => letters.has(c) && !elsewhere.has(c));
  };
  return words.filter((w) => speaks(w, one, other)).length > words.filter((w) => speaks(w, other, one)).length;
}

/**
 * Whether a header of a survey whose language is unknown uses `word`, a word of negation of
 * `language`, as the everyday word it is in another language, where it negates nothing: English and
 * Spanish "no" is Portuguese "in the" ("Atendimento no balcão"), Latvian "from" and Polish "well";
 * Latvian "ne" is French "ne", counted there by the "pas" or "jamais" that comes with it. So where
 * the header's other words speak that language more than `language` (see leansTo), or, where they
 * lean neither way ("Atendimento no balcao", "Entrega no prazo": no accent, no stopword), the
 * survey's headers lean to it by their keywords (`leaning`); a language where the word is a
 * negation too (Polish "nie" beside German "nie") makes no false friend.
 */
function spokenAsOther(text: string, word: string, language: string, leaning: string | null = null): boolean {
  const folded = normalizeText(word);
  const friends = falseFriends(word, language);
  if (friends.length === 0) return false;
  const words = splitElisions(text).normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '' && normalizeText(w) !== folded);
  return friends.some((other) => leansTo(words, other, language) || (other === leaning && !leansTo(words, language, other)));
}

/** The other lexicon languages where `word`, a word of negation of `language`, is an everyday word and no negation (English "no": Portuguese and Latvian). */
function falseFriends(word: string, language: string): string[] {
  const folded = normalizeText(word);
  return everydayElsewhere(word, language).filter((other) => !(allLexicons.find((l) => l.language === other)?.reversedWording.negation.some((w) => normalizeText(w) === folded) ?? false));
}

/**
 * The other lexicon languages' words of negation that are everyday words of `language` and no
 * negation in it (Portuguese and Latvian "no", French "ne"), folded: those that a survey whose
 * headers lean to `language` reads as its own where a header does not tell (see spokenAsOther).
 *
 * @example everydayNegations('pt') // ['no']
 */
export function everydayNegations(language: string): string[] {
  const words = allLexicons.filter((l) => l.language !== language).flatMap((l) => l.reversedWording.negation.filter((word) => falseFriends(word, l.language).includes(language)));
  return [...new Set(words.map((word) => normalizeText(word)))];
}

/** The words a word of absence may stand before a word of the bad pole and still be its negation ("without any extra hidden fees"). */
const ABSENCE_REACH = 2;

/** The words a word of rarity may stand before or after a word of the bad pole and still be its negation ("Les retards ne sont pas rares"). */
const RARITY_REACH = 3;

/** The words of rarity of the languages read (`reversedWording.rare`), those of them that are adverbs (`rarely`), and the copulas and auxiliaries (`linking`, folded). */
interface Rarity {
  words: readonly string[];
  adverbs: readonly string[];
  linking: ReadonlySet<string>;
}

/** The words a price's complement ("of delivery", "für den Versand", "de la livraison") may hold between it and the copula that says it high. */
const PRICE_COMPLEMENT_REACH = 3;

/**
 * The words of `height` ("high", "hoch", "élevé", "alto", "wysoki", "augsts") that a header says
 * of a price (`reversedWording.priced`), each once: a word of the bad pole there, as "too high"
 * is everywhere (see Lexicon.reversedWording height). In a clause (split at , ; : . ! ?), the word
 * of height stands right before the price ("high prices", "hohe Preise", "wysokie ceny",
 * "augstas cenas", "los altos precios"), or after it with nothing between but adverbs of degree
 * and negations (`degree`: "prix très élevés", "preços mais altos", "Is the delivery fee
 * high?"), or but a copula (`linking`, `copula`) with them ("Prices are not high", "le prix est
 * élevé", "os preços são altos", "cena jest wysoka", "cenas ir augstas", "Ceny wydają się
 * wysokie"), a complement of the price before the copula (opened by a stopword, at most
 * PRICE_COMPLEMENT_REACH words: "The price of delivery is high", "Les frais de livraison sont
 * élevés") and stopwords after it. The price is the one said high only where it heads its words:
 * before it nothing but stopwords, or one word right before it ("Monthly fees are high",
 * "piegādes maksa"), else it is another noun's complement ("Transparency of prices is high",
 * "Quality for the price is high", "stosunek jakości do ceny jest wysoki"); and no word of
 * `worth` stands in the clause before the word of height, nor right after the price ("rapport
 * qualité-prix élevé", "price-performance ratio", "Preis-Leistungs-Verhältnis ist hoch"). A word
 * of height said after the price is said of it only at the end of its clause or before a stopword
 * ("Prices are higher than elsewhere"), or before a word of `comparing` ("Prices are high compared
 * with other shops", "Cenas ir augstas salīdzinājumā ar …"); before another word it is that word's
 * ("Low price high quality", "The price is of high importance"). A comparison or an opinion between
 * the price and the height ("Die Preise sind im Vergleich zu anderen Shops hoch", "Sind unsere Preise
 * Ihrer Meinung nach hoch?") is no part of the words said of it, nor is a word of worth in it. A
 * lead-in of an opinion before the price (`opinion`: "In my opinion the prices are high", "Acha
 * que a taxa de entrega é alta?") is no word the price could be another's complement of, and after
 * one a verb of finding says the height with no copula ("Trouvez-vous les frais de livraison élevés ?").
 * A height put first, after a copula or a lead-in of an opinion, is said of a price after its
 * article ("¿Es alto el costo de envío?", "É alta a taxa de entrega?": see predicateFirst).
 */
function heightSaidOfPrice(text: string, lexicon: Lexicon, heights: readonly string[]): string[] {
  const { priced = [], worth = [], degree = [], copula = [], linking = [], comparing = [], opinion = [], negation } = lexicon.reversedWording;
  if (heights.length === 0 || priced.length === 0) return [];
  const stopwords = foldedStopwords(lexicon.language);
  const negating = foldedSet(negation);
  const degrees = foldedSet(degree);
  const filler = (w: string) => negating.has(w) || degrees.has(w);
  const copulas = [...linking, ...copula];
  const isWorth = (word: string | undefined) => word !== undefined && worth.some((w) => containsKeywordIn([word], w));
  const found = new Set<string>();
  for (const words of clauseWords(text)) {
    const at = (keywords: readonly string[], start: number) => keywords.filter((k) => containsKeywordIn(words.slice(start, start + k.split(' ').length), k)).map((k) => k.split(' ').length);
    const comparison = (p: number) => comparing.some((k) => containsKeywordIn([words[p] ?? ''], k));
    // Where each lead-in of an opinion ends ("in my opinion", "acha que", "trouvez"): a price after one heads its words as at its clause's start.
    const opinions = words.flatMap((_, p) => at(opinion, p).map((length) => p + length));
    for (let h = 0; h < words.length; h++) {
      const height = heights.find((k) => containsKeywordIn([words[h] as string], k));
      if (height === undefined || found.has(height)) continue;
      // Right before a price, not one that a word of worth follows ("high price-performance ratio"), nor after one ("High quality at a fair price").
      const before = !words.slice(0, h).some((w) => isWorth(w)) && (at(priced, h + 1).some((length) => !isWorth(words[h + 1 + length])) || predicateFirst(h));
      const next = words[h + 1];
      // After a price, at the end of its clause, before a stopword or a comparison ("Prices are high compared with other shops").
      const last = next === undefined || stopwords.has(next) || filler(next) || comparison(h + 1);
      const after = last && words.slice(0, h).some((_, p) => at(priced, p).some((length) => {
        if (p + length > h) return false;
        const led = opinions.filter((end) => end <= p);
        const from = led.length === 0 ? 0 : Math.max(...led);
        const kept = saidOf(words.slice(p + length, h), led.length > 0);
        // No word of worth before the height but in an inset of comparison or opinion ("Die Preise sind im Vergleich zur Qualität hoch").
        return kept !== null && heads(words.slice(from), p - from, stopwords) && !words.slice(0, p + length + kept).some((w) => isWorth(w));
      }));
      if (before || after) found.add(height);
    }

    /**
     * Whether the height at `h` is a predicate put before its subject, a price ("¿Es alto el costo de
     * envío?", "¿Le parece alto el costo de envío?", "¿Considera alto el costo de envío?", "É alta a
     * taxa de entrega?"): before it nothing but stopwords, degree words and a copula or a lead-in of
     * an opinion, one at least; after it stopwords (an article) and the price, no word of worth right
     * after it ("¿Es alta la calidad por el precio?" is the quality's). A code or a number before it
     * is none of its words ("Q3 ¿Es alto el costo de envío?").
     */
    function predicateFirst(h: number): boolean {
      const introduced = words.slice(0, h).some((_, p) => at(copulas, p).length > 0 || at(opinion, p).length > 0);
      // A code or a number is no word of the header (a Qualtrics column's name before its question: see heads).
      const plain = (w: string) => /\d/.test(w) || stopwords.has(w) || filler(w) || copulas.some((k) => containsKeywordIn([w], k)) || opinion.some((k) => normalizeText(k).split(' ').includes(w));
      if (!introduced || !words.slice(0, h).every(plain)) return false;
      let q = h + 1;
      while (q < words.length && q <= h + 2 && stopwords.has(words[q] as string) && at(priced, q).length === 0) q++;
      return q > h + 1 && at(priced, q).some((length) => !isWorth(words[q + length]));
    }

    /**
     * How many of the words between a price and a word of height after it say it of the price, or
     * null where they do not: fillers, or a copula with a complement before it and stopwords after;
     * after a lead-in of an opinion (`led`), a complement and fillers with no copula ("Trouvez-vous
     * les frais de livraison élevés ?"). An inset of comparison or of opinion before the height
     * ("im Vergleich zu anderen Shops", "Ihrer Meinung nach") is no part of them: the words before it count.
     */
    function saidOf(between: readonly string[], led: boolean): number | null {
      // A word of comparison right after the price is a noun it makes with it ("The price comparison is rated high"), no inset.
      const inset = between.findIndex((_, i) => (i > 0 && comparing.some((k) => containsKeywordIn([between[i] as string], k))) || opinion.some((k) => containsKeywordIn(between.slice(i, i + k.split(' ').length), k)));
      let kept = inset === -1 ? between.length : inset;
      // The stopwords that open the inset ("im Vergleich"), not a copula ("sind im Vergleich").
      while (inset !== -1 && kept > 0 && stopwords.has(between[kept - 1] as string) && !copulas.some((k) => containsKeywordIn([between[kept - 1] as string], k))) kept--;
      const said = between.slice(0, kept);
      if (said.every(filler)) return kept;
      for (let c = 0; c < said.length; c++) {
        const lengths = copulas.filter((k) => containsKeywordIn(said.slice(c, c + k.split(' ').length), k)).map((k) => k.split(' ').length);
        if (lengths.length === 0) continue;
        return opened(said.slice(0, c)) && said.slice(c + Math.max(...lengths)).every((w) => filler(w) || stopwords.has(w)) ? kept : null;
      }
      if (!led) return null;
      const complement = said.findIndex((w, i) => i > 0 && said.slice(i).every(filler));
      return opened(complement === -1 ? said : said.slice(0, complement)) ? kept : null;
    }

    /** Whether the words between a price and its copula are a complement of the price: none but negations, or opened by a stopword, at most PRICE_COMPLEMENT_REACH words, no word of worth or copula. */
    function opened(subject: readonly string[]): boolean {
      const complement = subject.filter((w) => !negating.has(w));
      return complement.length === 0 || (complement.length <= PRICE_COMPLEMENT_REACH && stopwords.has(complement[0] as string) && !complement.some((w) => isWorth(w) || copulas.some((k) => containsKeywordIn([w], k))));
    }
  }
  return [...found];
}

/**
 * Whether the price that starts at `start` heads its words: nothing but stopwords before it in its
 * clause, or one word right before it (see heightSaidOfPrice). A code or a number is no word it
 * could be said of ("Q3 Ist die Liefergebühr hoch?", a Qualtrics column's name before its question).
 */
function heads(words: readonly string[], start: number, stopwords: ReadonlySet<string>): boolean {
  const others = words.slice(0, start).map((w, i) => ({ w, i })).filter(({ w }) => !stopwords.has(w) && !/\d/.test(w));
  const last = others[others.length - 1];
  return last === undefined || last.i === start - 1;
}

/**
 * Whether every occurrence of `pole`, a word of the bad pole, follows a word of `absence` in its
 * clause with at most ABSENCE_REACH words between ("without hidden fees", "sans aucun frais
 * caché"), or stands beside a word of `rare` with at most RARITY_REACH words between, before or
 * after it ("Verspätungen sind selten", "Deliveries are rarely late"), and if so how many words
 * of `negation` stand between a word of absence and it, which agree with the absence rather than
 * turn it round ("sin ningún coste oculto"); a negation beside a word of rarity does turn it
 * round ("Delays are not rare"), and counts as any other. Null where one does not ("Without a
 * doubt the delivery was slow", "Slow delivery, without hidden fees" for "slow").
 */
function saidAbsent(text: string, pole: string, absence: readonly string[], negation: readonly string[], rarity: Rarity): number | null {
  const found = occurrencesInClauses(text, pole);
  const length = pole.split(' ').length;
  let concord = 0;
  for (const { words, start } of found) {
    const before = absence.flatMap((word) => {
      const size = word.split(' ').length;
      const ends = [];
      for (let end = Math.max(size, start - ABSENCE_REACH); end <= start; end++) if (containsKeywordIn(words.slice(end - size, end), word)) ends.push(end);
      return ends;
    });
    if (before.length > 0) {
      const between = words.slice(Math.max(...before), start);
      concord += between.filter((w) => negation.some((word) => normalizeText(word) === w)).length;
      continue;
    }
    if (!saidRare(words, start, length, negation, rarity)) return null;
  }
  return found.length === 0 ? null : concord;
}

/**
 * Whether a word of rarity in a clause's folded `words` speaks of the bad thing that starts at
 * `start` and is `length` words long, at most RARITY_REACH words before or after it. Before it, it
 * says how often the bad thing is where nothing but copulas, auxiliaries and negations stand between
 * ("Deliveries are rarely late", "Przesyłki rzadko są opóźnione", "Darbinieki reti ir nelaipni"),
 * or, an adverb of frequency, one verb more ("Parcels rarely arrive damaged", "As entregas
 * raramente chegam atrasadas"); an adjective of rarity with another word between is another
 * noun's ("Rare items arrived late", "Seltene Artikel werden verspätet geliefert", "Os artigos raros
 * chegam atrasados"), and an adverb with more between another word's ("Rarely ordered items are
 * delivered late", "Rzadko zamawiane produkty są opóźnione"): the bad thing stands. After it, it
 * says so right after it ("Los envíos llegan retrasados rara vez"), or said of it by a copula right
 * before it, a negation between ("Late deliveries are rare", "Les retards ne sont pas rares"), not
 * as another noun's ("Late deliveries of rare items").
 */
function saidRare(words: readonly string[], start: number, length: number, negation: readonly string[], rarity: Rarity): boolean {
  const negating = foldedSet(negation);
  return rarity.words.some((word) => {
    const size = word.split(' ').length;
    for (let end = Math.max(size, start - RARITY_REACH); end <= start; end++) {
      if (!containsKeywordIn(words.slice(end - size, end), word)) continue;
      const others = words.slice(end, start).filter((w) => !rarity.linking.has(w) && !negating.has(w));
      if (others.length === 0 || (others.length === 1 && rarity.adverbs.some((adverb) => containsKeywordIn(words.slice(end - size, end), adverb)))) return true;
    }
    for (let from = start + length; from <= start + length + RARITY_REACH && from + size <= words.length; from++) {
      if (!containsKeywordIn(words.slice(from, from + size), word)) continue;
      const before = words.slice(start + length, from).filter((w) => !negating.has(w));
      if (before.length === 0 || rarity.linking.has(before[before.length - 1] as string)) return true;
    }
    return false;
  });
}

/**
 * Whether every occurrence of `pole`, a word of the bad pole, is followed in its clause by a word
 * of telling (`context.informing`: "Os custos escondidos foram explicados", "Le retard a été
 * communiqué"): the bad thing is what the customer was told of, and the telling is what is rated.
 * A word of the bad pole after the telling is the telling's ("Delays were communicated too late").
 */
function toldAfter(text: string, pole: string, informing: readonly string[]): boolean {
  const found = occurrencesInClauses(text, pole);
  const length = pole.split(' ').length;
  return found.length > 0 && found.every(({ words, start }) => informing.some((word) => containsKeywordIn(words.slice(start + length), word)));
}

/** The words that say what a telling was of, folded: `context.informingOf` ("of", "über", "des"), `context.informingThat` ("that", "dass"), and the language's stopwords (see toldBefore, toldTooLate). */
interface ToldOf {
  of: ReadonlySet<string>;
  that: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
}

/**
 * Whether `pole` is a word of being told too late (`reversedWording.untimely`: "zu spät", "za
 * późno", "par vēlu") said of the telling that follows it in each of its clauses: the telling right
 * after it, or after stopwords and copulas only ("zu spät darüber informiert"), or after what was
 * told opened by a word of `context.informingOf` ("Ich wurde zu spät über Verzögerungen
 * informiert", "Zostałem za późno o opóźnieniu poinformowany"). Where a language puts its adverb
 * before the participle, the telling after it is no telling of it (see toldAfter): being told too
 * late is the bad pole, as "informed too late" is. What a telling tells of stays so ("Zu spät
 * gelieferte Pakete wurden mir mitgeteilt", and "mitgeteilt, dass die Lieferung zu spät kommt":
 * see toldBefore).
 */
function toldTooLate(text: string, pole: string, informing: readonly string[], toldOfIt: ToldOf, whenTold: { untimely: ReadonlySet<string>; linking: ReadonlySet<string> }): boolean {
  if (!whenTold.untimely.has(normalizeText(pole))) return false;
  const length = pole.split(' ').length;
  return occurrencesInClauses(text, pole).every(({ words, start }) => {
    const after = words.slice(start + length);
    const told = after.findIndex((_, at) => informing.some((word) => containsKeywordIn(after.slice(at, at + word.split(' ').length), word)));
    if (told < 0) return false;
    const between = after.slice(0, told);
    return between.every((w) => toldOfIt.stopwords.has(w) || whenTold.linking.has(w)) || toldOfIt.of.has(between[0] as string);
  });
}

/**
 * Whether every occurrence of `pole`, a word of the bad pole, follows in its sentence a word of
 * telling (`context.informing`) and, between them, a word of what the telling was of: a
 * preposition right before the bad thing, with only stopwords between (`context.informingOf`:
 * "informed of delays", "informé à l'avance des retards", "informado con antelación de los
 * retrasos", "informado … sobre os atrasos", "poinformowany o opóźnieniach", "informēja par
 * kavējumiem"), or a conjunction (`context.informingThat`: "told that your order would be late",
 * "informiert, dass …"). The bad thing is what the customer was told of, as in toldAfter; without
 * such a word it is the telling's ("Delays were communicated too late", "informé de manière
 * confuse", "informed rudely").
 */
function toldBefore(text: string, pole: string, informing: readonly string[], toldOfIt: ToldOf): boolean {
  const { of, that } = toldOfIt;
  const found = occurrencesInClauses(text, pole, /[;:.!?]/);
  return found.length > 0 && found.every(({ words, start }) => informing.some((word) => {
    const length = word.split(' ').length;
    for (let at = 0; at + length <= start; at++) {
      if (!containsKeywordIn(words.slice(at, at + length), word)) continue;
      const between = words.slice(at + length, start);
      if (between.some((w) => that.has(w))) return true;
      if (between.some((w, i) => of.has(w) && between.slice(i + 1).every((rest) => toldOfIt.stopwords.has(rest)))) return true;
    }
    return false;
  }));
}

/** The folded words of each clause of a text (split at , ; : . ! ?, or at `breaks`), elisions split ("qu'aucun"). */
function clauseWords(text: string, breaks = /[,;:.!?]/): string[][] {
  return text.split(breaks).map((clause) => normalizeText(splitElisions(clause)).split(' ').filter((w) => w !== ''));
}

/** Where a keyword occurs in a text: the folded words of each clause it is in (see clauseWords) and where in them it starts. */
function occurrencesInClauses(text: string, keyword: string, breaks = /[,;:.!?]/): Array<{ words: string[]; start: number }> {
  const length = keyword.split(' ').length;
  const found: Array<{ words: string[]; start: number }> = [];
  for (const words of clauseWords(text, breaks)) {
    for (let start = 0; start + length <= words.length; start++) if (containsKeywordIn(words.slice(start, start + length), keyword)) found.push({ words, start });
  }
  return found;
}

/** How many times a one-word keyword occurs in the text, as a whole word, after an elision too ("qu'aucun"). */
function occurrences(text: string, word: string): number {
  const folded = normalizeText(word);
  return normalizeText(splitElisions(text)).split(' ').filter((w) => w === folded).length;
}

/**
 * Per reversible item of each dimension of REVERSE_MIN_ITEMS or more rated items: its corrected
 * item-total correlation among the sample's respondents who answered every one, answers taken in
 * the direction `flipped` says, and how many they are; none where they are fewer than
 * REVERSE_MIN_RESPONDENTS or an item does not vary. The rest it is judged against holds every
 * rated item of the dimension, on whatever scale: a value-for-money question answered "Very poor"
 * … "Excellent" is the rest of "I sometimes felt cheated on my bill" answered on agreement as much
 * as a third statement would be; its direction is its labels', never turned. Each answer counts as
 * its place on its scale, 0 to 1, so that an item of 0-10 weighs as much as one of 1-5.
 */
function itemRestCorrelations(columns: readonly ColumnModel[], flipped: (c: ColumnModel & { scale: Scale }) => boolean, options: ReverseOptions): Map<number, { r: number; n: number }> {
  const found = new Map<number, { r: number; n: number }>();
  const dimensions = new Map<string, Array<ColumnModel & { scale: Scale }>>();
  for (const column of columns) {
    if (column.dimension === null || !rated(column)) continue;
    dimensions.set(column.dimension, [...(dimensions.get(column.dimension) ?? []), column]);
  }
  for (const items of dimensions.values()) {
    if (items.length < REVERSE_MIN_ITEMS || !items.some((c) => reversible(c, options.vocabulary))) continue;
    const coders = items.map((c) => makeAnswerCoder(c.scale, options.vocabulary, options.format, c));
    const turned = items.map((c) => (reversible(c, options.vocabulary) ? flipped(c) : c.scale.reversed));
    const moments = new CoMoments(items.length);
    const answers = new Float64Array(items.length);
    for (const row of options.sample) {
      let complete = true;
      for (let i = 0; i < items.length && complete; i++) {
        const { scale, index } = items[i] as ColumnModel & { scale: Scale };
        const answer = (coders[i] as (raw: string) => unknown)(row[index] ?? '');
        if (typeof answer !== 'number') complete = false;
        else answers[i] = (turned[i] === true ? scale.max - answer : answer - scale.min) / (scale.max - scale.min);
      }
      if (complete) moments.add(answers);
    }
    const covariance = moments.covariance();
    if (moments.n < REVERSE_MIN_RESPONDENTS || covariance === null) continue;
    const alpha = cronbachAlpha(covariance, moments.n, 0.95);
    if (typeof alpha === 'string') continue;
    items.forEach((column, i) => {
      if (reversible(column, options.vocabulary)) found.set(column.index, { r: alpha.itemTotal[i] as number, n: moments.n });
    });
  }
  return found;
}

/** A rated item of several points, out of the complaints: one whose answers can be the rest of a reversible item's dimension. */
function rated(column: ColumnModel): column is ColumnModel & { scale: Scale } {
  const { scale } = column;
  return column.role === 'item' && scale !== null && scale.kind !== 'binary' && scale.max > scale.min && column.dimension !== 'complaints';
}

/** Whether a corrected item-total r among n respondents shows an item running against its dimension. */
function runsAgainst(r: number, n: number): boolean {
  return r <= REVERSE_MAX_R && Math.atanh(r) * Math.sqrt(n - 3) <= -Z_ONE_SIDED_5;
}
