import { normalizeText } from '../text/normalize-text.js';

/** A table of one row per answer, as warehouses keep surveys (an entity-attribute-value table): its three columns. */
export interface LongFormat {
  /** The column of whose answer a row is (`respondent_id`), its values met again from row to row. */
  respondent: string;
  /** The column that names the question answered (`question_id`). */
  question: string;
  /** The column of the answer (`answer`, `value`). */
  answer: string;
  /** The questions the sample names, in the order first met (at most LISTED). */
  questions: string[];
}

// Names of the three columns, folded, as warehouses and survey platforms' APIs name them. The
// respondent is a survey's (`respondent_id`, `response_id`, `submission_id`) before a customer or a
// user (`customer_id`), and either before a bare `id` (a warehouse's surrogate key beside them);
// `response` alone is an answer. A question named an item or a field (`item_id`, `field_id`) is a
// question only beside a survey's respondent: beside a customer, items are what was bought.
const SURVEY_RESPONDENT = /^(?:respondent|response|submission|participant) ?(?:id|key|no|number|uuid)$|^(?:respondent|participant)$/;
const OTHER_RESPONDENT = /^(?:customer|user|case|record) ?(?:id|key|no|number|uuid)$/;
const BARE_ID = /^(?:id|uuid)$/;
const QUESTION = /^(?:question|variable|attribute|metric|question (?:code|name|key|label|text)|(?:question|variable|attribute|metric) ?(?:id|key|code|name))$/;
const ITEM = /^(?:item|field) ?(?:id|key|code|name)$/;
const ANSWER = /^(?:answer|value|response|response value|answer value|answer text|score|rating)$/;
const BOUGHT = /\b(?:customer|user|order|product|sku|review|comment|nps|recommend|satisf\w*|price)\b/;

// The fewest rows of the sample, and the fewest answers a respondent gives, and the fewest
// respondents a question is asked of, on average, to tell such a table.
const MIN_ROWS = 20;
const MIN_ANSWERS_EACH = 2;
const MIN_ASKED_EACH = 2;
// The questions named in the error's hint.
const LISTED = 8;

/**
 * A table of one row per answer (`respondent_id, question_id, answer`), told from its header and
 * sample: a column that names the question, one of the answer, and one of the respondent whose
 * values come again, each respondent with two answers or more and each question asked of two
 * respondents or more on average. satisfy reads one row per respondent: pivoted, each question
 * becomes a column. Null for any other table: a question named an item or a field counts beside a
 * survey's respondent and nothing of a purchase (a product's reviews, `customer_id, item_id,
 * rating`, and a response's order lines name what was bought), and a question asked of about one
 * respondent each is no survey's.
 *
 * @example oneRowPerAnswer(['respondent_id', 'question_id', 'answer'], rows) // { respondent: 'respondent_id', question: 'question_id', answer: 'answer', questions: ['nps_score', …] }
 */
export function oneRowPerAnswer(names: readonly string[], sample: readonly (readonly string[])[]): LongFormat | null {
  if (sample.length < MIN_ROWS) return null;
  const folded = names.map((name) => normalizeText(name.replace(/_/g, ' ')));
  // The one column whose name matches, among those not taken already; none where two match.
  const taken = new Set<number>();
  const find = (pattern: RegExp) => {
    const at = folded.findIndex((name, i) => !taken.has(i) && pattern.test(name));
    if (at < 0 || folded.some((name, i) => i !== at && !taken.has(i) && pattern.test(name))) return -1;
    taken.add(at);
    return at;
  };
  const answer = find(ANSWER);
  const named = find(QUESTION);
  const surveys = find(SURVEY_RESPONDENT);
  // An item beside a customer, an order, a product, a review or a question of its own (the NPS) is
  // a line of what was bought, rated in the row (a third cold review: order lines were refused).
  const bought = folded.some((name) => BOUGHT.test(name));
  const question = named >= 0 ? named : surveys >= 0 && !bought ? find(ITEM) : -1;
  const other = surveys >= 0 ? -1 : find(OTHER_RESPONDENT);
  const respondent = surveys >= 0 ? surveys : other >= 0 ? other : find(BARE_ID);
  if (respondent < 0 || question < 0 || answer < 0) return null;
  const respondents = new Set(sample.map((row) => row[respondent] ?? ''));
  const questions = [...new Set(sample.map((row) => (row[question] ?? '').trim()).filter((q) => q !== ''))];
  if (questions.length < 2 || respondents.size * MIN_ANSWERS_EACH > sample.length || questions.length * MIN_ASKED_EACH > sample.length) return null;
  return { respondent: names[respondent] as string, question: names[question] as string, answer: names[answer] as string, questions: questions.slice(0, LISTED) };
}

/** The hint of a table of one row per answer: the query that pivots it. */
export function pivotHint(long: LongFormat): string {
  const { respondent, question, answer, questions } = long;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const columns = questions.slice(0, 2).map((q) => `max(CASE WHEN ${quoted(question)} = '${q.replace(/'/g, "''")}' THEN ${quoted(answer)} END) AS ${quoted(q)}`);
  return `pivot it first, one column per question, e.g. SELECT ${quoted(respondent)}, ${columns.join(', ')}, … FROM responses GROUP BY ${quoted(respondent)}`;
}
