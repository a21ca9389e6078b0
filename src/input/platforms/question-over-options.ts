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
