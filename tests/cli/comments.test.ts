import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommentsSummary, Report } from '../../src/analysis/report.js';
import { expectSameJson, readReference } from '../helpers/reference.js';
import { fixtureLines, repeatFixture } from '../helpers/repeat-fixture.js';
import { runCli } from '../helpers/run-cli.js';

// Written by tests/reference/comments_reference.py (Python's csv module, SciPy, languages labelled by hand).
type Expected = { overall: CommentsSummary; segments: Record<string, CommentsSummary>; periods: Record<string, CommentsSummary> };
const reference = readReference<Expected>('comments-reference.json');
const FIXTURE = 'fixtures/comments/comments-seven-languages-non-answers-blanks-region-weeks.csv';
const BREAKDOWN = ['--by', 'Region', '--period', 'week'];

function report(args: readonly string[], env: Record<string, string> = {}): Report {
  const result = runCli(['report', ...args, '--format', 'json'], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('comments: who commented', () => {
  const got = report([FIXTURE, ...BREAKDOWN]);

  it('counts comments, cells without one by why, share with its Wilson interval, mean length and languages as the reference does', () => {
    // The words of the comments are checked in comment-words.test.ts: the reference does not cut comments into words.
    // An "Other (please specify)" text has no words (nor themes): it is no comment on the company.
    const columns = (got.comments?.columns ?? []).map(({ words, ...rest }) => (expect(words === undefined).toBe(rest.kind === 'other'), rest));
    expectSameJson({ ...got.comments, columns }, reference.overall);
  });

  it('per segment and per period', () => {
    expect(got.segments.map((s) => s.value).sort()).toEqual(Object.keys(reference.segments));
    for (const segment of got.segments) expectSameJson(segment.comments, reference.segments[segment.value]);
    expect(got.periods.map((p) => p.period)).toEqual(Object.keys(reference.periods));
    for (const period of got.periods) expectSameJson(period.comments, reference.periods[period.period]);
  });

  it("reports the themes' impact for the whole sample only: the same with the breakdown as without it, and none per segment or period", () => {
    const plain = report([FIXTURE]);
    const impacts = (summary: CommentsSummary | null | undefined) => (summary?.columns ?? []).flatMap((c) => (c.themes ?? []).map((t) => t.impact));
    expect(impacts(got.comments).every((impact) => impact !== undefined)).toBe(true);
    expectSameJson(impacts(got.comments), impacts(plain.comments));
    for (const group of [...got.segments, ...got.periods]) expect(impacts(group.comments).filter((impact) => impact !== undefined)).toEqual([]);
  });

  it('counts every row once, as a comment or by why it is none', () => {
    for (const c of got.comments?.columns ?? []) expect(c.comments + Object.values(c.excluded).reduce((a, b) => a + b, 0)).toBe(got.respondents);
  });

  it('is null, with a reason, in a survey without free text', () => {
    const plain = report(['fixtures/segments/drop-in-one-region.csv']);
    expect(plain.comments).toBeNull();
    expect(plain.nullReasons.comments).toMatch(/no comment column/);
  });
});

describe('comments: the same whatever the threads and shards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-comments-'));
  const { header, rows } = fixtureLines(FIXTURE);
  // The fixture's rows many times over: a file that pieces of 64 KiB split among the threads.
  const big = repeatFixture(FIXTURE, 400, dir, 'many-comments.csv');

  it('gives the same report on 1 and 2 threads', () => {
    const [one, two] = ['1', '2'].map((threads) => report([big, ...BREAKDOWN, '--threads', threads], { SATISFY_PIECE_BYTES: '65536' }));
    expect(one?.comments?.columns[1]?.comments).toBe(19 * 400);
    expect(JSON.stringify(two?.comments)).toBe(JSON.stringify(one?.comments));
    expect(JSON.stringify(two?.segments.map((s) => s.comments))).toBe(JSON.stringify(one?.segments.map((s) => s.comments)));
  });

  it('merges the states of shards into the report of the whole', () => {
    const parts = [rows.slice(0, 13), rows.slice(13)].map((part, i) => {
      const path = join(dir, `part-${i}.csv`);
      writeFileSync(path, `${[header, ...part].join('\r\n')}\r\n`);
      const state = join(dir, `part-${i}.state.json`);
      expect(runCli(['report', path, ...BREAKDOWN, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...parts, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = report([FIXTURE, ...BREAKDOWN]);
    const shards = JSON.parse(merged.stdout) as Report;
    expectSameJson(shards.comments, whole.comments);
    expectSameJson(shards.periods.map((p) => p.comments), whole.periods.map((p) => p.comments));
  });

  it("refuses a state whose period keeps an impact of comment themes, which only the whole sample's and the segments' do", () => {
    const state = join(dir, 'periods.state.json');
    expect(runCli(['report', FIXTURE, ...BREAKDOWN, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
    type Tally = { impact: unknown[] };
    type Survey = { comments: Tally[] };
    const edited = JSON.parse(readFileSync(state, 'utf8')) as { analysis: { overall: { segments: Array<[string, Survey]> }; periods: Array<{ state: Survey }> } };
    const [, segment] = edited.analysis.overall.segments[0] as [string, Survey];
    const period = edited.analysis.periods[0]?.state as Survey;
    expect((segment.comments[1] as Tally).impact.length).toBeGreaterThan(0);
    expect((period.comments[1] as Tally).impact).toEqual([]);
    (period.comments[1] as Tally).impact = (segment.comments[1] as Tally).impact;
    writeFileSync(state, JSON.stringify(edited));
    const result = runCli(['merge', state]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/analysis\.periods\[0\]\.state\.comments\[1\]\.impact: must be empty: a period's analysis keeps no impact of comment themes/);
  });

  it('refuses a state whose comment counts do not add up', () => {
    const state = join(dir, 'whole.state.json');
    expect(runCli(['report', FIXTURE, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
    const edited = JSON.parse(readFileSync(state, 'utf8')) as { analysis: { comments: Array<{ comments: [number, number] }> } };
    const tally = edited.analysis.comments[1] as { comments: [number, number] };
    tally.comments = [tally.comments[0] + 1, tally.comments[1] + 1];
    writeFileSync(state, JSON.stringify(edited));
    const result = runCli(['merge', state]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/analysis\.comments\[1\].*counts 20 comments and 11 cells without one for 30 rows/);
  });
});

describe('comments: every format shows them', () => {
  const got = report([FIXTURE, ...BREAKDOWN]);
  const [other, comment] = got.comments?.columns ?? [];
  const percent = (share: number | null | undefined) => `${((share ?? 0) * 100).toFixed(1)} %`;

  it('table: per column comments, share, mean length, top languages and cells without one; per segment and period', () => {
    const text = runCli(['report', FIXTURE, ...BREAKDOWN]).stdout;
    // What was typed beside "Other" is counted in its row, not among the comments on the company.
    expect(text).toContain('Comments (19 comments in 1 column · 5 Other texts in 1 column)');
    expect(text).toMatch(new RegExp(`│ Any other comments\\? +│ +comment +│ +${comment?.comments} │ ${percent(comment?.share)} │ +${comment?.meanLength?.toFixed(0)} │ +en 16 % · de 11 % · fr 11 % │ blank 2, no text 2, n/a 3, nothing to say 4 │`));
    expect(text).toMatch(/│ Which channels did you use\? - Other \(please spe… │ other text │ +5 │ 16\.7 % │/);
    expect(text).toContain('Comments by Region');
    expect(text).toContain('Comments by week');
  });

  // A new user's trial, 2026-12-07: the comment tables by segment and period marked no group under --min-base.
  it('marks a segment or period under --min-base in the comment tables, as in the breakdown\'s own, in every format', () => {
    const args = ['report', 'fixtures/quickstart/responses.csv', '--period', 'week'];
    const legend = 'base under 30: its comments are few to read, and none of them is quoted';
    const last = report(['fixtures/quickstart/responses.csv', '--period', 'week']).periods.at(-1);
    expect([last?.lowBase, (last?.comments?.columns[0]?.comments ?? 0) > 0]).toEqual([true, true]);
    const text = runCli(args).stdout;
    expect(text.slice(text.indexOf('Comments by week'))).toMatch(new RegExp(`│ ${last?.period} \\* │ +${last?.respondents} │[^\\n]*\\n[^\\n]*\\n\\* ${legend}\\n`));
    expect(runCli([...args, '--format', 'markdown']).stdout).toContain(`\\* ${legend}`);
    expect(runCli([...args, '--format', 'html']).stdout).toContain(`<p class="small">* ${legend}</p>`);
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--by', 'Region']).stdout).not.toContain(legend);
  });

  it('markdown, CSV and HTML', () => {
    const markdown = runCli(['report', FIXTURE, ...BREAKDOWN, '--format', 'markdown']).stdout;
    expect(markdown).toContain(`| Any other comments? | comment | ${comment?.comments} | ${percent(comment?.share)} | ${comment?.meanLength?.toFixed(0)} | en 16 % · de 11 % · fr 11 % | blank 2, no text 2, n/a 3, nothing to say 4 |`);
    const csv = runCli(['report', FIXTURE, '--format', 'csv']).stdout;
    expect(csv).toContain(`,,,,comments: Which channels did you use? - Other (please specify),share,${other?.share},${other?.ci?.low},${other?.ci?.high},30\r\n`);
    // The Other text says its kind, so that a sum of the comments' counts can leave it out; a comment column has no such row.
    expect(csv).toContain(',,,,comments: Which channels did you use? - Other (please specify),kind: other,1,,,\r\n');
    expect(csv).not.toContain(',,,,comments: Any other comments?,kind:');
    expect(csv).toContain(`,,,,comments: Any other comments?,language: pl,${comment?.languages.pl.share},,,19\r\n`);
    const html = runCli(['report', FIXTURE, ...BREAKDOWN, '--format', 'html']).stdout;
    expect(html).toContain(`<td class="text">Any other comments?</td><td class="text">comment</td><td>${comment?.comments}</td><td>${percent(comment?.share)}</td>`);
  });

  it('keeps a hostile column name inert', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-comments-'));
    const path = join(dir, 'hostile-comment-header.csv');
    const name = '=HYPERLINK("x") <script>alert(1)</script> \u001b[31m comments';
    const lines = [`Overall satisfaction (1-5),"${name.replaceAll('"', '""')}"`, ...Array.from({ length: 12 }, (_, i) => `${1 + (i % 5)},"A comment long enough to be free text, number ${i}"`)];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const table = runCli(['report', path]);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toContain('Comments (12 comments in 1 column)');
    expect(table.stdout).not.toContain('\u001b');
    const html = runCli(['report', path, '--format', 'html']).stdout;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\x1b[31m comments');
  });
});

describe('the tone of comments comes from their words without a recommend or overall-satisfaction answer', () => {
  it('praise, criticism, mixed and neutral, none told by ratings; "no problem at all" is no complaint', () => {
    const result = runCli(['report', 'fixtures/comments/comments-without-csat-or-recommend.csv', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const column = (JSON.parse(result.stdout) as { comments: { columns: Array<{ tones: Record<string, { count: number }> & { fromRatings: number }; themes: Array<{ theme: string; comments: number; praise: number; criticism: number; mixed: number; neutral: number }> }> } }).comments.columns[0];
    expect(column?.tones.fromRatings).toBe(0);
    expect([column?.tones['praise']?.count, column?.tones['mixed']?.count, column?.tones['criticism']?.count, column?.tones['neutral']?.count]).toEqual([1, 1, 1, 2]);
    const theme = (name: string) => column?.themes.find((t) => t.theme === name);
    expect(theme('delivery')).toMatchObject({ comments: 3, praise: 1, mixed: 1, criticism: 1 });
    expect(theme('complaints')).toMatchObject({ comments: 2, mixed: 1, criticism: 1 });
    expect(theme('pricing')).toMatchObject({ comments: 1, mixed: 1 });
  });
});

describe('an "Other (please specify)" text is no comment on the company', () => {
  it('is an "other" text by its Qualtrics question ("… - Other, please specify - Text"), and its tone is its words\' alone, not the ratings\'', () => {
    const got = report(['fixtures/detection/choice-question-with-text-entry-qualtrics.csv']);
    const column = (name: string) => got.comments?.columns.find((c) => c.column === name);
    // Q6_4_TEXT was typed beside "Other, please specify"; Q7_TEXT beside the question itself ("Where did you hear of us? - Text").
    expect([column('Q6_4_TEXT')?.kind, column('Q7_TEXT')?.kind]).toEqual(['other', 'comment']);
    expect(column('Q6_4_TEXT')?.tones?.fromRatings).toBe(0);
    expect(column('Q7_TEXT')?.tones?.fromRatings).toBe(column('Q7_TEXT')?.comments);
    // The comments' count that gates read leaves "Other" texts out.
    expect(got.comments?.columns.filter((c) => c.kind === 'comment').map((c) => c.column)).toEqual(['Q7_TEXT']);
  });

  it('talks about no theme: no themes, no impact, no words, no verbatims, and the headline counts it apart, in every format', () => {
    // The channel typed beside "Other" in the seven-language fixture ("Kurier", a courier) took the theme delivery before.
    const got = report([FIXTURE]);
    const [other, comment] = got.comments?.columns ?? [];
    expect([other?.kind, other?.themes, other?.words, other?.tones?.neutral.count]).toEqual(['other', undefined, undefined, 5]);
    expect(comment?.themes?.length).toBeGreaterThan(0);
    for (const format of ['table', 'markdown', 'html']) {
      const text = runCli(['report', FIXTURE, '--verbatims', '--format', format]).stdout;
      expect(text, format).toContain('19 comments in 1 column · 5 Other texts in 1 column');
      expect(text, format).toMatch(/an Other text \(typed beside a choice\): its tone from its words, no theme/);
    }
    const csv = runCli(['report', FIXTURE, '--format', 'csv']).stdout;
    expect(csv).not.toContain('comments: Which channels did you use? - Other (please specify),theme:');
    expect(csv).toContain('comments: Which channels did you use? - Other (please specify),tone: neutral,1,');
  });
});

describe('a Qualtrics text entry recoded -99 where seen but not answered', () => {
  it('counts -99 as no answer (n/a), as in its ratings, and keeps a comment that starts with it', () => {
    const result = runCli(['report', 'fixtures/comments/qualtrics-text-entry-seen-but-not-answered-minus-99.csv', '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const column = (JSON.parse(result.stdout) as Report).comments?.columns[0];
    expect([column?.column, column?.comments, column?.excluded]).toEqual(['Q3_TEXT', 6, { blank: 1, noText: 0, notApplicable: 2, nothingToSay: 1 }]);
  });
});

describe('comments in a language satisfy has no words for', () => {
  // Five of fifteen comments in Dutch: no theme, no tone from their words, and a note that says so.
  const card = 'fixtures/comments/comment-card-a-third-in-dutch.csv';
  const NOTE = 'column "Your comments": 5 of 15 comments (33.3 %) are in a language satisfy has no words for ("other" among its languages): they talk about no theme and have no tone, and the themes\' shares, of all 15, count them as talking about none';

  it('are counted as "other", talk about no theme, and a note says so in every format', () => {
    const report = JSON.parse(runCli(['report', card, '--format', 'json']).stdout) as Report;
    const column = report.comments?.columns[0];
    expect(column?.languages).toMatchObject({ fr: { count: 5 }, es: { count: 5 }, other: { count: 5 } });
    // Each French and Spanish delivery comment has its theme; the Dutch ones, none.
    expect(column?.themes?.find((t) => t.theme === 'delivery')?.comments).toBe(5);
    expect(report.notes).toContain(NOTE);
    expect(runCli(['report', card]).stdout).toContain(`note: ${NOTE}`);
  });

  it('are not noted under 5 % of the comments', () => {
    const report = JSON.parse(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json']).stdout) as Report;
    expect(report.comments?.columns[0]?.languages.other.share).toBeLessThan(0.05);
    expect(report.notes.some((note) => note.includes('has no words for'))).toBe(false);
  });
});

describe('a comment card: an export of comments and no rating', () => {
  const card = 'fixtures/comments/comment-card-without-ratings.csv';

  it('is a report of its comments, in every format, where it was "no column can be scored"', () => {
    const result = runCli(['report', card, '--format', 'json']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const report = JSON.parse(result.stdout) as Report;
    expect([report.respondents, report.items, report.csat, report.nps, report.index]).toEqual([8, [], null, null, null]);
    const column = report.comments?.columns[0];
    expect([column?.column, column?.comments, column?.excluded.blank, column?.excluded.notApplicable]).toEqual(['Your comments', 6, 1, 1]);
    expect(column?.tones?.fromRatings).toBe(0);
    expect(column?.themes?.find((t) => t.theme === 'delivery')).toMatchObject({ comments: 2, criticism: 2 });
    const table = runCli(['report', card, '--period', 'week']).stdout;
    expect(table).toContain('No rated question: a report of the comments alone');
    expect(table).toContain('Comments (6 comments in 1 column)');
    for (const format of ['markdown', 'html', 'csv']) expect(runCli(['report', card, '--format', format]).status, format).toBe(0);
    // No index, no trend, no chart of figures it has not: the breakdowns count respondents.
    const markdown = runCli(['report', card, '--by', 'Store', '--period', 'week', '--format', 'markdown']).stdout;
    expect(markdown).toContain('| Period | n |\n| :--- | ---: |\n| 2026-W10 \\* | 6 |\n| 2026-W11 \\* | 2 |\n\n');
    expect(markdown).toContain('| Segment | n |');
    expect(runCli(['report', card, '--by', 'Store', '--period', 'week', '--format', 'html']).stdout).not.toContain('<svg');
    // Its gates are on the comments.
    expect(runCli(['report', card, '--fail-if', 'comments.themes.delivery.criticism.share > 0.2']).status).toBe(1);
    // No CSAT, NPS or index to set a theme's mentions against: the themes table has no columns of dashes for it (a cold analyst trial).
    for (const format of ['table', 'markdown', 'html']) {
      const out = runCli(['report', card, '--format', format]).stdout;
      expect(out, format).toContain('Criticism');
      expect(out, format).not.toContain('Δ CSAT');
      expect(out, format).not.toContain('Δ: the respondents who mention');
    }
    expect(runCli(['report', 'fixtures/quickstart/responses.csv']).stdout).toContain('Δ CSAT');
  });

  it('is still nothing to compare or to compute in SQL, which read no comments, as an export or as its report', () => {
    const compared = runCli(['compare', card, card]);
    expect(compared.status).toBe(2);
    expect(compared.stderr).toMatch(/^satisfy: error: no column can be scored: found no rating \(0-10 or a known label set\), yes\/no problem or recommend column \(/);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-card-'));
    const [cardJson, rated] = [join(dir, 'card.json'), join(dir, 'rated.json')];
    expect(runCli(['report', card, '--format', 'json', '-o', cardJson]).status).toBe(0);
    expect(runCli(['report', 'fixtures/quickstart/responses.csv', '--format', 'json', '-o', rated]).status).toBe(0);
    for (const args of [['compare', cardJson, cardJson], ['compare', rated, cardJson], ['report', 'fixtures/quickstart/responses.csv', '--baseline', cardJson]]) {
      const result = runCli(args);
      expect([result.status, result.stderr.split('\n')[0]], args.join(' ')).toEqual([2, `satisfy: error: the report has no rated column to compare (a report of comments alone) (${cardJson})`]);
    }
    // Against a rated baseline, the comment card's own export has nothing to compare either.
    expect(runCli(['report', card, '--baseline', rated]).status).toBe(2);
    const sql = runCli(['sql', card, '--dialect', 'duckdb', '--table', 't']);
    expect([sql.status, sql.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: no column can be scored: found no rating (0-10 or a known label set), yes/no problem or recommend column (${card})`]);
  });
});

describe('verbatims', () => {
  const fixture = 'fixtures/comments/verbatims-with-personal-data-and-markup.csv';

  it('mask personal data and stay inert in every format', () => {
    for (const format of ['table', 'markdown', 'html', 'json']) {
      const result = runCli(['report', fixture, '--format', format, '--verbatims'], { COLUMNS: '200' });
      expect(result.status, result.stderr).toBe(0);
      // Markdown escapes the brackets: \[phone\].
      expect(result.stdout, format).toMatch(/\\?\[phone\\?\]/);
      expect(result.stdout, format).toMatch(/\\?\[email\\?\]/);
      expect(result.stdout, format).not.toContain('601 234');
      expect(result.stdout, format).not.toContain('\u001b');
      if (format === 'html') expect(result.stdout).not.toContain('<script>alert');
    }
  });

  it('are shown in the table and Markdown only with --verbatims', () => {
    for (const format of ['table', 'markdown']) {
      const hidden = runCli(['report', fixture, '--format', format]);
      expect(hidden.stdout, format).not.toContain('the courier was late');
      expect(hidden.stdout, format).toContain('--verbatims shows them');
      expect(runCli(['report', fixture, '--format', format, '--verbatims']).stdout, format).toContain('the courier was late');
    }
  });

  it('are kept per theme and tone, the same on one and two threads', () => {
    const json = JSON.parse(runCli(['report', fixture, '--format', 'json']).stdout) as Report;
    const delivery = json.comments?.columns[0]?.themes?.find((t) => t.theme === 'delivery');
    expect(delivery?.verbatims?.praise).toEqual(['Fast delivery! Call me on [phone] or mail [email]']);
    expect(delivery?.verbatims?.criticism).toEqual(['<script>alert(1)</script> the courier was late']);
    const threads = runCli(['report', fixture, '--format', 'json', '--threads', '2']);
    expect(threads.stdout).toBe(JSON.stringify(json, null, 2) + '\n');
  });

  it('are not shown for a segment below the minimum base', () => {
    const json = JSON.parse(runCli(['report', FIXTURE, '--by', 'Region', '--min-base', '100', '--format', 'json']).stdout) as Report;
    expect(json.segments.length).toBeGreaterThan(0);
    for (const segment of json.segments) {
      expect(segment.lowBase).toBe(true);
      for (const column of segment.comments?.columns ?? []) for (const theme of column.themes ?? []) expect(Object.values(theme.verbatims ?? {}).flat()).toEqual([]);
    }
    const kept = JSON.parse(runCli(['report', FIXTURE, '--by', 'Region', '--min-base', '1', '--format', 'json']).stdout) as Report;
    expect(kept.segments.some((s) => (s.comments?.columns ?? []).some((c) => (c.themes ?? []).some((t) => Object.values(t.verbatims ?? {}).flat().length > 0)))).toBe(true);
  });

  it('are one where comments are shown alike once masked, however the rows are split', () => {
    // 60 comments that differ only in a phone number: one verbatim, in one piece or in many, on one thread or two.
    const fixture = 'fixtures/comments/masked-comments-shown-alike.csv';
    const whole = runCli(['report', fixture, '--format', 'json']);
    const pieces = runCli(['report', fixture, '--format', 'json', '--threads', '2'], { SATISFY_PIECE_BYTES: '1024' });
    expect(pieces.stdout).toBe(whole.stdout);
    const delivery = (JSON.parse(whole.stdout) as Report).comments?.columns[0]?.themes?.find((t) => t.theme === 'delivery');
    expect(Object.values(delivery?.verbatims ?? {}).flat()).toEqual(expect.arrayContaining(['Fast delivery, call me [phone]']));
    for (const texts of Object.values(delivery?.verbatims ?? {})) expect(new Set(texts).size).toBe(texts.length);
  });

  it('show comments as written with --no-redact', () => {
    const result = runCli(['report', fixture, '--format', 'json', '--no-redact']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Call me on +48 601 234 567 or mail jan@example.com');
  });
});

describe('weighted comments on any number of threads', () => {
  it('sum their weights in the order of the rows, whatever readings each thread\'s reader makes and forgets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-weighted-comments-'));
    const path = join(dir, 'weighted-repeated-and-distinct-short-comments.csv');
    // Repeated comments, whose rows are counted together, among more distinct short ones than a
    // reader remembers (4,096), so that each thread's reader forgets texts at its own times.
    const repeated = ['Fast delivery, thanks', 'Courier was late, again', 'Too expensive for what it is', 'Great service'];
    const lines = ['Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Weight,Comments'];
    for (let i = 0; i < 12_000; i++) {
      const comment = i % 3 === 0 ? (repeated[i % 4] as string) : `Parcel ${i} was late`;
      lines.push(`${1 + (i % 5)},${i % 11},${(0.1 + ((i * 7919) % 1000) / 333).toFixed(3)},"${comment}"`);
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const [one, two, three] = ['1', '2', '3'].map((threads) => runCli(['report', path, '--weight', 'Weight', '--threads', threads, '--format', 'json'], { SATISFY_PIECE_BYTES: '32768' }));
    expect(one?.status, one?.stderr).toBe(0);
    expect(one?.stderr).toBe('');
    expect(two?.stdout).toBe(one?.stdout);
    expect(three?.stdout).toBe(one?.stdout);
    const share = (JSON.parse(one?.stdout ?? '{}') as Report).comments?.columns[0]?.share;
    expect(share).toBeCloseTo(1, 12);
  });
});
