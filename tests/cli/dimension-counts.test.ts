import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Issue 21, point 1: a dimension counts its respondents by the combination of their answers. The
// rows it cannot count that way are added as before counts, and none is counted that the moments
// would have left out (found by a cold review: both made the report stop with an internal error).

const dir = mkdtempSync(join(tmpdir(), 'satisfy-dimension-counts-'));
const DIR = 'fixtures/dimension-counts';

interface Counts {
  weights: number[];
  weights2: number[];
}

describe('dimensions counted by combination of answers', () => {
  it('count the labels of a lexicon set on a scale of other ends at their points on that scale', () => {
    // agreement-5 on 0-4: "Strongly agree" is 4 there (it was 5, off the scale, and scored 125).
    const name = 'agreement-labels-on-a-0-to-4-scale';
    const state = join(dir, `${name}.state.json`);
    const result = runCli(['report', `${DIR}/${name}.csv`, '--config', `${DIR}/${name}.config.json`, '--format', 'json', '--emit-state', state]);
    expect(result.status, result.stderr).toBe(0);
    const point: Record<string, number> = { 'Strongly disagree': 0, Disagree: 1, Neutral: 2, Agree: 3, 'Strongly agree': 4 };
    const rows = readFileSync(`${DIR}/${name}.csv`, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').slice(1));
    const expected = rows.reduce((sum, answers) => sum + answers.reduce((s, a) => s + ((point[a] as number) / 4) * 100, 0) / answers.length, 0) / rows.length;
    const delivery = JSON.parse(result.stdout).dimensions.delivery;
    expect(delivery.n).toBe(rows.length);
    expect(delivery.mean).toBeCloseTo(expected, 12);
    const saved = JSON.parse(readFileSync(state, 'utf8')).analysis.dimensions[0];
    expect(saved.scores.count).toBe(0);
    expect((saved.counts.counts as number[]).reduce((sum, count) => sum + count, 0)).toBe(rows.length);
    // Its state merges: the answer at 5 on 0-4 made satisfy merge refuse the state satisfy wrote.
    const merged = runCli(['merge', state, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout).dimensions.delivery.mean).toBe(delivery.mean);
  });

  it('gives rows whose weights all round to 0 after a far larger weight came a mean, each counted once, as before counts', () => {
    // The rows that answer delivery come first, at 1e-300; then rows of 1e300 take the unit, and
    // the counted weights round to 0. Delivery scores 0 and 12.5: a mean of 6.25, and no spread.
    const result = runCli(['report', `${DIR}/answers-from-weights-1e600-below-first.csv`, '--weight', 'weight', '--map', 'delivery=Delivery speed,Delivery condition', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const delivery = JSON.parse(result.stdout).dimensions.delivery;
    expect([delivery.n, delivery.score, delivery.sd]).toEqual([2, 6.25, null]);
  });

  it.each([
    ['a negative weight', (counts: Counts) => (counts.weights[0] = -1e-10), 'counts.weights[0]: must be 0 or more, not -1e-10'],
    ['more weight than the tally holds', (counts: Counts) => ((counts.weights[0] = (counts.weights[0] as number) * 1000), (counts.weights2[0] = (counts.weights2[0] as number) * 1e6)), 'counts.weights: must weigh no more of the answers to "Delivery speed (1-5)" than analysis.rated[0] weighs'],
    ['a Σw² above (Σw)²', (counts: Counts) => (counts.weights2[0] = 1e300), 'counts.weights2[0]: must be from '],
  ])('are refused in a state with %s, naming the figure', (_, edit, message) => {
    const state = join(dir, 'weighted.state.json');
    expect(runCli(['report', 'fixtures/stats/weights-base.csv', '--weight', 'weight', '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
    const document = JSON.parse(readFileSync(state, 'utf8'));
    edit(document.analysis.dimensions[0].counts);
    const edited = join(dir, 'weighted-edited.state.json');
    writeFileSync(edited, JSON.stringify(document));
    const result = runCli(['merge', edited]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(`satisfy: error: analysis.dimensions[0].${message}`);
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
