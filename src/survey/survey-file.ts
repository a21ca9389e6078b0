import { SatisfyError } from '../errors.js';
import type { ColumnConfig } from './config.js';
import type { HeaderShape } from './detect-columns.js';
import { labelledDirection } from './labelled-direction.js';
import { isNonAnswer } from './non-answer.js';
import type { QsfChoice, QsfQuestion, QualtricsSurvey } from './qualtrics-survey.js';
import type { Vocabulary } from './vocabulary.js';

/** What the survey file says of one column of the export: settings applied as a config's are, and why. */
export interface SurveyReading {
  /** The question (or side-by-side column) the export's column belongs to: `QID4`, `QID6#1`. */
  question: string;
  settings: ColumnConfig;
  /** A rated question's codes run from best to worst, as its labels say: its scale is scored reversed (a reverse-worded item is then reversed again). */
  codesRunDown?: boolean;
  /** The question a checkbox option or matrix cell belongs to, for role `option`. */
  partOf?: string;
  /** `survey file: QID3 Matrix Likert, 3 choices coded 1-3, 'No Opinion' = -1 …` */
  evidence: string;
}

/** How a survey file was used, for the report's `input.survey`. */
export interface SurveyFileUse {
  /** The file as the user named it (--survey, or the config's `survey` joined to the config's folder). */
  path: string;
  /** The survey's name (`SurveyEntry.SurveyName`). */
  name: string;
  /** How columns were matched to questions: by the ImportIds of the export's third header row, or by the variable names (DataExportTag) in the column names. */
  matchedBy: 'importId' | 'name';
  /** Columns of the export the survey file read. */
  columns: number;
  /** Columns of answers (not the platform's metadata) that no question of the survey file matched: left to detection. */
  unmatchedColumns: string[];
  /** Questions of the survey (not trashed, not descriptive text) that matched no column of the export. */
  unmatchedQuestions: string[];
}

/** A column a question exports, the keys it may be found by, and what it is. */
interface Cell {
  /** ImportIds with `-` for `_` (`QID4-1`, `QID6#1-2`, `QID3-TEXT`). */
  keys: string[];
  /** Column names: `Q4_1`, `q1_recent_q1_recent_1_1`, and a row's bare variable name. */
  names: string[];
  reading: SurveyReading;
}

// Kinds of Qualtrics questions.
const MULTIPLE_SELECTORS = new Set(['MAVR', 'MAHR', 'MACOL', 'MSB']);
const RATING_GRIDS = new Set(['Likert', 'Bipolar']);
// The columns of a timing question: its ImportId suffix (with `-` for `_`) and its name suffix.
const TIMING: ReadonlyArray<readonly [string, string]> = [
  ['FIRST-CLICK', 'First Click'],
  ['LAST-CLICK', 'Last Click'],
  ['PAGE-SUBMIT', 'Page Submit'],
  ['CLICK-COUNT', 'Click Count'],
];

/**
 * Matches the columns of an export to the questions of a Qualtrics survey file and says what each
 * matched column is, as a config would: a multiple-answer question's columns are options; a
 * single-answer matrix (Likert, bipolar) or a single-answer question whose choices are a label set
 * of the lexicons is rated, on a scale of its choices' codes (their recode values) with their
 * labels, its "N/A"-style choices (a non-answer label, or a negative code) not applicable, and
 * reversed when the labels say the codes run from best to worst; another single-answer question
 * names categories (a segment); text entry is a comment; a slider is rated between its ends; a
 * rank order is a ranking; timing and meta-information are ignored.
 *
 * An export with Qualtrics' third header row is matched by its ImportIds (`QID4_1`, and
 * `QID4-1-1` in 2016 exports), any other by the variable names in its column names (`Q4_1`).
 * Names two questions share are no match. A survey that matches no column is an error: it is the
 * survey of another export.
 */
export function readSurveyFile(survey: QualtricsSurvey, path: string, header: HeaderShape, vocabulary: Vocabulary): { readings: Array<SurveyReading | null>; use: SurveyFileUse } {
  const counts = new Map<string, number>();
  const titles = survey.questions.map((q) => q.text);
  for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
  const title = (question: QsfQuestion) => (question.text === '' ? question.tag : (counts.get(question.text) ?? 0) > 1 ? `${question.text} (${question.tag})` : question.text);
  const cells = survey.questions.flatMap((question) => questionCells(question, title(question), vocabulary));
  const byImportId = unique(cells.flatMap((cell) => cell.keys.map((key) => [key, cell] as const)));
  const byName = unique(cells.flatMap((cell) => cell.names.map((name) => [name, cell] as const)));
  const ids = header.importIds;
  const matchedBy = ids !== undefined && ids.some((id) => id !== null) ? 'importId' : 'name';
  const readings = header.names.map((name, index) => {
    if ((header.hints[index] ?? null) !== null) return null;
    const cell = matchedBy === 'importId' ? byImportId.get(importKey(ids?.[index] ?? '')) : byName.get(name.trim());
    return cell?.reading ?? null;
  });
  const matched = new Set(readings.flatMap((r) => (r === null ? [] : [r.question.replace(/#.*$/, '')])));
  const answered = survey.questions.filter((q) => !survey.trashed.has(q.id) && q.type !== 'DB');
  const columns = readings.filter((r) => r !== null).length;
  if (columns === 0) {
    throw new SatisfyError('SURVEY_INVALID', `the survey file "${survey.name}" matches none of the export's columns (by ${matchedBy === 'importId' ? 'the ImportIds of its third header row' : 'the variable names in its column names'})`, { file: path }, 'is it the .qsf of the survey this file was exported from?');
  }
  return {
    readings,
    use: {
      path,
      name: survey.name,
      matchedBy,
      columns,
      unmatchedColumns: header.names.filter((_, i) => (header.hints[i] ?? null) === null && readings[i] === null),
      unmatchedQuestions: answered.filter((q) => !matched.has(q.id)).map((q) => q.id),
    },
  };
}

/** `QID4_1` and `QID4-1` alike. */
function importKey(id: string): string {
  return id.trim().replace(/_/g, '-');
}

/** A map of keys to cells, without the keys that name two cells. */
function unique(entries: ReadonlyArray<readonly [string, Cell]>): Map<string, Cell> {
  const map = new Map<string, Cell | null>();
  for (const [key, cell] of entries) map.set(key, map.has(key) && map.get(key) !== cell ? null : cell);
  return new Map([...map].filter((entry): entry is [string, Cell] => entry[1] !== null));
}

/** The columns a question exports, with what each is. */
function questionCells(question: QsfQuestion, title: string, vocabulary: Vocabulary): Cell[] {
  const { id, tag, type, selector, subSelector } = question;
  const kind = [type, selector, subSelector].filter((part) => part !== null && part !== '').join(' ');
  const reading = (settings: ColumnConfig, detail: string, partOf?: string): SurveyReading => ({ question: id, settings, evidence: `survey file: ${id} ${kind}${detail === '' ? '' : `, ${detail}`}`, ...(partOf === undefined ? {} : { partOf }) });
  const comment = reading({ role: 'comment' }, 'text entry');
  const textCells = (choices: readonly QsfChoice[], base: (choice: QsfChoice) => { keys: string[]; names: string[] }) =>
    choices.filter((c) => c.textEntry).map((choice) => {
      const at = base(choice);
      return { keys: at.keys.map((k) => `${k}-TEXT`), names: at.names.map((n) => `${n}_TEXT`), reading: reading({ role: 'comment' }, `text entry of '${choice.label}'`) };
    });
  if (type === 'SBS') return question.columns.flatMap((column) => questionCells(column, `${title} - ${column.text}`, vocabulary));
  if (type === 'DB') return [];
  if (type === 'Timing') return TIMING.map(([key, name]) => ({ keys: [`${id}-${key}`], names: [`${tag}_${name}`], reading: reading({ role: 'ignored' }, `${name.toLowerCase()}, no answer`) }));
  if (type === 'TE') {
    // A text entry whose answers must be numbers or dates is left to detection.
    if (question.contentType !== null) return [];
    const parts = question.choices.map((choice) => ({ keys: [`${id}-${choice.id}`, `${id}-${choice.id}-TEXT`], names: [`${tag}_${choice.id}`], reading: comment }));
    return [{ keys: [id, `${id}-TEXT`], names: [tag, `${tag}_TEXT`], reading: comment }, ...parts];
  }
  if (type === 'RO') {
    return question.choices.map((choice) => ({ keys: [`${id}-${choice.id}`], names: [`${tag}_${choice.recode ?? choice.id}`], reading: reading({ role: 'ranking' }, `rank of '${choice.label}'`, title) }));
  }
  if (type === 'Slider') {
    const scale = question.slider;
    if (scale === null || !Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) return [];
    return question.choices.map((choice) => ({ keys: [`${id}-${choice.id}`], names: [`${tag}_${choice.recode ?? choice.id}`], reading: reading({ scale: { kind: 'numeric', min: scale.min, max: scale.max } }, `'${choice.label}', ${scale.min}-${scale.max}`) }));
  }
  if (type === 'MC' && selector === 'NPS') {
    return [{ keys: [id], names: [tag, `${tag}_NPS_GROUP`], reading: reading({ role: 'nps', scale: { kind: 'numeric', min: 0, max: 10 } }, 'net promoter question, 0-10') }];
  }
  if (type === 'MC') {
    if (MULTIPLE_SELECTORS.has(selector) || subSelector === 'MultipleAnswer') {
      const options = question.choices.map((choice) => ({ keys: [`${id}-${choice.id}`], names: [`${tag}_${choice.recode ?? choice.id}`, ...(choice.exportTag === null ? [] : [`${tag}_${choice.exportTag}`])], reading: reading({ role: 'option' }, `option '${choice.label}'${choice.exclusive ? ' (exclusive)' : ''} of ${question.choices.length}`, title) }));
      return [...options, ...textCells(question.choices, (c) => ({ keys: [`${id}-${c.id}`], names: [`${tag}_${c.recode ?? c.id}`] }))];
    }
    return [{ keys: [id], names: [tag], reading: singleAnswer(question.choices, false, reading, vocabulary) }, ...textCells(question.choices, (c) => ({ keys: [id, `${id}-${c.id}`], names: [tag, `${tag}_${c.recode ?? c.id}`] }))];
  }
  if (type === 'Matrix') {
    const answers = question.answers ?? [];
    const rows = question.choices;
    const rowKeys = (row: QsfChoice) => ({ keys: [`${id}-${row.id}`], names: [`${tag}_${row.exportTag ?? row.id}`, ...(row.exportTag === null ? [] : [row.exportTag])] });
    const texts = textCells(rows, rowKeys);
    if (subSelector === 'MultipleAnswer') {
      return [
        ...rows.flatMap((row) => answers.map((answer) => ({ keys: [`${id}-${row.id}-${answer.id}`], names: [`${tag}_${row.exportTag ?? row.id}_${answer.recode ?? answer.id}`], reading: reading({ role: 'option' }, `'${answer.label}' for '${row.label}'`, `${title} - ${row.label}`) }))),
        ...texts,
      ];
    }
    const rated = singleAnswer(answers, RATING_GRIDS.has(selector) && (subSelector === 'SingleAnswer' || subSelector === null), reading, vocabulary);
    return [...rows.map((row) => ({ ...rowKeys(row), reading: { ...rated, evidence: `${rated.evidence}; row '${row.label}'`, partOf: title } })), ...texts];
  }
  return [];
}

/**
 * A single-answer question's reading from its choices: rated when it is a rating grid or its
 * choices are a known label set, with three or more choices that are answers and whole-number
 * codes; otherwise categories, a segment.
 */
function singleAnswer(choices: readonly QsfChoice[], grid: boolean, reading: (settings: ColumnConfig, detail: string) => SurveyReading, vocabulary: Vocabulary): SurveyReading {
  const code = (choice: QsfChoice) => choice.recode ?? choice.id;
  // "Not applicable", "Don't know", "No opinion", and Qualtrics' negative codes for no basis to answer.
  const notApplicable = choices.filter((c) => isNonAnswer(c.label, vocabulary) || Number(code(c)) < 0);
  const points = choices.filter((c) => !notApplicable.includes(c));
  const codes = points.map((c) => Number(code(c)));
  const na = notApplicable.map((c) => `'${c.label}' = ${code(c)}`).join(', ');
  const coded = points.some((c) => c.recode !== null && c.recode !== c.id) ? 'recoded' : 'coded';
  const span = codes.length === 0 ? '' : ` ${coded} ${Math.min(...codes)}-${Math.max(...codes)}`;
  const described = `${choices.length} choice${choices.length === 1 ? '' : 's'}${span}${na === '' ? '' : `, ${na}`}`;
  const wholeCodes = codes.every((c) => Number.isInteger(c)) && new Set(codes).size === codes.length;
  const labels = Object.fromEntries(points.map((c) => [String(Number(code(c))), c.label]));
  const direction = wholeCodes && points.length >= 3 ? labelledDirection(labels, vocabulary) : { set: null, runsDown: false };
  if (points.length < 3 || !wholeCodes || (!grid && direction.set === null)) {
    return reading({ role: 'segment' }, `${described}: categories, ${points.length < 3 ? 'fewer than 3 answers on a scale' : !wholeCodes ? 'codes that are no whole numbers' : 'of no known scale'}`);
  }
  const missing = [...new Set(notApplicable.flatMap((c) => [code(c), c.label]).filter((text) => text !== ''))];
  const best = direction.runsDown ? Math.min(...codes) : Math.max(...codes);
  const said = direction.set === null ? 'labels of no known set: higher code taken as better' : `best = ${best} (${direction.set.id} set)`;
  // Each point is its label, or the code the export writes (the label shown first in reports).
  const spelled = Object.fromEntries(points.map((c) => [String(Number(code(c))), c.label === '' || c.label === String(Number(code(c))) ? [String(Number(code(c)))] : [c.label, String(Number(code(c)))]]));
  return { ...reading({ scale: { kind: 'labels', labels: spelled }, missing }, `${described}: ${points.length}-point scale, ${said}`), codesRunDown: direction.runsDown };
}
