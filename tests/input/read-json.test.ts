import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJson, withoutInput } from '../helpers/format-reports.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'fixtures/json';

type Column = { name: string; evidence: string[] };

describe('JSON responses', () => {
  it.each([
    ['an array of responses', [`${DIR}/responses-array.json`], [`${DIR}/responses.csv`]],
    ['NDJSON', [`${DIR}/responses.ndjson`], [`${DIR}/responses.csv`]],
    ['NDJSON, by region and month', [`${DIR}/responses.ndjson`, '--by', 'region', '--period', 'month'], [`${DIR}/responses.csv`, '--by', 'region', '--period', 'month']],
    ['SurveyJS results (a matrix, a checkbox, a -Comment key)', [`${DIR}/surveyjs-results.json`], [`${DIR}/surveyjs-results.csv`]],
    ['Typeform pages saved as one array (jq -s)', [`${DIR}/typeform-pages-array.json`], [`${DIR}/typeform-responses.json`]],
  ])('reports %s to the last digit as the CSV of the same data', (_name, json, csv) => {
    const fromJson = reportJson(json);
    expect(withoutInput(fromJson)).toEqual(withoutInput(reportJson(csv)));
    expect((fromJson.input as { files: Array<{ format?: string; headerRows: number }> }).files[0]).toMatchObject({ format: 'json', headerRows: 0 });
  });

  it.each([
    ['a page of Typeform responses', 'typeform-responses', [], 'typeform', 'Typeform '],
    ['Formbricks responses, one unfinished', 'formbricks-responses', ['--where', 'finished=true'], 'formbricks', 'Formbricks '],
  ])('reports %s with the figures of the CSV of the same data, its metadata keys ignored', (_name, name, csvFlags, platform, metadata) => {
    const fromJson = reportJson([`${DIR}/${name}.json`]);
    const fromCsv = reportJson([`${DIR}/${name}.csv`, ...csvFlags]);
    // The API's own keys are hinted (id, timestamp, ignored), so their columns' evidence, and the
    // words the language is told from, differ from what detection makes of the CSV; nothing else does.
    const apart = (json: Record<string, unknown>) => {
      const rest = withoutInput(json);
      const columns = rest.columns as Column[];
      delete rest.columns;
      delete rest.language;
      return { columns, rest };
    };
    const { columns: jsonColumns, rest: jsonRest } = apart(fromJson);
    const { columns: csvColumns, rest: csvRest } = apart(fromCsv);
    expect(jsonRest).toEqual(csvRest);
    expect(jsonColumns.map((c) => c.name)).toEqual(csvColumns.map((c) => c.name));
    const answers = (columns: Column[]) => columns.filter((_, i) => !(jsonColumns[i]?.evidence[0] ?? '').startsWith(metadata));
    expect(answers(jsonColumns)).toEqual(answers(csvColumns));
    expect(answers(jsonColumns).length).toBeGreaterThan(8);
    expect((fromJson.input as { files: Array<{ platform: string }> }).files[0]?.platform).toBe(platform);
  });

  it('counts an unfinished Formbricks response as partial', () => {
    const files = (reportJson([`${DIR}/formbricks-responses.json`]).input as { files: Array<{ rows: number; rowsUsed: number; skipped: unknown[] }> }).files;
    expect(files[0]).toMatchObject({ rows: 40, rowsUsed: 39, skipped: [{ reason: 'partial', count: 1 }] });
  });

  it('reads standard input, copied to read it twice', () => {
    const fromStdin = reportJson(['-'], readFileSync(`${DIR}/responses.ndjson`, 'utf8'));
    expect(withoutInput(fromStdin)).toEqual(withoutInput(reportJson([`${DIR}/responses.csv`])));
  });

  it('counts values that are not objects as skipped, by reason and line; --strict stops at the first', () => {
    const result = runCli(['report', `${DIR}/values-not-objects.json`, '-f', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`satisfy: warning: ${DIR}/values-not-objects.json: skipped 3 rows that are JSON values other than a response object (line 55, 56, 57); --strict makes this an error\n`);
    const file = (JSON.parse(result.stdout) as { input: { files: Array<Record<string, unknown>> } }).input.files[0];
    expect(file).toMatchObject({ rows: 9, rowsUsed: 6, skipped: [{ reason: 'notObject', count: 3, firstLines: [55, 56, 57] }] });
    const strict = runCli(['report', `${DIR}/values-not-objects.json`, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr.split('\n')[0]).toBe(`satisfy: error: a number where a response (an object) should be (--strict) (${DIR}/values-not-objects.json:55)`);
  });

  it('inspect names the format', () => {
    const result = runCli(['inspect', `${DIR}/typeform-responses.json`]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('format json · platform typeform\n');
    expect(result.stdout).toContain('json: pages of responses');
  });

  it.each([
    ['a truncated array', `${DIR}/truncated-array.json`, [], 'the file ends inside the response that starts here: it is truncated', 55],
    ['a line of NDJSON that is not JSON', `${DIR}/invalid-ndjson.ndjson`, [], 'not valid JSON: expected a "quoted" key, found "}"', 4],
    ['an empty array', `${DIR}/no-responses.json`, [], 'the JSON holds no responses', null],
    ['a CSV forced to be JSON', `${DIR}/responses.csv`, ['--format-in', 'json'], 'not valid JSON: expected a value, found "i"', 1],
  ])('stops with one line naming %s', (_name, file, flags, message, line) => {
    const result = runCli(['report', file, ...flags]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message} (${file}${line === null ? '' : `:${line}`})`);
  });
});
