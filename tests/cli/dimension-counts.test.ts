import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Issue 21, point 1: a dimension counts its respondents by the combination of their answers. The
// rows it cannot count that way are added as before counts, and none is counted that the moments
// would have left out (found by a cold review: both made the report stop with an internal error).

const dir = mkdtempSync(join(tmpdir(), 'satisfy-dimension-counts-'));
const DIR = 'fixtures/dimension-counts';

describe('dimensions counted by combination of answers', () => {
  it.each([
    // "Strongly agree" is 5 in the agreement label set, whatever the scale's ends (0-4 here).
    ['agreement-labels-on-a-0-to-4-scale', 'delivery', 3],
    // "No" is 0 on any yes/no question, a scale of 1 and 2 too.
    ['yes-no-coded-1-and-2', 'complaints', 4],
  ])('add a row whose answer its coder puts off the scale row by row, as before (%s)', (name, dimension, n) => {
    const state = join(dir, `${name}.state.json`);
    const result = runCli(['report', `${DIR}/${name}.csv`, '--config', `${DIR}/${name}.config.json`, '--format', 'json', '--emit-state', state]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).dimensions[dimension].n).toBe(n);
    const saved = JSON.parse(readFileSync(state, 'utf8')).analysis.dimensions[0];
    const counted = (saved.counts.counts as number[]).reduce((sum, count) => sum + count, 0);
    expect(saved.scores.count).toBeGreaterThan(0);
    expect(saved.scores.count + counted).toBe(n);
  });

  it('leaves a row whose weight rounds to 0 out of the moments, and counts it in alpha, which is unweighted', () => {
    // The rows that answer delivery weigh 1e-300, the others 1e300: in the unit of the largest, 0.
    const result = runCli(['report', `${DIR}/answers-only-from-weights-1e600-below.csv`, '--weight', 'weight', '--map', 'delivery=Delivery speed,Delivery condition', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const delivery = JSON.parse(result.stdout).dimensions.delivery;
    expect([delivery.n, delivery.score]).toEqual([0, null]);
    // Two respondents answered both items: alpha saw them (it wants three), as it did before counts.
    expect(delivery.nullReasons.alpha).toBe('needs at least three respondents who answered every item');
  });
});
