import type { ColumnModel, RankLayout } from './survey-model.js';

/** A checkbox question: its option columns, in file order, and the name of each option. */
export interface CheckboxQuestion {
  /** The question the options belong to (their `partOf`), or the column's name for a lone option. */
  question: string;
  columns: ColumnModel[];
  labels: string[];
  /**
   * A question written into one column, the options chosen joined by ", " or ";" (see
   * ColumnModel.joined): its options are the parts of its cells, found as they are counted, and
   * `labels` is empty.
   */
  joined: boolean;
  /**
   * The position in `columns` of the text typed for the question's "Other" answer (a comment
   * column of the question, see otherTextsOfCheckboxes), whose text ticks it; -1 when none.
   */
  otherText: number;
}

/** A ranking question: its columns, in file order, how they are laid out, and the name each column gives. */
export interface RankingQuestion {
  question: string;
  layout: RankLayout;
  columns: ColumnModel[];
  /** With layout `options`, each option's name; with `positions`, each rank's ("Rank 1"). */
  labels: string[];
}

/**
 * The checkbox questions of a survey: its `option` columns grouped by the question they are part
 * of (a column of no question is a question of its own), in the order of their first column.
 */
export function checkboxQuestions(columns: readonly ColumnModel[]): CheckboxQuestion[] {
  return groupByQuestion(columns, 'option').map(({ question, members }) => {
    const joined = members.length === 1 && members[0]?.joined === true;
    const last = members[members.length - 1] as ColumnModel;
    const text = columns[last.index + 1];
    const other = text !== undefined && text.role === 'comment' && text.partOf === question && last.partOf === question ? [text] : [];
    const all = [...members, ...other];
    return { question, columns: all, labels: joined ? [] : all.map((c) => optionLabel(c, question)), joined, otherText: other.length > 0 ? members.length : -1 };
  });
}

/** The ranking questions of a survey: its `ranking` columns grouped as checkboxQuestions groups options. */
export function rankingQuestions(columns: readonly ColumnModel[]): RankingQuestion[] {
  return groupByQuestion(columns, 'ranking').map(({ question, members }) => ({
    question,
    // Detection gives every column of a question the same layout; the config gives none (options).
    layout: members[0]?.rankLayout ?? 'options',
    columns: members,
    labels: members.map((c) => optionLabel(c, question)),
  }));
}

function groupByQuestion(columns: readonly ColumnModel[], role: 'option' | 'ranking'): Array<{ question: string; members: ColumnModel[] }> {
  const groups = new Map<string, { question: string; members: ColumnModel[] }>();
  for (const column of columns) {
    if (column.role !== role) continue;
    const question = column.partOf ?? null;
    // A column of no question is keyed by its position, so that it never joins another.
    const key = question === null ? `#${column.index}` : `=${question}`;
    const group = groups.get(key) ?? { question: question ?? column.name, members: [] };
    group.members.push(column);
    groups.set(key, group);
  }
  return [...groups.values()];
}

// What follows the question in "Question [Option]" and "Question - Option" (or "Question : Option",
// "Question: Option").
const BRACKETED = /^\s*\[([^\]]*)\]\s*$/;
const DASHED = /^(?:\s+(?:-|–)|\s*:)\s+(\S.*)$/;
// A LimeSurvey subquestion's code between its question's code and the text ("G01Q02[SQ001]. …").
const SUBQUESTION_CODE = /^([^\s.[]+)\[[^\]\s]+\](?=\.\s)/;
// What follows the question in "question/option" (KoboToolbox's select_multiple columns; an
// option's label, exported with labels, may hold a slash itself).
const SLASHED = /^\/(\S.*)$/;
// "Which did you use? - Email" in the question text of an extra header row (Qualtrics): the part
// after the last dash between spaces.
const DASHED_TEXT = /\s(?:-|–)\s+((?:(?!\s(?:-|–)\s).)*\S)\s*$/;

/**
 * The name of the option (or rank position) a column stands for: for a header "Question - Option",
 * "Question [Option]" or "question/option", the part after the question; else, when the question text of an extra
 * header row ends in " - Option", that part; else the column's name.
 *
 * @example optionLabel({ name: 'Which channels? - Email', question: null, ... }, 'Which channels?') // 'Email'
 */
export function optionLabel(column: Pick<ColumnModel, 'name' | 'question'>, question: string): string {
  const { name } = column;
  // LimeSurvey's "question code & question text" headings put the option's code after the
  // question's ("G01Q02[SQ001]. How did you contact us? [Hotline]" under "G01Q02. How did you contact us?").
  for (const own of new Set([name, name.replace(SUBQUESTION_CODE, '$1')])) {
    if (own === question || !own.startsWith(question)) continue;
    const rest = own.slice(question.length);
    const part = (BRACKETED.exec(rest)?.[1] ?? DASHED.exec(rest)?.[1] ?? SLASHED.exec(rest)?.[1])?.trim();
    if (part !== undefined && part !== '') return part;
  }
  const text = column.question;
  if (text !== null && text !== name) {
    const part = DASHED_TEXT.exec(text)?.[1]?.trim();
    if (part !== undefined && part !== '') return part;
  }
  return name;
}
