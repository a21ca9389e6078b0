import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
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

describe('the note on the base of the shares', () => {
  it('reads as a sentence when the base is every respondent (an option asked on its own)', () => {
    // It read "share: of the base, the every respondent: …".
    const table = runCli(['report', 'fixtures/choices/checkbox-one-option-ticked-or-blank.csv']).stdout;
    expect(table).toContain('\nshare: of the base, every respondent: an option asked on its own cannot tell a blank from not chosen\n');
    expect(runCli(['report', 'fixtures/choices/checkbox-not-selected.csv']).stdout).toMatch(/\nshare: of the base, the respondents who /);
  });
});

describe('the formats show them, rounded', () => {
  it('table: question, option, base, count and share; option, mean rank and first choice', () => {
    const text = runCli(['report', `${DIR}/checkbox-not-selected.csv`]).stdout;
    expect(text).toContain('Checkbox questions\n');
    expect(text).toMatch(/│ Which channels did you use to contact us\? │ Email +│ +37 │ +26 │ 70\.3 % │/);
    expect(text).toMatch(/│ +│ Social media +│ +│ +1 │ +2\.7 % │/);
    expect(text).toContain('share: of the base, the respondents who ticked at least one option');
    const ranking = runCli(['report', `${DIR}/ranking-by-position.csv`]).stdout;
    expect(ranking).toContain('Rankings\n');
    expect(ranking).toMatch(/│ Best movies │ Amélie +│ +48 │ 17 │ +1\.88 │ +16\.7 % │/);
  });

  it('markdown', () => {
    const text = runCli(['report', `${DIR}/ranking-permutations.csv`, '--format', 'markdown']).stdout;
    const [first, second] = report('ranking-permutations.csv').rankings[0]?.options ?? [];
    const percent = (share: number | null | undefined) => `${((share ?? 0) * 100).toFixed(1)} %`;
    expect(text).toContain(
      [
        '### Rankings',
        '',
        '| Question | Option | Base | n | Mean rank | First choice |',
        '| :--- | :--- | ---: | ---: | ---: | ---: |',
        `| Q5 | Q5\\_1 | 47 | ${first?.n} | ${first?.meanRank?.toFixed(2)} | ${percent(first?.firstChoice.share)} |`,
        `|  | Q5\\_2 |  | ${second?.n} | ${second?.meanRank?.toFixed(2)} | ${percent(second?.firstChoice.share)} |`,
      ].join('\n'),
    );
    const checkbox = runCli(['report', `${DIR}/checkbox-yes-no.csv`, '--format', 'markdown']).stdout;
    const search = report('checkbox-yes-no.csv').choices[0]?.options[0];
    expect(checkbox).toContain(`### Checkbox questions\n\n| Question | Option | Base | Count | Share |\n| :--- | :--- | ---: | ---: | ---: |\n| Which features do you use? | Search | 45 | ${search?.count} | ${percent(search?.share)} |`);
  });

  it('csv: a count and a share with its interval per option; a mean rank and a first-choice share per ranked option', () => {
    const got = report('checkbox-yes-no.csv');
    const rows = parse(runCli(['report', `${DIR}/checkbox-yes-no.csv`, '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    const search = got.choices[0]?.options[0];
    expect(rows.filter((r) => r.dimension === 'choice: Which features do you use?' && r.metric?.endsWith(': Search') === true)).toEqual([
      expect.objectContaining({ metric: 'count: Search', value: String(search?.count), n: '45' }),
      expect.objectContaining({ metric: 'share: Search', value: String(search?.share), low: String(search?.ci?.low), high: String(search?.ci?.high), n: '45' }),
    ]);
    const ranked = parse(runCli(['report', `${DIR}/ranking-by-position.csv`, '--format', 'csv']).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(ranked.filter((r) => r.dimension === 'ranking: Best movies').map((r) => r.metric).slice(0, 2)).toEqual(['meanRank: Amélie', 'firstChoice: Amélie']);
  });

  it('html', () => {
    const text = runCli(['report', `${DIR}/ranking-by-position.csv`, '--format', 'html']).stdout;
    expect(text).toContain('<h2>Rankings</h2><table><thead><tr><th class="text">Question</th><th class="text">Option</th><th>Base</th><th>n</th><th>Mean rank</th><th>First choice</th></tr>');
    expect(text).toContain('<tr><td class="text">Best movies</td><td class="text">Amélie</td><td>48</td><td>17</td><td>1.88</td><td>16.7 %</td></tr>');
  });
});

describe('option names that are formulas, HTML or terminal escapes', () => {
  const HOSTILE = `${DIR}/hostile-option-names.csv`;
  const format = (name: string) => runCli(['report', HOSTILE, '--format', name]).stdout;

  it('are reported as written in JSON', () => {
    const got = report('hostile-option-names.csv');
    expect(got.choices[0]?.options.map((o) => o.label)).toEqual(['=HYPERLINK(1)', '<script>alert(1)</script>', '\u001b[31mred\u001b[0m']);
    expect(got.rankings[0]?.options.map((o) => o.label).sort()).toEqual(['<img src=x onerror=alert(1)>', '=cmd|\' /C calc\'!A0', 'Plain', '\u001b]0;pwned\u0007Title'].sort());
  });

  it('send no control character to a terminal, and none to Markdown', () => {
    for (const [name, shown] of [['table', '\\x1b[31mred\\x1b[0m'], ['markdown', '\\\\x1b\\[31mred\\\\x1b\\[0m']]) {
      const text = format(name as string);
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(text).toContain(shown);
    }
  });

  it('are escaped in Markdown and HTML', () => {
    const markdown = format('markdown');
    expect(markdown).not.toMatch(/(?<!\\)<(script|img)/);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    const html = format('html');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('start no formula in a spreadsheet', () => {
    const rows = parse(format('csv'), { relax_column_count: true }) as string[][];
    const cells = rows.flat();
    expect(cells.some((cell) => cell.includes('=cmd'))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))).toEqual([]);
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
