import { normalizeText } from '../text/normalize-text.js';
import { looksLikeDate } from '../text/parse-date.js';
import { parseNumber } from '../text/parse-number.js';
import { numbersOf, PLAIN_FORMAT, stripQuotePrefix, type AnswerFormat } from './code-answer.js';
import { isBlankAnswer, isNonAnswer } from './non-answer.js';
import { splitChoices } from './split-choices.js';
import type { Vocabulary } from './vocabulary.js';

/** What the sampled values of one column look like, for detection and for `inspect`. */
export interface ValueProfile {
  /** Sampled rows whose cell is blank. */
  blank: number;
  /** Non-blank cells. */
  answered: number;
  /** Cells that are a non-answer ("N/A", "Don't know", a `--missing` code ...). */
  notApplicable: number;
  /** How many distinct texts those non-answers are written in (missing codes among them), counted up to DISTINCT_LIMIT. */
  nonAnswers: number;
  /** Cells that parse as finite numbers, and how many of those are integers. */
  numeric: number;
  integers: number;
  /** Integers from 0 to 10: the answers a recommend question can take. */
  zeroToTen: number;
  min: number | null;
  max: number | null;
  /** How often each integer answer occurs, while there are at most COUNT_LIMIT of them (else null). */
  counts: Map<number, number> | null;
  /**
   * Answers that are codes for "missing" by the statistical packages' and platforms' convention:
   * -9, -99, -999 (SPSS, SmartPLS, R users' exports) and -1 … -8. Counted in `notApplicable` too.
   */
  missingCodes: Map<string, number>;
  yesNo: number;
  dateLike: number;
  /** Geopoints as ODK and KoboToolbox write them: "latitude longitude altitude accuracy", four numbers between spaces. */
  geopoints: number;
  /** Record ids as ODK and KoboToolbox write them: `uuid:` and a UUID (`meta/instanceID`, `meta/rootUuid`, `meta/deprecatedID`). */
  instanceIds: number;
  /** Cells that hold one web address and nothing else (`https://…`, `www.…`): a link to a review page, a file, a profile. */
  links: number;
  /** Distinct non-blank values, counted up to DISTINCT_LIMIT. */
  distinct: number;
  meanLength: number;
  /**
   * The text answers that are neither numbers nor non-answers, folded, with their count and their
   * most common spelling; only while there are at most LABEL_LIMIT of them (else it is free text
   * and `labels` is null).
   */
  labels: Map<string, { count: number; spelling: string }> | null;
  /**
   * The text answers cut at `,` and `;` (a checkbox question written into one column joins the
   * options chosen so): in how many cells each folded part occurs, while there are at most
   * PART_LIMIT of them (else null), and how many cells hold more than one. Kept when there are
   * too many distinct answers for `labels`: six options make 63 ways to choose. Of the cells that
   * hold more than one, `bySemicolon` join them by `;`, `byComma` by `,` alone (see choiceSeparator).
   */
  parts?: { cells: Map<string, number>; joined: number; single: number; bySemicolon: number; byComma: number } | null;
}

const DISTINCT_LIMIT = 10_000;
const LABEL_LIMIT = 40;
const PART_LIMIT = 40;
const COUNT_LIMIT = 200;
// -9, -99, -999 and the one-digit negatives -1 … -8: no rating scale of satisfaction has them.
const NINES = /^-(?:9+|[1-8])$/;
// "14.561504 -4.681078 333.0 4.8": latitude, longitude, altitude and accuracy of an ODK geopoint.
const GEOPOINT = /^-?\d{1,2}(?:\.\d+)? -?\d{1,3}(?:\.\d+)? -?\d+(?:\.\d+)? \d+(?:\.\d+)?$/;
// One web address, nothing around it: "https://www.trustpilot.com/evaluate/acme?token=47", "www.example.com/a", "trustpilot.com/evaluate/acme".
const LINK = /^(?:(?:https?:\/\/|www\.)\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*)$/i;
const INSTANCE_ID = /^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What one cell says, as profileValues counts it (see readCell). */
interface CellReading {
  /** The answer, trimmed, without the quote prefix of a spreadsheet's text. */
  text: string;
  kind: 'blank' | 'notApplicable' | 'missingCode' | 'number' | 'text';
  /** The number, for kind `number`. */
  value: number;
  /** For kind `text`, and for a non-answer of words: whether it reads as a date, as yes or no. */
  dateLike: boolean;
  yesNo: boolean;
  /** For kind `text`: the folded text. */
  folded: string;
}

/** Profiles the values of column `index` over the sample rows; `missing` adds codes of this column's own. */
export function profileValues(rows: readonly (readonly string[])[], index: number, vocabulary: Vocabulary, format: AnswerFormat = PLAIN_FORMAT, missing: readonly string[] = []): ValueProfile {
  const profile: ValueProfile = { blank: 0, answered: 0, notApplicable: 0, nonAnswers: 0, numeric: 0, integers: 0, zeroToTen: 0, min: null, max: null, counts: new Map(), missingCodes: new Map(), yesNo: 0, dateLike: 0, geopoints: 0, instanceIds: 0, links: 0, distinct: 0, meanLength: 0, labels: new Map(), parts: { cells: new Map(), joined: 0, single: 0, bySemicolon: 0, byComma: 0 } };
  const seen = new Set<string>();
  const nonAnswers = new Set<string>();
  const spellings = new Map<string, Map<string, number>>();
  // A column holds the same few answers again and again: each distinct cell is read once.
  const readings = new Map<string, CellReading>();
  let totalLength = 0;
  for (const row of rows) {
    const cell = row[index] ?? '';
    let reading = readings.get(cell);
    if (reading === undefined) readings.set(cell, (reading = readCell(cell, vocabulary, format, missing)));
    const { text, kind, value } = reading;
    if (kind === 'blank') {
      profile.blank += 1;
      continue;
    }
    profile.answered += 1;
    totalLength += text.length;
    if (seen.size < DISTINCT_LIMIT) seen.add(text);
    if (kind === 'notApplicable') {
      if (reading.dateLike) profile.dateLike += 1;
      if (reading.yesNo) profile.yesNo += 1;
      profile.notApplicable += 1;
      if (nonAnswers.size < DISTINCT_LIMIT) nonAnswers.add(text);
      continue;
    }
    if (kind === 'missingCode') {
      profile.notApplicable += 1;
      if (nonAnswers.size < DISTINCT_LIMIT) nonAnswers.add(text);
      profile.missingCodes.set(text, (profile.missingCodes.get(text) ?? 0) + 1);
      continue;
    }
    if (kind === 'number') {
      profile.numeric += 1;
      if (Number.isInteger(value)) {
        profile.integers += 1;
        if (profile.counts !== null) profile.counts.set(value, (profile.counts.get(value) ?? 0) + 1);
        if (profile.counts !== null && profile.counts.size > COUNT_LIMIT) profile.counts = null;
      }
      if (Number.isInteger(value) && value >= 0 && value <= 10) profile.zeroToTen += 1;
      profile.min = profile.min === null ? value : Math.min(profile.min, value);
      profile.max = profile.max === null ? value : Math.max(profile.max, value);
      continue;
    }
    if (reading.dateLike) profile.dateLike += 1;
    if (reading.yesNo) profile.yesNo += 1;
    if (profile.parts !== null) countParts(profile, text);
    if (GEOPOINT.test(text)) profile.geopoints += 1;
    if (INSTANCE_ID.test(text)) profile.instanceIds += 1;
    if (LINK.test(text)) profile.links += 1;
    if (profile.labels === null) continue;
    const { folded } = reading;
    const variants = spellings.get(folded) ?? new Map<string, number>();
    if (!spellings.has(folded) && spellings.size >= LABEL_LIMIT) {
      profile.labels = null;
      continue;
    }
    spellings.set(folded, variants.set(text, (variants.get(text) ?? 0) + 1));
  }
  if (profile.labels !== null) {
    for (const [folded, variants] of spellings) {
      const ranked = [...variants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      profile.labels.set(folded, { count: ranked.reduce((sum, [, n]) => sum + n, 0), spelling: (ranked[0] as [string, number])[0] });
    }
  }
  profile.distinct = seen.size;
  profile.nonAnswers = nonAnswers.size;
  profile.meanLength = profile.answered === 0 ? 0 : totalLength / profile.answered;
  return profile;
}

/** Counts the parts of a text answer cut at `;` or `,` (see ValueProfile.parts and splitChoices), or drops them past PART_LIMIT. */
function countParts(profile: ValueProfile, text: string): void {
  const parts = profile.parts as NonNullable<ValueProfile['parts']>;
  const chosen = [...new Set(splitChoices(text).map((part) => normalizeText(part)).filter((part) => part !== ''))];
  if (chosen.length > 1) {
    parts.joined += 1;
    if (text.includes(';')) parts.bySemicolon += 1;
    else parts.byComma += 1;
  } else if (chosen.length === 1) parts.single += 1;
  for (const part of chosen) parts.cells.set(part, (parts.cells.get(part) ?? 0) + 1);
  if (parts.cells.size > PART_LIMIT) profile.parts = null;
}

// The values of a vocabulary's codes for no answer that are numbers (see readCell), by its set,
// read with a decimal point and with a decimal comma, as makeAnswerCoder reads them.
const MISSING_NUMBERS = new WeakMap<ReadonlySet<string>, readonly [point: ReadonlySet<number>, comma: ReadonlySet<number>]>();

function missingNumbers(codes: ReadonlySet<string>, format: AnswerFormat): ReadonlySet<number> {
  let numbers = MISSING_NUMBERS.get(codes);
  if (numbers === undefined) MISSING_NUMBERS.set(codes, (numbers = [numbersOf(codes, PLAIN_FORMAT), numbersOf(codes, { ...PLAIN_FORMAT, decimalComma: true })]));
  return numbers[format.decimalComma ? 1 : 0];
}

/** What a cell says (see CellReading): a blank, a non-answer, a missing code, a number, or text. */
function readCell(cell: string, vocabulary: Vocabulary, format: AnswerFormat, missing: readonly string[]): CellReading {
  const text = stripQuotePrefix(cell.trim(), format);
  const reading: CellReading = { text, kind: 'text', value: Number.NaN, dateLike: false, yesNo: false, folded: '' };
  if (isBlankAnswer(text, (code) => vocabulary.missingCodes.has(code) || missing.includes(code))) return { ...reading, kind: 'blank' };
  if (vocabulary.missingCodes.has(text) || missing.includes(text)) return { ...reading, kind: 'notApplicable' };
  const value = parseNumber(text, format.decimalComma);
  // A code for no answer written as a number otherwise ("99.0" of a warehouse's numeric column).
  if (!Number.isNaN(value) && (missingNumbers(vocabulary.missingCodes, format).has(value) || missing.some((code) => parseNumber(code.trim(), format.decimalComma) === value))) return { ...reading, kind: 'notApplicable' };
  // Qualtrics' -1 and -99 mean "no basis to answer": a non-answer, not a value of the scale.
  if (value < 0 && format.negativeCodesMissing) return { ...reading, kind: 'notApplicable' };
  if (NINES.test(text)) return { ...reading, kind: 'missingCode' };
  if (!Number.isNaN(value)) return { ...reading, kind: 'number', value };
  const folded = normalizeText(text);
  const described = { ...reading, dateLike: looksLikeDate(text), yesNo: vocabulary.yes.has(folded) || vocabulary.no.has(folded), folded };
  return isNonAnswer(text, vocabulary, folded) ? { ...described, kind: 'notApplicable' } : described;
}

/** The folded labels of a profile with their counts, as bestLabelSet takes them. */
export function labelCounts(profile: Pick<ValueProfile, 'labels'>): Map<string, number> {
  return new Map([...(profile.labels ?? [])].map(([folded, { count }]) => [folded, count]));
}

/**
 * Answers read after the sample, by column index: whole numbers (value → count) and, for a column
 * of labels, texts that its scale as the sample showed it lacks (text → count).
 */
export type LaterAnswers = ReadonlyMap<number, ReadonlyMap<number | string, number>>;

/**
 * A profile of the sample with the answers read after it added (`later`: a whole number or a
 * label → count): the answers of every row, where the sample alone would have set the scale. The
 * profile itself when nothing was read after the sample.
 */
export function withLaterAnswers(profile: ValueProfile, later: ReadonlyMap<number | string, number> | undefined): ValueProfile {
  if (later === undefined) return profile;
  let added = 0;
  let numbers = 0;
  let zeroToTen = 0;
  const counts = profile.counts === null ? null : new Map(profile.counts);
  const labels = profile.labels === null ? null : new Map(profile.labels);
  let { min, max } = profile;
  for (const [answer, count] of later) {
    if (count <= 0) continue;
    added += count;
    if (typeof answer === 'string') {
      const folded = normalizeText(answer);
      const known = labels?.get(folded);
      labels?.set(folded, { count: (known?.count ?? 0) + count, spelling: known?.spelling ?? answer });
      continue;
    }
    numbers += count;
    if (answer >= 0 && answer <= 10) zeroToTen += count;
    counts?.set(answer, (counts.get(answer) ?? 0) + count);
    min = min === null ? answer : Math.min(min, answer);
    max = max === null ? answer : Math.max(max, answer);
  }
  return { ...profile, answered: profile.answered + added, numeric: profile.numeric + numbers, integers: profile.integers + numbers, zeroToTen: profile.zeroToTen + zeroToTen, min, max, counts, labels };
}
