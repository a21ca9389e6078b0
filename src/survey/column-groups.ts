import { isXFormPath } from '../input/platforms/simple-platforms.js';
import { normalizeText } from '../text/normalize-text.js';

/**
 * Which columns belong to one question. A platform writes a matrix, a checkbox or a ranking
 * question as one column per row or option, side by side, and names them after the question:
 * `Q3_1`, `Q3_2` (Qualtrics), `Q1[SQ001]` (LimeSurvey), `Question [Row]` (Google Forms),
 * `Question - Row` (Qualtrics' text row), `G3Q4[SQ001]. Question [Row]` (LimeSurvey's code and text),
 * `Question: Row` (a matrix's rows after a colon, where their answers are whole numbers: see
 * colonStem), `qual_1`, `CUEX1` (data sets), or the question text above
 * the first column and nothing above the others (SurveyMonkey, LimeSurvey via Excel); or, with no
 * name to share, side by side columns each named after an option and holding its own name where
 * it was chosen (Typeform's multiple selection: see ownTextRuns).
 */
export interface ColumnGroup {
  /** The question the columns share, as the header spells it. */
  question: string;
  /** Indexes of its columns, adjacent (a Qualtrics row's text entry may stand between two), in file order. */
  columns: number[];
  /** The column before them that holds the options chosen, joined with spaces (KoboToolbox's select_multiple). */
  chosen?: number;
}

// `Q3_1`, `Q11#1_2_-99`, `qual_1`, `Q1.2`: a stem, then numbers after _, #, . or -. The stem runs
// to its first letter without a choice (`[^\p{L}…]*`, no line end, as `.` has none), so that a
// long header costs its length, not its square, to match or to fail.
const SEPARATED = /^([^\p{L}\n\r\u2028\u2029]*\p{L}.*?)(?:[_#.-]+\d+)+$/u;
// `CUEX1`, `X3`: letters, then a number.
const NUMBERED = /^(\p{L}[\p{L}_]*?)\d+$/u;
// `Q1[SQ001]`, `Question [Row]`: a stem, then the row in brackets.
const BRACKETED = /^(.+?)\s*\[[^\]]*\]\s*$/;
// `Question - Row`, `Question : Row` (a dash or colon with a space on each side).
const DASHED = /^(.{3,}?)\s+(?:-|–|:)\s+\S.*$/;
// LimeSurvey's "Question code & question text" heading of a row or option: `G03Q04[SQ001]. Worüber
// haben Sie sich beschwert? [Abrechnung]`, `G03Q04[other]. … [Sonstiges]`, `G02Q01[SQ002]. [Preis]`.
// The question is its code without the row's, and its text without the row's.
const LIMESURVEY_ROW = /^([A-Za-z_][A-Za-z0-9_]*)\[[^\]]*\]\. (.*?)\s*(?:\[[^\]]*\])?\s*$/s;
// `Satisfaction with: Website`, `Zufriedenheit mit: Lieferung`: a stem with a letter, its first colon
// right after it, a space, then the row. The stem runs to its first letter without a choice, as SEPARATED's does.
const COLONED = /^([^:\p{L}]*\p{L}[^:]*):\s+\S/u;
// A whole number, as a matrix codes the points of its scale.
const WHOLE_NUMBER = /^[+-]?\d+$/;

/** The question a column's name says it belongs to, or null when the name says nothing of one. */
export function questionStem(name: string): string | null {
  const trimmed = name.trim();
  const coded = LIMESURVEY_ROW.exec(trimmed);
  if (coded !== null) return coded[2] === '' ? (coded[1] as string) : `${coded[1] as string}. ${coded[2] as string}`;
  const stem = BRACKETED.exec(trimmed)?.[1] ?? DASHED.exec(trimmed)?.[1] ?? SEPARATED.exec(trimmed)?.[1] ?? NUMBERED.exec(trimmed)?.[1] ?? null;
  // Q1, Q2, V1, F1 (Frage), P1 (Pytanie): one letter and a number number the questions of a
  // survey; they are not the rows of one.
  return stem !== null && QUESTION_NUMBER.test(stem) ? null : stem;
}

const QUESTION_NUMBER = /^\p{L}$/u;

/**
 * The question of a matrix row named after a colon (`Satisfaction with: Website`), or null. A
 * colon ends many a header that is no row of anything (`Comments: delivery` beside `Comments:
 * pricing`, `Q1: How satisfied …`, LimeSurvey's `Question time: intro`), so the name alone does not
 * tell: the row's answers in `sample` must be what a matrix codes its scale with, whole numbers
 * (blank where unanswered), and at least one given. Text, or amounts and durations with decimals,
 * stand apart, as do columns of another kind under the same stem.
 */
function colonStem(name: string, index: number, sample: readonly (readonly string[])[]): string | null {
  const stem = COLONED.exec(name.trim())?.[1]?.trim();
  if (stem === undefined || QUESTION_NUMBER.test(stem)) return null;
  let answered = 0;
  for (const row of sample) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') continue;
    if (!WHOLE_NUMBER.test(cell)) return null;
    answered += 1;
  }
  return answered > 0 ? stem : null;
}

// A column the header left unnamed (blank, or numbered " (26)" by the reader to keep names unique)
// stands under the question of the column before it, as when a question's text is written only
// above its first column.
const UNNAMED = /^\s*(?:\(\d+\))?\s*$/;

// The name of a choice of a select_multiple question: letters, digits, `_`, `.` or `-`.
const CHOICE_NAME = /^[\p{L}\p{N}_.-]+$/u;

/** The path a name is under (`group_service/issues` of `group_service/issues/billing`), or null. */
function parentPath(name: string): string | null {
  const trimmed = name.trim();
  const slash = trimmed.lastIndexOf('/');
  return slash > 0 && slash < trimmed.length - 1 ? trimmed.slice(0, slash) : null;
}

/**
 * Whether the column at `index` holds the options chosen, joined with spaces, of the option columns
 * named under it from `first` on: every answer in `sample` is blank or words that are those columns'
 * last segments ("billing outage" above `…/issues/billing`, `…/issues/outage`). Each name is an XForm
 * path (`group_service/issues/billing`): a rating "Service" (1-5) before "Service/Phone" or a year
 * "2024" before "2024/05" holds no options.
 */
function holdsChosenOptions(names: readonly string[], index: number, first: number, sample: readonly (readonly string[])[]): boolean {
  const parent = names[index]?.trim().toLowerCase();
  const options = new Set<string>();
  for (let i = first; i < names.length && parentPath(names[i] ?? '')?.toLowerCase() === parent; i++) {
    // An XLSForm choice's name: a word, or a number (`q5_issues/1`, `q5_issues/99`).
    const field = names[i]?.trim().split('/').pop() ?? '';
    if (!CHOICE_NAME.test(field)) return false;
    options.add(field);
  }
  if (options.size === 0 || !isXFormPath(names[index] ?? '')) return false;
  return sample.every((row) => {
    const answer = (row[index] ?? '').trim();
    return answer === '' || answer.split(/\s+/).every((word) => options.has(word));
  });
}

/**
 * Whether `text` is each of `labels` once, in any order, joined with single spaces ("Web shop Phone"
 * of "Phone" and "Web shop"). A label may hold spaces itself, so the text is matched label by label.
 */
function joinsEachOnce(text: string, labels: readonly string[]): boolean {
  if (labels.length === 0) return text === '';
  return labels.some((label, k) => {
    if (!text.startsWith(label)) return false;
    const rest = text.slice(label.length);
    if (rest !== '' && !rest.startsWith(' ')) return false;
    return joinsEachOnce(rest.slice(1), labels.filter((_, j) => j !== k));
  });
}

/**
 * The columns after the column at `index` that hold the options chosen, joined with spaces, of the
 * option columns named under it, as KoboToolbox writes a select_multiple question exported with
 * labels: the question's label (`Which channels did you use?`, or with its group `Contact/Which
 * channels did you use?`) holds the labels of the options chosen, joined with spaces ("Web shop
 * Phone"), then one column per option named the question's label, `/` and the option's label
 * (`Which channels did you use?/Web shop`), answered 1 where chosen, 0 where not and blank where
 * the question was not answered. A label may hold spaces (and slashes), so the answers cannot be
 * split into options as XML names can (see holdsChosenOptions): every row of `sample` must show in
 * the joined column the labels of the options it answered 1, each once, and blank where it
 * answered none of them; and one row at least chose some. Their indexes, or null.
 */
function labelledOptions(names: readonly string[], index: number, sample: readonly (readonly string[])[]): number[] | null {
  const prefix = `${names[index]?.trim() ?? ''}/`;
  const options: number[] = [];
  for (let i = index + 1; i < names.length && (names[i] ?? '').trim().startsWith(prefix) && (names[i] ?? '').trim().length > prefix.length; i++) options.push(i);
  if (prefix === '/' || options.length < 2) return null;
  const labels = options.map((i) => (names[i] ?? '').trim().slice(prefix.length));
  let chose = 0;
  for (const row of sample) {
    const joined = (row[index] ?? '').trim().replace(/\s+/g, ' ');
    const ticks = options.map((i) => (row[i] ?? '').trim());
    if (ticks.some((t) => t !== '' && t !== '0' && t !== '1')) return null;
    const chosen = labels.filter((_, k) => ticks[k] === '1');
    if (!joinsEachOnce(joined, chosen)) return null;
    if (joined !== '') chose += 1;
  }
  return chose > 0 ? options : null;
}

/**
 * The groups of two or more adjacent columns that belong to one question: adjacent columns whose
 * names have the same stem, unnamed columns after a named one, and the columns named under the
 * column before them, as KoboToolbox writes a select_multiple question: the options chosen, joined
 * with spaces (`group_service/issues`), then one 0/1 column per option (`group_service/issues/billing`,
 * `…/issues/outage`); only where that column's answers in `sample` are those options (see
 * holdsChosenOptions, and labelledOptions for an export with labels). A column in no group is left out.
 */
export function columnGroups(names: readonly string[], sample: readonly (readonly string[])[] = []): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  let current: { key: string; group: ColumnGroup } | null = null;
  // The option columns of a select_multiple exported with labels, by the index of the first.
  let labelled: number[] = [];
  const close = () => {
    if (current !== null && current.group.columns.length > 1) groups.push(current.group);
    current = null;
  };
  names.forEach((name, i) => {
    if (labelled.includes(i) && current !== null) {
      current.group.columns.push(i);
      return;
    }
    const options = labelledOptions(names, i, sample);
    if (options !== null) {
      close();
      labelled = options;
      current = { key: `>${i}`, group: { question: name.trim(), columns: [], chosen: i } };
      return;
    }
    if (current !== null && UNNAMED.test(name)) {
      current.group.columns.push(i);
      return;
    }
    const parent = parentPath(name);
    const under = parent === null ? null : `/${parent.toLowerCase()}`;
    if (under !== null && current?.key === under) {
      current.group.columns.push(i);
      return;
    }
    if (parent !== null && under !== null && names[i - 1]?.trim() === parent && holdsChosenOptions(names, i - 1, i, sample)) {
      close();
      current = { key: under, group: { question: parent, columns: [i], chosen: i - 1 } };
      return;
    }
    const stem = questionStem(name) ?? colonStem(name, i, sample);
    const key = stem === null ? `=${name}` : stem.toLowerCase();
    if (current !== null && current.key === key) {
      current.group.columns.push(i);
      return;
    }
    close();
    current = { key, group: { question: stem ?? name, columns: [i] } };
  });
  close();
  const taken = new Set(groups.flatMap((g) => g.columns));
  return [...groups, ...ownTextRuns(names, sample, taken)].sort((a, b) => (a.columns[0] as number) - (b.columns[0] as number));
}

// The number the reader gives a repeated header to keep names unique: "Other (2)".
const REPEAT_NUMBER = /\s+\(\d+\)\s*$/;

/**
 * How many cells of the column at `index` in `sample` hold its header's own text (without the
 * reader's repeat number), or null when a cell holds anything else; blank cells are not counted.
 */
function ownTextTicks(name: string, index: number, sample: readonly (readonly string[])[]): number | null {
  const header = normalizeText(name);
  const option = normalizeText(name.replace(REPEAT_NUMBER, ''));
  if (option === '') return null;
  let ticks = 0;
  for (const row of sample) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') continue;
    const folded = normalizeText(cell);
    if (folded !== option && folded !== header) return null;
    ticks += 1;
  }
  return ticks;
}

// A Qualtrics ImportId of one row of a matrix (`QID6-1`, `QID4_2`), and of the text typed beside one (`QID4-2-TEXT`).
const QUALTRICS_ROW = /^(QID\d+)[-_]\d+$/;
const QUALTRICS_ROW_TEXT = /^(QID\d+)[-_]\d+[-_]TEXT$/;

/**
 * The groups of two or more columns whose Qualtrics ImportIds (an export's third header row) name
 * rows of one question, `QID6-1`, `QID6-2` …, side by side, where their names share no stem
 * (`Q5_question_one`, `Q5_question_two`: rows given export tags of words); a row's text entry
 * (`QID4-2-TEXT`) may stand between two rows and is no member. Columns already `taken` are left.
 */
export function importIdGroups(importIds: readonly (string | null)[], names: readonly string[], taken: ReadonlySet<number>): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  let current: { qid: string; columns: number[] } | null = null;
  const close = () => {
    if (current !== null && current.columns.length > 1) groups.push({ question: names[current.columns[0] as number] ?? current.qid, columns: current.columns });
    current = null;
  };
  importIds.forEach((id, i) => {
    const row = taken.has(i) || id === null ? null : QUALTRICS_ROW.exec(id)?.[1];
    if (row !== undefined && row !== null && current?.qid === row) {
      current.columns.push(i);
      return;
    }
    if (id !== null && current !== null && QUALTRICS_ROW_TEXT.exec(id)?.[1] === current.qid) return;
    close();
    if (row !== undefined && row !== null) current = { qid: row, columns: [i] };
  });
  close();
  return groups;
}

/**
 * The questions written as one column per option whose header is the option's text and whose
 * cells hold that same text where it was chosen and nothing where not, as Typeform (and a Google
 * Forms checkbox split into columns, LimeSurvey's and SurveyMonkey's option columns) export a
 * multiple selection: runs of two or more such adjacent columns in `sample`, among the columns not
 * `taken` by a question their names share. A column nobody ticked (every cell blank) between two
 * of them is an option of the run too; one at either end may be a question of its own, and is
 * left out. An option's text met again starts another question (the same options asked twice in a
 * row). Neither a typed "Other" text nor any other answer belongs to a run. The question is
 * named after its columns' positions (1-based, as inspect shows them) and its first and last options,
 * as such an export does not write the question.
 */
function ownTextRuns(names: readonly string[], sample: readonly (readonly string[])[], taken: ReadonlySet<number>): ColumnGroup[] {
  const runs: ColumnGroup[] = [];
  let columns: number[] = [];
  let ticked = 0;
  let seen = new Set<string>();
  let unticked: number[] = [];
  const close = () => {
    if (ticked >= 2) {
      const first = columns[0] as number;
      const last = columns[columns.length - 1] as number;
      const option = (i: number) => (names[i] ?? '').replace(REPEAT_NUMBER, '').trim();
      runs.push({ question: `columns ${first + 1}-${last + 1}: ${option(first)} … ${option(last)}`, columns });
    }
    columns = [];
    ticked = 0;
    seen = new Set();
    unticked = [];
  };
  names.forEach((name, i) => {
    const ticks = taken.has(i) ? null : ownTextTicks(name, i, sample);
    if (ticks === null) return close();
    if (ticks === 0) {
      if (ticked > 0) unticked.push(i);
      return;
    }
    const option = normalizeText(name.replace(REPEAT_NUMBER, ''));
    if (seen.has(option)) close();
    columns.push(...unticked, i);
    unticked = [];
    ticked += 1;
    seen.add(option);
  });
  close();
  return runs;
}
