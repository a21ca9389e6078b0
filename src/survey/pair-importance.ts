import { normalizeText } from '../text/normalize-text.js';
import type { Lexicon } from './lexicon/index.js';
import { matrixRow, SCALE_HINT } from './match-keywords.js';
import type { ColumnModel, Role } from './survey-model.js';

/** Roles of the columns whose satisfaction an importance column may rate the importance of. */
export const PAIRED_ROLES: ReadonlySet<Role> = new Set(['item', 'csat', 'ces']);

// A satisfaction column is paired when it holds at least this share of the importance header's subject words.
const MIN_SHARE = 0.5;

// Words of fewer letters (is, of, the, de, la, ist) say little of a subject: they count for a quarter.
const SHORT_WORD = 4;
const SHORT_WORD_WEIGHT = 0.25;

interface Subject {
  /** The folded words that say what is rated, without the words that ask how important it is; each once. */
  words: string[];
}

/**
 * Pairs each importance column with the satisfaction item it rates the importance of, by the
 * subject their headers share: the stem or row of a matrix question ("Delivery - Importance" and
 * "Delivery - Satisfaction", or "Delivery"), or the words of a question once its importance words
 * are left out ("How important is fast delivery?" and "How satisfied are you with fast delivery?").
 * Words common to every importance header ("how important is") say nothing of the subject and are
 * left out too; a word matches another of the same stem (dostawa, dostawy). Each satisfaction
 * column takes one importance column, the best-matching pairs first; on a tie, the column whose
 * header holds fewer other words, then the nearer one. Columns read with low confidence are not
 * paired; columns the config pairs (`importanceOf`) are left as they are.
 *
 * Sets `importanceOf` (and evidence) on the importance columns paired.
 */
export function pairImportance(columns: readonly ColumnModel[], lexicons: readonly Lexicon[]): void {
  const taken = new Set(columns.flatMap((c) => (c.role === 'importance' && c.importanceOf !== undefined && c.importanceOf !== null ? [c.importanceOf.column] : [])));
  const importance = columns.filter((c) => c.role === 'importance' && c.importanceOf === undefined && c.scale !== null && c.confidence !== 'low');
  const candidates = columns.filter((c) => PAIRED_ROLES.has(c.role) && c.scale !== null && c.scale.kind !== 'binary' && c.confidence !== 'low' && !taken.has(c.index));
  const stop = importanceWords(lexicons);
  const subjects = importance.map((c) => subjectOf(textOf(c), stop));
  // Words every importance header has ("how important is", "importance") name no subject.
  if (subjects.length >= 2) {
    const common = (subjects[0] as Subject).words.filter((w) => subjects.every((s) => s.words.some((v) => sameWord(v, w))));
    for (const s of subjects) {
      const kept = s.words.filter((w) => !common.some((v) => sameWord(v, w)));
      if (kept.length > 0) s.words = kept;
    }
  }
  const edges: Array<{ importance: ColumnModel; shared: string; satisfaction: ColumnModel; share: number; extra: number; distance: number }> = [];
  importance.forEach((column, i) => {
    const subject = subjects[i] as Subject;
    if (subject.words.length === 0) return;
    for (const satisfaction of candidates) {
      const words = foldedWords(textOf(satisfaction));
      const matched = subject.words.filter((w) => words.some((v) => sameWord(v, w)));
      const share = weightOf(matched) / weightOf(subject.words);
      if (!matched.some((w) => w.length >= SHORT_WORD) || share < MIN_SHARE) continue;
      const extra = words.filter((v) => !subject.words.some((w) => sameWord(v, w))).length;
      edges.push({ importance: column, shared: matched.join(' '), satisfaction, share, extra, distance: Math.abs(column.index - satisfaction.index) });
    }
  });
  edges.sort((a, b) => b.share - a.share || a.extra - b.extra || a.distance - b.distance || a.importance.index - b.importance.index);
  const paired = new Set<ColumnModel>();
  for (const edge of edges) {
    if (paired.has(edge.importance) || taken.has(edge.satisfaction.index)) continue;
    paired.add(edge.importance);
    taken.add(edge.satisfaction.index);
    edge.importance.importanceOf = { column: edge.satisfaction.index, by: 'subject' };
    edge.importance.evidence.push(`rates the importance of "${edge.satisfaction.name}": their headers share the subject "${edge.shared}"`);
  }
  for (const column of importance) {
    if (paired.has(column)) continue;
    column.importanceOf = null;
    column.evidence.push('no satisfaction item shares its subject: not compared (pair it with "importanceOf" in satisfy.config.json)');
  }
}

/** The header text that says what a column asks: its question text where the export has one, else its name. */
function textOf(column: ColumnModel): string {
  return column.question ?? column.name;
}

/** The folded words of a text that hold a letter: scale hints ("(1-5)") and numbers are no words of the subject. */
function foldedWords(text: string): string[] {
  return normalizeText(text)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w));
}

/**
 * What an importance header rates: the other part of a matrix row ("Delivery" of "Delivery -
 * Importance", of "How important is each? [Delivery]"), else the whole header, without the words
 * that ask how important it is.
 */
function subjectOf(text: string, stop: readonly string[]): Subject {
  const isStop = (w: string) => stop.some((s) => (s.endsWith('*') ? w.startsWith(s.slice(0, -1)) : w === s));
  const parts = matrixRow(text);
  let written = text.replace(SCALE_HINT, '');
  if (parts !== null) {
    const { stem, row } = parts;
    const rowAsks = foldedWords(row).some(isStop);
    const stemAsks = foldedWords(stem).some(isStop);
    if (rowAsks && !stemAsks) written = stem;
    else if (stemAsks && !rowAsks) written = row;
  }
  return { words: [...new Set(foldedWords(written).filter((w) => !isStop(w)))] };
}

/** How much words say of a subject: 1 for each word of four letters or more, a quarter for a shorter one. */
function weightOf(words: readonly string[]): number {
  return words.reduce((sum, w) => sum + (w.length >= SHORT_WORD ? 1 : SHORT_WORD_WEIGHT), 0);
}

/** The folded words of every lexicon's importance keywords and their context, `*` kept on a prefix. */
function importanceWords(lexicons: readonly Lexicon[]): string[] {
  const keywords = lexicons.flatMap((l) => [...l.roles.importance, ...(l.context.importance ?? [])]);
  return [
    ...new Set(
      keywords.flatMap((k) => {
        const prefix = k.endsWith('*');
        const words = normalizeText(k.replace(/^~/, '').replace(/\*$/, '')).split(' ');
        return words.map((w, i) => (prefix && i === words.length - 1 ? `${w}*` : w));
      }),
    ),
  ];
}

/**
 * Whether two folded words are one word, or two forms of one (dostawa, dostawy; cena, cenu;
 * delivery, deliveries): equal, or of four letters or more and alike but for the last letter of
 * the shorter (the last two from six letters on). Speed is not spent, price not print.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= shorter - (shorter >= 6 ? 2 : 1);
}
