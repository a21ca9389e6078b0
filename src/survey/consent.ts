import { normalizeText } from '../text/normalize-text.js';
import { lexicons, type Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import { RATED_ROLES, type ColumnModel, type Role } from './survey-model.js';

// The roles of a survey's questions, answered by the respondent: a consent question after one of
// them gates nothing that came before ("Which store did you visit?", "Age group" are questions
// too; ids, dates and platform metadata are not).
const QUESTION_ROLES: ReadonlySet<Role> = new Set([...RATED_ROLES, 'segment', 'comment', 'option', 'ranking', 'importance', 'attention']);

/**
 * Keeps the consent gate (`consentGate`, set by detection on a consent question answered as a gate
 * is) only where the question opens the survey — no question of the survey, a segment question
 * included, comes before it, as a platform asks for consent and sends whoever declines to the
 * end — and where it is still `ignored`
 * once the config and the flags have had their say (another role, `segment` say, is no gate; the
 * config `satisfy init` writes keeps it `ignored`, and the gate). A consent asked after the
 * questions (to be contacted, to quote a comment) leaves out no one.
 */
export function settleConsentGates(columns: readonly ColumnModel[]): void {
  let asked = false;
  for (const column of [...columns].sort((a, b) => a.index - b.index)) {
    if (column.consentGate === true && (asked || column.role !== 'ignored')) delete column.consentGate;
    if (column.consentGate === true) column.evidence.push('the survey opens with it: a respondent who declines is left out, counted as declinedConsent');
    if (QUESTION_ROLES.has(column.role)) asked = true;
  }
}

/** The words of a declining answer, of every lexicon: a plain no, a negation, a word of refusing. */
interface DeclineWords {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  negation: readonly string[];
  declined: readonly string[];
}

function declineWords(from: readonly Lexicon[]): DeclineWords {
  const fold = (pick: (l: Lexicon) => string[]) => from.flatMap(pick).map((w) => normalizeText(w.replace(/\*$/, '')) + (w.endsWith('*') ? '*' : ''));
  return { yes: new Set(fold((l) => l.yes)), no: new Set(fold((l) => l.no)), negation: fold((l) => l.reversedWording.negation), declined: fold((l) => l.consentDeclined) };
}

const WORDS = declineWords(lexicons);

/**
 * Whether an answer to a consent question declines it, in any lexicon language: it starts with a
 * plain no ("No", "Nein, danke", "Não"), or, not starting with a yes, holds a negation ("I do not
 * consent", "Nie wyrażam zgody", "Je n'accepte pas", "No acepto") or a word of refusing ("I decline",
 * "Ich lehne ab", "Nepiekrītu"). "Yes", "I agree", "Zgadzam się", a blank or a code decline nothing.
 *
 * @example declinesConsent('No, I do not consent') // true
 * @example declinesConsent('I consent') // false
 */
export function declinesConsent(answer: string): boolean {
  const folded = normalizeText(answer);
  if (folded === '') return false;
  const first = folded.split(' ')[0] as string;
  if (WORDS.no.has(first)) return true;
  if (WORDS.yes.has(first)) return false;
  return matchKeywords(folded, WORDS.negation).length > 0 || matchKeywords(folded, WORDS.declined).length > 0;
}
