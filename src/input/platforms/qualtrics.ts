import { hintByName, indexOfName, plainShape, type ColumnHint, type NotAResponse, type PlatformShape, type RecognisePlatform } from './platform-shape.js';

const METADATA: Record<string, 'id' | 'timestamp' | 'ignored'> = {
  responseid: 'id',
  recordeddate: 'timestamp',
  startdate: 'ignored',
  enddate: 'ignored',
  status: 'ignored',
  ipaddress: 'ignored',
  progress: 'ignored',
  'duration (in seconds)': 'ignored',
  finished: 'ignored',
  responseset: 'ignored',
  name: 'ignored',
  recipientlastname: 'ignored',
  recipientfirstname: 'ignored',
  recipientemail: 'ignored',
  externalreference: 'ignored',
  externaldatareference: 'ignored',
  emailaddress: 'ignored',
  locationlatitude: 'ignored',
  locationlongitude: 'ignored',
  locationaccuracy: 'ignored',
  distributionchannel: 'ignored',
  userlanguage: 'ignored',
  // The fraud and duplicate checks of Qualtrics' Expert Review: scores and flags, no answers.
  q_recaptchascore: 'ignored',
  q_relevantidduplicate: 'ignored',
  q_relevantidduplicatescore: 'ignored',
  q_relevantidfraudscore: 'ignored',
  q_relevantidlaststartdate: 'ignored',
  q_ballotboxstuffing: 'ignored',
};

const IMPORT_ID = /^\{\s*["']ImportId["']\s*:/;
// The id itself: `{"ImportId":"QID4_1"}`, or `{'ImportId': 'QID4-1-1'}` in 2016 exports (not JSON).
const IMPORT_ID_VALUE = /^\{\s*["']ImportId["']\s*:\s*["']([^"']*)["']/;

/**
 * Qualtrics: current exports have three header rows — ids, question text (in the account's
 * interface language), and `{"ImportId":...}` JSON (single-quoted in 2016 exports). Legacy exports
 * have two: `V1..Vn` and question ids, then labels. Exports with one header row (the legacy export
 * of choice text, or a current one whose two extra rows were removed) are told by Qualtrics' own
 * metadata columns, several of them. Responses with `Finished` 0 (or False) are partial, previews,
 * tests and spam (`Status`, `DistributionChannel`) are no responses, and negative codes mean "no
 * basis to answer".
 */
export const recogniseQualtrics: RecognisePlatform = (records, forced) => {
  const [first = [], second = [], third = []] = records;
  const importIds = third.filter((cell) => IMPORT_ID.test(cell)).length;
  if (importIds > 0 && importIds >= third.filter((c) => c !== '').length / 2) {
    const ids = third.map((cell) => IMPORT_ID_VALUE.exec(cell)?.[1] ?? null);
    return finish({ ...plainShape('qualtrics', first), headerRows: 3, questions: second.map((q) => q || null), importIds: first.map((_, i) => ids[i] ?? null) });
  }
  if (first[0]?.replace(/^\uFEFF/, '') === 'V1' && second.some((c) => c === 'ResponseID')) {
    // Legacy: V1..V10 name the metadata, whose labels in row 2 are the useful names.
    const names = first.map((id, i) => (/^V\d+$/.test(id) ? (second[i] ?? id) : id));
    return finish({ ...plainShape('qualtrics', names), headerRows: 2, questions: second.map((q) => q || null) });
  }
  const own = new Set(first.map((name) => name.replace(/^\uFEFF/, '').trim().toLowerCase()).filter((name) => Object.hasOwn(METADATA, name) && name !== 'name'));
  const onlyQualtrics = [...own].some((name) => QUALTRICS_ONLY.has(name));
  if ((own.size >= ONE_ROW_METADATA && onlyQualtrics) || forced === true) return finish(plainShape('qualtrics', first));
  return null;
};

// Of Qualtrics' metadata columns (StartDate, Status, IPAddress, Progress, Finished, ResponseId …),
// how many tell an export of one header row: a survey may have a "Status" or a "Progress" of its
// own, not four of them. `Name` is not counted, and one of the four must be a name only Qualtrics
// writes: StartDate, EndDate, Status, Progress and Finished are also an LMS's or any tool's.
const ONE_ROW_METADATA = 4;
const QUALTRICS_ONLY: ReadonlySet<string> = new Set([
  'responseid', 'recordeddate', 'duration (in seconds)', 'distributionchannel', 'userlanguage', 'externalreference',
  'externaldatareference', 'ipaddress', 'recipientemail', 'recipientfirstname', 'recipientlastname', 'responseset',
]);

// Qualtrics' `Status` (the response type): 0 IP Address, 1 Survey Preview, 2 Survey Test, 4
// Imported, 8 Spam, 9 Survey Preview Spam, 12 Imported Spam, 16 Offline, 17 Offline Survey
// Preview; as text in an export of choice text. Its `DistributionChannel` says `preview` and
// `test` of the same rows (and anonymous, email, gl, qr, sms, social, imported … of real ones),
// where an export left `Status` out. A preview is the survey's author trying it, a test a response
// Qualtrics generated to try the survey's analysis before it is sent, spam what Qualtrics flagged:
// no respondent's answers. An export of nothing but tests and previews is read whole all the same
// (see onlyTestsAndPreviews): the tests are then what there is to report.
const PREVIEW = /^(1|17|survey preview|offline survey preview|offline preview)$/i;
const TEST = /^(2|survey test)$/i;
const SPAM = /^(8|9|12|spam|survey preview spam|imported spam)$/i;
const CHANNEL: Readonly<Record<string, NotAResponse>> = { preview: 'preview', test: 'test' };

function responseType(value: string): NotAResponse | null {
  const type = value.trim();
  return PREVIEW.test(type) ? 'preview' : TEST.test(type) ? 'test' : SPAM.test(type) ? 'spam' : null;
}

/** Why a row is no respondent's answer, by its `Status` (column `status`), else its `DistributionChannel` (column `channel`); null for a respondent's. */
function notResponse(status: number, channel: number): (record: readonly string[]) => NotAResponse | null {
  return (record) => (status < 0 ? null : responseType(record[status] ?? '')) ?? (channel < 0 ? null : (CHANNEL[(record[channel] ?? '').trim().toLowerCase()] ?? null));
}

// `Q2_NPS_GROUP`: beside an NPS question, Qualtrics' own code of its answer, 1 detractor, 2 passive,
// 3 promoter. Derived from the 0-10 answer, it is no question of its own.
const NPS_GROUP = /^(.+)_NPS_GROUP$/i;

/** The NPS question a column named `Q2_NPS_GROUP` is Qualtrics' group of (`Q2`), or null. */
export function npsGroupOf(name: string): string | null {
  return NPS_GROUP.exec(name.trim())?.[1] ?? null;
}

/** The evidence of a column that is Qualtrics' group of the answers to NPS question `question`. */
export function derivedNpsGroup(question: string): string {
  return `derived from "${question}": Qualtrics' promoter/passive/detractor group of that NPS question's answer`;
}

function finish(shape: PlatformShape): PlatformShape {
  const finished = indexOfName(shape.names, 'Finished');
  const status = indexOfName(shape.names, 'Status');
  const channel = indexOfName(shape.names, 'DistributionChannel');
  // Without a RecordedDate (legacy exports, or one left out), EndDate is when the response was made.
  const roles = indexOfName(shape.names, 'RecordedDate') < 0 ? { ...METADATA, enddate: 'timestamp' as const } : METADATA;
  const hints = hintByName(shape.names, roles, 'Qualtrics').map((hint, i): ColumnHint | null => {
    const name = shape.names[i] ?? '';
    const question = npsGroupOf(name);
    return hint ?? (question === null ? null : { role: 'ignored', why: derivedNpsGroup(question) });
  });
  return {
    ...shape,
    hints,
    finished: finished < 0 ? null : { column: finished, isFinished: (value) => !/^(0|false)$/i.test(value.trim()) },
    ...(status < 0 && channel < 0 ? {} : { notResponse: { columns: [status, channel].filter((c) => c >= 0), reason: notResponse(status, channel) } }),
    negativeCodesMissing: true,
  };
}
