import type { Lexicon } from './lexicon/index.js';
import { matchKeywords, matrixRow } from './match-keywords.js';
import type { ColumnModel } from './survey-model.js';

/**
 * Whom a survey asks: its customers (the default, what satisfy's headlines are about), its
 * employees, or patients about their own health (a health questionnaire: PHQ-9, GAD-7).
 */
export type Audience = 'customers' | 'employees' | 'patients';

/** How the notes and reasons name a survey of an audience other than customers, and what its questions are to a customer's. */
export const AUDIENCE_NAMES: Readonly<Record<Exclude<Audience, 'customers'>, { survey: string; theirs: string }>> = {
  employees: { survey: 'a survey of employees', theirs: "is theirs, not a customer's" },
  patients: { survey: "a survey of patients' health", theirs: "asks about the respondent's health, not a customer's experience" },
};

/** The label set of a health questionnaire's days (`frequency-days-4`: "Not at all", "Several days", "More than half the days", "Nearly every day"). */
const HEALTH_DAYS = 'frequency-days-4';
/**
 * How many columns answered on it make a survey one of patients' health: two, where one asks how
 * often one was bothered over the last two weeks; four whatever their headers (a PHQ-9 of its
 * items' texts alone).
 */
const HEALTH_COLUMNS = 2;
const HEALTH_GRID = 4;

/** The audience of a survey and the evidence for it, in words. */
export interface SurveyAudience {
  audience: Audience;
  evidence: string;
}

/** How many columns must ask with a workplace's words, in how many different words, for a survey to be one of employees. */
const EMPLOYEE_COLUMNS = 2;
const EMPLOYEE_WORDS = 2;

/**
 * The workplace words (Lexicon.workplace) of a column's header and question, in any of `lexicons`:
 * "place to work" in "How likely are you to recommend this company as a place to work?".
 *
 * @example workplaceWords({ name: 'My manager treats me with respect', question: null }, lexicons) // ['my manager']
 */
export function workplaceWords(column: Pick<ColumnModel, 'name' | 'question'>, lexicons: readonly Lexicon[]): string[] {
  return [...new Set(lexicons.flatMap((lexicon) => matchKeywords(headerText(column), lexicon.workplace)))];
}

/**
 * Whom the survey asks, told from the words of all its questions as an analyst tells it: a survey
 * of patients' health answers two questions or more in a health questionnaire's days ("Several
 * days" … "Nearly every day": PHQ-9, GAD-7, in each lexicon's language), one of them asking, as
 * those do, how often one was bothered over the last two weeks (Lexicon.health), or four whatever
 * their headers (an export of the items' texts alone); a survey
 * of employees asks about the workplace — the company "as a place to work", the employer, "my
 * manager", workload — in at least two columns and two different words. Customers speak of
 * colleagues, their team and role, work, HR software and salaries too, so those words tell nothing
 * (see Lexicon.workplace). Any other survey is read as one of customers, as satisfy always has.
 *
 * @example surveyAudience(columns, lexicons) // { audience: 'employees', evidence: '3 questions ask about the workplace ("place to work" in …)' }
 */
export function surveyAudience(columns: readonly Pick<ColumnModel, 'name' | 'question' | 'scale'>[], lexicons: readonly Lexicon[]): SurveyAudience {
  // A health questionnaire asks how many days one was bothered by each symptom: two such questions or more.
  const health = columns.filter((c) => c.scale?.labelSet === HEALTH_DAYS);
  // Asked of the last two weeks and of being bothered, as a health questionnaire asks: a customer's days of using an app are no symptoms.
  const asked = (c: Pick<ColumnModel, 'name' | 'question'>) => lexicons.some((lexicon) => lexicon.health !== undefined && matchKeywords(headerText(c), lexicon.health.window).length > 0 && matchKeywords(headerText(c), lexicon.health.bothered).length > 0);
  if (health.length >= HEALTH_GRID || (health.length >= HEALTH_COLUMNS && health.some(asked))) {
    // A grid's rows by their own words ("Feeling down, depressed, or hopeless"), not the question they share.
    const named = health.slice(0, 2).map((c) => `"${short(matrixRow(c.name)?.row ?? c.name)}"`).join(', ');
    return { audience: 'patients', evidence: `${health.length} questions are answered in the days of a health questionnaire ("Several days" … "Nearly every day", as PHQ-9 and GAD-7 ask: ${named}${health.length > 2 ? ` and ${health.length - 2} more` : ''}): ${AUDIENCE_NAMES.patients.survey}` };
  }
  const found = columns.map((column) => ({ column, words: workplaceWords(column, lexicons) })).filter((f) => f.words.length > 0);
  const words = new Set(found.flatMap((f) => f.words));
  const shown = found
    .slice(0, 3)
    .map((f) => `"${(f.words[0] ?? '').replace(/\*$/, '')}" in "${short(f.column.name)}"`)
    .join(', ');
  const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
  if (found.length >= EMPLOYEE_COLUMNS && words.size >= EMPLOYEE_WORDS) return { audience: 'employees', evidence: `${found.length} questions ask about the workplace (${shown}${more}): a survey of employees` };
  if (found.length === 0) return { audience: 'customers', evidence: 'no question asks about the workplace: read as a survey of customers' };
  return { audience: 'customers', evidence: `only ${found.length === 1 ? 'one question asks' : `${found.length} questions ask, in one word,`} about the workplace (${shown}): read as a survey of customers` };
}

/** A column's header and question together, as its words are read. */
function headerText(column: Pick<ColumnModel, 'name' | 'question'>): string {
  return column.question === null || column.question === column.name ? column.name : `${column.question} ${column.name}`;
}

/** A header shortened for a note. */
function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/**
 * On a survey of employees, or of patients' health, holds back what detection read as a customer
 * figure — the overall satisfaction (CSAT), effort (CES) and complaint questions, and the items of
 * the customer dimensions (delivery, pricing, complaints, trust, service) — as a low-confidence
 * reading is held back: scored as an item of no dimension, `suggestion` saying what it would have
 * been, until the config or `--map` names it. The recommend question stays: an employee's is the
 * eNPS, computed as the NPS is. Returns the columns held back.
 */
export function holdBackCustomerFigures(columns: ColumnModel[], audience: Exclude<Audience, 'customers'> = 'employees'): ColumnModel[] {
  const held: ColumnModel[] = [];
  for (const column of columns) {
    const headline = column.role === 'csat' || column.role === 'ces' || column.role === 'complaint';
    if (!headline && (column.role !== 'item' || column.dimension === null)) continue;
    column.suggestion = { role: column.role, dimension: column.dimension };
    const was = `${column.role}${column.dimension === null ? '' : ` in ${column.dimension}`}`;
    if (headline) column.role = 'item';
    column.dimension = null;
    column.confidence = 'low';
    column.forCustomers = true;
    column.evidence.push(`${AUDIENCE_NAMES[audience].survey}: left out as ${was}, a customer figure, until named (--map or satisfy.config.json)`);
    held.push(column);
  }
  return held;
}
