import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { SatisfyError } from '../errors.js';
import { expandZsav } from './expand-zsav.js';
import type { FileScale } from './read-csv.js';
import type { SourceRecord } from './source-record.js';

/** An SPSS data file as records: its variables' names and labels, then its cases. */
export interface SavRecords {
  /** The variable labels, the question text of each column (null where a variable has none); told once the dictionary is read, before the first record. */
  questions: () => Array<string | null>;
  /** Each column's value labels when they are a rating scale (see fileScale); told with the questions. */
  valueLabels: () => Array<FileScale | null>;
  /** The file's character encoding, as its header says. */
  encoding: () => string;
  records: AsyncIterable<SourceRecord>;
}

/** The answer written for a user-missing value whose label does not say what it is: counted as not applicable, as "N/A" is in a CSV. */
export const USER_MISSING = 'N/A';

// SPSS counts time in seconds from the start of the Gregorian calendar, 14 October 1582.
const SPSS_EPOCH_SECONDS = 12_219_379_200;
const DATE_FORMATS = new Set(['DATE', 'ADATE', 'EDATE', 'JDATE', 'SDATE', 'QYR', 'MOYR', 'WKYR']);
const DATETIME_FORMATS = new Set(['DATETIME', 'YMDHMS']);

interface SavVariable {
  name: string;
  type: number;
  label?: string | null;
  missing?: number | number[] | { min: number; max: number; value?: number } | null;
  printFormat?: { typestr?: string };
}

/**
 * The cases of an SPSS data file (.sav), read one at a time with sav-reader, as records of text:
 * a header record of the variables' names, then a record for each case. Each variable's label is
 * its question. A value with a value label is written as its label, so that the labels of a
 * scale ("Strongly disagree" … "Strongly agree", their order being the order of their codes) are
 * read as the labels of a CSV export are; a value without one as its number; a user-missing value
 * (the variable's missing values or range) as its label when it has one, otherwise as "N/A"; a
 * system-missing value as blank; a date variable as `YYYY-MM-DD` (with the time for DATETIME).
 * With `zlib`, the chunks are a .zsav's, read as the .sav they expand to (see expandZsav).
 */
export function savRecords(chunks: AsyncIterable<Buffer>, path: string, options: { zlib?: boolean } = {}): SavRecords {
  let questions: Array<string | null> = [];
  let valueLabels: Array<FileScale | null> = [];
  let encoding = 'utf-8';
  async function* records(): AsyncGenerator<SourceRecord> {
    const SavReader = loadSavReader();
    const input = endingOnFailure(options.zlib === true ? expandZsav(chunks, path) : chunks[Symbol.asyncIterator]());
    const reader = new SavReader(input.readable);
    try {
      await reader.open();
    } catch (error) {
      throw input.failure() ?? unreadable(error, path, 'its dictionary');
    }
    const variables = reader.meta.sysvars;
    encoding = String(reader.meta.header?.encoding ?? 'utf-8').toLowerCase();
    const columns = variables.map((v) => {
      const labels = new Map((reader.meta.getValueLabels(v.name) ?? []).map((e) => [e.val, e.label.trim()]));
      return { variable: v, labels, missing: isMissing(v), anchors: anchoredScale(v, labels) };
    });
    questions = columns.map(({ variable, anchors }) => {
      const label = typeof variable.label === 'string' && variable.label.trim() !== '' ? variable.label.trim() : null;
      return anchors === null || (label !== null && STATED_ENDS.test(label)) ? label : `${label ?? variable.name} ${anchors.stated}`;
    });
    valueLabels = columns.map(({ variable, labels }) => fileScale(variable, labels));
    yield { record: variables.map((v) => v.name), line: 1 };
    const expected = typeof reader.meta.header?.n_cases === 'number' && reader.meta.header.n_cases >= 0 ? reader.meta.header.n_cases : null;
    // sav-reader 2.0.8 looks for the end of the cases in the rest of a block of compression codes,
    // and takes a block that ends in zero codes (ReadStat, and so R's haven, writes them) for the
    // end of the file: where the header gives the number of cases, those are read, and no more.
    if (expected !== null) reader.reader.peekByte = () => Promise.resolve(1);
    let line = 1;
    for (;;) {
      if (expected !== null && line - 1 >= expected) break;
      let row: Record<string, unknown> | null;
      try {
        row = await reader.readNextRow(true);
      } catch (error) {
        const failure = input.failure();
        if (failure !== null) throw failure;
        if (expected !== null) throw new SatisfyError('FILE_UNREADABLE', `the SPSS file ends inside case ${line} of its ${expected}: it is truncated`, { file: path });
        throw unreadable(error, path, `case ${line}`);
      }
      if (row === null || row === undefined) break;
      line += 1;
      yield { record: columns.map(({ variable, labels, missing, anchors }) => valueText(row?.[variable.name], variable, anchors === null ? labels : anchors.outside, missing)), line };
    }
    await input.settle();
    if (expected !== null && line - 1 < expected) throw new SatisfyError('FILE_UNREADABLE', `the SPSS file ends after ${line - 1} of its ${expected} cases: it is truncated`, { file: path });
  }
  return { questions: () => questions, valueLabels: () => valueLabels, encoding: () => encoding, records: records() };
}

/**
 * A stream of `bytes` for sav-reader, which waits for ever on a stream that fails (it listens for
 * no 'error'): a failure ends the stream instead, and is kept for `failure`. `settle` reads what
 * sav-reader left of `bytes` (a .zsav's trailer is checked once it is read, after the last case)
 * and throws the failure, if there was one.
 */
function endingOnFailure(bytes: AsyncIterator<Buffer>): { readable: Readable; failure: () => unknown; settle: () => Promise<void> } {
  let failure: unknown = null;
  // Node asks for more only once the last bytes asked for are pushed, so one next() at a time,
  // settle's queued behind it (an async generator answers its calls in order).
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await bytes.next();
    } catch (error) {
      failure ??= error;
      return { done: true, value: undefined };
    }
  };
  // Chunks as they come (sav-reader takes whatever read() gives), and one ahead at most: a .zsav's are blocks of 4 MiB.
  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    read() {
      void next().then((result) => this.push(result.done === true ? null : result.value));
    },
  });
  // sav-reader waits for 'readable' when a read finds nothing, and Node emits none once the stream
  // has ended: one more at the end makes a read past the end (a truncated file) fail, not wait.
  readable.on('end', () => readable.emit('readable'));
  return {
    readable,
    failure: () => failure,
    settle: async () => {
      // Bytes sav-reader did not ask for, after its last case: read only to reach the end.
      while ((await next()).done !== true) continue;
      readable.destroy();
      if (failure !== null) throw failure;
    },
  };
}

/**
 * sav-reader's reader of a stream, which its package does not export (only readers of a path and
 * of a whole buffer): loaded from beside its entry, when an SPSS file is read.
 */
function loadSavReader(): new (readable: Readable) => SavReaderLike {
  const load = createRequire(import.meta.url);
  return (load(join(dirname(load.resolve('sav-reader')), 'SavReader.js')) as { SavReader: new (readable: Readable) => SavReaderLike }).SavReader;
}

interface SavReaderLike {
  reader: { peekByte(): Promise<number | null | undefined> };
  meta: { header?: { encoding?: string; n_cases?: number }; sysvars: SavVariable[]; getValueLabels(name: string): Array<{ val: number | string; label: string }> | null };
  open(): Promise<void>;
  readNextRow(includeNulls?: boolean): Promise<Record<string, unknown> | null>;
}

/**
 * The rating scale a numeric variable's value labels define, so that its scale is the file's and
 * not guessed: three or more labels, on consecutive whole codes that are not user-missing, each
 * with its own wording ("1 Strongly Disagree" … "5 Strongly Agree", "3 No Opinion" a point of it,
 * not a non-answer). The answers written for its user-missing codes (their label, or "N/A") are
 * its non-answers. Labels on codes with gaps, or on two or fewer, name categories, or a scale's
 * ends (see anchoredScale): no labels then, only those non-answers, or null where it has none.
 */
function fileScale(variable: SavVariable, labels: ReadonlyMap<number | string, string>): FileScale | null {
  if (variable.type !== 0) return null;
  const missing = isMissing(variable);
  const codes = labelledCodes(labels, missing);
  const missingAnswers = [...new Set([...[...labels].filter(([code]) => missing(code)).map(([, label]) => label), USER_MISSING])];
  // No scale of labels, but the answers of its user-missing codes, where it has any.
  const noScale = variable.missing === null || variable.missing === undefined ? null : { labels: null, missing: missingAnswers };
  if (codes.length < 3 || !codes.every((code, i) => Number.isInteger(code) && (i === 0 || code === (codes[i - 1] as number) + 1))) return noScale;
  const words = codes.map((code) => labels.get(code) as string);
  if (new Set(words.map((w) => w.toLowerCase())).size !== words.length || words.some((w) => w === '')) return noScale;
  return { labels: Object.fromEntries(codes.map((code, i) => [String(code), words[i] as string])), missing: missingAnswers };
}

/**
 * The ends of a numeric scale whose value labels name them alone, and it may be its middle: "0 Not
 * at all likely" and "10 Extremely likely" over the unlabelled codes 1 to 9, as SPSS files label a
 * 0-10 question, or "1 Very satisfied" and "5 Very dissatisfied" over 2 to 4. Its codes are its
 * answers, written as numbers (as labels, the ends were two words among numbers, no point of any
 * scale), and its ends are stated after its question as a header states them, "(0 = Not at all
 * likely, 10 = Extremely likely)", to be read as a CSV header's are (see scaleHint): its range and,
 * where their words are a known set's, which end is best. The ends are on 0 or 1 and on a code up
 * to 11 at least 3 above (two codes or more between them, which no labels name); labels on other
 * codes (a "98 Don't know" not marked missing) are written as labels still, in `outside`. Labels
 * on codes with gaps between categories ("1 North", "3 South", "5 East") are more than two ends
 * and a middle, and an end that holds a number or is open ("5 times or more", "Five or more") is a
 * count's: null.
 */
function anchoredScale(variable: SavVariable, labels: ReadonlyMap<number | string, string>): { stated: string; outside: ReadonlyMap<number | string, string> } | null {
  if (variable.type !== 0) return null;
  const missing = isMissing(variable);
  const within = labelledCodes(labels, missing).filter((code) => code <= MAX_ANCHORED);
  const low = within[0];
  const high = within.at(-1);
  if (low === undefined || high === undefined || (low !== 0 && low !== 1) || high - low < 3 || !within.every(Number.isInteger)) return null;
  const middle = (low + high) / 2;
  if (!(within.length === 2 || (within.length === 3 && high - low >= 6 && within[1] === middle))) return null;
  const [lowLabel, highLabel] = [labels.get(low) ?? '', labels.get(high) ?? ''];
  if (!/\p{L}/u.test(lowLabel) || !/\p{L}/u.test(highLabel) || lowLabel.toLowerCase() === highLabel.toLowerCase()) return null;
  // A count's open end ("5 times or more", "Five or more") labels a quantity, no scale's end.
  // A label may carry its code ("1 Not at all satisfied", "10 - Extremely likely"): the words after it are its own.
  if ([lowLabel, highLabel].some((label) => /\d/.test(label.replace(LEADING_CODE, '')) || OPEN_END.test(label))) return null;
  const outside = new Map([...labels].filter(([code]) => typeof code !== 'number' || code < low || code > high || missing(code)));
  return { stated: `(${low} = ${lowLabel}, ${high} = ${highLabel})`, outside };
}

// The open end of a count, in the lexicons' languages: "or more", "und mehr", "ou plus", "o más", "ou mais", "i więcej", "vai vairāk".
const OPEN_END = /\b(?:or more|or less|and more|und mehr|oder mehr|ou plus|o más|ou mais|i więcej|lub więcej|vai vairāk)\b/iu;

// A label's own code before its words: "1 ", "10 - ", "0 = ", "5. ".
const LEADING_CODE = /^\s*\d{1,3}\s*[-–=.:)]?\s*(?=\p{L})/u;

// The highest code of a scale's end (a 0-10 question's 10, an 11-point 1-11's 11).
const MAX_ANCHORED = 11;

// A question that states its scale's ends already: "… (0 = not at all likely, 10 = extremely likely)".
const STATED_ENDS = /\(\s*\d{1,3}\s*=[^()]*\)\s*$/u;

/** The numeric codes a variable's value labels name, user-missing ones aside, lowest first. */
function labelledCodes(labels: ReadonlyMap<number | string, string>, missing: (value: unknown) => boolean): number[] {
  return [...labels.keys()].filter((code): code is number => typeof code === 'number' && !missing(code)).sort((a, b) => a - b);
}

/** Whether a value of `variable` is one of its user-missing values. */
function isMissing(variable: SavVariable): (value: unknown) => boolean {
  const { missing } = variable;
  if (missing === null || missing === undefined) return () => false;
  if (typeof missing === 'number') return (value) => value === missing;
  if (Array.isArray(missing)) return (value) => typeof value === 'number' && missing.includes(value);
  return (value) => typeof value === 'number' && ((value >= missing.min && value <= missing.max) || value === missing.value);
}

function valueText(value: unknown, variable: SavVariable, labels: ReadonlyMap<number | string, string>, missing: (value: unknown) => boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const text = value.trimEnd();
    return labels.get(text) ?? text;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const label = labels.get(value);
  if (missing(value)) return label ?? USER_MISSING;
  if (label !== undefined) return label;
  const format = variable.printFormat?.typestr ?? '';
  if (DATE_FORMATS.has(format) || DATETIME_FORMATS.has(format)) {
    const iso = new Date((value - SPSS_EPOCH_SECONDS) * 1000).toISOString();
    return DATETIME_FORMATS.has(format) ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10);
  }
  return String(value);
}

function unreadable(error: unknown, path: string, what: string): SatisfyError {
  if (error instanceof SatisfyError) return error;
  const message = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
  return new SatisfyError('FILE_UNREADABLE', `cannot read the SPSS file at ${what}: ${message || 'unknown error'}`, { file: path }, 'is the file complete? save it again from SPSS, PSPP or R');
}
