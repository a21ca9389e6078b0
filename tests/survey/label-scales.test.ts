import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

interface Case {
  /** A file of fixtures/labels/, named after the pattern it holds. */
  fixture: string;
  role: string;
  kind: 'labels' | 'numeric' | 'binary';
  labelSet: string | null;
  min: number;
  max: number;
  /** The label of the lowest and of the highest point. */
  ends: [string, string] | null;
  reversed: boolean;
  n: number;
  blank: number;
  notApplicable: number;
  /** Mean of (x − min) / (max − min) · 100 over the n answers (100 minus it, reversed), by hand. */
  score: number;
}

// Each fixture has 20 rows: a respondent id and one question. The score is worked out from the
// counts of the answers, written as count × (x − min) and divided by n · (max − min).
const CASES: Case[] = [
  // Very favorably 6 ×3, Somewhat favorably 5 ×2, Somewhat unfavorably 3 ×1, Very unfavorably 2 ×0;
  // Unfamiliar (N/A) 3 and one blank left out: (18 + 10 + 3) / (16 · 3) = 31/48.
  { fixture: 'favourability-unfamiliar-na.csv', role: 'item', kind: 'labels', labelSet: 'favourability-4', min: 1, max: 4, ends: ['Very unfavorably', 'Very favorably'], reversed: false, n: 16, blank: 1, notApplicable: 3, score: (31 / 48) * 100 },
  // Almost never 4 ×0, Sometimes 7 ×1, Often 5 ×2, Almost always 3 ×3: (7 + 10 + 9) / (19 · 3) = 26/57.
  { fixture: 'frequency-almost-never-always.csv', role: 'item', kind: 'labels', labelSet: 'frequency-almost-4', min: 1, max: 4, ends: ['Almost never', 'Almost always'], reversed: false, n: 19, blank: 1, notApplicable: 0, score: (26 / 57) * 100 },
  // gar nicht 2 ×0, selten 3 ×1, eher selten 5 ×2, eher häufig 6 ×3, sehr häufig 3 ×4:
  // (3 + 10 + 18 + 12) / (19 · 4) = 43/76.
  { fixture: 'german-frequency-gar-nicht-sehr-haeufig.csv', role: 'item', kind: 'labels', labelSet: 'frequency-very-often-5', min: 1, max: 5, ends: ['gar nicht', 'sehr häufig'], reversed: false, n: 19, blank: 1, notApplicable: 0, score: (43 / 76) * 100 },
  // Six rungs of the ladder: Never 2 ×0, Less than once a month 3 ×1, Once a month 4 ×2, Several
  // times a month 5 ×3, Several times a week 4 ×4, Every day 2 ×5: (3 + 8 + 15 + 16 + 10) / (20 · 5) = 52/100.
  { fixture: 'frequency-ladder-several-times-a-week.csv', role: 'item', kind: 'labels', labelSet: 'frequency-ladder', min: 1, max: 6, ends: ['Never', 'Every day'], reversed: false, n: 20, blank: 0, notApplicable: 0, score: 52 },
  // (1) Not useful at all 2 ×0, (2) 2 ×1, (3) 3 ×2, (4) 5 ×3, (5) 4 ×4, (6) Very useful 3 ×5; N/A 1:
  // (2 + 6 + 15 + 16 + 15) / (19 · 5) = 54/95.
  { fixture: 'usefulness-coded-1-to-6.csv', role: 'item', kind: 'labels', labelSet: 'coded', min: 1, max: 6, ends: ['Not useful at all', 'Very useful'], reversed: false, n: 19, blank: 0, notApplicable: 1, score: (54 / 95) * 100 },
  // Gar nicht erfolgreich (1) 1 ×0, 2 2 ×1, 3 4 ×2, 4 6 ×3, 5 3 ×4, Sehr erfolgreich (6) 3 ×5; Keine Angabe 1:
  // (2 + 8 + 18 + 12 + 15) / (19 · 5) = 55/95.
  { fixture: 'german-success-coded.csv', role: 'item', kind: 'labels', labelSet: 'coded', min: 1, max: 6, ends: ['Gar nicht erfolgreich', 'Sehr erfolgreich'], reversed: false, n: 19, blank: 0, notApplicable: 1, score: (55 / 95) * 100 },
  // 1 = Excellent … 5 = Poor runs against the quality scale: reversed, scored (5 − x) / 4.
  // Excellent 5 ×4, Very good 6 ×3, Good 4 ×2, Fair 3 ×1, Poor 2 ×0: (20 + 18 + 8 + 3) / (20 · 4) = 49/80.
  { fixture: 'coded-reversed-excellent-to-poor.csv', role: 'csat', kind: 'labels', labelSet: 'coded', min: 1, max: 5, ends: ['Excellent', 'Poor'], reversed: true, n: 20, blank: 0, notApplicable: 0, score: (49 / 80) * 100 },
  // Nein 2 ×0, Eher nein 3 ×1, Eher ja 6 ×2, Ja 7 ×3; Keine Angabe 2: (3 + 12 + 21) / (18 · 3) = 36/54.
  { fixture: 'hedged-yes-no-german.csv', role: 'item', kind: 'labels', labelSet: 'hedged-yes-no-4', min: 1, max: 4, ends: ['Nein', 'Ja'], reversed: false, n: 18, blank: 0, notApplicable: 2, score: (36 / 54) * 100 },
  // Definitely not 2 ×0, Probably not 4 ×1, Probably yes 6 ×2, Definitely yes 5 ×3; "N/A (was not
  // aware)" 3: (4 + 12 + 15) / (17 · 3) = 31/51.
  { fixture: 'hedged-yes-no-definitely-na-note.csv', role: 'item', kind: 'labels', labelSet: 'hedged-yes-no-4', min: 1, max: 4, ends: ['Definitely not', 'Definitely yes'], reversed: false, n: 17, blank: 0, notApplicable: 3, score: (31 / 51) * 100 },
  // A plain Yes/No stays a yes/no question: here "had a problem", yes scoring 0. No 15 of 19.
  { fixture: 'plain-yes-no-stays-binary.csv', role: 'complaint', kind: 'binary', labelSet: null, min: 0, max: 1, ends: ['No', 'Yes'], reversed: true, n: 19, blank: 1, notApplicable: 0, score: (15 / 19) * 100 },
  // Wcale 1 ×0, W małym stopniu 3 ×1, W średnim stopniu 6 ×2, W dużym stopniu 6 ×3, W bardzo dużym
  // stopniu 3 ×4; Nie wiem 1: (3 + 12 + 18 + 12) / (19 · 4) = 45/76.
  { fixture: 'polish-extent-wcale.csv', role: 'item', kind: 'labels', labelSet: 'extent-5', min: 1, max: 5, ends: ['Wcale', 'W bardzo dużym stopniu'], reversed: false, n: 19, blank: 0, notApplicable: 1, score: (45 / 76) * 100 },
  // Rude is bad, so the scale is reversed, scored (3 − x) / 2: not rude at all 10 ×2, somewhat 6 ×1,
  // very 3 ×0: (20 + 6) / (19 · 2) = 26/38.
  { fixture: 'intensity-not-at-all-somewhat-very.csv', role: 'item', kind: 'labels', labelSet: 'intensity', min: 1, max: 3, ends: ['No, not rude at all', 'Yes, very rude'], reversed: true, n: 19, blank: 1, notApplicable: 0, score: (26 / 38) * 100 },
  // Four levels seen: Pas du tout 2 ×0, Un peu 4 ×1, Assez 7 ×2, Très 6 ×3; Je ne sais pas 1:
  // (4 + 14 + 18) / (19 · 3) = 36/57.
  { fixture: 'intensity-french-pas-du-tout-tres.csv', role: 'importance', kind: 'labels', labelSet: 'intensity', min: 1, max: 4, ends: ['Pas du tout important', 'Très important'], reversed: false, n: 19, blank: 0, notApplicable: 1, score: (36 / 57) * 100 },
  // Stimme gar nicht zu 2 ×0, eher nicht zu 5 ×1, eher zu 7 ×2, vollständig zu 4 ×3; Keine Angabe 2:
  // (5 + 14 + 12) / (18 · 3) = 31/54.
  { fixture: 'german-agreement-4-vollstaendig.csv', role: 'item', kind: 'labels', labelSet: 'agreement-4', min: 1, max: 4, ends: ['Stimme gar nicht zu', 'Stimme vollständig zu'], reversed: false, n: 18, blank: 0, notApplicable: 2, score: (31 / 54) * 100 },
  // R's write.csv: NA is a blank cell (5), "N/A" a non-answer (2). 5 4 ×4, 4 5 ×3, 3 3 ×2, 2 1 ×1:
  // (16 + 15 + 6 + 1) / (13 · 4) = 38/52.
  { fixture: 'r-na-is-blank.csv', role: 'csat', kind: 'numeric', labelSet: null, min: 1, max: 5, ends: null, reversed: false, n: 13, blank: 5, notApplicable: 2, score: (38 / 52) * 100 },
];

describe('label scales of real exports, one fixture a pattern (fixtures/labels/)', () => {
  it.each(CASES)('$fixture → $role, $kind $labelSet', (expected) => {
    const path = `fixtures/labels/${expected.fixture}`;
    const inspected = runCli(['inspect', path, '--format', 'json']);
    expect(inspected.status, inspected.stderr).toBe(0);
    const column = (JSON.parse(inspected.stdout) as InspectReport).columns.at(-1);
    expect(column?.role, column?.evidence.join('; ')).toBe(expected.role);
    expect(column?.scale).toMatchObject({ kind: expected.kind, labelSet: expected.labelSet, min: expected.min, max: expected.max, reversed: expected.reversed });
    if (expected.ends !== null) expect([column?.scale?.labels?.[String(expected.min)], column?.scale?.labels?.[String(expected.max)]]).toEqual(expected.ends);
    // A reversed scale says why in its evidence.
    if (expected.reversed) expect(column?.evidence.join(' ')).toMatch(/reversed|yes scores 0/);
    expect(column?.unmapped).toEqual([]);
    // How important something is, is never scored as satisfaction.
    if (expected.role === 'importance') return;

    const reported = runCli(['report', path, '--format', 'json']);
    expect(reported.status, reported.stderr).toBe(0);
    const item = (JSON.parse(reported.stdout) as Report).items.find((i) => i.column === column?.name);
    expect(item).toMatchObject({ n: expected.n, missing: { blank: expected.blank, notApplicable: expected.notApplicable, outOfScale: 0, notInteger: 0, invalid: 0 } });
    expect(item?.score).toBeCloseTo(expected.score, 9);
  });
});
