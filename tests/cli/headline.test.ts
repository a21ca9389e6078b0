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

  // Its top box is the top of the scored direction: the least effort on a scale of effort labels
  // (reversed), the most on a scale whose higher answers are more effort. Named by what it holds, the
  // share is that of the least effort where the direction speaks of the codes.
  it.each([
    ['effort labels, reversed', 'fixtures/detection/effort-labels-low-to-high-de.csv', 'low effort (1-2)', 'topBox'],
    ['numbers, higher = more effort', 'fixtures/detection/effort-scale-ends-in-the-header.csv', 'low effort (1-2)', 'bottomBox'],
    ['numbers, higher = easier', 'fixtures/detection/customer-effort-beside-csat.csv', 'low effort (6-7)', 'topBox'],
    ['numbers, direction unknown', 'fixtures/report/effort-question-of-unknown-direction.csv', 'top-2 (4-5)', 'topBox'],
    // "Made it easy" agreed with, coded 1 = Strongly agree: the header's direction speaks of the
    // labels' order, not of the codes, so the top box (1-2, the easy end) is shown as what it holds.
    ['agreement coded from Strongly agree', 'fixtures/report/effort-agreement-coded-strongly-agree-first.csv', 'top-2 (1-2)', 'topBox'],
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
  it('names the least effort of agreement labels coded from Strongly agree by the codes that hold it', () => {
    const args = ['--config', `${SEVEN}.config.json`];
    const report = JSON.parse(runCli(['report', `${SEVEN}.csv`, '--format', 'json', ...args]).stdout) as Report;
    const share = `${((report.ces?.bottomBox?.share ?? Number.NaN) * 100).toFixed(1)} %`;
    expect(tableHeadline(`${SEVEN}.csv`, ...args).find((l) => l.startsWith('CES '))).toMatch(new RegExp(`\\)  low effort \\(1-2\\) ${share}  n 40$`));
  });
});
