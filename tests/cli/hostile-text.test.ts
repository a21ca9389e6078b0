import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { renderJunit } from '../../src/render/junit.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

// Headers that retitle the terminal (OSC), move up and erase a line, override the direction of
// the text and send a one-character CSI (U+009B); segment values with colour, backspaces, a
// carriage return and bidi isolates; an answer with an erase-line sequence, off the scale.
const FIXTURE = 'fixtures/hostile/terminal-escapes-in-headers-and-segments.csv';

// Every character that acts on a terminal instead of being shown, tab and line feed aside.
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** How the fixture's hostile texts look in a text output: each control written out. */
const SHOWN = ['Overall satisfaction \\x1b]0;pwned\\x07(1-5)', 'Delivery speed \\x1b[1A\\x1b[2K(1-5)', 'Price fair \\u202eevil\\u202c (1-5)', 'Support \\x9b2J (1-5)', 'North\\x1b[31m', 'East\\x08\\x08West', 'South\\u2066x\\u2069'];

describe('terminal escapes in headers, segments and answers', () => {
  const report = (format: string, env: Record<string, string | undefined> = {}, extra: string[] = []) => runCli(['report', FIXTURE, '--by', 'Region', '--format', format, ...extra], env);
  let table: CliResult;
  beforeAll(() => {
    table = report('table');
  });

  it('reach the table written out, and the warnings too', () => {
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(ACTIVE);
    for (const text of SHOWN) expect(table.stdout).toContain(text);
    expect(table.stderr).not.toMatch(ACTIVE);
    expect(table.stderr).toContain('satisfy: warning: column "Overall satisfaction \\x1b]0;pwned\\x07(1-5)": "9\\x1b[2K" is not an answer on its 1-5 scale');
  });

  it('reach the coloured table written out: its only escape sequences are its own colours', () => {
    const coloured = report('table', { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(SGR);
    expect(coloured.stdout.replace(SGR, '')).toBe(table.stdout);
  });

  it('reach inspect written out', () => {
    const inspect = runCli(['inspect', FIXTURE]);
    expect(inspect.status).toBe(0);
    expect(`${inspect.stdout}${inspect.stderr}`).not.toMatch(ACTIVE);
    expect(inspect.stdout).toContain('Price fair \\u202eevil\\u202c');
    expect(inspect.stdout).toContain('North\\x1b…');
  });

  it('reach Markdown written out, its backslashes escaped as Markdown wants', () => {
    const markdown = report('markdown').stdout;
    expect(markdown).not.toMatch(ACTIVE);
    expect(markdown).toContain('| North\\\\x1b\\[31m \\* |');
    expect(markdown).toContain('Overall satisfaction \\\\x1b\\]0;pwned\\\\x07(1-5)');
  });

  it('reach CSV written out, line breaks aside', () => {
    const csv = report('csv').stdout;
    // A carriage return inside a quoted cell is a line break in CSV, and kept.
    expect(csv.replace(/[\r\n]/g, '')).not.toMatch(ACTIVE);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect([...new Set(rows.map((r) => r.segment_value).filter((v) => v !== ''))].sort()).toEqual(['East\\x08\\x08West\rX', 'North\\x1b[31m', 'South\\u2066x\\u2069']);
  });

  it('reach HTML written out and escaped', () => {
    const html = report('html').stdout;
    expect(html.replace(/[\r\n]/g, '')).not.toMatch(ACTIVE);
    expect(html).toContain('Price fair \\u202eevil\\u202c (1-5)');
  });

  it('stay as they are in JSON: it is data', () => {
    const json = JSON.parse(report('json').stdout) as Report;
    expect(json.segments.map((s) => s.value).sort()).toEqual(['East\b\bWest\rX', 'North\u001b[31m', 'South\u2066x\u2069']);
    expect(json.columns.map((c) => c.name)).toContain('Price fair \u202eevil\u202c (1-5)');
  });

  it('reach errors written out: --strict, a --by that names no column, an unknown option', () => {
    const strict = runCli(['report', FIXTURE, '--strict']);
    expect([strict.status, strict.stderr]).toEqual([2, `satisfy: error: column "Overall satisfaction \\x1b]0;pwned\\x07(1-5)": "9\\x1b[2K" is not an answer on its 1-5 scale (--strict) (${FIXTURE}:82)\n`]);
    const by = runCli(['report', FIXTURE, '--by', 'Reg\u001b]0;x\u0007ion']);
    expect(by.status).toBe(2);
    expect(by.stderr).not.toMatch(ACTIVE);
    expect(by.stderr).toContain('no column "Reg\\x1b]0;x\\x07ion" for --by');
    expect(by.stderr).toContain('hint: columns are: Region, Overall satisfaction \\x1b]0;pwned\\x07(1-5), Delivery speed \\x1b[1A\\x1b[2K(1-5)');
    const option = runCli(['report', FIXTURE, '--\u001b]0;x\u0007']);
    expect([option.status, option.stderr.split('\n')[0]]).toEqual([2, "satisfy: error: unknown option '--\\x1b]0;x\\x07'"]);
  });
});

describe('terminal escapes in a comparison', () => {
  it.each(['table', 'markdown', 'csv'])('reach %s written out', (format) => {
    const { stdout, stderr, status } = runCli(['compare', FIXTURE, FIXTURE, '--by', 'Region', '--format', format]);
    expect(status).toBe(0);
    expect(stdout.replace(/[\r\n]/g, '')).not.toMatch(ACTIVE);
    expect(stderr).not.toMatch(ACTIVE);
    expect(stdout).toContain(format === 'markdown' ? 'North\\\\x1b\\[31m' : 'North\\x1b[31m');
  });
});

describe('terminal escapes in a file name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-hostile-'));
  const name = 'survey \u001b]0;title\u0007 \u202ecod\n.csv';
  const file = join(dir, name);
  copyFileSync(FIXTURE, file);

  it.each([
    ['the table', ['report', file], '/survey \\x1b]0;title\\x07 \\u202ecod .csv'],
    ['inspect', ['inspect', file], 'survey \\x1b]0;title\\x07 \\u202ecod .csv'],
    ['CSV', ['report', file, '--format', 'csv'], 'survey \\x1b]0;title\\x07 \\u202ecod\n.csv'],
  ])('reaches %s written out', (_what, args, shown) => {
    const { stdout, status } = runCli(args);
    expect(status).toBe(0);
    expect(stdout.replaceAll('\r\n', '')).not.toMatch(ACTIVE);
    expect(stdout).toContain(shown);
  });

  it('reaches warnings and errors written out, its line break too', () => {
    const warned = runCli(['report', file]);
    expect(warned.stderr).toContain(`(${dir}/survey \\x1b]0;title\\x07 \\u202ecod\\n.csv:82)`);
    const missing = runCli(['report', `${file}.gone`]);
    expect([missing.status, missing.stderr]).toEqual([2, `satisfy: error: cannot open ${dir}/survey \\x1b]0;title\\x07 \\u202ecod\\n.csv.gone: no such file\n`]);
  });
});

describe('JUnit XML', () => {
  it('writes a control character out, which XML 1.0 does not allow', () => {
    const xml = renderJunit([{ expression: 'dimensions.x\u001b[2K\u202e.score < 70', actual: 50, pass: false }]);
    expect(xml.replace(/\n/g, '')).not.toMatch(ACTIVE);
    expect(xml).toContain('name="dimensions.x\\x1b[2K\\u202e.score &lt; 70"');
  });
});

// Segment values and comments that GitHub would turn into mentions (@octocat, @org/team), links to
// issues and commits (#1, GH-2, owner/repo#3, user@sha), strikethrough (~~), math ($$) and HTML (&lt;).
const GITHUB_FIXTURE = 'fixtures/hostile/github-mentions-references-and-markup.csv';

// What GitHub-flavoured Markdown makes live: a mention or reference (no break after an @ or # that
// no ASCII letter, digit or _ precedes, or after owner/repo#), GH-n, a bare URL, a SHA (7 hex digits
// or more), strikethrough, a math delimiter, an entity (an & not escaped).
const LIVE: Array<[string, RegExp]> = [
  ['mention or reference', /(?<![A-Za-z0-9_&])(?:@[A-Za-z0-9]|#\d)|\/[\w.-]+#\d/],
  ['URL', /(?:https?|ftp):\/\/|(?<![A-Za-z0-9_])www\./i],
  ['GH-n', /GH-\d/i],
  ['SHA', /(?<![\p{L}\p{N}_])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,}(?![\p{L}\p{N}_])/iu],
  ['strikethrough', /(?<!\\)~/],
  ['math', /\$/],
  ['entity', /(?<!\\)&(?!#36;)/],
];

describe('GitHub mentions, references and markup in the data', () => {
  const base = join(mkdtempSync(join(tmpdir(), 'satisfy-hostile-')), 'base.json');
  const outputs: Array<[string, string]> = [];
  beforeAll(() => {
    expect(runCli(['report', GITHUB_FIXTURE, '--by', 'Region', '--format', 'json', '-o', base]).status).toBe(0);
    outputs.push(['report', runCli(['report', GITHUB_FIXTURE, '--by', 'Region', '--format', 'markdown', '--verbatims', '--baseline', base, '--min-base', '10']).stdout]);
    outputs.push(['compare', runCli(['compare', base, GITHUB_FIXTURE, '--by', 'Region', '--format', 'markdown', '--min-base', '10']).stdout]);
  });

  it.each(LIVE)('are inert in Markdown: no %s', (_, live) => {
    for (const [command, markdown] of outputs) expect([command, markdown.match(live)?.[0]]).toEqual([command, undefined]);
  });

  it('are broken by a zero-width space and escaped, in every table and list they reach', () => {
    const [report, comparison] = outputs.map(([, markdown]) => markdown.replace(/\u200b/g, '<ZW>')) as [string, string];
    // The segments' table, the comments by segment, the comparison's scopes, the verbatims.
    expect(report).toContain('| @<ZW>org/team | 15 | — |');
    expect(report).toContain('| GH-<ZW>2 \\~\\~north\\~\\~ | 15 | Any other comments? |');
    expect(report).toContain('| NPS | Region=&#36;&#36;south&#36;&#36; \\&lt;script\\&gt; |');
    expect(comparison).toContain('| NPS | Region=owner/repo#<ZW>3 user@abc123<ZW>4 |');
    expect(report).toContain('“@<ZW>octocat @<ZW>org/team delivery slow, see #<ZW>1 and GH-<ZW>2”');
    expect(report).toContain('jlord@a5c378<ZW>5ed8d6<ZW>a35868<ZW>bc169f<ZW>07e40e<ZW>889087<ZW>fd2e');
    expect(report).toContain('\\~\\~great\\~\\~ service &#36;&#36;x^2&#36;&#36; and \\&lt;script\\&gt;alert(1)\\&lt;/script\\&gt; \\&amp; more');
  });
});

describe('GitHub autolinks and what only looks like them', () => {
  it('breaks a mention, a reference and a bare URL where GitHub would link them, and nothing inside an e-mail address or a word', () => {
    const markdown = runCli(['report', 'fixtures/hostile/github-autolinks-and-look-alikes.csv', '--by', 'Region', '--format', 'markdown']);
    expect(markdown.status).toBe(0);
    const rows = markdown.stdout.replace(/\u200b/g, '<ZW>').split('\n').filter((line) => / \\\* \| 2 \| /.test(line)).map((line) => line.split(' \\* |')[0]);
    expect(rows).toEqual([
      '| #<ZW>12',
      '| (@<ZW>org/team)',
      '| @<ZW>octocat',
      '| C# and F#',
      '| GH-<ZW>3',
      '| owner/repo#<ZW>3',
      // A respondent's link is shown, not made live: a report of customers' words links to no one's page.
      '| see https<ZW>://evil.example/login',
      '| write to help@acme.com',
      '| www<ZW>.evil.example',
      '| x#1 and foo@bar',
    ]);
  });
});
