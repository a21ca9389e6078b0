import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { fuzzParameters } from '../helpers/fuzz.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Hostile text — control characters, escape sequences, bidi overrides, formula starts, HTML,
 * quotes, pipes, backticks, SQL — in the headers, answers, segment names and file name of an
 * export, run through the built program in every format, its warnings and its errors: no control
 * character reaches a terminal, no formula a spreadsheet, nothing executable a browser, and JSON
 * keeps the data as it is. Each case spawns the program a few times (about 0.3 s each), so the
 * bounded run is a few cases, each batching several hostile texts; `npm run fuzz` runs thousands.
 */

const FRAGMENTS = [
  '\u001b', '\u001b[2K', '\u001b[1A', '\u001b]0;pwned\u0007', '\u001b]52;c;cHduZWQ=\u0007', '\u001b[31m', '\u001bP+q\u001b\\',
  '\u0007', '\b', '\r', '\n', '\r\n', '\t', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b2J', '\u009d0;x\u009c',
  '\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2069', '\u200e', '\u200f', '\u061c',
  '=', '+', '-', '@', '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="javascript:alert(1)">x</a>', 'javascript:',
  '"', "'", '""', '|', '`', '```', "'; DROP TABLE responses; --", '\\', '\\x1b', ',', ';', ' ', '*', '_', '[x](y)', '&amp;', 'é', 'ł', '中', '🙂',
];

// A hostile text: a few fragments and stray characters of any kind, NUL aside (it makes a file binary).
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 2 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('').replaceAll('\u0000', ''))
  .filter((text) => text !== '');

const survey = fc.record({
  file: hostile,
  region: hostile,
  overall: hostile,
  delivery: hostile,
  comment: hostile,
  segments: fc.uniqueArray(hostile, { minLength: 2, maxLength: 3, selector: (s) => s.trim() }),
  answer: hostile,
  comments: fc.array(hostile, { minLength: 1, maxLength: 3 }),
});
type Survey = typeof survey extends fc.Arbitrary<infer T> ? T : never;

// Acting on a terminal instead of being shown: every control character but the line feed, and the bidi controls.
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// The colours chalk emits (level 1): the only escape sequences a coloured table may hold.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[\d+(;\d+)*m/g;

/** The survey as an export in a new folder, under its hostile file name; the headers as written. */
function writeSurvey(s: Survey): { dir: string; file: string; headers: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-hostile-'));
  // A file name holds anything but '/' and NUL, in at most 255 bytes.
  let name = `${s.file.replaceAll('/', '_')}.csv`;
  while (Buffer.byteLength(name) > 255) name = name.slice(0, -5) + '.csv';
  const file = join(dir, name);
  const headers = [`Region ${s.region}`, `Overall satisfaction ${s.overall} (1-5)`, `Delivery speed ${s.delivery} (1-5)`, 'How likely to recommend (0-10)', `Comments ${s.comment}`];
  const q = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = Array.from({ length: 30 }, (_, i) => [q(s.segments[i % s.segments.length] as string), 1 + (i % 5), 1 + ((i * 3) % 5), i % 11, q(s.comments[i % s.comments.length] as string)].join(','));
  // One answer that is no number, quoted in a warning (and, with --strict, in the error). Between
  // two letters: "9=cmd…" reads as the code 9 with a label, and "x@SUM(1)" as a label ending in
  // its code 1 ("Very dissatisfied (1)"), each a valid answer.
  rows.push([q(s.segments[0] as string), 3, q(`x${s.answer}x`), 5, '""'].join(','));
  writeFileSync(file, `${[headers.map(q).join(','), ...rows].join('\n')}\n`);
  return { dir, file, headers };
}

/** Runs each property on a fresh export and removes it afterwards. */
function withSurvey(check: (written: { file: string; headers: string[] }, s: Survey) => void) {
  return (s: Survey) => {
    const written = writeSurvey(s);
    try {
      check(written, s);
    } finally {
      rmSync(written.dir, { recursive: true, force: true });
    }
  };
}

/** Warnings and errors: nothing active, and one message per line, none forged by a line break in the data. */
function expectInertMessages(result: CliResult, status: number): void {
  expect(result.status).toBe(status);
  expect(result.stderr).not.toMatch(ACTIVE);
  for (const line of result.stderr.split('\n').slice(0, -1)) expect(line).toMatch(/^(satisfy: (warning|error): |hint: )/);
}

/** The tags of an HTML page and their attributes, read as a browser would (quoted values may hold '>'). */
function tags(html: string): Array<{ name: string; attributes: Array<[string, string]> }> {
  const found: Array<{ name: string; attributes: Array<[string, string]> }> = [];
  const tag = /<([a-zA-Z][^\s/>]*)/g;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const attributes: Array<[string, string]> = [];
    const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?>/y;
    attribute.lastIndex = tag.lastIndex;
    for (let a = attribute.exec(html); a !== null && a[1] !== undefined; a = attribute.exec(html)) attributes.push([a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
    found.push({ name: (m[1] as string).toLowerCase(), attributes });
  }
  return found;
}

describe('hostile text in an export', () => {
  it('reaches no terminal raw: table (with and without colour), inspect, Markdown and their warnings', () => {
    fc.assert(
      fc.property(
        survey,
        withSurvey(({ file }) => {
          const table = runCli(['report', file, '--by=#1']);
          expectInertMessages(table, 0);
          expect(table.stdout).not.toMatch(ACTIVE);
          const coloured = runCli(['report', file, '--by=#1'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
          expect(coloured.stdout).toMatch(SGR);
          expect(coloured.stdout.replace(SGR, '')).toBe(table.stdout);
          for (const args of [['inspect', file], ['report', file, '--by=#1', '--format', 'markdown']]) {
            const result = runCli(args);
            expectInertMessages(result, 0);
            expect(result.stdout).not.toMatch(ACTIVE);
          }
        }),
      ),
      fuzzParameters(4),
    );
  });

  it('starts no formula in CSV, runs nothing in HTML, and stays as it is in JSON', () => {
    fc.assert(
      fc.property(
        survey,
        withSurvey(({ file, headers }, s) => {
          const csv = runCli(['report', file, '--by=#1', '--format', 'csv']);
          expectInertMessages(csv, 0);
          const cells = (parse(csv.stdout, { relax_column_count: true }) as string[][]).flat();
          expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell))).toEqual([]);
          expect(cells.filter((cell) => ACTIVE.test(cell.replace(/[\t\r\n]/g, '')))).toEqual([]);
          // The CSV for a French spreadsheet (--csv-locale): split on ;, its decimal comma a number too.
          const french = runCli(['report', file, '--by=#1', '--format', 'csv', '--csv-locale', 'fr-FR']);
          expectInertMessages(french, 0);
          const frenchCells = (parse(french.stdout.replace(/^\ufeff/, ''), { delimiter: ';', relax_column_count: true }) as string[][]).flat();
          expect(frenchCells.length).toBe(cells.length);
          expect(frenchCells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(cell))).toEqual([]);
          expect(frenchCells.filter((cell) => ACTIVE.test(cell.replace(/[\t\r\n]/g, '')))).toEqual([]);

          const html = runCli(['report', file, '--by=#1', '--format', 'html']);
          expectInertMessages(html, 0);
          expect(html.stdout.replace(/[\t\r\n]/g, '')).not.toMatch(ACTIVE);
          const page = tags(html.stdout);
          expect(page.filter((t) => ['script', 'iframe', 'object', 'embed', 'img', 'a'].includes(t.name))).toEqual([]);
          expect(page.flatMap((t) => t.attributes.filter(([name, value]) => name.startsWith('on') || /^\s*javascript:/i.test(value)))).toEqual([]);

          const json = runCli(['report', file, '--by=#1', '--format', 'json']);
          expectInertMessages(json, 0);
          const report = JSON.parse(json.stdout) as Report;
          expect(report.input.files[0]?.path).toBe(file);
          expect(report.columns.map((c) => c.name)).toEqual(headers);
          expect(report.segments.map((segment) => segment.value).sort()).toEqual(s.segments.map((v) => v.trim() || '(blank)').sort());
        }),
      ),
      fuzzParameters(3),
    );
  });

  it('reaches no terminal raw in an error: --strict, a --by that names no column, a missing file', () => {
    fc.assert(
      fc.property(
        survey,
        hostile,
        (s, by) => {
          const { dir, file } = writeSurvey(s);
          try {
            expectInertMessages(runCli(['report', file, '--strict']), 2);
            expectInertMessages(runCli(['report', file, `--by=${by}`]), 2);
            expectInertMessages(runCli(['report', `${file}${s.answer.replaceAll('/', '_')}`]), 2);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      fuzzParameters(5),
    );
  });
});
