import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import type { SatisfyConfig } from '../../src/survey/config.js';
import { expectSameJson } from '../helpers/reference.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Two days of one Google Forms export (scripts/make_choice_fixtures.py): a checkbox question written
// into one column, the options ticked joined by ", ". The first day's cells hold one option or
// several; every cell of the second holds two or more, which detection alone does not read as a
// checkbox question.
const QUESTION = 'Which channels did you use?';
const WITH_SINGLE = 'fixtures/choices/checkbox-joined-shard-with-single-options.csv';
const SEVERAL_ONLY = 'fixtures/choices/checkbox-joined-shard-of-several-options-only.csv';

/** Each option's count over the files, read here from the cells with csv-parse: the figure the report must give. */
function optionCounts(files: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    const rows = parse(readFileSync(join(ROOT, file), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    for (const row of rows) for (const part of (row[QUESTION] ?? '').split(', ').filter((p) => p !== '')) counts[part] = (counts[part] ?? 0) + 1;
  }
  return counts;
}

function reportJson(args: readonly string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

function countsOf(report: Report): Record<string, number> {
  const question = report.choices.find((q) => q.question === QUESTION);
  return Object.fromEntries((question?.options ?? []).map((o) => [o.label, o.count]));
}

describe('a checkbox question written into one column, pinned by the config ("joined")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-joined-'));
  const config = join(dir, 'satisfy.config.json');

  it('init writes "joined": true for the column detection read so', () => {
    const made = runCli(['init', WITH_SINGLE, '-o', config]);
    expect(made.status, made.stderr).toBe(0);
    const written = JSON.parse(readFileSync(config, 'utf8')) as SatisfyConfig;
    expect(written.columns?.[QUESTION]).toEqual({ role: 'option', joined: true });
    expect(reportJson([WITH_SINGLE]).columns.find((c) => c.name === QUESTION)?.joined).toBe(true);
  });

  it('a day whose every cell holds several options is read alike with the config, and counted option by option', () => {
    expect(reportJson([SEVERAL_ONLY]).columns.find((c) => c.name === QUESTION)?.role).toBe('unknown');
    const pinned = reportJson([SEVERAL_ONLY, '--config', config]);
    expect(pinned.columns.find((c) => c.name === QUESTION)).toMatchObject({ role: 'option', joined: true });
    expect(countsOf(pinned)).toEqual(optionCounts([SEVERAL_ONLY]));
  });

  it('the two days merge with it, into the report of both read at once; without it the merge is refused', () => {
    const emit = (file: string, name: string, flags: readonly string[]) => {
      const state = join(dir, name);
      const result = runCli(['report', file, ...flags, '--emit-state', state, '-o', '/dev/null']);
      expect(result.status, result.stderr).toBe(0);
      return state;
    };
    const refused = runCli(['merge', emit(WITH_SINGLE, 'a.json', []), emit(SEVERAL_ONLY, 'b.json', [])]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`column "${QUESTION}" joined is true in one, absent in the other`);
    const merged = runCli(['merge', emit(WITH_SINGLE, 'a2.json', ['--config', config]), emit(SEVERAL_ONLY, 'b2.json', ['--config', config]), '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const report = JSON.parse(merged.stdout) as Report;
    expect(countsOf(report)).toEqual(optionCounts([WITH_SINGLE, SEVERAL_ONLY]));
    expectSameJson(report, reportJson([WITH_SINGLE, SEVERAL_ONLY, '--config', config]));
  });

  it('"joined" on a column of another role is a config error naming the key, exit 2', () => {
    const result = runCli(['report', WITH_SINGLE, '--config', 'fixtures/config/joined-on-a-rating.config.json']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'satisfy: error: fixtures/config/joined-on-a-rating.config.json: columns["How satisfied are you with our service overall? (1-5)"].joined: only a checkbox question written into one column (role "option") has its options joined; this column\'s role is csat',
    );
  });
});
