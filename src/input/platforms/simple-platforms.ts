import { normalizeText } from '../../text/normalize-text.js';
import { looksLikeDate } from '../../text/parse-date.js';
import { isEmailAddress } from '../../text/redact-personal-data.js';
import { hintByName, indexOfName, plainShape, type ColumnHint, type RecognisePlatform } from './platform-shape.js';

type Roles = Record<string, ColumnHint['role']>;

/** A submission date (Typeform's, LimeSurvey's) is written once a response is submitted: empty, it was never finished. */
const hasSubmitDate = (date: string): boolean => date.trim() !== '';

/** Typeform's response type (`completed`, `partial`, `started` in its API) says whether a response was finished. */
export const isTypeformFinished = (type: string): boolean => !/^(started|partial)$/i.test(type.trim());

/**
 * Typeform: first column `#`, HTML inside headers, `Start Date (UTC)`, `Submit Date (UTC)`,
 * `Network ID`. The submit date is the timestamp: `Stage Date (UTC)`, when the response reached its
 * stage, is metadata beside it, but the timestamp in an export without one; a `Response Type` of
 * `partial` is an unfinished response, and in an export without that column (older ones, or one
 * whose columns were chosen) an empty `Submit Date (UTC)` is: the response was never submitted, as
 * LimeSurvey's empty `submitdate` says.
 */
export const recogniseTypeform: RecognisePlatform = ([header = []]) => {
  if (header[0]?.trim() !== '#' || !header.some((c) => /^(submit date \(utc\)|network id|start date \(utc\))$/i.test(c.trim()))) return null;
  const stageDate = indexOfName(header, 'Submit Date (UTC)') < 0 ? 'timestamp' : 'ignored';
  const roles: Roles = { '#': 'id', 'submit date (utc)': 'timestamp', 'start date (utc)': 'ignored', 'stage date (utc)': stageDate, 'network id': 'ignored', tags: 'ignored', 'response type': 'ignored', stage: 'ignored' };
  const shape = plainShape('typeform', header);
  // The question is the header without its HTML, where there was any.
  const questions = header.map((h) => (/<[a-z/][^>]*>/i.test(h) ? h.replace(/<[^>]*>/g, '').trim() : null));
  const type = indexOfName(header, 'Response Type');
  const submitted = indexOfName(header, 'Submit Date (UTC)');
  const finished = type >= 0 ? { column: type, isFinished: isTypeformFinished } : submitted >= 0 ? { column: submitted, isFinished: hasSubmitDate } : null;
  return { ...shape, questions, hints: hintByName(header, roles, 'Typeform'), finished };
};

// LimeSurvey's "Question code & question text" headings: `G03Q04. Haben Sie …`, `submitdate. Datum
// Abgeschickt`, `G02Q01[SQ001]. [Die Stromversorgung …]`: the code, a full stop and a space, the text.
const LIMESURVEY_CODED_HEADING = /^([A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])*)\. (.*)$/s;

/**
 * LimeSurvey: `id`, `submitdate`, `lastpage`, `startlanguage`... and codes like `Q1[SQ001]`, or
 * the same codes before the question text (`submitdate. Datum Abgeschickt`); an empty
 * `submitdate` is an incomplete response. A heading keeps its code in the column's name; the text
 * after the code is the question.
 */
export const recogniseLimeSurvey: RecognisePlatform = ([header = []]) => {
  const headings = header.map((h) => LIMESURVEY_CODED_HEADING.exec(h.trim()));
  const codes = header.map((h, i) => headings[i]?.[1] ?? h);
  const names = codes.map((c) => c.trim().toLowerCase());
  if (!names.includes('submitdate') || !(names.includes('lastpage') || names.includes('startlanguage'))) return recogniseLimeSurveyText(header, names);
  const roles: Roles = { id: 'id', submitdate: 'timestamp', lastpage: 'ignored', startlanguage: 'ignored', seed: 'ignored', startdate: 'ignored', datestamp: 'ignored', ipaddr: 'ignored', refurl: 'ignored', token: 'ignored' };
  const hints = hintByName(codes, roles, 'LimeSurvey').map((hint, i) => (hint === null ? null : { role: hint.role, why: `LimeSurvey ${hint.role === 'ignored' ? 'metadata' : hint.role} column "${header[i]}"` }));
  const questions = headings.map((heading) => (heading?.[2]?.trim() || null));
  const submitted = indexOfName(codes, 'submitdate');
  return { ...plainShape('limesurvey', header), questions, hints, finished: { column: submitted, isFinished: hasSubmitDate } };
};

/**
 * LimeSurvey's metadata columns as its "Question text" headings write them, in the language of the
 * account that exported: its id, submission date, last page, start language, and the others left
 * out of the analysis. The English, German and French ones, as LimeSurvey's own exports and the
 * scripts that read them spell them.
 */
const LIMESURVEY_TEXT_HEADINGS = [
  { id: 'response id', submitted: 'date submitted', page: 'last page', language: 'start language', others: ['seed', 'date started', 'date last action', 'ip address', 'referrer url'] },
  { id: 'antwort id', submitted: 'datum abgeschickt', page: 'letzte seite', language: 'start-sprache', others: ['zufallsstartwert', 'datum gestartet', 'datum letzte aktivität'] },
  { id: 'id de la réponse', submitted: 'date de soumission', page: 'dernière page', language: 'langue de départ', others: ['tête de série', 'date de lancement', 'date de la dernière action'] },
];

/**
 * LimeSurvey exported with "Question text" headings: no codes, its metadata named in words
 * ("Response ID", "Date submitted", "Last page", "Start language"; "Antwort ID", "Datum
 * Abgeschickt" …): recognised by its submission date beside its last page or start language, of
 * one language; an empty submission date is an incomplete response, as an empty `submitdate` is.
 */
function recogniseLimeSurveyText(header: readonly string[], names: readonly string[]): ReturnType<RecognisePlatform> {
  const words = LIMESURVEY_TEXT_HEADINGS.find((w) => names.includes(w.submitted) && (names.includes(w.page) || names.includes(w.language)));
  if (words === undefined) return null;
  const roles: Roles = { [words.id]: 'id', [words.submitted]: 'timestamp', [words.page]: 'ignored', [words.language]: 'ignored', ...Object.fromEntries(words.others.map((o) => [o, 'ignored'])) };
  const submitted = names.indexOf(words.submitted);
  return { ...plainShape('limesurvey', header), hints: hintByName(header, roles, 'LimeSurvey'), finished: { column: submitted, isFinished: hasSubmitDate } };
}

// An XForm field name: a letter or `_`, then letters, digits, `_`, `-` or `.`.
const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

/**
 * The field a KoboToolbox column asks, where its name is a group path (`group_service/q1_overall`,
 * `grp_a/grp_b/q1`): the last segment. The groups before it are only where the form put the
 * question; "service" in `group_service/` says nothing of what `q1_overall` asks. Null for a name
 * with no path, or one whose segments are not all XForm names ("Price/quality ratio" is a label).
 */
export function koboFieldName(name: string): string | null {
  const segments = name.trim().split('/');
  if (segments.length < 2 || !isXFormPath(name)) return null;
  return segments[segments.length - 1] ?? null;
}

/** Whether a name is an XForm name or a path of them (`issues`, `group_service/issues/billing`): no spaces, no leading digit. */
export function isXFormPath(name: string): boolean {
  return name.trim().split('/').every((s) => XML_NAME.test(s));
}

/**
 * KoboToolbox: `_uuid`, `_submission_time`, `_index` and other underscore metadata, `start`, `end`,
 * the form's `meta/` group (`meta/instanceID`).
 * Exported with XML names, a question in a group is named by its group path and its field name
 * (`group_service/q1_overall`): the field name is the question (see koboFieldName).
 */
export const recogniseKoboToolbox: RecognisePlatform = ([header = []]) => {
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('_uuid') && !names.includes('_submission_time')) return null;
  const roles: Roles = { _id: 'id', _submission_time: 'timestamp', start: 'ignored', end: 'ignored', today: 'ignored', deviceid: 'ignored', username: 'ignored', simserial: 'ignored', subscriberid: 'ignored', phonenumber: 'ignored', audit: 'ignored' };
  // `meta/instanceID`, `meta/rootUuid`, `meta/instanceName`: the form's meta group; `formhub/uuid`: the form's id in older exports.
  const hints = hintByName(header, roles, 'KoboToolbox').map((hint, i): ColumnHint | null => hint ?? (/^(_|meta\/|formhub\/)/.test(names[i] ?? '') ? { role: 'ignored', why: `KoboToolbox metadata column "${header[i]}"` } : null));
  const questions = header.map((h, i) => (hints[i] === null ? koboFieldName(h) : null));
  return { ...plainShape('kobotoolbox', header), questions, hints };
};

/** Formbricks: `No.`, `Response ID`, `Timestamp`, `Finished` (Yes/No), `Survey ID`, `Formbricks ID (internal)`...; `'-5` for -5. */
export const recogniseFormbricks: RecognisePlatform = ([header = []]) => {
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('formbricks id (internal)') && !(names.includes('survey id') && names.includes('response id') && names.includes('finished'))) return null;
  const roles: Roles = { 'response id': 'id', timestamp: 'timestamp', 'no.': 'ignored', finished: 'ignored', 'survey id': 'ignored', 'formbricks id (internal)': 'ignored', 'user id': 'ignored', notes: 'ignored', tags: 'ignored', quotas: 'ignored', url: 'ignored', source: 'ignored', action: 'ignored', 'verified email': 'ignored' };
  const hints = hintByName(header, roles, 'Formbricks').map((hint, i): ColumnHint | null => hint ?? (names[i]?.startsWith('useragent - ') ? { role: 'ignored', why: `Formbricks metadata column "${header[i]}"` } : null));
  const finished = indexOfName(header, 'Finished');
  return { ...plainShape('formbricks', header), hints, finished: finished < 0 ? null : { column: finished, isFinished: (v) => !/^no$/i.test(v.trim()) }, quotePrefix: true };
};

// "Timestamp" as Google Forms writes it in the languages of the lexicon and a few more.
const TIMESTAMP_WORDS = new Set(['timestamp', 'horodateur', 'sygnatura czasowa', 'zeitstempel', 'marca temporal', 'carimbo de data hora', 'laika zimogs', 'informazioni cronologiche', 'tijdstempel'].map(normalizeText));

/** Google Forms: the first column is `Timestamp` or its translation; grids are `Question [Row]`. */
export const recogniseGoogleForms: RecognisePlatform = ([header = []]) => {
  if (!TIMESTAMP_WORDS.has(normalizeText(header[0] ?? ''))) return null;
  const hints = header.map((h, i): ColumnHint | null => (i === 0 ? { role: 'timestamp', why: `Google Forms timestamp column "${h}"` } : /^(email address|adres e-mail|e-mail-adresse|adresse e-mail)$/i.test(h.trim()) ? { role: 'ignored', why: `Google Forms respondent e-mail "${h}"` } : null));
  return { ...plainShape('google-forms', header), hints };
};

// Microsoft Forms' own columns, as its Excel export (Responses → Open in Excel) names them in the
// form owner's language: en, de, fr, es, pt, pl. Folded as normalizeText folds them.
const MS_FORMS_ID = new Set(['ID', 'Id.', 'Identyfikator'].map(normalizeText));
const MS_FORMS_START = new Set(['Start time', 'Startzeit', 'Heure de début', 'Hora de inicio', 'Hora de início', 'Godzina rozpoczęcia'].map(normalizeText));
const MS_FORMS_COMPLETION = new Set(['Completion time', 'Fertigstellungszeit', 'Heure de fin', 'Hora de finalización', 'Hora de conclusão', 'Godzina ukończenia'].map(normalizeText));
const MS_FORMS_EMAIL = new Set(['Email', 'E-Mail', 'Adresse de messagerie', 'Correo electrónico', 'Adres e-mail'].map(normalizeText));
const MS_FORMS_NAME = new Set(['Name', 'Nom', 'Nombre', 'Nome', 'Nazwa'].map(normalizeText));
const MS_FORMS_MODIFIED = new Set(['Last modified time', 'Zeitpunkt der letzten Änderung', 'Heure de la dernière modification', 'Hora de la última modificación', 'Hora da última modificação', 'Godzina ostatniej modyfikacji', 'Czas ostatniej modyfikacji'].map(normalizeText));
/** Microsoft Forms writes its own columns first: ID, start, completion, e-mail, name, last modified. */
const MS_FORMS_LEADING = 6;

/**
 * Microsoft Forms: `ID` first, then `Start time` and `Completion time` (or their translations)
 * among its leading columns. The completion time, when the response was submitted, is the
 * timestamp; the start and last-modified times are metadata; the respondent's e-mail and name
 * are personal data, not answers.
 */
export const recogniseMicrosoftForms: RecognisePlatform = (records) => {
  const [header = []] = records;
  const names = header.map((h) => normalizeText(h));
  const leading = names.slice(0, MS_FORMS_LEADING);
  const named = leading.some((n) => MS_FORMS_START.has(n)) && leading.some((n) => MS_FORMS_COMPLETION.has(n));
  if (!MS_FORMS_ID.has(names[0] ?? '') || (!named && !msFormsColumns(records.slice(1)))) return null;
  const hints = header.map((h, i): ColumnHint | null => {
    const name = names[i] ?? '';
    if (i >= MS_FORMS_LEADING) return null;
    if (i === 0) return { role: 'id', why: `Microsoft Forms id column "${h}"` };
    if (MS_FORMS_COMPLETION.has(name) || (!named && i === 2)) return { role: 'timestamp', why: `Microsoft Forms timestamp column "${h}" (when the response was submitted)${named ? '' : ', the third of its own columns'}` };
    if (MS_FORMS_START.has(name) || MS_FORMS_MODIFIED.has(name) || (!named && i === 1)) return { role: 'ignored', why: `Microsoft Forms metadata column "${h}"${named || i !== 1 ? '' : ' (when the response was started), the second of its own columns'}` };
    if (MS_FORMS_EMAIL.has(name) || (!named && i === 3)) return { role: 'ignored', why: `Microsoft Forms respondent e-mail "${h}"${named ? '' : ', the fourth of its own columns'}` };
    if (MS_FORMS_NAME.has(name) || (!named && i === 4)) return { role: 'ignored', why: `Microsoft Forms respondent name "${h}"${named ? '' : ', the fifth of its own columns'}` };
    return null;
  });
  return { ...plainShape('microsoft-forms', header), hints };
};

/** What Microsoft Forms writes in its e-mail column for a response given without signing in. */
const MS_FORMS_ANONYMOUS = 'anonymous';

// A respondent's name as Microsoft Forms writes it: words of letters, no digits (a rating is none).
const PERSON_NAME = /^\p{L}[\p{L}\p{M}'’. -]*$/u;

/**
 * Microsoft Forms' own columns by what they hold, whatever language names them (its Excel export
 * names them in the form owner's language, and not every language's words are known here): after
 * the id, the start and completion times, dates in every sampled row, then the respondent's e-mail,
 * an address or "anonymous" (which Microsoft Forms writes, in English, for a response given
 * without signing in), and the name, blank, "anonymous" or a name, always in that order. An
 * export of its own that leads with an id, two dates and an e-mail has its first question next: a
 * column of ratings or numbers there is no Microsoft Forms name.
 */
function msFormsColumns(rows: readonly (readonly string[])[]): boolean {
  return rows.length > 0 && rows.every((row) => {
    const [, start = '', completion = '', email = '', name = ''] = row;
    const person = name.trim();
    return looksLikeDate(start) && looksLikeDate(completion) && (email.trim() === MS_FORMS_ANONYMOUS || isEmailAddress(email)) && (person === '' || PERSON_NAME.test(person));
  });
}
