import { questionStem } from './column-groups.js';

// Qualtrics' question text of a choice question one of whose choices takes text: "Which service do
// you have? - Selected Choice" (its text entry is "… - Other, please specify - Text").
const SELECTED_CHOICE = /\s-\s*Selected Choice\s*$/i;
// The text typed for choice k of question X: `X_k_TEXT` (current exports), `X_TEXT` (2016 exports).
const TEXT_ENTRY = /^(.+?)(?:_\d+)?_TEXT$/i;

/** Why a column holds a choice, and whether its question says so itself ("- Selected Choice"). */
export interface SelectedChoice {
  why: string;
  stated: boolean;
}

/**
 * The columns that hold the choice made in a multiple-choice question with a text entry, by index,
 * with the evidence: Qualtrics writes such a question's column with its question text ending in
 * "- Selected Choice", and the text typed for one of its choices beside it as `Q6_4_TEXT` (or
 * `Q6_TEXT`). The column holds a choice (a code 1..k or the choice's text), never a rating. A
 * matrix row with a text entry (`Q4_1` beside `Q4_1_TEXT`) is a row of its question, rated, and is
 * not one: only a name that is no row of a question (see questionStem), and no column of `rows`
 * (the rows of a question told otherwise: `matrix_q5_other` beside `matrix_q5_other_TEXT`, whose
 * ImportId `QID4-2` names row 2 of question QID4, see importIdGroups), counts. The `_TEXT` names
 * are Qualtrics' own (`qualtrics`): in another file `csat` beside `csat_text` is a rating and why.
 * The caller decides what a column found here is, by what else its reading says.
 *
 * @example selectedChoices(['Q6', 'Q6_4_TEXT'], [null, null], true).get(0)?.stated // false: the text entry beside it says so
 */
export function selectedChoices(names: readonly string[], questions: readonly (string | null)[], qualtrics: boolean, rows: ReadonlySet<number> = new Set()): Map<number, SelectedChoice> {
  const byName = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
  const found = new Map<number, SelectedChoice>();
  for (const name of qualtrics ? names : []) {
    const stem = TEXT_ENTRY.exec(name.trim())?.[1];
    const question = stem === undefined ? undefined : byName.get(stem.toLowerCase());
    if (question === undefined || rows.has(question) || questionStem(names[question] ?? '') !== null) continue;
    found.set(question, { why: `the text typed for one of its choices is "${name}": a choice question with a text entry, whose answer is the choice made (a code or its text), not a rating`, stated: false });
  }
  names.forEach((name, i) => {
    const text = questions[i] ?? name;
    if (SELECTED_CHOICE.test(text)) found.set(i, { why: `the question ends with "- Selected Choice": a choice question with a text entry, whose answer is the choice made (a code or its text), not a rating`, stated: true });
  });
  return found;
}
