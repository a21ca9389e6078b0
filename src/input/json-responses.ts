import { indexOfName, plainShape, type ColumnHint, type PlatformShape } from './platforms/platform-shape.js';
import { isTypeformFinished } from './platforms/simple-platforms.js';

/** Whose API wrote a response: Typeform's Responses API, Formbricks' Management API, or anyone else (SurveyJS results, KoboToolbox data …). */
export type ResponseKind = 'typeform' | 'formbricks' | 'plain';

/**
 * What a JSON response is, by its keys: a Typeform item has `answers`, an array of objects with a
 * `field`, beside `response_id`, `token` or `landed_at`; a Formbricks response has a `data` object
 * beside `surveyId` or `finished`. Anything else is a plain object of answers.
 */
export function responseKind(response: Record<string, unknown>): ResponseKind {
  const { answers } = response;
  if (Array.isArray(answers) && ('response_id' in response || 'token' in response || 'landed_at' in response) && answers.every((a) => isObject(a) && isObject(a.field))) return 'typeform';
  if (isObject(response.data) && ('surveyId' in response || 'finished' in response)) return 'formbricks';
  return 'plain';
}

/**
 * A response as a plain object of answers, ready to be flattened into columns:
 * - a Typeform item's answers become keys named after each field's `ref` (or its `id` where it has
 *   no ref), each holding its value: a choice's label (or the text typed as "other"), the labels of
 *   several choices as an array, a number, a boolean, a text, an e-mail, a URL, a date, a phone
 *   number, a file's URL; the item's other keys (`response_id`, `submitted_at`, `hidden`,
 *   `metadata` …) are kept as they are, the answers after `response_id`, `landed_at` and `submitted_at`;
 * - a Formbricks response's `data` (answers by question id) is lifted to the top, after `id`,
 *   `createdAt`, `updatedAt`, `surveyId` and `finished`, the other keys (`meta`, `ttc` …) after;
 * - a plain object is itself.
 */
export function plainResponse(response: Record<string, unknown>, kind: ResponseKind): Record<string, unknown> {
  if (kind === 'typeform') {
    const out: Record<string, unknown> = {};
    for (const key of ['response_id', 'landed_at', 'submitted_at']) if (key in response) out[key] = response[key];
    for (const answer of response.answers as Array<Record<string, unknown>>) {
      const field = answer.field as Record<string, unknown>;
      const name = typeof field.ref === 'string' && field.ref !== '' ? field.ref : String(field.id);
      out[name] = typeformValue(answer);
    }
    for (const [key, value] of Object.entries(response)) if (key !== 'answers' && !(key in out)) out[key] = key === 'variables' && Array.isArray(value) ? typeformVariables(value) : value;
    return out;
  }
  if (kind === 'formbricks') {
    const out: Record<string, unknown> = {};
    for (const key of ['id', 'createdAt', 'updatedAt', 'surveyId', 'finished']) if (key in response) out[key] = response[key];
    for (const [key, value] of Object.entries(response.data as Record<string, unknown>)) if (!(key in out)) out[key] = value;
    for (const [key, value] of Object.entries(response)) if (key !== 'data' && !(key in out)) out[key] = value;
    return out;
  }
  return response;
}

/** The value of one Typeform answer, under the key its `type` names. */
function typeformValue(answer: Record<string, unknown>): unknown {
  const type = typeof answer.type === 'string' ? answer.type : '';
  const value = answer[type];
  if (type === 'choice' && isObject(value)) return value.label ?? value.other ?? null;
  if (type === 'choices' && isObject(value)) return [...(Array.isArray(value.labels) ? value.labels : []), ...(typeof value.other === 'string' ? [value.other] : [])];
  return value ?? null;
}

/** Typeform's variables, `[{key, type, number|text}]`, as an object of their values. */
function typeformVariables(variables: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const variable of variables) if (isObject(variable) && typeof variable.key === 'string') out[variable.key] = variable[typeof variable.type === 'string' ? variable.type : 'value'] ?? null;
  return out;
}

// The keys of each API's responses that are its metadata, not answers: by the column's first key.
const METADATA: Record<Exclude<ResponseKind, 'plain'>, Record<string, ColumnHint['role']>> = {
  typeform: { response_id: 'id', submitted_at: 'timestamp', landed_at: 'ignored', landing_id: 'ignored', token: 'ignored', response_type: 'ignored', metadata: 'ignored' },
  formbricks: {
    id: 'id',
    createdAt: 'timestamp',
    updatedAt: 'ignored',
    surveyId: 'ignored',
    finished: 'ignored',
    meta: 'ignored',
    ttc: 'ignored',
    contact: 'ignored',
    contactId: 'ignored',
    contactAttributes: 'ignored',
    person: 'ignored',
    personAttributes: 'ignored',
    displayId: 'ignored',
    singleUseId: 'ignored',
    endingId: 'ignored',
    language: 'ignored',
    notes: 'ignored',
    tags: 'ignored',
  },
};

/**
 * The shape of a file of Typeform or Formbricks responses, from the columns' names and first keys:
 * the API's metadata keys are id, timestamp or ignored; a Typeform `response_type` of `started` or
 * `partial`, and a Formbricks `finished` of false, make a response unfinished.
 */
export function apiShape(kind: Exclude<ResponseKind, 'plain'>, names: readonly string[], roots: readonly string[]): PlatformShape {
  const label = kind === 'typeform' ? 'Typeform' : 'Formbricks';
  const hints = roots.map((root, i): ColumnHint | null => {
    const role = METADATA[kind][root];
    return role === undefined ? null : { role, why: `${label} ${role === 'ignored' ? 'metadata' : role} key "${names[i] as string}"` };
  });
  const finished = kind === 'typeform' ? indexOfName(names, 'response_type') : indexOfName(names, 'finished');
  const isFinished = kind === 'typeform' ? isTypeformFinished : (v: string) => v.trim() !== 'false';
  return { ...plainShape(kind, names), hints, finished: finished < 0 ? null : { column: finished, isFinished } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
