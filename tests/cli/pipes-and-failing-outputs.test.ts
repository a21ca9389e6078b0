import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURE = 'fixtures/quickstart/responses.csv';
const BIN = join(ROOT, 'bin/satisfy.js');
const dir = mkdtempSync(join(tmpdir(), 'satisfy-pipes-'));
const asFile = runCli(['report', FIXTURE, '--format', 'json']);

describe('inputs that are pipes, and outputs that fail', () => {
  it('reads a process substitution, <(gunzip -c x.csv.gz), as a stream, as the file itself', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" report <(cat "${FIXTURE}") --format json`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).respondents).toBe(JSON.parse(asFile.stdout).respondents);
  });

  it('reads a named pipe (FIFO) as a stream, the report the same as from the file', () => {
    const fifo = join(dir, 'export-through-a-fifo.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `cat "${FIXTURE}" > "${fifo}"`], { cwd: ROOT, stdio: 'ignore' });
    const run = runCli(['report', fifo, '--format', 'json']);
    writer.kill();
    expect(run.status).toBe(0);
    const { input, ...rest } = JSON.parse(run.stdout);
    const { input: fileInput, ...fileRest } = JSON.parse(asFile.stdout);
    expect(rest).toEqual(fileRest);
    expect(input.files[0].rows).toBe(fileInput.files[0].rows);
  });

  it('reads /proc/self/fd/0 when standard input is a pipe', () => {
    const run = spawnSync('sh', ['-c', `cat "${FIXTURE}" | "${process.execPath}" "${BIN}" report /proc/self/fd/0 --format json`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).respondents).toBe(JSON.parse(asFile.stdout).respondents);
  });

  it.runIf(existsSync('/dev/full'))('says in one line, exit 2, that the output cannot be written to a full disk (> /dev/full, -o /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    const run = spawnSync(process.execPath, [BIN, 'report', FIXTURE], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('satisfy: error: cannot write the output: no space left on the device\n');
    const named = runCli(['report', FIXTURE, '-o', '/dev/full']);
    expect(named.status).toBe(2);
    expect(named.stderr).toBe('satisfy: error: cannot write /dev/full: no space left on the device\n');
  });

  it('says a path of 5,000 characters is too long, in one line that shortens it, exit 2', () => {
    const path = join(dir, `${'a'.repeat(5000)}.csv`);
    const run = runCli(['report', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^satisfy: error: cannot open \/.{99}…a{96}\.csv: the name is too long\n$/);
  });

  it('reads on two threads as on one a file whose first piece has a quote never closed (its row skipped, the rows after it read again, in the pieces that follow too)', () => {
    const header = 'Response ID,Submitted,Region,Delivery speed (1-5),The price is fair (1-5),I trust this company (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments';
    const rows = Array.from({ length: 20_000 }, (_, i) => `R${i},2026-01-${String(1 + (i % 28)).padStart(2, '0')},${i % 2 === 0 ? 'North' : 'South'},${1 + (i % 5)},${1 + ((i * 7) % 5)},${1 + ((i * 3) % 5)},${1 + ((i * 11) % 5)},${i % 11},${i === 1500 ? '"never closed, after this' : i % 3 === 0 ? '' : 'fine'}`);
    const path = join(dir, 'unclosed-quote-in-first-piece.csv');
    writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
    // Pieces of 128 KiB: the 1,000 rows that detect the columns fit in the first, and the file is 10 of them.
    const runs = ['1', '2'].map((threads) => runCli(['report', path, '--format', 'json', '--threads', threads], { SATISFY_PIECE_BYTES: '131072' }));
    for (const run of runs) expect(run.status).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
    // The row where the quote opens is skipped; the 18,499 after it are read (before: skipped with it).
    expect(JSON.parse(runs[0]?.stdout ?? '').input.files[0]).toMatchObject({ rows: 20_000, rowsUsed: 19_999, skipped: [{ reason: 'unclosedQuote', count: 1, firstLines: [1502] }] });
  });
});

/**
 * Runs the built program with its stdout, or its stderr (`2>&1 >/dev/null`), through a reader that
 * goes away after its first bytes, as in a pipeline: `| head -c 100`, `| head -1`. The exit status
 * is the program's own (`${PIPESTATUS[0]}`); stderr, when stdout is the pipe, is what it said.
 */
function runThroughHead(args: readonly string[], piped: 'stdout' | 'stderr'): { status: number | null; stderr: string } {
  const line = piped === 'stdout' ? '"$0" "$@" | head -c 100 >/dev/null' : '"$0" "$@" 2>&1 >/dev/null | head -1 >/dev/null';
  const run = spawnSync('bash', ['-c', `${line}; exit \${PIPESTATUS[0]}`, process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stderr: run.stderr };
}

/** Runs the built program with its stdout piped to a reader that is gone before anything is written. */
function runWithStdoutClosed(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a reader of the pipe that goes away stops the output, not the exit status', () => {
  // The JSON report of the sample broken down by region (190 KB) is more than twice a pipe's 64 KiB.
  const big = [FIXTURE, '--by', 'Region', '--format', 'json', '-q'];
  const failed = 'satisfy: gate failed: nps < 10 (actual -12.5, n 632)\n';

  it.each([
    ['stdout', ['report', ...big, '--fail-if', 'nps < 10']],
    ['-o -', ['report', ...big, '-o', '-', '--fail-if', 'nps < 10']],
    ['HTML', ['report', FIXTURE, '--by', 'Region', '--format', 'html', '-q', '--fail-if', 'nps < 10']],
  ])('a failed --fail-if, %s | head -c 100: exits 1 and says which gate failed', (_, args) => {
    expect(runThroughHead(args, 'stdout')).toEqual({ status: 1, stderr: failed });
  });

  it('exits 1 for a failed gate when the reader is gone before anything is written', async () => {
    expect(await runWithStdoutClosed(['report', ...big, '--fail-if', 'nps < 10'])).toEqual({ status: 1, stderr: failed });
  });

  it('still exits 0 for a report whose gates pass', () => {
    expect(runThroughHead(['report', ...big, '--fail-if', 'nps < -50'], 'stdout')).toEqual({ status: 0, stderr: '' });
  });

  it('exits 2 for a bad baseline when stderr is the pipe that closes (2>&1 | head -1), not 1', () => {
    const baseline = join(dir, 'baseline-of-another-schema-version.json');
    writeFileSync(baseline, JSON.stringify({ ...JSON.parse(asFile.stdout), schemaVersion: 2 }));
    // The error and its hint are two lines: the hint meets the closed pipe. A race, run five times.
    for (let i = 0; i < 5; i++) expect(runThroughHead(['report', FIXTURE, '--baseline', baseline], 'stderr').status).toBe(2);
  });
});
