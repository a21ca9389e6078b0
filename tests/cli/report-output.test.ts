import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { main } from '../../src/cli/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { validateReport } from '../helpers/validate-report.js';

const SMALL = 'fixtures/report/english-labels-na-out-of-scale.csv';

describe('satisfy report on a small export checked by hand', () => {
  it('prints the table', () => {
    const result = runCli(['report', SMALL]);
    expect(result.status).toBe(0);
    // Package condition holds an 8 and a 4.5 on its 1-5 scale: one warning for the column, with the first.
    expect(result.stderr).toBe(`satisfy: warning: column "Package condition (1-5)": 2 answers excluded and counted, the first: "8" is outside its 1-5 scale (${SMALL}:11); --strict makes this an error\n`);
    expectGolden(result.stdout, 'english-labels-na-out-of-scale.table.txt');
  });

  it('prints the JSON', () => {
    const result = runCli(['report', SMALL, '--format', 'json']);
    expect(result.status).toBe(0);
    expectGolden(result.stdout, 'english-labels-na-out-of-scale.json');
  });

  // Worked out from the fixture by hand, not by the program.
  it('has the figures worked out by hand', () => {
    const report = JSON.parse(runCli(['report', SMALL, '--format', 'json']).stdout) as Report;
    expect(report.respondents).toBe(12);
    expect(report.input.files[0]).toMatchObject({ rows: 13, rowsUsed: 12, skipped: [{ reason: 'emptyRow', count: 1, firstLines: [10] }] });
    // Delivery speed: 5 4 4 2 3 5 1 4 5 3 _ 4 → n 11, sum 40, top-2 (4-5) 7, bottom-2 (1-2) 2.
    const speed = report.items[0];
    expect(speed).toMatchObject({ column: 'Delivery speed (1-5)', n: 11, topBox: { count: 7 }, bottomBox: { count: 2 }, missing: { blank: 1 } });
    expect(speed?.mean).toBeCloseTo(40 / 11, 12);
    // Package condition: 8 is out of the declared 1-5 scale, 4.5 is not an integer.
    expect(report.items[1]).toMatchObject({ n: 10, missing: { outOfScale: 1, notInteger: 1 } });
    // Prices are fair (labels): 5 4 3 2 4 N/A 1 4 5 3 4 4 → n 11, sum 39.
    expect(report.items[2]).toMatchObject({ n: 11, missing: { notApplicable: 1 }, scale: { kind: 'labels', labelSet: 'agreement-5' } });
    expect(report.items[2]?.mean).toBeCloseTo(39 / 11, 12);
    // Recommend: 10 9 8 3 7 10 0 9 10 6 9 8 → 6 promoters, 3 passives, 3 detractors: NPS 25.
    expect(report.nps).toMatchObject({ n: 12, score: 25, promoters: { count: 6 }, passives: { count: 3 }, detractors: { count: 3 } });
    // Had a complaint: Yes on 4 of 12 rows.
    expect(report.dimensions.complaints?.incidence).toMatchObject({ n: 12, count: 4 });
    expect(report.dimensions.complaints?.incidence?.share).toBeCloseTo(1 / 3, 12);
    // The four with a complaint rated its handling 4, 2, 1 and 5: scores 75, 25, 0 and 100.
    expect(report.dimensions.complaints?.resolution).toMatchObject({ n: 4, score: 50 });
  });

  it('keeps the documented key order and never prints NaN or Infinity', () => {
    const text = runCli(['report', SMALL, '--format', 'json']).stdout;
    const report = JSON.parse(text) as Report;
    expect(Object.keys(report)).toEqual(['schemaVersion', 'respondents', 'weight', 'method', 'input', 'language', 'audience', 'columns', 'items', 'missing', 'dimensions', 'csat', 'ces', 'nps', 'index', 'drivers', 'importance', 'choices', 'rankings', 'comments', 'segmentation', 'segments', 'dateWindow', 'periodization', 'periods', 'comparison', 'checks', 'notes', 'nullReasons']);
    expect(Object.keys(report.items[0] ?? {})).toEqual(['column', 'question', 'role', 'dimension', 'scale', 'n', 'effectiveN', 'mean', 'sd', 'ci', 'score', 'median', 'q1', 'q3', 'topBox', 'bottomBox', 'distribution', 'missing', 'nullReasons']);
    expect(Object.keys(report.dimensions.delivery ?? {})).toEqual(['label', 'items', 'itemWeights', 'n', 'effectiveN', 'mean', 'sd', 'ci', 'score', 'topBox', 'bottomBox', 'distribution', 'missing', 'alpha', 'nullReasons']);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});

describe('--map', () => {
  it('scores columns detection cannot name', () => {
    const result = runCli(['report', 'fixtures/report/unlabelled-headers.csv', '--format', 'json', '--map', 'delivery=Q1,Q2', '--map', 'nps=Q3']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.dimensions.delivery?.items).toEqual(['Q1', 'Q2']);
    expect(report.columns[0]?.evidence[0]).toBe('set by --map delivery=Q1,Q2');
    // Q3: 9 7 10 4 8 → 2 promoters, 2 passives, 1 detractor.
    expect(report.nps).toMatchObject({ column: 'Q3', n: 5, score: 20 });
    // Q1 4 3 5 2 4 and Q2 5 4 5 3 4 on 1-5: respondent scores 87.5 62.5 100 37.5 75 → mean 72.5.
    expect(report.dimensions.delivery?.score).toBeCloseTo(72.5, 12);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it.each([
    ['off when stdout is not a terminal', {}, [], false],
    ['on with FORCE_COLOR=1', { NO_COLOR: undefined, FORCE_COLOR: '1' }, [], true],
    ['off with NO_COLOR even if forced', { NO_COLOR: '1', FORCE_COLOR: '1' }, [], false],
    ['off with --no-color even if forced', { NO_COLOR: undefined, FORCE_COLOR: '1' }, ['--no-color'], false],
    ['never in JSON', { NO_COLOR: undefined, FORCE_COLOR: '1' }, ['--format', 'json'], false],
  ] as const)('%s', (_what, env, flags, coloured) => {
    const result = runCli(['report', SMALL, ...flags], env);
    expect(result.status).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
  });
});

describe('pipes', () => {
  it('ends quietly with 0 when the reader closes early (| head -1)', () => {
    // Eight copies of the sample make a report far larger than a pipe buffer.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-pipe-'));
    const big = join(dir, 'big.csv');
    const sample = readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'), 'utf8');
    const [header, ...rest] = sample.split('\r\n');
    writeFileSync(big, [header, ...Array.from({ length: 8 }, () => rest.filter((l) => l !== '').join('\r\n'))].join('\r\n'));
    const result = spawnSync('bash', ['-c', `set -o pipefail; node bin/satisfy.js report "${big}" --format json | head -c 100 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('in-process', () => {
  it('turns an unexpected failure into exit 3', async () => {
    const errors: string[] = [];
    const io = {
      stdout: {
        write: () => {
          throw new RangeError('stdout exploded');
        },
      },
      stderr: { write: (s: string) => errors.push(s) },
      env: {},
      stdoutIsTTY: false,
    };
    expect(await main(['report', SMALL], io)).toBe(3);
    expect(errors.filter((e) => !e.startsWith('satisfy: warning:'))[0]).toBe('satisfy: internal error: stdout exploded\n');
  });
});

describe('the bundled sample', () => {
  it('is what the committed, seeded generator writes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'satisfy-sample-')), 'responses.csv');
    const result = spawnSync(process.execPath, ['scripts/generate-quickstart.mjs', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv')));
  });
});

describe("a dimension's boxes", () => {
  it('pool a labelled item and an item in numbers of one range (1-5) on the numbers', () => {
    const file = 'fixtures/report/dimension-of-labelled-and-numbered-items-of-one-range.csv';
    const labels = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
    // Every answer of both items as a point 1-5, counted from the file itself.
    const rows = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const points = rows.flatMap(([, labelled = '', numbered = '']) => [labels.indexOf(labelled) + 1, Number(numbered)]).filter((p) => p >= 1);
    const delivery = (JSON.parse(runCli(['report', file, '--format', 'json']).stdout) as Report).dimensions.delivery;
    expect(delivery?.topBox?.count).toBe(points.filter((p) => p >= 4).length);
    expect(delivery?.topBox?.share).toBeCloseTo(points.filter((p) => p >= 4).length / points.length, 12);
    expect(delivery?.bottomBox?.count).toBe(points.filter((p) => p <= 2).length);
    expect(delivery?.distribution?.map((d) => d.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(delivery?.nullReasons ?? {}).not.toHaveProperty('topBox');
  });
});

describe('key drivers', () => {
  it('are named in the notes when a question asked of some only narrows them', () => {
    const file = 'fixtures/report/drivers-narrowed-by-a-follow-up-question.csv';
    // Those who contacted customer service answered its question; everyone answered the outcome.
    const rows = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const contacted = rows.filter((row) => (row[4] ?? '') !== '').length;
    const report = JSON.parse(runCli(['report', file, '--format', 'json']).stdout) as Report;
    expect(report.drivers?.n).toBe(contacted);
    expect(report.notes).toContain(
      `key drivers rest on ${contacted} of the ${rows.length} respondents who answered "Overall satisfaction (1-5)", those with a score in every dimension; the fewest have a score in Service (n ${contacted}), perhaps a question asked of some only: their weights describe those respondents, not the sample`,
    );
    // Markdown carries the drivers' n and the notes too.
    const markdown = runCli(['report', file, '--format', 'markdown']).stdout;
    expect(markdown).toContain(`### Key drivers of Overall satisfaction (1-5) (R² ${report.drivers?.r2.toFixed(2)}, n ${contacted})`);
    expect(markdown).toContain('### Exclusions and notes\n\n');
    expect(markdown).toContain(`\n- key drivers rest on ${contacted} of the ${rows.length} respondents`);
    // Where every respondent has a score in every dimension, no such note.
    const full = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json']).stdout) as Report;
    expect(full.notes.some((note) => note.startsWith('key drivers rest on'))).toBe(false);
    // So few who contacted customer service (under --min-base): no dimension is put at "fix first".
    expect(report.drivers?.lowBase).toBe(true);
    expect(Object.values(report.drivers?.dimensions ?? {}).map((d) => d.reading)).toEqual([null, null, null]);
  });

  const ONE_DIMENSION = 'fixtures/report/one-dimension-has-no-index-or-drivers.csv';

  it('and the index need two dimensions: one dimension is reported as itself, with why there is no index or drivers', () => {
    const report = JSON.parse(runCli(['report', ONE_DIMENSION, '--format', 'json']).stdout) as Report;
    validateReport(report);
    expect(Object.keys(report.dimensions)).toEqual(['pricing']);
    expect(report.dimensions.pricing?.score).toBeGreaterThan(0);
    // The build before headlined the pricing score as the index, and pricing as a driver weighing 100 % ("keep").
    expect(report.index).toBeNull();
    expect(report.nullReasons.index).toBe('one dimension (pricing): the index, a mean over dimensions, would repeat its score; see dimensions.pricing');
    expect(report.drivers).toBeNull();
    expect(report.nullReasons.drivers).toBe('one dimension (pricing): key drivers weigh two or more against each other');
    // The comments' impact has no index either, on either side, and tests none.
    const themes = report.comments?.columns[0]?.themes ?? [];
    expect(themes.find((t) => t.theme === 'pricing')?.impact?.mentioned.respondents).toBeGreaterThan(0);
    for (const { impact } of themes) {
      expect(impact?.mentioned.index ?? null).toBeNull();
      expect(impact?.others.index ?? null).toBeNull();
      expect(impact?.tests.some((t) => t.metric === 'index.score')).toBe(false);
    }
    const table = runCli(['report', ONE_DIMENSION]).stdout;
    expect(table.split('\n')[4]).toBe(`Index  — ${report.nullReasons.index}`);
    expect(runCli(['report', ONE_DIMENSION, '--format', 'markdown']).stdout).toContain(`- **Index** — ${report.nullReasons.index}`);
    expect(table).not.toContain('Key drivers');
    // A gate on the index cannot pass on a figure the report does not have, and says why (README: gates).
    const gate = runCli(['report', ONE_DIMENSION, '--fail-if', 'index.score < 50']);
    expect(gate.status).toBe(1);
    expect(gate.stderr).toContain(`gate failed: index.score < 50 (null: ${report.nullReasons.index})`);
  });

  const PART = 'fixtures/report/dimensions-holding-a-part-of-the-items-have-no-index.csv';

  it('is not an index of the survey where its dimensions hold fewer than half of the rated items', () => {
    const report = JSON.parse(runCli(['report', PART, '--format', 'json']).stdout) as Report;
    validateReport(report);
    // A hotel survey: value for money (pricing), staff and cleanliness (service) beside four items of no dimension.
    expect(Object.keys(report.dimensions)).toEqual(['pricing', 'service']);
    expect(report.index).toBeNull();
    expect(report.nullReasons.index).toBe('the dimensions hold 3 of the 7 rated items: an index of them would stand for a part of the survey ("Breakfast (1-5)", "Location (1-5)", "Comfort of the bed (1-5)" and 1 more have none; name theirs with --map <dimension>=<column>)');
    // The dimensions themselves, and the drivers that weigh them, are reported as ever.
    expect(report.dimensions.pricing?.score).toBeGreaterThan(0);
    expect(report.drivers).not.toBeNull();
    expect(runCli(['report', PART]).stdout.split('\n')[4]).toBe(`Index  — ${report.nullReasons.index}`);
    expect(runCli(['report', PART, '--format', 'markdown']).stdout).toContain('- **Index** — the dimensions hold 3 of the 7 rated items: an index of them would stand for a part of the survey');
    // One more item given a dimension: four of seven, the index is back.
    const mapped = JSON.parse(runCli(['report', PART, '--format', 'json', '--map', 'service=Friendliness of the staff (1-5),Cleanliness of the room (1-5),Breakfast (1-5)']).stdout) as Report;
    expect(mapped.index?.score).toBeGreaterThan(0);
    expect(mapped.nullReasons.index).toBeUndefined();
  });

  const SMALL_DRIVERS = 'fixtures/report/drivers-of-fewer-respondents-than-the-min-base.csv';
  const WITHHELD = 'reading withheld, n 20 under --min-base 30: too few respondents for the weights to say what to fix first or keep';

  it('of fewer respondents than --min-base show their figures and withhold their reading, saying why in every format', () => {
    const respondents = readFileSync(join(ROOT, SMALL_DRIVERS), 'utf8').trim().split('\n').length - 1;
    const report = JSON.parse(runCli(['report', SMALL_DRIVERS, '--format', 'json']).stdout) as Report;
    validateReport(report);
    expect(report.drivers).toMatchObject({ n: respondents, lowBase: true, nullReasons: { reading: WITHHELD.replace('reading withheld, ', '') } });
    for (const driver of Object.values(report.drivers?.dimensions ?? {})) {
      expect(driver.reading).toBeNull();
      expect(driver.weight).toBeGreaterThan(0);
    }
    // Everyone answered every question: the narrowing note is not the reason.
    expect(report.notes.some((note) => note.startsWith('key drivers rest on'))).toBe(false);
    const table = runCli(['report', SMALL_DRIVERS]).stdout;
    const drivers = table.slice(table.indexOf('Key drivers'), table.indexOf('\n\n', table.indexOf('Key drivers')));
    expect(drivers.split('\n').at(-1)).toBe(`weight: share of R² (Johnson's relative weights); ${WITHHELD}`);
    expect(drivers).not.toMatch(/fix first │|keep │|maintain │|monitor │/);
    const markdown = runCli(['report', SMALL_DRIVERS, '--format', 'markdown']).stdout;
    expect(markdown).toMatch(/\| Delivery \| [\d.]+ \| [\d.]+ % \| [\d.]+ \| — \|/);
    expect(markdown).toContain(`\n\n${WITHHELD}\n`);
    expect(runCli(['report', SMALL_DRIVERS, '--format', 'csv']).stdout).toContain(`,drivers,lowBase,1,,,${respondents}\r\n`);
    // The chart keeps the points, without the colours of a reading or the lines that split the quadrants.
    const html = runCli(['report', SMALL_DRIVERS, '--format', 'html']).stdout;
    expect(html).toContain(`<p class="small">${WITHHELD}</p></figure>`);
    expect(html).not.toContain('legend for fill color');
  });

  it('of a weighted sample judge their base on the effective n, as its intervals and tests do', () => {
    // 40 respondents, 10 of them weighing 5: Kish's effective n is 80² / 280 = 22.9, under 30.
    const WEIGHTED = 'fixtures/report/drivers-weighted-of-fewer-effective-respondents-than-the-min-base.csv';
    const report = JSON.parse(runCli(['report', WEIGHTED, '--weight', 'Weight', '--format', 'json']).stdout) as Report;
    const reason = 'effective n 22.9 (n 40) under --min-base 30: too few respondents for the weights to say what to fix first or keep';
    expect(report.drivers).toMatchObject({ n: 40, effectiveN: report.weight?.effectiveN, lowBase: true, nullReasons: { reading: reason } });
    expect(Object.values(report.drivers?.dimensions ?? {}).map((d) => d.reading)).toEqual([null, null, null]);
    expect(runCli(['report', WEIGHTED, '--weight', 'Weight']).stdout).toContain(`reading withheld, ${reason}`);
    // Over an effective n of 22.9, or unweighted (n 40), the readings are given.
    for (const args of [['--weight', 'Weight', '--min-base', '22'], []]) {
      const given = JSON.parse(runCli(['report', WEIGHTED, '--format', 'json', ...args]).stdout) as Report;
      expect(given.drivers).not.toHaveProperty('lowBase');
      expect(Object.values(given.drivers?.dimensions ?? {}).every((d) => d.reading !== null)).toBe(true);
    }
  });

  it('whose dimensions explain no more of the outcome than chance show their figures and withhold their reading, saying why', () => {
    // 60 respondents whose overall satisfaction was drawn apart from their ratings (numpy): R² 0.028.
    const CHANCE = 'fixtures/report/drivers-whose-dimensions-explain-no-more-than-chance.csv';
    const reason = 'R² 0.028 of 3 dimensions is no more than chance would give (F(3, 56) = 0.54, p = 0.66 ≥ 0.05): the weights cannot say what to fix first or keep';
    const report = JSON.parse(runCli(['report', CHANCE, '--format', 'json']).stdout) as Report;
    validateReport(report);
    expect(report.drivers).toMatchObject({ n: 60, byChance: true, nullReasons: { reading: reason } });
    expect(report.drivers).not.toHaveProperty('lowBase');
    expect(Object.values(report.drivers?.dimensions ?? {}).map((d) => d.reading)).toEqual([null, null, null]);
    expect(runCli(['report', CHANCE]).stdout).toContain(`weight: share of R² (Johnson's relative weights); reading withheld, ${reason}\n`);
    expect(runCli(['report', CHANCE, '--format', 'markdown']).stdout).toContain(`\n\nreading withheld, ${reason}\n`);
    expect(runCli(['report', CHANCE, '--format', 'csv']).stdout).toContain(',drivers,byChance,1,,,60\r\n');
    // A weight is a share of noise; R² itself is a figure as any other.
    const weightGate = runCli(['report', CHANCE, '--fail-if', 'drivers.dimensions.delivery.weight > 0.9']);
    expect(weightGate.status).toBe(1);
    expect(weightGate.stderr).toContain(`(cannot be judged: the key drivers' reading is withheld, ${reason})`);
    expect(runCli(['report', CHANCE, '--fail-if', 'drivers.r2 > 0.5']).status).toBe(0);
  });

  it('of at least --min-base respondents have their reading', () => {
    const report = JSON.parse(runCli(['report', SMALL_DRIVERS, '--min-base', '20', '--format', 'json']).stdout) as Report;
    validateReport(report);
    // Nothing written of a low base: a report an earlier satisfy reads as a baseline.
    expect(report.drivers).not.toHaveProperty('lowBase');
    expect(report.drivers).not.toHaveProperty('nullReasons');
    expect(Object.values(report.drivers?.dimensions ?? {}).every((d) => d.reading !== null)).toBe(true);
    expect(runCli(['report', SMALL_DRIVERS, '--min-base', '20']).stdout).toContain("reading: importance (weight above 1/3) against performance (score above the mean of the dimension scores)");
    expect(runCli(['report', SMALL_DRIVERS, '--min-base', '20', '--format', 'html']).stdout).toContain('legend for fill color');
  });
});
