import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceQuestionSummary, RankingSummary, Report } from '../../src/analysis/report.js';
import { expectSameJson, readReference } from '../helpers/reference.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Written by tests/reference/choices_reference.py (Python's csv module and SciPy) from
// fixtures/choices/, keyed by the file and any flags; the base's reason is satisfy's wording.
type Expected = { choices: Array<Omit<ChoiceQuestionSummary, 'base'> & { base: { respondents: number } }>; rankings: RankingSummary[] };
const reference = readReference<Record<string, Expected>>('choices-reference.json');
const DIR = 'fixtures/choices';

function report(file: string, flags: readonly string[] = []): Report {
  const result = runCli(['report', `${DIR}/${file}`, ...flags, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

/** The report's choices without the base's reason, which the reference does not word. */
function withoutReasons(choices: readonly ChoiceQuestionSummary[]): unknown {
  return choices.map((q) => ({ ...q, base: { respondents: q.base.respondents } }));
}

describe('checkbox and ranking questions', () => {
  it.each(Object.keys(reference))('%s: counts, shares, Wilson intervals and mean ranks as the reference computes them', (key) => {
    const [file, ...flags] = key.split(' ');
    const got = report(file as string, flags);
    const want = reference[key] as Expected;
    expectSameJson({ choices: withoutReasons(got.choices), rankings: got.rankings }, want);
  });

  it.each([
    ['checkbox-ticked-one-or-blank.csv', 'respondents who ticked at least one option (one who ticked none most likely did not answer)'],
    ['checkbox-not-selected.csv', 'respondents who ticked at least one option (one who ticked none most likely did not answer)'],
    ['checkbox-yes-no.csv', 'respondents who answered at least one option, yes or no'],
  ])('%s: the base is the %s', (file, reason) => {
    expect(report(file).choices.map((q) => q.base.reason)).toEqual([reason]);
  });

  it('are never rated: no option or ranking column is an item, and the rating beside them still is', () => {
    for (const file of ['checkbox-ticked-one-or-blank.csv', 'ranking-permutations.csv', 'ranking-by-position.csv']) {
      const got = report(file);
      const columns = new Set([...got.choices.flatMap((q) => q.options.map((o) => o.column)), ...got.rankings.flatMap((r) => r.options.map((o) => o.column))]);
      expect(got.items.filter((i) => columns.has(i.column))).toEqual([]);
      expect(got.csat?.n).toBeGreaterThan(0);
    }
  });

  it('counts an answer that is no rank, and says so', () => {
    expect(report('ranking-permutations.csv').notes).toContain('ranking "Q5": 1 answer that is no rank from 1 to 4 left out');
  });

  it('are empty arrays in a report of a survey without them', () => {
    const got = report('../quickstart/responses.csv');
    expect(got.choices).toEqual([]);
    expect(got.rankings).toEqual([]);
  });
});

describe('shards', () => {
  /** The fixture split into `parts` exports of consecutive rows, each with the header. */
  function shards(file: string, parts: number): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-choice-shards-'));
    const [header, ...rows] = readFileSync(join(ROOT, DIR, file), 'utf8').trim().split('\n');
    const size = Math.ceil(rows.length / parts);
    return Array.from({ length: parts }, (_, i) => {
      const path = join(dir, `part-${i + 1}.csv`);
      writeFileSync(path, `${[header, ...rows.slice(i * size, (i + 1) * size)].join('\n')}\n`);
      return path;
    });
  }

  it.each(['ranking-by-position.csv', 'checkbox-yes-no.csv'])('merge of the states of %s in three shards is the report of the whole', (file) => {
    const parts = shards(file, 3);
    const states = parts.map((part) => {
      const state = part.replace(/\.csv$/, '.state.json');
      const result = runCli(['report', part, '--emit-state', state, '-o', '/dev/null']);
      expect(result.status, result.stderr).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...states, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = runCli(['report', ...parts, '--format', 'json']);
    const [a, b] = [JSON.parse(merged.stdout) as Report, JSON.parse(whole.stdout) as Report];
    expect(a.choices.length + a.rankings.length).toBe(1);
    expectSameJson({ choices: a.choices, rankings: a.rankings, respondents: a.respondents }, { choices: b.choices, rankings: b.rankings, respondents: b.respondents });
  });
});
