import type { FileShape } from '../input/read-csv.js';
import type { Platform } from '../input/platforms/platform-shape.js';
import { attentionCheck } from './attention-check.js';
import { declinesConsent } from './consent.js';
import { makeAnswerCoder, PLAIN_FORMAT, type AnswerFormat } from './code-answer.js';
import { isBlankAnswer } from './non-answer.js';
import { lexicons as allLexicons, type Lexicon } from './lexicon/index.js';
import { isBareName, matchKeywords, matrixRow, nextToEachOther, SCALE_HINT } from './match-keywords.js';
import { codedScale } from './coded-scale.js';
import { intensityScale } from './intensity-scale.js';
import { bestLabelSet, pointsSeenOnly, SEEN_POINTS, type LabelSet } from './label-sets.js';
import { belowZeroBeyondChance, pairwiseCorrelation } from '../stats/pairwise-correlation.js';
import { labelledDirection } from './labelled-direction.js';
import { ladderScale } from './ladder-scale.js';
import { CODED } from './coded-labels.js';
import { labelCounts, profileValues, withLaterAnswers, type LaterAnswers, type ValueProfile } from './profile-values.js';
import { ANSWERS_TO_SHOW_A_SCALE, directed, type Scale } from './scale.js';
import { AFTER_SCALE_SHARE, describeStray, dontKnowCode, strayCodes, thinEnds, typedAnswers, withoutCode } from './stray-codes.js';
import { SCALED_ROLES, type ColumnModel, type Confidence, type Role, type UnmappedLabel } from './survey-model.js';
import { detectSurveyLanguage, headerLanguageWithoutLexicon, keywordLeaning, languageWithoutLexicon, type SurveyLanguage } from './detect-language.js';
import { groupShapes, singleOption, type BatteryShape } from './group-shapes.js';
import { columnGroups, importIdGroups, questionStem } from './column-groups.js';
import { namesOtherAnswer } from './comment-columns.js';
import { selectedChoices } from './selected-choice.js';
import { choiceSeparator, splitChoices, type ChoiceSeparator } from './split-choices.js';
import { textEntryChoices, type TextEntryChoice, typedForChoices } from './text-entry-choice.js';
import { derivedNpsGroup, npsGroupOf } from '../input/platforms/qualtrics.js';
import { isXFormPath } from '../input/platforms/simple-platforms.js';
import { normalizeText } from '../text/normalize-text.js';
import { splitElisions } from '../text/split-elisions.js';
import { everydayNegations, reversedWording, spelledStopwords } from './reverse-items.js';
import { withoutExtent, withoutTimeFrame } from './time-frame.js';
import type { Vocabulary } from './vocabulary.js';

// Share of substantive sampled answers that must fit a kind of value for the column to count as
// that kind; the rest are counted as invalid when the file is analysed, never silently dropped.
const FIT = 0.95;
// A text column with at most this many distinct values, each used twice on average, is a segment;
// one whose header names a segment (country, store ...) may have more.
const SEGMENT_MAX_DISTINCT = 30;
const NAMED_SEGMENT_MAX_DISTINCT = 250;
// Free text longer than this on average is a comment.
const COMMENT_MIN_LENGTH = 25;
// Answers of this many words or more, on average, are sentences rather than the labels of options.
const SENTENCE_MIN_WORDS = 3;
// Repeated answers this share of which are sentences (see sentenceShare) are free text.
const SENTENCE_MIN_SHARE = 0.5;

/** The header of a file as the input layer read it, and how its answers are written. */
export type HeaderShape = Pick<FileShape, 'platform' | 'names' | 'questions' | 'hints' | 'valueLabels' | 'importIds' | 'groupLabels' | 'openEnded'> & AnswerFormat;

/** A header of plain names: one header row, no platform hints, numbers written plainly. */
export function plainHeader(names: readonly string[]): HeaderShape {
  return { names: [...names], questions: names.map(() => null), hints: names.map(() => null), ...PLAIN_FORMAT };
}

/** A keyword found in a header, with what makes it weaker or stronger evidence. */
interface Hit {
  /** `"deliver*" (en)`, as evidence shows it. */
  text: string;
  /** The keyword as the lexicon writes it, without its `~` or `^`. */
  keyword: string;
  /** A `~` keyword that counted beside a word of its context, or a weak csat word. */
  weak: boolean;
  /** A `^` keyword: it names its dimension only where no other dimension has a keyword. */
  yields?: boolean;
  /** From a lexicon other than the survey's languages, tried only because those found nothing. */
  foreign: boolean;
  /** A word of grades other languages share ("Note"), found anywhere in the header: the lexicon's language, in whose surveys alone it names a grade. */
  sharedBy?: string;
  /** A word of asking how often in a time frame (Lexicon.roles.howOften): a quantity only where its numbers reach TIMES_PAST_A_SCALE. */
  countsTimes?: true;
}

/** The least top of numbers that count times rather than code a scale of frequency, whose points are 7 at most. */
const TIMES_PAST_A_SCALE = 8;

interface Keywords {
  role: Partial<Record<Role | 'csatStrong' | 'csatWeak' | 'quantity' | 'counted' | 'countedRating' | 'countedUnit' | 'countedPoints' | 'resolution' | 'problemFree' | 'rating' | 'consent' | 'which' | 'chosen' | 'grade' | 'problem' | 'selectAll' | 'channel' | 'quality', Hit>>;
  /** `judged`: a word of what the header judges (a price, trust) is among the hits (see Lexicon.judged). */
  /** `contested`: another dimension has a keyword in the header too, whichever won (see dimensionKeywordConfidence). */
  dimension: { id: string; hits: Hit[]; judged?: boolean; over?: string; contested?: boolean } | null;
  /** The effort keyword found is a word of ease or difficulty in a statement that something was hard, and no word of effort itself is in the header (see Lexicon.effort). */
  easeOnly: boolean;
  /** The free-text keyword found asks what to improve (Lexicon roles.improve), and no comment noun is in the header. */
  improveOnly: boolean;
  /** Where the file says its school grades may rise to their best (de-CH, CHF: Lexicon.gradesRising), what says so. */
  gradesRising?: string;
  /**
   * A question of how easy an experience had was (Lexicon.effort `asked`) with no word of what it was
   * about ("How easy was it to get what you needed?"): the effort question where the answers are a
   * scale of ease or effort (see detectColumn), nothing on any other scale.
   */
  easeAsked?: Hit;
  /** The question asks yes or no (Lexicon.yesNoQuestion: "Did you …?", "Czy …?"), not which of two: the words that open it (see asksWhether). */
  whether?: string;
  /** The question asks which of two options, an "or" between them after words of yes or no ("Did you order online or by phone?"): what says so (see asksWhether). */
  whichOfTwo?: string;
  /** What words the question the wrong way round ("Is the delivery fee too high?"), where it does: a yes is the bad answer (see reversedWording). */
  worded?: string;
}

// A question that asks for personal data: an address, a name, a number to call.
const PERSONAL_DATA = /\b(?:e-?mail address|your e-?mail|full name|first name|last name|your name|phone number|ip address)\b/i;

// An amount or a range of amounts: "€50–€99", "Under €50", "1-25%", "100-500", "1000+".
const AMOUNT = /[€$£¥%]|\d\s*[-–]\s*\d|\d\s*\+|\d+\s*(?:or more|and more|or less)/iu;

// An answer code of letters and a number, no amount: LimeSurvey's "A1", "AO02", "SQ001".
const ANSWER_CODE = /^[A-Za-z]{1,4}\d{1,4}$/;

// The ImportId of a Qualtrics text entry question's answer (`QID7_TEXT`); a choice's text beside it is `QID6_4_TEXT`.
const TEXT_ENTRY_QUESTION = /^QID\d+[-_]TEXT$/;

/** The columns of a survey as detection reads them, and the language it read them in. */
export interface Detection {
  columns: ColumnModel[];
  language: SurveyLanguage;
  /** The lexicons whose keywords count: the survey's language and English, or every one when it cannot be told. */
  keywordLexicons: readonly Lexicon[];
}

/**
 * Works out the role, dimension and scale of each column from its values, its header and the
 * survey's language (`forcedLanguage`, or detected), and says why in `evidence` and how sure in
 * `confidence`. Values decide first what a column can be (a checkbox option, a ranking, a
 * quantity, a rating and on what scale, yes/no, dates, text); header keywords of the survey's
 * language (and English) then decide what it measures; a low-confidence reading is then left out
 * of the headlines (see leaveOutIfUnsure).
 */
export function detectSurvey(header: HeaderShape, sample: readonly (readonly string[])[], vocabulary: Vocabulary, lexicons: readonly Lexicon[] = allLexicons, forcedLanguage?: string, laterAnswers?: LaterAnswers): Detection {
  const profiles = header.names.map((_, index) => withLaterAnswers(profileValues(sample, index, vocabulary, header), laterAnswers?.get(index)));
  const told = forcedLanguage === undefined ? detectSurveyLanguage(surveyTexts(header, profiles)) : { language: forcedLanguage, keywordLanguages: forcedLanguage === 'en' ? ['en'] : [forcedLanguage, 'en'], evidence: `${forcedLanguage}, as set` };
  const language = told.language === null ? withLeaning(told, header, lexicons) : told;
  // A survey in a language satisfy has no lexicon for: English decides, the others only suggest.
  const foreign = languageWithoutLexicon(language.language) !== null;
  const keywordLexicons = language.language === null ? lexicons : language.keywordLanguages.flatMap((code) => lexicons.filter((l) => l.language === code));
  const named = columnGroups(header.names, sample);
  // Rows of one Qualtrics matrix that its names do not tie together, its ImportIds do.
  const ofNames = new Set(named.flatMap((g) => g.columns));
  const groups = header.importIds === undefined ? named : [...named, ...importIdGroups(header.importIds, header.names, ofNames)].sort((a, b) => (a.columns[0] as number) - (b.columns[0] as number));
  const shapes = groupShapes(groups, header.names, profiles, sample, vocabulary, header.platform === 'qualtrics');
  // Columns of one question (a matrix): a weak word of satisfaction in one of its rows rates that row.
  const grouped = new Set(groups.flatMap((g) => g.columns));
  const choices = selectedChoices(header.names, header.questions, header.platform === 'qualtrics', grouped);
  const entries = textEntryChoices(header.names, profiles, header.platform === 'qualtrics');
  const typedTexts = typedForChoices(header.names, header.platform === 'qualtrics');
  // KoboToolbox writes a select_multiple question as the options chosen, joined with spaces, then
  // one column per option named under it (see columnGroups): the options are counted from those.
  const joined = new Map(groups.flatMap((g) => (g.chosen !== undefined && g.columns[0] !== undefined && shapes.get(g.columns[0])?.role === 'option' ? [[g.chosen, g.columns.length] as const] : [])));
  // A file that says it is Swiss, where school grades rise to 6, the best (see ratingScale).
  const risingWords = lexicons.flatMap((l) => l.gradesRising ?? []);
  const risingText = risingWords.length === 0 ? undefined : surveyTexts(header, profiles).find((text) => matchKeywords(text, risingWords).length > 0);
  const rising = risingText === undefined ? null : `"${risingText}"`;
  // The columns whose header names a kind of thing ("Delivery method"), by index, with its head word (see kindsAnsweredInCodes).
  const kinds = new Map<number, string>();
  const columns = header.names.map((name, index): ColumnModel => {
    const question = header.questions[index] ?? null;
    const hint = header.hints[index] ?? null;
    if (hint !== null) return { index, name, question, role: hint.role, dimension: null, scale: null, evidence: [hint.why], unmapped: [], confidence: 'high' };
    const options = joined.get(index);
    if (options !== undefined) return { index, name, question, role: 'ignored', dimension: null, scale: null, evidence: [`the options chosen, joined with spaces, of the checkbox question whose ${options} option columns follow it: counted from those`], unmapped: [], confidence: 'high' };
    const shape = shapes.get(index);
    // A grid's code for "no answer" above its scale (see codeAfterScale) is read as one in each of its columns.
    const after = shape?.role === 'battery' ? shape.afterScale : undefined;
    const profile = after === undefined ? profiles[index] as ValueProfile : withLaterAnswers(profileValues(sample, index, vocabulary, header, [String(after.code)]), laterAnswers?.get(index));
    if (shape !== undefined && shape.role !== 'battery') {
      // An option between others ticked with their own text, that nobody ticked.
      const why = shape.role === 'option' && profile.answered === 0 ? [shape.why, `nobody ticked it in the ${profile.blank} rows sampled`] : [shape.why];
      return { index, name, question, role: shape.role, dimension: null, scale: null, evidence: why, unmapped: [], confidence: shape.confidence, partOf: shape.question, ...(shape.layout === undefined ? {} : { rankLayout: shape.layout }) };
    }
    // The question text of an extra header row says what the column asks as much as its name; a
    // name that is a code and then its question (LimeSurvey's `G01Q02. Wie …`) is read by its question.
    const text = questionText(name, question);
    const check = attentionCheck(text, keywordLexicons, vocabulary, profile);
    if (check !== null) return { index, name, question, role: 'attention', dimension: null, scale: null, evidence: [check.why], unmapped: [], confidence: check.confidence, expected: check.expected };
    // The text typed beside a choice of a Qualtrics question (`Q6_5_TEXT`, "… - Sonstiges - Text") is
    // that choice's free text however short and repeated its answers: a comment, as a survey file
    // says it is (see survey-file.ts), never categories to break the report down by.
    const typed = typedTexts.get(index);
    if (typed !== undefined && profile.answered > profile.numeric) return { index, name, question, role: 'comment', dimension: null, scale: null, evidence: [`the text typed beside a choice of "${typed}" (Qualtrics' \`_TEXT\` column): its free text`], unmapped: [], confidence: 'high' };
    // A row of a battery answered with one point alone is a rating everyone gave alike, no tick.
    const single = shape?.role === 'battery' ? null : singleOption(name, profile, vocabulary);
    if (single !== null) return { index, name, question, role: 'option', dimension: null, scale: null, evidence: [single], unmapped: [], confidence: 'medium', partOf: null };
    const battery = shape?.role === 'battery' ? shape : null;
    const found = underGroupLabel(headerKeywords(name, text, keywordLexicons, lexicons, grouped.has(index), foreign), header.groupLabels?.[index] ?? null, keywordLexicons, lexicons, grouped.has(index), foreign);
    const rowRated = battery === null ? null : rowOfRatedMatrix(text, found);
    const keywords: Keywords = rowRated === null ? found : { ...found, role: { ...found.role, quantity: undefined } };
    // A grade word other languages share ("Note") names grades only in a survey read in its language.
    const grade = keywords.role.grade;
    if (grade?.weak === true && (language.language === null || (grade.sharedBy !== undefined && grade.sharedBy !== language.language))) delete keywords.role.grade;
    if (keywords.role.grade !== undefined && rising !== null) keywords.gradesRising = rising;
    // A Qualtrics text entry question (its ImportId `QID7_TEXT`): what the respondent typed, free
    // text however short and repeated its answers ("Fewer meetings"), where they are words.
    // A header keyword of an id, of personal data asked for by name ("What is your email address?")
    // or of a group ("Which city …?") says more; one of the platform's metadata or a date's does
    // not: "What could we improve about the status updates?", "Tell us about our email support".
    const { id, ignored, segment, weight } = keywords.role;
    const personal = ignored !== undefined && PERSONAL_DATA.test(text);
    const named = id !== undefined || personal || (segment !== undefined && !segment.weak) || weight !== undefined;
    const importId = header.importIds?.[index] ?? null;
    if (!named && importId !== null && TEXT_ENTRY_QUESTION.test(importId) && profile.answered > profile.numeric) return { index, name, question, role: 'comment', dimension: null, scale: null, evidence: [`Qualtrics' ImportId "${importId}": a text entry question, its free text`], unmapped: [], confidence: 'high' };
    // So is SurveyMonkey's text box ("Open-Ended Response" under the question) answered in words;
    // one answered in numbers ("How many hours …?") is read by its header and answers as any.
    if (!named && header.openEnded?.[index] === true && profile.answered > profile.numeric + profile.dateLike) return { index, name, question, role: 'comment', dimension: null, scale: null, evidence: ['SurveyMonkey\'s "Open-Ended Response" under the question: a text box, its free text'], unmapped: [], confidence: 'high' };
    const whether = asksWhether(text, keywordLexicons, name);
    const kind = namesAKind(text, keywordLexicons, language.language);
    if (kind !== null && keywords.role.rating === undefined) kinds.set(index, kind);
    if (whether?.which !== undefined) keywords.whichOfTwo = whether.which;
    else if (whether !== null) {
      keywords.whether = whether.by;
      const worded = reversedWording({ name: whether.asked, question: null }, keywordLexicons, language.language, false, language.leaning);
      if (worded !== null) keywords.worded = worded.text;
    }
    const read = (answers: ValueProfile): ColumnModel => {
      const column = { ...detectColumn(index, name, answers, keywords, vocabulary, battery, text, header.platform !== undefined && CODES_IN_LISTED_ORDER.has(header.platform) ? header.platform : null), question };
      // The scale a matrix's question states before its row ("Please rate on a scale of 1 to 4 - Price") counts too.
      shortOfTop(column, [name, text, text.split(' - ')[0] ?? '', battery?.question ?? ''], battery?.counts ?? answers.counts, battery);
      if (battery !== null) column.partOf = battery.question;
      if (rowRated !== null && column.scale !== null) column.evidence.push(rowRated);
      // A choice question's column is no item: where its question says so ("- Selected Choice"),
      // whatever it names (the channel used to contact customer service); where only a text entry
      // beside it says so, where the rating names no dimension. The overall, recommend and effort
      // questions keep their reading.
      const choice = choices.get(index);
      if (choice !== undefined && column.role === 'item' && (choice.stated || column.dimension === null)) return { index, name, question, role: 'segment', dimension: null, scale: null, evidence: [choice.why], unmapped: [], confidence: 'high' };
      return column;
    };
    const column = readWithoutTextEntry(read, entries.get(index), () => withLaterAnswers(profileValues(sample, index, vocabulary, header, [String(entries.get(index)?.code)]), laterAnswers?.get(index))) ?? read(profile);
    const later = laterAnswers?.get(index);
    if (later !== undefined && column.scale !== null) column.evidence.push(`its scale counts every row read: ${answersAfter(later)} after the first ${sample.length} rows`);
    return column;
  });
  onTheSurveysLabelSet(columns, profiles, vocabulary);
  onTheSurveysSeenPoints(columns, profiles, vocabulary);
  onTheSurveysNumericScale(columns, profiles, sample.length);
  driverOfDeliveries(columns, keywordLexicons);
  overallRating(columns, keywordLexicons, grouped);
  for (const role of ['csat', 'nps', 'ces'] as const) keepBest(columns, role, keywordLexicons);
  overallItems(columns, keywordLexicons);
  // After the headline questions are chosen: an overall or ease question read as an item is one too.
  claimsOfTheProduct(columns, keywordLexicons);
  derivedNpsGroups(columns);
  otherTextsOfCheckboxes(columns, vocabulary);
  rowsAnsweredAsAnUnreadRow(columns, profiles);
  const unreadLanguage = languageWithoutLexicon(language.language);
  if (unreadLanguage !== null) readByShapeAlone(columns, profiles, unreadLanguage);
  else if (language.language === null) zeroToTenInAnUnreadHeader(columns);
  choiceIdColumns(columns);
  oneProblemQuestion(columns, keywordLexicons);
  categoriesOfEveryone(columns, sample, vocabulary, header);
  codesNumberedBestFirst(columns, sample, vocabulary, header);
  kindsAnsweredInCodes(columns, kinds, sample, vocabulary, header);
  if (header.platform === 'limesurvey') for (const column of columns) limeSurveyCodes(column, profiles[column.index] as ValueProfile, columns);
  for (const column of columns) leaveOutIfUnsure(column);
  return { columns, language, keywordLexicons };
}

/** A rated column's sampled answers as its scale codes them, NaN where an answer is none (blank, not applicable, off the scale). */
function sampledNumbers(column: ColumnModel, sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat): number[] {
  const code = makeAnswerCoder(column.scale as Scale, vocabulary, format, column);
  return sample.map((row) => {
    const value = code(row[column.index] ?? '');
    return typeof value === 'number' ? value : Number.NaN;
  });
}

/** How far below zero the overall rating's correlation with the recommend question must lie to show codes numbered best first. */
const BEST_FIRST_MAX_R = -0.3;

// The fewest rows answering both an item and the recommend question for their correlation to count.
const BEST_FIRST_MIN_PAIRS = 30;

/**
 * A numeric export whose codes are numbered best first (1 = Sehr zufrieden: Qualtrics and
 * SurveyMonkey number the choices in the order the form lists them) reads every rating upside
 * down, and its numbers alone do not say so. The recommend question does: its 0-10 runs one way
 * on every platform, and an overall rating runs with it. Where the overall rating's numbers (no
 * words at its points) run against the recommend question's in the sample (r ≤ BEST_FIRST_MAX_R
 * and below zero beyond chance, among BEST_FIRST_MIN_PAIRS rows at least), the survey's codes run
 * best first: the overall rating is read the other way round, and so is each rating of numbers
 * that runs against the recommend question beyond chance too (a cold trial's German Qualtrics
 * export: CSAT 35.6 % where it is 30.9 %, handling 71.8 where it is 28.2). Without that sign,
 * answers alone reverse no item (see reverseItems). The report's notes say what was turned and how
 * to keep a column as asked.
 */
function codesNumberedBestFirst(columns: ColumnModel[], sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat): void {
  const recommend = columns.find((c) => c.role === 'nps' && c.scale !== null);
  const overall = columns.find((c) => c.role === 'csat');
  const numbers = (c: ColumnModel) => c.scale?.kind === 'numeric' && c.scale.labelSet === null && c.scale.labels === null && !c.scale.reversed;
  if (recommend === undefined || overall === undefined || !numbers(overall)) return;
  const answers = (c: ColumnModel) => sampledNumbers(c, sample, vocabulary, format);
  const likely = answers(recommend);
  // A column's correlation with the recommend question over the rows answering both, and how many;
  // null where they are too few to tell.
  const correlation = (c: ColumnModel) => {
    const own = answers(c);
    const pairs = own.filter((v, i) => !Number.isNaN(v) && !Number.isNaN(likely[i] as number)).length;
    return pairs >= BEST_FIRST_MIN_PAIRS ? { r: pairwiseCorrelation(own, likely, BEST_FIRST_MIN_PAIRS), pairs } : null;
  };
  const shown = correlation(overall);
  if (shown === null || shown.r > BEST_FIRST_MAX_R || !belowZeroBeyondChance(shown.r, shown.pairs)) return;
  const turned: string[] = [];
  const turn = (c: ColumnModel, r: number, pairs: number, why: string) => {
    c.scale = directed(c.scale as Scale, true, 'recommend');
    c.evidence.push(`its answers run against the recommend question's (r = ${r.toFixed(2)} among ${pairs} rows of the ${sample.length} sampled)${why}: read the other way round, its 1 the best`);
    c.confidence = c.confidence === 'low' ? 'low' : 'medium';
    turned.push(`"${c.name}"`);
  };
  turn(overall, shown.r, shown.pairs, `, where an overall rating runs with it: its codes are numbered best first, as a numeric export numbers choices listed from the best`);
  for (const column of columns) {
    if (column === overall || column.role !== 'item' || !numbers(column)) continue;
    const found = correlation(column);
    if (found === null) continue;
    if (belowZeroBeyondChance(found.r, found.pairs)) turn(column, found.r, found.pairs, `, as the overall rating's do: the survey's codes are numbered best first`);
    // An item that runs with the recommend question as coded is the better the higher already,
    // whatever its wording says (a statement of a bad thing, 1 = Strongly agree): no word turns it.
    else if (belowZeroBeyondChance(-found.r, found.pairs)) {
      column.directionShown = true;
      column.evidence.push(`its answers run with the recommend question's as coded (r = ${found.r.toFixed(2)} among ${found.pairs} rows of the ${sample.length} sampled) in a survey whose codes are numbered best first: higher is better as coded, whatever its wording`);
    }
  }
  // One note for the survey: the overall rating's column carries it.
  // No figure of the sample in the note (the r is in the evidence): shards read alike merge (see satisfy merge).
  overall.note = `its answers run against the recommend question's, as a survey's codes do where they are numbered best first: it and the ratings that run so too are read the other way round, 1 the best (${turned.join(', ')}); mark one whose 1 is the worst answer "reverse": false under "columns" in satisfy.config.json`;
}

/**
 * "How would you rate your driver?" names no dimension: in a survey of deliveries the driver brings
 * the order (delivery), in one of rides the driver is the service. A rated question of the driver
 * (Lexicon.driver) that names none is delivery where another question of the survey was read as
 * delivery by a keyword that is no word of when, a weak one beside its context (the delivery, the
 * parcel, the packaging of the order: "on time" or a bare "Speed" is said of a taxi too), and no
 * header names a ride (a taxi, a trip, a fare), of medium confidence: the survey's other questions
 * say it, not its own words.
 */
function driverOfDeliveries(columns: ColumnModel[], lexicons: readonly Lexicon[]): void {
  const texts = columns.map((c) => questionText(c.name, c.question));
  const words = lexicons.flatMap((l) => l.driver.words);
  const drivers = columns.filter((c, i) => c.role === 'item' && c.dimension === null && c.scale !== null && matchKeywords(texts[i] as string, words).length > 0);
  if (drivers.length === 0) return;
  const ride = lexicons.flatMap((l) => l.driver.ride);
  if (texts.some((text) => matchKeywords(text, ride).length > 0)) return;
  // A weak keyword ("packaging", "arrived") names a delivery only beside a word of its context (the
  // order, the parcel), not as a column's name alone ("Speed" is said of a ride too).
  const named = (text: string) => lexicons.flatMap((l) => {
    const keywords = (l.dimensions.delivery ?? []).filter((k) => !k.startsWith('^') && !(k.startsWith('~') && isBareName(text)));
    return matchKeywords(text, keywords, l.context.delivery ?? [], undelivered(text, lexicons)).map((k) => `"${k}" (${l.language})`);
  });
  const delivery = columns.find((c, i) => c.dimension === 'delivery' && named(texts[i] as string).length > 0);
  if (delivery === undefined) return;
  const shownWords = named(texts[delivery.index] as string);
  for (const column of drivers) {
    const driver = lexicons.flatMap((l) => matchKeywords(texts[column.index] as string, l.driver.words).map((k) => `"${k}" (${l.language})`))[0];
    column.dimension = 'delivery';
    column.evidence = column.evidence.map((why) => why.replace(/ but no header keyword names a dimension$/, ''));
    column.confidence = column.confidence === 'low' ? 'low' : 'medium';
    column.evidence.push(`header keyword ${driver}: the driver who brings the order, delivery, as "${delivery.name}" (${shownWords[0]}) says the survey asks of deliveries and no header names a ride`);
  }
}

/**
 * In a survey whose claim is its product — an insurance's, a warranty's, an expense claim, told by
 * the words of that product in any of its columns (`context.claimSurvey`: "insurance", "claims
 * handler", "Versicherung", "sinistre", "siniestro"; or `context.claimSurveyWeak`, "warranty",
 * "reimburse", "Garantie", words a shop says too, in the column naming the claim, in two columns or
 * in the CSAT/NPS question) — how a claim was handled, processed
 * or filed is the service the survey is about, no complaint: a rated item whose header names the
 * claim (`context.claimNamed`: "claim", "Schaden", "sinistre") and no problem or complaint
 * (`reversedWording.trouble`, `context.complaintMade`: "Did you complain about how your claim was
 * handled?" stays one; `context.complaining`, any word of complaining: "Ihre Reklamation", "your
 * complaint about the claim"), of complaints or of no dimension, is service, of medium confidence: the
 * survey's other words say it, not its own. One worded as a burden (`context.burden`: "I had to
 * chase you for updates on my claim") is left as it was: worded against its scale in words no
 * lexicon marks, it would run against the service it joined.
 */
function claimsOfTheProduct(columns: ColumnModel[], lexicons: readonly Lexicon[]): void {
  const texts = columns.map((c) => questionText(c.name, c.question));
  const wordsIn = (text: string, key: string) => lexicons.flatMap((l) => matchKeywords(text, l.context[key] ?? []).map((k) => `"${k}" (${l.language})`));
  const strong = texts.flatMap((text) => wordsIn(text, 'claimSurvey').map((word) => ({ text, word })));
  // A word every shop says too (a warranty sold, postage reimbursed) tells a survey of claims only in the column naming the claim
  // ("your warranty claim"), in two columns, or in the headline question: once elsewhere, it is an add-on or a refund.
  const weak = texts.flatMap((text, index) => wordsIn(text, 'claimSurveyWeak').map((word) => ({ text, word, index })));
  const headline = (index: number) => ['csat', 'nps'].includes(columns[index]?.role ?? '');
  const weakTells = new Set(weak.map((w) => w.index)).size >= 2 || weak.some((w) => headline(w.index) || wordsIn(w.text, 'claimNamed').length > 0);
  const product = strong[0] ?? (weakTells ? weak[0] : undefined);
  if (product === undefined) return;
  for (const column of columns) {
    if (column.role !== 'item' || column.scale === null || (column.dimension !== null && column.dimension !== 'complaints')) continue;
    const text = texts[column.index] as string;
    const claim = wordsIn(text, 'claimNamed')[0];
    if (claim === undefined) continue;
    // A complaint about the claim is a complaint ("Abwicklung Ihrer Reklamation wegen eines Schadens", "your complaint about the claim").
    if (wordsIn(text, 'complaining').length > 0) continue;
    // A burden of one short word is read in none: French "dû" (had to), folded, is "du" (of the).
    const burden = (l: Lexicon) => (l.context.burden ?? []).filter((word) => word.includes(' ') || word.length > 3);
    const problem = lexicons.some((l) => matchKeywords(text, [...l.reversedWording.trouble, ...(l.context.complaintMade ?? []), ...burden(l)]).length > 0);
    if (problem) continue;
    const was = column.dimension;
    column.dimension = 'service';
    column.evidence = column.evidence.map((why) => why.replace(/ but no header keyword names a dimension$/, ''));
    column.confidence = column.confidence === 'low' ? 'low' : 'medium';
    column.evidence.push(`header keyword ${claim}: a claim in a survey of claims (${product.word} in "${product.text}"), the service it is about${was === null ? '' : ', not complaints'}: no word of a problem or a complaint`);
  }
}

/**
 * Rows of one grid read alike: where a row answered in words no scale knows was found to ask for a
 * rating (its header names a dimension, "Cortesia del rider" by a keyword of another language), the
 * grid's other rows (the same question, `Valuta i seguenti aspetti [Puntualità della consegna]`)
 * answered in those same words ask for one too, whatever their own words say: they are listed for
 * mapping and said to be unscored, as it is, not silently made segments. A row answered otherwise
 * stays what it is.
 */
function rowsAnsweredAsAnUnreadRow(columns: ColumnModel[], profiles: readonly ValueProfile[]): void {
  const unread = columns.filter((c) => c.role === 'segment' && c.unscored !== undefined && c.unmapped.length > 0);
  for (const column of columns) {
    if (column.role !== 'segment' || column.unscored !== undefined) continue;
    const stem = questionStem(column.name);
    const labels = profiles[column.index]?.labels;
    if (stem === null || labels === null || labels === undefined || labels.size === 0) continue;
    const row = unread.find((c) => questionStem(c.name) === stem && [...labels.values()].every((l) => c.unmapped.some((u) => normalizeText(u.label) === normalizeText(l.spelling))));
    if (row === undefined) continue;
    column.unmapped = unknownLabels(labels, new Map());
    column.unscored = { as: 'item', dimension: null };
    column.evidence.push(`a row of the grid of "${row.name}", answered in its words, which ask for a rating: if these answers are a scale, map their labels in the config`);
  }
}

/**
 * In a survey in a language satisfy has no keywords for, what the answers' shape alone suggests and
 * the headers cannot confirm. Rows of one grid all answered from the same few words (3 to
 * PARTLY_LABELLED_MAX) that no scale knows are a rating grid: listed for mapping and said to be
 * unscored, not silently made segments. The one 0-10 question that no keyword read is the shape of the
 * recommend question (NPS), and as much that of a rating of satisfaction asked 0-10: suggested as
 * either, of low confidence, so never in the headlines until `--map nps=` or `--map csat=` says
 * which. A question answered yes or no is kept as a segment, but said to be
 * unread (it may ask whether the respondent had a problem), so that the report's notes name it.
 */
function readByShapeAlone(columns: ColumnModel[], profiles: readonly ValueProfile[], language: string): void {
  // Rows of one grid answered from one small set of words no scale knows: a rating grid by its shape.
  const grids = new Map<string, ColumnModel[]>();
  for (const column of columns) {
    const stem = column.role === 'segment' && column.unscored === undefined ? questionStem(column.name) : null;
    if (stem !== null) grids.set(stem, [...(grids.get(stem) ?? []), column]);
  }
  for (const [stem, rows] of grids) {
    const sets = rows.map((c) => [...(profiles[c.index]?.labels?.keys() ?? [])].sort().join('\n'));
    const size = profiles[rows[0]?.index ?? -1]?.labels?.size ?? 0;
    if (rows.length < 2 || size < 3 || size > PARTLY_LABELLED_MAX || sets.some((set) => set !== sets[0])) continue;
    for (const column of rows) {
      column.unmapped = unknownLabels(profiles[column.index]?.labels ?? new Map(), new Map());
      column.unscored = { as: 'item', dimension: null };
      column.evidence.push(`one of ${rows.length} rows of the grid "${stem}", all answered in the same ${size} words of ${language}, a language satisfy has no keywords for: a rating grid by its shape; if these answers are a scale, map their labels in the config`);
    }
  }
  const only = loneZeroToTen(columns);
  if (only !== undefined) suggestNpsOrCsat(only, `the one 0-10 question of a survey in ${language}, a language satisfy has no keywords for`);
  for (const column of columns) {
    const profile = profiles[column.index];
    if (column.role !== 'segment' || column.unscored !== undefined || profile === undefined || profile.answered === 0 || profile.yesNo < profile.answered - profile.notApplicable) continue;
    column.undecided = `it is answered yes or no under a header in ${language}, which satisfy has no keywords for: it splits the respondents as a segment; if it asks whether they had a problem, --map complaints="${column.name}" scores it`;
    column.evidence.push(`answered yes or no under a header in ${language} that no keyword reads: a segment until named`);
  }
}

/** The one 0-10 question that no keyword read, where no column is or may be the NPS. */
function loneZeroToTen(columns: readonly ColumnModel[]): ColumnModel | undefined {
  if (columns.some((c) => c.role === 'nps' || c.suggestion?.role === 'nps')) return undefined;
  const zeroToTen = columns.filter((c) => c.role === 'item' && c.dimension === null && c.suggestion === undefined && c.scale?.kind === 'numeric' && c.scale.min === 0 && c.scale.max === 10);
  return zeroToTen.length === 1 ? zeroToTen[0] : undefined;
}

/**
 * The shape of the recommend question is as much that of a rating of satisfaction asked 0-10
 * ("Quanto è soddisfatto complessivamente …? (0-10)"): both readings are named, neither is taken.
 */
function suggestNpsOrCsat(column: ColumnModel, why: string): void {
  column.confidence = 'low';
  column.suggestion = { role: 'nps', dimension: null, or: 'csat' };
  column.evidence.push(`${why}: the shape of the recommend question, or of a rating of overall satisfaction asked 0-10, which its header cannot tell apart`);
  column.evidence.push('low confidence: left out as nps or csat until confirmed (--map or satisfy init)');
}

/**
 * A survey too short to tell its language (a few short headers, "Cortesia del personale"): the one
 * 0-10 question that no keyword read, stating its 0-10 in its header, whose own words are of a
 * language satisfy has no keywords for ("Quanto è probabile che consiglierebbe il nostro negozio a
 * un amico? (0-10)"), is suggested as the NPS or the CSAT, as in a survey told to be in that
 * language (readByShapeAlone). A header in a lexicon language ("How would you rate our new app?
 * (0-10)") was read by its keywords, and stays the item they made it.
 */
function zeroToTenInAnUnreadHeader(columns: ColumnModel[]): void {
  const only = loneZeroToTen(columns);
  if (only === undefined || !ZERO_TO_TEN_HINT.test(only.name)) return;
  const language = headerLanguageWithoutLexicon(only.name.replace(SCALE_HINT, ''));
  if (language !== null) suggestNpsOrCsat(only, `the one 0-10 question, its header in ${language}, a language satisfy has no keywords for (the survey is too short to tell its own)`);
}

/** "(0-10)", "(0 – 10)" at the end of a header. */
const ZERO_TO_TEN_HINT = /\(\s*0\s*[-–]\s*10\s*\)\s*$/;

/**
 * The text typed for the "Other (please specify)" answer of a checkbox question, in a column of its
 * own right after the question's options and headed as they are ("Question - Other (please
 * specify)", SurveyMonkey), or, after options each headed by its own text (Typeform's multiple
 * selection), headed by the word "Other" alone (`Other`, `Other (2)`, `Autre`): a text there means
 * Other was ticked. The column stays the comment it is, and is part of the question (`partOf`),
 * which counts it as its "Other" option; unless the question has an "Other" option column of its
 * own, where it is ticked.
 */
function otherTextsOfCheckboxes(columns: ColumnModel[], vocabulary: Vocabulary): void {
  for (const column of columns) {
    const before = columns[column.index - 1];
    const question = before?.role === 'option' ? before.partOf : null;
    if (column.role !== 'comment' || question === undefined || question === null || !namesOtherAnswer(column.name, vocabulary)) continue;
    // Options headed by their own text share no question to head the "Other" text with: it is headed "Other" alone.
    const ownText = columns.some((c) => c.role === 'option' && c.partOf === question && !c.name.startsWith(question));
    if (!column.name.startsWith(question) && !(ownText && vocabulary.otherAnswer.has(normalizeText(column.name).replace(/ \d+$/, '')))) continue;
    // An "Other" option of its own (KoboToolbox's `channels/other` before `channels_other`) is ticked there.
    if (columns.some((c) => c.role === 'option' && c.partOf === question && namesOtherAnswer(c.name, vocabulary))) continue;
    column.partOf = question;
    column.evidence.push(`the "Other" answer of the checkbox question "${question}" whose options it follows: a text typed there ticks it`);
  }
}

/**
 * Two questions of a problem, one of something that went wrong ("Did you experience an outage?",
 * "Hatten Sie eine Störung?") and one of a complaint made ("Did you make a complaint to us?", "Haben
 * Sie sich beschwert?"): the complaint is what the survey follows up, its handling question asking
 * about it. Where exactly one of them says a complaint was made (Lexicon context `complaintMade`,
 * with no word of one that could or would be made: `complaintUnmade`, "Do you know how to make a
 * complaint?", "Would you complain …?") and no rated question of complaints (the handling) stands
 * before it, that one is the problem question (the Problems line, the base of Handling); the
 * others split the respondents as segments (`--by`), which the report's notes say. Otherwise the
 * first is the problem question, as before.
 */
function oneProblemQuestion(columns: ColumnModel[], lexicons: readonly Lexicon[]): void {
  const asked = columns.filter((c) => c.role === 'complaint');
  if (asked.length < 2) return;
  const made = lexicons.flatMap((lexicon) => lexicon.context['complaintMade'] ?? []);
  // "Do you know how to make a complaint?", "Would you complain to us if …?", "Wissen Sie, wie man eine
  // Beschwerde einreicht?" ask of a complaint one could or would make, not of one made.
  const unmade = lexicons.flatMap((lexicon) => lexicon.context['complaintUnmade'] ?? []);
  const complained = asked.filter((c) => {
    const text = normalizeText(splitElisions(c.name));
    return matchKeywords(text, made).length > 0 && matchKeywords(text, unmade).length === 0;
  });
  const problem = complained.length === 1 ? complained[0] : undefined;
  if (problem === undefined) return;
  if (columns.some((c) => c.role === 'item' && c.dimension === 'complaints' && c.index < problem.index)) return;
  const handling = columns.find((c) => c.role === 'item' && c.dimension === 'complaints' && c.index > problem.index);
  const follows = handling === undefined ? '' : `, and "${handling.name}" (its handling) follows it`;
  for (const other of asked) {
    if (other === problem) continue;
    other.role = 'segment';
    other.dimension = null;
    other.scale = null;
    other.evidence.push(`a second question of a problem: "${problem.name}" asks whether a complaint was made${follows}, and is the problem question; this one splits the respondents as a segment`);
    other.undecided = `it asks about a problem too, but "${problem.name}" asks whether a complaint was made${follows}: that one is the problem question (the Problems line); this one splits the respondents as a segment (--by ${JSON.stringify(other.name)} compares those who had one with those who had none)`;
  }
  problem.evidence.push(`the problem question of ${asked.length} questions of a problem: it asks whether a complaint was made${follows}`);
}

// The fewest respondents with no problem, and the share of them answering, that show a question of
// which one is asked of everyone, not of those who had a problem.
const NO_PROBLEM_MIN = 10;
const NO_PROBLEM_ANSWERING = 0.5;

/**
 * Problem categories follow a problem: "Um welche Art von Schaden handelte es sich?" (Kfz,
 * Hausrat …) answered by nearly everyone, where the survey's own question of a problem ("Haben
 * Sie sich beschwert?") says few had one, asks which kind of claim, product or visit it was, not
 * what went wrong: a segment. A question of which one that most of those with no problem answered
 * is read so; one asked only of those who had one keeps its reading. Sampled rows decide.
 */
function categoriesOfEveryone(columns: ColumnModel[], sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat): void {
  const complaint = columns.find((c) => c.role === 'complaint' && c.scale !== null);
  if (complaint === undefined || complaint.scale === null) return;
  const code = makeAnswerCoder(complaint.scale, vocabulary, format, complaint);
  // A "no" is the low end of the yes/no scale, whichever way it is scored.
  const none = sample.filter((row) => code(row[complaint.index] ?? '') === complaint.scale?.min);
  if (none.length < NO_PROBLEM_MIN) return;
  for (const column of columns) {
    if (column.role !== 'segment' || column.dimension !== 'complaints') continue;
    const answering = none.filter((row) => !isBlankAnswer((row[column.index] ?? '').trim())).length;
    if (answering < NO_PROBLEM_ANSWERING * none.length) continue;
    column.dimension = null;
    column.evidence = [
      ...column.evidence.map((why) => why.replace(/^header keyword .*? → complaints; /, '').replace(/categories of the problem/, 'categories')),
      `answered by ${answering} of the ${none.length} sampled respondents who had no problem ("${complaint.name}"): asked of everyone, categories of the respondent, not of a problem`,
    ];
  }
}

// LimeSurvey's default answer codes (A1, A2 … or AO01 …) and its code of the "Other" answer.
const LIMESURVEY_CODE = /^(?:A\d{1,3}|AO\d{1,3}|-oth-)$/;

/**
 * A LimeSurvey question exported as answer codes ("Answer codes", the default of its CSV export)
 * holds A1, A2 … and -oth- with no text for them: a segment or categories so answered are shown by
 * those codes, which the report's notes say, with where the "Other" text is and how to get the answers'
 * text (export with "Full answers").
 */
function limeSurveyCodes(column: ColumnModel, profile: ValueProfile, columns: readonly ColumnModel[]): void {
  if (column.role !== 'segment' || profile.labels === null || profile.labels.size === 0) return;
  const codes = [...profile.labels.values()].map((l) => l.spelling);
  if (!codes.every((code) => LIMESURVEY_CODE.test(code))) return;
  const own = /^([^.\s[]+)\./.exec(column.name)?.[1];
  const other = own === undefined ? undefined : columns.find((c) => c.name.startsWith(`${own}[other]`));
  const otherText = codes.includes('-oth-') ? `, -oth- the "Other" answer${other === undefined ? '' : ` (its text in "${other.name}")`}` : '';
  column.note = `its answers are LimeSurvey's answer codes (${codes.filter((c) => c !== '-oth-').sort().slice(0, 3).join(', ')} …${otherText}), shown as written: the export holds no text for them (export with "Full answers" to read them)`;
  column.evidence.push('answers are LimeSurvey answer codes');
}

// The platforms whose numeric export codes a question's choices 1, 2 … in the order listed.
const CODES_IN_LISTED_ORDER: ReadonlySet<Platform> = new Set(['qualtrics', 'surveymonkey']);

/**
 * Answered 1 and 2 alone, both of them, as whole numbers. Non-answers are set aside first: Qualtrics'
 * -99 ("seen but not answered"), a -9 or a code declared missing (`--missing 99`) answers nothing,
 * and a yes/no question with a few of them is still answered 1 and 2 alone.
 */
function oneOrTwo(profile: ValueProfile): boolean {
  return profile.min === 1 && profile.max === 2 && profile.distinct - profile.nonAnswers === 2 && profile.integers === profile.numeric && profile.labels?.size === 0;
}

/**
 * A question put in a form of yes or no: what tells it (see asksWhether), and its words without the
 * "or not" that may close it; `which`, where a word of "or" between two options makes it a
 * question of which of them, what says so.
 */
interface Whether {
  by: string;
  asked: string;
  which?: string;
}

/**
 * Whether a question asks yes or no, and what tells it, or null. Its opening words ("Did you …?",
 * "Was it …?", "Czy …?", "Vai …?", "Haben Sie …?", "Avez-vous …?", "¿Recibió …?":
 * Lexicon.yesNoQuestion `opens`), or, in its last sentence (after the last ".", "!", ":" or
 * Spanish "¿"), a verb put before the subject by a hyphen wherever it stands (French "La livraison
 * est-elle arrivée à temps ?", "Le prix vous semble-t-il trop élevé ?": `inverted`), or a finite
 * verb of a statement with a question mark (Spanish "¿La entrega llegó a tiempo?", Portuguese "O
 * pedido chegou no prazo?": `finite`, `endings`), with no interrogative word before that verb
 * ("¿Cómo llegó …?", "Com que frequência …?", "À quelle fréquence vous a-t-on …?": `asks`). A
 * word of "or" between its options ("Did you order online or by phone?", "Czy to pierwsze
 * zamówienie, czy kolejne?", "¿Pidió en línea o por teléfono?") asks which of them: no question of
 * yes or no; "or not" closing it ("… or not?", "¿… o no?", "… czy nie?": `orNot`) is none, and
 * is cut from the words its wording is read from, where its "not" would turn them round.
 */
function asksWhether(text: string, lexicons: readonly Lexicon[], name?: string): Whether | null {
  if (!/\?\s*$/.test(text)) return null;
  const orNot = lexicons.flatMap((l) => l.yesNoQuestion?.orNot ?? []).find((phrase) => orNotAtEnd(phrase).test(text));
  const asked = orNot === undefined ? text : text.replace(orNotAtEnd(orNot), '?');
  const words = normalizeText(asked).split(' ');
  // Its number first ("Q3.", "3)") is no word of it.
  while (words.length > 1 && /^q?\d+[a-z]?$/.test(words[0] as string)) words.shift();
  // The column's name before its question ("Q7 Que pensez-vous … ?") is no word of its last sentence.
  const own = name !== undefined && name !== text && asked.startsWith(`${name} `) ? asked.slice(name.length + 1) : asked;
  const sentence = (own.split(/[.!:¿]/).at(-1) ?? own).normalize('NFC').toLocaleLowerCase();
  for (const lexicon of lexicons) {
    const { opens = [], or = [] } = lexicon.yesNoQuestion ?? {};
    const open = opens.find((phrase) => normalizeText(phrase).split(' ').every((w, i) => words[i] === w));
    const told = open === undefined ? verbOfAStatedQuestion(sentence, lexicon) : { verb: open, at: normalizeText(open).split(' ').length, words };
    if (told === null) continue;
    const by = open === undefined ? `the verb "${told.verb}" of a statement asked (${lexicon.language})` : `"${open}" (${lexicon.language})`;
    const between = or.find((o) => told.words.slice(told.at).includes(normalizeText(o)));
    if (between !== undefined) return { by, asked, which: betweenTwo(by, between) };
    return { by: orNot === undefined ? by : `${by}, closed by "${orNot}"`, asked };
  }
  return whichOfTwo(own, asked, lexicons);
}

/**
 * A question of which one (Lexicon.which `ask`: "which", "welche", "quel", "cuál", "qual", "który",
 * "kurš", "kura", "kuru") with a word of "or" after it (`yesNoQuestion.or`) between the two
 * options it names ("Which did you use to contact our support: phone or email?", "Kuru no kanāliem
 * izmantojāt: tālruni vai e-pastu?"): a question of which of two, as one opened by words of yes or
 * no is (see asksWhether), and no question of yes or no; one of how much (`extent`: "dans quelle
 * mesure", "qué tan") is none. Null where it is not one.
 */
function whichOfTwo(text: string, asked: string, lexicons: readonly Lexicon[]): Whether | null {
  const words = normalizeText(text).split(' ');
  for (const lexicon of lexicons) {
    const { or = [] } = lexicon.yesNoQuestion ?? {};
    if (or.length === 0 || matchKeywords(text, lexicon.which.extent).length > 0) continue;
    for (const phrase of lexicon.which.ask) {
      const parts = normalizeText(phrase).split(' ');
      const at = words.findIndex((_, i) => parts.every((w, k) => words[i + k] === w));
      if (at < 0) continue;
      const between = or.find((o) => words.slice(at + parts.length).includes(normalizeText(o)));
      if (between !== undefined) {
        const by = `"${phrase}" (${lexicon.language})`;
        return { by, asked, which: betweenTwo(by, between) };
      }
    }
  }
  return null;
}

/** What says a question asks which of two: what tells it a question (`by`), then the "or" between its options. */
function betweenTwo(by: string, between: string): string {
  return `${by}, then "${between}" between two options`;
}

/** A phrase of "or not" closing a question (Lexicon.yesNoQuestion `orNot`), as a pattern that matches it with the question mark after it. */
function orNotAtEnd(phrase: string): RegExp {
  const words = phrase.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\s,]+${words.join('\\s+')}\\s*\\?\\s*$`, 'iu');
}

/**
 * The verb that makes the last sentence of a question (`sentence`, lower case) a question of yes
 * or no without an opening word of one (see asksWhether), where it is from the words after it
 * (`at`) an "or" would ask which of two, or null: a French verb joined by a hyphen to its subject
 * pronoun (`inverted`), or a Spanish or Portuguese finite verb (`finite`, or a word of 4 letters
 * or more ending as one, `endings`), with no interrogative word (`asks`) before it.
 */
function verbOfAStatedQuestion(sentence: string, lexicon: Lexicon): { verb: string; at: number; words: string[] } | null {
  const { asks = [], relative = [], finite = [], endings = [], inverted = [], notInverted = [] } = lexicon.yesNoQuestion ?? {};
  const wordsOf = (part: string) => part.split(/[^\p{L}]+/u).filter((w) => w !== '');
  const words = wordsOf(sentence);
  // Each word with the clause it stands in (split at "," and ";"), for asking.
  const tokensOf = (part: string) => part.split(/[,;]/).flatMap((clause, c) => wordsOf(clause).map((w) => ({ w, c })));
  const stopwords = spelledStopwords(lexicon.language);
  // An interrogative word asks, unless it is also a relative pronoun (`relative`) after a word of its
  // clause that is no stopword, the noun it relates to: "Le colis que vous avez commandé est-il
  // arrivé à temps ?", "A encomenda que fez chegou no prazo?" ask whether; "Que pensez-vous …?",
  // "O que achou …?", "Dans l'ensemble, que pensez-vous … ?" ask what.
  const asking = (tokens: ReadonlyArray<{ w: string; c: number }>, i: number) => {
    const { w, c } = tokens[i] as { w: string; c: number };
    return asks.includes(w) && !(relative.includes(w) && tokens.slice(0, i).some((t) => t.c === c && !stopwords.has(t.w)));
  };
  if (inverted.length > 0) {
    const pronoun = new RegExp(`(?<![\\p{L}-])(\\p{L}+)-(?:t-)?(${inverted.join('|')})(?![\\p{L}-])`, 'gu');
    const found = [...sentence.matchAll(pronoun)].find((m) => !notInverted.includes(m[0]));
    if (found === undefined) return null;
    const before = tokensOf(sentence.slice(0, found.index));
    return before.some((_, i) => asking(before, i)) ? null : { verb: found[0], at: before.length + 1, words: words.map((w) => normalizeText(w)) };
  }
  if (finite.length === 0 && endings.length === 0) return null;
  const tokens = tokensOf(sentence);
  for (const [i, word] of words.entries()) {
    if (asking(tokens, i)) return null;
    if (finite.includes(word) || endings.some((e) => word.endsWith(e) && word.length >= e.length + 3)) return { verb: word, at: i + 1, words: words.map((w) => normalizeText(w)) };
  }
  return null;
}

/**
 * A question asked of yes or no: about a problem or its resolution ("¿Tuvo algún problema?",
 * "Was your issue resolved?") or put in a question form of yes or no ("Did you receive your order
 * on time?", "Czy …?": see asksWhether), put as a question, with no word of rating, satisfaction or
 * recommending and no scale stated in it.
 */
function asksYesOrNo(name: string, kw: Keywords['role'], dimension: Keywords['dimension'], whether: string | undefined): boolean {
  const about = dimension?.id === 'complaints' || kw.resolution !== undefined || whether !== undefined;
  return about && !ratedIn(kw, dimension) && /\?\s*$/.test(name) && scaleHint(name) === null;
}

/**
 * Whether a header holds a word of rating, satisfaction, recommending, effort or importance. One of
 * rating or weak one of satisfaction inside the phrase of its dimension ("experience" of "Did you
 * experience a problem?") rates nothing.
 */
function ratedIn(kw: Keywords['role'], dimension: Keywords['dimension']): boolean {
  const outside = (hit: Hit | undefined) => hit !== undefined && !(dimension?.hits ?? []).some((h) => matchKeywords(h.keyword.replace(/\*$/, ''), [hit.keyword]).length > 0);
  return outside(kw.rating) || kw.csatStrong !== undefined || outside(kw.csatWeak) || kw.nps !== undefined || kw.ces !== undefined || kw.importance !== undefined;
}

/**
 * Why a column of a rated matrix whose word of quantity stands in its row alone is read as its
 * siblings are, or null. "¿Qué tan de acuerdo está …? - El precio que pago es excesivo" answered
 * 1..5 beside six statements rated 1..5 is one more statement rated: what its row names (the price
 * paid, the amount of a bill) is what it rates, not a number it asks for. A word of quantity in the
 * question the rows share ("Hours per week spent on: [Email]") is in every row, and a row that
 * asks for a count ("[Number of calls]") counts: both stay quantities.
 */
function rowOfRatedMatrix(text: string, keywords: Keywords): string | null {
  const quantity = keywords.role.quantity;
  if (quantity === undefined || keywords.role.counted !== undefined) return null;
  const parts = matrixRow(text);
  if (parts === null || matchKeywords(parts.stem, [quantity.keyword]).length > 0 || matchKeywords(parts.row, [quantity.keyword]).length === 0) return null;
  return `header keyword ${quantity.text} in one row of a matrix whose rows are rated alike: a statement rated, not a quantity`;
}

/**
 * Qualtrics writes beside an NPS question `Q2` its own group of each answer, `Q2_NPS_GROUP`
 * (Detractor, Passive, Promoter, or 1-3): derived from `Q2`, no question of its own, and no segment
 * whose labels are to be mapped to a scale. An export that says it is Qualtrics' has it ignored by
 * its platform already; this reads it so in any other (a file cut to the questions).
 */
function derivedNpsGroups(columns: ColumnModel[]): void {
  const byName = new Map(columns.map((c) => [c.name.trim().toLowerCase(), c]));
  columns.forEach(({ index, name, question, role }, i) => {
    const answered = npsGroupOf(name);
    const source = answered === null ? undefined : byName.get(answered.toLowerCase());
    if (source === undefined || role === 'ignored') return;
    columns[i] = { index, name, question, role: 'ignored', dimension: null, scale: null, evidence: [derivedNpsGroup(source.name)], unmapped: [], confidence: 'high' };
  });
}

// Formbricks writes `<question> - Option ID` beside each choice and ranking question: the ids of
// the choices made ("p0q1r2…", "other"), joined with ", " (apps/web/lib/response/utils.ts).
const CHOICE_IDS = / - Option ID$/;

/**
 * A column of the ids of the choices made beside its question (Formbricks' `7. Quais módulos você
 * mais usa? - Option ID` beside `7. Quais módulos você mais usa?`) is derived from it, not an
 * answer: ignored, as Qualtrics' NPS group is, whatever else its values looked like (a segment,
 * labels no scale knows).
 */
function choiceIdColumns(columns: ColumnModel[]): void {
  const byName = new Map(columns.map((c) => [c.name.trim(), c]));
  columns.forEach(({ index, name, question, role }, i) => {
    const trimmed = name.trim();
    if (!CHOICE_IDS.test(trimmed) || role === 'ignored') return;
    const source = byName.get(trimmed.replace(CHOICE_IDS, '').trim());
    if (source === undefined) return;
    const why = `"- Option ID" beside the question "${source.name}": the ids of the choices made, which Formbricks writes beside each choice question, derived from it and not an answer`;
    columns[i] = { index, name, question, role: 'ignored', dimension: null, scale: null, evidence: [why], unmapped: [], confidence: 'high' };
  });
}

/**
 * The part of a header that is its question: the question text of an extra header row where there
 * is one, read with the name; a name that is a code and then its question (LimeSurvey's `G01Q02.
 * Wie …`, KoboToolbox's `group_service/q1_overall`) by its question.
 */
function questionText(name: string, question: string | null): string {
  return question === null || question === name ? name : name.endsWith(question) ? question : `${name} ${question}`;
}

/**
 * A rated question read without the code of its choice with a text entry (see textEntryChoices):
 * `read` of the answers with that code not applicable, where that reading is still a rating on a
 * scale without the code; null where the column has no such choice or is no rating without it, and
 * is read as today.
 */
function readWithoutTextEntry(read: (answers: ValueProfile) => ColumnModel, entry: TextEntryChoice | undefined, without: () => ValueProfile): ColumnModel | null {
  if (entry === undefined) return null;
  const column = read(without());
  const scale = column.scale;
  if (!SCALED_ROLES.has(column.role) || scale === null || scale.kind !== 'numeric' || (entry.code >= scale.min && entry.code <= scale.max)) return null;
  column.missing = [...(column.missing ?? []), String(entry.code)];
  column.evidence.push(`${entry.code} is the choice whose text is typed in "${entry.entry}" (an "other", "not applicable" or "explain" answer), no point of the scale: its answers are counted as not applicable`);
  return column;
}

/** `42 answers 5, 3 answers "Always"`: the answers read after the sample, most frequent first. */
function answersAfter(later: ReadonlyMap<number | string, number>): string {
  return [...later]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([answer, count]) => `${count} answer${count === 1 ? '' : 's'} ${typeof answer === 'string' ? JSON.stringify(answer) : answer}`)
    .join(', ');
}

/**
 * The keywords of a header in the survey's languages. In a survey in a language without a lexicon
 * (`foreign`: Italian, Dutch …), where English finds nothing, what the other lexicons say of a rated
 * column is kept, marked foreign, so that it is shown as a suggestion but never reaches a headline.
 * In a survey of a lexicon language, other languages' words are not read at all: their false
 * friends are many (Latvian "personāl*" in "personal_1", Spanish "global" in "csor_global",
 * German "Porto" in "Vino de Porto"), and each would be a warning.
 */
function keywordsOf(text: string, own: readonly Lexicon[], all: readonly Lexicon[], grouped: boolean, foreign: boolean): Keywords {
  const found = findKeywords(text, own, false, grouped);
  if (!foreign || found.dimension !== null || Object.values(found.role).some((hit) => hit !== undefined)) return found;
  // Another language's words only suggest what a rated column measures, never what a column is
  // (French "observations" would make a question a comment, a segment word a segment).
  const suggested = findKeywords(text, all.filter((l) => !own.includes(l)), true, grouped);
  const { csatStrong, csatWeak, nps, ces } = suggested.role;
  return { ...suggested, role: { csatStrong, csatWeak, nps, ces } };
}

/**
 * A word of a lexicon's grades that other languages share (`~note`), anywhere in a header: "Note
 * Lieferung/Abholung" and "Note Preis-Leistung" are grades as "Note Beratung" is, though a header
 * of three words is no bare name. Only in a survey read in the lexicon's language (see sharedBy).
 */
function sharedGradeWord(name: string, lexicon: Lexicon, hits: (keywords: readonly string[], context?: readonly string[], weak?: boolean) => Hit[]): Hit | undefined {
  let shared = SHARED_GRADES.get(lexicon);
  if (shared === undefined) SHARED_GRADES.set(lexicon, (shared = (lexicon.grades ?? []).filter((k) => k.startsWith('~')).map((k) => k.slice(1))));
  const hit = hits(shared, [], true)[0];
  return hit === undefined ? undefined : { ...hit, sharedBy: lexicon.language };
}

// Each lexicon's shared grade words, kept as one array (see matchKeywords).
const SHARED_GRADES = new WeakMap<Lexicon, string[]>();

// Words that ask for a rating ("rating", "score", a school grade, a verb of giving stars) or name a quality, what a count counts
// ("days") or speak of a problem put right ("resolved") say nothing of what is rated.
const UNSAID: ReadonlySet<string> = new Set(['rating', 'quality', 'resolution', 'grade', 'countedRating', 'countedUnit', 'countedPoints']);

/**
 * The keywords of a column read by `text`, the part of its name that is its question (KoboToolbox's
 * field name `q1_overall` after its group path `group_service/`, LimeSurvey's text after its code):
 * the question's own words decide when they name a role or a dimension. Where a field name under
 * its group path names none (`grp_delivery/q2`, `pricing/rating`, `Price/quality`), the group says
 * what dimension the column rates, and no more; a code before a question (LimeSurvey's
 * `Zufriedenheit1. Haben Sie …?`) says nothing.
 */
function headerKeywords(name: string, text: string, own: readonly Lexicon[], all: readonly Lexicon[], grouped: boolean, foreign: boolean): Keywords {
  const found = keywordsOf(text, own, all, grouped, foreign);
  if (text === name || !name.endsWith(text) || !isXFormPath(name) || found.dimension !== null || Object.entries(found.role).some(([role, hit]) => hit !== undefined && !UNSAID.has(role))) return found;
  // The group says what is rated, no more: "satisfaction/first_visit" (yes/no) asks for no satisfaction.
  // Its words are shown as its own ("service" (fr) of the group path "qualite_service/"): a field
  // name of words no lexicon holds (`qualite_eau`) takes the group's dimension, which the evidence
  // says, so that an analyst sees where to map it otherwise.
  const group = keywordsOf(name, own, all, grouped, foreign).dimension;
  const path = JSON.stringify(name.slice(0, name.length - text.length));
  return { ...found, dimension: group === null ? null : { ...group, hits: group.hits.map((h) => ({ ...h, text: `${h.text} of the group path ${path}` })) } };
}

/**
 * A column under a group label of an analyst's sheet ("Delivery" over "Speed" and "Condition", see
 * groupLabels): the label says what is rated, no more, as a group path of KoboToolbox does (see
 * headerKeywords). A header that names no dimension and no role of its own takes the label's
 * dimension, shown as the label's in the evidence; one that names either keeps its own reading, so
 * that "Submitted" under "Respondent" stays a date, and a label's role words ("Respondent",
 * "Comments") are no column's.
 */
function underGroupLabel(found: Keywords, label: string | null, own: readonly Lexicon[], all: readonly Lexicon[], grouped: boolean, foreign: boolean): Keywords {
  if (label === null || found.dimension !== null || Object.entries(found.role).some(([role, hit]) => hit !== undefined && !UNSAID.has(role))) return found;
  const dimension = keywordsOf(label, own, all, grouped, foreign).dimension;
  return dimension === null ? found : { ...found, dimension: { ...dimension, hits: dimension.hits.map((h) => ({ ...h, text: `${h.text} of the group label ${JSON.stringify(label)}` })) } };
}

/**
 * A survey whose language could not be told, with the lexicon language most of its own headers
 * hold keywords of (see keywordLeaning), where one does and another language's word of negation is
 * an everyday word of it (see everydayNegations), in its evidence.
 */
function withLeaning(language: SurveyLanguage, header: HeaderShape, lexicons: readonly Lexicon[]): SurveyLanguage {
  const headers = header.names.map((name, i) => (surveyOwn(header, i) ? questionText(name, header.questions[i] ?? null) : null)).filter((text): text is string => text !== null);
  const leaning = keywordLeaning(headers, lexicons);
  // Only a language where another's word of negation is an everyday word reads anything otherwise.
  const everyday = leaning === null ? [] : everydayNegations(leaning.language);
  if (leaning === null || everyday.length === 0) return language;
  const next = leaning.next === null ? 'no other language\'s' : `next: ${leaning.next.language}, ${leaning.next.headers}`;
  const words = everyday.map((w) => `"${w}"`).join(', ');
  return { ...language, leaning: leaning.language, evidence: `${language.evidence}; ${leaning.headers} of ${headers.length} headers hold keywords of ${leaning.language} (${next}): ${words} in a header that does not tell its language is read as ${leaning.language}'s, no negation` };
}

/** Whether column `i` is the survey's own, not the platform's metadata, whose names are in its interface language (StartDate, IPAddress …). */
function surveyOwn(header: HeaderShape, i: number): boolean {
  return (header.hints[i] ?? null) === null;
}

/** The survey's own words: headers, question texts and the labels of answers that are no free text. */
function surveyTexts(header: HeaderShape, profiles: readonly ValueProfile[]): string[] {
  const own = (i: number) => surveyOwn(header, i);
  const texts = [...header.names.filter((_, i) => own(i)), ...header.questions.filter((q, i): q is string => q !== null && own(i))];
  profiles.forEach((profile, i) => {
    if (own(i) && profile.labels !== null && profile.meanLength < COMMENT_MIN_LENGTH) for (const { spelling } of profile.labels.values()) texts.push(spelling);
  });
  return texts;
}

// LTR, "likelihood to recommend", as the whole of a name (`LTR`, `q_ltr`, `Q5 LTR`, `LTR (0-10)`):
// within a longer one it is as often a litre ("Fuel (ltr) per week").
const BARE_LTR = /^(?:q\d*[a-z]?\s)?ltr(?:\s(?:0|1)\s10)?$/;

function findKeywords(name: string, lexicons: readonly Lexicon[], foreign = false, grouped = false): Keywords {
  const role: Keywords['role'] = {};
  let dimension: Keywords['dimension'] = null;
  let easeOnly = false;
  let improve: Hit | undefined;
  let effortWord = false;
  // The words of when found (`^` keywords), whether they named the dimension or yielded.
  const when: Hit[] = [];
  // The dimensions any keyword of the header names, in any language read: more than one makes the one read less sure.
  const dimensionsNamed: Set<string> = new Set();
  // A refund promised ("satisfait ou remboursé", "money back guarantee"), in any of the languages
  // read, holds words of satisfaction and of a refund that ask about neither: English "satisf*"
  // is no satisfaction inside the French slogan, nor is "remboursé" a refund claimed.
  const promised = lexicons.flatMap((lexicon) => matchKeywords(name, lexicon.guarantee)).map((k) => k.replace(/\*$/, ''));
  const unpromised = (found: Hit[]) => found.filter((h) => !promised.some((phrase) => matchKeywords(phrase, [h.keyword]).length > 0));
  const unsaid = [...undelivered(name, lexicons), ...askedHow(name, lexicons)];
  // Words of quantity are read outside the question's time frame and its phrase of how much ("Na
  // ile zgadza się Pan …?", to what extent do you agree): neither asks for a number.
  const unframed = withoutExtent(withoutTimeFrame(name, lexicons), lexicons);
  const framed = lexicons.some((lexicon) => matchKeywords(name, lexicon.timeFrame).length > 0);
  // What tells of an order (a description, a confirmation e-mail, information, an invoice): a word of
  // correct, complete or accurate beside it says how accurate that is, not the order received,
  // unless a word of receiving comes first: the goods received are judged, against the e-mail or
  // the website named after them ("the items you received …, as listed in your confirmation email").
  const toldAt = firstWordOf(name, lexicons.flatMap((lexicon) => lexicon.delivering.told ?? []));
  const receivedAt = firstWordOf(name, lexicons.flatMap((lexicon) => lexicon.delivering.received ?? []));
  const told = toldAt >= 0 && !(receivedAt >= 0 && receivedAt < toldAt);
  for (const lexicon of lexicons) {
    const hits = (keywords: readonly string[], context: readonly string[] = [], weak = false): Hit[] =>
      matchKeywords(name, keywords, context, unsaid).map((k) => ({ text: `"${k}" (${lexicon.language})`, keyword: k, weak: weak || keywords.includes(`~${k}`), foreign, ...(keywords.includes(`^${k}`) ? { yields: true } : {}) }));
    const first = (keywords: readonly string[], context?: readonly string[], weak = false) => hits(keywords, context, weak)[0];
    const { roles, context } = lexicon;
    role.id ??= first(roles.id);
    role.consent ??= first(lexicon.consent);
    role.grade ??= first(lexicon.grades ?? []) ?? sharedGradeWord(name, lexicon, hits);
    role.timestamp ??= first(roles.timestamp);
    role.nps ??= first(roles.nps) ?? (lexicon.language === 'en' && BARE_LTR.test(normalizeText(name)) ? { text: '"ltr" (en), the whole name', keyword: 'ltr', weak: false, foreign } : undefined);
    role.csatStrong ??= first(roles.csat.strong);
    // A weak word of satisfaction in a row of a matrix ("Support - Satisfaction") rates that row.
    if (!grouped) role.csatWeak ??= unpromised(hits(roles.csat.weak, context.csat, true))[0];
    const ces = role.ces === undefined ? (first(roles.ces, context.ces) ?? madeEasy(name, lexicon, foreign)) : undefined;
    if (ces !== undefined) {
      role.ces = ces;
      // "Il est difficile de joindre le service client", "Der Kundenservice ist nicht einfach zu
      // erreichen": a statement that something was hard, its wording against its scale, rates that
      // thing. A question of how easy or hard ("Wie schwierig war die Rückgabe?", "¿Qué tan fácil
      // fue …?") and a statement that it was easy ("The company made it easy for me to handle my
      // issue", CES 2.0) are the effort question.
      const easeWord = matchKeywords(ces.keyword.replace(/\*$/, ''), [...lexicon.effort.easy, ...lexicon.effort.difficult]).length > 0;
      // In a matrix the statement is the row that holds the word ("Concorda? [É difícil falar com
      // alguém]", "¿Está de acuerdo? - Es difícil …"): the stem's question mark asks for agreement.
      const row = matrixRow(name)?.row;
      const statement = row !== undefined && matchKeywords(row, [ces.keyword]).length > 0 ? row : name;
      easeOnly = easeWord && !/[?¿]/.test(statement) && reversedWording({ name: statement, question: null }, [lexicon]) !== null;
    }
    effortWord ||= matchKeywords(name, lexicon.effort.effort).length > 0;
    // "Anything else?", "Sonst noch etwas, das Ihnen auf dem Herzen liegt?" ask for a comment; "Did
    // you buy anything else?" asks what else was bought, unless a verb of telling asks for one too.
    const bought = matchKeywords(name, context.purchase ?? []).length > 0;
    role.comment ??= bought ? first(roles.comment, context.comment) : first(roles.comment.map((k) => k.replace(/^~/, '')));
    improve ??= first(roles.improve);
    role.segment ??= first(roles.segment, context.segment);
    role.weight ??= first(roles.weight);
    role.ignored ??= first(roles.ignored);
    // A word of quantity in the question's time frame ("in the last 90 days") asks for no number.
    role.quantity ??= matchKeywords(unframed, roles.quantity).map((k): Hit => ({ text: `"${k}" (${lexicon.language})`, keyword: k, weak: false, foreign }))[0];
    // "How often did you order from us in the last 12 months?", answered in numbers, counts orders.
    if (framed) role.quantity ??= hits(roles.howOften ?? []).map((h) => ({ ...h, text: `${h.text} in a time frame`, countsTimes: true as const }))[0];
    role.counted ??= first(roles.counted);
    role.countedRating ??= first(roles.countedRating);
    role.countedUnit ??= first(roles.countedUnits);
    role.countedPoints ??= first(roles.countedPoints);
    role.importance ??= first(roles.importance, context.importance);
    // Words of a problem put right ("resolved", "handled"): a yes to them is good news.
    // Verbs of solving ("solve", "lösen", "solucionó") say so too, but are no context of a word of a
    // problem below ("the ability to solve math problems" names no complaint).
    role.resolution ??= first([...(context.resolution ?? []), ...(context.solving ?? [])]);
    // Words that say a problem was absent ("free of", "without", "ohne", "sans", "bez"): a yes to
    // them is good news too ("Was your order free of problems?").
    role.problemFree ??= first(context.problemFree ?? []);
    // How a complaint was made ("How did you make your complaint?", "Par quel moyen …?"): its channel.
    role.channel ??= first(context.complaintChannel ?? []);
    // Words that ask for a rating ("rate", "score", "Bewertung"), whatever is rated.
    role.rating ??= first(context.csat ?? []);
    // A word of quality ("Quality of the provider", "Qualité du fournisseur"): what it names is rated.
    role.quality ??= first(context.quality ?? []);
    // A question of which one ("Em que unidade …?", "¿Qué tipo de problema …?"), not of how much
    // ("¿En qué medida …?", "In welchem Maße …?"), asked in a sentence: a variable's name such as
    // `qual_1` (quality) asks nothing.
    if (!isBareName(name) && matchKeywords(name, lexicon.which.extent).length === 0) {
      role.which ??= first(lexicon.which.ask);
      // A verb of choosing or using ("Which delivery method did you choose?"): which option was chosen.
      role.chosen ??= first(lexicon.which.chosen);
    }
    // "(select all that apply)", "(zaznacz wszystkie pasujące odpowiedzi)": a checkbox question.
    role.selectAll ??= first(lexicon.selectAll);
    // The dimension with the most keyword hits wins; on a tie, the one whose keywords say more
    // ("política de devolución" over "devolución*", "Rückgabebedingungen" over "rückgabe*"), then the one listed first. A keyword that
    // is also the context of another dimension's weak keyword that counted ("a problem with your
    // order": order beside problem) says what that one is about, not a dimension of its own.
    // A problem beside a word of its resolution ("Was your problem resolved?", "Czy problem został
    // rozwiązany?") is the problem put right: those words give a weak word of a problem (the
    // language's trouble words) its meaning, except in a question of effort ("How easy was it to
    // get your issue resolved?"), which is CES. They give none to themselves, nor to a request or a
    // claim: "the resolution of your request", "screen resolution", "Wie gut wurde Ihr Anliegen
    // gelöst?" and "Was your claim resolved?" name no problem.
    // A complaints keyword inside a refund promised ("Satisfait ou remboursé", "garantía de
    // reembolso") names the policy, no refund claimed.
    // A weak word of a claim (an insurance's, a warranty's: `claimed`) names complaints only beside a
    // word of its handling ("How was your claim handled?"): "What type of claim did you make?" and
    // "I had to chase you for updates on my claim" ask about the claim, the service itself.
    // Damage that came with the goods ("Kam Ihre Lieferung mit einem Schaden an?") is a problem: a
    // word of goods delivered (`goodsArrived`) beside it names complaints as a word of handling does.
    const handled = matchKeywords(name, [...(context.claimHandling ?? []), ...(context.goodsArrived ?? [])]).length > 0;
    const unclaimed = (found: Hit[]) => (handled ? found : found.filter((h) => !h.weak || !(context.claimed ?? []).includes(h.keyword)));
    const complaintsHits = (keywords: readonly string[]): Hit[] => {
      const own = unclaimed(hits(keywords, context.complaints));
      const problem = (h: Hit) => matchKeywords(h.keyword.replace(/\*$/, ''), lexicon.reversedWording.trouble).length > 0;
      const found = role.ces !== undefined ? own : unclaimed(hits(keywords, [...(context.complaints ?? []), ...(context.resolution ?? [])])).filter((h) => problem(h) || own.some((o) => o.keyword === h.keyword));
      return unpromised(found);
    };
    // Waiting is for being served, unless the header names a delivery that was waited for
    // ("Wartezeit auf die Lieferung", "How long did you wait for your order?"): a keyword of
    // delivery, or a word of what was bought, which delivery and complaints share as context (the
    // order, the product, the purchase), not "received" or "arrived" ("until you received a
    // reply"). See Lexicon.waiting.
    const waited = hits(lexicon.waiting);
    const orderWords = (context.delivery ?? []).filter((word) => (context.complaints ?? []).includes(word));
    const forDelivery = waited.length > 0 && (matchKeywords(name, orderWords).length > 0 || hits(lexicon.dimensions.delivery ?? []).some((h) => !h.weak && h.yields !== true));
    const waitedFor = forDelivery ? 'delivery' : 'service';
    const accurate = told ? (lexicon.delivering.accurate ?? []) : [];
    const found = Object.entries(lexicon.dimensions).map(([id, keywords]) => {
      // Two weak words of one dimension side by side, a compound ("Support chat rating", "Wie
      // bewerten Sie den Support-Chat?"), say what each other is about: each is the other's context.
      // Apart in a sentence they keep their other meanings ("How well does your employer support its
      // employees?").
      const weakOnes = matchKeywords(name, keywords.filter((k) => k.startsWith('~')).map((k) => k.slice(1)), [], unsaid);
      const paired = weakOnes.length >= 2 && nextToEachOther(name, weakOnes) ? weakOnes : [];
      const own = id === 'complaints' ? complaintsHits(keywords) : hits(keywords, [...(context[id] ?? []), ...paired]).filter((h) => id !== 'delivery' || !accurate.includes(h.keyword));
      return { id, hits: id === waitedFor ? [...own, ...waited] : own };
    });
    for (const { id, hits: own } of found) if (own.some((h) => h.yields !== true)) dimensionsNamed.add(id);
    const kept = found.map(({ id, hits: own }) => {
      const others = new Set(found.filter((f) => f.id !== id && f.hits.some((h) => h.weak)).flatMap((f) => context[f.id] ?? []));
      return { id, hits: own.filter((h) => !others.has(h.keyword)) };
    });
    // A word of when ("at the agreed time", "termingerecht") names no dimension beside a word of
    // what: a call-back, a complaint or a bill done on time is service, complaints or pricing.
    for (const { hits: own } of kept) when.push(...own.filter((h) => h.yields === true));
    // A word of a problem, whichever dimension the header names: "Did any shipment arrive damaged?"
    // names a delivery and asks whether it went wrong.
    role.problem ??= kept.find((k) => k.id === 'complaints')?.hits[0];
    const earlier: string | undefined = dimension?.id;
    const named = (id: string): boolean => (earlier !== undefined && earlier !== id) || kept.some((k) => k.id !== id && k.hits.some((h) => h.yields !== true));
    // A word of what the header judges (a price, trust) names its dimension beside the words of
    // what it is judged of (a delivery, a parcel, a service, its hygiene), however many: "The price
    // of the delivery was fair" is pricing, "Ufam, że moja przesyłka jest u Was bezpieczna" trust.
    const judges = (id: string, found: readonly Hit[]): boolean => {
      const words = (lexicon.judged as Record<string, readonly string[] | undefined>)[id] ?? [];
      return found.some((h) => h.yields !== true && matchKeywords(h.keyword.replace(/\*$/, ''), words).length > 0);
    };
    for (const { id, hits: own } of kept) {
      const counted: Hit[] = named(id) ? own.filter((h) => h.yields !== true) : own;
      const judged = judges(id, counted);
      // Found by words of when alone in a lexicon read before, it gives way to a word of what here.
      const whenOnly = dimension !== null && dimension.id !== id && dimension.hits.every((h) => h.yields === true) && counted.some((h) => h.yields !== true);
      const judging: boolean = judged && dimension !== null && judgedOfBy(id, dimension.id) && dimension.judged !== true;
      const judgedOf = dimension !== null && dimension.judged === true && judgedOfBy(dimension.id, id) && !judged;
      const more = counted.length > (dimension?.hits.length ?? 0) || (counted.length > 0 && counted.length === dimension?.hits.length && specificity(counted) > specificity(dimension.hits));
      // Won only for what it judges, over the words of another dimension: a header of two things, read at medium confidence.
      const over: { over?: string } = judging && !more && !whenOnly && dimension !== null ? { over: dimension.id } : {};
      if (judging || (!judgedOf && (whenOnly || more))) dimension = { id, hits: counted, ...(judged ? { judged } : {}), ...over };
    }
  }
  // "Did you make a complaint about how your claim was handled?": a word of resolution after the
  // words of making a complaint says what the complaint was about; the question asks whether one
  // was made (the complaint question, yes a problem), not whether a problem was put right.
  if (role.resolution !== undefined && complaintMadeAbout(name, lexicons)) delete role.resolution;
  // A word of quantity inside a longer keyword of the dimension belongs to that keyword: "gastos de
  // envío" (shipping costs) is a price, not an amount spent ("gasto*"). Another word of quantity
  // beside it ("Gastos de envío pagados") keeps the column a quantity.
  // So does one inside a word of when, counted or yielded: "o umówionej godzinie" (at the agreed
  // hour) is no number of hours.
  if (role.quantity !== undefined && dimension !== null) {
    const phrases = [...dimension.hits, ...when];
    const inside = (keyword: string) => phrases.some((h) => matchKeywords(h.keyword.replace(/\*$/, ''), [keyword]).length > 0);
    const outside = lexicons.flatMap((lexicon) => matchKeywords(unframed, lexicon.roles.quantity).filter((keyword) => !inside(keyword)).map((keyword) => ({ text: `"${keyword}" (${lexicon.language})`, keyword, weak: false, foreign })));
    if (outside.length === 0) delete role.quantity;
    else role.quantity = outside[0];
  }
  // "La factura es fácil de entender", "Die Rechnung ist leicht verständlich": easy to understand,
  // read or follow says how clear something is, not the effort of getting something done. A word of
  // ease inside such a phrase asks for no effort question; one outside it ("Was it easy to get
  // help?") and a word of effort itself still do. A question puts the phrase apart ("Wie einfach
  // war die Anleitung zu verstehen?", "Jak łatwo było zrozumieć rachunek?", "¿Qué tan fácil fue
  // entender la factura?"): a question of how easy whose words of ease and effort are all words of
  // ease, beside a verb of understanding or reading, asks as much.
  if (role.ces !== undefined && !effortWord) {
    const clear = lexicons.flatMap((lexicon) => matchKeywords(name, lexicon.effort.clear)).map((k) => k.replace(/\*$/, ''));
    const inside = (keyword: string) => clear.some((phrase) => matchKeywords(phrase, [keyword]).length > 0);
    const outside = lexicons.flatMap((lexicon) => matchKeywords(name, lexicon.roles.ces, lexicon.context.ces).filter((keyword) => !inside(keyword)));
    const ease = (keyword: string) => lexicons.some((lexicon) => matchKeywords(keyword.replace(/\*$/, ''), lexicon.effort.easy).length > 0);
    const understood = lexicons.some((lexicon) => matchKeywords(name, lexicon.effort.understand).length > 0) && outside.every(ease);
    if ((clear.length > 0 && outside.length === 0) || understood) {
      delete role.ces;
      easeOnly = false;
    }
  }
  dimension = safeRide(name, dimension, lexicons, unsaid, foreign);
  if (dimension !== null && [...dimensionsNamed].some((id) => id !== dimension?.id)) dimension = { ...dimension, contested: true };
  const improveOnly = role.comment === undefined && improve !== undefined;
  if (improveOnly) role.comment = improve;
  const easeAsked = role.ces === undefined && !grouped ? askedHowEasy(name, lexicons, unsaid, foreign) : undefined;
  return { role, dimension, easeOnly: easeOnly && !effortWord, improveOnly, ...(easeAsked === undefined ? {} : { easeAsked }) };
}

// A header that ends as a question does.
const QUESTION_END = /\?\s*$/;
// The last word (from 0) where a question's word of which one may end for the question to open with
// it ("Which", "In which", "What type of"), and the most words between it and the verb of choosing
// after it ("Which delivery method did you choose?" 3, "Qual o canal de apoio ao cliente que
// utilizou?" 7; "Which of the following best describes how you feel about the delivery option you
// chose?" 13): see chosenOption.
const WHICH_OPENS = 2;
const CHOSEN_WITHIN = 8;

/** Whether `text` opens with the word of which one `which` and has the verb of choosing `chosen` a few words on (see WHICH_OPENS, CHOSEN_WITHIN). */
function asksWhichChosen(text: string, which: string, chosen: string): boolean {
  const from = firstWordOf(text, [which]);
  if (from < 0 || from > WHICH_OPENS) return false;
  const to = firstWordOf(text, [chosen]);
  return to > from && to - from <= CHOSEN_WITHIN + 1;
}

/** Where the first of `keywords` ends in `name`: the index of its last word, -1 if none is there. */
function firstWordOf(name: string, keywords: readonly string[]): number {
  if (keywords.length === 0 || matchKeywords(name, keywords).length === 0) return -1;
  const words = normalizeText(splitElisions(name)).split(' ').filter((w) => w !== '');
  return words.findIndex((_, i) => matchKeywords(words.slice(0, i + 1).join(' '), keywords).length > 0);
}

/**
 * Whether a header asks whether a complaint was made about something handled or resolved ("Did you
 * make a complaint about how your claim was handled?", "Avez-vous fait une réclamation sur la façon
 * dont votre commande a été traitée ?"): in the question that holds them, the words of making a
 * complaint (Lexicon context `complaintMade`) come before every word of resolution, with no word
 * of a condition before them (`ifMade`: "If you made a complaint, was it resolved?", "Si presentó
 * una queja, ¿se resolvió?" ask whether it was put right). A word of resolution in a question of
 * its own ("Did you complain? Was it resolved?") keeps its meaning.
 */
function complaintMadeAbout(name: string, lexicons: readonly Lexicon[]): boolean {
  const words = (key: string) => lexicons.flatMap((lexicon) => lexicon.context[key] ?? []);
  const resolution = [...words('resolution'), ...words('solving')];
  const complaint = words('complaintMade');
  const condition = words('ifMade');
  let made = false;
  for (const question of name.split(/[?¿;]/)) {
    const said = normalizeText(splitElisions(question)).split(' ').filter((w) => w !== '').slice(0, 60);
    if (matchKeywords(said.join(' '), resolution).length === 0) continue;
    const end = said.findIndex((_, i) => matchKeywords(said.slice(0, i + 1).join(' '), complaint).length > 0);
    if (end < 0) return false;
    const before = said.slice(0, end + 1).join(' ');
    if (matchKeywords(before, resolution).length > 0 || matchKeywords(before, condition).length > 0) return false;
    made = true;
  }
  return made;
}

/**
 * A verb of making a task easy for the respondent in `name` (Lexicon.effort `made`: "La aerolínea me
 * facilitó resolver mi trámite", "Linia lotnicza ułatwiła mi załatwienie sprawy"), with what must
 * stand beside it where it has another meaning: the word after it, past a pronoun, an infinitive
 * ("me facilitó resolver", not "me facilitó la información", provided) or a task it made easy
 * ("me facilitó la gestión de mi solicitud", Lexicon.effort `madeTask`); a word of whom it was made
 * easy for ("hat mir die Erstattung erleichtert", not "Ich war erleichtert", relieved), in the clause
 * of the verb, where no verb of being (`madeNot`: "war", "bin") makes it a feeling, unless it is
 * the auxiliary of a passive (`madePassive`: "ist mir erleichtert worden").
 */
function madeEasy(name: string, lexicon: Lexicon, foreign: boolean): Hit | undefined {
  const { made, madeThen, madeSkip, madeBeside, madeNot, madePassive, madeTask } = lexicon.effort;
  if (made === undefined) return undefined;
  // The verb, the word of whom and no verb of being in one clause: "Ich war erleichtert, dass mir
  // der Kundenservice geholfen hat" is relief, its "mir" in the clause after the comma.
  if (madeBeside !== undefined) {
    const clauses = name.split(/[,;:.!?()]/);
    // A verb of being that is the auxiliary of a passive ("Die Rücksendung ist mir erleichtert worden") makes no feeling.
    const feeling = (clause: string) => matchKeywords(clause, madeNot ?? []).length > 0 && matchKeywords(clause, madePassive ?? []).length === 0;
    const madeFor = (clause: string) => matchKeywords(clause, made).length > 0 && matchKeywords(clause, madeBeside).length > 0 && !feeling(clause);
    if (!clauses.some(madeFor)) return undefined;
  }
  const words = normalizeText(splitElisions(name)).split(' ').filter((w) => w !== '');
  const skip = new Set((madeSkip ?? []).map((w) => normalizeText(w)));
  const endings = (madeThen ?? []).map((e) => normalizeText(e));
  const tasks = (madeTask ?? []).map((t) => ({ t, folded: normalizeText(t) }));
  for (const verb of made) {
    const at = words.findIndex((w) => matchKeywords(w, [verb]).length > 0);
    if (at < 0) continue;
    if (endings.length === 0) return { text: `"${verb}" (${lexicon.language})`, keyword: verb, weak: false, foreign };
    const rest = words.slice(at + 1);
    const from = rest.findIndex((w) => !skip.has(w));
    if (from < 0) continue;
    const next = rest[from] as string;
    if (endings.some((e) => next.endsWith(e) && next.length > e.length + 1)) return { text: `"${verb}" (${lexicon.language}) before "${next}"`, keyword: verb, weak: false, foreign };
    const after = `${rest.slice(from).join(' ')} `;
    const task = tasks.find(({ folded }) => after.startsWith(`${folded} `));
    if (task !== undefined) return { text: `"${verb}" (${lexicon.language}) before "${task.t}"`, keyword: verb, weak: false, foreign };
  }
  return undefined;
}

/**
 * "I felt safe during the ride", "Me sentí seguro durante el viaje", "Czułem się bezpiecznie podczas
 * przejazdu": a trust keyword of feeling safe beside a word of a ride, a trip or a flight
 * (Lexicon.driver `ride`) is the safety of the ride, a quality of the service the passenger had,
 * as its comfort and cleanliness are (EN 13816 counts security among a transport service's quality
 * criteria), not confidence in the company: service. Feeling safe paying, one's data kept secure,
 * stay trust; goods that arrived safely stay delivery.
 */
function safeRide(name: string, dimension: Keywords['dimension'], lexicons: readonly Lexicon[], unsaid: readonly string[], foreign: boolean): Keywords['dimension'] {
  if (dimension?.id !== 'trust') return dimension;
  const safe = lexicons.flatMap((lexicon) => lexicon.driver.safe ?? []);
  if (!dimension.hits.every((h) => matchKeywords(h.keyword.replace(/\*$/, ''), safe).length > 0)) return dimension;
  const ride = lexicons.flatMap((lexicon) => matchKeywords(name, lexicon.driver.ride, [], unsaid).map((k) => `"${k}" (${lexicon.language})`))[0];
  if (ride === undefined) return dimension;
  return { id: 'service', hits: dimension.hits.map((h) => ({ ...h, text: `${h.text} of a ride, trip or flight (${ride})`, foreign: h.foreign || foreign })) };
}

/**
 * The question of how easy an experience had was, found without a word of what it was about (see
 * Lexicon.effort `asked`: "How easy was it to get done what you came in for?"), unless the header
 * asks how clear something was ("How easy was the bill to understand?").
 */
function askedHowEasy(name: string, lexicons: readonly Lexicon[], unsaid: readonly string[], foreign: boolean): Hit | undefined {
  if (lexicons.some((lexicon) => matchKeywords(name, [...lexicon.effort.clear, ...lexicon.effort.understand]).length > 0)) return undefined;
  for (const lexicon of lexicons) {
    const [keyword] = matchKeywords(name, lexicon.effort.asked ?? [], [], unsaid);
    if (keyword !== undefined) return { text: `"${keyword}" (${lexicon.language})`, keyword, weak: true, foreign };
  }
  return undefined;
}

/**
 * The verbs of delivering in `name` when nothing delivered stands beside them, to be read as no
 * word of it; none when something does. "The module was well organised and delivered", "The
 * company delivered what was promised" and "Das Seminar lieferte praktische Impulse" name no
 * delivery, nor does "delivered" give "quickly" its meaning of delivery ("Feedback was delivered
 * quickly"); "My order was delivered on time", "Delivered on the promised date" and "Die Ware
 * wurde vollständig geliefert" do, by what was delivered, a word of when or a delivery keyword
 * that is no verb (see Lexicon.delivering).
 */
function undelivered(name: string, lexicons: readonly Lexicon[]): string[] {
  const delays = toldOfDelays(name, lexicons);
  return [...delivering(name, lexicons, delays), ...delays];
}

/** The words of a delay in `name` beside a word of information or of being told, to be read as no word of delivery (see Lexicon.delivering `delays`). */
function toldOfDelays(name: string, lexicons: readonly Lexicon[]): string[] {
  const delays = lexicons.flatMap((lexicon) => lexicon.delivering.delays ?? []);
  if (matchKeywords(name, delays).length === 0) return [];
  const told = lexicons.some((lexicon) => matchKeywords(name, [...(lexicon.delivering.told ?? []), ...(lexicon.context.informing ?? [])]).length > 0);
  return told ? delays : [];
}

/** The verbs and nouns of delivering of undelivered; `delays`, the words of a delay told of, deliver nothing beside them. */
function delivering(name: string, lexicons: readonly Lexicon[], delays: readonly string[]): string[] {
  // The noun of a delivery beside something intangible delivered ("Delivery of information about
  // delays", "Entrega de información") is no delivery either, with nothing of what is bought beside it.
  const verbs = lexicons.flatMap((lexicon) => lexicon.delivering.verbs);
  const nouns = lexicons.flatMap((lexicon) => lexicon.delivering.nouns ?? []);
  if (matchKeywords(name, [...verbs, ...nouns]).length === 0) return [];
  const intangible = matchKeywords(name, nouns).length > 0 && taughtOrTold(name, lexicons.flatMap((lexicon) => lexicon.delivering.intangible ?? []));
  const words = intangible ? [...verbs, ...nouns] : verbs;
  if (matchKeywords(name, words).length === 0) return [];
  const delivered = lexicons.some((lexicon) => matchKeywords(name, [...lexicon.delivering.what, ...(lexicon.dimensions.delivery ?? []).filter((k) => !k.startsWith('~'))], [], [...words, ...delays]).length > 0);
  return delivered ? [] : words;
}

/**
 * A phrase of something intangible delivered (Lexicon.delivering `intangible`) in `name`, or once
 * one word inside it is left out: a word that says which course or webinar it is ("Delivery of the
 * onboarding webinar", "Lieferung der Online-Schulung") keeps the phrase what it is.
 */
function taughtOrTold(name: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  if (matchKeywords(name, phrases).length > 0) return true;
  const words = normalizeText(splitElisions(name)).split(' ').filter((w) => w !== '');
  return words.some((_, i) => i > 0 && i < words.length - 1 && matchKeywords([...words.slice(0, i), ...words.slice(i + 1)].join(' '), phrases).length > 0);
}

/**
 * A language's word of how in `name` where a pronoun or verb after it shows it asks how, to be read
 * as no word: French "Comment évaluez-vous …?" and "Comment nous avez-vous connus ?" ask how, no
 * English `comment*` (see Lexicon.how). None in a survey not read in that language.
 */
function askedHow(name: string, lexicons: readonly Lexicon[]): string[] {
  const words = normalizeText(splitElisions(name)).split(' ');
  return lexicons.flatMap((lexicon) => {
    const how = lexicon.how;
    if (how === undefined) return [];
    const asked = new Set(how.asked.map((w) => normalizeText(w)));
    return how.words.filter((word) => {
      const folded = normalizeText(word);
      return words.some((w, i) => w === folded && words.slice(i + 1, i + 3).some((next) => asked.has(next)));
    });
  });
}

// The label sets of ease ("Very difficult" … "Very easy") and of effort ("Very low effort" …).
const EASE_SETS = /^(ease|effort)-/;

/** How much keyword hits say: the letters of their keywords, a prefix's `*` not counted. */
/** The dimensions of what a price or trust is judged of (see Lexicon.judged): a word of what is judged wins over theirs. */
const JUDGED_OF: ReadonlySet<string> = new Set(['delivery', 'service']);

/**
 * Whether a word of what `judge` judges (a price, trust: see Lexicon.judged) wins over the words of
 * dimension `other`: what it is judged of (JUDGED_OF), and, for a price, trust's words said of it
 * (honest, fair, reliable, credible): "Ceny produktów są uczciwe", "Les prix sont honnêtes",
 * "Credibility of the offer price" rate the prices, not confidence in the company. Trust's own
 * words of trust ("I trust their prices") are judged too, and keep the header.
 */
function judgedOfBy(judge: string, other: string): boolean {
  return JUDGED_OF.has(other) || (judge === 'pricing' && other === 'trust');
}

function specificity(hits: readonly Hit[]): number {
  return hits.reduce((sum, h) => sum + h.keyword.replace(/[~*]/g, '').length, 0);
}

/**
 * How sure a dimension read on its keyword hits is. A word of its own that names it alone (no `~`
 * word needing context, no `^` word of when) keeps it sure beside a weak one of its own ("The
 * delivery was complete": "deliver*" and "~was complete"; "customer service" and "~service"),
 * unless a keyword of another dimension stands in the header too: then the weak word may be that
 * other dimension's ("The delivery of the invoice was accurate").
 */
function dimensionKeywordConfidence(dimension: NonNullable<Keywords['dimension']>): Confidence {
  const plain = keywordConfidence(dimension.hits);
  if (plain !== 'medium' || dimension.contested === true) return plain;
  return dimension.hits.some((h) => !h.weak && h.yields !== true) ? 'high' : 'medium';
}

/** How sure a reading resting on these keyword hits is. */
function keywordConfidence(hits: readonly (Hit | undefined)[]): Confidence {
  if (hits.some((h) => h?.foreign === true)) return 'low';
  return hits.some((h) => h?.weak === true) ? 'medium' : 'high';
}

const shown = (hits: readonly Hit[]) => hits.map((h) => h.text).join(', ');

/** Answered yes or left blank, never no: how a platform writes a ticked checkbox option ("Ja", blank). */
function tickedYesOnly(profile: ValueProfile, vocabulary: Vocabulary): boolean {
  return profile.blank > 0 && ![...(profile.labels?.keys() ?? [])].some((folded) => vocabulary.no.has(folded));
}

// The most distinct answers to a consent question read as a gate (I agree, I do not agree, no answer).
const CONSENT_MAX_CHOICES = 3;

// The most words of the one value that ticks an "Other" box ("Checked", "Sonstiges", "Other option").
const TICK_MAX_WORDS = 2;

function detectColumn(index: number, name: string, answers: ValueProfile, keywords: Keywords, vocabulary: Vocabulary, battery: BatteryShape | null, text: string = name, listedOrder: Platform | null = null): ColumnModel {
  const column: ColumnModel = { index, name, question: null, role: 'unknown', dimension: null, scale: null, evidence: [], unmapped: [], confidence: 'high' };
  const { role: kw, dimension } = keywords;
  // A rating header over a scale's points and one code far above them (a LimeSurvey "Weiß nicht"
  // exported as 99): that code is the question's "don't know", not a point, and the answers are the
  // scale's, the code counted as not applicable (see dontKnowCode).
  const ratingAsked = dimension !== null || kw.csatStrong !== undefined || kw.csatWeak !== undefined || kw.nps !== undefined || kw.ces !== undefined;
  const dontKnow = ratingAsked && kw.quantity === undefined ? dontKnowCode(answers) : null;
  const profile = dontKnow === null ? answers : withoutCode(answers, dontKnow.code);
  const assign = (role: Role, why: string, scale: Scale | null = null, dimensionId: string | null = null, confidence: Confidence = 'high') => {
    column.role = role;
    column.scale = scale;
    column.dimension = dimensionId;
    column.evidence.push(why);
    column.confidence = confidence;
    return column;
  };
  const substantive = profile.answered - profile.notApplicable;
  if (substantive === 0) {
    if (kw.ignored !== undefined) return assign('ignored', `header keyword ${kw.ignored.text}`);
    // A question nobody answered says nothing, whatever its header names: left unknown, it would
    // be listed as a column to map, and under an "Other" header as a comment column of no comment.
    if (profile.answered === 0 && profile.blank > 0) return assign('ignored', `every one of the ${profile.blank} rows sampled is blank: no answer to read it by (a column first answered after the sample needs its role in satisfy.config.json)`);
    if (namesOtherAnswer(name, vocabulary)) return assign('comment', `header ends with the "Other" answer of a choice question: the free text typed for it (${profile.answered === 0 ? 'no answers' : 'only non-answers'} in the sample)`);
    return assign('unknown', profile.answered === 0 ? 'no answers in the sample' : 'only non-answers in the sample');
  }
  const fits = (count: number) => count >= FIT * substantive;
  const repeated = profile.distinct * 2 <= profile.answered;
  // A segment keyword on values that repeat: region, country, age band …
  const namedSegment = kw.segment !== undefined && repeated && profile.distinct <= NAMED_SEGMENT_MAX_DISTINCT;
  // What a form recorded by itself, whatever its header: a geopoint ("14.56 -4.68 333.0 4.8") is
  // where the answers were given, `uuid:…` the record's own id (ODK's meta/instanceID). Neither is
  // an answer, and no free text either.
  if (fits(profile.geopoints)) return assign('ignored', `${profile.geopoints} of ${substantive} sampled values are geopoints (latitude, longitude, altitude, accuracy): where the form was filled in, not an answer`);
  if (fits(profile.instanceIds)) return assign('ignored', `${profile.instanceIds} of ${substantive} sampled values are record ids ("uuid:" and a UUID): the form's own metadata, not an answer`);
  // A review page's address with its token (a "Trustpilot link"), an uploaded file's, a profile's:
  // links, whatever words they hold ("trust" in trustpilot), not what a respondent wrote.
  if (fits(profile.links)) return assign('ignored', `${profile.links} of ${substantive} sampled values are web addresses alone: links, not comments or answers`);
  if (kw.id !== undefined && !kw.id.weak && profile.distinct === profile.answered) return assign('id', `header keyword ${kw.id.text}; every sampled value is distinct`);
  // A count, a duration or an amount is a quantity however small its numbers ("How many
  // children?" 0-3); a header that asks for a rating ("how much do you agree") is no quantity.
  // A count of people ("How many people would you recommend us to?", "Wie vielen Personen würden Sie
  // uns empfehlen?") asks how many, not how likely: no recommend question, whatever its range.
  const countsUnits = kw.counted !== undefined && kw.countedUnit !== undefined && kw.countedPoints === undefined;
  const asksOverall = kw.csatStrong !== undefined || kw.csatWeak !== undefined || (kw.nps !== undefined && !countsUnits) || kw.ces !== undefined || kw.importance !== undefined;
  const asked = dimension !== null || asksOverall;
  // "How many days did delivery take?" counts days, whatever it is about. A header that states its
  // scale ("(1-5)", "1 = … 5 = …"), answered within it, asks for a rating whatever it rates: "El
  // importe de la factura se corresponde con mi consumo (1-5)" rates the bill. A 0-100 range may be
  // a percentage, a quantity still; and a header that asks for a count ("Number of calls needed to
  // resolve your issue (1-5)") counts, whatever range it offers, unless it asks for a rating given:
  // stars given ("How many stars would you give us? (1-5)"), how much one liked something ("Cik
  // daudz jums patika …? (1-5)"), how one rates ("Na ile ocenia Pan cenę? (1-5)"). Stars a hotel
  // has, days before booking ("Na ile dni przed wyjazdem …? (1-10)") or nights stayed are counts.
  // Points or stars given ("How many points would you give our room? (1-10)", "Wie viele Punkte
  // geben Sie unserem Zimmer?") are a rating of what the header names, a room or a guest among them.
  const stated = scaleHint(text);
  const countsRating = kw.counted !== undefined && kw.countedRating !== undefined && (kw.countedUnit === undefined || kw.countedPoints !== undefined);
  const withinStated = stated !== null && (kw.counted === undefined || countsRating) && stated.max <= 11 && (profile.min ?? Number.NaN) >= stated.min && (profile.max ?? Number.NaN) <= stated.max;
  if (withinStated && countsRating) {
    const given = kw.countedUnit !== undefined && kw.countedPoints !== undefined ? `, ${kw.countedPoints.text} given: a rating of what it names (${kw.countedUnit.text}),` : '';
    column.evidence.push(`header keyword ${kw.counted?.text} beside ${kw.countedRating?.text}${given} asks for a rating on the scale it states, not a count`);
  }
  // Asked how often in a time frame, numbers count times where they spread past any scale of
  // frequency (8 or more: "Never" … "Always" has 7 points at most); 1..5 is such a scale, coded.
  const timesCounted = kw.quantity?.countsTimes !== true || (profile.max ?? 0) >= TIMES_PAST_A_SCALE;
  if (kw.quantity !== undefined && timesCounted && !asksOverall && !withinStated && fits(profile.numeric) && profile.labels?.size === 0) {
    if (namedSegment) return assign('segment', `header keyword ${kw.quantity.text}: a quantity; header keyword ${kw.segment?.text}; ${profile.distinct} distinct values${noAnswerCodesOfSegment(column, profile)}`);
    const recommended = kw.nps !== undefined && countsUnits ? `; ${kw.counted?.text} ${kw.countedUnit?.text}: how many it was recommended to, not how likely the respondent is to recommend` : '';
    return assign('ignored', `header keyword ${kw.quantity.text}: a quantity (values ${profile.min}..${profile.max}), not a rating${recommended}`);
  }
  const rating = ratingScale(text, profile, fits, vocabulary, battery, kw.grade, keywords.gradesRising, kw.nps !== undefined);
  if (rating?.aliases !== undefined) {
    column.aliases = rating.aliases;
    column.note = '0-10 coded 1-11: each answer read as one less than its code (1 is 0, 11 is 10)';
  }
  if (rating?.note !== undefined) column.note = rating.note;
  if (rating?.undecided === true) {
    column.undecided = `${rating.why}; give its role, scale and "reverse" in satisfy.config.json ("reverse": true for German grades, 1 the best; false for Swiss ones, 6 the best; see satisfy init)`;
    return assign('unknown', `${rating.why}: not scored until the config says which way it runs ("reverse": true for German grades, 1 the best; false for Swiss ones, 6 the best; see satisfy init)`);
  }
  if (rating !== null && profile.missingCodes.size > 0) {
    column.missing = [...profile.missingCodes.keys()];
    rating.why += `; ${[...profile.missingCodes.keys()].join(', ')} read as missing (a statistics package's code)`;
  }
  if (rating?.missing !== undefined) column.missing = [...(column.missing ?? []), ...rating.missing];
  if (rating !== null && dontKnow !== null) {
    column.missing = [...(column.missing ?? []), String(dontKnow.code)];
    rating.why += `; ${dontKnow.count} answers ${dontKnow.code}, far above the ${rating.scale.min}-${rating.scale.max} scale: a numeric export's code for "don't know" or "refused", counted as not applicable`;
  }
  const dimensionWhy = dimension === null ? '' : `header keyword ${shown(dimension.hits)} → ${dimension.id}${dimension.over === undefined ? '' : ` (what the header judges, over the words of ${dimension.over} ${dimension.over === 'trust' ? 'said of it' : 'it is judged of'})`}`;
  // A header of two things read as what it judges is not sure of it: "Fast delivery at no extra cost" is a delivery.
  const dimensionConfidence = dimension === null ? 'high' : dimension.over !== undefined && dimensionKeywordConfidence(dimension) === 'high' ? 'medium' : dimensionKeywordConfidence(dimension);
  // Yes or no (or 1 and 0) say what happened, not how satisfied: a rating only where the header
  // asks about a problem, its resolution, satisfaction or recommending. `noAnswered`: its no is among
  // the answers (a 2 of a question coded 1 and 2), so that blanks beside them are questions not
  // shown, not boxes left unticked (see tickedYesOnly).
  const yesNo = (scale: Scale, answers: string, scores: string, noAnswered = false): ColumnModel | null => {
    const onlyYes = !noAnswered && tickedYesOnly(profile, vocabulary);
    if (dimension?.id === 'complaints' && kw.resolution !== undefined) return assign('item', resolvedWhy(dimensionWhy, kw.resolution, answers), scale, 'complaints', dimensionConfidence);
    // "Was your order free of problems?", "Verlief Ihre Bestellung ohne Probleme?": a problem said
    // to be absent, yes is the good answer; an item of complaints, no complaint question.
    if (dimension?.id === 'complaints' && kw.problemFree !== undefined) return assign('item', problemFreeWhy(dimensionWhy, kw.problemFree, answers), scale, 'complaints', dimensionConfidence);
    // "Worüber haben Sie sich beschwert? [Abrechnung]" ticked "Ja" or left blank, never "Nein":
    // an option of what the complaint was about, not the question whether there was one.
    if (dimension?.id === 'complaints' && onlyYes) return null;
    if (dimension?.id === 'complaints') return assign('complaint', `${dimensionWhy}; ${answers} → had a problem (${scores})`, directed(scale, true, 'problem'), 'complaints', dimensionConfidence);
    // "Did any shipment arrive damaged in the last 90 days?", "¿Llegó algún envío dañado?": a word
    // of a problem beside the delivery (or another dimension) it befell, answered yes or no, asks
    // whether the customer had that problem: the complaint question, as a word of complaining would.
    if (dimension !== null && kw.problem !== undefined && !kw.problem.weak && kw.resolution === undefined && kw.problemFree === undefined && !onlyYes) {
      return assign('complaint', `header keyword ${kw.problem.text} names a problem (beside ${dimensionWhy}); ${answers} → had a problem (${scores})`, directed(scale, true, 'problem'), 'complaints', 'medium');
    }
    // "Did your order arrive on time?", "¿Recibió el pedido en la fecha prevista?": delivery named by
    // a word of when (`^`), answered yes or no, asks whether it came when promised: the on-time rate
    // (yes scores 100). Delivery without a word of when ("Was it delivered to your door?") stays a fact.
    if (dimension?.id === 'delivery' && dimension.hits.some((h) => h.yields === true)) {
      return assign('item', `${dimensionWhy}; ${answers}: whether it came when promised, the share on time (yes scores 100)`, scale, 'delivery', dimensionConfidence);
    }
    const satisfied = kw.csatStrong ?? kw.csatWeak;
    // "Was your request resolved on first contact?", "Wurde Ihr Anliegen gelöst?": answered yes or
    // no, a word of resolution asks whether what the customer raised was put right, with or without
    // a word of a problem: how complaints were handled. Rated, it names no problem ("screen
    // resolution", "the resolution of your request" beside a word of satisfaction).
    if (dimension === null && kw.resolution !== undefined && satisfied === undefined && kw.nps === undefined) {
      return assign('item', `header keyword ${kw.resolution.text} → whether what the customer raised was put right; ${answers} (yes scores 100)`, scale, 'complaints', 'medium');
    }
    // Everyone answering alike, again and again, to a question that asks for no satisfaction and no
    // recommending, asked nothing that could vary: a gate or a notice read ("I understand that …":
    // Yes), nothing to split respondents by. Satisfied or recommending, all alike, is a finding (100 %
    // satisfied), as a problem no one had is (the complaint question above keeps it).
    if (satisfied === undefined && kw.nps === undefined && profile.distinct === 1 && substantive >= ANSWERS_TO_SHOW_A_SCALE) {
      const only = [...(profile.labels?.values() ?? [])][0]?.spelling ?? String(profile.min);
      return assign('ignored', `all ${substantive} answers are "${only}": a question everyone answered alike, no rating and nothing to split by`);
    }
    if (satisfied !== undefined) return assign('csat', `header keyword ${satisfied.text} → overall satisfaction; ${answers}: the share satisfied`, scale, null, 'medium');
    if (kw.nps !== undefined) return assign('item', recommendShare(kw.nps, answers), scale, null, keywordConfidence([kw.nps]));
    return null;
  };

  // Consent to take part or to the processing of one's data, answered as a gate is (yes or no, two
  // codes, or a choice of a few words: "I agree"), is no answer to score: "Wyrażam zgodę na
  // przetwarzanie moich danych w celu badania satysfakcji" asks for no satisfaction, whatever its
  // words. Free text under such a header ("By writing here you consent to its publication") is a comment.
  // Two words of agreeing and declining are a gate's answers too where they are also two points of an
  // agreement scale ("Vai piekrītat dalībai aptaujā?" answered "Piekrītu" or "Nepiekrītu").
  const twoWords = profile.distinct === 2 && profile.labels?.size === 2 && [...profile.labels.values()].filter((l) => declinesConsent(l.spelling)).length === 1;
  const gate = rating === null ? profile.distinct <= CONSENT_MAX_CHOICES && profile.meanLength < COMMENT_MIN_LENGTH : rating.scale.kind === 'binary' || rating.scale.max - rating.scale.min <= 1 || twoWords;
  if (kw.consent !== undefined && gate) {
    assign('ignored', `header keyword ${kw.consent.text}: consent to take part or to the processing of data, not an answer to score`);
    // A gate lets someone through: where every sampled answer in words reads as declining (a long
    // choice that says "I do not have to answer …" as it agrees), no answer is read as declining.
    const spelled = [...(profile.labels?.values() ?? [])].map((l) => l.spelling);
    if (spelled.length === 0 || !spelled.every(declinesConsent)) column.consentGate = true;
    else column.evidence.push(`every sampled answer (${spelled.map((a) => `"${a}"`).join(', ')}) reads as declining: none is taken for a refusal`);
    return column;
  }
  // Platform metadata (last page, progress, seed) holds numbers, not ratings, unless its header also asks for one.
  if (kw.ignored !== undefined && (rating === null || (!asked && namesOnly(name, kw.ignored.keyword)))) return assign('ignored', `header keyword ${kw.ignored.text}: platform metadata`);
  if (fits(profile.dateLike)) return assign('timestamp', `${profile.dateLike} of ${substantive} sampled values are dates${kw.timestamp === undefined ? '' : `; header keyword ${kw.timestamp.text}`}`);
  if (kw.weight !== undefined && fits(profile.numeric) && rating === null) return assign('weight', `header keyword ${kw.weight.text}; numeric values`);

  // A recommend question with a few answers off the 0-10 scale (a typo, an 11) is still one; the
  // stray answers are excluded as out of scale, counted and warned about.
  if (rating === null && kw.nps !== undefined && fits(profile.zeroToTen)) {
    return assign('nps', `header keyword ${kw.nps.text}; ${profile.zeroToTen} of ${substantive} sampled values are integers 0-10, read on the 0-10 recommend scale`, numeric(0, 10), null, keywordConfidence([kw.nps]));
  }
  // "¿Tuvo algún problema …?", "¿Se resolvió su problema?" answered 1 and 2 in a numeric export:
  // the platform numbers a question's choices in the order listed, and a yes/no question lists yes
  // first (Qualtrics' and SurveyMonkey's own Yes/No choices do). Asked about a problem or its
  // resolution, in a question without a word of rating or a scale of its own, 1 is yes and 2 no:
  // a 2-point rating of "did you have a problem" would score "No" 100 and leave the incidence
  // unknown. The order is the platform's default, not stated in the export: the report says so.
  // So is any question put in a form of yes or no ("Did you receive your order on time?", "Is the
  // delivery fee too high?", "Czy …?", "Vai …?"), not of which of two ("Did you order online or by
  // phone?" stays codes of categories): as yes/no answers, where its wording tells which answer is
  // good ("on time", yes; a problem, no). Where it names a dimension and its wording does not tell,
  // it is an item of that dimension, yes the good answer unless its words turn it round ("too high").
  if (rating !== null && listedOrder !== null && oneOrTwo(profile) && asksYesOrNo(text, kw, dimension, keywords.whether)) {
    const order = `1 read as yes and 2 as no: ${listedOrder === 'qualtrics' ? 'Qualtrics' : 'SurveyMonkey'} numbers a question's choices in the order listed, yes first by default (the export gives no labels; if the survey listed no first, set its labels in satisfy.config.json)`;
    const form = keywords.whether === undefined ? 'a question of yes or no' : `a question of yes or no (opened by ${keywords.whether})`;
    const { worded } = keywords;
    const asItem = () => {
      if (dimension === null) return null;
      const direction = worded === undefined ? ' (yes scores 100)' : `; ${worded}: yes is the bad answer (yes scores 0)`;
      return assign('item', `${dimensionWhy}; only 1 and 2 under ${form}; ${order}${direction}`, worded === undefined ? yesNoScale() : directed(yesNoScale(), true, 'wording'), dimension.id, dimensionConfidence);
    };
    const answered = yesNo(yesNoScale(), `only 1 and 2 under ${form}; ${order}`, 'yes scores 0, no scores 100', true) ?? asItem();
    if (answered !== null) {
      answered.aliases = { '1': 1, '2': 0 };
      answered.note = order;
      if (answered.confidence === 'high') answered.confidence = 'medium';
      return answered;
    }
  }
  // A question of which of two options ("Did you contact our support by phone or by email?",
  // "Avez-vous commandé en ligne ou par téléphone ?") answered 1 and 2 alone in such an export is
  // its two options coded in the order listed, whatever dimension a word of one names: categories
  // that split respondents, no rating on 1-2.
  if (rating !== null && listedOrder !== null && oneOrTwo(profile) && keywords.whichOfTwo !== undefined && !ratedIn(kw, dimension) && scaleHint(text) === null) {
    return assign('segment', `only 1 and 2 under a question of which of two (${keywords.whichOfTwo}): the codes of its options, in the order listed, not a rating`);
  }
  if (rating !== null && rating.scale.kind === 'binary') {
    const answered = yesNo(rating.scale, rating.why, '1 scores 0, 0 scores 100');
    if (answered !== null) return answered;
    // `issues/other` answered 1 or 0 ticks the "Other" box of a checkbox question: no text typed for it.
    if (namesOtherAnswer(name, vocabulary)) return assign('option', `header ends with the "Other" answer of a choice question, ${rating.why}: that option, chosen or not`, null, null, 'medium');
    return assign('segment', `${rating.why}: a yes/no fact that splits respondents, not a rating`);
  }
  if (rating !== null) {
    column.unmapped = unmappedLabels(profile, rating.scale, vocabulary);
    const scaleWhy = rating.why;
    if (kw.importance !== undefined) return assign('importance', `header keyword ${kw.importance.text} → how important it is to the respondent, not how satisfied; ${scaleWhy}`, rating.scale, null, keywordConfidence([kw.importance]));
    // Demographics coded as numbers (gender 1-2, age group 1-6, provider 1-4) are categories; a
    // header that asks for a rating (names a dimension, satisfaction, or a word of rating such as
    // "rate", "valoras", "ocena") rates what its segment word names ("¿Cómo valoras la tienda?").
    // A question that states its scale ("(0-10)") asks for a rating on it, whatever its segment word
    // names ("Quelle est la probabilité que vous renouveliez votre abonnement ? (0-10)"); a name with
    // its codes ("Region (1 = North, 4 = West)", "Customer type (1-3)") is a codebook's, categories still;
    // one naming a quality of what its segment word names ("Quality of the provider (1-5)") rates it
    // (see ratesWhatItNames).
    const statedQuestion = /[?¿]/.test(text) && stated !== null;
    if (kw.segment !== undefined && (!kw.segment.weak || isBareName(name)) && !asked && kw.rating === undefined && !ratesWhatItNames(text, kw.quality) && rating.scale.kind === 'numeric' && !statedQuestion) return assign('segment', `header keyword ${kw.segment.text}; ${scaleWhy}: codes of categories, not a rating`);
    const sure = (confidence: Confidence): Confidence => (rating.confidence === 'low' || confidence === 'low' ? 'low' : rating.confidence === 'medium' || confidence === 'medium' ? 'medium' : 'high');
    // A recommend question answered 0-10 is the NPS question, whether or not someone answered 0;
    // one whose header gives another scale, or whose many answers never go past 7 (an agreement
    // "I would recommend it"), is an item.
    const hinted = stated;
    const agreement = (profile.max as number) <= 7 && profile.integers >= ANSWERS_TO_SHOW_A_SCALE;
    // Answers that carry their codes ("0 - Not at all likely" … "10 - Extremely likely") are 0-10 too.
    // Codes 0..10, or 1..10 whose 1 carries no words in the data ("10 - Äußerst wahrscheinlich" atop
    // bare 1..9, as Qualtrics writes a recommend question whose ends alone are labelled, or a happy
    // week's bare 2..9): the lowest code is only the lowest seen, and under a recommend header the
    // scale is 0-10, its 0 chosen by no one, as bare numbers 1..10 are read (the NPS counts 0-6 and
    // 1-6 alike). A "1 - Not at all likely" answered makes a 1-10 scale, no NPS.
    const coded1to10 = rating.scale.labelSet === CODED && rating.scale.min === 1 && rating.scale.max === 10 && rating.scale.labels?.['1'] === '1';
    const coded0to10 = (rating.scale.labelSet === CODED && rating.scale.min === 0 && rating.scale.max === 10) || coded1to10;
    // "Em que unidade foi atendido?" answered 1-3 asks which one: codes of categories, as a question
    // of what kind of problem is the problem's categories. A word of rating ("Which score would you
    // give?", "Welche Note …?") or a scale the header states asks for a rating; so does a question
    // that names a dimension other than complaints ("Which … delivery …" is kept an item: it may ask
    // how well), unless it is a question that opens with its word of which one and has a verb of
    // choosing or using a few words on ("Which delivery method did you choose?", "Welche Versandart
    // haben Sie gewählt?"): the options' codes, which no dimension scores. "How easy was it to choose
    // which plan suits you?", "The staff explained which products to use" or "Which of the following
    // best describes how you feel about the delivery option you chose?" rate what they name.
    const chosenOption = kw.chosen !== undefined && kw.which !== undefined && dimension !== null && dimension.id !== 'complaints' && QUESTION_END.test(text) && asksWhichChosen(text, kw.which.keyword, kw.chosen.keyword);
    if (kw.which !== undefined && kw.rating === undefined && !asksOverall && hinted === null && rating.scale.kind === 'numeric' && (dimension === null || dimension.id === 'complaints' || chosenOption)) {
      if (chosenOption) return assign('segment', `header keyword ${kw.which.text} asks which one and ${(kw.chosen as Hit).text} which was chosen; ${scaleWhy}: codes of the options, not a rating of ${dimension.id}`);
      const problem = dimension !== null;
      return assign('segment', `${problem ? `${dimensionWhy}; ` : ''}header keyword ${kw.which.text} asks which one; ${scaleWhy}: codes of ${problem ? 'the categories of the problem' : 'categories'}, not a rating`, null, problem ? 'complaints' : null, problem ? dimensionConfidence : 'high');
    }
    const recommendScale = coded0to10 || rating.aliases !== undefined || (rating.scale.kind === 'numeric' && (hinted === null ? fits(profile.zeroToTen) && !agreement : hinted.min === 0 && hinted.max === 10));
    if (kw.nps !== undefined && recommendScale) {
      const read = coded1to10 ? `${rating.why}; no words at its 1: read on the 0-10 recommend scale, its 0 chosen by no one` : rating.aliases === undefined ? `integers ${profile.min}..${profile.max}, read on the 0-10 recommend scale` : rating.why;
      return assign('nps', `header keyword ${kw.nps.text}; ${read}`, numeric(0, 10), null, keywordConfidence([kw.nps]));
    }
    if (kw.csatStrong !== undefined) return assign('csat', `header keyword ${kw.csatStrong.text} → overall satisfaction; ${scaleWhy}`, rating.scale, null, sure(keywordConfidence([kw.csatStrong])));
    // A statement that something named by a dimension was hard ("Il est difficile de joindre le
    // service client") rates that thing: an item of the dimension, not the effort question.
    if (kw.ces !== undefined && !kw.ces.weak && !keywords.easeOnly) return assign('ces', `header keyword ${kw.ces.text} → customer effort; ${scaleWhy}`, rating.scale, null, sure(keywordConfidence([kw.ces])));
    // "Have you had a problem with …? No / Maybe / Yes" asks what the yes/no complaint question asks,
    // with a hedge between its ends: yes is the worst answer, as it scores 0 there. Scored reversed, an
    // item of complaints (a hedge is no yes to count as having had a problem). "Was it resolved? No /
    // Maybe / Yes", a word of resolution ("solve", "gelöst"), runs the usual way: yes is put right; so
    // does a problem said to be absent ("Was your order free of problems?", "ohne Probleme"), as the
    // yes/no question reads both.
    if (dimension?.id === 'complaints' && kw.resolution === undefined && kw.problemFree === undefined && /^hedged-yes-no-/.test(rating.scale.labelSet ?? '')) {
      return assign('item', `${dimensionWhy}; ${scaleWhy}: whether there was a problem, with a hedge, yes the worst answer (scored reversed, as the yes/no complaint question scores yes 0)`, directed(rating.scale, true, 'problem'), 'complaints', sure(dimensionConfidence));
    }
    // A word of resolution without a word of a problem ("¿Nuestro equipo solucionó su problema?"
    // whose "problema" has no context) is how complaints were handled, as the yes/no question reads it.
    const resolvedAlone = dimension === null && kw.resolution !== undefined && kw.csatStrong === undefined && kw.csatWeak === undefined && kw.nps === undefined;
    if ((dimension?.id === 'complaints' || resolvedAlone) && /^hedged-yes-no-/.test(rating.scale.labelSet ?? '')) {
      const good = kw.resolution !== undefined ? `header keyword ${kw.resolution.text} → whether the problem was put right` : `header keyword ${kw.problemFree?.text ?? ''} → whether it went without a problem`;
      const why = [dimensionWhy, good, `${scaleWhy}, with a hedge, yes the best answer`].filter((part) => part !== '').join('; ');
      return assign('item', why, rating.scale, 'complaints', resolvedAlone ? 'medium' : sure(dimensionConfidence));
    }
    if (dimension !== null) {
      const ease = kw.ces === undefined ? '' : `; header keyword ${kw.ces.text} says how easy it was, not the effort question: the dimension it names wins`;
      return assign('item', `${dimensionWhy}; ${scaleWhy}${ease}`, rating.scale, dimension.id, sure(dimensionConfidence));
    }
    // "É difícil falar com alguém quando preciso de ajuda", "Il est difficile de joindre quelqu'un":
    // a statement that something is hard, worded against its scale, is no effort question even
    // where it names no dimension (CES 2.0 states that something was made easy), as "It is
    // difficult to …" and "Es ist schwierig, …" read in every language.
    if (kw.ces !== undefined && keywords.easeOnly && !kw.ces.weak) return assign('item', `header keyword ${kw.ces.text} in a statement that something is hard, worded against ${scaleWhy}: an item, not the effort question (a question of how easy, or a statement that something was made easy, is), but no header keyword names a dimension`, rating.scale, null, 'medium');
    if (kw.ces !== undefined) return assign('ces', `header keyword ${kw.ces.text} → customer effort; ${scaleWhy}`, rating.scale, null, sure(keywordConfidence([kw.ces])));
    if (kw.csatWeak !== undefined) return assign('csat', `header keyword ${kw.csatWeak.text} → overall satisfaction; ${scaleWhy}`, rating.scale, null, sure(keywordConfidence([kw.csatWeak])));
    if (kw.nps !== undefined) return assign('item', `header keyword ${kw.nps.text} → would recommend, but ${scaleWhy} is not the 0-10 recommend scale: scored as an item`, rating.scale, null, rating.confidence);
    // Two codes, 1 and 2, in many answers under a variable's name that asks for no rating
    // ("servicetype", "mga_1"): a dichotomy coded as statistics packages code one (gender, yes/no, a
    // type of contract), not a two-point rating. A question in words ("How would you rate …") is one.
    if (rating.scale.kind === 'numeric' && rating.scale.min === 1 && rating.scale.max === 2 && profile.integers >= ANSWERS_TO_SHOW_A_SCALE && hinted === null && isBareName(name) && kw.rating === undefined) {
      return assign('segment', `integers 1 and 2 only, in ${profile.integers} answers, under a variable's name that asks for no rating: two codes of categories, not a rating`);
    }
    // "How easy was it to get what you needed?" answered from very difficult to very easy, or on
    // numbers (1-7, as CES 2.0 is often asked with no labels in the export): the effort question
    // whatever was done, the question of ease saying it and the scale saying nothing against it.
    // Labels of another scale (agreement, satisfaction) answer something else.
    const easeAsked = keywords.easeAsked;
    const numbered = rating.scale.kind === 'numeric' && rating.scale.labelSet === null;
    if (easeAsked !== undefined && (EASE_SETS.test(rating.scale.labelSet ?? '') || numbered)) {
      return assign('ces', `header keyword ${easeAsked.text} asks how easy an experience had was, whatever was done, and ${scaleWhy} → customer effort`, rating.scale, null, rating.confidence === 'low' ? 'low' : 'medium');
    }
    // "Did the product meet your expectations?", "Was the information on our website clear?"
    // answered Yes / Partially / No: the set is a rating where the header asks whether a problem was
    // put right (complaints, above) or names a dimension ("Did the agent understand your request?",
    // service); of anything else it says whether something held, in full, in part or not, as a
    // yes/no question does: a segment, said unscored in the notes, not a rated item of no dimension
    // that would hold the index back. What it rates, if anything, is for the analyst to name.
    if (rating.scale.labelSet === 'hedged-yes-no-partly-3') {
      column.undecided = `it is answered ${Object.values(rating.scale.labels ?? {}).join(' / ')} under a header that names no dimension and asks about no resolution: it splits the respondents as a segment; if it rates a dimension, --map <dimension>=${JSON.stringify(name)} scores it (yes 100, in part 50, no 0)`;
      return assign('segment', `${scaleWhy}, but no header keyword names a dimension or a resolution: whether something held, in full, in part or not, a fact that splits respondents, not a rating`);
    }
    // Qualtrics' Q_RelevantIDDuplicateScore (0 but for a duplicate's 75 or 100), Typeform's
    // calculated.score outside a quiz (always 0): a number that never varies in many answers, under
    // a name that names no dimension and states no scale, has no scale to read, and a metadata field of the
    // platform's is no item to score.
    const within = [...(profile.counts ?? new Map<number, number>())].filter(([value, count]) => count > 0 && value >= rating.scale.min && value <= rating.scale.max);
    // A header that asks for a rating in words ("How would you rate the new app?") is one whatever its
    // spread: a small happy pilot answers 5 alike. A field's name (one word: `calculated.score`) asks none.
    const asksRating = kw.rating !== undefined && /\s/u.test(name.trim());
    // A row of a battery whose other rows spread over its scale is rated on that scale, however alike its own answers.
    if (rating.scale.kind === 'numeric' && rating.scale.labelSet === null && hinted === null && !asksRating && (battery === null || battery.counts.size <= 1) && within.length === 1 && (within[0]?.[1] ?? 0) >= ANSWERS_TO_SHOW_A_SCALE) {
      return assign('ignored', `every answer in range is ${within[0]?.[0] ?? ''} (${within[0]?.[1] ?? 0} answers), under a name that states no scale: one value, no scale to read, not a rating (a platform's score or flag); give its scale in satisfy.config.json to score it`);
    }
    return assign('item', `rated (${scaleWhy}) but no header keyword names a dimension`, rating.scale, null, rating.confidence);
  }
  const quantity = fits(profile.numeric) ? quantityWhy(profile) : null;
  if (quantity !== null) {
    if (namedSegment) return assign('segment', `header keyword ${kw.segment?.text}; ${quantity}; ${profile.distinct} distinct values${noAnswerCodesOfSegment(column, profile)}`);
    if (kw.id !== undefined) return assign('id', `header keyword ${kw.id.text}; ${quantity}`);
    // A header that asks for a rating (names a dimension, the overall, recommend or effort
    // question, or has a word of rating) over values of a quantity: the values decide, and what the
    // header asked for is said, so that the report's notes name the rating left out of the figures.
    // In the order a rating's reading takes them (see above): a dimension wins over weak words.
    const asks = kw.csatStrong !== undefined ? 'csat' : kw.nps !== undefined ? 'nps' : dimension !== null ? 'item' : kw.ces !== undefined ? 'ces' : kw.csatWeak !== undefined ? 'csat' : kw.rating !== undefined || kw.importance !== undefined ? 'item' : null;
    // Values of hundreds or more (a time in milliseconds, "ttc.csat"; an amount) are no rating
    // coded off its scale: the header's words name what the quantity is about, and no note is due.
    const couldBeRating = (profile.min as number) >= -RATING_LIKE && (profile.max as number) <= RATING_LIKE;
    if (asks !== null && couldBeRating) column.unscored = { as: asks, dimension: asks === 'item' ? (dimension?.id ?? null) : null, quantity };
    return assign('ignored', `${quantity}: a quantity, not a rating`);
  }

  const split = dichotomy(profile, vocabulary);
  if (split !== null) {
    const why = `two answers of the ${split.set} scale, "${split.high}" above "${split.low}": the share ${split.high.toLowerCase()}`;
    const scale: Scale = { kind: 'binary', min: 0, max: 1, labels: { '0': split.low, '1': split.high }, labelSet: null, reversed: false };
    // A satisfied / not satisfied outcome is the survey's CSAT, as a share.
    if (split.set.startsWith('satisfaction') && dimension === null) return assign('csat', why, scale, null, 'medium');
    return assign('item', why, scale, dimension?.id ?? null, dimensionConfidence);
  }
  const partly = fits(profile.yesNo) ? null : partlyLabelled(profile, vocabulary);
  if (partly !== null) {
    column.unmapped = partly.unmapped;
    // What the header asks for is said, so that the report can say which question went unscored.
    const headline = headlineOfRating(kw, dimension);
    column.unscored = headline === null ? { as: 'item', dimension: dimension?.id ?? null } : { as: headline.as, dimension: null };
    const header = headline !== null ? `header keyword ${headline.hit.text} → ${headline.what}; ` : dimension !== null ? `${dimensionWhy}; ` : '';
    return assign('unknown', `${header}answers partly fit the ${partly.set} set but ${partly.why}: not scored until its labels are mapped in the config`);
  }
  const answeredYesNo = fits(profile.yesNo) ? yesNo(yesNoScale(), 'yes/no answers', 'yes scores 0, no scores 100') : null;
  if (answeredYesNo !== null) return answeredYesNo;
  // The text typed beside a choice question's "Other" answer is that option's free text, however
  // short or repetitive ("EDI", "trade show"), and whatever its question's keywords ("channel",
  // "region"): a comment, as the report counts it (see commentColumns). Yes or no, or one word or
  // two again and again beside blanks ("Checked"), ticks the "Other" box of a checkbox question;
  // one sentence typed twice ("Umzug wurde nicht berücksichtigt") is still its text.
  if (namesOtherAnswer(name, vocabulary)) {
    const tick = profile.distinct === 1 && profile.answered >= 2 && profile.blank > 0 && profile.labels !== null && meanWords(profile.labels) <= TICK_MAX_WORDS;
    const ticked = fits(profile.yesNo) ? 'answered yes or no' : tick ? 'ticked with one value or left blank' : null;
    if (ticked !== null) return assign('option', `header ends with the "Other" answer of a choice question, ${ticked}: that option, chosen or not`, null, null, 'medium');
    return assign('comment', `header ends with the "Other" answer of a choice question: the free text typed for it`);
  }
  // How the column joins the answers chosen, from all its cells that hold several (see choiceSeparator).
  const joiner = choiceSeparator(profile.parts?.bySemicolon ?? 0, profile.parts?.byComma ?? 0);
  // The channel a complaint was made by ("How did you make your complaint?" By phone; By email) is
  // no category of the problem: the respondents' way of reaching the company.
  const categories = dimension?.id === 'complaints' && kw.comment === undefined && kw.channel === undefined ? problemCategories(profile, joiner) : null;
  // Categories of a problem are typed by hand as often as chosen: each cell is cut at its own ";",
  // else at its commas outside parentheses, whatever the other cells do ("Late delivery; Damaged
  // item" beside "late delivery, wrong item").
  if (categories !== null) {
    return assign('segment', `${dimensionWhy}; categories of the problem (${categories} options, several to a cell when separated by ; or ,), counted one by one`, null, 'complaints', dimensionConfidence);
  }
  // A checkbox question written into one column, the options chosen joined by ", " (Google Forms)
  // or ";": answers that are parts of a small set of short parts, several to a cell, each part
  // chosen in other cells too, are its options, not free text however long the cells they fill.
  // Where every cell holds as many parts ("Smith, Anna", "Portland, Oregon"), they are the parts of
  // one name, not options chosen: a checkbox's respondents choose one option, or several.
  // Under a header that asks what to improve, or for a comment, the same cells are its options
  // where the header asks for several answers ("What should we improve? (select all that apply)",
  // "Co powinniśmy poprawić? (zaznacz wszystkie pasujące odpowiedzi)"), or, under a question of
  // what to improve alone, where every part is chosen in two cells or more and none says there is
  // nothing to say: what customers wrote ("Nothing", "All good", "Nothing, all good") stays a comment.
  const asksMany = kw.comment !== undefined && kw.selectAll !== undefined;
  const packable = kw.comment === undefined || asksMany || (keywords.improveOnly && partsRepeated(profile, vocabulary));
  const packed = packable && choicesVaryInNumber(profile) ? problemCategories(profile, joiner) : null;
  // Option ids joined so (Formbricks' "- Option ID" column) are no options to count: left as before.
  if (packed !== null && optionIds(profile)) return assign('segment', `${packed} option ids, several to a cell joined by ", " or ";": the ids of the options chosen of a checkbox question, not free text`);
  if (packed !== null) {
    column.joined = true;
    if (joiner === ';') column.joinedBy = ';';
    const over = kw.comment === undefined ? '' : asksMany ? `; header keyword ${kw.selectAll?.text ?? ''} asks for several answers, over header keyword ${kw.comment.text}` : `; every part chosen in two cells or more, over header keyword ${kw.comment.text}`;
    const joint = column.joinedBy === ';' ? 'joined by ";" (a comma belongs to an option)' : 'joined by ", " or ";"';
    return assign('option', `${packed} options, several to a cell ${joint}, each also chosen in other cells: the options chosen of a checkbox question, not free text, counted one by one${over}`);
  }
  // A question of which one answered in a few words again and again ("¿Qué tipo de problema tuvo?"
  // Retraso en la entrega, Producto dañado; "Welche Filiale?") names categories, not a scale whose
  // labels wait to be mapped: about the problem, its categories; otherwise a segment.
  const fewValues = profile.distinct <= SEGMENT_MAX_DISTINCT && repeated;
  if (kw.which !== undefined && kw.rating === undefined && kw.comment === undefined && headlineAsked(kw) === null && fewValues && profile.labels !== null && !fits(profile.numeric)) {
    const problem = dimension?.id === 'complaints' && kw.channel === undefined;
    if (problem) return assign('segment', `${dimensionWhy}; header keyword ${kw.which.text} asks which one: categories of the problem (${profile.distinct} options), counted one by one`, null, 'complaints', dimensionConfidence);
    return assign('segment', `header keyword ${kw.which.text} asks which one: ${profile.distinct} categories, not a rating`);
  }
  // "Is there anything else we can help you with?" answered yes or no asks a question, not for a comment.
  if (kw.comment !== undefined && profile.distinct <= 3 && fits(profile.yesNo)) return assign('segment', `header keyword ${kw.comment.text}, but the answers are yes or no: a question, not free text`);
  if (kw.comment !== undefined && profile.distinct > SEGMENT_MAX_DISTINCT / 3) return assign('comment', `header keyword ${kw.comment.text}; free text`);
  // A segment's noun in a question of the overall, recommend or effort question ("How satisfied are
  // you overall with your provider?") names what is rated, not a group: answered in words no scale
  // knows (LimeSurvey's codes), the question is said unscored below, not made a segment by its noun.
  if (namedSegment && headlineOfRating(kw, dimension) === null) return assign('segment', `header keyword ${kw.segment?.text}; ${profile.distinct} distinct values`);
  // Answers that repeat word for word but are sentences ("Lecture recordings were very useful for
  // revision.", "Comida chegou fria e sem sal.") are what customers wrote, copied or canned, or a
  // small sample repeating itself: free text. An option's label is a name ("18-24", "Very
  // satisfied with the service"), a few words with no full stop.
  const sentences = kw.comment === undefined && fewValues && profile.labels !== null ? sentenceShare(profile.labels) : 0;
  if (sentences >= SENTENCE_MIN_SHARE) return assign('comment', `${profile.distinct} distinct answers, repeated, but ${Math.round(100 * sentences)} % of them sentences (several words ending in . ! or ?): free text, not the options of a choice question`);
  // Long answers that repeat word for word are the options of a choice question, not free text.
  if (kw.comment === undefined && fewValues && profile.labels !== null && profile.meanLength >= COMMENT_MIN_LENGTH) return assign('segment', `${profile.distinct} distinct answers, each chosen ${Math.round(profile.answered / profile.distinct)} times on average: the options of a choice question`);
  // Under an open question's wording ("What can we improve?") answers that repeat are still comments
  // when they are sentences; a few labels of a word or two, each chosen again and again
  // ("Delivery", "Prices"), are the options of a choice question that asks it. Under a comment's
  // noun ("Any other comments?") short answers that repeat ("No", "Great service") are comments.
  if (kw.comment !== undefined && keywords.improveOnly && fewValues && profile.labels !== null && meanWords(profile.labels) < SENTENCE_MIN_WORDS) return assign('segment', `header keyword ${kw.comment.text}, but ${profile.distinct} distinct answers of ${meanWords(profile.labels).toFixed(1)} words on average, each chosen ${Math.round(profile.answered / profile.distinct)} times: the options of a choice question`);
  if (kw.comment !== undefined || profile.meanLength >= COMMENT_MIN_LENGTH) return assign('comment', kw.comment !== undefined ? `header keyword ${kw.comment.text}` : `free text averaging ${Math.round(profile.meanLength)} characters`);
  if (fewValues && !fits(profile.numeric)) {
    // A question whose header asks for a rating ("How was the delivery?", "How would you rate …")
    // answered in words no scale knows ("Superb", "OK", "Awful") may be a scale: its labels are
    // listed for mapping, and, as for a question partly answered so, what it asked to be is said,
    // so that the report's notes name it as not scored. It still splits the sample meanwhile.
    // So may answers most of which say how much of one quality ("Extremely well", "Very well",
    // "Kind of well"), whatever the header asks: they are ordered by their shape.
    const headline = headlineOfRating(kw, dimension);
    const ratingHeader = dimension !== null || headline !== null || kw.rating !== undefined;
    const graded = profile.labels !== null && intensityScale(profile.labels, (count) => count * 2 >= substantive, vocabulary.intensity) !== null;
    // Answers most of which hold numbers ("Under €50", "€50–€99", "€150 or more") are amounts or
    // their ranges, whatever the header names ("What was the price of your ticket?"): categories of
    // a quantity, no words of a scale to map.
    // An amount holds a currency or a percentage, or a range of numbers or an open one ("6-25",
    // "100+"); an answer code ("A1") or a label carrying its code ("1 star", "1 Very poor") is none.
    const amount = (spelling: string) => !ANSWER_CODE.test(spelling) && AMOUNT.test(spelling);
    const amounts = profile.labels === null ? 0 : [...profile.labels.values()].filter((l) => amount(l.spelling)).length;
    if (profile.labels !== null && amounts * 2 > profile.labels.size) return assign('segment', `${profile.distinct} distinct text values, ${amounts} of them amounts or ranges of numbers ("${[...profile.labels.values()].find((l) => amount(l.spelling))?.spelling ?? ''}"): categories of a quantity, not a rating`);
    if ((ratingHeader || graded) && !fits(profile.yesNo) && profile.labels !== null && profile.labels.size <= PARTLY_LABELLED_MAX) {
      column.unmapped = unknownLabels(profile.labels, new Map());
      column.unscored = headline === null ? { as: 'item', dimension: dimension?.id ?? null } : { as: headline.as, dimension: null };
      const asks = ratingHeader ? `the header${dimension === null ? '' : ` (${dimensionWhy})`} asks for a rating` : 'most answers say how much of one quality';
      return assign('segment', `${profile.distinct} distinct text values; ${asks}: if these answers are a scale, map their labels in the config`);
    }
    return assign('segment', `${profile.distinct} distinct text values`);
  }
  if (kw.id !== undefined) return assign('id', `header keyword ${kw.id.text}`);
  return assign('unknown', 'no header keyword or value pattern matched');
}

// Words of a kind of thing (folded), in the seven languages: a word of quality beside one names a
// kind of quality ("Quality tier", "Rodzaj jakości", "Kvalitātes veids"), categories.
const KINDS: ReadonlySet<string> = new Set(['tier', 'tiers', 'type', 'types', 'category', 'class', 'level', 'grade', 'segment', 'group', 'band', 'kind', 'art', 'typ', 'kategorie', 'klasse', 'stufe', 'niveau', 'gruppe', 'categorie', 'classe', 'tipo', 'categoria', 'clase', 'nivel', 'grupo', 'rodzaj', 'kategoria', 'klasa', 'poziom', 'grupa', 'veids', 'tips', 'kategorija', 'klase', 'limenis']);

/**
 * Whether a header that holds a segment word rates, by a word of quality, what it names ("Quality
 * of the provider", "Product quality", "Qualität der Filiale", "Jakość produktu"): not where the
 * word of quality stands beside a word of a kind ("Quality tier (1-3)", "Rodzaj jakości"), nor
 * under a codebook's codes, three or more in a row each named ("Quality provider (1 = Acme, 2 =
 * Beta, 3 = Gamma)"), which a scale's named ends are not ("(1 = very poor, 5 = excellent)").
 */
function ratesWhatItNames(text: string, quality: Hit | undefined): boolean {
  if (quality === undefined) return false;
  const codes = [...text.matchAll(/(?<!\d)(\d{1,2})\s*=/g)].map((m) => Number(m[1]));
  if (codes.length >= 3 && codes.every((code, i) => i === 0 || code === (codes[i - 1] as number) + 1) && scaleHint(text) === null) return false;
  const words = normalizeText(text).split(' ');
  const stem = normalizeText(quality.keyword.replace(/\*$/, ''));
  const at = words.findIndex((word) => word.startsWith(stem));
  return at >= 0 && !KINDS.has(words[at - 1] ?? '') && !KINDS.has(words[at + 1] ?? '');
}

/** The headline question a header asks, or null: CSAT by a strong keyword of it, NPS or CES by any. */
function headlineAsked(kw: Keywords['role']): { as: 'csat' | 'nps' | 'ces'; hit: Hit; what: string } | null {
  if (kw.csatStrong !== undefined) return { as: 'csat', hit: kw.csatStrong, what: 'overall satisfaction' };
  if (kw.nps !== undefined) return { as: 'nps', hit: kw.nps, what: 'recommend' };
  if (kw.ces !== undefined) return { as: 'ces', hit: kw.ces, what: 'customer effort' };
  return null;
}

/**
 * The headline question a rating's header asks, as a rated column's reading takes it: headlineAsked,
 * or a weak word of satisfaction ("How satisfied are you overall …?") in a header naming no
 * dimension, which a rated column reads as the overall satisfaction (see the rating path above).
 */
function headlineOfRating(kw: Keywords['role'], dimension: { id: string } | null): ReturnType<typeof headlineAsked> {
  const asked = headlineAsked(kw);
  if (asked !== null || dimension !== null || kw.csatWeak === undefined) return asked;
  return { as: 'csat', hit: kw.csatWeak, what: 'overall satisfaction' };
}

/** A header that is only a metadata keyword, with what follows a colon ("Last page", "Question time: q1"). */
function namesOnly(name: string, keyword: string): boolean {
  return normalizeText(name.split(':')[0] ?? name) === normalizeText(keyword.replace(/\*$/, '')) || (keyword.endsWith('*') && normalizeText(name).startsWith(normalizeText(keyword.slice(0, -1))) && isBareName(name));
}

/**
 * The head word of a header that names a kind of thing, whose answers are its categories (see
 * Lexicon.kindHeads): a name of at most four words (of three letters or more), no question and
 * no scale stated, whose last word is an English head ("Delivery method", "Problem category",
 * "Support channel"), or whose first is one followed by what it is a kind of ("Type of delivery",
 * "Art der Zahlung", "Type de problème", "Método de envío", "Rodzaj problemu"), or whose last word
 * ends in a German one ("Versandart", "Problemkategorie"), a compound's with at least four letters
 * before it. The heads of a language other than English count in a survey read as that language
 * ("Walmart" is no German kind of "Walm" in an English survey), or where the language cannot be
 * told, the answers deciding then (see kindsAnsweredInCodes). A question number before the name
 * ("Q4", "Q4.") is no word of it. Null otherwise.
 *
 * @example namesAKind('Delivery method', lexicons, 'en') // '"method" (en)'
 */
export function namesAKind(text: string, lexicons: readonly Lexicon[], language: string | null): string | null {
  if (/[?¿]/.test(text) || scaleHint(text) !== null) return null;
  const words = normalizeText(text).split(' ').filter((w) => /\p{L}/u.test(w));
  while (words.length > 1 && /^q\d+[a-z]?$/.test(words[0] as string)) words.shift();
  // Four words at most, the short ones aside ("de", "du", "al", "w"): "Canal de atención al cliente" is three.
  if (words.length === 0 || words.filter((w) => w.length > 2).length > 4) return null;
  const first = words[0] as string;
  const second = words[1];
  const last = words.at(-1) as string;
  for (const lexicon of lexicons) {
    const heads = lexicon.kindHeads;
    if (heads === undefined || (language !== null && lexicon.language !== 'en' && lexicon.language !== language)) continue;
    const said = (head: string) => `"${head}" (${lexicon.language})`;
    const atEnd = words.length >= 2 ? heads.last?.find((head) => normalizeText(head) === last) : undefined;
    if (atEnd !== undefined) return said(atEnd);
    const followed = heads.after === undefined || (second !== undefined && heads.after.some((word) => normalizeText(word) === second));
    const atStart = words.length >= 2 && followed ? heads.first?.find((head) => normalizeText(head) === first) : undefined;
    if (atStart !== undefined) return said(atStart);
    const ending = heads.endings?.find((head) => {
      const folded = normalizeText(head);
      return last.endsWith(folded) && (last.length - folded.length >= 4 || (last === folded && words.length >= 2));
    });
    if (ending !== undefined) return said(`-${ending}`);
  }
  return null;
}

// How far above zero, beyond chance, a column's answers must run with the overall rating's to be a rating whatever its name of a kind.
const RATED_MIN_R = 0.2;
// The fewest rows answering both for their correlation to count.
const KIND_MIN_PAIRS = 20;
// The most codes under a name of a kind that are its kinds whatever runs with them.
const KIND_MAX_CODES = 4;

/**
 * "Delivery method", "Problem category", "Versandart" answered in numbers: the codes of the kinds
 * the header names, whatever dimension its other words name (a cold trial: delivery methods scored
 * as a delivery rating, into the index and the drivers at r −0.05). Four codes or fewer are its
 * kinds, whatever runs with them (a premium delivery has happier customers). On five points or
 * more the answers decide, as the header cannot alone ("Payment option" rated 1-5 in a grid of
 * bare rows is a rating): an item read from such a header whose answers run with the survey's
 * overall rating (the CSAT's, else the recommend question's) beyond chance, r ≥ RATED_MIN_R, stays
 * the item it is; one whose answers do not, or a survey of no overall rating, is a segment of the
 * codes. Under a word of rating the header asks for one, and is no name of a kind (see detectSurvey).
 */
function kindsAnsweredInCodes(columns: ColumnModel[], kinds: ReadonlyMap<number, string>, sample: readonly (readonly string[])[], vocabulary: Vocabulary, format: AnswerFormat): void {
  const overall = columns.find((c) => c.role === 'csat') ?? columns.find((c) => c.role === 'nps');
  const answers = (c: ColumnModel) => sampledNumbers(c, sample, vocabulary, format);
  const reference = overall === undefined || overall.scale === null ? null : answers(overall);
  for (const [index, head] of kinds) {
    const column = columns[index];
    const scale = column?.scale;
    if (column === undefined || column.role !== 'item' || scale === null || scale === undefined || scale.kind !== 'numeric' || (scale.labelSet !== null && scale.labelSet !== CODED)) continue;
    // Three or four codes under a name of a kind are its kinds whatever runs with them (a premium
    // delivery's happier customers); a rating of a grid's row is on five points or more.
    if (scale.max - scale.min + 1 <= KIND_MAX_CODES) {
      asCodesOfKinds(column, `the header names a kind of thing (${head}), answered in ${scale.max - scale.min + 1} codes (${scale.min}..${scale.max}): codes of its categories, not a rating`);
      continue;
    }
    if (reference !== null && overall !== undefined) {
      const own = answers(column);
      const pairs = own.filter((v, i) => !Number.isNaN(v) && !Number.isNaN(reference[i] as number)).length;
      const r = pairs >= KIND_MIN_PAIRS ? pairwiseCorrelation(own, reference, KIND_MIN_PAIRS) : Number.NaN;
      // As scored: a scale turned round (its codes best first) runs the other way.
      const scored = r * (scale.reversed ? -1 : 1) * (overall.scale?.reversed === true ? -1 : 1);
      const rated = !Number.isNaN(r) && scored >= RATED_MIN_R && belowZeroBeyondChance(-scored, pairs);
      if (rated) {
        column.evidence.push(`the header names a kind of thing (${head}), but its answers run with "${overall.name}" (r = ${r.toFixed(2)} among ${pairs} rows): a rating`);
        continue;
      }
      const against = Number.isNaN(r) ? `too few rows answer it and "${overall.name}" to tell a rating` : `its answers do not run with "${overall.name}" (r = ${r.toFixed(2)} among ${pairs} rows)`;
      asCodesOfKinds(column, `the header names a kind of thing (${head}) and ${against}: codes of its categories, not a rating`);
      continue;
    }
    asCodesOfKinds(column, `the header names a kind of thing (${head}), answered in codes, and the survey has no overall rating to show them a rating: codes of its categories`);
  }
}

/** A column read as a rating made a segment of codes, with why: nothing of its rating's reading stays. */
function asCodesOfKinds(column: ColumnModel, why: string): void {
  Object.assign(column, { role: 'segment', dimension: null, scale: null, confidence: 'high', evidence: [why], unmapped: [] });
  for (const key of ['note', 'aliases', 'missing', 'directionShown', 'suggestion', 'undecided', 'unscored'] as const) delete column[key];
}

/** A yes/no "was your problem resolved?": a yes is the problem put right, not a problem. */
function resolvedWhy(dimensionWhy: string, hit: Hit, answers: string): string {
  return `${dimensionWhy}; header keyword ${hit.text} → whether the problem was put right; ${answers} (yes scores 100)`;
}

function problemFreeWhy(dimensionWhy: string, hit: Hit, answers: string): string {
  return `${dimensionWhy}; header keyword ${hit.text} → whether it went without a problem; ${answers} (yes scores 100)`;
}

/** A yes/no "would you recommend us?": no NPS, which needs 0-10, but the share who would. */
function recommendShare(hit: Hit, answers: string): string {
  return `header keyword ${hit.text} → would recommend; ${answers}: the share who would recommend (an NPS needs a 0-10 question)`;
}

/**
 * A segment's statistics-package codes for no answer (-9, -99 …, -1 to -8: see profileValues)
 * beside numeric codes of its categories, the other values none below 0: no category but no
 * answer, which a report puts in the segment (blank) with the empty cells (see SegmentedAnalysis),
 * so they are added to the column's codes for no answer, as a rating's are (see detectColumn). A
 * segment of codes past any rating scale (occupation 1..13) or under a quantity's word (household
 * income 1..13) had none, and its -99 was a segment of 45 respondents in a real export. A segment
 * of labels keeps such a code as an answer unless --missing names it (tests/cli/segments.test.ts);
 * so does one whose other values run below 0 (a time zone's offsets). Returns what the evidence
 * says, or ''.
 */
function noAnswerCodesOfSegment(column: ColumnModel, profile: ValueProfile): string {
  if (profile.missingCodes.size === 0 || profile.min === null || profile.min < 0) return '';
  const codes = [...profile.missingCodes.keys()];
  column.missing = [...(column.missing ?? []), ...codes];
  return `; ${codes.join(', ')} read as missing (a statistics package's code)`;
}

/** Why a numeric column is a quantity rather than a rating, or null if it may be a rating. */
// The largest value (either sign) of a quantity that may be a rating coded off its scale (1..11, 0..100).
const RATING_LIKE = 100;

function quantityWhy(profile: ValueProfile): string | null {
  if (profile.min === null || profile.max === null) return null;
  const decimals = profile.numeric - profile.integers;
  if (decimals > (1 - FIT) * profile.numeric) return `${decimals} of ${profile.numeric} sampled values have decimals (${profile.min}..${profile.max})`;
  if (profile.min < 0 || profile.max > 10) return `values run ${profile.min}..${profile.max}, beyond any rating scale`;
  return null;
}

/**
 * A scale when the sample looks like ratings: small integers, or one ordered label set. Under a
 * header that names a school grade (`grade`, see Lexicon.grades), answers 1..5 or 1..6 are the
 * grades 1-6, 1 the best: the 6 is kept (see strayCodes) and the scale is scored from the top down.
 */
export function ratingScale(name: string, profile: ValueProfile, fits: (count: number) => boolean, vocabulary: Vocabulary, battery: BatteryShape | null = null, grade?: Hit, rising?: string, recommend = false): RatingScale | null {
  const shifted = codedOneToEleven(name, profile, fits, battery, recommend);
  if (shifted !== null) return shifted;
  const read = ratingScaleOf(name, profile, fits, vocabulary, battery, grade !== undefined);
  if (read === null || grade === undefined || read.scale.kind !== 'numeric' || read.scale.min !== 1 || (read.scale.max !== 5 && read.scale.max !== 6) || (read.missing ?? []).length > 0) return read;
  if (read.scale.max === 5 && scaleHint(name) !== null) return read;
  // The header's own word for an end ("6 = sehr gut", "1 = sehr gut") says which way the grades
  // run: Swiss grades rise to 6, the best, German ones fall to it, the worst. Without one, a file
  // that says it is Swiss (de-CH, CHF, Schweiz: the lexicons' gradesRising) cannot tell which is
  // meant, and the column is not scored (see detectColumn).
  const end = gradeEnd(name, vocabulary);
  // The header names 5 its best: a 1-5 scale rising to it, however it names its grade.
  if (end?.best === 5) return { ...read, why: `${read.why}; header keyword ${grade.text}, but "${end.anchor}" in the header: a 1-5 scale rising to its best, no school grades` };
  const graded = `${read.why}; header keyword ${grade.text} → school grades 1-6`;
  if (end?.best === 6) return { ...read, scale: numeric(1, 6), why: `${graded}, 6 the best ("${end.anchor}" in the header, as Swiss grades run): read as 1-6, scored from the bottom up` };
  if (end === null && rising !== undefined) return { ...read, scale: numeric(1, 6), undecided: true, why: `${graded}, but ${rising} in the file, and Swiss grades run 6 the best where German ones run 1 the best; the header says neither` };
  return { ...read, scale: directed(numeric(1, 6), true, 'grade'), why: `${graded}, 1 the best${end === null ? '' : ` ("${end.anchor}" in the header)`}: read as 1-6, scored from the top down` };
}

// A range a header states, "(1-10)", "from 1 to 10", and an 11 it names ("11 = don't know"): see codedOneToEleven.
const STATED_RANGE = /(?<![\d.,])([01])\s*(?:-|–|to|do|bis|à|a|até|līdz)\s*(\d{1,3})(?!\d|[.,]\d)/iu;
const ELEVEN_NAMED = /(?<![\d.,])11\s*[=:]/u;

// A 0-10 scale a header or its grid's question states: "(0-10)", "from 0 to 10", "0 bis 10", an 11-point scale.
const ZERO_TO_TEN = /(?<![\d.,])0\s*(?:-|–|\/|to|do|bis|à|a|até|līdz)\s*10(?!\d|[.,]\d)|(?<!\d)11[\s-]*(?:point|punkt|points|puntos|pontos|punktów|punktowej|punktu|ballu|baļļu)/iu;

/**
 * A 0-10 question exported as the codes of its 11 points, 1..11 (SurveyMonkey's numeric export,
 * LimeSurvey's answer codes): answers 1..11 alone, no 0, whose 11s continue the 10s, under a header
 * or grid question that states 0-10 or 11 points, or asks how likely one is to recommend (the 0-10
 * question), and states no other scale nor what its 11 is. Read as 0-10, each code one less
 * (`aliases`: "1" is 0, "11" is 10), or null.
 */
function codedOneToEleven(name: string, profile: ValueProfile, fits: (count: number) => boolean, battery: BatteryShape | null, recommend: boolean): RatingScale | null {
  const counts = battery?.counts ?? profile.counts;
  if (counts === undefined || counts === null || !fits(profile.integers)) return null;
  const values = [...counts.keys()];
  if (values.length === 0 || Math.min(...values) < 1 || Math.max(...values) !== 11 || values.some((v) => !Number.isInteger(v))) return null;
  // The 11 continues the 10s, as a 0-10 scale's top does: as many as the 10s or more than
  // AFTER_SCALE_SHARE of the answers. Fewer, it is a stray or a grid's "don't know" (see codeAfterScale).
  const answers = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const top = counts.get(11) ?? 0;
  if (top < (counts.get(10) ?? 0) && top <= AFTER_SCALE_SHARE * answers) return null;
  // A header that states another scale ("(1-10, 11 = don't know)") or what its 11 means says the codes are its answers.
  const stated = STATED_RANGE.exec(name);
  if ((stated !== null && !(stated[1] === '0' && stated[2] === '10')) || ELEVEN_NAMED.test(name)) return null;
  const said = ZERO_TO_TEN.exec(name)?.[0] ?? (battery === null ? undefined : ZERO_TO_TEN.exec(battery.question)?.[0]);
  if (said === undefined && !recommend) return null;
  const aliases = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i + 1), i]));
  const because = said === undefined ? 'a recommend question, asked 0-10' : `"${said.trim()}" in the ${ZERO_TO_TEN.test(name) ? 'header' : "grid's question"}`;
  return { scale: numeric(0, 10), aliases, confidence: 'high', why: `integers 1..11 and no 0 under ${because}: a 0-10 scale coded 1-11 (as SurveyMonkey and LimeSurvey export its 11 points), read as 0-10, each answer one less than its code` };
}

/**
 * The best grade a header's words for an end say ("Note (1-6, 6 = sehr gut)": 6; "1 = sehr gut,
 * 6 = ungenügend": 1; "Note Preis (5 = sehr gut)", "5 Sterne = sehr gut": 5, a scale of five rising
 * to its best, no grades), or null where it names no end by a label of a known set.
 */
function gradeEnd(name: string, vocabulary: Vocabulary): { best: 1 | 5 | 6; anchor: string } | null {
  const ends: Array<{ best: 1 | 5 | 6; anchor: string }> = [];
  for (const [, code, words] of name.matchAll(/(?<![\d.,])([156])\s*(?:sterne?\s*)?=\s*([^,;()=\d]+)/giu)) {
    const folded = normalizeText(words as string);
    for (const set of vocabulary.labelSets.values()) {
      const value = set.values.get(folded);
      if (value === undefined || 2 * value === set.points + 1) continue;
      const good = 2 * value > set.points + 1;
      const anchor = `${code} = ${(words as string).trim()}`;
      // "5 = sehr gut": a scale of five rising to its best, no grades; "5 = mangelhaft" falls as grades do.
      ends.push(code === '5' ? { best: good ? 5 : 1, anchor } : { best: (code === '6') === good ? 6 : 1, anchor });
      break;
    }
  }
  // Every end is read: "1 Stern = sehr schlecht, 5 Sterne = sehr gut" says its 5 is the best, whichever end it names first.
  return ends.find((end) => end.best === 5) ?? ends[0] ?? null;
}

function ratingScaleOf(name: string, profile: ValueProfile, fits: (count: number) => boolean, vocabulary: Vocabulary, battery: BatteryShape | null, grades: boolean): RatingScale | null {
  const labelled = labelledScale(profile, fits, vocabulary);
  if (labelled !== null) return { ...labelled, confidence: 'high' };
  if (profile.min === null || profile.max === null) return null;
  // A scale the header declares wins: a stray 8 or 4.5 in a "(1-5)" column is out of scale or not
  // an integer, not a hint that the scale is something else.
  const hinted = scaleHint(name);
  if (hinted !== null && fits(profile.numeric)) {
    // The words of its ends, where the header gives them, label them: they say which end is which.
    const scale = hinted.ends === undefined ? numeric(hinted.min, hinted.max) : { ...numeric(hinted.min, hinted.max), labels: { [hinted.min]: hinted.ends[0], [hinted.max]: hinted.ends[1] } };
    const why = `scale ${hinted.min}-${hinted.max} from the header${hinted.ends === undefined ? '' : `, ${hinted.min} = ${hinted.ends[0]}, ${hinted.max} = ${hinted.ends[1]}`}`;
    // Ends of a known set named best first ("1 = sehr gut, 6 = ungenügend", "1 = very good, 5 = very
    // poor"): the low number is the best answer, and the scale is scored from the top down. Ease and
    // effort keep their numbers: which way the effort question runs is said of it (effortDirection).
    const direction = scale.labels === null ? null : labelledDirection(scale.labels, vocabulary);
    if (direction?.runsDown === true && direction.set !== null && direction.set.family !== 'ease' && direction.set.family !== 'effort') {
      return { scale: directed(scale, true, 'labelled-ends'), why: `${why}: its ends, of the ${direction.set.id} set, name the best first, scored from the top down`, confidence: 'high' };
    }
    return { scale, why, confidence: 'high' };
  }
  // A Qualtrics matrix coded past 10 (10..13) was given recode values: its codes are the scale.
  if (battery?.recoded === true) return { scale: numeric(battery.min, battery.max), why: `battery of ${battery.size} columns of a Qualtrics matrix, integers ${battery.min}..${battery.max}: recode values of its choices (Qualtrics codes a choice with any positive integer), read as a ${battery.min}-${battery.max} scale`, confidence: 'medium' };
  // Ratings are whole numbers 0-10; a few strays (a 99 or -1 code, an 11) are counted as out of
  // scale when the column is analysed, and the scale is that of the others.
  if (!fits(profile.zeroToTen)) return null;
  const bulk = bulkOf(profile);
  if (bulk.min === 0 && bulk.max === 1 && (battery === null || battery.max <= 1)) return { scale: { ...yesNoScale(), labels: { '0': '0 (no)', '1': '1 (yes)' } }, why: 'only 0 and 1', confidence: 'high' };
  return numericScale(bulk, battery, grades, typedAnswers(profile.counts));
}

/** The profile of a column's answers 0-10 alone, without the strays beside them. */
function bulkOf(profile: ValueProfile): ValueProfile {
  const counts = new Map([...(profile.counts ?? new Map<number, number>())].filter(([value]) => value >= 0 && value <= 10));
  const values = [...counts.keys()];
  if (values.length === 0) return profile;
  return { ...profile, counts, min: Math.min(...values), max: Math.max(...values), integers: profile.zeroToTen };
}

/** A scale read from a column's values, how sure that is, and answers of it that mean "not applicable". */
export interface RatingScale {
  scale: Scale;
  why: string;
  confidence: Confidence;
  /** Values that are non-answers on this scale (a 0 standing apart from a 1-5 battery). */
  missing?: string[];
  /** Codes that stand for other values of the scale ("1" for 0 on a 0-10 scale coded 1-11), code → value. */
  aliases?: Record<string, number>;
  /** Its direction cannot be told from the file (school grades of a Swiss file, see ratingScale): not scored until the config says. */
  undecided?: boolean;
  /** What the report's notes say of the reading (a code after the scale read as a choice apart from it). */
  note?: string;
}


/**
 * The numeric scale of a rated column (or of the battery of columns it belongs to, which share one
 * scale): from the lowest to the highest answer when there are enough answers to show it (so 0-2,
 * 1-3 and 1-4 are read as what they are), else snapped to the usual 0-10, 1-5, 1-7 or 1-10. A 0 on
 * a battery whose other answers run 1-4, 1-5 or 1-7, that stands apart from them (more 0s than 1s,
 * or only in some of its columns), is "not applicable", as airline and hotel surveys code it.
 */
function numericScale(profile: ValueProfile, battery: BatteryShape | null, grades = false, typed = false): RatingScale {
  const given = battery?.counts ?? profile.counts ?? new Map<number, number>();
  const answered = battery?.answers ?? profile.integers;
  // A code just off a usual scale that a tiny share holds is a stray, out of scale: it does not
  // widen the scale (see strayCodes).
  const strays = strayCodes(given, answered, grades, typed);
  const after = battery?.afterScale;
  if (after !== undefined) {
    // The grid's code for "no answer" above 10 (see codeAfterScale): counted as not applicable in each of its columns.
    const read = scaleOfAnswers(battery?.min as number, battery?.max as number, answered, given, battery);
    const why = `${read.why}; ${after.code} in ${after.columns} of its ${battery?.size} columns (${after.answers} answers), above the ${read.scale.min}-${read.scale.max} scale they share and any rating scale: the grid's "not applicable" or "don't know" choice, numbered after the scale's points (as SurveyMonkey does), counted as not applicable`;
    return { ...read, why, missing: [...(read.missing ?? []), String(after.code)] };
  }
  const apart = battery?.apart;
  if (apart !== undefined && strays.length === 0) {
    const read = scaleOfAnswers(battery?.min as number, apart.top, answered, given, battery);
    const held = profile.counts?.get(apart.code) ?? 0;
    const rows = apart.rows === undefined ? '' : ` in ${apart.rows.rare} of them, and in ${apart.rows.common} three times as often as any point of the scale (a row most respondents had no answer to)`;
    const shape = `${apart.code} in all ${battery?.size} columns (${apart.answers} answers, against ${apart.atTop} answers ${apart.top}), far rarer than the top of the 1-${apart.top} scale below it${rows} while its points run smoothly: a choice after the scale's points ("Don't know", as Qualtrics numbers a choice added to a matrix), not the top of a 1-${apart.code} scale`;
    const confirm = `--missing ${apart.code} counts it as not applicable, a 1-${apart.code} scale in satisfy.config.json scores it as the top point`;
    const note = `its ${apart.code} is read as a choice after its 1-${apart.top} scale ("Don't know"), not as its top, and left out (${apart.code} in all ${battery?.size} columns of its battery, ${apart.answers} answers against ${apart.atTop} answers ${apart.top} in the rows read); ${confirm}`;
    return { ...read, why: `${read.why}; ${shape}; excluded as out of scale (${confirm})`, confidence: 'medium', ...(held === 0 ? {} : { note }) };
  }
  if (strays.length === 0 && battery?.beyond === undefined) return scaleOfAnswers(battery?.min ?? (profile.min as number), battery?.max ?? (profile.max as number), answered, given, battery);
  const counts = new Map([...given].filter(([value]) => !strays.some((s) => s.value === value)));
  const values = [...counts].filter(([, count]) => count > 0).map(([value]) => value);
  const read = scaleOfAnswers(Math.min(...values), Math.max(...values), answered - strays.reduce((sum, s) => sum + s.count, 0), counts, battery);
  const scale = `${read.scale.min}-${read.scale.max}`;
  const off = strays.length === 0 ? '' : `; ${strays.map((s) => describeStray(s, answered)).join(', ')}: ${strays.length === 1 ? 'a stray' : 'strays'} off the ${scale} scale, excluded as out of scale`;
  const beyond = battery?.beyond;
  const code = beyond === undefined || (profile.counts?.get(beyond.code) ?? 0) === 0 ? '' : `; ${beyond.code} in ${beyond.columns} of its ${battery?.size} columns only (${beyond.answers} answers), never in the ${beyond.agreed} answers of the ${beyond.agreeing} others: a choice beyond the ${scale} scale they share (most often "not applicable"), excluded as out of scale`;
  return { ...read, why: `${read.why}${off}${code}` };
}

/** The numeric scale that answers `low`..`high` show (see numericScale). */
function scaleOfAnswers(low: number, high: number, answers: number, counts: ReadonlyMap<number, number>, battery: BatteryShape | null): RatingScale {
  // An end that few answers hold is said: the scale's reach rests on it.
  const thin = thinEnds(low, high, counts, answers);
  const observed = `${battery === null ? '' : `battery of ${battery.size} columns, `}integers ${low}..${high}${thin === '' ? '' : `, ${thin}`}`;
  if (low === 0 && (high === 5 || high === 7) && answers >= ANSWERS_TO_SHOW_A_SCALE) {
    const zeros = counts.get(0) ?? 0;
    const ones = counts.get(1) ?? 0;
    const twos = counts.get(2) ?? 0;
    // A 0 apart from a 1-5 or 1-7 scale leaves a dip at 1: more 0s than 1s, or 0s in some columns
    // only, while 1 is chosen less than 2 (a J-shaped 0-5 scale has no such dip; 0-4 is a usual
    // five-point scale and is left alone).
    const dip = ones < twos;
    const apart = !dip ? null : zeros > ones ? `${zeros} answers 0 against ${ones} answers 1` : battery !== null && battery.withoutZero > 0 ? `0 in ${battery.size - battery.withoutZero} of its ${battery.size} columns only` : null;
    if (apart !== null) return { scale: numeric(1, high), why: `${observed}; 0 stands apart (${apart}): read as not applicable on a 1-${high} scale`, confidence: 'medium', missing: ['0'] };
  }
  const min = low === 0 ? 0 : 1;
  if (answers >= ANSWERS_TO_SHOW_A_SCALE && high > min) {
    // Enough answers show the scale, up to a top that scales have: 1..9 is a 1-10 scale.
    const top = (min === 0 ? [2, 3, 4, 5, 10] : [2, 3, 4, 5, 6, 7, 10]).find((t) => t >= high) as number;
    return { scale: numeric(min, top), why: low === min && top === high ? observed : `${observed}, read as a ${min}-${top} scale`, confidence: top === high ? 'high' : 'medium' };
  }
  // Too few answers to show the scale: the usual one that holds them, and a guess is no headline.
  const max = min === 0 ? 10 : ([5, 7, 10].find((top) => top >= high) as number);
  const exact = low === min && high === max;
  // 2..5 read as 1-5 and 3..10 as 0-10 are small steps; 1..3 read as 1-5, 0..2 as 0-10, and a
  // top of 6 or 7 (1-7 or 1-10?) are guesses.
  const guess = min === 0 ? high < 6 : high < 4 || max === 7;
  return { scale: numeric(min, max), why: exact ? observed : `${observed}, read as a ${min}-${max} scale (${answers} answers are too few to show the scale)`, confidence: guess ? 'low' : exact ? 'high' : 'medium' };
}

/**
 * A rating whose scale was read from its answers alone, 1-4 or 1-6, one point short of the usual
 * 1-5 or 1-7, whose top is chosen by half as many as the point below it or fewer: the answers thin
 * out toward the top and may have stopped short of the scale's own (an unhappy base that chose no
 * 5). Nothing in the file tells 1-4 from 1-5 then: the reading drops to medium confidence, and the
 * report's notes say what was taken and how to give the scale. A top chosen more often (a 1-4
 * scale whose 4 is common) shows the scale; a scale run the other way (school grades, a statement
 * worded against it) thins out toward its worst, as it may; codes of categories are no scale.
 */
function shortOfTop(column: ColumnModel, texts: readonly string[], counts: ReadonlyMap<number, number> | null, battery: BatteryShape | null): void {
  const scale = column.scale;
  if (!(column.role === 'item' || column.role === 'csat' || column.role === 'ces') || scale?.kind !== 'numeric' || scale.labelSet !== null || scale.reversed || column.confidence !== 'high' || column.note !== undefined || texts.some((text) => scaleHint(text) !== null) || counts === null) return;
  const { min, max } = scale;
  if (min !== 1 || (max !== 4 && max !== 6)) return;
  const [top, below] = [counts.get(max) ?? 0, counts.get(max - 1) ?? 0];
  if (top === 0 || 2 * top > below) return;
  const whose = battery === null ? 'its answers' : `the answers of its battery of ${battery.size} columns`;
  column.evidence.push(`its top, ${max}, chosen by half as many as the point below it or fewer in ${whose} (${top} against ${below} answers ${max - 1}): they thin out toward it and may stop short of a 1-${max + 1} scale`);
  column.note = `its 1-${max} scale is read from ${whose}, which thin out toward its top (${top} answers ${max}, against ${below} answers ${max - 1}) and may stop short of the scale's own: if the question offered 1-${max + 1}, give it {"scale": {"min": 1, "max": ${max + 1}}} under "columns" in satisfy.config.json`;
  column.confidence = 'medium';
}

/**
 * A scale named in the header: "(1-5)", "0 - 10", "1 to 7", "od 1 do 5", "von 1 bis 5", "de 1 à 5",
 * "no 1 līdz 10", "(1 = very poor, 5 = excellent)"; with the words of its ends where the header
 * gives them so ("1 = sehr leicht, 7 = sehr schwierig"), which say which end is which.
 */
export function scaleHint(name: string): { min: number; max: number; ends?: [low: string, high: string] } | null {
  // Only in brackets or at the end of the header: "delivered within 1-3 days" names no scale.
  const places = [...[...name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1] as string), /[^?.!]*[?.!:]?\s*$/.exec(name)?.[0] ?? ''];
  const at = (pattern: RegExp) => places.map((text) => pattern.exec(text)).find((m) => m !== null) ?? null;
  const anchored = at(/(?<!\d)([01])\s*=\s*([^,;)]*?)\s*[,;]\s*(\d{1,3})\s*=\s*([^,;)]*?)\s*(?:$|[,;)])/);
  const range = at(/(?<!\d)([01])\s*(?:-|–|\/|to|do|bis|à|a|até|līdz)\s*(\d{1,3})(?!\d)\s*\)?\s*[?.!:]?\s*$/i);
  const [min, max] = range !== null ? [Number(range[1]), Number(range[2])] : anchored !== null ? [Number(anchored[1]), Number(anchored[3])] : [Number.NaN, Number.NaN];
  // A 0-100 slider is a rating too; other ranges that wide are not.
  if (!(max - min >= 2 && (max <= 11 || (max === 100 && min === 0)))) return null;
  const [low, high] = anchored === null ? ['', ''] : [anchored[2] as string, anchored[4] as string];
  const named = low !== '' && high !== '' && Number(anchored?.[1]) === min && Number(anchored?.[3]) === max && /\p{L}/u.test(low) && /\p{L}/u.test(high);
  return named ? { min, max, ends: [low, high] } : { min, max };
}

/** A yes/no question coded 1 and 0, yes scored the best answer (see `directed` for one where yes is the bad answer, "had a problem"). */
export function yesNoScale(): Scale {
  return { kind: 'binary', min: 0, max: 1, labels: { '0': 'No', '1': 'Yes' }, labelSet: null, reversed: false };
}

/**
 * The scale of a column of answers written as labels. Four readings, and the one that knows most
 * answers wins (on a tie, the first): labels that carry their codes ("(1) Not useful at all",
 * "5 = Excellent"), whose codes are the values; the label set of the lexicons that fits best; the
 * rungs of a ladder ("Never" … "Several times a week" … "Every day"); and the intensity pattern
 * ("Not at all rude" … "Very rude").
 */
function labelledScale(profile: ValueProfile, fits: (count: number) => boolean, vocabulary: Vocabulary): { scale: Scale; why: string } | null {
  const labels = profile.labels;
  if (labels === null || labels.size === 0) return null;
  const readings = [codedScale(profile, fits, vocabulary), labelSetScale(labels, fits, vocabulary), ladderScale(labels, fits, vocabulary.ladders), intensityScale(labels, fits, vocabulary.intensity)];
  let best: { scale: Scale; why: string; known: number } | null = null;
  for (const reading of readings) if (reading !== null && (best === null || reading.known > best.known)) best = reading;
  return best === null ? null : { scale: best.scale, why: best.why };
}

/**
 * The scale from the label set that fits the labels best. Each point is labelled as the data
 * spells it, or, for points no one chose, in the data's language. A column whose known answers are
 * all a plain yes or no stays a yes/no question (see bestLabelSet).
 */
function labelSetScale(labels: NonNullable<ValueProfile['labels']>, fits: (count: number) => boolean, vocabulary: Vocabulary, sets: Iterable<LabelSet> = vocabulary.labelSets.values()): { scale: Scale; why: string; known: number } | null {
  const fit = bestLabelSet(labelCounts({ labels }), sets, fits, plainYesNo(vocabulary));
  // One label seen says nothing of the order; two labels on one point say the set is not this one.
  if (fit === null || !fit.injective || fit.set.points - fit.unobserved < 2) return null;
  const { set } = fit;
  const languages = new Map<string, number>();
  const spelled = new Map<number, string>();
  const counted = new Map<number, number>();
  for (const [folded, { count, spelling }] of labels) {
    const value = set.values.get(folded);
    if (value === undefined) continue;
    const language = set.languages.get(folded) as string;
    languages.set(language, (languages.get(language) ?? 0) + count);
    counted.set(value, (counted.get(value) ?? 0) + count);
    if (!spelled.has(value)) spelled.set(value, spelling);
  }
  const language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const names = set.names.get(language) ?? [...set.names.values()][0] ?? [];
  // A scale of effort runs from the least to the most, the worse answer up: reversed, as a scale of
  // a negative quality is (see intensityScale), so that a higher score is less effort.
  const effort = set.family === 'effort';
  const reversed = { reversed: effort, ...(effort ? { reversedBy: 'effort-labels' as const } : {}) };
  const reversedWhy = effort ? ': more effort is worse, reversed so that a higher score is less effort' : '';
  const only = fit.unobserved === 0 ? null : pointsSeenOnly(set, labelCounts({ labels }));
  if (only !== null) {
    // The points seen are the scale (see pointsSeenOnly), under a name of their own (`ease-7-seen`).
    const [low, high] = only.gap.map((point) => `${counted.get(point) ?? 0} "${spelled.get(point) ?? point}"`);
    const skipped = capitalise(names[only.gap[0]] ?? String(only.gap[0] + 1));
    const seenLabels = Object.fromEntries(only.points.map((point, i) => [String(i + 1), spelled.get(point) ?? String(point)]));
    const why = `labels of the ${set.id} set (${language}), only ${only.points.length} of its points: no one chose "${skipped}" between ${low} and ${high}, so the points seen are the scale, lowest first${reversedWhy}`;
    return { scale: { kind: 'labels', min: 1, max: only.points.length, labels: seenLabels, labelSet: `${set.id}${SEEN_POINTS}`, ...reversed }, why, known: fit.hits };
  }
  const scaleLabels: Record<string, string> = {};
  for (let value = 1; value <= set.points; value++) scaleLabels[String(value)] = spelled.get(value) ?? capitalise(names[value - 1] ?? String(value));
  const unseen = fit.unobserved === 0 ? '' : `; ${fit.unobserved} of its points not seen in the sample`;
  return { scale: { kind: 'labels', min: 1, max: set.points, labels: scaleLabels, labelSet: set.id, ...reversed }, why: `labels of the ${set.id} set (${language})${unseen}${reversedWhy}`, known: fit.hits };
}

/**
 * A column answered on some points of a set whose scale another column of the survey shows to be
 * only the points seen (`ease-7-seen`, see pointsSeenOnly) is read on that scale too, where its own
 * answers all stand on those points: two questions asked on "Very easy … Difficult" are one scale,
 * though one of them had too few answers beside its gap to prove it (a cold review: "Difficult"
 * scored 0 in one and 16.7 in the other). The evidence names the column that showed it.
 */
function onTheSurveysSeenPoints(columns: ColumnModel[], profiles: readonly ValueProfile[], vocabulary: Vocabulary): void {
  // The points of the set a scale's labels stand for, lowest first.
  const pointsOf = (set: LabelSet, labels: Record<string, string>) => Object.entries(labels).sort((a, b) => Number(a[0]) - Number(b[0])).map(([, label]) => set.values.get(normalizeText(label)));
  for (const shown of columns) {
    const id = shown.scale?.labelSet;
    if (shown.scale === null || typeof id !== 'string' || !id.endsWith(SEEN_POINTS) || shown.scale.labels === null) continue;
    const set = vocabulary.labelSets.get(id.slice(0, -SEEN_POINTS.length));
    if (set === undefined) continue;
    const points = pointsOf(set, shown.scale.labels);
    for (const column of columns) {
      const labels = profiles[column.index]?.labels;
      if (column === shown || column.scale?.labelSet !== set.id || labels === null || labels === undefined) continue;
      const spelled = new Map<number, string>();
      for (const [folded, { spelling }] of labels) {
        const point = set.values.get(folded);
        if (point !== undefined && !spelled.has(point)) spelled.set(point, spelling);
      }
      if (spelled.size === 0 || ![...spelled.keys()].every((point) => points.includes(point))) continue;
      // Each point as this column spells it, where it does ("Neutral" for "Neither easy nor difficult").
      const own = Object.fromEntries(Object.entries(shown.scale.labels).map(([value, label], i) => [value, spelled.get(points[i] as number) ?? label]));
      column.scale = { ...column.scale, max: shown.scale.max, labels: own, labelSet: id };
      column.evidence.push(`read on the ${shown.scale.max} points of the ${set.id} set that the answers of "${shown.name}" show to be the survey's scale (${id}), its own answers all on them`);
    }
  }
}

/**
 * An item of numbers read from its answers alone on 1-4 (or 1-6), the one such column of a survey
 * whose other ratings (two at least) are numbers on 1-5 (or 1-7) with every point chosen, and whose
 * answers thin out toward its top (fewer 4s than 3s), is read on the survey's scale: a survey asks
 * its ratings on one scale, and the answers stopped short of its top (a cold trial's "How well was
 * your problem handled?", 57 unhappy answers 1..4, read on 1-4 its top-2 was 45.6 % where on the
 * survey's 1-5 it is 17.5 %). A top chosen as often as the point below it shows a 4-point scale
 * (a forced choice, a cold review's "How likely are you to buy from us again?"); so does a header
 * or question that states a range anywhere ("On a scale of 1 to 4, …"). The overall questions
 * keep their own reading, as do a grid's row and a survey with two columns on the shorter scale
 * (it asks on both). The report's notes say what was taken and how to give 1-4 instead.
 */
function onTheSurveysNumericScale(columns: ColumnModel[], profiles: readonly ValueProfile[], sampled: number): void {
  const RATED = new Set<Role>(['item', 'csat', 'ces']);
  const plain = (c: ColumnModel) => RATED.has(c.role) && c.scale?.kind === 'numeric' && c.scale.labelSet === null && c.scale.min === 1;
  const whole = (c: ColumnModel) => {
    const counts = profiles[c.index]?.counts;
    const top = c.scale?.max ?? 0;
    return counts !== null && counts !== undefined && Array.from({ length: top }, (_, i) => counts.get(i + 1) ?? 0).every((n) => n > 0);
  };
  for (const short of [4, 6]) {
    const shorter = columns.filter((c) => plain(c) && c.scale?.max === short);
    const [column] = shorter;
    if (shorter.length !== 1 || column === undefined || column.role !== 'item' || column.partOf !== undefined || column.scale?.reversed === true || [column.name, column.question ?? ''].some((text) => scaleHint(text) !== null || STATED_RANGE.test(text))) continue;
    // Answers that fill a 4-point scale up to a top chosen as often as the point below it show the
    // scale (a forced-choice question); only answers that thin out toward it may stop short.
    const counts = profiles[column.index]?.counts;
    if (counts === null || counts === undefined || (counts.get(short) ?? 0) >= (counts.get(short - 1) ?? 0)) continue;
    const shown = columns.filter((c) => plain(c) && c.scale?.max === short + 1 && whole(c));
    if (shown.length < 2) continue;
    const named = shown.slice(0, 3).map((c) => `"${c.name}"`).join(', ') + (shown.length > 3 ? ' …' : '');
    column.scale = { ...(column.scale as Scale), max: short + 1 };
    // Said of the rows sampled: a 5 after them is read on the scale, and says nothing against it.
    column.evidence.push(`read on the 1-${short + 1} scale of the survey's ${shown.length} other ratings answered on every point (${named}): no one chose its ${short + 1} in the first ${sampled} rows`);
    // No figure of the sample in the note: shards read alike merge (see satisfy merge).
    column.note = `its answers in the rows sampled run 1..${short}, and it is read on the 1-${short + 1} scale of the survey's other ratings: if the question offered 1-${short}, give it {"scale": {"min": 1, "max": ${short}}} under "columns" in satisfy.config.json`;
    column.confidence = column.confidence === 'low' ? 'low' : 'medium';
  }
}

/**
 * A column whose few answers fit a shorter set of a family as well as a longer one (no "Neither
 * agree nor disagree" and no "Strongly agree" among them: agreement-4 and agreement-5 alike) is
 * read on the longer set where the survey's other columns are answered on it with every point seen:
 * a survey asks its statements on one scale, and the shorter set was chosen only for the points
 * this column's answers did not reach. Where other columns show the shorter set with every point
 * seen too, the survey asks on both, and the column keeps its own. Its labels must all land where
 * they land on the shorter set (as many answers known, distinct labels on distinct points). What
 * else was read of the scale (a reversal by its wording) is kept; the evidence names the columns
 * that show the set.
 */
function onTheSurveysLabelSet(columns: ColumnModel[], profiles: readonly ValueProfile[], vocabulary: Vocabulary): void {
  const labelled = columns.filter((c) => c.scale?.kind === 'labels' && typeof c.scale.labelSet === 'string' && vocabulary.labelSets.has(c.scale.labelSet));
  const fitOf = (column: ColumnModel, set: LabelSet) => {
    const labels = profiles[column.index]?.labels;
    return labels === null || labels === undefined ? null : bestLabelSet(labelCounts({ labels }), [set], () => true, plainYesNo(vocabulary));
  };
  // Each labelled column's own set and how its answers fit it; the sets some column shows whole.
  const owned = labelled.map((column) => {
    const own = vocabulary.labelSets.get(column.scale?.labelSet as string) as LabelSet;
    return { column, own, fit: fitOf(column, own) };
  });
  const shownWhole = new Map<string, string[]>();
  for (const { column, own, fit } of owned) if (fit !== null && fit.injective && fit.unobserved === 0) shownWhole.set(own.id, [...(shownWhole.get(own.id) ?? []), column.name]);
  for (const { column, own, fit } of owned) {
    // Other columns answered on its own set with every point seen hold it there (a grid on 4 points).
    if (fit === null || fit.unobserved === 0 || shownWhole.has(own.id)) continue;
    const longer = [...shownWhole].map(([id, shown]) => ({ set: vocabulary.labelSets.get(id) as LabelSet, shown })).filter(({ set }) => set.family === own.family && set.points > own.points).map((candidate) => ({ ...candidate, fit: fitOf(column, candidate.set) })).filter(({ fit: other }) => other !== null && other.injective && other.hits === fit.hits).sort((a, b) => b.shown.length - a.shown.length)[0];
    const labels = profiles[column.index]?.labels;
    if (longer === undefined || labels === null || labels === undefined) continue;
    const [read, was] = [labelSetScale(labels, () => true, vocabulary, [longer.set]), labelSetScale(labels, () => true, vocabulary, [own])];
    if (read === null || was === null) continue;
    column.scale = { ...(column.scale as Scale), max: read.scale.max, labels: read.scale.labels, labelSet: longer.set.id };
    const named = longer.shown.slice(0, 3).map((name) => `"${name}"`).join(', ') + (longer.shown.length > 3 ? ' …' : '');
    // The evidence's reading of its own set, as labelSetScale wrote it, becomes that of the longer one.
    const taken = `${read.why}, the set of ${longer.shown.length} other column${longer.shown.length === 1 ? '' : 's'} of the survey answered with every point (${named}), where its answers fit the ${own.id} set as well`;
    column.evidence = column.evidence.map((line) => line.replace(was.why, taken));
  }
}

/** The plain yes and no words, which alone make no label set. */
function plainYesNo(vocabulary: Vocabulary): Set<string> {
  return new Set([...vocabulary.yes, ...vocabulary.no]);
}

// "neutral or dissatisfied", "Neutral / Dissatisfied": one answer that joins points of a scale.
const JOINED = /\s+(?:or|oder|ou|o|lub|vai|\/)\s+|\s*\/\s*/;

/**
 * A column of exactly two answers that are points, or joined points, of one ordered label set, one
 * wholly above the other ("satisfied" / "neutral or dissatisfied"): a dichotomy of that scale.
 */
function dichotomy(profile: ValueProfile, vocabulary: Vocabulary): { set: string; low: string; high: string } | null {
  // Plain yes and no are facts (or a problem), handled as such, not a dichotomy of a scale.
  if (profile.labels === null || profile.labels.size !== 2 || profile.numeric > 0 || profile.yesNo > 0) return null;
  const [a, b] = [...profile.labels.values()].map((l) => l.spelling) as [string, string];
  for (const set of vocabulary.labelSets.values()) {
    const points = (label: string) => label.split(JOINED).map((part) => set.values.get(normalizeText(part)));
    const [pa, pb] = [points(a), points(b)];
    if ([...pa, ...pb].some((v) => v === undefined)) continue;
    const [lowA, highA, lowB, highB] = [Math.min(...(pa as number[])), Math.max(...(pa as number[])), Math.min(...(pb as number[])), Math.max(...(pb as number[]))];
    if (highA < lowB) return { set: set.id, low: a, high: b };
    if (highB < lowA) return { set: set.id, low: b, high: a };
  }
  return null;
}

// A column of problem categories has at most this many options, each a few words.
const CATEGORY_MAX_OPTIONS = 30;
const CATEGORY_MAX_LENGTH = 60;

/**
 * How many options a multi-select column (of problem categories, or of any checkbox question
 * written into one column) has, or null if it is not one: a
 * few short options, and some cell holding more than one (separated by ; or , as `separator` says) each of which
 * also occurs in another cell, which tells "Late delivery, Damaged item" from one answer with a
 * comma in it ("Yes, I know several").
 */
function problemCategories(profile: ValueProfile, separator: ChoiceSeparator): number | null {
  if (profile.labels === null) return joinedParts(profile);
  if (profile.labels.size === 0) return null;
  const cells = [...profile.labels.values()].map((l) => [...new Set(splitChoices(l.spelling, separator).map((o) => normalizeText(o)).filter((o) => o !== ''))]);
  const cellsWith = new Map<string, number>();
  for (const option of cells.flat()) cellsWith.set(option, (cellsWith.get(option) ?? 0) + 1);
  const options = new Set(cellsWith.keys());
  const multiple = cells.some((chosen) => chosen.length > 1 && chosen.every((o) => (cellsWith.get(o) ?? 0) > 1));
  const short = [...options].every((o) => o.length <= CATEGORY_MAX_LENGTH);
  return multiple && short && options.size <= CATEGORY_MAX_OPTIONS ? options.size : null;
}

/**
 * How many options a multi-select column has whose ways of choosing are too many to list as labels
 * (six options make 63): some cell holds more than one, and every part, cut at `,` or `;`, is
 * short and chosen in two cells or more, few parts in all. Null when it is not so.
 */
function joinedParts(profile: ValueProfile): number | null {
  const parts = profile.parts;
  if (parts === undefined || parts === null || parts.joined === 0) return null;
  const options = [...parts.cells];
  const fit = options.every(([part, cells]) => cells > 1 && part.length <= CATEGORY_MAX_LENGTH);
  return fit && options.length <= CATEGORY_MAX_OPTIONS ? options.length : null;
}

/**
 * Whether every part of a column's cells, cut at `,` and `;`, is chosen in two cells or more, and
 * none is a comment that says there is nothing to say ("Nothing", "None", "Brak uwag"): the
 * options of a checkbox question, not what customers wrote, even where they repeat.
 */
function partsRepeated(profile: ValueProfile, vocabulary: Vocabulary): boolean {
  const cells = profile.labels === null ? null : [...profile.labels.values()].map((l) => ({ parts: [...new Set(splitChoices(l.spelling).map((o) => normalizeText(o)).filter((o) => o !== ''))], count: l.count }));
  const chosen = new Map<string, number>();
  if (cells === null) for (const [part, count] of profile.parts?.cells ?? []) chosen.set(part, count);
  else for (const { parts, count } of cells) for (const part of parts) chosen.set(part, (chosen.get(part) ?? 0) + count);
  return chosen.size > 0 && [...chosen].every(([part, count]) => count >= 2 && !vocabulary.nothingToSay.has(part));
}

/**
 * Whether the cells of a column cut at `,` and `;` hold one part in some and several in others, as
 * the options chosen of a checkbox question do; not where every cell holds as many (a name written
 * "Surname, First name", a place "City, State").
 */
function choicesVaryInNumber(profile: ValueProfile): boolean {
  if (profile.labels !== null) {
    const sizes = [...profile.labels.values()].map((l) => new Set(splitChoices(l.spelling).map((o) => normalizeText(o)).filter((o) => o !== '')).size);
    // A numeric export writes one option chosen as its code, a number ("4"), several as their codes
    // joined in the options' order ("1,3"; Qualtrics): codes rising in every cell. Decimal commas
    // fall or repeat ("2,1", "3,3"); those that rise ("3,5", "4,5") hold each whole part in one
    // cell alone, which problemCategories takes for no option.
    return (sizes.some((n) => n === 1) || (profile.numeric > 0 && codesRising(profile.labels))) && sizes.some((n) => n > 1);
  }
  const parts = profile.parts;
  return parts !== undefined && parts !== null && parts.single > 0 && parts.joined > 0;
}

/** Whether every label is whole numbers joined by "," in rising order: the codes of the options chosen. */
function codesRising(labels: ReadonlyMap<string, { spelling: string }>): boolean {
  for (const { spelling } of labels.values()) {
    const codes = spelling.split(',').map((part) => part.trim());
    if (codes.some((code) => !/^\d{1,3}$/.test(code)) || codes.some((code, i) => i > 0 && Number(code) <= Number(codes[i - 1]))) return false;
  }
  return true;
}

// An option's id as a platform writes it beside its text: a dozen letters and digits or more, both, no space.
const OPTION_ID = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{12,}$/;

/** Whether most parts of a multi-select column's cells (see joinedParts) are option ids rather than options' names. */
function optionIds(profile: ValueProfile): boolean {
  const parts = profile.labels === null ? [...(profile.parts?.cells.keys() ?? [])] : [...profile.labels.values()].flatMap((l) => splitChoices(l.spelling).map((part) => normalizeText(part)));
  const distinct = [...new Set(parts.filter((part) => part !== ''))];
  return distinct.filter((part) => OPTION_ID.test(part)).length * 2 > distinct.length;
}

// A column with more distinct labels than this is not a rating scale with a few odd answers.
const PARTLY_LABELLED_MAX = 12;

/**
 * A column that is mostly answered in labels of a known set but also in labels the set does not
 * know ("Very good", "Good", "Meh"), or in two labels of one point of it ("Algo satisfecho" and
 * "Bastante satisfecho" on a four-point set): which set, and those labels, most used first.
 */
function partlyLabelled(profile: ValueProfile, vocabulary: Vocabulary): { set: string; unmapped: UnmappedLabel[]; why: string } | null {
  const labels = profile.labels;
  if (labels === null || labels.size > PARTLY_LABELLED_MAX || labels.size < 3) return null;
  const total = [...labels.values()].reduce((sum, l) => sum + l.count, 0);
  const fit = bestLabelSet(labelCounts(profile), vocabulary.labelSets.values(), (hits) => hits >= total / 2, plainYesNo(vocabulary));
  if (fit === null || fit.set.points - fit.unobserved < 2) return null;
  const unknown = unknownLabels(labels, fit.set.values);
  const listed = (found: readonly UnmappedLabel[]) => found.map((u) => `"${u.label}"`).join(', ');
  if (unknown.length > 0) return { set: fit.set.id, unmapped: unknown, why: `${listed(unknown)} ${unknown.length === 1 ? 'is not a label' : 'are not labels'} of it` };
  // Every answer is a label of the set, and some two are one point of it.
  const byPoint = new Map<number, Array<[string, { count: number; spelling: string }]>>();
  for (const entry of labels) {
    const point = fit.set.values.get(entry[0]) as number;
    byPoint.set(point, [...(byPoint.get(point) ?? []), entry]);
  }
  const shared = [...byPoint.values()].filter((same) => same.length > 1).map((same) => unknownLabels(new Map(same), new Map()));
  const unmapped = unknownLabels(new Map(shared.flat().map((u) => [u.label, { count: u.count, spelling: u.label }])), new Map());
  return { set: fit.set.id, unmapped, why: `${shared.map(listed).join(' and ')} ${shared.length === 1 ? 'are one point' : 'are each one point'} of it` };
}

/** Labels in the sample of a labelled column that its scale does not know: the answers its coder finds invalid. */
export function unmappedLabels(profile: ValueProfile, scale: Scale, vocabulary: Vocabulary, aliases: Readonly<Record<string, number>> = {}): UnmappedLabel[] {
  if (scale.kind !== 'labels' || profile.labels === null) return [];
  const code = makeAnswerCoder(scale, vocabulary, PLAIN_FORMAT, { aliases });
  const known = new Map([...profile.labels].filter(([, { spelling }]) => code(spelling) !== 'invalid').map(([folded]) => [folded, 0]));
  return unknownLabels(profile.labels, known);
}

function unknownLabels(labels: NonNullable<ValueProfile['labels']>, known: ReadonlyMap<string, number>): UnmappedLabel[] {
  return [...labels]
    .filter(([folded]) => !known.has(folded))
    .map(([, { count, spelling }]) => ({ label: spelling, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}

function numeric(min: number, max: number): Scale {
  return { kind: 'numeric', min, max, labels: null, labelSet: null, reversed: false };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/**
 * Only one column can be the overall satisfaction (or recommend, or effort) question: the one read
 * with the most confidence, the first of those on a tie. The others are scored as items.
 */
function keepBest(columns: ColumnModel[], role: 'csat' | 'nps' | 'ces', lexicons: readonly Lexicon[]): void {
  const candidates = role === 'ces' ? easeBattery(columns.filter((c) => c.role === role), lexicons) : role === 'csat' ? overallOfNothing(columns, lexicons) : columns.filter((c) => c.role === role);
  // Several columns that only speak of satisfaction ("Delivery - Satisfaction", "Support -
  // Satisfaction") rate several things: none of them is the overall question, unless one alone
  // says "overall" ("Wie zufrieden sind Sie insgesamt …?" beside "… mit der Lösung Ihres Anliegens?").
  const overall = role === 'csat' ? candidates.filter((c) => saysOverall(c.question ?? c.name, lexicons)) : [];
  const [only] = overall;
  if (candidates.length > 1 && candidates.every((c) => c.confidence !== 'high') && overall.length === 1 && only !== undefined) {
    for (const column of candidates) {
      if (column === only) continue;
      column.role = 'item';
      column.evidence.push(`another column asks for overall satisfaction ("${only.name}"): scored as an item`);
    }
    return;
  }
  if (role === 'ces') {
    chooseEffort(onEaseScale(candidates, lexicons), lexicons);
    if (columns.filter((c) => c.role === 'ces').length === 1 && candidates.length === 1) easeOfAStepAmongItems(columns, candidates[0] as ColumnModel, lexicons);
    return;
  }
  if (candidates.length > 1 && candidates.every((c) => c.confidence !== 'high')) {
    for (const column of candidates) {
      column.role = 'item';
      column.evidence.push(`${candidates.length} columns speak of ${role === 'csat' ? 'satisfaction' : role} on weak evidence: none is taken for the overall question`);
    }
    return;
  }
  const best = mostConfident(candidates);
  for (const column of candidates) {
    if (column === best) continue;
    column.role = 'item';
    column.evidence.push(`another ${role} column is read with more confidence or came first ("${best?.name}"): scored as an item`);
  }
}

/** The column read with the most confidence, the first of those on a tie; null of none. */
function mostConfident(columns: readonly ColumnModel[]): ColumnModel | null {
  return columns.reduce<ColumnModel | null>((a, b) => (a === null || RANK[b.confidence ?? 'high'] > RANK[a.confidence ?? 'high'] ? b : a), null);
}

/**
 * Of several effort questions, the one about the effort of the whole interaction, of getting
 * one's issue handled, is the CES; a question of how easy one step was ("How easy was it to find
 * the product?", "Ease of navigating the website") asks about that step, and is an item (of the
 * dimension it names, see easeBattery, or of none), never the CES beside such a question. In this
 * order: a question of effort itself (Lexicon.effort `effort`: "How much effort did you personally
 * have to put forth …?", the CES wording); of getting one's issue resolved (a word of resolution or
 * solving: "How easy was it to resolve your issue?", CES 2.0's "… to handle my issue"); of the
 * whole interaction (Lexicon.effort `whole`: help, one's request or problem, dealing with the
 * company, overall); else of one step each, where the most confident, then the first, is taken and
 * its evidence says so, as the others' say which was. The same for labels and numbers: the scale
 * says how it was asked, not what about.
 */
function chooseEffort(candidates: readonly ColumnModel[], lexicons: readonly Lexicon[]): void {
  if (candidates.length < 2) return;
  const text = (c: ColumnModel) => c.question ?? c.name;
  const effortItself = (c: ColumnModel) => lexicons.some((lexicon) => matchKeywords(text(c), lexicon.effort.effort).length > 0);
  const whole = (c: ColumnModel) => lexicons.flatMap((lexicon) => matchKeywords(text(c), lexicon.effort.whole ?? []).map((k) => `"${k}" (${lexicon.language})`))[0];
  const tiers: Array<{ of: (c: ColumnModel) => boolean; chosen: (c: ColumnModel) => string; others: string }> = [
    { of: effortItself, chosen: () => 'the one that asks about the effort itself', others: 'asks about the effort itself' },
    { of: (c) => resolvesIssue(text(c), lexicons), chosen: () => "the one that asks about getting one's issue resolved", others: "asks how easy it was to get one's issue resolved" },
    { of: (c) => whole(c) !== undefined, chosen: (c) => `the one that asks about the whole interaction (header keyword ${whole(c) ?? ''})`, others: 'asks about the whole interaction' },
  ];
  for (const tier of tiers) {
    const chosen = mostConfident(candidates.filter(tier.of));
    if (chosen === null) continue;
    for (const column of candidates) {
      if (column !== chosen) notEffort(column, `another question of ${effortItself(column) ? 'effort' : 'ease'} ${tier.others} ("${chosen.name}"), which is the effort question: this one asks about ${tier.of(column) ? 'the same, and came after it or is read less surely' : 'one step'}, scored as an item of no dimension`);
    }
    chosen.evidence.push(`of ${candidates.length} questions of effort or ease, ${tier.chosen(chosen)}${candidates.filter(tier.of).length > 1 ? ', the most confident, then the first, of those' : ''}`);
    return;
  }
  const chosen = mostConfident(candidates) as ColumnModel;
  for (const column of candidates) {
    if (column !== chosen) notEffort(column, `${candidates.length} questions ask how easy something was, each about one step, none about the effort itself, the whole interaction or getting one's issue resolved: "${chosen.name}", the most confident, then the first, is taken for the effort question (--map ces=COLUMN names another); this one is scored as an item of no dimension`);
  }
  chosen.evidence.push(`of ${candidates.length} questions of ease, each about one step, none about the effort itself, the whole interaction or getting one's issue resolved: taken for the effort question as the most confident, then the first (--map ces=COLUMN names another)`);
}

/** The family of a scale's label set ("satisfaction" of `satisfaction-5`), or null for numbers. */
function setFamily(column: ColumnModel): string | null {
  const id = column.scale?.labelSet;
  return id === null || id === undefined ? null : (id.match(/^[a-z]+/)?.[0] ?? null);
}

/**
 * A question of ease answered on a scale of ease or effort ("Very difficult" … "Very easy"), or in
 * numbers with no labels of another set, asks how easy it was; one answered in the labels of
 * satisfaction ("Facilité des retours et remboursements" rated Très insatisfait … Très satisfait, a
 * row of a grid of aspects) asks how satisfied the respondent was with that ease: an item (of the
 * dimension it names, or of none), never the effort question, alone or beside others, as a "How
 * easy was it …?" answered in labels of another scale is (see detectColumn). Beside a question on a
 * scale of ease or effort, one answered in the labels of any other set (agreement, quality) gives way
 * too, unless it is a statement that the company made it easy (CES 2.0, answered in agreement) or
 * asks about the effort itself, getting one's issue resolved or the whole interaction: such a scale
 * says how it was asked, not what about (see chooseEffort). Returns the questions left.
 */
function onEaseScale(candidates: readonly ColumnModel[], lexicons: readonly Lexicon[]): ColumnModel[] {
  const own = (c: ColumnModel) => c.scale !== null && c.scale.kind !== 'binary' && (EASE_SETS.test(c.scale.labelSet ?? '') || (c.scale.kind === 'numeric' && c.scale.labelSet === null));
  const asked = candidates.find(own);
  const text = (c: ColumnModel) => c.question ?? c.name;
  const aboutWhole = (c: ColumnModel) => resolvesIssue(text(c), lexicons) || lexicons.some((lexicon) => matchKeywords(text(c), [...lexicon.effort.effort, ...(lexicon.effort.whole ?? [])]).length > 0 || madeEasy(text(c), lexicon, false) !== undefined);
  const gives = (c: ColumnModel) => {
    const family = setFamily(c);
    if (family === null || own(c)) return false;
    return family === 'satisfaction' || (asked !== undefined && !aboutWhole(c));
  };
  for (const column of candidates.filter(gives)) {
    const dimension = findKeywords(questionText(column.name, column.question), lexicons).dimension;
    const beside = asked === undefined ? '' : `; "${asked.name}" asks how easy on a scale of ease or effort`;
    notEffort(column, `a question of ease answered in labels of the ${column.scale?.labelSet ?? ''} set, not of ease or effort: it rates ${setFamily(column) === 'satisfaction' ? 'how satisfied the respondent was with that ease' : 'that step on another scale'}, an item of ${dimension === null ? 'no dimension' : `${dimension.id} (header keyword ${shown(dimension.hits)})`}, not the effort question${beside} (--map ces=COLUMN makes it the effort question)`);
    if (dimension !== null) column.dimension = dimension.id;
    column.easeItem = true;
  }
  return candidates.filter((c) => c.role === 'ces');
}

/**
 * The only question of ease in the survey, asking about one step ("Ease of ordering", "How easy
 * was it to navigate the website?", "Facilidad para realizar el pedido", "Facilité de commande",
 * "Einfachheit der Bestellung", "Facilidade de fazer o pedido", "Łatwość składania zamówienia":
 * none of effort itself, of getting one's issue resolved or of the whole interaction, see
 * chooseEffort), that stands inside the survey's battery of items — the rated columns right before
 * and right after it are items of a dimension on its scale, answered in the same set (the same
 * labels, or numbers as it is) — rates that step as the items beside
 * it rate theirs: an item (of the dimension it names, or of none), not the CES, which is the effort
 * of the whole interaction. Standing apart from the items (beside the overall questions, first or
 * last of them), it stays the effort question: that is where a survey asks its CES, of whatever
 * interaction it is about.
 */
function easeOfAStepAmongItems(columns: readonly ColumnModel[], only: ColumnModel, lexicons: readonly Lexicon[]): void {
  const text = only.question ?? only.name;
  const scale = only.scale;
  if (only.role !== 'ces' || scale === null) return;
  if (resolvesIssue(text, lexicons) || lexicons.some((lexicon) => matchKeywords(text, [...lexicon.effort.effort, ...(lexicon.effort.whole ?? [])]).length > 0)) return;
  const at = columns.indexOf(only);
  const rated = (c: ColumnModel) => c.scale !== null && c.role !== 'ignored' && c.role !== 'id';
  const before = columns.slice(0, at).reverse().find(rated);
  const after = columns.slice(at + 1).find(rated);
  // The same answers, not only the same range: an ease question on its own ease labels ("Very
  // difficult" … "Very easy") between two items answered 1-5 in numbers is no row of their battery.
  const onScale = (c: ColumnModel | undefined): c is ColumnModel => c !== undefined && c.role === 'item' && c.scale?.min === scale.min && c.scale.max === scale.max && c.scale.labelSet === scale.labelSet;
  const item = (c: ColumnModel | undefined): c is ColumnModel => onScale(c) && c.dimension !== null;
  // A row of a grid of statements ("Em que medida concorda …? - A app é fácil de usar", last of
  // the trust and service rows) stands among them wherever it is in the grid: the other rows of its
  // question, two or more, all items on its scale and one at least of a dimension. A statement that
  // the company made something easy (CES 2.0) stays the effort question.
  const stem = matrixRow(text)?.stem;
  const rows = stem === undefined ? [] : columns.filter((c) => c !== only && matrixRow(c.question ?? c.name)?.stem === stem);
  const inGrid = rows.length >= 2 && rows.every(onScale) && rows.some(item) && !lexicons.some((lexicon) => madeEasy(text, lexicon, false) !== undefined);
  if (!(item(before) && item(after)) && !inGrid) return;
  const beside = inGrid ? rows.filter(item).slice(0, 2) : [before as ColumnModel, after as ColumnModel];
  const dimension = findKeywords(text, lexicons).dimension;
  notEffort(only, `the only question of ease, about one step, standing among ${inGrid ? 'the rows of its grid, items' : 'items'} of dimensions on its scale (${beside.map((c) => `"${c.name}"`).join(', ')}): it rates that step as they rate theirs, an item of ${dimension === null ? 'no dimension' : `${dimension.id} (header keyword ${shown(dimension.hits)})`}, not the effort question, which is about the whole interaction (--map ces=COLUMN makes it the effort question)`);
  if (dimension !== null) only.dimension = dimension.id;
}

/** A question of ease that is not the effort question: an item, whose evidence no longer says it is. */
function notEffort(column: ColumnModel, why: string): void {
  column.role = 'item';
  column.evidence = column.evidence.map((line) => line.replace(' → customer effort', ' → a question of ease or effort'));
  column.evidence.push(why);
}

/** Whether a question of ease asks about getting one's issue resolved: a word of resolution or of solving. */
function resolvesIssue(text: string, lexicons: readonly Lexicon[]): boolean {
  return lexicons.some((lexicon) => matchKeywords(text, [...(lexicon.context.resolution ?? []), ...(lexicon.context.solving ?? [])]).length > 0);
}

/**
 * The overall questions that name no dimension. An overall phrase may name one ("Overall
 * satisfaction with delivery", "Gesamtzufriedenheit mit der Lieferung", "Jak ogólnie oceniasz
 * dostawę?"): beside an overall question that names none ("Overall, how satisfied are you with
 * Acme?"), it rates that dimension and becomes an item of it; several that each name one are all
 * items, and there is no CSAT. Alone, it stays the overall question, whatever else the survey
 * rates: "Dans l'ensemble, comment évaluez-vous l'assistance que vous avez reçue ?" is a support
 * survey's CSAT beside "Votre problème a-t-il été résolu ?", and nothing in the values tells it
 * from a delivery survey's "Overall satisfaction with delivery" beside a question of the price.
 * "Service" alone ("our service", "unser Service", "nuestro servicio") is the company's offering
 * as a whole and names no dimension (the lexicons' `~service` needs a word of whom or what beside
 * it: customer, staff, team).
 */
function overallOfNothing(columns: ColumnModel[], lexicons: readonly Lexicon[]): ColumnModel[] {
  const candidates = columns.filter((c) => c.role === 'csat');
  const named = candidates.map((column) => ({ column, dimension: findKeywords(questionText(column.name, column.question), lexicons).dimension }));
  const plain = named.filter((n) => n.dimension === null);
  if (plain.length === named.length || named.length === 1) {
    for (const { column, dimension } of named) {
      if (dimension !== null) column.evidence.push(`header keyword ${shown(dimension.hits)} names ${dimension.id}, but it is the only overall question: kept as the overall question`);
    }
    return candidates;
  }
  for (const { column, dimension } of named) {
    if (dimension === null) continue;
    column.role = 'item';
    column.dimension = dimension.id;
    column.overallItem = true;
    const worded = keywordConfidence(dimension.hits);
    column.confidence = RANK[worded] < RANK[column.confidence ?? 'high'] ? worded : (column.confidence ?? 'high');
    const why = plain[0] !== undefined ? `another overall question names no dimension ("${plain[0].column.name}")` : `${named.length} overall questions each name a dimension`;
    column.evidence.push(`an overall question naming what it rates (header keyword ${shown(dimension.hits)}) and ${why}: an item of ${dimension.id}, not the overall question`);
  }
  return plain.map((n) => n.column);
}

/**
 * Marks the items of a dimension that ask for satisfaction overall (`overallItem`): those that
 * overallOfNothing made items, and those whose weak word of satisfaction gave way to the dimension
 * they name ("Wie zufrieden sind Sie insgesamt mit der Lieferung?"), so that a report without a
 * CSAT can say they were found.
 */
function overallItems(columns: readonly ColumnModel[], lexicons: readonly Lexicon[]): void {
  for (const column of columns) {
    if (column.role !== 'item' || column.dimension === null || column.overallItem === true) continue;
    const text = questionText(column.name, column.question);
    const { role } = findKeywords(text, lexicons);
    if ((role.csatStrong !== undefined || role.csatWeak !== undefined) && saysOverall(text, lexicons)) column.overallItem = true;
  }
}

// Words of address after which "overall" qualifies the question ("How satisfied are you overall",
// "Wie zufrieden sind Sie insgesamt", "Êtes-vous globalement satisfait").
const ADDRESS = new Set(['you', 'sie', 'vous', 'usted', 'ustedes', 'voce', 'voces', 'pan', 'pani', 'panstwo', 'jus', 'tu']);

/**
 * Whether a header asks for satisfaction overall: a word of "overall" (roles.csat.overall) that
 * opens the question ("Overall, how satisfied …", "Globalement, …", "En general, …"), closes it
 * ("… with us overall?") or follows the word of address ("… sind Sie insgesamt …"); not one that
 * qualifies a noun ("the overall look of the website", "el diseño global de la web").
 */
function saysOverall(header: string, lexicons: readonly Lexicon[]): boolean {
  const words = normalizeText(header.replace(/\([^()]*\)/g, ' ')).split(' ').filter((w) => w !== '');
  return lexicons.some((lexicon) =>
    lexicon.roles.csat.overall.some((keyword) => {
      const phrase = normalizeText(keyword.replace(/\*$/, '')).split(' ');
      const stem = keyword.endsWith('*');
      const at = (i: number) => phrase.every((p, j) => (stem && j === phrase.length - 1 ? (words[i + j] ?? '').startsWith(p) : words[i + j] === p));
      return words.some((_, i) => at(i) && (i === 0 || i + phrase.length === words.length || ADDRESS.has(words[i - 1] ?? '')));
    }),
  );
}

/**
 * Several questions of how easy something was: those that name a dimension ("Wie einfach war es,
 * den Kundenservice zu erreichen?", "… Ihre Lieferung zu verfolgen?") rate the ease of that thing
 * and become items of it; the candidates left, naming none ("… unsere Website zu nutzen?") or
 * asking for the effort itself ("Wie viel Aufwand …?", put first), compete for the effort question. Where
 * every candidate names a dimension, all are items: a battery, no effort question. One alone
 * stays the effort question whatever it names ("It was easy for me to contact customer service").
 */
function easeBattery(candidates: ColumnModel[], lexicons: readonly Lexicon[]): ColumnModel[] {
  if (candidates.length < 2) return candidates;
  const named = candidates.map((column) => {
    const text = column.question ?? column.name;
    const effort = lexicons.some((lexicon) => matchKeywords(text, lexicon.effort.effort).length > 0);
    // A question of the whole interaction names what it rates in words of service ("¿Qué tan
    // fácil fue obtener ayuda?", help): it is the effort question (see chooseEffort), no item.
    const whole = resolvesIssue(text, lexicons) || lexicons.some((lexicon) => matchKeywords(text, lexicon.effort.whole ?? []).length > 0);
    return { column, effort, dimension: effort || whole ? null : findKeywords(text, lexicons).dimension };
  });
  const rating = named.filter((n) => n.dimension !== null);
  for (const { column, dimension } of rating) {
    if (dimension === null) continue;
    column.role = 'item';
    column.dimension = dimension.id;
    column.confidence = keywordConfidence(dimension.hits) === 'high' && column.confidence === 'high' ? 'high' : 'medium';
    column.evidence.push(`one of ${candidates.length} questions of effort or ease, naming what it rates: header keyword ${shown(dimension.hits)} → an item of ${dimension.id}, not the effort question`);
  }
  // A question of the effort itself comes first: of equal confidence, the first is the effort question.
  const left = named.filter((n) => n.dimension === null);
  return [...left.filter((n) => n.effort), ...left.filter((n) => !n.effort)].map((n) => n.column);
}

/**
 * A survey without an overall-satisfaction question often has one overall rating of what it is
 * about ("review score", "OverallRating", "Please rate Firefox"): when exactly one rated column of
 * no dimension has a header that asks for a rating or satisfaction, it is the survey's CSAT.
 */
function overallRating(columns: ColumnModel[], lexicons: readonly Lexicon[], grouped: ReadonlySet<number>): void {
  if (columns.some((c) => c.role === 'csat')) return;
  const words = lexicons.flatMap((l) => l.context.csat ?? []);
  // The file's single rating: one of several unnamed ratings could rate anything.
  const rated = columns.filter((c) => c.role === 'item');
  const [only] = rated;
  if (only === undefined || rated.length > 1 || only.dimension !== null || only.scale === null || only.scale.kind === 'binary' || grouped.has(only.index)) return;
  const [word] = matchKeywords(only.question ?? only.name, words);
  if (word === undefined) return;
  only.role = 'csat';
  only.evidence.push(`the only rating of the survey's subject among its 1 rated column ("${word}"): read as its overall satisfaction`);
  only.confidence = only.confidence === 'low' ? 'low' : 'medium';
}

/**
 * A low-confidence reading never feeds a headline, the index, drivers or gates: a csat, nps, ces or
 * complaint column read on weak evidence is scored as an item of no dimension, an item's dimension
 * is left out, and `suggestion` says what it would have been, for the config or `--map` to confirm.
 */
function leaveOutIfUnsure(column: ColumnModel): void {
  if (column.confidence !== 'low') return;
  const headline = column.role === 'csat' || column.role === 'nps' || column.role === 'ces' || column.role === 'complaint';
  if (!headline && column.dimension === null) return;
  column.suggestion = { role: column.role, dimension: column.dimension };
  const was = `${column.role}${column.dimension === null ? '' : ` in ${column.dimension}`}`;
  if (headline) column.role = 'item';
  column.dimension = null;
  column.evidence.push(`low confidence: left out as ${was} until confirmed (--map or satisfy init)`);
}

/**
 * The share of the answers that are sentences: of SENTENCE_MIN_WORDS words or more, ending in a
 * full stop, an exclamation or a question mark (a closing quote or bracket after it aside).
 */
function sentenceShare(labels: NonNullable<ValueProfile['labels']>): number {
  let sentences = 0;
  let answers = 0;
  for (const { count, spelling } of labels.values()) {
    if ((spelling.match(/\p{L}+/gu)?.length ?? 0) >= SENTENCE_MIN_WORDS && /[.!?]["'»”)\]]*$/u.test(spelling.trim())) sentences += count;
    answers += count;
  }
  return answers === 0 ? 0 : sentences / answers;
}

/** The mean number of words of a column's answers, each distinct answer weighted by how often it was given. */
function meanWords(labels: NonNullable<ValueProfile['labels']>): number {
  let words = 0;
  let answers = 0;
  for (const { count, spelling } of labels.values()) {
    words += count * (spelling.match(/\p{L}+/gu)?.length ?? 0);
    answers += count;
  }
  return answers === 0 ? 0 : words / answers;
}
