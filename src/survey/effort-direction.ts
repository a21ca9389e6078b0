import { isXFormPath } from '../input/platforms/simple-platforms.js';
import { normalizeText } from '../text/normalize-text.js';
import { splitElisions } from '../text/split-elisions.js';
import { labelledDirection } from './labelled-direction.js';
import type { Lexicon } from './lexicon/index.js';
import { matchKeywords } from './match-keywords.js';
import type { ColumnModel } from './survey-model.js';
import type { Vocabulary } from './vocabulary.js';

/** Which way an effort (CES) question's answers run: its mean is read on its own scale, never turned round. */
export type EffortDirection = 'higher is easier' | 'higher is more effort';

/**
 * Which way the answers of an effort question run, and why: from the words of its ends where its
 * scale has them ("1 = sehr leicht, 7 = sehr schwierig" in the header, or labels "Very difficult" …
 * "Very easy", "Very low effort" … "Very high effort") and they are labels of the ease or effort
 * sets, or of the change set ("Much worse" … "Much better": better is easier); else from the
 * header's wording — a word of effort itself or of difficulty ("how much effort", "Aufwand",
 * "esfuerzo", "how difficult") asks how hard it was, higher is more effort; a
 * word of ease ("how easy", "made it easy", "facile") asks how easy, higher is easier; words of
 * both, or none, leave it unknown (null). The direction speaks of the codes: where the scale's ends
 * are labels of another set whose codes run against it ("The company made it easy …" coded
 * 1 = Strongly agree … 7 = Strongly disagree), the header's direction is turned round.
 *
 * @example effortDirection({ name: 'Ile wysiłku kosztowało Cię złożenie zamówienia?', question: null, scale: null }, lexicons, vocabulary) // { direction: 'higher is more effort', why: 'the header asks how much effort ("wysił*" (pl))' }
 */
export function effortDirection(column: Pick<ColumnModel, 'name' | 'question' | 'scale'>, lexicons: readonly Lexicon[], vocabulary: Vocabulary): { direction: EffortDirection | null; why: string } {
  const { scale } = column;
  const [low, high] = [scale?.labels?.[String(scale.min)], scale?.labels?.[String(scale.max)]];
  // Ends labelled by another set (agreement) whose codes run against it: 1 = Strongly agree.
  let against: string | null = null;
  if (scale !== null && scale.kind !== 'binary' && low !== undefined && high !== undefined) {
    const { set, runsDown } = labelledDirection({ [scale.min]: low, [scale.max]: high }, vocabulary);
    // Both ends must be words of the set: one known end says nothing of the other.
    const both = set !== null && set.values.has(normalizeText(low)) && set.values.has(normalizeText(high));
    // Ends of a change ("Much worse" … "Much better") say how the effort compares: better is less of it, whatever the header asks.
    if (both && (set.family === 'ease' || set.family === 'effort' || set.family === 'change')) {
      return { direction: runsDown ? 'higher is more effort' : 'higher is easier', why: `its ends: ${scale.min} = ${low}, ${scale.max} = ${high}${set.family === 'change' ? ' (better is less effort)' : ''}` };
    }
    if (both && runsDown) against = `; its codes run against its labels (${scale.min} = ${low}, ${scale.max} = ${high}), so higher codes are the other way`;
  }
  // The header's words speak of the labels' order (agreeing that it was easy is easier): where the
  // codes run against the labels, a higher code is the other way.
  const said = (direction: EffortDirection, why: string): { direction: EffortDirection; why: string } =>
    against === null ? { direction, why } : { direction: direction === 'higher is easier' ? 'higher is more effort' : 'higher is easier', why: `${why}${against}` };
  // A KoboToolbox field under its group path (`group_effort/ease_of_ordering`) is asked by its field
  // name: the group's words ("effort") name what the group holds, not which end of this question is
  // easy, so they speak only where the field name says nothing (a cold trial's CES ran the wrong way).
  const { name, question } = column;
  if (question !== null && question !== name && name.endsWith(question) && isXFormPath(name)) {
    const own = wordedDirection(question, name, lexicons);
    if (own.direction !== null) return said(own.direction, own.why);
  }
  const worded = wordedDirection(question === null || question === name ? name : `${name} ${question}`, name, lexicons);
  return worded.direction === null ? worded : said(worded.direction, worded.why);
}

/** The direction the words of `text` (a column named `name`) say: effort or difficulty, higher is more effort; ease, higher is easier (see effortDirection). */
function wordedDirection(text: string, name: string, lexicons: readonly Lexicon[]): { direction: EffortDirection | null; why: string } {
  const found = (pick: (effort: Lexicon['effort']) => readonly string[]) => lexicons.flatMap((l) => matchKeywords(text, pick(l.effort)).map((k) => `"${k}" (${l.language})`));
  const effort = found((e) => e.effort);
  if (effort.length > 0 && namesMetric(name, lexicons)) return { direction: null, why: `the header names the metric (${effort[0]} beside nothing but words of a metric's name: customer, score, CES …), as a warehouse or BI extract names its column; it asks nothing, so it says nothing of which end is easy` };
  if (effort.length > 0) return { direction: 'higher is more effort', why: `the header asks how much effort (${effort[0]})` };
  // A verb of making it easy ("me facilitó resolver", "ułatwiła mi") says so as a word of ease does.
  const [easy, difficult] = [[...found((e) => e.made ?? []), ...found((e) => e.easy)], found((e) => e.difficult)];
  if (easy.length > 0 && difficult.length === 0) return { direction: 'higher is easier', why: `the header asks how easy (${easy[0]})` };
  if (difficult.length > 0 && easy.length === 0) return { direction: 'higher is more effort', why: `the header asks how difficult (${difficult[0]})` };
  return { direction: null, why: easy.length > 0 ? 'the header speaks of ease and of difficulty, and its scale does not name its ends' : 'neither its scale nor its header says which end is easy' };
}

/**
 * Whether a header is the name of the effort metric, not a question of effort: a word of effort
 * itself beside nothing but words of the metric's name and numbers, one of them a word of measure
 * (Lexicon.effort `metric`: score, index, CES …; `metricOf`: customer, of …), or a field's name of
 * one token ("effort_score", "customer_effort", "CustomerEffortScore", "CES (1-7)", "Score d'effort
 * client", "Wskaźnik wysiłku klienta"). "How much effort …?" asks how much, a higher answer more
 * effort, and so do "Effort (1-5)" and "Customer effort (1-5)", a question's words; the metric's
 * name says nothing of which end is easy.
 */
function namesMetric(name: string, lexicons: readonly Lexicon[]): boolean {
  const words = normalizeText(splitElisions(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))).split(' ').filter((w) => /\p{L}/u.test(w));
  const measures = lexicons.flatMap((l) => l.effort.metric ?? []);
  const known = [...lexicons.flatMap((l) => [...l.effort.effort, ...(l.effort.metricOf ?? [])]), ...measures];
  if (words.length === 0 || !words.every((word) => matchKeywords(word, known).length > 0)) return false;
  // A field's name is one token however many words it joins ("customer_effort", "CustomerEffort").
  const field = words.length > 1 && !/\s/u.test(name.replace(/\(.*\)/u, '').trim());
  return field || words.some((word) => matchKeywords(word, measures).length > 0);
}

