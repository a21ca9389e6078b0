import { normalizeText } from '../text/normalize-text.js';
import { lexicons, type Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import { isBlankAnswer } from './non-answer.js';
import { RATED_ROLES, type ColumnModel, type Role } from './survey-model.js';
import { noAnswerCodes, type Vocabulary } from './vocabulary.js';

// The roles of a survey's questions, answered by the respondent: a consent question after one of
// them gates nothing that came before ("Which store did you visit?", "Age group" are questions
// too; ids, dates and platform metadata are not).
const QUESTION_ROLES: ReadonlySet<Role> = new Set([...RATED_ROLES, 'segment', 'comment', 'option', 'ranking', 'importance', 'attention']);

// At a gate, a respondent who declines is sent to the end: of the sampled decliners, at least this
// share left every question of the survey blank. One who answers a question or two on a platform
// that does not skip (or a row pasted in) is borne; most decliners answering the survey is consent
// to something else (marketing, a newsletter, being contacted), which leaves out no one. With four
// decliners or fewer sampled, every one of them must have left the survey blank.
const DECLINERS_BLANK_SHARE = 0.8;

/**
 * Keeps the consent gate (`consentGate`, set by detection on a consent question answered as a gate
 * is) only where the question opens the survey — no question of the survey, a segment question
 * included, comes before it, as a platform asks for consent and sends whoever declines to the end —,
 * where the sampled respondents who decline it left (nearly) every question of the survey blank, as
 * they do when sent to the end (who declines marketing or being contacted answers the survey, and is
 * kept; but a consent whose words name taking part in the survey, the lexicons' consentTakingPart,
 * gates all the same: who declined it did not agree to be in the survey, whatever it then asked
 * them), and where it is still `ignored` once the config and the flags have had their say (another
 * role, `segment` say, is no gate; the config `satisfy init` writes keeps it `ignored`, and the gate).
 * A consent asked after the questions (to be contacted, to quote a comment) leaves out no one.
 */
export function settleConsentGates(columns: readonly ColumnModel[], sample: readonly (readonly string[])[] = [], vocabulary?: Pick<Vocabulary, 'missingCodes' | 'unticked'>): void {
  let asked = false;
  const questions = columns.filter((c) => QUESTION_ROLES.has(c.role));
  for (const column of [...columns].sort((a, b) => a.index - b.index)) {
    if (column.consentGate === true && (asked || column.role !== 'ignored')) delete column.consentGate;
    if (column.consentGate === true) {
      const answered = declinersWhoAnswered(column, questions, sample, vocabulary);
      const declinersAnswered = answered.declined > 0 && answered.declined - answered.answered < Math.ceil(DECLINERS_BLANK_SHARE * answered.declined - 1e-9);
      const takingPart = declinersAnswered ? takingPartWords(column) : null;
      if (takingPart !== null) {
        column.evidence.push(`a gate by its words, "${takingPart}": ${answered.answered} of the ${answered.declined} sampled respondents who decline it answered the survey's questions all the same (it sent no one to the end), but declined to take part: each who declines is left out, counted as declinedConsent`);
      } else if (declinersAnswered) {
        delete column.consentGate;
        column.evidence.push(`no gate: ${answered.answered} of the ${answered.declined} sampled respondents who decline it answered the survey's questions, so declining it sent no one to the end (consent to something else than taking part); they are kept`);
      } else column.evidence.push('the survey opens with it: a respondent who declines is left out, counted as declinedConsent');
    }
    if (QUESTION_ROLES.has(column.role)) asked = true;
  }
}

// The words of every lexicon that name taking part in the survey.
const TAKING_PART = lexicons.flatMap((l) => l.consentTakingPart);

/** The words of a consent question's header (or question text) that name taking part (see Lexicon.consentTakingPart), or null. */
function takingPartWords(column: ColumnModel): string | null {
  for (const text of [column.name, column.question]) {
    const found = text === null ? [] : matchKeywords(text, TAKING_PART);
    if (found.length > 0) return found[0] as string;
  }
  return null;
}

/** Of the sampled rows that decline the consent question, how many answered a question of the survey. */
function declinersWhoAnswered(gate: ColumnModel, questions: readonly ColumnModel[], sample: readonly (readonly string[])[], vocabulary: Pick<Vocabulary, 'missingCodes' | 'unticked'> | undefined): { declined: number; answered: number } {
  let declined = 0;
  let answered = 0;
  for (const row of sample) {
    if (!declinesConsent(row[gate.index] ?? '')) continue;
    declined++;
    if (questions.some((q) => q.index !== gate.index && !leftBlank(row[q.index] ?? '', q, vocabulary))) answered++;
  }
  return { declined, answered };
}

/** Whether a cell holds no answer: empty, `NA`, a code of no answer, or an unticked checkbox. */
function leftBlank(cell: string, column: ColumnModel, vocabulary: Pick<Vocabulary, 'missingCodes' | 'unticked'> | undefined): boolean {
  const text = cell.trim();
  if (vocabulary !== undefined && noAnswerCodes(column, vocabulary).has(text)) return true;
  if (isBlankAnswer(text)) return true;
  return column.role === 'option' && (text === '0' || (vocabulary?.unticked.has(normalizeText(text)) ?? false));
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
