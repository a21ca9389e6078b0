import { plainShape, type RecognisePlatform } from './platform-shape.js';

// Share of row 2's cells that must be filled, distinct and words for it to be a row of options.
const OPTION_ROW = 0.9;

/**
 * Two header rows of any platform saved through a spreadsheet (LimeSurvey and SurveyMonkey data
 * edited in Excel do this): row 1 has each question's text above the first of its columns and
 * blank cells after it; row 2 names every column's option or matrix row, each a different label
 * and none a number. A column is named `Question - Option`, as SurveyMonkey's are.
 */
export const recogniseQuestionOverOptions: RecognisePlatform = (records) => {
  const [first = [], second = []] = records;
  const width = first.length;
  if (width < 3 || records.length < 3) return null;
  let started = false;
  let blanksAfterQuestion = 0;
  let questionsOverSeveral = 0;
  first.forEach((cell, i) => {
    if (cell.trim() !== '') started = true;
    else if (started) blanksAfterQuestion += 1;
    // A question is a sentence ("Welchen fachlichen Hintergrund haben Sie?"), not a column name
    // followed by unnamed columns ("Channel,,").
    const next = first[i + 1];
    if (cell.trim() !== '' && next !== undefined && next.trim() === '' && (/[?:]\s*$/.test(cell) || cell.trim().split(/\s+/).length >= 3)) questionsOverSeveral += 1;
  });
  const options = second.map((c) => c.trim());
  const filled = options.filter((c) => c !== '');
  const words = filled.filter((c) => /\p{L}/u.test(c));
  const distinct = new Set(filled.map((c) => c.toLowerCase()));
  const enough = (n: number) => n >= OPTION_ROW * width;
  if (blanksAfterQuestion < 2 || questionsOverSeveral === 0 || !enough(filled.length) || !enough(words.length) || !enough(distinct.size)) return null;
  let question = '';
  const questions = first.map((cell) => (cell.trim() === '' ? question : (question = cell.trim())));
  const names = questions.map((q, i) => {
    const option = options[i] ?? '';
    return option === '' || option === q ? q : q === '' ? option : `${q} - ${option}`;
  });
  return { ...plainShape('generic', names), headerRows: 2, questions };
};

// A variable's name as statistics packages write it: letters and digits, parts joined by `_` or `.`, no space ("LFDN", "F2_1", "q4a", "v_17").
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*$/;
const MAX_NAME = 16;

/**
 * Two header rows as a statistics package or an agency saves a data file to a spreadsheet with its
 * labels (SPSS's "Save as" with variable labels): row 1 the variables' names, codes with no space
 * ("LFDN", "S2", "F2_1", "zufr_ges"); row 2 their labels, the
 * questions, a label over every column, no address among them, most of them three words or more
 * or a question ("Wie zufrieden sind Sie insgesamt mit uns?", "Pünktlichkeit der Lieferung"), each
 * a different one, none met again in its column in the row below (no row of answers). The codes
 * name the columns and the labels are their questions, as Qualtrics' two rows are read.
 */
export const recogniseCodesOverQuestions: RecognisePlatform = (records) => {
  const [first = [], second = [], third = []] = records;
  const width = first.length;
  if (width < 3 || records.length < 3) return null;
  const codes = first.map((c) => c.trim());
  const labels = second.map((c) => c.trim());
  if (!codes.every((c) => c.length <= MAX_NAME && VARIABLE_NAME.test(c)) || new Set(codes.map((c) => c.toLowerCase())).size !== width) return null;
  // No label an answer of personal data would be (an e-mail address, a web address).
  if (labels.some((l) => /@|:\/\//.test(l))) return null;
  if (!labels.every((l, i) => /\p{L}/u.test(l) && l.toLowerCase() !== codes[i]?.toLowerCase() && l !== (third[i] ?? '').trim())) return null;
  // Each its own question: a respondent's row of answers says "Very satisfied" more than once.
  if (new Set(labels.map((l) => l.toLowerCase())).size !== width) return null;
  const questions = labels.filter((l) => /[?¿]/.test(l) || l.split(/\s+/).length >= 3).length;
  if (questions * 2 < width) return null;
  return { ...plainShape('generic', codes), headerRows: 2, questions: labels };
};
