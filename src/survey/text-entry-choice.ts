import type { ValueProfile } from './profile-values.js';

// The text typed for choice k of question X, in a Qualtrics export: `X_k_TEXT`.
const TEXT_ENTRY = /^(.+)_(\d+)_TEXT$/i;

/** A rated question's choice that takes a text entry: its code, and the text column that says so. */
export interface TextEntryChoice {
  code: number;
  entry: string;
}

/**
 * The choices of rated questions that are no point of their scale, by column index: in a Qualtrics
 * export, a question `Q1` answered 1-5 whose choice 6 is "Not applicable, please explain" is
 * exported as `Q1` (codes 1-6) beside `Q1_6_TEXT`, the text typed for that choice. A choice with a
 * text entry is an "other", "not applicable" or "explain" answer, not a rating: code k is one where
 * it is the column's largest (or smallest) code seen and the other codes run from 1 up (so k above
 * them, or a 0 below them). The `_TEXT` names are Qualtrics' own (`qualtrics`): in another file a
 * column named so proves nothing. The caller reads the column's scale without code k and counts its
 * answers as not applicable, where the column is still rated so.
 *
 * @example textEntryChoices(['Q1', 'Q1_6_TEXT'], [profileOf('1', '5', '6')], true).get(0) // { code: 6, entry: 'Q1_6_TEXT' }
 */
export function textEntryChoices(names: readonly string[], profiles: readonly Pick<ValueProfile, 'counts'>[], qualtrics: boolean): Map<number, TextEntryChoice> {
  const byName = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
  const found = new Map<number, TextEntryChoice>();
  for (const entry of qualtrics ? names : []) {
    const match = TEXT_ENTRY.exec(entry.trim());
    if (match === null) continue;
    const index = byName.get((match[1] as string).toLowerCase());
    const code = Number(match[2]);
    const counts = index === undefined ? null : (profiles[index]?.counts ?? null);
    if (index === undefined || counts === null || (counts.get(code) ?? 0) === 0) continue;
    const others = [...counts.keys()].filter((value) => value !== code);
    if (others.length === 0 || others.some((value) => value < 1)) continue;
    if (code > Math.max(...others) || code < 1) found.set(index, { code, entry: entry.trim() });
  }
  return found;
}

// The text typed for choice k of question X: `X_k_TEXT` (current exports), `X_TEXT` (2016 exports).
const TYPED = /^(.+?)(?:_\d+)?_TEXT$/i;

/**
 * The columns of a Qualtrics export that hold the text typed beside a choice, by index, with the
 * name of the column of their question: `Q6_5_TEXT` beside `Q6`, `Q6_TEXT` (2016 exports),
 * `sat_other_TEXT` beside the matrix row `sat_other`. Only where the question's column is in the
 * file, and only in a Qualtrics export (`qualtrics`): elsewhere a name so made proves nothing.
 *
 * @example typedForChoices(['Q6', 'Q6_5_TEXT'], true).get(1) // 'Q6'
 */
export function typedForChoices(names: readonly string[], qualtrics: boolean): Map<number, string> {
  const byName = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
  const found = new Map<number, string>();
  if (!qualtrics) return found;
  names.forEach((name, i) => {
    const stem = TYPED.exec(name.trim())?.[1];
    const question = stem === undefined ? undefined : byName.get(stem.toLowerCase());
    if (question !== undefined && question !== i) found.set(i, (names[question] as string).trim());
  });
  return found;
}
