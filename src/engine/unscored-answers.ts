import { countUnscoredAnswer, type InputFile } from '../input/read-csv.js';
import type { SurveyModel } from '../survey/survey-model.js';
import { blankInSample } from '../analysis/unscored-answers.js';

/** A column that every row of the detection sample left blank, read as unused, whose later answers are counted (see InputFile.unscoredAnswers). */
export interface WatchedColumn {
  index: number;
  name: string;
}

/** The columns that detection read as unused because every row of its sample is blank in them. */
export function watchedColumns(model: SurveyModel): WatchedColumn[] {
  return model.columns.filter(blankInSample).map(({ index, name }) => ({ index, name }));
}

/** The columns the reader decodes: the analysis's, and the watched ones (the others it hands over empty). */
export function withWatched(columns: readonly number[], watched: readonly WatchedColumn[]): number[] {
  return watched.length === 0 ? [...columns] : [...columns, ...watched.map((w) => w.index)];
}

/** Counts the answers of a row after the sample in the watched columns, in `file`. */
export function countUnscored(file: InputFile, watched: readonly WatchedColumn[], row: readonly string[], line: number): void {
  for (const { index, name } of watched) if ((row[index] ?? '').trim() !== '') countUnscoredAnswer(file, name, line);
}
