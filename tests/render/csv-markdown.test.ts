import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { cell } from '../../src/render/csv.js';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = 'fixtures/quickstart/responses.csv';
const json = JSON.parse(runCli(['report', SAMPLE, '--format', 'json']).stdout) as Report;

describe('--format csv', () => {
  const text = runCli(['report', SAMPLE, '--format', 'csv']).stdout;
  const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
  const find = (dimension: string, metric: string) => rows.find((r) => r.dimension === dimension && r.metric === metric);

  it('is RFC 4180 with CRLF line ends and the documented columns', () => {
    expect(text.split('\r\n')[0]).toBe('file,segment_column,segment_value,period,dimension,metric,value,low,high,n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('holds the figures of the JSON report at full precision', () => {
    expect(Number(find('nps', 'score')?.value)).toBe(json.nps?.score);
    expect(Number(find('nps', 'score')?.low)).toBe(json.nps?.ci?.low);
    expect(Number(find('delivery', 'score')?.value)).toBe(json.dimensions.delivery?.score);
    expect(Number(find('delivery', 'score')?.n)).toBe(json.dimensions.delivery?.n);
    expect(Number(find('trust', 'alpha')?.value)).toBe(json.dimensions.trust?.alpha?.raw);
    expect(Number(find('complaints', 'incidence')?.value)).toBe(json.dimensions.complaints?.incidence?.share);
    expect(Number(find('delivery', 'driverWeight')?.value)).toBe(json.drivers?.dimensions.delivery?.weight);
    expect(find('respondents', 'count')).toMatchObject({ file: SAMPLE, value: '640' });
  });

  it("gives a dimension's boxes the base of their share, the answers they pool, not the dimension's respondents", () => {
    for (const [id, d] of Object.entries(json.dimensions)) {
      const answers = (d.distribution ?? []).reduce((sum, entry) => sum + entry.count, 0);
      expect(answers, id).toBeGreaterThan(0);
      for (const box of ['topBox', 'bottomBox'] as const) {
        const row = find(id, box);
        expect(Number(row?.n), `${id} ${box}`).toBe(answers);
        // share × n is the count of the answers in the box (unweighted sample).
        expect(Number(row?.value) * answers, `${id} ${box}`).toBeCloseTo(d[box]?.count ?? Number.NaN, 9);
      }
    }
    // The complaints' rated items were answered by 122 of the 640 (those who had a problem).
    expect(find('complaints', 'score')?.n).toBe('640');
    expect(find('complaints', 'topBox')?.n).toBe('122');
  });

  it('has a row per figure of each period, with the adjusted p of its test against the period before', () => {
    const args = ['report', 'fixtures/segments/drop-in-one-region.csv', '--period', 'month'];
    const got = JSON.parse(runCli([...args, '--format', 'json']).stdout) as Report;
    const periodRows = (parse(runCli([...args, '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>).filter((r) => r.period !== '');
    const february = got.periods.find((p) => p.period === '2026-02');
    const at = (dimension: string, metric: string) => periodRows.find((r) => r.period === '2026-02' && r.dimension === dimension && r.metric === metric)?.value;
    expect(new Set(periodRows.map((r) => r.period))).toEqual(new Set(got.periods.map((p) => p.period)));
    expect(Number(at('respondents', 'count'))).toBe(february?.respondents);
    expect(Number(at('delivery', 'score'))).toBe(february?.dimensions.delivery?.score);
    expect(Number(at('nps', 'scoreAdjustedP'))).toBe(february?.changes.find((t) => t.metric === 'nps.score')?.adjustedP);
    expect(periodRows.filter((r) => r.period === '2026-01' && (r.metric ?? '').endsWith('AdjustedP'))).toEqual([]);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+cmd', "'+cmd"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['plain, with comma', '"plain, with comma"'],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['line\nbreak', '"line\nbreak"'],
    // A text that starts with ' gets one more, so that it never reads as a neutralised formula: '=1+1 and =1+1 stay apart.
    ["'=1+1", "''=1+1"],
    ['=1+1', "'=1+1"],
    ["'quoted", "''quoted"],
  ])('neutralises formulas but not numbers: %j', (value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it('writes segments whose values differ only by a leading quote as two values, each the text with one quote taken off', () => {
    for (const value of ["'=1+1", '=1+1', "''x", "'x", 'x']) {
      const written = cell(value);
      const text = written.startsWith("'") ? written.slice(1) : written;
      expect(text, value).toBe(value);
    }
  });

  it.each([
    [0.421, '0,421'],
    [-12.5, '-12,5'],
    [640, '640'],
    [1e-7, '1e-7'],
    [1.5e-7, '1,5e-7'],
    ['=SUM(1;2)', `"'=SUM(1;2)"`],
    ['-1+2', "'-1+2"],
    ['-1,5', '-1,5'],
    ['Lyon; Rhône', '"Lyon; Rhône"'],
    ['plain, with comma', 'plain, with comma'],
    ['3.5', '3.5'],
  ] as const)('writes for a spreadsheet of decimal commas (--csv-locale fr-FR), formulas still neutralised: %j', (value, expected) => {
    expect(cell(value, { delimiter: ';', decimal: ',', bom: true })).toBe(expected);
  });
});

describe('--format markdown', () => {
  it('puts failed gates first, then the headline figures', () => {
    const result = runCli(['report', SAMPLE, '--format', 'markdown', '--fail-if', 'nps < 0']);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['## Customer satisfaction', '', '> **Gate failed:** `nps < 0` — actual -12.5, n 632']);
    expect(lines[4]).toBe('| Respondents | CSAT (top-2) | NPS | Index |');
    expect(lines[6]).toBe('| 640 | 60.4 % (56.4–64.2) | −12.5 (−18.3 to −6.7) | 72.1 (70.7–73.6) |');
  });

  it('escapes text from the data so it cannot break a table or inject HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-md-'));
    const file = join(dir, 'pipes.csv');
    // Two dimensions: key drivers weigh two or more.
    writeFileSync(file, 'Delivery speed (1-5),Price (1-5),Overall | <b>satisfaction</b> (1-5)\n4,2,5\n3,4,4\n5,3,5\n2,2,2\n4,5,4\n1,3,2\n');
    const text = runCli(['report', file, '--format', 'markdown']).stdout;
    expect(text).toContain('### Key drivers of Overall \\| \\<b\\>satisfaction\\</b\\> (1-5)');
    expect(text).not.toContain('<b>');
  });

  it('shows control characters from the data escaped, so that no escape sequence reaches a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-md-'));
    const file = join(dir, 'escapes.csv');
    writeFileSync(file, 'Delivery speed (1-5),Price (1-5),Overall \u001b]0;pwned\u0007satisfaction \u001b[31m(1-5)\n4,2,5\n3,4,4\n5,3,5\n2,2,2\n4,5,4\n1,3,2\n');
    const text = runCli(['report', file, '--format', 'markdown']).stdout;
    // `\x1b` in Markdown is `\\x1b`: the backslash is escaped as Markdown wants.
    expect(text).toContain('### Key drivers of Overall \\\\x1b\\]0;pwned\\\\x07satisfaction \\\\x1b\\[31m(1-5)');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('has the segment and period tables, marked where the JSON tests are significant', () => {
    const args = ['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--period', 'month'];
    const got = JSON.parse(runCli([...args, '--format', 'json']).stdout) as Report;
    const text = runCli([...args, '--format', 'markdown']).stdout;
    const row = (first: string) => text.split('\n').find((line) => line.startsWith(`| ${first} |`))?.split(' | ');
    expect(text).toContain('### By Region (scores 0-100)\n\n| Segment | n | Index | Delivery | Pricing | CSAT | NPS |');
    const east = got.segments.find((s) => s.value === 'East');
    const marked = (tests: Report['segments'][number]['tests'], metric: string) => tests.some((t) => t.metric === metric && t.significant);
    expect(row('East')?.[1]).toBe(String(east?.respondents));
    expect(row('East')?.[3]?.endsWith('▼')).toBe(marked(east?.tests ?? [], 'dimensions.delivery.score'));
    expect(text).toContain('### By month of Submitted (scores 0-100)');
    const february = got.periods.find((p) => p.period === '2026-02');
    expect(row('2026-02')?.[3]).toBe(`${february?.dimensions.delivery?.score?.toFixed(1)}${marked(february?.changes ?? [], 'dimensions.delivery.score') ? ' ▼' : ''}`);
    // March, 12 respondents under the --min-base of 30, is a dot, not a bar.
    expect(got.periods.map((p) => p.lowBase)).toEqual([false, false, true]);
    expect(row('Trend')?.slice(2).every((cell) => /^[▁▂▃▄▅▆▇█]{2}· ?\|?$/.test(cell))).toBe(true);
  });

  it('escapes segment values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-md-'));
    const file = join(dir, 'segment-pipes.csv');
    writeFileSync(file, `Region,Delivery speed (1-5)\n${['A|B', '<i>C</i>'].flatMap((r) => [1, 2, 3, 4, 5].map((v) => `${r},${v}`)).join('\n')}\n`);
    const text = runCli(['report', file, '--by', 'Region', '--min-base', '2', '--format', 'markdown']).stdout;
    expect(text).toContain('| A\\|B | 5 |');
    expect(text).toContain('| \\<i\\>C\\</i\\> | 5 |');
  });
});
