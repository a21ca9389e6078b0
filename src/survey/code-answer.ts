import { normalizeText } from './normalize-text.js';
import type { Scale } from './scale.js';
import type { Vocabulary } from './vocabulary.js';

/** Why an answer did not enter the base. Every one is counted in the report. */
export const MISSING_REASONS = ['blank', 'notApplicable', 'outOfScale', 'notInteger', 'invalid'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

/** A coded answer: its value on the scale, or the reason it is excluded. */
export type CodedAnswer = number | MissingReason;

// Distinct raw strings of a labelled column are few; beyond this many, stop remembering them so a
// column of free text cannot grow memory without bound.
const CACHE_LIMIT = 1024;

/**
 * Builds the function that turns one raw cell of a rated column into its value on `scale`, or the
 * reason it is excluded: `blank`, `notApplicable` ("N/A", "Don't know" ...), `outOfScale`,
 * `notInteger` (4.5 on a 1-5 scale) or `invalid` (text that is no answer on this scale).
 */
export function makeAnswerCoder(scale: Scale, vocabulary: Vocabulary): (raw: string) => CodedAnswer {
  const cache = new Map<string, CodedAnswer>();
  const labelValues = new Map(scale.labelSet === null ? [] : vocabulary.labelSets.get(scale.labelSet));
  for (const [value, label] of Object.entries(scale.labels ?? {})) labelValues.set(normalizeText(label), Number(value));

  const codeText = (raw: string): CodedAnswer => {
    const folded = normalizeText(raw);
    if (folded === '') return 'blank';
    if (scale.kind === 'binary') {
      if (vocabulary.yes.has(folded)) return 1;
      if (vocabulary.no.has(folded)) return 0;
    }
    const labelled = labelValues.get(folded);
    if (labelled !== undefined) return labelled;
    if (vocabulary.notApplicable.has(folded)) return 'notApplicable';
    return 'invalid';
  };

  return (raw: string): CodedAnswer => {
    const text = raw.trim();
    if (text === '') return 'blank';
    if (scale.kind === 'numeric') {
      const value = Number(text);
      if (Number.isFinite(value)) {
        if (value < scale.min || value > scale.max) return 'outOfScale';
        return Number.isInteger(value) ? value : 'notInteger';
      }
    }
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const coded = codeText(text);
    if (cache.size < CACHE_LIMIT) cache.set(text, coded);
    return coded;
  };
}
