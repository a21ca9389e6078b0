import { hintByName, indexOfName, plainShape, type ColumnHint, type PlatformShape, type RecognisePlatform } from './platform-shape.js';

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
};

const IMPORT_ID = /^\{\s*["']ImportId["']\s*:/;
// The id itself: `{"ImportId":"QID4_1"}`, or `{'ImportId': 'QID4-1-1'}` in 2016 exports (not JSON).
const IMPORT_ID_VALUE = /^\{\s*["']ImportId["']\s*:\s*["']([^"']*)["']/;

/**
 * Qualtrics: current exports have three header rows — ids, question text (in the account's
 * interface language), and `{"ImportId":...}` JSON (single-quoted in 2016 exports). Legacy exports
 * have two: `V1..Vn` and question ids, then labels. Responses with `Finished` 0 are partial, and
 * negative codes mean "no basis to answer".
 */
export const recogniseQualtrics: RecognisePlatform = (records) => {
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
  return null;
};

// `Q2_NPS_GROUP`: beside an NPS question, Qualtrics' own code of its answer, 1 detractor, 2 passive,
// 3 promoter. Derived from the 0-10 answer, it is no question of its own.
const NPS_GROUP = /_NPS_GROUP$/i;

function finish(shape: PlatformShape): PlatformShape {
  const finished = indexOfName(shape.names, 'Finished');
  const hints = hintByName(shape.names, METADATA, 'Qualtrics').map((hint, i): ColumnHint | null => {
    const name = shape.names[i] ?? '';
    return hint ?? (NPS_GROUP.test(name.trim()) ? { role: 'ignored', why: `Qualtrics' promoter/passive/detractor group of an NPS question "${name}", derived from its answer` } : null);
  });
  return {
    ...shape,
    hints,
    finished: finished < 0 ? null : { column: finished, isFinished: (value) => !/^(0|false)$/i.test(value.trim()) },
    negativeCodesMissing: true,
  };
}
