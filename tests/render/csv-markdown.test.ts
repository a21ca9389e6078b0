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
  ])('neutralises formulas but not numbers: %j', (value, expected) => {
    expect(cell(value)).toBe(expected);
  });
});

describe('--format markdown', () => {
  it('puts failed gates first, then the headline figures', () => {
    const result = runCli(['report', SAMPLE, '--format', 'markdown', '--fail-if', 'nps < 0']);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['## Customer satisfaction', '', '> **Gate failed:** `nps < 0` — actual -12.50']);
    expect(lines[4]).toBe('| Respondents | CSAT (top-2) | NPS | Index |');
    expect(lines[6]).toBe('| 640 | 60.4 % (56.4–64.2) | −12.5 (−18.3 to −6.7) | 72.1 (70.7–73.6) |');
  });

  it('escapes text from the data so it cannot break a table or inject HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-md-'));
    const file = join(dir, 'pipes.csv');
    writeFileSync(file, 'Delivery speed (1-5),Overall | <b>satisfaction</b> (1-5)\n4,5\n3,4\n5,5\n2,2\n4,4\n');
    const text = runCli(['report', file, '--format', 'markdown']).stdout;
    expect(text).toContain('### Key drivers of Overall \\| \\<b\\>satisfaction\\</b\\> (1-5)');
    expect(text).not.toContain('<b>');
  });
});
