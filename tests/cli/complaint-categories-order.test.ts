import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// The whole sample's complaint categories are those of the rows, whether the file is read in one
// pass, broken down by segment (the whole is the merge of the segments), read in pieces on one
// thread or two (the whole is the merge of the pieces' states) or merged from shards (satisfy merge).

const SPELLINGS = 'fixtures/report/complaint-categories-spelled-differently-by-region.csv';

function report(args: string[], env: Record<string, string> = {}): Report {
  const result = runCli(['report', ...args, '--format', 'json'], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const categoriesOf = (r: Report) => r.dimensions.complaints?.categories;

/**
 * A seeded export of `rows` responses whose problem cells name up to 130 categories, a few often,
 * most seldom: the first 1,000 rows in capitals ("PROBLEM 7"), the later mostly as "Problem 7".
 */
function manyCategories(rows: number): string {
  let seed = 20261204;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const rating = () => String(1 + Math.floor(next() * 5));
  const lines = ['Response ID,Submitted,Region,Delivery speed (1-5),Had a problem?,What was the problem?,How well was your complaint handled? (1-5),Overall satisfaction (1-5)'];
  for (let i = 0; i < rows; i++) {
    const problem = next() < 0.5;
    const chosen: string[] = [];
    for (let j = problem ? 1 + Math.floor(next() * 2) : 0; j > 0; j--) {
      const name = `Problem ${Math.floor(130 * next() ** 2)}`;
      chosen.push(i < 1000 ? name.toUpperCase() : next() < 0.8 ? name : name.toLowerCase());
    }
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(next() * 59))).toISOString().slice(0, 10);
    lines.push([`R${i}`, `${day} 10:00`, ['North', 'South', 'East', 'West'][Math.floor(next() * 4)], rating(), problem ? 'Yes' : 'No', `"${chosen.join('; ')}"`, problem ? rating() : '', rating()].join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('whole-sample complaint categories', () => {
  it('written in a letter that folds twice ("ŉ"), are in a state that satisfy merges', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-categories-'));
    const state = join(dir, 'state.json');
    const file = 'fixtures/report/complaint-categories-afrikaans-n-apostrophe.csv';
    const emitted = runCli(['report', file, '--emit-state', state, '-o', '/dev/null']);
    expect(emitted.status, emitted.stderr).toBe(0);
    const merged = runCli(['merge', state, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(categoriesOf(JSON.parse(merged.stdout) as Report)).toEqual(categoriesOf(report([file])));
  });

  it('are the same with and without --by, each in its most frequent spelling', () => {
    const whole = categoriesOf(report([SPELLINGS]));
    // "LATE DELIVERY" comes first in the file, "late delivery" first in North, the first region met.
    expect(whole?.[0]?.counts.map((c) => [c.category, c.count])).toEqual([
      ['Late delivery', 5],
      ['Damaged item', 3],
      ['Wrong item', 2],
    ]);
    expect(categoriesOf(report([SPELLINGS, '--by', 'Region']))).toEqual(whole);
  });

  it('of more categories than a report shows, are the same in one pass, by segment, in pieces, on two threads and merged from shards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-categories-'));
    const path = join(dir, 'complaint-categories-130-spelled-two-ways.csv');
    writeFileSync(path, manyCategories(6000));
    // Detection takes a column of 130 options for text: the config names it a column of problem categories.
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'What was the problem?': { role: 'segment', dimension: 'complaints' } } }));
    const whole = categoriesOf(report([path, '--config', config], { SATISFY_PIECE_BYTES: String(1 << 30) }));
    const counts = whole?.[0]?.counts ?? [];
    expect(counts).toHaveLength(101);
    expect(counts.at(-1)).toMatchObject({ category: 'Other', pooled: 30 });
    expect(counts[0]).toMatchObject({ category: 'Problem 0' });
    expect(categoriesOf(report([path, '--config', config, '--by', 'Region'], { SATISFY_PIECE_BYTES: String(1 << 30) }))).toEqual(whole);
    for (const threads of ['1', '2']) {
      for (const by of [[], ['--by', 'Region', '--period', 'month']]) {
        const pieced = report([path, '--config', config, ...by, '--threads', threads], { SATISFY_PIECE_BYTES: '32768' });
        expect(categoriesOf(pieced), `--threads ${threads} ${by.join(' ')}`).toEqual(whole);
      }
    }
    // Two shards of the file, their states merged in either order.
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const states = [lines.slice(1, 3001), lines.slice(3001)].map((rows, i) => {
      const shard = join(dir, `shard-${i + 1}.csv`);
      writeFileSync(shard, `${[lines[0], ...rows].join('\n')}\n`);
      const state = join(dir, `shard-${i + 1}.state.json`);
      const result = runCli(['report', shard, '--config', config, '--emit-state', state, '-o', '/dev/null']);
      expect(result.status, result.stderr).toBe(0);
      return state;
    });
    for (const order of [states, [...states].reverse()]) {
      const merged = runCli(['merge', ...order, '--format', 'json']);
      expect(merged.status, merged.stderr).toBe(0);
      expect(categoriesOf(JSON.parse(merged.stdout) as Report)).toEqual(whole);
    }
  });
});

describe('the options of a ranking by position', () => {
  it('tied in mean rank, weighted, come in the order of their labels whatever the order of the rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-ranking-'));
    const file = 'fixtures/report/ranking-by-position-weighted-tie.csv';
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const reversed = join(dir, 'ranking-by-position-weighted-tie-reversed.csv');
    writeFileSync(reversed, `${[header, ...rows.reverse()].join('\n')}\n`);
    const labels = (path: string) => report([path, '--weight', 'Weight']).rankings[0]?.options.map((o) => o.label);
    // Alpha and Zeta: ranked 1, 2 and 3 with weights 0.1, 0.2 and 0.3 in one order and the other.
    expect(labels(file)).toEqual(['Heat', 'Jaws', 'Psycho', 'Alpha', 'Zeta']);
    expect(labels(reversed)).toEqual(labels(file));
  });
});
