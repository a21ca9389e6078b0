import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// States of version 6 kept complaint categories and the options of rankings by position in the
// spelling met first, without their spellings' counts. One that holds none loads, as nothing is
// lost; one that holds some is refused, with a hint to write it again. The states of version 6
// here are those of version 7 written back in the shape version 6 had.

const dir = mkdtempSync(join(tmpdir(), 'satisfy-version-6-'));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The state `report <args> --emit-state` writes, and its path. */
function stateOf(name: string, args: string[]): { path: string; state: Json } {
  const path = join(dir, `${name}.state.json`);
  const result = runCli(['report', ...args, '--emit-state', path, '-o', '/dev/null']);
  expect(result.status, result.stderr).toBe(0);
  return { path, state: JSON.parse(readFileSync(path, 'utf8')) as Json };
}

/**
 * A state of version 8 as version 6 wrote it: each option with the label it was shown in, no
 * spellings, no overflow. The dimensions' counts of version 8 stay (version 6 kept those rows in
 * the moments: see the states of version 7 below).
 */
function asVersion6(state: Json): Json {
  const copy = structuredClone(state);
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const survey = node as Json;
    if (survey.kind !== 'survey') return Object.values(survey).forEach(visit);
    for (const tally of survey.categories) {
      tally.counts = tally.counts.map(([key, entry]: [string, Json]) => [key, { label: entry.spellings[0][0], count: entry.count, weight: entry.weight }]);
      delete tally.overflow;
    }
    for (const tally of survey.rankings) {
      tally.options = tally.options.map(([key, { spellings, ...figures }]: [string, Json]) => [key, { label: spellings[0]?.[0] ?? `Option ${key}`, ...figures }]);
      delete tally.overflow;
    }
  };
  visit(copy.analysis);
  return { ...copy, version: 6 };
}

function written(name: string, state: Json): string {
  const path = join(dir, `${name}.state.json`);
  writeFileSync(path, JSON.stringify(state));
  return path;
}

describe('states of version 6', () => {
  it.each([
    ['segments, no categories', 'by-region', ['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']],
    ['a ranking whose columns are its options', 'ranking-permutations', ['fixtures/choices/ranking-permutations.csv']],
  ])('load when they hold no categories or rankings by position (%s): the report of the same state of version 7', (_, name, args) => {
    const { path, state } = stateOf(name, args);
    const expected = runCli(['merge', path, '--format', 'json']);
    expect(expected.status, expected.stderr).toBe(0);
    const merged = runCli(['merge', written(`${name}-version-6`, asVersion6(state)), '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(expected.stdout);
  });

  it.each([
    ['complaint categories', 'complaint-categories', 'fixtures/report/complaint-categories-multi-select.csv'],
    ['rankings by position', 'ranking-by-position', 'fixtures/choices/ranking-by-position.csv'],
  ])('are refused when they hold %s, with a hint to write them again', (what, name, source) => {
    const path = written(`${name}-version-6`, asVersion6(stateOf(name, [source]).state));
    const result = runCli(['merge', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: a state file of version 6 with ${what}, which it kept in the spelling met first: this satisfy (version 9) counts their spellings to merge them in any order (${path})\nhint: write the state again with this satisfy (satisfy report --emit-state) from the export it was made of\n`);
  });
});

// States of version 7 kept every row of a dimension in its moments; version 8 counts the rows of a
// dimension of few combinations of answers by them. A state of version 7 is read as it is; one with
// counts was edited. Here a state without counts is that of a survey whose one dimension has too
// many combinations to be counted (three five-point items: 216), as version 7 wrote it.
describe('states of version 7', () => {
  const source = ['fixtures/segments/drop-in-one-region.csv', '--config', 'fixtures/config/one-dimension-of-216-combinations.config.json'];

  it('load, and merge with states of version 8', () => {
    const east = stateOf('east', [...source, '--where', 'Region=East']);
    const rest = stateOf('rest', [...source, '--where', 'Region!=East']);
    expect(JSON.stringify(east.state)).not.toContain('"counts"');
    const version7 = written('east-version-7', { ...east.state, version: 7 });
    const expected = runCli(['merge', east.path, rest.path, '--format', 'json']);
    expect(expected.status, expected.stderr).toBe(0);
    const merged = runCli(['merge', version7, rest.path, '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    const figures = (json: string) => ({ ...JSON.parse(json), input: null });
    expect(figures(merged.stdout)).toEqual(figures(expected.stdout));
  });

  it('are refused when they hold counts, which version 7 never wrote', () => {
    const { state } = stateOf('with-counts', ['fixtures/segments/drop-in-one-region.csv', '--by', 'Region']);
    const path = written('with-counts-version-7', { ...state, version: 7 });
    const result = runCli(['merge', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: a state file of version 7 with counts of combinations of answers, which only version 8 writes: an edited state (${path})\nhint: write the state again with this satisfy (satisfy report --emit-state) from the export it was made of\n`);
  });
});
