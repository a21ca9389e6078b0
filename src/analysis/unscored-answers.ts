import type { InputFile } from '../input/read-csv.js';
import { lexicons } from '../survey/lexicon/index.js';
import { matchKeywords } from '../survey/match-keywords.js';
import type { ColumnModel } from '../survey/survey-model.js';

/**
 * The report's notes on columns that every row of the detection sample left blank and later rows
 * answer: their answers are counted (see InputFile.unscoredAnswers), not scored. One per column,
 * its answers summed over the files.
 */
export function unscoredAnswerNotes(files: readonly InputFile[]): string[] {
  return [...unscoredAnswers(files)].map(([column, { answers, first }]) => `column "${column}": ${unscoredAnswersSaid(column, answers)} (the first at ${first})`);
}

/** The answers of each column that the detection sample left blank, summed over the files, and where the first is. */
export function unscoredAnswers(files: readonly InputFile[]): Map<string, { answers: number; first: string }> {
  const byColumn = new Map<string, { answers: number; first: string }>();
  for (const file of files) {
    for (const { column, answers, firstLines } of file.unscoredAnswers ?? []) {
      const entry = byColumn.get(column);
      if (entry === undefined) byColumn.set(column, { answers, first: `${file.path}:${firstLines[0] ?? ''}` });
      else entry.answers += answers;
    }
  }
  return byColumn;
}

/** What a column's answers after a blank detection sample are, and how to score them: the words of the note and of the warning. */
export function unscoredAnswersSaid(column: string, answers: number): string {
  const those = answers === 1 ? 'that answer is' : 'those answers are';
  const said = `no row read to detect the columns (the first 1,000 at most) answers it, so it was read as unused, but ${answers} later row${answers === 1 ? ' does' : 's do'}`;
  const init = '(satisfy init on an export where it is answered writes one)';
  // A question asking for free text ("Any other comments?", "Other (please specify)") is read, not scored: no --map scores it.
  if (asksForText(column)) return `${said}: ${those} not read; to read ${answers === 1 ? 'it' : 'them'} as comments, give it the role "comment" in satisfy.config.json ${init}`;
  const target = asksRecommend(column) ? 'nps' : '<dimension>';
  return `${said}: ${those} not scored; to score ${answers === 1 ? 'it' : 'them'}, give its role in satisfy.config.json ${init} or name it with --map ${target}=${JSON.stringify(column)}`;
}

/** Whether a header asks how likely one is to recommend, in a language satisfy has keywords for. */
function asksRecommend(header: string): boolean {
  return lexicons.some((lexicon) => matchKeywords(header, lexicon.roles.nps ?? []).length > 0);
}

/** Whether a header asks for free text: a comment, or the text of an "Other" answer, in a language satisfy has keywords for. */
function asksForText(header: string): boolean {
  return lexicons.some((lexicon) => matchKeywords(header, [...(lexicon.roles.comment ?? []), ...lexicon.comments.other]).length > 0);
}

/**
 * Why NPS is null where no column was read as the recommend question but one whose header asks it
 * was left unused, every row of the detection sample blank in it: it has no answer there (and
 * those of later rows are not scored). Null when there is no such column.
 */
export function blankRecommendReason(columns: readonly ColumnModel[], files: readonly InputFile[]): string | null {
  const column = columns.find((c) => blankInSample(c) && asksRecommend(c.name));
  if (column === undefined) return null;
  const later = unscoredAnswers(files).get(column.name)?.answers ?? 0;
  const named = `--map nps=${JSON.stringify(column.name)}`;
  if (later === 0) return `the recommend question "${column.name}" has no answer: every row is blank in it`;
  return `the recommend question "${column.name}" has no answer in the rows read to detect the columns (the first 1,000 at most), so it was read as unused; ${later} later row${later === 1 ? ' answers' : 's answer'} it, not scored (name it with ${named} to score them)`;
}

/** The evidence detection gives a column of no answer in its sample (see detectColumn). */
const BLANK_IN_SAMPLE = /^every one of the \d+ rows sampled is blank/;

/**
 * Whether detection read `column` as unused because every row of its sample is blank in it, and
 * nothing since said otherwise: a column the config or --map makes `ignored` is the user's choice,
 * whose later answers are left out knowingly (its evidence then starts with "set by …").
 */
export function blankInSample(column: ColumnModel): boolean {
  return column.role === 'ignored' && BLANK_IN_SAMPLE.test(column.evidence[0] ?? '');
}
