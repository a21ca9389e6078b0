import { normalizeText } from '../text/normalize-text.js';
import type { ColumnModel } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A column of free text whose comments are counted: a comment column (role `comment`), or the
 * "Other (please specify)" text of a choice question (`other`).
 */
export interface CommentColumn {
  column: ColumnModel;
  kind: 'comment' | 'other';
}

// Roles a column of "Other" texts may get from detection: too short for a comment, or few distinct
// values that look like a segment, or no answers in the sample at all.
const OTHER_TEXT_ROLES: ReadonlySet<ColumnModel['role']> = new Set(['comment', 'unknown', 'segment']);
// A number after the header's last word: Typeform names a second "Other" column "Other (2)".
const TRAILING_NUMBER = / \d+$/;
// What Qualtrics' question row writes after the choice a text was typed beside (`Q1_6_TEXT`: "Which branch? - Other (please specify) - Text").
const TEXT_ENTRY = /\s+-\s+Text$/u;

/**
 * The columns of free text of a survey, in file order: every comment column, and every column
 * whose header ends with a lexicon's word for the "Other" answer of a choice question ("Other
 * (please specify)", "Which channels? - Other", "How do you identify? [Other]", "Sonstiges",
 * "Inne", "Cits", "Other (2)"), or whose question does (Qualtrics' `Q1_6_TEXT` under "Which
 * branch? - Other (please specify) - Text"), that holds text — a comment, or too short or too
 * repetitive for one.
 * A ticked "Other" option of a checkbox question is an `option` column, not text, and is not one.
 *
 * @example commentColumns(model.columns, model.vocabulary).map((c) => c.kind) // ['other', 'comment']
 */
export function commentColumns(columns: readonly ColumnModel[], vocabulary: Vocabulary): CommentColumn[] {
  return columns.flatMap((column): CommentColumn[] => {
    if (!OTHER_TEXT_ROLES.has(column.role)) return [];
    // A question row names the choice a text was typed beside only in Qualtrics' shape, "… - <choice> - Text": "Anything else to tell us? (please specify)" is the survey's own open question.
    const other = namesOtherAnswer(column.name, vocabulary) || (column.question !== null && TEXT_ENTRY.test(column.question) && namesOtherAnswer(column.question.replace(TEXT_ENTRY, ''), vocabulary));
    if (column.role === 'comment') return [{ column, kind: other ? 'other' : 'comment' }];
    return other ? [{ column, kind: 'other' }] : [];
  });
}

/**
 * Whether a header ends with a word for the "Other (please specify)" answer, after its question if
 * it has one. A question that ends with its own "other" ("Have you ever cheated on your
 * significant other?") names no answer: the word must come after the header's last question mark.
 * Nor does a header that lists a question's choices, "other" the last of them ("Gender (male /
 * female / other)", "Device: desktop, mobile or other"): that column holds the choice made.
 */
export function namesOtherAnswer(header: string, vocabulary: Vocabulary): boolean {
  const afterQuestion = header.slice(header.lastIndexOf('?') + 1);
  const words = normalizeText(afterQuestion).replace(TRAILING_NUMBER, '').split(' ');
  // The longest phrases of the lexicons are four words ("outro por favor especifique").
  for (let n = Math.min(5, words.length); n >= 1; n--) if (vocabulary.otherAnswer.has(words.slice(-n).join(' '))) return !endsChoiceList(afterQuestion, vocabulary);
  return false;
}

// The choices a header lists: inside its closing brackets, or after its last colon.
const BRACKETED_CHOICES = /[([]([^()[\]]*)[)\]]\s*$/u;
// What separates the choices of a list: a slash, a comma, a bar, a semicolon, or a word for "or".
const CHOICE_SEPARATOR = /\s*[/,|;]\s*|\s+(?:or|oder|ou|o|lub|albo|vai)\s+/iu;

/**
 * Whether a header ends with a list of choices whose last is the "Other" answer: a choice before it
 * that is no word of that answer ("(Other, please specify)" is the answer alone, no list).
 */
function endsChoiceList(header: string, vocabulary: Vocabulary): boolean {
  const colon = header.lastIndexOf(':');
  const list = BRACKETED_CHOICES.exec(header)?.[1] ?? (colon < 0 ? '' : header.slice(colon + 1));
  const choices = list.split(CHOICE_SEPARATOR).map(normalizeText).filter((choice) => choice !== '');
  const lastNamed = choices.findLastIndex((choice) => !vocabulary.otherAnswer.has(choice));
  return lastNamed >= 0 && lastNamed < choices.length - 1;
}
