import { describe, expect, it } from 'vitest';
import { rowCost, worthSharing } from '../../src/engine/analyze-files.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';

const HEADER = ['Response ID', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', 'Any other comments?'];
const PHRASES = ['The courier was late', 'Great value for money', 'Support never answered my e-mail', 'Easy to order', 'The box arrived damaged', 'Prices went up again'];

/** 400 rows whose comment is `comment(i)`. */
function sampleOf(comment: (i: number) => string): string[][] {
  return Array.from({ length: 400 }, (_, i) => [`R${i}`, String(1 + (i % 5)), String(i % 11), comment(i)]);
}

describe('what a row of the detection sample costs (rowCost), and whether a file is shared out on threads (worthSharing)', () => {
  it('counts each comment the sample had not met before as twenty rows of ratings, a repeated one as nothing', () => {
    // Every row a comment of its own: 1 + 20.
    const distinct = sampleOf((i) => `${PHRASES[i % PHRASES.length] ?? ''}, order ${i}`);
    expect(rowCost(buildSurveyModel(plainHeader(HEADER), distinct), distinct)).toBe(21);
    // Three texts (the odd rows'), repeated, and blank cells: 1 + 20 × 3 / 400.
    const repeated = sampleOf((i) => (i % 2 === 0 ? '' : ` ${PHRASES[i % PHRASES.length] ?? ''} `));
    expect(rowCost(buildSurveyModel(plainHeader(HEADER), repeated), repeated)).toBeCloseTo(1 + (20 * 3) / 400, 12);
    // A survey without a free-text column, and an empty sample.
    const ratings = sampleOf(() => '').map((row) => row.slice(0, 3));
    expect(rowCost(buildSurveyModel(plainHeader(HEADER.slice(0, 3)), ratings), ratings)).toBe(1);
    expect(rowCost(buildSurveyModel(plainHeader(HEADER), distinct), [])).toBe(1);
  });

  it('shares a file of ratings from four pieces, and one of comments that seldom repeat from what follows its first piece', () => {
    const piece = 8 * 1024 * 1024;
    expect(worthSharing(4 * piece, piece, 1)).toBe(true);
    expect(worthSharing(4 * piece - 1, piece, 1)).toBe(false);
    // The 100k bench export (2 pieces, eight comment texts in its first thousand rows) stays on one thread; the same rows with comments that seldom repeat are shared.
    expect(worthSharing(12_200_000, piece, 1 + (20 * 8) / 1000)).toBe(false);
    expect(worthSharing(12_200_000, piece, 11)).toBe(true);
    // A file of one piece never is.
    expect(worthSharing(piece, piece, 1000)).toBe(false);
  });
});
