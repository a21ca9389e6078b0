import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const OFF_SCALE = 'fixtures/lint/off-scale-answers.csv';

function json(args: string[], cwd?: string): Report {
  const result = runCli([...args, '--format', 'json'], {}, cwd);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** A report without the evidence of its columns, which says where a setting came from. */
// A column the config names is read with high confidence, whatever detection's confidence was.
// What detection read, less who read it: the evidence, the confidence and the reason a scale is
// reversed, which is `config` once a config says so (the OSMI 2017 export's "interferes" items).
function figures(report: Report): unknown {
  const scale = <T extends { scale: unknown }>(owner: T): T => (owner.scale === null || typeof owner.scale !== 'object' ? owner : { ...owner, scale: { ...owner.scale, reversedBy: undefined } });
  return { ...report, columns: report.columns.map((c) => scale({ ...c, evidence: [], confidence: 'high', suggestion: null })), items: report.items.map(scale) };
}

describe('satisfy.config.json', () => {
  it('maps the labels of a column detection could not score, with more than one spelling per value', () => {
    const report = json(['report', 'fixtures/lint/unmapped-labels.csv', '--config', 'fixtures/config/unmapped-labels.config.json']);
    const item = report.items.find((i) => i.column === 'Quality of packaging');
    expect(item).toMatchObject({ dimension: 'delivery', n: 40, missing: { invalid: 0 } });
    // Eight answers at each of 5 4 3 2 1, then "Superb" for one 2 (+3) and "Meh" for two 5s (−2 each): 119 / 40.
    expect(item?.mean).toBeCloseTo(119 / 40, 12);
    expect(report.columns[1]?.unmapped).toEqual([]);
    expect(report.columns[1]?.evidence[0]).toBe('set by fixtures/config/unmapped-labels.config.json: dimensions[0]');
  });

  it.each([
    // A lexicon's set numbers its points from 1; on a scale from 0 they are 0-4. "Strongly agree" was
    // 5 there, off the scale, and scored 125.
    ['agreement-5-without-ends', 1],
    ['agreement-5-from-0', 0],
  ])('reads a label set the config names (%s) on the scale from its min', (name, min) => {
    const report = json(['report', 'fixtures/config/agreement-labels-in-french.csv', '--config', `fixtures/config/${name}.config.json`]);
    // The scale is the config's alone, whatever the sample: shards of one export are one survey.
    expect(report.columns[0]?.scale).toEqual({ kind: 'labels', min, max: min + 4, labels: null, labelSet: 'agreement-5', reversed: false });
    // Tout à fait (5), plutôt (4), ni … ni (3), pas d'accord (2), tout à fait (5), from 1.
    expect(report.items[0]?.mean).toBeCloseTo((5 + 4 + 3 + 2 + 5) / 5 - 1 + min, 12);
    expect(report.dimensions.delivery?.mean).toBeCloseTo((((4 + 3 + 2 + 1 + 4) / 5) * 100) / 4, 12);
  });

  it('merges the states of shards read with a label set and no labels, whatever answers each shard holds', () => {
    // The scale's labels were taken from each shard's answers, and merge refused the shards as two surveys.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-config-'));
    const lines = readFileSync(join(ROOT, 'fixtures/config/agreement-labels-in-french.csv'), 'utf8').trim().split('\n');
    const states = [lines.slice(1, 3), lines.slice(3)].map((rows, i) => {
      const shard = join(dir, `shard-${i}.csv`);
      writeFileSync(shard, `${[lines[0], ...rows].join('\n')}\n`);
      const state = join(dir, `shard-${i}.state.json`);
      expect(runCli(['report', shard, '--config', 'fixtures/config/agreement-5-from-0.config.json', '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...states, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = json(['report', 'fixtures/config/agreement-labels-in-french.csv', '--config', 'fixtures/config/agreement-5-from-0.config.json']);
    expect((JSON.parse(merged.stdout) as Report).items[0]?.mean).toBeCloseTo(whole.items[0]?.mean as number, 12);
  });

  it('reads a yes/no question the export writes 1 (yes) and 2 (no) by the codes among its spellings', () => {
    // 2 was off the 0-1 scale whatever the config said, and a scale of 1 and 2 made "no" 0 (-100).
    const file = 'fixtures/config/yes-no-written-1-and-2.csv';
    const report = json(['report', file, '--config', 'fixtures/config/yes-no-written-1-and-2.config.json']);
    const answers = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    const yes = answers.filter((a) => a === '1').length;
    expect(report.items.find((i) => i.column === 'Did you have a problem?')).toMatchObject({ n: answers.length, mean: yes / answers.length, missing: { outOfScale: 0, invalid: 0 } });
    expect(report.dimensions.complaints?.incidence).toMatchObject({ n: answers.length, count: yes, share: yes / answers.length });
    // However the number is written, and kept from --missing, which takes only codes that are no answer.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-config-'));
    const written = join(dir, 'yes-no-written-otherwise.csv');
    const otherwise = answers.map((a, i) => (a === '2' ? ['2', '02', '2.0', ' 2 '][i % 4] : a));
    writeFileSync(written, `Did you have a problem?\n${otherwise.map((a) => `"${a}"`).join('\n')}\n`);
    for (const extra of [[], ['--missing', '2']]) {
      const got = json(['report', written, '--config', 'fixtures/config/yes-no-written-1-and-2.config.json', ...extra]);
      expect(got.items[0], extra.join(' ')).toMatchObject({ n: answers.length, mean: yes / answers.length, missing: { notApplicable: 0, outOfScale: 0 } });
    }
  });

  it('scores yes 0 on the problem question whatever scale the config gives it, unless it says reverse', () => {
    // A cold trial: the README's binary scale of "No"/"Yes" given to the detected problem question
    // (with or without its role) scored yes 100, complaints 13.8 beside 18.4 % who had a problem.
    const file = 'fixtures/labels/plain-yes-no-stays-binary.csv';
    const answers = readFileSync(join(ROOT, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[1]);
    const noShare = answers.filter((a) => a === 'No').length / answers.filter((a) => a === 'Yes' || a === 'No').length;
    const detected = json(['report', file]).dimensions.complaints;
    expect(detected?.score).toBeCloseTo(noShare * 100, 10);
    for (const config of ['scale-given-to-the-problem-question', 'role-and-scale-given-to-the-problem-question']) {
      const got = json(['report', file, '--config', `fixtures/config/${config}.config.json`]).dimensions.complaints;
      expect(got?.score, config).toBeCloseTo(noShare * 100, 10);
      expect(got?.incidence?.share, config).toBeCloseTo(1 - noShare, 10);
    }
    // Said the other way, it is the user's: yes scores 100.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-config-'));
    const turned = join(dir, 'turned.config.json');
    writeFileSync(turned, JSON.stringify({ columns: { 'Did you have a problem with your order?': { scale: { kind: 'binary', labels: { '0': 'No', '1': 'Yes' } }, reverse: false } } }));
    expect(json(['report', file, '--config', turned]).dimensions.complaints?.score).toBeCloseTo((1 - noShare) * 100, 10);
  });

  it('weights and reverses items, and names a dimension', () => {
    const report = json(['report', 'fixtures/lint/reverse-worded-item.csv', '--config', 'fixtures/config/item-weights-reverse.config.json']);
    // Worked out from the file here: per respondent (s(a) + 2 s(b) + s(6 − c)) / 4 with s(x) = (x − 1) / 4 · 100.
    const rows = readFileSync(join(ROOT, 'fixtures/lint/reverse-worded-item.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    const s = (x: number) => ((x - 1) / 4) * 100;
    const expected = rows.reduce((sum, [a, b, c]) => sum + (s(a as number) + 2 * s(b as number) + s(6 - (c as number))) / 4, 0) / rows.length;
    const trust = report.dimensions.trust;
    expect(trust?.label).toBe('Trust in us');
    expect(trust?.mean).toBeCloseTo(expected, 10);
    expect(trust?.itemWeights).toEqual({ 'I trust the company (1-5)': 1, 'The company is honest (1-5)': 2, 'I do not trust the company (1-5)': 1 });
    expect(trust?.alpha?.opposed).toEqual([]);
    expect(report.checks).toEqual([{ expression: 'trust < 30', actual: trust?.score, pass: true, n: trust?.n }]);
  });

  it('is found in the working directory, and flags win over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-config-'));
    copyFileSync(join(ROOT, 'fixtures/config/csat-and-missing.config.json'), join(dir, 'satisfy.config.json'));
    const csv = join(ROOT, OFF_SCALE);
    const configured = json(['report', csv], dir);
    expect(configured.csat?.column).toBe('Delivery speed (1-5)');
    expect(configured.items[0]?.missing).toMatchObject({ notApplicable: 1, outOfScale: 0 });
    const flagged = json(['report', csv, '--map', 'csat=Overall satisfaction (1-5)'], dir);
    expect(flagged.csat?.column).toBe('Overall satisfaction (1-5)');
    // Without the file in the working directory, detection alone.
    expect(json(['report', csv]).csat?.column).toBe('Overall satisfaction (1-5)');
  });

  it('a column given the csat role takes it from the one detection chose', () => {
    const got = json(['report', OFF_SCALE, '--config', 'fixtures/config/csat-by-column-role.config.json']);
    expect(got.csat?.column).toBe('Delivery speed (1-5)');
    expect(got.columns.filter((c) => c.role === 'csat').map((c) => c.name)).toEqual(['Delivery speed (1-5)']);
    expect(got.columns.find((c) => c.name === 'Overall satisfaction (1-5)')).toMatchObject({ role: 'item', dimension: null });
  });

  it.each([
    ['unknown-key', 'columns["Delivery speed (1-5)"]: unknown key "scael" (fixtures/config/unknown-key.config.json)'],
    ['negative-item-weight', 'dimensions[0].items[0].weight: must be > 0 (fixtures/config/negative-item-weight.config.json)'],
    ['not-json', 'not valid JSON: line 4, column 1: expected a "quoted" key, found "}" (fixtures/config/not-json.config.json:4)'],
    ['unknown-column', `no column "Speeed of delivery" for fixtures/config/unknown-column.config.json: dimensions[0].items[1] (${OFF_SCALE})`],
    ['bad-gate', 'fixtures/config/bad-gate.config.json: gates[1] "nps <" is not <figure> <operator> <number>'],
    // "No" was coded 0 whatever the scale's ends, and scored -100 on a scale of 1 and 2.
    // A set's labels were read at their place in the set on a scale of other points: "Strongly agree" 5 on 1-7.
    ['label-set-of-5-points-on-1-7', 'fixtures/config/label-set-of-5-points-on-1-7.config.json: columns["Delivery speed (1-5)"].scale: the agreement-5 set has 5 points, and 1-7 has 7: give min and max 4 apart, such as 1-5'],
    // A set no lexicon has read no answer, each excluded as "invalid" with a warning.
    ['unknown-label-set', 'fixtures/config/unknown-label-set.config.json: columns["Delivery speed (1-5)"].scale.labelSet: no label set is called "agreement-9"; the agreement sets are agreement-4, agreement-5, agreement-6, agreement-7'],
    // A number spelled for a value that is another value of the scale read every 5 as 1.
    ['number-spelled-for-another-value', 'fixtures/config/number-spelled-for-another-value.config.json: columns["Overall satisfaction (1-5)"].scale.labels["1"]: "5" is the scale\'s own 5; a number spelled for a value is a code off the scale (1-5) or the value itself'],
    // A file with a decimal comma reads "5,0" as 5: the check reads the spelling both ways.
    ['number-spelled-with-a-decimal-comma-for-another-value', 'fixtures/config/number-spelled-with-a-decimal-comma-for-another-value.config.json: columns["Overall satisfaction (1-5)"].scale.labels["1"]: "5,0" is the scale\'s own 5; a number spelled for a value is a code off the scale (1-5) or the value itself'],
    ['number-spelled-for-two-values', 'fixtures/config/number-spelled-for-two-values.config.json: columns["Delivery speed (1-5)"].scale.labels: "7.0" is spelled for 1 and for 2'],
    ['label-set-misspelled', 'fixtures/config/label-set-misspelled.config.json: columns["Delivery speed (1-5)"].scale.labelSet: no label set is called "Agreement-5"; did you mean "agreement-5"?'],
    ['yes-no-coded-1-and-2', 'fixtures/config/yes-no-coded-1-and-2.config.json: columns["Delivery speed (1-5)"].scale: a yes/no question is coded 0 (no) and 1 (yes), not 1-2: give its labels as {"0": "No", "1": "Yes"}, with the codes the export writes among their spellings: {"0": ["No", "2"], "1": ["Yes", "1"]}'],
  ])('%s: a clear error naming the JSON path, exit 2', (name, message) => {
    const result = runCli(['report', OFF_SCALE, '--config', `fixtures/config/${name}.config.json`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message}`);
  });

  // Issue 16, point 9: a config that contradicts itself was taken silently, one of the two places
  // vanishing with a false reason; a JSON syntax error was several lines without a line number.
  it.each([
    ['duplicate-dimension-id', 'dimensions[2].id "delivery" is also dimensions[0].id (fixtures/config/duplicate-dimension-id.config.json)'],
    ['column-in-two-dimensions', 'dimensions[1].items[1] names the column that dimensions[0].items[0] names: an item of pricing and an item of delivery at once (fixtures/config/column-in-two-dimensions.config.json)'],
    ['csat-and-nps-one-column', 'nps names the column that csat names: the nps question and the csat question at once (fixtures/config/csat-and-nps-one-column.config.json)'],
    ['trailing-comma-in-array', 'not valid JSON: line 4, column 3: expected a value, found "]" (fixtures/config/trailing-comma-in-array.config.json:4)'],
    // A cold trial: a dimension called "index" showed beside the report's Index, and a gate on index judged the report's; --map refused the name.
    ['dimension-called-index', 'dimensions[0].id "index" is a figure of the report itself, not a name a dimension can take (fixtures/config/dimension-called-index.config.json)'],
    ['column-in-a-dimension-called-respondents', 'columns["Delivery speed (1-5)"].dimension "respondents" is a figure of the report itself, not a name a dimension can take (fixtures/config/column-in-a-dimension-called-respondents.config.json)'],
  ])('%s: one line naming both places, exit 2', (name, message) => {
    const result = runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--config', `fixtures/config/${name}.config.json`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`satisfy: error: ${message}\n${result.stderr.includes('\nhint: ') ? result.stderr.slice(result.stderr.indexOf('hint: ')) : ''}`);
  });

  it('reads a config saved with a UTF-8 byte-order mark, as Notepad saves it', () => {
    expect(readFileSync(join(ROOT, 'fixtures/config/utf8-bom.config.json')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const got = json(['report', OFF_SCALE, '--config', 'fixtures/config/utf8-bom.config.json']);
    expect(got.csat?.column).toBe('Delivery speed (1-5)');
    expect(got.csat?.missing.notApplicable).toBe(1);
  });

  it('--map nps= refuses a column read on another scale than 0-10 (or 1-10), naming it and the way out', () => {
    // A 1-7 "would recommend" was made 0-10: an NPS of −79.5, no promoter possible, without a word.
    const file = 'fixtures/config/recommend-on-1-to-7.csv';
    const result = runCli(['report', file, '--map', 'nps=Would you recommend us? (1-7)']);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: --map nps=Would you recommend us? (1-7): "Would you recommend us? (1-7)" is read on 1-7, and NPS counts the answers of a 0-10 question (9-10 promoters, 0-6 detractors) (${file})`);
    expect(result.stderr).toContain('"scale": {"min": 0, "max": 10}');
    const quickstart = runCli(['report', 'fixtures/quickstart/responses.csv', '--map', 'nps=How likely are you to recommend us to a friend or colleague? (0-10)', '--format', 'json']);
    expect(quickstart.status, quickstart.stderr).toBe(0);
  });

  it('--map takes a question with a comma as one column, and says how to quote a name cut at its comma', () => {
    const file = 'fixtures/config/question-with-a-comma.csv';
    const question = 'Generally speaking, how fast was the delivery? (1-5)';
    const whole = runCli(['report', file, '--map', `delivery=${question}`, '--format', 'json']);
    expect(whole.status, whole.stderr).toBe(0);
    expect((JSON.parse(whole.stdout) as Report).dimensions.delivery?.n).toBe(4);
    const cut = runCli(['report', file, '--map', 'delivery=Generally speaking']);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toBe(`satisfy: error: no column "Generally speaking" for --map delivery=Generally speaking (${file})\nhint: a name with a comma is written in double quotes, --map 'delivery="${question}"', or by its number, #1\n`);
  });

  it('a missing --config file is an error', () => {
    const result = runCli(['report', OFF_SCALE, '--config', 'no-such.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: no such config file \(no-such\.json\)/);
  });
});

describe('satisfy schema config', () => {
  const schema = JSON.parse(runCli(['schema', 'config']).stdout) as object;
  const validate = new Ajv({ strict: false }).compile(schema);

  it('accepts the valid configs of the fixtures and refuses the invalid ones', () => {
    for (const name of ['unmapped-labels', 'item-weights-reverse', 'csat-and-missing', 'unknown-column', 'bad-gate']) {
      expect(validate(JSON.parse(readFileSync(join(ROOT, `fixtures/config/${name}.config.json`), 'utf8'))), name).toBe(true);
    }
    for (const name of ['unknown-key', 'negative-item-weight']) expect(validate(JSON.parse(readFileSync(join(ROOT, `fixtures/config/${name}.config.json`), 'utf8'))), name).toBe(false);
  });
});

describe('satisfy init', () => {
  it.each(['fixtures/quickstart/responses.csv', 'fixtures/real/typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv', 'fixtures/input/semicolon-cp1250-decimal-comma.csv', 'fixtures/detection/five-labels-of-a-seven-point-set-one-end-without-very-es.csv'])('writes a config that, fed back unchanged, gives the same report (with --no-suggest): %s', (csv) => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-init-'));
    const config = join(dir, 'satisfy.config.json');
    const init = runCli(['init', csv, '--output', config, '--no-suggest']);
    expect(init.status).toBe(0);
    expect(init.stderr).toMatch(/^satisfy: wrote .*satisfy\.config\.json \(\d+ columns?, \d+ dimensions?\)/m);
    const detected = json(['report', csv]);
    const configured = json(['report', csv, '--config', config]);
    expect(figures(configured)).toEqual(figures(detected));
    expect(configured.columns.every((c) => c.evidence[0]?.startsWith(`set by ${config}`))).toBe(true);
  });

  it('counts one dimension as one (it said "1 dimensions")', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-init-')), 'satisfy.config.json');
    const init = runCli(['init', 'fixtures/segments/satisfaction-on-1-to-5.csv', '--output', config]);
    expect([init.status, init.stderr.match(/\(.*\)/)?.[0]]).toEqual([0, '(2 columns, 1 dimension)']);
  });

  it('does not replace a file unless told to, and writes to standard output with -o -', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-init-'));
    writeFileSync(join(dir, 'satisfy.config.json'), '{}');
    const refused = runCli(['init', join(ROOT, OFF_SCALE)], {}, dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe('satisfy: error: satisfy.config.json exists; not replacing it');
    expect(readFileSync(join(dir, 'satisfy.config.json'), 'utf8')).toBe('{}');
    expect(runCli(['init', join(ROOT, OFF_SCALE), '--force'], {}, dir).status).toBe(0);
    const printed = runCli(['init', OFF_SCALE, '-o', '-']);
    expect(JSON.parse(printed.stdout)).toMatchObject({ csat: 'Overall satisfaction (1-5)', nps: 'How likely are you to recommend us? (0-10)', dimensions: [{ id: 'delivery', items: ['Delivery speed (1-5)'] }] });
  });
});
