import type { FileShape } from '../input/read-csv.js';
import { makeAnswerCoder, PLAIN_FORMAT, type AnswerFormat } from './code-answer.js';
import { lexicons as allLexicons, type Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import { codedScale } from './coded-scale.js';
import { intensityScale } from './intensity-scale.js';
import { bestLabelSet } from './label-sets.js';
import { ladderScale } from './ladder-scale.js';
import { labelCounts, profileValues, type ValueProfile } from './profile-values.js';
import type { Scale } from './scale.js';
import type { ColumnModel, Role, UnmappedLabel } from './survey-model.js';
import { normalizeText } from '../text/normalize-text.js';
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

/** The header of a file as the input layer read it, and how its answers are written. */
export type HeaderShape = Pick<FileShape, 'names' | 'questions' | 'hints'> & AnswerFormat;

/** A header of plain names: one header row, no platform hints, numbers written plainly. */
export function plainHeader(names: readonly string[]): HeaderShape {
  return { names: [...names], questions: names.map(() => null), hints: names.map(() => null), ...PLAIN_FORMAT };
}

interface Keywords {
  role: Partial<Record<Role | 'csatStrong' | 'csatWeak', string>>;
  dimension: { id: string; hits: string[] } | null;
}

/**
 * Works out the role, dimension and scale of each column from its header and a sample of its
 * values, and says why in `evidence`. Values decide what kind of column it is (ratings, yes/no,
 * dates, text); header keywords decide what it measures.
 */
export function detectColumns(header: HeaderShape, sample: readonly (readonly string[])[], vocabulary: Vocabulary, lexicons: readonly Lexicon[] = allLexicons): ColumnModel[] {
  const columns = header.names.map((name, index) => {
    const question = header.questions[index] ?? null;
    const hint = header.hints[index] ?? null;
    if (hint !== null) return { index, name, question, role: hint.role, dimension: null, scale: null, evidence: [hint.why], unmapped: [] };
    const profile = profileValues(sample, index, vocabulary, header);
    // The question text of an extra header row says what the column asks as much as its name.
    const text = question === null || question === name ? name : `${name} ${question}`;
    return { ...detectColumn(index, name, profile, findKeywords(text, lexicons), vocabulary), question };
  });
  keepFirst(columns, 'csat');
  keepFirst(columns, 'nps');
  keepFirst(columns, 'ces');
  return columns;
}

function findKeywords(name: string, lexicons: readonly Lexicon[]): Keywords {
  const role: Keywords['role'] = {};
  const found = (words: string[]) => (words.length > 0 ? words[0] : undefined);
  let dimension: Keywords['dimension'] = null;
  for (const lexicon of lexicons) {
    const tag = (keyword: string | undefined) => (keyword === undefined ? undefined : `"${keyword}" (${lexicon.language})`);
    const { roles } = lexicon;
    role.id ??= tag(found(matchKeywords(name, roles.id)));
    role.timestamp ??= tag(found(matchKeywords(name, roles.timestamp)));
    role.nps ??= tag(found(matchKeywords(name, roles.nps)));
    role.csatStrong ??= tag(found(matchKeywords(name, roles.csat.strong)));
    role.csatWeak ??= tag(found(matchKeywords(name, roles.csat.weak)));
    role.ces ??= tag(found(matchKeywords(name, roles.ces)));
    role.comment ??= tag(found(matchKeywords(name, roles.comment)));
    role.segment ??= tag(found(matchKeywords(name, roles.segment)));
    role.weight ??= tag(found(matchKeywords(name, roles.weight)));
    role.ignored ??= tag(found(matchKeywords(name, roles.ignored)));
    // The dimension with the most keyword hits wins; on a tie, the one listed first.
    for (const [id, keywords] of Object.entries(lexicon.dimensions)) {
      const hits = matchKeywords(name, keywords).map((k) => tag(k) as string);
      if (hits.length > (dimension?.hits.length ?? 0)) dimension = { id, hits };
    }
  }
  return { role, dimension };
}

function detectColumn(index: number, name: string, profile: ValueProfile, keywords: Keywords, vocabulary: Vocabulary): ColumnModel {
  const column: ColumnModel = { index, name, question: null, role: 'unknown', dimension: null, scale: null, evidence: [], unmapped: [] };
  const { role: kw, dimension } = keywords;
  const assign = (role: Role, why: string, scale: Scale | null = null, dimensionId: string | null = null) => {
    column.role = role;
    column.scale = scale;
    column.dimension = dimensionId;
    column.evidence.push(why);
    return column;
  };
  const substantive = profile.answered - profile.notApplicable;
  if (substantive === 0) {
    if (kw.ignored !== undefined) return assign('ignored', `header keyword ${kw.ignored}`);
    return assign('unknown', profile.answered === 0 ? 'no answers in the sample' : 'only non-answers in the sample');
  }
  const fits = (count: number) => count >= FIT * substantive;
  const rating = ratingScale(name, profile, fits, vocabulary);
  const dimensionWhy = dimension === null ? '' : `header keyword ${dimension.hits.join(', ')} → ${dimension.id}`;

  if (kw.ignored !== undefined && rating === null) return assign('ignored', `header keyword ${kw.ignored}: platform metadata`);
  if (kw.id !== undefined && rating === null && profile.distinct === profile.answered) return assign('id', `header keyword ${kw.id}; every sampled value is distinct`);
  if (fits(profile.dateLike)) return assign('timestamp', `${profile.dateLike} of ${substantive} sampled values are dates${kw.timestamp === undefined ? '' : `; header keyword ${kw.timestamp}`}`);
  if (kw.weight !== undefined && fits(profile.numeric) && rating === null) return assign('weight', `header keyword ${kw.weight}; numeric values`);

  // A recommend question with a few answers off the 0-10 scale (a typo, an 11) is still one; the
  // stray answers are excluded as out of scale, counted and warned about.
  if (rating === null && kw.nps !== undefined && fits(profile.zeroToTen)) {
    return assign('nps', `header keyword ${kw.nps}; ${profile.zeroToTen} of ${substantive} sampled values are integers 0-10, read on the 0-10 recommend scale`, numeric(0, 10));
  }
  if (rating !== null) {
    column.unmapped = unmappedLabels(profile, rating.scale, vocabulary);
    if (kw.nps !== undefined && rating.scale.kind === 'numeric' && fits(profile.zeroToTen)) {
      return assign('nps', `header keyword ${kw.nps}; values ${profile.min}..${profile.max} read on the 0-10 recommend scale`, { ...rating.scale, min: 0, max: 10 });
    }
    const scaleWhy = rating.why;
    if (kw.csatStrong !== undefined) return assign('csat', `header keyword ${kw.csatStrong} → overall satisfaction; ${scaleWhy}`, rating.scale);
    if (rating.scale.kind === 'binary' && dimension?.id === 'complaints') {
      return assign('complaint', `${dimensionWhy}; ${scaleWhy} → had a problem (1 scores 0, 0 scores 100)`, { ...rating.scale, reversed: true }, 'complaints');
    }
    if (dimension !== null) return assign('item', `${dimensionWhy}; ${scaleWhy}`, rating.scale, dimension.id);
    if (kw.ces !== undefined) return assign('ces', `header keyword ${kw.ces} → customer effort; ${scaleWhy}`, rating.scale);
    if (kw.csatWeak !== undefined) return assign('csat', `header keyword ${kw.csatWeak} → overall satisfaction; ${scaleWhy}`, rating.scale);
    return assign('item', `rated (${scaleWhy}) but no header keyword names a dimension`, rating.scale);
  }

  const partly = fits(profile.yesNo) ? null : partlyLabelled(profile, vocabulary);
  if (partly !== null) {
    column.unmapped = partly.unmapped;
    const shown = partly.unmapped.map((u) => `"${u.label}"`).join(', ');
    return assign('unknown', `answers partly fit the ${partly.set} set but ${shown} ${partly.unmapped.length === 1 ? 'is not a label' : 'are not labels'} of it: not scored until its labels are mapped in the config`);
  }
  if (fits(profile.yesNo) && dimension?.id === 'complaints') {
    return assign('complaint', `${dimensionWhy}; yes/no answers → had a problem (yes scores 0, no scores 100)`, yesNoScale(true), 'complaints');
  }
  const categories = dimension?.id === 'complaints' && kw.comment === undefined ? problemCategories(profile) : null;
  if (categories !== null) {
    return assign('segment', `${dimensionWhy}; categories of the problem (${categories} options, several to a cell when separated by ; or ,), counted one by one`, null, 'complaints');
  }
  if (kw.comment !== undefined && profile.distinct > SEGMENT_MAX_DISTINCT / 3) return assign('comment', `header keyword ${kw.comment}; free text`);
  const repeated = profile.distinct * 2 <= profile.answered;
  const fewValues = profile.distinct <= SEGMENT_MAX_DISTINCT && repeated;
  if (kw.segment !== undefined && repeated && profile.distinct <= NAMED_SEGMENT_MAX_DISTINCT) return assign('segment', `header keyword ${kw.segment}; ${profile.distinct} distinct values`);
  if (kw.comment !== undefined || profile.meanLength >= COMMENT_MIN_LENGTH) return assign('comment', kw.comment !== undefined ? `header keyword ${kw.comment}` : `free text averaging ${Math.round(profile.meanLength)} characters`);
  if (fewValues && !fits(profile.numeric)) {
    // A question whose header asks for a rating ("How was the delivery?") answered in words no
    // scale knows ("Superb", "OK", "Awful") may be a scale: its labels are listed for mapping.
    const ratingHeader = dimension !== null || kw.csatStrong !== undefined || kw.nps !== undefined;
    if (ratingHeader && !fits(profile.yesNo) && profile.labels !== null && profile.labels.size <= PARTLY_LABELLED_MAX) {
      column.unmapped = unknownLabels(profile.labels, new Map());
      return assign('segment', `${profile.distinct} distinct text values; the header${dimension === null ? '' : ` (${dimensionWhy})`} asks for a rating: if these answers are a scale, map their labels in the config`);
    }
    return assign('segment', `${profile.distinct} distinct text values`);
  }
  if (kw.id !== undefined) return assign('id', `header keyword ${kw.id}`);
  return assign('unknown', 'no header keyword or value pattern matched');
}

/** A scale when the sample looks like ratings: small integers, or one ordered label set. */
export function ratingScale(name: string, profile: ValueProfile, fits: (count: number) => boolean, vocabulary: Vocabulary): { scale: Scale; why: string } | null {
  const labelled = labelledScale(profile, fits, vocabulary);
  if (labelled !== null) return labelled;
  if (profile.min === null || profile.max === null) return null;
  // A scale the header declares wins: a stray 8 or 4.5 in a "(1-5)" column is out of scale or not
  // an integer, not a hint that the scale is something else.
  const hinted = scaleHint(name);
  if (hinted !== null && fits(profile.numeric)) return { scale: numeric(hinted.min, hinted.max), why: `scale ${hinted.min}-${hinted.max} from the header` };
  if (!fits(profile.integers) || profile.min < 0 || profile.max > 10) return null;
  // Only 0 and 1: a yes/no question coded as numbers, not a 0-10 rating.
  if (profile.min === 0 && profile.max === 1) return { scale: { ...yesNoScale(false), labels: { '0': '0 (no)', '1': '1 (yes)' } }, why: 'only 0 and 1: a yes/no question' };
  // Ratings that start at 0 are, in practice, 0-10; those that start at 1 are 1-5, 1-7 or 1-10.
  const min = profile.min === 0 ? 0 : 1;
  const max = min === 0 ? 10 : ([5, 7, 10].find((top) => top >= (profile.max as number)) as number);
  const observed = `integers ${profile.min}..${profile.max}`;
  return { scale: numeric(min, max), why: profile.min === min && profile.max === max ? `${observed}` : `${observed}, read as a ${min}-${max} scale` };
}

/**
 * A scale named in the header: "(1-5)", "0 - 10", "1 to 7", "od 1 do 5", "von 1 bis 5", "de 1 à 5",
 * "no 1 līdz 10", "(1 = very poor, 5 = excellent)".
 */
export function scaleHint(name: string): { min: number; max: number } | null {
  const range = /(?<!\d)([01])\s*(?:-|–|\/|to|do|bis|à|a|até|līdz)\s*(\d{1,2})(?!\d)/i.exec(name) ?? /(?<!\d)([01])\s*=[^,;)]*[,;]\s*(\d{1,2})\s*=/.exec(name);
  if (range === null) return null;
  const min = Number(range[1]);
  const max = Number(range[2]);
  return max - min >= 2 && max <= 11 ? { min, max } : null;
}

/** A yes/no question coded 1 and 0; `reversed` when yes is the bad answer ("had a problem"). */
export function yesNoScale(reversed: boolean): Scale {
  return { kind: 'binary', min: 0, max: 1, labels: { '0': 'No', '1': 'Yes' }, labelSet: null, reversed };
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
function labelSetScale(labels: NonNullable<ValueProfile['labels']>, fits: (count: number) => boolean, vocabulary: Vocabulary): { scale: Scale; why: string; known: number } | null {
  const fit = bestLabelSet(new Map([...labels].map(([folded, { count }]) => [folded, count])), vocabulary.labelSets.values(), fits, plainYesNo(vocabulary));
  // One label seen says nothing of the order; two labels on one point say the set is not this one.
  if (fit === null || !fit.injective || fit.set.points - fit.unobserved < 2) return null;
  const { set } = fit;
  const languages = new Map<string, number>();
  const spelled = new Map<number, string>();
  for (const [folded, { count, spelling }] of labels) {
    const value = set.values.get(folded);
    if (value === undefined) continue;
    const language = set.languages.get(folded) as string;
    languages.set(language, (languages.get(language) ?? 0) + count);
    if (!spelled.has(value)) spelled.set(value, spelling);
  }
  const language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const names = set.names.get(language) ?? [...set.names.values()][0] ?? [];
  const scaleLabels: Record<string, string> = {};
  for (let value = 1; value <= set.points; value++) scaleLabels[String(value)] = spelled.get(value) ?? capitalise(names[value - 1] ?? String(value));
  const unseen = fit.unobserved === 0 ? '' : `; ${fit.unobserved} of its points not seen in the sample`;
  return { scale: { kind: 'labels', min: 1, max: set.points, labels: scaleLabels, labelSet: set.id, reversed: false }, why: `labels of the ${set.id} set (${language})${unseen}`, known: fit.hits };
}

/** The plain yes and no words, which alone make no label set. */
function plainYesNo(vocabulary: Vocabulary): Set<string> {
  return new Set([...vocabulary.yes, ...vocabulary.no]);
}

// A column of problem categories has at most this many options, each a few words.
const CATEGORY_MAX_OPTIONS = 30;
const CATEGORY_MAX_LENGTH = 60;

/**
 * How many options a multi-select column of problem categories has, or null if it is not one: a
 * few short options, and some cell holding more than one (separated by ; or ,) each of which
 * also occurs in another cell, which tells "Late delivery, Damaged item" from one answer with a
 * comma in it ("Yes, I know several").
 */
function problemCategories(profile: ValueProfile): number | null {
  if (profile.labels === null || profile.labels.size === 0) return null;
  const cells = [...profile.labels.values()].map((l) => [...new Set(l.spelling.split(/[;,]/).map((o) => normalizeText(o)).filter((o) => o !== ''))]);
  const cellsWith = new Map<string, number>();
  for (const option of cells.flat()) cellsWith.set(option, (cellsWith.get(option) ?? 0) + 1);
  const options = new Set(cellsWith.keys());
  const multiple = cells.some((chosen) => chosen.length > 1 && chosen.every((o) => (cellsWith.get(o) ?? 0) > 1));
  const short = [...options].every((o) => o.length <= CATEGORY_MAX_LENGTH);
  return multiple && short && options.size <= CATEGORY_MAX_OPTIONS ? options.size : null;
}

// A column with more distinct labels than this is not a rating scale with a few odd answers.
const PARTLY_LABELLED_MAX = 12;

/**
 * A column that is mostly answered in labels of a known set but also in labels the set does not
 * know ("Very good", "Good", "Meh"): which set, and the labels it does not know, most used first.
 */
function partlyLabelled(profile: ValueProfile, vocabulary: Vocabulary): { set: string; unmapped: UnmappedLabel[] } | null {
  const labels = profile.labels;
  if (labels === null || labels.size > PARTLY_LABELLED_MAX || labels.size < 3) return null;
  const total = [...labels.values()].reduce((sum, l) => sum + l.count, 0);
  const fit = bestLabelSet(labelCounts(profile), vocabulary.labelSets.values(), (hits) => hits >= total / 2, plainYesNo(vocabulary));
  if (fit === null || fit.set.points - fit.unobserved < 2) return null;
  return { set: fit.set.id, unmapped: unknownLabels(labels, fit.set.values) };
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

/** Only one column can be the overall satisfaction (or recommend, or effort) question. */
function keepFirst(columns: ColumnModel[], role: 'csat' | 'nps' | 'ces'): void {
  const [first, ...others] = columns.filter((c) => c.role === role);
  for (const column of others) {
    column.role = 'item';
    column.evidence.push(`another ${role} column came first ("${first?.name}"): scored as an item`);
  }
}
