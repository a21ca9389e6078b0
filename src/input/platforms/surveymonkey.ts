import { hintByName, plainShape, type RecognisePlatform } from './platform-shape.js';

const METADATA: Record<string, 'id' | 'timestamp' | 'ignored'> = {
  'respondent id': 'id',
  respondentid: 'id',
  'collector id': 'ignored',
  collectorid: 'ignored',
  'start date': 'ignored',
  startdate: 'ignored',
  'end date': 'timestamp',
  enddate: 'timestamp',
  'ip address': 'ignored',
  'email address': 'ignored',
  'first name': 'ignored',
  'last name': 'ignored',
  'custom data': 'ignored',
  'custom data 1': 'ignored',
};

const SINGLE = new Set(['response', 'open-ended response', '']);

/**
 * SurveyMonkey: two header rows. Row 1 has the question text over the first column of a
 * multi-column question and blanks after it; row 2 has `Response` or the option (or matrix row)
 * text. A column is named `Question - Option` unless row 2 says `Response`.
 */
export const recogniseSurveyMonkey: RecognisePlatform = (records) => {
  const [first = [], second = []] = records;
  const responses = second.filter((c) => SINGLE.has(c.trim().toLowerCase()) && c !== '').length;
  const hasMetadata = first.some((c) => METADATA[c.trim().toLowerCase()] !== undefined);
  if (responses === 0 || !hasMetadata || second.slice(0, 1).some((c) => c.trim() !== '' && !/respon/i.test(c))) return null;
  let question = '';
  const questions = first.map((cell) => (cell.trim() === '' ? question : (question = cell)));
  const names = questions.map((q, i) => {
    const option = second[i] ?? '';
    return SINGLE.has(option.trim().toLowerCase()) ? q : `${q} - ${option}`;
  });
  return { ...plainShape('surveymonkey', names), headerRows: 2, questions, hints: hintByName(names, METADATA, 'SurveyMonkey') };
};
