import type { AnswerFormat } from '../survey/code-answer.js';
import { profileValues } from '../survey/profile-values.js';
import type { SurveyModel } from '../survey/survey-model.js';
import type { ItemSummary } from './report.js';

/**
 * The whole-number answers 0-10 of each numeric rated column that were read after the detection
 * sample, by column index (value → count), for the columns where some answer fell outside the
 * scale the sample showed: a 1-4 read from the first rows with 5s further down, a 1-5 with 0s. Fed
 * back to detection (BuildModelOptions.laterAnswers), they let the scale's points come from every
 * row read. `outOfScale` holds the whole-number answers 0-10 excluded as out of scale, by column
 * index, from every row (the sample's too); `items` the in-scale answers of every row.
 */
export function laterAnswers(model: SurveyModel, items: readonly Pick<ItemSummary, 'column' | 'distribution'>[], outOfScale: ReadonlyMap<number, ReadonlyMap<number, number>>, sample: readonly (readonly string[])[], format: AnswerFormat): Map<number, Map<number, number>> {
  const later = new Map<number, Map<number, number>>();
  for (const [index, excluded] of outOfScale) {
    const column = model.columns[index];
    const item = items.find((i) => i.column === column?.name);
    if (column === undefined || item === undefined || column.scale?.kind !== 'numeric' || excluded.size === 0) continue;
    const every = new Map(excluded);
    for (const { value, count } of item.distribution) every.set(value, (every.get(value) ?? 0) + count);
    const sampled = profileValues(sample, index, model.vocabulary, format).counts ?? new Map<number, number>();
    const after = new Map<number, number>();
    for (const [value, count] of every) {
      const more = count - (sampled.get(value) ?? 0);
      if (more > 0) after.set(value, more);
    }
    if (after.size > 0) later.set(index, after);
  }
  return later;
}
