import { normalizeText } from '../../text/normalize-text.js';
import { hintByName, indexOfName, plainShape, type ColumnHint, type RecognisePlatform } from './platform-shape.js';

type Roles = Record<string, ColumnHint['role']>;

/** Typeform: first column `#`, HTML inside headers, `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID`. */
export const recogniseTypeform: RecognisePlatform = ([header = []]) => {
  if (header[0]?.trim() !== '#' || !header.some((c) => /^(submit date \(utc\)|network id|start date \(utc\))$/i.test(c.trim()))) return null;
  const roles: Roles = { '#': 'id', 'submit date (utc)': 'timestamp', 'start date (utc)': 'ignored', 'network id': 'ignored', tags: 'ignored', 'response type': 'ignored', stage: 'ignored' };
  const shape = plainShape('typeform', header);
  // The question is the header without its HTML, where there was any.
  const questions = header.map((h) => (/<[a-z/][^>]*>/i.test(h) ? h.replace(/<[^>]*>/g, '').trim() : null));
  return { ...shape, questions, hints: hintByName(header, roles, 'Typeform') };
};

/** LimeSurvey: `id`, `submitdate`, `lastpage`, `startlanguage`... and codes like `Q1[SQ001]`; an empty `submitdate` is an incomplete response. */
export const recogniseLimeSurvey: RecognisePlatform = ([header = []]) => {
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('submitdate') || !(names.includes('lastpage') || names.includes('startlanguage'))) return null;
  const roles: Roles = { id: 'id', submitdate: 'timestamp', lastpage: 'ignored', startlanguage: 'ignored', seed: 'ignored', startdate: 'ignored', datestamp: 'ignored', ipaddr: 'ignored', refurl: 'ignored', token: 'ignored' };
  const submitted = indexOfName(header, 'submitdate');
  return { ...plainShape('limesurvey', header), hints: hintByName(header, roles, 'LimeSurvey'), finished: { column: submitted, isFinished: (v) => v.trim() !== '' } };
};

/** KoboToolbox: `_uuid`, `_submission_time`, `_index` and other underscore metadata, `start`, `end`. */
export const recogniseKoboToolbox: RecognisePlatform = ([header = []]) => {
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('_uuid') && !names.includes('_submission_time')) return null;
  const roles: Roles = { _id: 'id', _submission_time: 'timestamp', start: 'ignored', end: 'ignored', today: 'ignored', deviceid: 'ignored', username: 'ignored', simserial: 'ignored', subscriberid: 'ignored', phonenumber: 'ignored', audit: 'ignored' };
  const hints = hintByName(header, roles, 'KoboToolbox').map((hint, i): ColumnHint | null => hint ?? (names[i]?.startsWith('_') ? { role: 'ignored', why: `KoboToolbox metadata column "${header[i]}"` } : null));
  return { ...plainShape('kobotoolbox', header), hints };
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
