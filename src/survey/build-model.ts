import { SatisfyError, UnknownColumnError } from '../errors.js';
import { indexOfColumn } from '../text/column-name.js';
import { parseNumber } from '../text/parse-number.js';
import { EXCEL_SERIALS, excelSerialDay } from '../text/parse-date.js';
import type { ColumnConfig, DimensionConfig, SatisfyConfig, ScaleConfig } from './config.js';
import { checkConfigContradictions } from './config-contradictions.js';
import { CODED } from './coded-labels.js';
import { settleConsentGates } from './consent.js';
import { detectSurvey, ratingScale, scaleHint, unmappedLabels, yesNoScale, type HeaderShape } from './detect-columns.js';
import { INTENSITY } from './intensity-scale.js';
import { SEEN_POINTS, setPrefix, type LabelSet } from './label-sets.js';
import { inTheSetsOrder, labelledDirection } from './labelled-direction.js';
import { lexiconsFor, type Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import { pairImportance, PAIRED_ROLES } from './pair-importance.js';
import { profileValues, withLaterAnswers, type LaterAnswers, type ValueProfile } from './profile-values.js';
import { reverseItems } from './reverse-items.js';
import { BUILT_IN_DIMENSIONS, RATED_ROLES, SCALED_ROLES, type ColumnModel, type DimensionModel, type SurveyModel } from './survey-model.js';
import { directed, MAX_SCALE_END, MAX_SCALE_POINTS, type ReversalReason, type Scale } from './scale.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';
import type { QualtricsSurvey } from './qualtrics-survey.js';
import { readSurveyFile, type SurveyFileUse } from './survey-file.js';
import { effortDirection } from './effort-direction.js';
import { answerCodes, answerCodeSetting } from './answer-codes.js';
import { holdBackCustomerFigures, surveyAudience, workplaceWords } from './survey-audience.js';

/** `--map <target>=<column>[,<column>...]`: a dimension id, or `csat`, `nps` or `ces`. */
export interface ColumnMapping {
  target: string;
  columns: string[];
  /** The columns as the flag wrote them, before they were split at commas: a column of that whole name is the one meant (see applyMapping). */
  whole?: string;
}

export interface BuildModelOptions {
  /** The config file's settings and the file's name; the flags below win over them. */
  config?: { settings: SatisfyConfig; path: string };
  mappings?: readonly ColumnMapping[];
  /** The column that weights the rows. Detection marks weight-like columns but never applies them. */
  weightColumn?: string;
  /** Answers of one's own that mean "no answer" (`--missing 0`), excluded and counted as notApplicable. */
  missing?: readonly string[];
  /** The language whose keywords are tried first (`--lang pl`). */
  language?: string;
  /** The file the header came from, for error messages. */
  file?: string;
  /**
   * Whole-number answers of rated columns read after the sample, by column index (value → count):
   * with them, a scale's points come from every row read (see laterAnswers in analyze-files).
   */
  laterAnswers?: LaterAnswers;
  /** A Qualtrics survey file (--survey, or the config's `survey`) and its name as the user gave it: its reading of the columns it matches wins over detection, the config and flags over it. */
  survey?: { survey: QualtricsSurvey; path: string };
}

/** The roles one column each holds: `--map csat=…` names it, not a dimension. */
export const SINGLE_ROLES: ReadonlySet<string> = new Set(['csat', 'nps', 'ces']);

/** What a survey's columns are taken to be, and the sample and header they were read from. */
interface Draft {
  columns: ColumnModel[];
  sample: readonly (readonly string[])[];
  header: HeaderShape;
  vocabulary: Vocabulary;
  file: string | undefined;
  labels: Map<string, string>;
  laterAnswers: LaterAnswers | undefined;
  /** The config's `importanceOf` settings: the importance column, the column it names, and where. */
  importancePairs: Array<{ column: ColumnModel; target: string; source: string }>;
  /** Columns whose direction the config set ("reverse"): detection leaves it as it is. */
  fixed: Set<number>;
}

/**
 * Builds the survey model of a file from its header and a sample of its rows: detection first,
 * then the config file, then the command-line flags, each winning over what came before.
 */
export function buildSurveyModel(header: HeaderShape, sample: readonly (readonly string[])[], options: BuildModelOptions = {}): SurveyModel {
  const settings = options.config?.settings ?? {};
  const forced = options.language ?? settings.language;
  const lexicons = lexiconsFor(forced);
  const vocabulary = buildVocabulary(lexicons, [...(settings.missing ?? []), ...(options.missing ?? [])]);
  const detection = detectSurvey(header, sample, vocabulary, lexicons, forced, options.laterAnswers);
  // Whom the survey asks is told from its questions before the config and flags, which may name any figure on any survey.
  const read = surveyAudience(detection.columns, detection.keywordLexicons);
  // The config's `audience` wins over the questions' words, and says so beside what they said.
  const audience = settings.audience === undefined || settings.audience === read.audience ? read : { audience: settings.audience, evidence: `${options.config?.path ?? 'the config'}: "audience": "${settings.audience}" (the questions alone: ${read.evidence})` };
  if (audience.audience !== 'customers') holdBackCustomerFigures(detection.columns, audience.audience);
  const draft: Draft = { columns: detection.columns, sample, header, vocabulary, file: options.file, labels: new Map(), laterAnswers: options.laterAnswers, importancePairs: [], fixed: new Set() };
  applyFileScales(draft, header.valueLabels);
  const surveyFile = options.survey === undefined ? undefined : applySurveyFile(draft, options.survey);
  if (options.config !== undefined) applyConfig(draft, options.config.settings, options.config.path);
  for (const mapping of options.mappings ?? []) applyMapping(draft, mapping, `--map ${mapping.target}=${mapping.whole ?? mapping.columns.join(',')}`);
  const weightColumn = options.weightColumn ?? settings.weight;
  const weightSource = options.weightColumn !== undefined ? `--weight ${weightColumn}` : `${options.config?.path}: weight`;
  const weight = weightColumn === undefined ? null : applyWeight(draft, weightColumn, weightSource);
  const { columns } = draft;
  settleConsentGates(columns, sample, vocabulary);
  applyImportancePairs(draft);
  pairImportance(columns, lexicons);
  // Directions are decided last, on the items and dimensions as the config and flags leave them.
  reverseItems(columns, { sample, format: header, vocabulary, lexicons: detection.keywordLexicons, language: detection.language.language, leaning: detection.language.leaning ?? null, fixed: draft.fixed, sampleRows: sample.length });
  const find = (role: 'csat' | 'nps' | 'ces') => columns.find((c) => c.role === role)?.index ?? null;
  // The effort question keeps its own direction: which way that is, is said.
  const effort = columns.find((c) => c.role === 'ces');
  if (effort !== undefined) {
    const { direction, why } = effortDirection(effort, lexicons, vocabulary);
    effort.effortDirection = direction;
    effort.evidence.push(direction === null ? `which end is easy is unknown: ${why}` : `${direction}: ${why}`);
    scoreLeastEffortTop(effort, draft.fixed);
  }
  const recommend = columns.find((c) => c.role === 'nps');
  if (recommend !== undefined && workplaceWords(recommend, detection.keywordLexicons).length > 0) recommend.enps = true;
  const timestamp = settings.timestamp === undefined ? (columns.find((c) => c.role === 'timestamp') ?? excelDateColumn(draft, lexicons))?.index ?? null : findColumn(columns, settings.timestamp, 'timestamp', options.file).index;
  return { columns, dimensions: collectDimensions(columns, draft.labels), csat: find('csat'), nps: find('nps'), ces: find('ces'), weight, timestamp, vocabulary, language: { language: detection.language.language, evidence: detection.language.evidence }, audience, ...(surveyFile === undefined ? {} : { surveyFile }) };
}

/**
 * An effort question of known direction is scored towards the least effort: from the top down where
 * its higher codes are more effort, as a scale of effort labels is (see detect-columns), as they run
 * where they are easier (a scale its labels reversed, "1 = Strongly agree" under "How much effort
 * …", is turned back). Its score and its top box are then the least effort whichever way a survey
 * codes it ("made it easy" agreed with, coded 1 = Strongly agree or 1 = Strongly disagree), so that
 * a gate on `ces.topBox.share` means the same on both. Its mean stays on its own scale, and a
 * config's "reverse" wins.
 */
function scoreLeastEffortTop(effort: ColumnModel, fixed: ReadonlySet<number>): void {
  const { scale, effortDirection } = effort;
  if (effortDirection === undefined || effortDirection === null || scale === null || scale.kind === 'binary' || fixed.has(effort.index)) return;
  const reversed = effortDirection === 'higher is more effort';
  if (scale.reversed === reversed) return;
  effort.scale = directed(scale, reversed, 'effort');
  effort.evidence.push(reversed ? 'reversed, so that its score and top box are the least effort' : 'not reversed, so that its score and top box are the least effort');
}

/**
 * When no column is a timestamp: the first column left unknown (or ignored as a quantity) whose
 * header names a date or time (a timestamp keyword of the lexicons) and whose sampled values are
 * all Excel serial day numbers (EXCEL_SERIALS: 1990 to 2099), made the timestamp. Both are needed, so that a column of plain
 * numbers never becomes dates by accident; a config's "timestamp" names any other.
 */
function excelDateColumn(draft: Draft, lexicons: readonly Lexicon[]): ColumnModel | undefined {
  for (const column of draft.columns) {
    // Day numbers are read as a quantity, or not at all; a platform's own metadata column is no candidate.
    if (column.role !== 'unknown' && !(column.role === 'ignored' && (draft.header.hints[column.index] ?? null) === null)) continue;
    const keyword = lexicons.map((l) => ({ language: l.language, words: matchKeywords(column.name, l.roles.timestamp) })).find((k) => k.words.length > 0);
    if (keyword === undefined) continue;
    const values = draft.sample.map((row) => (row[column.index] ?? '').trim()).filter((v) => v !== '');
    if (values.length === 0 || !values.every((v) => excelSerialDay(v) !== null)) continue;
    Object.assign(column, { role: 'timestamp', dimension: null, scale: null, confidence: 'high' });
    column.evidence = [`header keyword "${keyword.words[0]}" (${keyword.language}); ${values.length} of ${values.length} sampled values are Excel serial day numbers (${EXCEL_SERIALS.first} to ${EXCEL_SERIALS.last}: 1990 to 2099)`];
    return column;
  }
  return undefined;
}

/**
 * The rating scales a file defines (an SPSS file's value labels, see savRecords), applied over
 * detection as a config's scale would be, so that the scale is the file's: its codes from lowest
 * to highest, each label the answer of its code, its user-missing answers not applicable. A column
 * takes it when detection rated it, or when its labels are those of a label set the lexicons know
 * (half of them at least); the others (regions, categories) keep their labels as text. When the
 * label set reads the codes from best to worst ("1 Very satisfied" … "5 Very dissatisfied"), the
 * scale is reversed so that a higher score stays better. A config and --map still win over it.
 */
function applyFileScales(draft: Draft, scales: HeaderShape['valueLabels']): void {
  scales?.forEach((scale, index) => {
    const column = draft.columns[index];
    if (scale === null || column === undefined) return;
    if (scale.labels === null) {
      if (SCALED_ROLES.has(column.role)) userMissing(column, scale.missing);
      return;
    }
    const { set, runsDown: codesRunDown } = labelledDirection(scale.labels, draft.vocabulary);
    if (set === null && !SCALED_ROLES.has(column.role)) return;
    // Labels of a set its codes list out of order ("1 Oui", "2 Non", "3 En partie") are read in the set's order.
    const reordered = inTheSetsOrder(scale.labels, draft.vocabulary);
    applyColumnConfig(draft, column.name, { scale: { kind: 'labels', labels: reordered ?? scale.labels }, missing: scale.missing }, "the file's value labels");
    if (reordered !== null) column.evidence.push(`its codes list the labels out of the order of the ${set?.id} set: read in the set's order, ${Object.values(reordered).map((label, i) => `${i + 1} ${label}`).join(', ')}`);
    // Its user-missing answers are its non-answers, not labels left to map.
    const missing = new Set(scale.missing.map((answer) => answer.toLowerCase()));
    column.unmapped = column.unmapped.filter((u) => !missing.has(u.label.toLowerCase()));
    // The direction of the codes, set as a survey file's is (see applySurveyFile), not fixed as a
    // config's "reverse" is: the wording of the question still reverses it afterwards (see
    // reverseItems). Fixed, "The staff were slow in responding" was scored as worded.
    if (column.scale !== null) column.scale = directed(column.scale, reordered === null && codesRunDown, 'codes');
    if (reordered === null && codesRunDown) column.evidence.push(`its codes run from best to worst (${set?.id} set): reversed`);
  });
}

/**
 * The answers written for the user-missing codes of a rated column whose file defines no scale of
 * labels (see FileScale): its non-answers, counted as not applicable, as a scale's are.
 */
function userMissing(column: ColumnModel, answers: readonly string[]): void {
  const had = column.missing ?? [];
  const added = answers.filter((answer) => !had.includes(answer));
  if (added.length === 0) return;
  column.missing = [...had, ...added];
  const known = new Set(answers.map((answer) => answer.toLowerCase()));
  column.unmapped = column.unmapped.filter((u) => !known.has(u.label.toLowerCase()));
  column.evidence.push(`${added.map((answer) => `"${answer}"`).join(', ')}: the file's user-missing values, not applicable`);
}

/**
 * What a Qualtrics survey file (--survey, or the config's `survey`) says of the columns it
 * matches (see readSurveyFile), applied over detection as a config's settings are, through the
 * same path: its scale with the choices' labels and codes, its "N/A"-style choices as the column's
 * own non-answers, its role. Where the labels say the codes run from best to worst the scale is
 * reversed, and a reverse-worded item is still reversed again afterwards. The config and --map
 * win over it.
 */
function applySurveyFile(draft: Draft, file: NonNullable<BuildModelOptions['survey']>): SurveyFileUse {
  const { readings, use } = readSurveyFile(file.survey, file.path, draft.header, draft.vocabulary);
  readings.forEach((reading, index) => {
    const column = draft.columns[index];
    if (reading === null || column === undefined) return;
    // What the survey says replaces what detection guessed from the header and the answers.
    column.evidence = [];
    applyColumnSettings(draft, column, asWritten(reading.settings, draft.sample, index), `${file.path}: ${reading.question}`, reading.evidence);
    if (column.role === 'ranking') column.rankLayout = 'options';
    if (reading.partOf !== undefined) column.partOf = reading.partOf;
    else delete column.partOf;
    if (column.scale !== null && reading.codesRunDown !== undefined) column.scale = directed(column.scale, reading.codesRunDown, 'survey-file');
  });
  return use;
}

/**
 * A survey file's labelled scale as the export writes its answers: where every sampled answer is a
 * number (the choices' codes, as exports write them by default), a numeric scale of those codes
 * with the choices' labels; otherwise (choice text exported) the labels, each also spelled as its code.
 */
function asWritten(settings: ColumnConfig, sample: readonly (readonly string[])[], index: number): ColumnConfig {
  const { scale } = settings;
  if (scale?.kind !== 'labels' || scale.labels === undefined) return settings;
  const answers = sample.map((row) => (row[index] ?? '').trim()).filter((answer) => answer !== '');
  if (!answers.every((answer) => /^-?\d+(\.\d+)?$/.test(answer))) return settings;
  const labels = Object.fromEntries(Object.entries(scale.labels).map(([code, spelled]) => [code, typeof spelled === 'string' ? spelled : (spelled[0] ?? code)]));
  return { ...settings, scale: { kind: 'numeric', labels } };
}

/** The config's settings, applied over detection. Errors name the file and the JSON path. */
function applyConfig(draft: Draft, settings: SatisfyConfig, path: string): void {
  const at = (jsonPath: string) => `${path}: ${jsonPath}`;
  checkConfigContradictions(settings, (name, place) => findColumn(draft.columns, name, at(place), draft.file), path);
  const setRole = (name: string, role: 'timestamp' | 'segment', source: string) => {
    const column = findColumn(draft.columns, name, source, draft.file);
    Object.assign(column, { role, dimension: null, scale: null });
    column.evidence.unshift(`set by ${source}`);
    column.confidence = 'high';
    column.suggestion = null;
  };
  if (settings.timestamp !== undefined) setRole(settings.timestamp, 'timestamp', at('timestamp'));
  (settings.segments ?? []).forEach((name, i) => setRole(name, 'segment', at(`segments[${i}]`)));
  for (const [name, column] of Object.entries(settings.columns ?? {})) applyColumnConfig(draft, name, column, at(`columns[${JSON.stringify(name)}]`));
  for (const role of ['csat', 'nps', 'ces'] as const) {
    const name = settings[role];
    if (name !== undefined) applyMapping(draft, { target: role, columns: [name] }, at(role));
  }
  (settings.dimensions ?? []).forEach((dimension, i) => applyDimensionConfig(draft, dimension, at(`dimensions[${i}]`)));
}

function applyColumnConfig(draft: Draft, name: string, settings: ColumnConfig, source: string): void {
  applyColumnSettings(draft, findColumn(draft.columns, name, source, draft.file), settings, source);
}

/** A column's settings (from the config, a file's value labels or a survey file), applied over what was read before; `said` is the evidence, `set by <source>` by default. */
function applyColumnSettings(draft: Draft, column: ColumnModel, settings: ColumnConfig, source: string, said = `set by ${source}`): void {
  // Why detection (or a survey file) turned the column's scale, if it did: a config that turns it as well says the same.
  const foundReason = column.scale?.reversed === true ? column.scale.reversedBy : undefined;
  if (settings.importanceOf !== undefined) {
    if (settings.role !== undefined && settings.role !== 'importance') throw new SatisfyError('CONFIG_INVALID', `${source}.importanceOf: a column that rates the importance of another has the role "importance", not "${settings.role}"`);
    findColumn(draft.columns, settings.importanceOf, `${source}.importanceOf`, draft.file);
    settings = { ...settings, role: 'importance' };
    draft.importancePairs.push({ column, target: settings.importanceOf as string, source: `${source}.importanceOf` });
  }
  // The complaint question asks whether there was a problem: its yes is the problem (0), whatever
  // detection read it as (a yes/no "… handled?" it took for a problem put right, yes 100), unless
  // the settings say which way it runs.
  const becomesComplaint = settings.role === 'complaint' && column.role !== 'complaint' && settings.reverse === undefined;
  if (settings.role !== undefined) {
    if (SINGLE_ROLES.has(settings.role)) release(draft.columns, settings.role, [column], `${source} names another ${settings.role} column`);
    column.role = settings.role;
    if (!SCALED_ROLES.has(settings.role)) Object.assign(column, { dimension: null, scale: null });
    if (settings.role !== 'item') column.dimension = settings.role === 'complaint' ? 'complaints' : null;
  }
  if (settings.expected !== undefined) column.expected = settings.expected;
  if (column.role === 'attention' && column.expected === undefined) throw new SatisfyError('CONFIG_INVALID', `${source}: an attention check needs "expected", the answer it asks for`);
  if (column.role !== 'attention') delete column.expected;
  if (settings.joined !== undefined) {
    if (column.role !== 'option') throw new SatisfyError('CONFIG_INVALID', `${source}.joined: only a checkbox question written into one column (role "option") has its options joined; this column's role is ${column.role}`);
    // A column of the options chosen, joined, is the whole of its question.
    if (settings.joined) Object.assign(column, { joined: true, partOf: null });
    else delete column.joined;
  }
  // The options chosen, joined in one column, are a checkbox question only while it is one.
  if (column.role !== 'option') delete column.joined;
  if (settings.scale !== undefined) {
    column.scale = configScale(settings.scale, `${source}.scale`, draft.vocabulary);
    column.aliases = labelAliases(settings.scale);
    // The scale given says what the codes are: detection's guess at their order no longer holds.
    delete column.note;
    checkSpelledNumbers(settings.scale, column.scale, `${source}.scale.labels`);
    column.unmapped = unmappedLabels(profileValues(draft.sample, column.index, draft.vocabulary, draft.header), column.scale, draft.vocabulary, column.aliases);
  }
  if (settings.dimension !== undefined) column.dimension = settings.dimension;
  // A scale given to a column detection left unscored makes it a rated item.
  if (settings.scale !== undefined && settings.role === undefined && !SCALED_ROLES.has(column.role)) column.role = 'item';
  // Codes detection read as non-answers (a 0 standing apart, -99) belong to its scale; a scale
  // from the config replaces them with the config's own, if any.
  if (settings.scale !== undefined) column.missing = settings.missing ?? [];
  else if (settings.missing !== undefined) column.missing = settings.missing;
  if (SCALED_ROLES.has(column.role) && column.scale === null) column.scale = scaleOf(draft, column, source, column.role === 'complaint');
  // So is a scale the config gives the complaint question, detected or named (a cold trial: a
  // binary scale of "No"/"Yes" given to the detected problem question scored yes 100, complaints 13.8).
  if (settings.reverse === undefined && column.role === 'complaint' && (becomesComplaint || settings.scale !== undefined) && column.scale?.kind === 'binary' && !column.scale.reversed) {
    column.scale = directed(column.scale, true, 'problem');
    column.evidence = column.evidence.map((why) => why.replace(/ \(yes scores 100\)/, ''));
    if (becomesComplaint || !column.evidence.some((why) => why.includes('yes scores 0'))) column.evidence.unshift('the complaint question: yes is having had a problem (yes scores 0, no scores 100)');
  }
  // A config that says what detection found (as init writes it, its scale and "reverse": true) keeps
  // detection's reason; one that turns the scale gives its own, but for the complaint question's
  // yes/no, turned as its role asks.
  if (settings.reverse !== undefined && column.scale !== null && settings.reverse !== column.scale.reversed) column.scale = directed(column.scale, settings.reverse, (settings.reverse ? foundReason : undefined) ?? configReason(column));
  if (settings.reverse !== undefined) draft.fixed.add(column.index);
  if (column.role !== 'ranking') delete column.rankLayout;
  column.evidence.unshift(said);
  column.confidence = 'high';
  column.suggestion = null;
}

/**
 * Pairs the importance columns the config pairs (`importanceOf`) with the columns it names, once
 * the config and the flags have given every column its role: the column named must be rated (an
 * item, the overall-satisfaction or the effort question). A column the flags have since made
 * something else than an importance column is left unpaired.
 */
function applyImportancePairs(draft: Draft): void {
  for (const { column, target, source } of draft.importancePairs) {
    if (column.role !== 'importance') continue;
    const satisfaction = findColumn(draft.columns, target, source, draft.file);
    if (satisfaction === column) throw new SatisfyError('CONFIG_INVALID', `${source}: a column cannot rate its own importance`);
    if (!PAIRED_ROLES.has(satisfaction.role) || satisfaction.scale === null || satisfaction.scale.kind === 'binary') {
      throw new SatisfyError('CONFIG_INVALID', `${source}: "${satisfaction.name}" is no rated item (its role is ${satisfaction.role}${satisfaction.scale?.kind === 'binary' ? ', yes/no' : ''}); an importance column is paired with an item, the overall-satisfaction or the effort question`);
    }
    column.importanceOf = { column: satisfaction.index, by: 'config' };
    column.evidence.push(`rates the importance of "${satisfaction.name}" (set by ${source})`);
  }
}

/**
 * A Scale from the config's words for it, checked. It depends on the config alone (not on the
 * sample), so that shards of one export read with one config are one survey to `satisfy merge`.
 */
function configScale(settings: ScaleConfig, source: string, vocabulary: Vocabulary): Scale {
  const keys = Object.keys(settings.labels ?? {});
  const values = keys.map(Number);
  if (values.some((v) => !Number.isInteger(v))) throw new SatisfyError('CONFIG_INVALID', `${source}.labels: the keys are the values of the scale, whole numbers such as "1", not ${keys.map((k) => JSON.stringify(k)).join(', ')}`);
  const kind = settings.kind ?? (settings.labels !== undefined || settings.labelSet !== undefined ? 'labels' : 'numeric');
  const set = configLabelSet(settings.labelSet, `${source}.labelSet`, vocabulary);
  const [min, max] = set === null ? configEnds(settings, values, kind) : setEnds(settings, values, set);
  if (min === undefined || max === undefined) throw new SatisfyError('CONFIG_INVALID', `${source}: give min and max, or labels`);
  if (!(min < max)) throw new SatisfyError('CONFIG_INVALID', `${source}: min (${min}) must be below max (${max})`);
  // A lexicon's set on a scale of another number of points: its labels would be read on points
  // they do not name ("Strongly agree", 5 of 5, as 5 on 1-7).
  if (set !== null && max - min + 1 !== set.points) throw new SatisfyError('CONFIG_INVALID', `${source}: the ${set.id} set has ${set.points} points, and ${min}-${max} has ${max - min + 1}: give min and max ${set.points - 1} apart, such as 1-${set.points}`);
  // A yes/no answer is coded 1 (yes) or 0 (no) whatever the scale says (see makeAnswerCoder): on a
  // yes/no scale of 1 and 2, "No" was 0, off the scale, and scored -100.
  if (kind === 'binary' && (min !== 0 || max !== 1)) throw new SatisfyError('CONFIG_INVALID', `${source}: a yes/no question is coded 0 (no) and 1 (yes), not ${min}-${max}: give its labels as {"0": "No", "1": "Yes"}, with the codes the export writes among their spellings: {"0": ["No", "2"], "1": ["Yes", "1"]}`);
  if (max - min + 1 > MAX_SCALE_POINTS) throw new SatisfyError('CONFIG_INVALID', `${source}: ${min}-${max} has ${max - min + 1} points; a rating scale has at most ${MAX_SCALE_POINTS} (0-500)`);
  if (Math.abs(min) > MAX_SCALE_END || Math.abs(max) > MAX_SCALE_END) throw new SatisfyError('CONFIG_INVALID', `${source}: ${min}-${max} lies beyond ±${MAX_SCALE_END}; a rating scale's ends lie near 0 (0-10, 1-5, -3..3, 0-100)`);
  const outside = values.filter((v) => v < min || v > max);
  const from = set === null || settings.min !== undefined ? '' : `; the ${set.id} set's points start at min, 1 unless given`;
  if (outside.length > 0) throw new SatisfyError('CONFIG_INVALID', `${source}.labels: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside ${min}-${max}${from}`);
  const labels = settings.labels === undefined ? null : Object.fromEntries(Object.entries(settings.labels).map(([value, spelled]) => [value, typeof spelled === 'string' ? spelled : (spelled[0] ?? value)]));
  return { kind, min, max, labels, labelSet: settings.labelSet ?? null, reversed: false };
}

/** A config scale's ends without a lexicon's label set: as given, else its labels' keys, else 0-1 for a yes/no question. */
function configEnds(settings: ScaleConfig, values: readonly number[], kind: Scale['kind']): [number | undefined, number | undefined] {
  const min = settings.min ?? (values.length > 0 ? Math.min(...values) : kind === 'binary' ? 0 : undefined);
  const max = settings.max ?? (values.length > 0 ? Math.max(...values) : kind === 'binary' ? 1 : undefined);
  return [min, max];
}

/**
 * A config scale's ends with a lexicon's label set, whose points are the scale's from its min: as
 * given (one end fixes the other), else its labels' keys where they span the set's points (0-4),
 * else 1 to its number of points (labels for some points only, `{"3": "Neither"}`, respell those).
 */
function setEnds(settings: ScaleConfig, values: readonly number[], set: LabelSet): [number, number] {
  const spanned = values.length > 0 && Math.max(...values) - Math.min(...values) + 1 === set.points;
  const min = settings.min ?? (settings.max !== undefined ? settings.max - set.points + 1 : spanned ? Math.min(...values) : 1);
  return [min, settings.max ?? min + set.points - 1];
}

/**
 * The lexicon's label set a config's scale names (`labelSet`); null without one, and for the names
 * detection gives scales it reads otherwise, which `satisfy init` writes back: answers that carry
 * their codes (`coded`), the intensity pattern, the ladders and the points of a set its answers
 * chose (`ease-7-seen`). A name of neither kind is an error.
 */
function configLabelSet(id: string | undefined, source: string, vocabulary: Vocabulary): LabelSet | null {
  if (id === undefined) return null;
  const set = vocabulary.labelSets.get(id);
  if (set !== undefined) return set;
  const ladders = vocabulary.ladders.map((ladder) => `${setPrefix(ladder.family)}-ladder`);
  const seenOf = id.endsWith(SEEN_POINTS) ? vocabulary.labelSets.get(id.slice(0, -SEEN_POINTS.length)) : undefined;
  if (id === CODED || id === INTENSITY || ladders.includes(id) || seenOf !== undefined) return null;
  const known = [...vocabulary.labelSets.keys(), ...ladders].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const spelled = [...known, CODED, INTENSITY].find((name) => name.toLowerCase() === id.toLowerCase());
  const family = id.toLowerCase().replace(/-\d+$/, '');
  const same = known.filter((name) => name.startsWith(`${family}-`));
  const hint = spelled !== undefined ? `did you mean "${spelled}"?` : same.length > 0 ? `the ${family} sets are ${same.join(', ')}` : `a set is named by its family and its number of points (agreement-5); the families are ${[...new Set(known.map((name) => name.replace(/-(\d+|ladder)$/, '')))].join(', ')}`;
  throw new SatisfyError('CONFIG_INVALID', `${source}: no label set is called "${id}"; ${hint}`);
}

/**
 * On a scale of numbers, a number among a value's spellings is a code the export writes for it
 * (see spelledNumbers): it must be off the scale, or the value itself, and spelled for one value.
 * `{"1": ["Very poor", "5"]}` on 1-5 read every 5 as 1.
 */
function checkSpelledNumbers(settings: ScaleConfig, scale: Scale, source: string): void {
  if (scale.kind === 'labels') return;
  const spelledFor = new Map<number, string>();
  for (const [value, spelled] of Object.entries(settings.labels ?? {})) {
    if (typeof spelled === 'string') continue;
    for (const label of spelled.slice(1)) {
      // Read as the file's answers will be, with a decimal point or a decimal comma ("5,0"): which
      // one the file uses is known only once it is read.
      const numbers = new Set([parseNumber(label.trim(), false), parseNumber(label.trim(), true)].filter((number) => !Number.isNaN(number)));
      for (const number of numbers) {
        const other = spelledFor.get(number);
        if (other !== undefined && other !== value) throw new SatisfyError('CONFIG_INVALID', `${source}: "${label.trim()}" is spelled for ${other} and for ${value}`);
        spelledFor.set(number, value);
        if (Number.isInteger(number) && number >= scale.min && number <= scale.max && number !== Number(value)) {
          throw new SatisfyError('CONFIG_INVALID', `${source}["${value}"]: "${label.trim()}" is the scale's own ${number}; a number spelled for a value is a code off the scale (${scale.min}-${scale.max}) or the value itself`);
        }
      }
    }
  }
}

/** The spellings of a config's labels after the first of each value: label → value. */
function labelAliases(settings: ScaleConfig): Record<string, number> {
  const aliases: Record<string, number> = {};
  for (const [value, spelled] of Object.entries(settings.labels ?? {})) if (typeof spelled !== 'string') for (const label of spelled.slice(1)) aliases[label] = Number(value);
  return aliases;
}

function applyDimensionConfig(draft: Draft, dimension: DimensionConfig, source: string): void {
  const items = dimension.items.map((item) => (typeof item === 'string' ? { column: item } : item));
  items.forEach((item, i) => findColumn(draft.columns, item.column, `${source}.items[${i}]`, draft.file));
  applyMapping(draft, { target: dimension.id, columns: items.map((i) => i.column) }, source);
  if (dimension.label !== undefined) draft.labels.set(dimension.id, dimension.label);
  items.forEach((item, i) => {
    const column = findColumn(draft.columns, item.column, `${source}.items[${i}]`, draft.file);
    if (item.weight !== undefined) column.itemWeight = item.weight;
    if (item.reverse !== undefined && column.scale !== null && item.reverse !== column.scale.reversed) column.scale = directed(column.scale, item.reverse, configReason(column));
    if (item.reverse !== undefined) draft.fixed.add(column.index);
  });
}

function applyWeight(draft: Draft, name: string, source: string): number {
  const column = findColumn(draft.columns, name, source, draft.file);
  Object.assign(column, { role: 'weight', dimension: null, scale: null, confidence: 'high', suggestion: null });
  column.evidence.unshift(`set by ${source}`);
  return column.index;
}

/** A column --map names for `target`, or an error that says how to name one with a comma (see findColumn). */
function findMappedColumn(columns: readonly ColumnModel[], name: string, target: string, source: string, file: string | undefined): ColumnModel {
  const withComma = columnNamed(columns, name) === undefined ? columns.find((c) => c.name.includes(',') && c.name.startsWith(name)) : undefined;
  if (withComma === undefined) return findColumn(columns, name, source, file);
  throw new UnknownColumnError(name, source, { file }, `a name with a comma is written in double quotes, --map '${target}="${withComma.name}"', or by its number, #${withComma.index + 1}`);
}

/** A column by its name (exactly, then ignoring case) or by its number, `#1` for the first; undefined for none. */
function columnNamed(columns: readonly ColumnModel[], name: string): ColumnModel | undefined {
  return columns[indexOfColumn(columns.map((c) => c.name), name)];
}

/** A column by its name (exactly, then ignoring case) or by its number, `#1` for the first. */
export function findColumn(columns: readonly ColumnModel[], name: string, source: string, file: string | undefined): ColumnModel {
  const column = columnNamed(columns, name);
  if (column === undefined) throw new UnknownColumnError(name, source, { file }, `columns are: ${columns.map((c) => c.name).join(', ')}`);
  return column;
}

/** Puts the named columns under a dimension (or makes one of them csat, nps or ces); `source` says who asked. */
function applyMapping(draft: Draft, mapping: ColumnMapping, source: string): void {
  const { columns } = draft;
  // A question with a comma ("Generally speaking, is it rude …") is one column when a column has
  // that whole name; else the names between commas are the columns.
  const whole = mapping.whole === undefined || mapping.columns.length < 2 ? undefined : columnNamed(columns, mapping.whole);
  const named = whole !== undefined ? [whole] : mapping.columns.map((name) => findMappedColumn(columns, name, mapping.target, source, draft.file));
  const single = SINGLE_ROLES.has(mapping.target);
  if (single && named.length !== 1) throw new SatisfyError('USAGE', `${source} names ${named.length} columns; ${mapping.target} takes one`);
  release(columns, mapping.target, named, `${source} names other columns`);
  for (const column of named) {
    const scale = column.scale ?? scaleOf(draft, column, source, mapping.target === 'complaints', mapping.target === 'nps');
    // A yes/no question that becomes the complaint question asks whether there was a problem: yes is bad.
    if (mapping.target === 'nps') requireRecommendScale(column.name, scale, source, draft.file);
    const becomesComplaint = mapping.target === 'complaints' && scale.kind === 'binary' && column.role !== 'complaint';
    column.scale = mapping.target === 'nps' ? { ...scale, min: 0, max: 10 } : becomesComplaint ? directed(scale, true, 'problem') : scale;
    if (single) {
      column.role = mapping.target as 'csat' | 'nps' | 'ces';
      column.dimension = null;
    } else {
      column.role = scale.kind === 'binary' && mapping.target === 'complaints' ? 'complaint' : 'item';
      column.dimension = mapping.target;
    }
    column.evidence.unshift(`set by ${source}`);
    column.confidence = 'high';
    column.suggestion = null;
  }
}

/**
 * NPS counts the answers of a 0-10 recommend question (9-10 promoters, 0-6 detractors); a column
 * read on another scale cannot be made one by naming it: its 1-7 answers made an NPS of −79.5 with
 * no promoter possible, without a word. A 0-10 or 1-10 scale is taken as 0-10, as before.
 */
function requireRecommendScale(name: string, scale: Scale, source: string, file: string | undefined): void {
  if (scale.kind === 'numeric' && scale.min >= 0 && scale.max >= 9 && scale.max <= 10) return;
  const read = scale.kind === 'numeric' ? `${scale.min}-${scale.max}` : scale.kind === 'binary' ? 'yes/no' : 'labels';
  throw new SatisfyError('USAGE', `${source}: "${name}" is read on ${read}, and NPS counts the answers of a 0-10 question (9-10 promoters, 0-6 detractors)`, { file }, `map it as an item (--map <dimension>=${name}) or as csat; if it is a 0-10 question whose answers read otherwise, give its scale in the config: "columns": {"${name}": {"role": "nps", "scale": {"min": 0, "max": 10}}}`);
}

/**
 * Sets free the rated columns that held `target` (the csat, nps or ces role, or a dimension) other
 * than `kept`: they stay scored, as items of no dimension, and `why` says so in their evidence. Only
 * one column is the overall-satisfaction (recommend, effort) question; a dimension named by the user
 * holds the items named. A column of problem categories stays with complaints: it is no item.
 */
function release(columns: readonly ColumnModel[], target: string, kept: readonly ColumnModel[], why: string): void {
  for (const column of columns) {
    const held = SINGLE_ROLES.has(target) ? column.role === target : column.dimension === target && RATED_ROLES.has(column.role);
    if (!held || kept.includes(column)) continue;
    column.role = 'item';
    column.dimension = null;
    column.evidence.push(why);
  }
}

/** Why a config turns a column's scale: the complaint question's yes/no is turned for being the problem question (yes the worst), any other because the config says so. */
function configReason(column: ColumnModel): ReversalReason {
  return column.role === 'complaint' && column.scale?.kind === 'binary' ? 'problem' : 'config';
}

/** The scale of a column the user named whose values detection did not read as ratings. */
function scaleOf(draft: Draft, column: ColumnModel, source: string, complaints = false, recommend = false): Scale {
  const profile = withLaterAnswers(profileValues(draft.sample, column.index, draft.vocabulary, draft.header, column.missing), draft.laterAnswers?.get(column.index));
  const rating = ratingScale(column.name, profile, (n) => n > 0, draft.vocabulary);
  if (rating !== null) return rating.scale;
  // A yes/no the user names the complaint question is scored yes the worst answer: the config (or --map) says so.
  if (profile.yesNo > 0) return complaints ? directed(yesNoScale(), true, 'problem') : yesNoScale();
  if (profile.answered === 0) return headerScale(column, source, recommend, draft.file);
  const codes = answerCodes(profile);
  if (codes !== null) throw answerCodesUnread(draft, column, profile, codes, source);
  throw new SatisfyError('NO_SCORABLE_COLUMN', `column "${column.name}" named by ${source} holds no ratings satisfy can score`, { file: draft.file }, 'ratings are integers from 0 to 10 or answers of a known label set; give other labels a scale in satisfy.config.json');
}

// A rating has three points or more: a column of two codes is a yes/no or a choice of two.
const CODED_SCALE_MIN_POINTS = 3;

/**
 * A column the user named whose answers are LimeSurvey's answer codes (`A1` … `A5`), which an
 * export of "Answer codes" writes without their text: the codes number the answers in the order
 * they were added, which the survey may have changed since (its answers are ordered apart from
 * their codes), and say nothing of which end is best, so they are not read by themselves. The
 * error's hint is the config that reads them in code order, `A1` the lowest point, for this column
 * and every other of the file answered in three codes or more, for the user to check (the order,
 * the direction, a "don't know" code after the scale) and keep where it holds.
 */
function answerCodesUnread(draft: Draft, column: ColumnModel, profile: ValueProfile, codes: readonly number[], source: string): SatisfyError {
  const others = draft.columns.flatMap((other) => {
    if (other === column) return [];
    const answers = profileValues(draft.sample, other.index, draft.vocabulary, draft.header, other.missing);
    const held = answerCodes(answers);
    return held === null || held.length < CODED_SCALE_MIN_POINTS ? [] : [answerCodeSetting(other.name, answers, held)];
  });
  const settings = [answerCodeSetting(column.name, profile, codes), ...others];
  const shown = (n: number) => (profile.labels === null ? `A${n}` : ([...profile.labels.values()].find((l) => Number(/\d+/.exec(l.spelling)?.[0]) === n)?.spelling ?? `A${n}`));
  const range = `${shown(codes[0] as number)} … ${shown(codes[codes.length - 1] as number)}`;
  return new SatisfyError(
    'NO_SCORABLE_COLUMN',
    `column "${column.name}" named by ${source} holds answer codes (${range}), as LimeSurvey exports answers by default: they do not say which answer each stands for, nor which end is best`,
    { file: draft.file },
    `export the responses with "Full answers", or, where ${range} run from the worst answer to the best (LimeSurvey numbers answers in the order they were added), read them so with this in satisfy.config.json, after checking it against the survey (reverse a column whose first code is the best answer, move a code that is no answer ("Don't know") from its labels to its "missing", and leave out a column that is no rating: a region, a channel): {"columns": {${settings.join(', ')}}}`,
  );
}

/**
 * The scale of a column the user named that no row read to detect the columns answers (a question
 * added to the form after them): the one its header names ("(0-10)", "1 to 5"), numbers rising
 * from its low end; a header naming the words of its ends ("1 = very easy, 7 = very hard") only
 * for the recommend question, whose ends are known. Else the config must give it.
 */
function headerScale(column: ColumnModel, source: string, recommend: boolean, file: string | undefined): Scale {
  const hint = scaleHint(column.name);
  if (hint !== null && (hint.ends === undefined || recommend)) {
    column.evidence.push(`no row read to detect the columns answers it: its ${hint.min}-${hint.max} scale is the one its header names`);
    return { kind: 'numeric', min: hint.min, max: hint.max, labels: null, labelSet: null, reversed: false };
  }
  const why = hint === null ? 'and its header names no scale' : 'and its header names the words of its ends, which do not say which end is good';
  throw new SatisfyError('NO_SCORABLE_COLUMN', `column "${column.name}" named by ${source} has no answer in the rows read to detect the columns (the first 1,000 at most), ${why}`, { file }, `give its scale in satisfy.config.json: "columns": {${JSON.stringify(column.name)}: {"scale": {"min": 1, "max": 5}}}, with its role or dimension`);
}

function collectDimensions(columns: readonly ColumnModel[], labels: ReadonlyMap<string, string>): DimensionModel[] {
  const ids = [...new Set(columns.flatMap((c) => (c.dimension === null ? [] : [c.dimension])))];
  const order = (id: string) => {
    const builtIn = BUILT_IN_DIMENSIONS.findIndex((d) => d.id === id);
    return builtIn === -1 ? BUILT_IN_DIMENSIONS.length : builtIn;
  };
  ids.sort((a, b) => order(a) - order(b));
  return ids.map((id) => ({
    id,
    label: labels.get(id) ?? BUILT_IN_DIMENSIONS.find((d) => d.id === id)?.label ?? id.charAt(0).toUpperCase() + id.slice(1),
    columns: columns.filter((c) => c.dimension === id).map((c) => c.index),
  }));
}
