import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = 'fixtures/quickstart/responses.csv';

describe('--fail-if', () => {
  it('prints the whole report, then the failed gates, and exits 1', () => {
    const result = runCli(['report', SAMPLE, '--format', 'json', '--fail-if', 'nps < 0', '--fail-if', 'csat < 0.5', '--fail-if', 'ces > 3']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.checks).toEqual([
      { expression: 'nps < 0', actual: -12.5, pass: false, n: 632 },
      { expression: 'csat < 0.5', actual: report.csat?.topBox?.share, pass: true, n: report.csat?.n },
      { expression: 'ces > 3', actual: null, pass: false, nullReason: 'no effort question found (name one with --map ces=<column>)' },
    ]);
    expect(result.stderr).toBe('satisfy: gate failed: nps < 0 (actual -12.5, n 632)\nsatisfy: gate failed: ces > 3 (null: no effort question found (name one with --map ces=<column>))\n');
  });

  it("cannot judge a key driver's weight, r or R² whose reading is withheld for a low base: it fails and says why", () => {
    const SMALL = 'fixtures/report/drivers-of-fewer-respondents-than-the-min-base.csv';
    const why = "the key drivers' reading is withheld, n 20 under --min-base 30: too few respondents for the weights to say what to fix first or keep";
    // The weight gate would pass on the figure (every weight is above 0); the base and the score are judged as ever.
    const gates = ['--fail-if', 'drivers.dimensions.delivery.weight < 0', '--fail-if', 'drivers.r2 > 1', '--fail-if', 'drivers.n < 10', '--fail-if', 'drivers.dimensions.delivery.score < 0'];
    const result = runCli(['report', SMALL, ...gates]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`satisfy: gate failed: drivers.dimensions.delivery.weight < 0 (cannot be judged: ${why})\nsatisfy: gate failed: drivers.r2 > 1 (cannot be judged: ${why})\n`);
    expect(result.stdout).toContain(`FAIL  drivers.dimensions.delivery.weight < 0  (cannot be judged: ${why})`);
    expect(result.stdout).toMatch(/pass {2}drivers\.n < 10 {2}\(actual 20\)/);
    const report = JSON.parse(runCli(['report', SMALL, '--format', 'json', ...gates]).stdout) as Report;
    expect(report.checks.slice(0, 2)).toEqual([
      { expression: 'drivers.dimensions.delivery.weight < 0', actual: null, pass: false, withheld: why },
      { expression: 'drivers.r2 > 1', actual: null, pass: false, withheld: why },
    ]);
    expect(report.checks.slice(2).map((c) => [c.pass, c.withheld])).toEqual([[true, undefined], [true, undefined]]);
    // With the readings given, the same gates are judged on their figures.
    const given = runCli(['report', SMALL, '--min-base', '20', ...gates]);
    expect([given.status, given.stderr]).toEqual([0, '']);
  });

  it('exits 0 when every gate passes', () => {
    const result = runCli(['report', SAMPLE, '--fail-if', 'nps < -50', '--fail-if', 'delivery < 50']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('refuses a malformed gate before reading any input', () => {
    const result = runCli(['report', 'fixtures/no-such-file.csv', '--fail-if', 'respondents.total > 1']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('satisfy: error: --fail-if "respondents.total > 1": "respondents.total" is not a figure of the report');
  });

  it('refuses, before reading any input, a threshold outside 0..1 on a share (a fraction, though the tables print percentages): such a gate could never fire', () => {
    const result = runCli(['report', 'fixtures/no-such-file.csv', '--fail-if', 'dimensions.complaints.incidence.share > 20']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: --fail-if "dimensions.complaints.incidence.share > 20": dimensions.complaints.incidence.share is a share, a fraction from 0 to 1, and 20 is outside it\nhint: shares are fractions: 20 % is 0.2, so write dimensions.complaints.incidence.share > 0.2\n');
    // The csat alias is a share too, and so are the bounds of a share's interval.
    for (const gate of ['csat < 80', 'csat.topBox.ci.low < 55', 'nps.detractors.share >= -1']) expect(runCli(['report', SAMPLE, '--fail-if', gate]).status).toBe(2);
    // On the fraction, the same gate fires (the incidence is 0.19).
    expect(runCli(['report', SAMPLE, '--fail-if', 'dimensions.complaints.incidence.share > 0.15']).status).toBe(1);
  });

  it('refuses, before reading any input, a threshold outside the range of an NPS, a score, R² or r: such a gate always or never fires', () => {
    const refused = (gate: string) => runCli(['report', 'fixtures/no-such-file.csv', '--fail-if', gate]);
    expect(refused('nps > 150').stderr).toBe('satisfy: error: --fail-if "nps > 150": nps.score is the NPS, in points from -100 to +100, and 150 is outside it\nhint: the NPS is the promoters\' percentage less the detractors\'\n');
    expect(refused('drivers.r2 > 30').stderr).toBe('satisfy: error: --fail-if "drivers.r2 > 30": drivers.r2 is R², a fraction from 0 to 1, and 30 is outside it\nhint: R² is a fraction: 30 % is 0.3\n');
    for (const gate of ['nps < -101', 'delivery < 101', 'index.score > -5', 'csat.score >= 120', 'dimensions.complaints.resolution.score < 200', 'drivers.dimensions.trust.r < -1.5', 'drivers.dimensions.trust.score > 101', 'drivers.dimensions.delivery.weight > 30', 'dimensions.delivery.alpha.raw < 70']) {
      const run = refused(gate);
      expect([run.status, run.stderr.split('\n')[0]]).toEqual([2, expect.stringMatching(/ is outside it$/)]);
    }
    // The bounds themselves are fine, and so are an interval's bounds past them, and a mean.
    for (const gate of ['nps <= -100', 'nps >= 100', 'delivery > 100', 'drivers.r2 >= 1', 'nps.ci.low < -120', 'dimensions.delivery.mean < 4', 'ces.mean > 5', 'dimensions.delivery.alpha.raw < -2', 'drivers.dimensions.delivery.weight > 0.3']) expect(runCli(['report', SAMPLE, '--fail-if', gate]).status).not.toBe(2);
  });

  it("judges a dimension named as an Object property (constructor): --map's dimension is a figure, not Object's", () => {
    const result = runCli(['report', SAMPLE, '--map', 'constructor=The price was fair', '--fail-if', 'constructor < 90', '--fail-if', 'dimensions.constructor.score > 100']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^satisfy: gate failed: constructor < 90 \(actual [\d.]+, n \d+\)\n$/);
  });

  it.each(['index', 'respondents'])('refuses --map %s=…: the name of a figure of the report itself, which a gate on it would judge', (name) => {
    const result = runCli(['report', SAMPLE, '--map', `${name}=The price was fair`, '--fail-if', `${name} < 90`]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: --map "${name}=The price was fair": "${name}" is a figure of the report itself, not a name a dimension can take`);
  });

  it('writes the gates as JUnit XML: a test case per gate named by its figure and threshold, passed ones too, each with what it saw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-junit-'));
    const junit = join(dir, 'gates.xml');
    runCli(['report', SAMPLE, '--fail-if', 'nps < 0', '--fail-if', 'delivery < 50', '--fail-if', 'ces > 3', '--junit', junit]);
    expect(readFileSync(junit, 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="3" failures="2" skipped="0">\n' +
        '    <testcase classname="satisfy.gates" name="nps &lt; 0">\n      <failure message="nps &lt; 0: actual -12.5, n 632"/>\n      <system-out>nps &lt; 0: actual -12.5, n 632</system-out>\n    </testcase>\n' +
        '    <testcase classname="satisfy.gates" name="delivery &lt; 50">\n      <system-out>delivery &lt; 50: actual 67.9186, n 639</system-out>\n    </testcase>\n' +
        '    <testcase classname="satisfy.gates" name="ces &gt; 3">\n      <failure message="ces &gt; 3: null: no effort question found (name one with --map ces=&lt;column&gt;)"/>\n      <system-out>ces &gt; 3: null: no effort question found (name one with --map ces=&lt;column&gt;)</system-out>\n    </testcase>\n' +
        '  </testsuite>\n</testsuites>\n',
    );
  });

  it('lists every gate with its verdict, passed ones too, in Markdown and HTML as in the table (the failed ones also on top)', () => {
    const gates = ['--fail-if', 'nps < 0', '--fail-if', 'delivery < 50', '--fail-if', 'ces > 3'];
    const markdown = runCli(['report', SAMPLE, '--format', 'markdown', ...gates]);
    expect(markdown.status).toBe(1);
    expect(markdown.stdout.endsWith(
      '### Gates\n\n| Gate | Result | Figure |\n| :--- | :--- | :--- |\n' +
        '| `nps < 0` | **FAIL** | actual -12.5, n 632 |\n| `delivery < 50` | pass | actual 67.9186, n 639 |\n' +
        '| `ces > 3` | **FAIL** | null: no effort question found (name one with --map ces=\\<column\\>) |\n',
    )).toBe(true);
    const html = runCli(['report', SAMPLE, '--format', 'html', ...gates]).stdout;
    expect(html).toContain(
      '<h2>Gates</h2><table><thead><tr><th class="text">Gate</th><th class="text">Result</th><th class="text">Figure</th></tr></thead><tbody>' +
        '<tr><td class="text"><code>nps &lt; 0</code></td><td class="text"><b class="down">FAIL</b></td><td class="text">actual -12.5, n 632</td></tr>' +
        '<tr><td class="text"><code>delivery &lt; 50</code></td><td class="text">pass</td><td class="text">actual 67.9186, n 639</td></tr>' +
        '<tr><td class="text"><code>ces &gt; 3</code></td><td class="text"><b class="down">FAIL</b></td><td class="text">null: no effort question found (name one with --map ces=&lt;column&gt;)</td></tr></tbody></table>',
    );
    expect(html).toContain('<p class="fail"><b>Gate failed:</b> <code>nps &lt; 0</code> — actual -12.5, n 632</p>');
    // No gate, no list.
    expect(runCli(['report', SAMPLE, '--format', 'markdown']).stdout).not.toContain('### Gates');
  });

  it("writes each --fail-on-drop as a test case with its change and the test it passed; one not tested for too few answers is skipped, one whose figure is missing fails", () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-junit-drop-'));
    const baseline = join(dir, 'baseline.json');
    expect(runCli(['report', SAMPLE, '--format', 'json', '-o', baseline]).status).toBe(0);
    const junit = join(dir, 'gates.xml');
    const result = runCli(['compare', baseline, SAMPLE, '--fail-on-drop', 'nps', '--fail-on-drop', 'delivery', '--fail-on-drop', 'ces', '--min-base', '635', '-o', '/dev/null', '--junit', junit]);
    // The sample against its own report: compare says the baseline may be the same data, and judges the gates all the same.
    expect([result.status, result.stderr]).toEqual([
      1,
      'satisfy: warning: the same figures on both sides (640 respondents each, no figure moved): the baseline may be the same data as the current report; check which report it is\n' +
        'satisfy: warning: fail-on-drop nps.score passed untested (change 0, not tested: under 635 answers on a side (632 before, 632 now))\n' +
        'satisfy: gate failed: fail-on-drop ces.mean (no such change: the figure is missing on one side or both)\n',
    ]);
    expect(readFileSync(junit, 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="3" failures="1" skipped="1">\n' +
        '    <testcase classname="satisfy.gates" name="fail-on-drop nps.score">\n      <skipped message="fail-on-drop nps.score: change 0, not tested: under 635 answers on a side (632 before, 632 now)"/>\n      <system-out>fail-on-drop nps.score: change 0, not tested: under 635 answers on a side (632 before, 632 now)</system-out>\n    </testcase>\n' +
        '    <testcase classname="satisfy.gates" name="fail-on-drop dimensions.delivery.score">\n      <system-out>fail-on-drop dimensions.delivery.score: change 0, n 639 before and 639 now, no significant change for the worse</system-out>\n    </testcase>\n' +
        '    <testcase classname="satisfy.gates" name="fail-on-drop ces.mean">\n      <failure message="fail-on-drop ces.mean: no such change: the figure is missing on one side or both"/>\n      <system-out>fail-on-drop ces.mean: no such change: the figure is missing on one side or both</system-out>\n    </testcase>\n' +
        '  </testsuite>\n</testsuites>\n',
    );
    // The comparison's own table and Markdown list them in the same words.
    const table = runCli(['compare', baseline, SAMPLE, '--fail-on-drop', 'nps', '--fail-on-drop', 'ces']).stdout;
    expect(table.endsWith('Gates\npass  fail-on-drop nps.score  (change 0, n 632 before and 632 now, no significant change for the worse)\nFAIL  fail-on-drop ces.mean  (no such change: the figure is missing on one side or both)\n')).toBe(true);
    const markdown = runCli(['compare', baseline, SAMPLE, '--fail-on-drop', 'ces', '--format', 'markdown']).stdout;
    expect(markdown).toContain('> **Gate failed:** `fail-on-drop ces.mean` — no such change: the figure is missing on one side or both\n');
    expect(markdown).toContain('| `fail-on-drop ces.mean` | **FAIL** | no such change: the figure is missing on one side or both |\n');
  });
});

describe('gates in the CSV', () => {
  it('writes each gate last, under gate: <expression>: its figure with its n, pass or fail, and why a figure is null or untested', () => {
    const rows = (args: string[]) => runCli(['report', SAMPLE, '--format', 'csv', ...args]).stdout.split('\r\n').filter((line) => line.includes(',gate: '));
    const result = runCli(['report', SAMPLE, '--format', 'csv', '--fail-if', 'nps < 0', '--fail-if', 'delivery < 50', '--fail-if', 'ces > 3']);
    expect(result.status).toBe(1);
    expect(rows(['--fail-if', 'nps < 0', '--fail-if', 'delivery < 50', '--fail-if', 'ces > 3'])).toEqual([
      `${SAMPLE},,,,gate: nps < 0,actual,-12.5,,,632`,
      `${SAMPLE},,,,gate: nps < 0,result: fail,1,,,`,
      `${SAMPLE},,,,gate: delivery < 50,actual,67.91862284820031,,,639`,
      `${SAMPLE},,,,gate: delivery < 50,result: pass,1,,,`,
      `${SAMPLE},,,,gate: ces > 3,actual,,,,`,
      `${SAMPLE},,,,gate: ces > 3,result: fail,1,,,`,
      `${SAMPLE},,,,gate: ces > 3,null: no effort question found (name one with --map ces=<column>),1,,,`,
    ]);
    // The last rows of the file: nothing follows the gates.
    expect(result.stdout.endsWith(`${SAMPLE},,,,gate: ces > 3,null: no effort question found (name one with --map ces=<column>),1,,,\r\n`)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-csv-gates-'));
    const baseline = join(dir, 'baseline.json');
    expect(runCli(['report', SAMPLE, '--format', 'json', '-o', baseline]).status).toBe(0);
    // A --fail-on-drop's figure is the change; one not tested says why, as its JSON untested.
    expect(rows(['--baseline', baseline, '--fail-on-drop', 'nps', '--fail-on-drop', 'ces', '--min-base', '635'])).toEqual([
      `${SAMPLE},,,,gate: fail-on-drop nps.score,change,0,,,`,
      `${SAMPLE},,,,gate: fail-on-drop nps.score,baseline n,632,,,`,
      `${SAMPLE},,,,gate: fail-on-drop nps.score,current n,632,,,`,
      `${SAMPLE},,,,gate: fail-on-drop nps.score,result: pass,1,,,`,
      `${SAMPLE},,,,gate: fail-on-drop nps.score,"untested: under 635 answers on a side (632 before, 632 now)",1,,,`,
      `${SAMPLE},,,,gate: fail-on-drop ces.mean,change,,,,`,
      `${SAMPLE},,,,gate: fail-on-drop ces.mean,result: fail,1,,,`,
      `${SAMPLE},,,,gate: fail-on-drop ces.mean,null: the figure is missing on one side or both,1,,,`,
    ]);
    // No gate, no gate rows.
    expect(rows([])).toEqual([]);
  });
});

describe('what a gate says', () => {
  it('gives why a figure the report has a place for is null, on stderr, in JUnit, Markdown, HTML and the table; a path it has no place for has no such figure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-null-gate-'));
    const junit = join(dir, 'gates.xml');
    const result = runCli(['report', SAMPLE, '-o', '/dev/null', '--fail-if', 'dimensions.complaints.alpha.raw < 0.7', '--fail-if', 'ces > 3', '--junit', junit]);
    expect(result.status).toBe(1);
    const why = 'an item has the same answer from every respondent who answered every item';
    expect(result.stderr).toBe(`satisfy: gate failed: dimensions.complaints.alpha.raw < 0.7 (null: ${why})\nsatisfy: gate failed: ces > 3 (null: no effort question found (name one with --map ces=<column>))\n`);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(`<failure message="dimensions.complaints.alpha.raw &lt; 0.7: null: ${why}"/>`);
    const gate = ['report', SAMPLE, '--fail-if', 'dimensions.complaints.alpha.raw < 0.7'];
    expect(runCli([...gate, '--format', 'markdown']).stdout).toContain(`> **Gate failed:** \`dimensions.complaints.alpha.raw < 0.7\` — null: ${why}`);
    expect(runCli([...gate, '--format', 'html']).stdout).toContain(`<code>dimensions.complaints.alpha.raw &lt; 0.7</code> — null: ${why}</p>`);
    expect(runCli(gate).stdout).toContain(`FAIL  dimensions.complaints.alpha.raw < 0.7  (null: ${why})`);
    const none = runCli(['report', SAMPLE, '-o', '/dev/null', '--fail-if', 'dimensions.service.score < 50']);
    expect(none.stderr).toBe('satisfy: gate failed: dimensions.service.score < 50 (the report has no such figure)\n');
  });

  it('takes a number with a leading +, as the table prints NPS', () => {
    const result = runCli(['report', SAMPLE, '-o', '/dev/null', '--fail-if', 'nps < +10']);
    expect([result.status, result.stderr]).toEqual([1, 'satisfy: gate failed: nps < +10 (actual -12.5, n 632)\n']);
  });

  it('checks and reports once a gate given in the config and again as --fail-if', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-twice-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ gates: ['nps < 0'] }));
    const result = runCli(['report', SAMPLE, '--format', 'json', '--config', config, '--fail-if', 'nps<0']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('satisfy: gate failed: nps < 0 (actual -12.5, n 632)\n');
    expect((JSON.parse(result.stdout) as Report).checks).toEqual([{ expression: 'nps < 0', actual: -12.5, pass: false, n: 632 }]);
  });

  it("calls a --fail-on-drop's figure the change, in the same words and digits on stderr and in JUnit, Markdown, HTML and the table (its JSON field stays actual)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-drop-label-'));
    const baseline = join(dir, 'baseline.json');
    expect(runCli(['report', 'fixtures/segments/no-real-difference.csv', '--format', 'json', '-o', baseline]).status).toBe(0);
    const junit = join(dir, 'gates.xml');
    const args = ['report', 'fixtures/segments/drop-in-one-region.csv', '--baseline', baseline, '--fail-on-drop', 'nps', '-q'];
    const markdown = runCli([...args, '--format', 'markdown', '--junit', junit]);
    expect(markdown.status).toBe(1);
    // The change is a difference of two sums, -14.125 give or take its last bit: six digits everywhere.
    const verdict = 'change -14.125, n 800 before and 800 now, a significant fall';
    expect(markdown.stderr).toBe(`satisfy: gate failed: fail-on-drop nps.score (${verdict})\n`);
    expect(markdown.stdout).toContain(`> **Gate failed:** \`fail-on-drop nps.score\` — ${verdict}`);
    expect(readFileSync(junit, 'utf8')).toContain(`<failure message="fail-on-drop nps.score: ${verdict}"/>`);
    expect(runCli([...args, '--format', 'html']).stdout).toContain(`<b>Gate failed:</b> <code>fail-on-drop nps.score</code> — ${verdict}</p>`);
    expect(runCli(args).stdout).toContain(`FAIL  fail-on-drop nps.score  (${verdict})`);
    expect((JSON.parse(runCli([...args, '--format', 'json']).stdout) as Report).checks).toEqual([{ expression: 'fail-on-drop nps.score', actual: expect.closeTo(-14.125, 6) as number, pass: false, bases: [800, 800] }]);
  });
});

describe('-o, --output', () => {
  it('writes what stdout would have shown, replacing an existing file, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-output-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old contents');
    const result = runCli(['report', SAMPLE, '--format', 'json', '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['report', SAMPLE, '--format', 'json']).stdout);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves an existing file alone when the report cannot be made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-output-'));
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old contents');
    expect(runCli(['report', 'fixtures/errors/empty.csv', '-o', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old contents');
  });

  it('names a folder that does not exist', () => {
    const result = runCli(['report', SAMPLE, '-o', '/nonexistent-folder/report.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: cannot write /nonexistent-folder/report.txt: no such folder\n');
    expect(existsSync('/nonexistent-folder')).toBe(false);
  });
});
