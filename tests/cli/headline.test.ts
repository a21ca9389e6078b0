import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

const NO_HEADLINE = 'fixtures/report/rated-items-without-csat-nps-or-ces.csv';

/** The terminal's headline: the lines before the first blank line, without the title and the respondents. */
function tableHeadline(file: string, ...args: string[]): string[] {
  return (runCli(['report', file, ...args]).stdout.split('\n\n')[0] ?? '').split('\n').slice(2);
}

/** The Markdown's headline lines below its table, as plain text: `**` and escapes taken off. */
function markdownHeadline(file: string, ...args: string[]): string[] {
  const text = runCli(['report', file, '--format', 'markdown', ...args]).stdout;
  return text
    .split('\n')
    .filter((line) => line.startsWith('- **'))
    .map((line) => line.slice(2).replace(/\*\*/g, '').replace(/\\(.)/g, '$1'));
}

describe('the headline', () => {
  it('says in one line each why CSAT and NPS are missing, in the table and the Markdown', () => {
    const report = JSON.parse(runCli(['report', NO_HEADLINE, '--format', 'json']).stdout) as Report;
    expect([report.csat, report.nps, report.ces]).toEqual([null, null, null]);
    expect(report.index).not.toBeNull();
    expect(tableHeadline(NO_HEADLINE)).toEqual([`CSAT  — ${report.nullReasons.csat}`, `NPS   — ${report.nullReasons.nps}`, expect.stringMatching(/^Index \d/)]);
    expect(report.nullReasons.csat).toBe('no overall satisfaction question found (name one with --map csat=<column>)');
    expect(markdownHeadline(NO_HEADLINE)).toEqual([`CSAT — ${report.nullReasons.csat}`, `NPS — ${report.nullReasons.nps}`]);
    // An effort question is asked by few surveys: its absence is left to nullReasons.
    expect(report.nullReasons.ces).toBeDefined();
    expect(runCli(['report', NO_HEADLINE]).stdout).not.toContain('CES');
  });

  it.each([
    ['en', 'Overall, how satisfied are you with our delivery? (1-5)', 'Overall, how satisfied are you with our prices? (1-5)'],
    ['de', 'Wie zufrieden sind Sie insgesamt mit der Lieferung? (1-5)', 'Wie zufrieden sind Sie insgesamt mit unseren Preisen? (1-5)'],
  ])('says that the overall questions found each name a dimension, and are read as its items, where none names none (%s)', (language, delivery, prices) => {
    const file = `fixtures/detection/overall-questions-each-naming-a-dimension-leave-no-csat-${language}.csv`;
    const report = JSON.parse(runCli(['report', file, '--format', 'json']).stdout) as Report;
    expect(report.csat).toBeNull();
    expect(report.nullReasons.csat).toBe(`no overall satisfaction question that names no dimension; found 2 overall questions that each name a dimension, read as items of those dimensions: "${delivery}" (delivery), "${prices}" (pricing) (name one with --map csat=<column>)`);
    expect(tableHeadline(file)[0]).toBe(`CSAT  — ${report.nullReasons.csat}`);
  });

  it('says nothing of a measure the survey has', () => {
    expect(tableHeadline('fixtures/quickstart/responses.csv').filter((line) => line.includes('—'))).toEqual([]);
  });

  it.each([
    ['the complaint rate and its handling', 'fixtures/quickstart/responses.csv', ['Problems', 'Handling']],
    ['the effort question', 'fixtures/detection/customer-effort-beside-csat.csv', ['CES']],
    ['what the problems were', 'fixtures/report/complaint-categories-multi-select.csv', ['Problems were']],
  ])('has in the Markdown the lines of %s that the table shows', (_, file, labels) => {
    const table = tableHeadline(file).filter((line) => !/^(CSAT|NPS|Index) /.test(line) || line.includes(' — '));
    for (const label of labels) expect(table.some((line) => line.startsWith(`${label} `))).toBe(true);
    // The same words, the table's column padding aside.
    const words = (line: string) => line.replace(/ +/g, ' ');
    expect(markdownHeadline(file).map(words)).toEqual(table.map(words));
  });

  // Its top box is the top of the scored direction: the least effort wherever the direction is known
  // (a scale whose higher codes are more effort is reversed). Named by what it holds, the share is
  // that of the least effort where the direction speaks of the codes.
  it.each([
    ['effort labels, reversed', 'fixtures/detection/effort-labels-low-to-high-de.csv', 'low effort (1-2)', 'topBox'],
    ['numbers, higher = more effort', 'fixtures/detection/effort-scale-ends-in-the-header.csv', 'low effort (1-2)', 'topBox'],
    ['numbers, higher = easier', 'fixtures/detection/customer-effort-beside-csat.csv', 'low effort (6-7)', 'topBox'],
    ['numbers, direction unknown', 'fixtures/report/effort-question-of-unknown-direction.csv', 'top-2 (4-5)', 'topBox'],
    // "Made it easy" agreed with, coded 1 = Strongly agree: the header's direction, turned round
    // where the codes run against the labels, speaks of the codes; the top box (1-2) is the easy end.
    ['agreement coded from Strongly agree', 'fixtures/report/effort-agreement-coded-strongly-agree-first.csv', 'low effort (1-2)', 'topBox'],
  ] as const)('names the effort question\'s box by what it holds: %s', (_, file, name, box) => {
    const report = JSON.parse(runCli(['report', file, '--format', 'json']).stdout) as Report;
    const share = `${((report.ces?.[box]?.share ?? Number.NaN) * 100).toFixed(1)} %`;
    const line = tableHeadline(file).find((l) => l.startsWith('CES '));
    expect(line).toMatch(new RegExp(`\\)  ${name.replace(/[()]/g, '\\$&')} ${share}  n ${report.ces?.n}$`));
    expect(line).not.toMatch(name.startsWith('top-') ? /low effort/ : /top-\d/);
    expect(markdownHeadline(file).find((l) => l.startsWith('CES '))).toContain(`${name} ${share}`);
  });

  // "The company made it easy …" agreed with, coded 1 = Strongly agree: the header's "easy" speaks
  // of agreeing, and the codes run against the agreement labels, so a higher code is more effort.
  const SEVEN = 'fixtures/report/effort-agreement-7-coded-strongly-agree-first';
  it.each([
    ['labels coded in the answers', 'fixtures/report/effort-agreement-coded-strongly-agree-first.csv', [], '1 = Strongly agree … 5 = Strongly disagree'],
    ['labels from the config', `${SEVEN}.csv`, ['--config', `${SEVEN}.config.json`], '1 = Strongly agree … 7 = Strongly disagree'],
  ])('says which way the effort codes run where they run against their agreement labels: %s', (_, file, args, ends) => {
    const report = JSON.parse(runCli(['report', file, '--format', 'json', ...args]).stdout) as Report;
    expect(report.ces?.direction).toBe('higher is more effort');
    const table = tableHeadline(file, ...args).find((l) => l.startsWith('CES '));
    expect(table).toContain(`(${ends}; higher = more effort)`);
    expect(markdownHeadline(file, ...args).find((l) => l.startsWith('CES '))).toContain(`(${ends}; higher = more effort)`);
  });
  // The same answers to "The company made it easy …" coded both ways (ends named in the header):
  // the top box and the score are the least effort on both, as the CES line says, so that a gate on
  // ces.topBox.share means the same whichever way the survey codes its answers.
  const CODED = 'fixtures/detection/effort-agreement-ends-in-the-header-strongly';
  it('scores the same answers the same whichever way their agreement is coded', () => {
    const figures = ([first, low]: readonly [string, string]) => {
      const file = `${CODED}-${first}-first.csv`;
      const ces = (JSON.parse(runCli(['report', file, '--format', 'json']).stdout) as Report).ces;
      const line = tableHeadline(file).find((l) => l.startsWith('CES '));
      expect(line).toContain(`low effort (${low}) ${((ces?.topBox?.share ?? Number.NaN) * 100).toFixed(1)} %`);
      const gate = runCli(['report', file, '--fail-if', 'ces.topBox.share < 0.4']).status;
      return { score: ces?.score, topBox: ces?.topBox, bottomBox: ces?.bottomBox, gate };
    };
    const agreeFirst = figures(['agree', '1-2']);
    expect(agreeFirst.topBox?.share).toBeGreaterThan(0.4);
    expect(agreeFirst.score).toBeGreaterThan(50);
    expect(agreeFirst.gate).toBe(0);
    const disagreeFirst = figures(['disagree', '6-7']);
    expect({ ...disagreeFirst, score: disagreeFirst.score?.toFixed(9) }).toEqual({ ...agreeFirst, score: agreeFirst.score?.toFixed(9) });
  });
  it('names the least effort of agreement labels coded from Strongly agree by the codes that hold it', () => {
    const args = ['--config', `${SEVEN}.config.json`];
    const report = JSON.parse(runCli(['report', `${SEVEN}.csv`, '--format', 'json', ...args]).stdout) as Report;
    const share = `${((report.ces?.topBox?.share ?? Number.NaN) * 100).toFixed(1)} %`;
    expect(tableHeadline(`${SEVEN}.csv`, ...args).find((l) => l.startsWith('CES '))).toMatch(new RegExp(`\\)  low effort \\(1-2\\) ${share}  n 40$`));
  });
});
