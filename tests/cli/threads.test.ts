import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/input/csv-records.js';
import { pieceGroups } from '../../src/engine/piece-groups.js';
import { findRecordStart } from '../../src/input/find-record-start.js';
import { expectSameJson } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

// Pieces this small make a 2.5 MB file 19 pieces, so that the threads share it as they would a
// large one. They hold the 1,000 rows that detect the columns in the first piece, as large ones
// do: the threads start only then.
const PIECE = 131_072;
// Pieces smaller still make it 76 pieces, in 29 groups (of 7 pieces down to 1) that the threads
// take whole: the first group still holds the rows that detect the columns.
const SMALL_PIECE = 32_768;
const ROWS = 30_000;
const HEADER = 'Response ID,Submitted,Region,Delivery speed (1-5),Delivery quality (1-5),The price is fair (1-5),Did you have a problem? (Yes/No),How well was your problem handled? (1-5),I trust this company (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments';
// A comment that pastes rows of the export into itself: after either of its line breaks, the next
// two lines look like records with the header's twelve fields, which fools the search for a
// piece's first record.
const PASTED = '"Copied from my order:\nA,2026-01-01,North,1,1,1,No,,1,1,1,x\nB,2026-01-01,North,1,1,1,No,,1,1,1,x\nplease check"';
const COMMENTS = ['', '', 'Fine', '"Late, again"', '"The ""express"" option was slow"', '"Dostawa szybka — ale paczka uszkodzona"', '"Two\nlines"', PASTED, PASTED];

// Rows from here on have, here and there, too few fields or an answer off the scale: the first of
// each is in a piece a worker thread reads, past the first.
const FLAWS_FROM = 5000;
const hasTooFewFields = (i: number) => i >= FLAWS_FROM && i % 997 === 500;

/**
 * A seeded export of `rows` responses, with a row of too few fields and an answer off the scale
 * here and there; its columns in the order `order` gives (by default the header's).
 */
function exportText(rows: number, order: readonly number[] = HEADER.split(',').map((_, i) => i)): string {
  const reorder = (fields: readonly string[]) => order.map((i) => fields[i] as string).join(',');
  let seed = 20261124;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const lines = [reorder(HEADER.split(','))];
  for (let i = 0; i < rows; i++) {
    if (hasTooFewFields(i)) {
      lines.push(`R${i},2026-02-01`);
      continue;
    }
    const rating = () => String(1 + Math.floor(next() * 5));
    const problem = next() < 0.25;
    const day = 1 + Math.floor(next() * 56);
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const trust = i >= FLAWS_FROM && i % 1499 === 700 ? '7' : rating();
    lines.push(reorder([`R${i}`, `${date} 10:${String(i % 60).padStart(2, '0')}`, pick(['North', 'South', 'East', 'West']), rating(), rating(), rating(), problem ? 'Yes' : 'No', problem ? rating() : '', trust, rating(), String(Math.floor(next() * 11)), pick(COMMENTS)]));
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'satisfy-threads-'));
const path = join(dir, 'pasted-rows-in-comments.csv');
writeFileSync(path, exportText(ROWS));
// The same survey exported with its columns in another order (the comments last still, as the
// pasted rows in them have the header's order).
const reordered = join(dir, 'same-survey-columns-reordered.csv');
writeFileSync(reordered, exportText(ROWS, [2, 0, 1, 4, 3, 5, 6, 7, 8, 9, 10, 11]));
// Another month's export of the same answers, under other response ids (the same file named twice,
// or a copy of its bytes, is refused).
const again = join(dir, 'pasted-rows-in-comments-again.csv');
writeFileSync(again, exportText(ROWS).replace(/^R(\d+),/gm, 'S$1,'));
const REPORT = ['report', path, '--by', 'Region', '--period', 'week', '--format', 'json'];

describe('--threads', () => {
  it('reads a file whose pieces start inside quoted comments that look like rows (the case the threads must correct)', () => {
    const bytes = readFileSync(path);
    // Where each piece's first record really starts, read from the start of the file.
    const starts: number[] = [];
    for (let from = PIECE; from < bytes.length; from += PIECE) {
      const reader = new CsvRecords({ record: () => undefined, unclosed: () => undefined }, { delimiter: ',', encoding: 'utf-8', file: path, maxRecordBytes: 1 << 20, until: from });
      reader.push(bytes);
      starts.push(reader.position.offset);
    }
    const guesses = starts.map((_, i) => findRecordStart(path, (i + 1) * PIECE, (i + 2) * PIECE, 'lf', ',', 12));
    expect(guesses.length).toBeGreaterThan(15);
    // The rows that detect the columns are all in the first piece (else the file is read on one thread).
    const detectionRows = bytes.toString('utf8').split('\n').slice(0, 1002).join('\n');
    expect(Buffer.byteLength(detectionRows)).toBeLessThan(PIECE);
    const wrong = guesses.filter((guess, i) => guess !== starts[i]);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.length).toBeLessThan(guesses.length);
  });

  it('starts groups of several pieces inside quoted comments that look like rows too', () => {
    const bytes = readFileSync(path);
    const pieces = Math.ceil(bytes.length / SMALL_PIECE);
    const starts = pieceGroups(pieces);
    expect(pieces).toBe(76);
    expect(starts.length).toBe(29);
    expect(starts[1]).toBe(7);
    const detectionRows = bytes.toString('utf8').split('\n').slice(0, 1002).join('\n');
    expect(Buffer.byteLength(detectionRows)).toBeLessThan((starts[1] as number) * SMALL_PIECE);
    const wrong = starts.slice(1).filter((first, i) => {
      const from = first * SMALL_PIECE;
      const reader = new CsvRecords({ record: () => undefined, unclosed: () => undefined }, { delimiter: ',', encoding: 'utf-8', file: path, maxRecordBytes: 1 << 20, until: from });
      reader.push(bytes);
      return findRecordStart(path, from, (starts[i + 2] ?? pieces) * SMALL_PIECE, 'lf', ',', 12) !== reader.position.offset;
    });
    expect(wrong.length).toBeGreaterThan(0);
  });

  it.each([
    ['one group a piece', PIECE],
    ['groups of several pieces, the threads merging none of their own', SMALL_PIECE],
  ])('gives the same JSON report, to the last digit, whatever the number of threads (%s)', (_, piece) => {
    const runs = [1, 2, 3].map((threads) => runCli([...REPORT, '--threads', String(threads)], { SATISFY_PIECE_BYTES: String(piece) }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
    // The file really was read in pieces, and the pieces add up to the file read whole.
    const whole = runCli([...REPORT, '--threads', '1'], { SATISFY_PIECE_BYTES: String(1 << 30) });
    const pieced = JSON.parse(runs[0]?.stdout ?? '');
    const unpieced = JSON.parse(whole.stdout);
    const skipped = Array.from({ length: ROWS }, (_, i) => i).filter(hasTooFewFields).length;
    expect(pieced.input).toEqual(unpieced.input);
    expect(pieced.respondents).toBe(ROWS - skipped);
    expect(pieced.input.files[0].skipped).toEqual([{ reason: 'fieldCount', count: skipped, firstLines: expect.any(Array) }]);
    expect(whole.stderr).toBe(runs[0]?.stderr);
    expectSameJson(pieced, unpieced);
  });

  it('reads several files, one with its columns in another order, the same whatever the number of threads', () => {
    const files = ['report', path, reordered, again, '--by', 'Region', '--period', 'week', '--format', 'json'];
    const runs = [1, 2, 3].map((threads) => runCli([...files, '--threads', String(threads)], { SATISFY_PIECE_BYTES: String(PIECE) }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
    const report = JSON.parse(runs[0]?.stdout ?? '');
    expect(report.input.files.map((f: { rows: number }) => f.rows)).toEqual([ROWS, ROWS, ROWS]);
  });

  it('stops at the first row --strict refuses, in whichever piece it is', () => {
    const expected = runCli([...REPORT, '--strict', '--threads', '1']);
    expect(expected.status).toBe(2);
    for (const threads of ['1', '2']) {
      const run = runCli([...REPORT, '--strict', '--threads', threads], { SATISFY_PIECE_BYTES: String(PIECE) });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(expected.stderr);
    }
  });

  it('takes a whole number of threads', () => {
    const run = runCli(['report', path, '--threads', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('satisfy: error: --threads takes a whole number from 1 to 256, not "0"\n');
  });
});
