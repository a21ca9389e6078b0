import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { Progress } from '../../src/cli/progress.js';
import { renderTable } from '../../src/render/table.js';
import { skippedRows } from '../../src/render/words.js';
import { runCli } from '../helpers/run-cli.js';

const report = JSON.parse(runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--by', 'Region', '--period', 'month', '--format', 'json']).stdout) as Report;
const tableLines = (text: string) => text.split('\n').filter((line) => /^[┌│└]/.test(line));

describe('the table on a narrow terminal', () => {
  it('drops the columns a reader can most do without until every table fits', () => {
    const wide = renderTable(report, { color: false });
    expect(Math.max(...tableLines(wide).map((l) => l.length))).toBeGreaterThan(64);
    const narrow = renderTable(report, { color: false, width: 64 });
    expect(Math.max(...tableLines(narrow).map((l) => l.length))).toBeLessThanOrEqual(64);
    expect(narrow).toMatch(/│ Dimension │ +n │ Score │ +95 % CI │ +Top-2 │ Alpha │/);
    // The figures themselves are those of the wide table.
    const east = (text: string) => text.split('\n').find((l) => l.startsWith('│ East'));
    expect(east(narrow)?.replace(/ +/g, ' ')).toContain('│ East │ 217 │ 50.9 ▼ │');
    expect(east(wide)?.replace(/ +/g, ' ')).toContain('│ East │ 217 │ 50.9 ▼ │ 44.4 ▼ │');
  });

  it('keeps the full layout from 80 columns up, and when the width is not known (a pipe)', () => {
    expect(renderTable(report, { color: false, width: 80 })).toBe(renderTable(report, { color: false }));
  });
});

/** A stream that says it is a terminal and keeps what is written to it. */
function terminal(): Writable & { text: string; isTTY: boolean; columns: number } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stream.text += chunk.toString();
      done();
    },
  }) as Writable & { text: string; isTTY: boolean; columns: number };
  return Object.assign(stream, { text: '', isTTY: true, columns: 100 });
}

describe('the progress bar', () => {
  it('draws the share of the file read, and wipes itself when done', () => {
    const stream = terminal();
    const progress = new Progress(stream, 'big.csv', 0);
    progress.update(1024 * 1024, 4 * 1024 * 1024);
    progress.update(4 * 1024 * 1024, 4 * 1024 * 1024);
    progress.stop();
    expect(stream.text).toMatch(/reading big\.csv \[█+░+\] 25 % · 1\.0 of 4\.0 MiB/);
    expect(stream.text.endsWith('\u001b[2K')).toBe(true);
  });

  it('stays silent for a file read quicker than its delay', () => {
    const stream = terminal();
    const progress = new Progress(stream, 'small.csv', 60_000);
    progress.update(10, 100);
    progress.stop();
    expect(stream.text).toBe('');
  });

  it('is never drawn when stderr is not a terminal, and --quiet also silences warnings', () => {
    // runCli's stderr is a pipe: a run long enough for a bar shows none; the warning shows unless --quiet.
    const loud = runCli(['report', 'fixtures/lint/off-scale-answers.csv', '-o', '/dev/null']);
    expect(loud.stderr).toMatch(/^satisfy: warning: /);
    expect(loud.stderr).not.toContain('reading');
    const quiet = runCli(['report', 'fixtures/lint/off-scale-answers.csv', '-o', '/dev/null', '--quiet']);
    expect(quiet).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('skipped rows in words', () => {
  it('puts the plural on the noun, not on the end of the phrase', () => {
    expect(skippedRows(3, 'fieldCount')).toBe('3 rows with the wrong number of fields');
    expect(skippedRows(1, 'fieldCount')).toBe('1 row with the wrong number of fields');
    expect(skippedRows(583, 'filtered')).toBe('583 rows left out by --where');
    expect(skippedRows(2, 'emptyRow')).toBe('2 empty rows');
  });
});
