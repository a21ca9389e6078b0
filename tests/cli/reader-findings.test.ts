import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const report = (args: readonly string[], env: Record<string, string> = {}) => {
  const run = runCli(['report', ...args, '--format', 'json'], env);
  expect(run.status, run.stderr).toBe(0);
  return { json: JSON.parse(run.stdout), stderr: run.stderr };
};

describe('the reader on what a red-team run found', () => {
  it.each([
    ['utf8-double-bom.csv', 'a second byte-order mark is not part of the first name', ['ID', 'Region', 'Delivery speed (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)'], 12],
    ['blank-lines-before-header.csv', 'blank lines before the header are skipped', ['ID', 'Region', 'Delivery speed (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)'], 12],
    ['header-ends-with-delimiter-rows-with-values.csv', 'the unnamed column a trailing delimiter opens is a column when rows carry values there', ['ID', 'Region', 'Delivery speed (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)', ''], 12],
    ['duplicate-names-with-numbered-names.csv', 'repeated names are numbered with numbers no other name has', ['ID', 'Q1', 'Q1 (2)', 'Q1 (4)', 'Q1 (3)', 'Q1 (5)', 'Overall satisfaction (1-5)'], 12],
  ])('%s: %s', (fixture, _what, names, rows) => {
    const { json } = report([`fixtures/input/${fixture}`]);
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(json.input.files[0]).toMatchObject({ rows, rowsUsed: rows, skipped: [] });
    expect(json.input.files[0].notes).not.toContain('a delimiter ends every line: the empty last column is dropped');
  });

  it('names the first column of a file with two byte-order marks in --where', () => {
    const { json } = report(['fixtures/input/utf8-double-bom.csv', '--where', 'ID=R1']);
    expect(json.respondents).toBe(1);
  });

  it('still drops the empty last column of a delimiter that ends every line', () => {
    const { json } = report(['fixtures/input/qualtrics-legacy-trailing-comma.csv']);
    expect(json.input.files[0].notes).toContain('a delimiter ends every line: the empty last column is dropped');
  });

  describe('a byte that is not UTF-8 past the 64 KiB that detect the encoding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-not-utf8-'));
    const path = join(dir, 'stray-invalid-byte-past-detection-sample.csv');
    const lines = ['ID,Region,Delivery speed (1-5),Overall satisfaction (1-5),Comments'];
    for (let i = 1; i <= 8000; i++) lines.push(`R${i},${i % 2 === 0 ? 'North' : 'Süd'},${1 + (i % 5)},${1 + ((i * 3) % 5)},${i === 6000 || i === 7000 ? 'ok \xff fine' : 'ok'}`);
    // Latin-1 for the stray bytes, UTF-8 for the rest.
    const text = `${lines.join('\n')}\n`;
    const bytes = Buffer.concat(text.split('\xff').flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
    writeFileSync(path, bytes);

    it('is counted, with its line, and the note on the encoding says so; the same on two threads', () => {
      expect(readFileSync(path).indexOf(0xff)).toBeGreaterThan(64 * 1024);
      // Pieces of 32 KiB: the 1,000 rows that detect the columns fit in the first, and the two bytes are in others.
      const pieces = { SATISFY_PIECE_BYTES: '32768' };
      const one = report([path, '--threads', '1'], pieces);
      expect(one.json.input.files[0].notUtf8).toEqual({ count: 2, firstLines: [6001, 7001] });
      expect(one.json.input.files[0].notes[0]).toBe('encoding: utf-8, but 2 byte sequences are not UTF-8, each read as U+FFFD (lines 6001, 7001)');
      expect(one.stderr).toContain('stray-invalid-byte-past-detection-sample.csv: 2 byte sequences are not UTF-8, each read as U+FFFD (line 6001, 7001); --strict makes this an error\n');
      const two = report([path, '--threads', '2'], pieces);
      expect(two.json).toEqual(one.json);
      expect(two.stderr).toBe(one.stderr);
    });

    it('is an error under --strict, naming its line', () => {
      const run = runCli(['report', path, '--strict']);
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(`satisfy: error: a byte sequence that is not UTF-8 (--strict) (${path}:6001)`);
    });
  });
});
