import { normalizeText } from '../text/normalize-text.js';
import type { Lexicon } from './lexicon/index.js';
import type { ValueProfile } from './profile-values.js';
import type { Confidence } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

// Share of the sampled answers that must be the one asked for, for a number in the header to make
// an attention check ("select 3 for this row" and "select your top 3" both hold a 3).
const NUMBER_PASS_SHARE = 0.5;
// Words between the verb and the answer asked for: "select the answer 'Agree'", "zaznacz odpowiedź …".
const FILLER = 3;
// An anchor of the scale stated in the header, "1 = sehr gut", "5 = excellent": what a number
// means, no answer asked for (as gradeEnd and scaleHint read the same notation).
const ANCHOR = /(?<![\d.,])\d{1,2}\s*=\s*[^,;()=\d]+/gu;

/** An attention check found in a header: the answer it asks for, as the header spells it, and why. */
export interface AttentionCheck {
  expected: string;
  why: string;
  confidence: Confidence;
}

/**
 * Whether a header asks for one given answer — a verb of the lexicons' `attention` ("select",
 * "please select", "zaznacz", "wählen Sie", "sélectionnez", "seleccione", "selecione",
 * "atzīmējiet"), then within a few words an answer of one of the known label sets ("select
 * 'Somewhat agree' for this row", "please select strongly disagree") or a number ("select 3 for
 * this row"). Such a column is an attention check, never scored. A label is evidence enough (high
 * confidence when most sampled answers are it, medium when fewer, low — not counted — when none);
 * a number is one only when most sampled answers are that number. The anchors of a scale the
 * header states ("Welche Schulnote geben Sie unserer Lieferung? (1 = sehr gut, 6 = ungenügend)",
 * "Please choose a score (1 = very poor, 5 = excellent)") say what its numbers mean: neither their
 * labels nor their numbers are an answer asked for.
 */
export function attentionCheck(header: string, lexicons: readonly Lexicon[], vocabulary: Vocabulary, profile: ValueProfile): AttentionCheck | null {
  const text = header.replace(ANCHOR, ' ');
  const words = normalizeText(text).split(' ').filter((w) => w !== '');
  // A question right after the verb makes the header ask it, naming the scale ("select how
  // satisfied you were"); of any lexicon's, as the verbs are ("seleccione" is Portuguese and Spanish).
  const questions = questionWords(lexicons);
  for (const lexicon of lexicons) {
    for (const verb of lexicon.attention) {
      const parts = normalizeText(verb).split(' ');
      const at = findWords(words, parts);
      if (at < 0) continue;
      const after = words.slice(at + parts.length);
      // Right after it, or after one word ("Bitte wählen | Sie, wie zufrieden …").
      if (questions.some((question) => [0, 1].some((skip) => findWords(after.slice(skip, skip + question.length), question) === 0))) continue;
      const label = longestLabel(after.slice(0, FILLER + 6), vocabulary);
      const answered = profile.answered;
      if (label !== null) {
        const expected = spelledAs(text, label) ?? label;
        const passed = profile.labels?.get(label)?.count ?? 0;
        const why = `header asks for one answer ("${verb}" (${lexicon.language}) … "${expected}"): an attention check, not scored`;
        // No one giving the answer asked for is no check of attention but a header read wrong, or answers coded as numbers.
        if (passed === 0) return { expected, why: `${why}; no sampled answer is "${expected}": not counted until the config confirms it ("role": "attention", "expected")`, confidence: 'low' };
        return { expected, why, confidence: answered > 0 && passed * 2 >= answered ? 'high' : 'medium' };
      }
      const number = after.slice(0, FILLER + 1).find((w) => /^\d{1,2}$/.test(w));
      if (number === undefined) continue;
      const passed = profile.counts?.get(Number(number)) ?? 0;
      if (answered === 0 || passed < NUMBER_PASS_SHARE * answered) continue;
      return { expected: number, why: `header asks for one answer ("${verb}" (${lexicon.language}) … ${number}) and ${passed} of ${answered} sampled answers are ${number}: an attention check, not scored`, confidence: 'high' };
    }
  }
  return null;
}

// The lexicons' words of a question, folded and split into words, per list of lexicons (detection passes the same list for every column).
const QUESTION_WORDS = new WeakMap<readonly Lexicon[], ReadonlyArray<readonly string[]>>();
function questionWords(lexicons: readonly Lexicon[]): ReadonlyArray<readonly string[]> {
  let words = QUESTION_WORDS.get(lexicons);
  if (words === undefined) QUESTION_WORDS.set(lexicons, (words = lexicons.flatMap((lexicon) => lexicon.attentionQuestion ?? []).map((w) => normalizeText(w).split(' '))));
  return words;
}

/** Where the run of words `parts` starts in `words`, or −1. */
function findWords(words: readonly string[], parts: readonly string[]): number {
  for (let start = 0; start + parts.length <= words.length; start++) if (parts.every((p, i) => words[start + i] === p)) return start;
  return -1;
}

/** The longest label of any known label set that starts within the first FILLER + 1 words, folded; or null. */
function longestLabel(words: readonly string[], vocabulary: Vocabulary): string | null {
  let best: string | null = null;
  for (const set of vocabulary.labelSets.values()) {
    for (const label of set.values.keys()) {
      // A plain yes or no, or a one-letter label, is no answer a header asks for by name.
      if (label.length < 3 || vocabulary.yes.has(label) || vocabulary.no.has(label)) continue;
      if (best !== null && label.length <= best.length) continue;
      const parts = label.split(' ');
      const at = findWords(words, parts);
      if (at >= 0 && at <= FILLER) best = label;
    }
  }
  return best;
}

/** The words of `text` that fold to `label`, as written (quotes and punctuation at their ends left off). */
function spelledAs(text: string, label: string): string | null {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const length = label.split(' ').length;
  for (let start = 0; start + length <= tokens.length; start++) {
    const run = tokens.slice(start, start + length).join(' ');
    if (normalizeText(run) === label) return run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '');
  }
  return null;
}
