import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyAnalysis } from '../../src/analysis/analyze-survey.js';
import type { Report } from '../../src/analysis/report.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';

// Complaint categories and rankings by position are counted by folded key ("LATE DELIVERY" and
// "late delivery" alike): the label each is shown in, and which are pooled as "Other", must come
// from the rows alone, not from the order they are added in nor from how the parts of them are
// merged (threads, shards, the segments of --by, the cells of --period).

const NAMES = ['Region', 'Delivery speed (1-5)', 'Had a problem?', 'What was the problem?', 'How well was your complaint handled? (1-5)', 'Overall satisfaction (1-5)', 'Best film [Rank 1]', 'Best film [Rank 2]', 'Best film [Rank 3]'];
const PROBLEM = 3;

/** A row: a problem cell (blank for none) and three films named at ranks 1 to 3. */
function row(problems: string, films: readonly string[], i: number): string[] {
  return ['North', String(1 + (i % 5)), problems === '' ? 'No' : 'Yes', problems, problems === '' ? '' : String(1 + ((i * 3) % 5)), String(1 + ((i * 7) % 5)), ...films];
}

// The rows that detect the columns: a category column and a ranking by position.
const DETECTION = Array.from({ length: 200 }, (_, i) => row(i % 4 === 0 ? (['Late delivery', 'Damaged item', 'Late delivery; Damaged item', 'Wrong item'][i % 3] as string) : '', [['Alien', 'Vertigo', 'Heat'], ['Heat', 'Alien', 'Jaws'], ['Jaws', 'Vertigo', 'Alien']][i % 3] as string[], i));
const model = buildSurveyModel(plainHeader(NAMES), DETECTION);

/** Each name in a few spellings that fold alike. */
const spellingsOf = (name: string) => [name, name.toLowerCase(), name.toUpperCase(), `${name}.`, ` ${name.toLowerCase()}!`];
const CATEGORIES = ['Late delivery', 'Damaged item', 'Wrong item', 'Rude staff', 'Lost parcel', 'Other'];
const FILMS = ['Alien', 'Vertigo', 'Heat', 'Jaws', 'Psycho'];

const spelled = (names: readonly string[]) => fc.constantFrom(...names).chain((name) => fc.constantFrom(...spellingsOf(name)));

/** Rows of a few categories and films, in several spellings each. */
const fewRows = fc.array(
  fc.tuple(fc.array(spelled(CATEGORIES), { maxLength: 3 }), fc.array(fc.oneof(spelled(FILMS), fc.constant('')), { minLength: 3, maxLength: 3 }), fc.constantFrom(';', ',')),
  { minLength: 1, maxLength: 120 },
).map((rows) => rows.map(([problems, films, separator], i) => row(problems.join(`${separator} `), films, i)));

/** Rows of more categories and films than a report shows (100): which are pooled as "Other" is at stake. */
const MANY = Array.from({ length: 130 }, (_, i) => `Problem ${i}`);
const MANY_FILMS = Array.from({ length: 130 }, (_, i) => `Film ${i}`);
const manyRows = fc.array(fc.tuple(fc.array(spelled(MANY), { minLength: 1, maxLength: 3 }), fc.array(spelled(MANY_FILMS), { minLength: 3, maxLength: 3 })), { minLength: 100, maxLength: 300 }).map((rows) => rows.map(([problems, films], i) => row(problems.join('; '), films, i)));

/** Rows, an order to add them in (a permutation), parts to split them in, and an order to merge the parts in. */
const orders = (rows: fc.Arbitrary<string[][]>) =>
  rows.chain((data) =>
    fc.record({
      data: fc.constant(data),
      shuffled: fc.shuffledSubarray(data, { minLength: data.length, maxLength: data.length }),
      parts: fc.array(fc.nat({ max: 3 }), { minLength: data.length, maxLength: data.length }),
      mergeOrder: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
      throughStates: fc.boolean(),
    }),
  );

const analysis = () => new SurveyAnalysis(model, { confidenceLevel: 0.95 });

function reportOf(rows: readonly string[][]): Report {
  const made = analysis();
  rows.forEach((r, i) => made.addRow(r, i + 2));
  return made.report([]);
}

/** The categories and rankings of a report: what is at stake. */
const choices = (report: Report) => ({ categories: report.dimensions.complaints?.categories, rankings: report.rankings });

function expectOrderFree({ data, shuffled, parts, mergeOrder, throughStates }: { data: string[][]; shuffled: string[][]; parts: number[]; mergeOrder: number[]; throughStates: boolean }): void {
  const expected = choices(reportOf(data));
  expect(choices(reportOf(shuffled))).toEqual(expected);
  const analyses = [0, 1, 2, 3].map(() => analysis());
  data.forEach((r, i) => analyses[parts[i] as number]?.addRow(r, i + 2));
  const merged = analysis();
  for (const part of mergeOrder) {
    const from = analyses[part] as SurveyAnalysis;
    if (throughStates) merged.load(JSON.parse(JSON.stringify(from.save())));
    else merged.merge(from);
  }
  expect(choices(merged.report([]))).toEqual(expected);
}

describe('complaint categories and rankings by position, whatever the order of rows and merges', () => {
  it('shows each category and option in its most frequent spelling, ties by code-point order', () => {
    // The sample's columns: a category column and a ranking by position.
    expect(model.columns[PROBLEM]).toMatchObject({ role: 'segment', dimension: 'complaints' });
    expect(model.columns.filter((c) => c.role === 'ranking')).toHaveLength(3);
    const rows = [row('late delivery', ['alien', '', ''], 0), row('LATE DELIVERY; Damaged item', ['ALIEN', 'Heat', ''], 1), row('Late delivery', ['Alien', '', ''], 2), row('Late delivery, damaged item', ['Alien', 'heat', ''], 3)];
    for (const order of [rows, [...rows].reverse()]) {
      const { categories, rankings } = choices(reportOf(order));
      expect(categories?.[0]?.counts).toEqual([
        { category: 'Late delivery', count: 4, share: 1 },
        { category: 'Damaged item', count: 2, share: 0.5 },
      ]);
      expect(rankings[0]?.options.map((o) => [o.label, o.n])).toEqual([
        ['Alien', 4],
        ['Heat', 2],
      ]);
    }
  });

  it('a few categories and options in several spellings: the same report', () => {
    fc.assert(fc.property(orders(fewRows), expectOrderFree), { numRuns: 60 });
  });

  it('more categories and options than a report shows: the same 100, and the same "Other"', () => {
    fc.assert(
      fc.property(orders(manyRows), (setup) => {
        expectOrderFree(setup);
        const categories = choices(reportOf(setup.data)).categories?.[0]?.counts ?? [];
        const distinct = new Set(setup.data.flatMap((r) => (r[PROBLEM] as string).split(';').map((p) => p.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()))).size;
        if (distinct > 100) expect(categories.at(-1)).toMatchObject({ category: 'Other', pooled: distinct - 100 });
      }),
      { numRuns: 20 },
    );
  });

  it('counts a category or an option named twice in a row once, an option at its best rank', () => {
    const report = reportOf([row('Late delivery; late delivery', ['Alien', 'Heat', 'alien'], 0), row('Late delivery', ['Heat', 'Alien', ''], 1)]);
    expect(report.dimensions.complaints?.categories?.[0]?.counts).toEqual([{ category: 'Late delivery', count: 2, share: 1 }]);
    expect(report.rankings[0]?.respondents).toBe(2);
    expect(report.rankings[0]?.options.map((o) => [o.label, o.n, o.meanRank])).toEqual([
      ['Alien', 2, 1.5],
      ['Heat', 2, 1.5],
    ]);
  });

  it('merges another analysis as it loads its state, to the last bit, spellings past 16 of a key too', () => {
    // "Late delivery", "Late delivery!", "Late delivery!!" …: 24 spellings of one key.
    const shouted = Array.from({ length: 48 }, (_, i) => row(`Late delivery${'!'.repeat(i % 24)}`, [`Alien${'?'.repeat(i % 20)}`, '', ''], i));
    fc.assert(
      fc.property(orders(manyRows), ({ data, parts }) => {
        const rows = [...data, ...shouted];
        const [merged, loaded] = [0, 1].map(() => [analysis(), analysis()]) as [[SurveyAnalysis, SurveyAnalysis], [SurveyAnalysis, SurveyAnalysis]];
        rows.forEach((r, i) => {
          const part = (parts[i] ?? i) % 2;
          merged[part]?.addRow(r, i + 2);
          loaded[part]?.addRow(r, i + 2);
        });
        merged[0].merge(merged[1]);
        loaded[0].load(loaded[1].save());
        expect(merged[0].save()).toEqual(loaded[0].save());
      }),
      { numRuns: 20 },
    );
  });

  it('pools the categories past the 100 most chosen as "Other", last, counting their choices (no share of respondents), and says so', () => {
    const rows = Array.from({ length: 130 }, (_, i) => row(`Problem ${i}; Problem ${(i + 1) % 130}${i < 10 ? '; Problem 0' : ''}`, ['', '', ''], i));
    const report = reportOf(rows);
    const counts = report.dimensions.complaints?.categories?.[0]?.counts ?? [];
    expect(counts).toHaveLength(101);
    expect(counts[0]).toMatchObject({ category: 'Problem 0', count: 11 });
    // The rest are chosen twice each: the first 100 by folded key, in code-point order ("problem 1", "problem 10" …).
    expect(counts.slice(1, 4).map((c) => c.category)).toEqual(['Problem 1', 'Problem 10', 'Problem 100']);
    expect(counts[100]).toEqual({ category: 'Other', count: 60, share: null, pooled: 30 });
    expect(report.notes).toContain('column "What was the problem?": 130 problem categories; the 100 most chosen are shown, the others pooled as "Other", whose count is of their choices');
  });

  it('past 1,000 categories, pools the rest as they come and says that this depends on the order of the rows', () => {
    const rows = Array.from({ length: 1100 }, (_, i) => row(`Problem ${i}`, ['', '', ''], i));
    const report = reportOf(rows);
    const counts = report.dimensions.complaints?.categories?.[0]?.counts ?? [];
    expect(counts.at(-1)).toEqual({ category: 'Other', count: 1000, share: null, pooled: 900 });
    expect(report.notes).toContain('column "What was the problem?": past the first 1,000 problem categories (free text rather than categories?), further ones were pooled as they came: which categories are counted one by one depends on the order of the rows');
  });
});
