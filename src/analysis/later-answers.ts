import type { AnswerFormat } from '../survey/code-answer.js';
import { profileValues, type LaterAnswers } from '../survey/profile-values.js';
import type { SurveyModel } from '../survey/survey-model.js';
import { normalizeText } from '../text/normalize-text.js';
import type { ItemSummary } from './report.js';

/**
 * The answers of each rated column that were read after the detection sample, by column index,
 * for the columns where some answer did not fit the scale the sample showed: a numeric column's
 * whole numbers 0-10 (a 1-4 read from the first rows with 5s further down, a 1-5 with 0s), a
 * labelled column's texts (an "Always" that the sample's "Never … Often" lacked). Fed back to
 * detection (BuildModelOptions.laterAnswers), they let the scale come from every row read.
 * `outOfScale` holds those answers, by column index, from every row (the sample's too); `items`
 * the in-scale answers of every row.
 */
export function laterAnswers(model: SurveyModel, items: readonly Pick<ItemSummary, 'column' | 'distribution'>[], outOfScale: LaterAnswers, sample: readonly (readonly string[])[], format: AnswerFormat): Map<number, Map<number | string, number>> {
  const later = new Map<number, Map<number | string, number>>();
  for (const [index, excluded] of outOfScale) {
    const column = model.columns[index];
    const kind = column?.scale?.kind;
    if (column === undefined || (kind !== 'numeric' && kind !== 'labels')) continue;
    const sampled = profileValues(sample, index, model.vocabulary, format);
    const after = new Map<number | string, number>();
    if (kind === 'labels') {
      // The sample's own texts are in its profile already: only those of the rows after it count.
      for (const [text, count] of excluded) {
        if (typeof text !== 'string') continue;
        const more = count - (sampled.labels?.get(normalizeText(text))?.count ?? 0);
        if (more > 0) after.set(text, more);
      }
    } else {
      const item = items.find((i) => i.column === column.name);
      if (item === undefined) continue;
      const every = new Map<number, number>();
      for (const [value, count] of excluded) if (typeof value === 'number') every.set(value, (every.get(value) ?? 0) + count);
      if (every.size === 0) continue;
      for (const { value, count } of item.distribution) every.set(value, (every.get(value) ?? 0) + count);
      const counts = sampled.counts ?? new Map<number, number>();
      for (const [value, count] of every) {
        const more = count - (counts.get(value) ?? 0);
        if (more > 0) after.set(value, more);
      }
    }
    if (after.size > 0) later.set(index, after);
  }
  return later;
}
