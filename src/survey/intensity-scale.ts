import { normalizeText } from '../text/normalize-text.js';
import { INTENSITY_LEVELS, type Lexicon } from './lexicon/types.js';
import { matchKeywords } from './match-keywords.js';
import type { ValueProfile } from './profile-values.js';
import { rankedPoints } from './ranked-labels.js';
import type { Scale } from './scale.js';

/** The labelSet of a scale read from the intensity pattern. */
export const INTENSITY = 'intensity';

/**
 * One template of an intensity level, folded around its `…`: "no, not … at all" is `no not` and
 * `at all`. `rank` is the level's place in INTENSITY_LEVELS, 0 for "not at all".
 */
interface Template {
  rank: number;
  language: string;
  before: string;
  after: string;
}

/** The intensity words of every language: templates by level, and the qualities that are bad to have. */
export interface IntensityPatterns {
  templates: readonly Template[];
  /** Negative qualities, as keywords (a trailing `*` makes a stem). */
  negative: readonly string[];
}

/** The intensity templates and negative qualities of `lexicons`, folded for matching. */
export function buildIntensity(lexicons: readonly Lexicon[]): IntensityPatterns {
  const templates: Template[] = [];
  for (const lexicon of lexicons) {
    INTENSITY_LEVELS.forEach((level, rank) => {
      for (const template of lexicon.scales.intensity[level]) {
        const [before = '', after = ''] = template.split('…').map(normalizeText);
        if (before !== '' || after !== '') templates.push({ rank, language: lexicon.language, before, after });
      }
    });
  }
  return { templates, negative: lexicons.flatMap((l) => l.scales.intensity.negative) };
}

/** What a template makes of a folded answer: the quality X it speaks of, or null if it does not fit. */
function qualityOf(folded: string, template: Template): string | null {
  const prefix = template.before === '' ? '' : `${template.before} `;
  const suffix = template.after === '' ? '' : ` ${template.after}`;
  if (folded.length <= prefix.length + suffix.length || !folded.startsWith(prefix) || !folded.endsWith(suffix)) return null;
  const quality = folded.slice(prefix.length, folded.length - suffix.length).trim();
  return quality === '' ? null : quality;
}

/**
 * The scale of a column whose answers say how much of one quality there is: "No, not rude at all",
 * "Yes, somewhat rude", "Yes, very rude"; "Not at all useful" … "Extremely useful"; "gar nicht
 * erfolgreich" … "sehr erfolgreich". The quality is the X that most answers share; the levels the
 * answers use (not at all < not < slightly < somewhat < moderately < very < extremely) are the
 * points, from 1 = the least. Whether X is good or bad is a matter apart: when X is a negative
 * quality of the lexicons (rude, difficult, annoying …) the scale is `reversed`, so that its score
 * stays "higher is better", and the evidence says so.
 */
export function intensityScale(labels: NonNullable<ValueProfile['labels']>, fits: (count: number) => boolean, patterns: IntensityPatterns): { scale: Scale; why: string; known: number } | null {
  // Each label's readings: which quality, at which level, in which language.
  const readings = new Map<string, Array<{ quality: string; rank: number; language: string }>>();
  const answersOf = new Map<string, number>();
  for (const [folded, { count }] of labels) {
    const found: Array<{ quality: string; rank: number; language: string }> = [];
    for (const template of patterns.templates) {
      const quality = qualityOf(folded, template);
      if (quality !== null) found.push({ quality, rank: template.rank, language: template.language });
    }
    readings.set(folded, found);
    for (const quality of new Set(found.map((f) => f.quality))) answersOf.set(quality, (answersOf.get(quality) ?? 0) + count);
  }
  const best = [...answersOf].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  if (best === undefined || !fits(best[1])) return null;
  const [quality] = best;
  const ranked = rankedPoints(labels, (folded) => {
    const reading = readings.get(folded)?.filter((r) => r.quality === quality).sort((a, b) => a.rank - b.rank)[0];
    return reading === undefined ? undefined : { rank: reading.rank, language: reading.language };
  });
  if (ranked === null) return null;
  const reversed = matchKeywords(quality, patterns.negative).length > 0;
  const top = ranked.labels[String(ranked.points)] as string;
  const spelled = spelledQuality(top, quality);
  const ends = `"${ranked.labels['1']}" … "${top}"`;
  const direction = reversed ? `; "${spelled}" is a negative quality: reversed, so that a higher score is less of it` : '';
  return {
    scale: { kind: 'labels', min: 1, max: ranked.points, labels: ranked.labels, labelSet: INTENSITY, reversed, ...(reversed ? { reversedBy: 'negative-quality' as const } : {}) },
    why: `answers say how "${spelled}" (${ranked.language}), ${ends}: an intensity scale of the ${ranked.points} levels seen, 1 = the least${direction}`,
    known: ranked.known,
  };
}

/** The quality as an answer spells it ("uciążliwe", not the folded "uciazliwe"), or the folded one. */
function spelledQuality(answer: string, quality: string): string {
  const words = answer.split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const run = words.slice(start, end).join(' ');
      if (normalizeText(run) === quality) return run.replace(/^\p{P}+|\p{P}+$/gu, '');
    }
  }
  return quality;
}
