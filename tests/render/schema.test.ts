import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { validateReport } from '../helpers/validate-report.js';

describe('satisfy schema report', () => {
  const printed = runCli(['schema', 'report']);

  it('prints the schema generated from the Report type', () => {
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(readFileSync(join(ROOT, 'dist/schema/report.schema.json'), 'utf8'));
    expect(JSON.parse(printed.stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $ref: '#/definitions/Report' });
  });

  it('names an unknown schema', () => {
    expect(runCli(['schema', 'survey'])).toMatchObject({ status: 2, stderr: 'satisfy: error: no schema called "survey"\nhint: schemas: report, comparison, config, state\n' });
  });
});

describe('satisfy schema state', () => {
  it('prints the schema of a state file, which holds every state satisfy writes and refuses an impossible one', () => {
    const printed = runCli(['schema', 'state']);
    expect(printed.status).toBe(0);
    const validate = new Ajv({ strict: false }).compile(JSON.parse(printed.stdout) as object);
    const path = join(mkdtempSync(join(tmpdir(), 'satisfy-schema-')), 'by-region-week.state.json');
    expect(runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--period', 'week', '--since', '2026-01-06', '--emit-state', path, '-o', `${path}.txt`]).status).toBe(0);
    const state = JSON.parse(readFileSync(path, 'utf8')) as { analysis: { inner: { overall: { segments: Array<[string, { rows: number }]> } } } };
    expect(validate(state), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    (state.analysis.inner.overall.segments[0] as [string, { rows: number }])[1].rows = -1;
    expect(validate(state)).toBe(false);
  });
});

describe('the schema holds reports to their contract', () => {
  const report = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json']).stdout) as Report;

  it('accepts a real report', () => expect(() => validateReport(report)).not.toThrow());

  it.each([
    ['an unknown key', { ...report, extra: 1 }],
    ['a string for a number', { ...report, respondents: '640' }],
    ['another schemaVersion', { ...report, schemaVersion: 2 }],
    ['a missing key', Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'nps'))],
    ['a share as text', { ...report, csat: { ...report.csat, topBox: { ...report.csat?.topBox, share: '60 %' } } }],
  ])('refuses %s', (_what, broken) => {
    expect(() => validateReport(broken)).toThrow(/does not match its schema/);
  });

  it('is published open to the keys a later satisfy adds within the schemaVersion, and closed again by the tests', () => {
    const published = new Ajv({ strict: false }).compile(JSON.parse(runCli(['schema', 'report']).stdout) as object);
    const later = { ...report, futureField: 1, nps: { ...report.nps, futureField: [] } };
    expect(published(later), JSON.stringify(published.errors?.slice(0, 3))).toBe(true);
    expect(published({ ...report, respondents: '640' })).toBe(false);
    expect(() => validateReport(later)).toThrow(/does not match its schema/);
  });
});
