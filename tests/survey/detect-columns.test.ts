import { describe, expect, it } from 'vitest';
import { sampleCorrelation } from 'simple-statistics';
import { SatisfyError } from '../../src/errors.js';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';

// A small export: one row per respondent, values as strings as they come out of the CSV parser.
const header = ['Respondent ID', 'Date', 'Country', 'Shipping speed', 'Fair pricing', 'Any complaints?', 'Trust in us', 'Overall satisfaction', 'Would you recommend us?', 'Comments', 'Q7'];
const rows = Array.from({ length: 40 }, (_, i) => [
  `r${i}`,
  `2026-02-${String((i % 28) + 1).padStart(2, '0')}`,
  ['PL', 'LV', 'DE'][i % 3] as string,
  String((i % 5) + 1),
  i % 10 === 0 ? 'N/A' : String((i % 4) + 2),
  i % 4 === 0 ? 'Yes' : 'No',
  ['Strongly agree', 'Agree', 'Neutral', 'Disagree'][i % 4] as string,
  String((i % 7) + 1),
  String(i % 11),
  i % 2 === 0 ? '' : `Comment number ${i}, with enough words to look like free text.`,
  String(i % 3),
]);

describe('detection on a plain English export', () => {
  const model = buildSurveyModel(plainHeader(header), rows);
  const byName = Object.fromEntries(model.columns.map((c) => [c.name, c]));

  it.each([
    ['Respondent ID', 'id', null, null],
    ['Date', 'timestamp', null, null],
    ['Country', 'segment', null, null],
    ['Shipping speed', 'item', 'delivery', [1, 5]],
    ['Fair pricing', 'item', 'pricing', [1, 5]],
    ['Any complaints?', 'complaint', 'complaints', [0, 1]],
    ['Trust in us', 'item', 'trust', [1, 5]],
    ['Overall satisfaction', 'csat', null, [1, 7]],
    ['Would you recommend us?', 'nps', null, [0, 10]],
    ['Comments', 'comment', null, null],
    // 40 answers 0, 1 and 2 show a 0-2 scale, not the bottom of a 0-10 one.
    ['Q7', 'item', null, [0, 2]],
  ])('%s → %s %s %j', (name, role, dimension, range) => {
    const column = byName[name];
    expect(column?.role).toBe(role);
    expect(column?.dimension).toBe(dimension);
    expect(column?.scale === null ? null : [column?.scale?.min, column?.scale?.max]).toEqual(range);
    expect(column?.evidence.length).toBeGreaterThan(0);
  });

  it('reads a label set as an ordered scale', () => {
    expect(byName['Trust in us']?.scale).toMatchObject({ kind: 'labels', min: 1, max: 5, labels: { '1': 'Strongly disagree', '5': 'Strongly agree' } });
  });

  it('lists built-in dimensions in DESIGN.md order and points at the special columns', () => {
    expect(model.dimensions.map((d) => d.id)).toEqual(['delivery', 'pricing', 'complaints', 'trust']);
    expect([model.csat, model.nps]).toEqual([7, 8]);
  });
});

describe('--map overrides detection', () => {
  it('moves columns into a dimension, frees the ones it replaces, and sets csat', () => {
    const model = buildSurveyModel(plainHeader(header), rows, { mappings: [{ target: 'delivery', columns: ['Q7'] }, { target: 'csat', columns: ['Shipping speed'] }] });
    const byName = Object.fromEntries(model.columns.map((c) => [c.name, c]));
    expect(byName.Q7).toMatchObject({ role: 'item', dimension: 'delivery' });
    expect(byName['Shipping speed']).toMatchObject({ role: 'csat', dimension: null });
    expect(byName['Overall satisfaction']).toMatchObject({ role: 'item', dimension: null });
    expect(model.csat).toBe(3);
  });

  it('creates a dimension of its own', () => {
    const model = buildSurveyModel(plainHeader(header), rows, { mappings: [{ target: 'loyalty', columns: ['Q7', 'Overall satisfaction'] }] });
    expect(model.dimensions.map((d) => d.id)).toEqual(['delivery', 'pricing', 'complaints', 'trust', 'loyalty']);
    expect(model.dimensions.at(-1)).toMatchObject({ label: 'Loyalty', columns: [7, 10] });
  });

  it('names an unknown column and lists the real ones', () => {
    const attempt = () => buildSurveyModel(plainHeader(header), rows, { mappings: [{ target: 'delivery', columns: ['Speed'] }], file: 'x.csv' });
    expect(attempt).toThrow(SatisfyError);
    expect(attempt).toThrow('no column "Speed" for --map delivery=Speed');
  });

  it('refuses a text column as a rating', () => {
    expect(() => buildSurveyModel(plainHeader(header), rows, { mappings: [{ target: 'trust', columns: ['Country'] }] })).toThrow(/holds no ratings/);
  });
});

describe('checkbox and ranking questions', () => {
  // Q5_1..Q5_3 rank three options (each row a permutation of 1..3); "Best film [Rank n]" name the
  // film put at each rank; "Channels - Email/Phone" are ticked with their text or left blank.
  const names = ['Q5_1', 'Q5_2', 'Q5_3', 'Best film [Rank 1]', 'Best film [Rank 2]', 'Best film [Rank 3]', 'Which channels did you use? - Email', 'Which channels did you use? - Phone'];
  const orders = [['1', '2', '3'], ['3', '1', '2'], ['2', '3', '1']];
  const films = [['Alien', 'Heat', 'Jaws'], ['Jaws', 'Alien', 'Vertigo'], ['Heat', 'Vertigo', 'Alien']];
  const sample = Array.from({ length: 12 }, (_, i) => [...(orders[i % 3] as string[]), ...(films[i % 3] as string[]), i % 2 === 0 ? 'Email' : '', i % 3 === 0 ? 'Phone' : '']);
  const byName = Object.fromEntries(buildSurveyModel(plainHeader(names), sample).columns.map((c) => [c.name, c]));

  it.each([
    ['Q5_1', 'ranking', 'Q5', 'options'],
    ['Best film [Rank 2]', 'ranking', 'Best film', 'positions'],
    ['Which channels did you use? - Phone', 'option', 'Which channels did you use?', undefined],
  ])('%s → %s of "%s", laid out as %s', (name, role, partOf, layout) => {
    expect(byName[name]).toMatchObject({ role, partOf, scale: null });
    expect(byName[name]?.rankLayout).toBe(layout);
  });
});

describe('codes numbered best first, told by the overall rating against the recommend question', () => {
  // 200 respondents: the recommend answer a deterministic spread of 0-10, and an overall rating of
  // 1-5 that runs against it in `percent` of the rows (it follows it, turned round), the others
  // spread evenly: the fewer, the weaker the correlation.
  const rows = (percent: number) =>
    Array.from({ length: 200 }, (_, i) => {
      const recommend = (i * 7) % 11;
      const follows = (i * 37) % 100 < percent;
      const rating = follows ? 5 - Math.round((recommend / 10) * 4) : 1 + ((i * 13) % 5);
      return [String(rating), String(recommend)];
    });
  const header = plainHeader(['Overall, how satisfied are you with us?', 'How likely are you to recommend us to a friend? (0-10)']);
  const r = (data: string[][]) => sampleCorrelation(data.map((row) => Number(row[0])), data.map((row) => Number(row[1])));

  it('turns the overall rating where it runs against the recommend question at r -0.3 or below, beyond chance, and not above', () => {
    // Just past the threshold and just short of it (r -0.310 and -0.298): the rule's -0.3 is pinned.
    const strong = rows(25);
    const weak = rows(24);
    // The data as built: one just past the threshold, one short of it.
    expect(r(strong)).toBeLessThanOrEqual(-0.3);
    expect(r(strong)).toBeGreaterThan(-0.32);
    expect(r(weak)).toBeGreaterThan(-0.3);
    expect(r(weak)).toBeLessThan(-0.28);
    const csat = (data: string[][]) => buildSurveyModel(header, data).columns[0]?.scale;
    expect(csat(strong)).toMatchObject({ reversed: true, reversedBy: 'recommend' });
    expect(csat(weak)).toMatchObject({ reversed: false });
  });
});

describe('how often within a time frame', () => {
  const read = (values: number[]) => buildSurveyModel(plainHeader(['In the last 12 months, how often did you order from us?']), values.map((v) => [String(v)])).columns[0];

  it('counts times where the numbers spread past any scale of frequency, and reads 1..5 as the scale it codes', () => {
    // A second cold review: "how often did you feel valued" answered 1..5 was hidden as a quantity.
    expect(read(Array.from({ length: 60 }, (_, i) => 1 + (i % 9)))?.role).toBe('ignored');
    expect(read(Array.from({ length: 60 }, (_, i) => 1 + (i % 5)))).toMatchObject({ role: 'item', scale: { min: 1, max: 5 } });
  });
});

describe("the survey's numeric scale for the one item answered 1..4", () => {
  // Two 1-5 items answered on every point beside the column read, 90 respondents.
  const read = (header: string, values: number[]) => {
    const rows = values.map((v, i) => [String(1 + (i % 5)), String(1 + ((i * 3) % 5)), String(v)]);
    return buildSurveyModel(plainHeader(['How satisfied are you with the delivery?', 'How satisfied are you with the price?', header]), rows).columns[2];
  };
  // 1..4 thinning out toward its 4 (fewer 4s than 3s), and a 4-point forced choice whose 4 is chosen most.
  const thinning = Array.from({ length: 90 }, (_, i) => [1, 1, 2, 2, 2, 3, 3, 3, 4][i % 9] as number);
  const forced = Array.from({ length: 90 }, (_, i) => [1, 2, 3, 3, 4, 4, 4, 4, 4][i % 9] as number);

  it('reads an item thinning out toward its 4 on the survey\'s 1-5, and keeps 1-4 where the answers, the header or the role say so (a second review)', () => {
    expect(read('How well was your problem handled?', thinning)?.scale).toMatchObject({ min: 1, max: 5 });
    expect(read('How likely are you to buy from us again?', forced)?.scale).toMatchObject({ min: 1, max: 4 });
    expect(read('On a scale of 1 to 4, how well was your problem handled?', thinning)?.scale).toMatchObject({ min: 1, max: 4 });
    expect(read('Overall, how satisfied are you with us?', thinning)).toMatchObject({ role: 'csat', scale: { min: 1, max: 4 } });
  });
});
