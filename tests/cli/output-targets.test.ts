import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SMALL = 'fixtures/report/english-labels-na-out-of-scale.csv';

/** Each way satisfy writes a file: the arguments that write to `out`, and how what it writes begins. */
const WRITERS: [string, (out: string) => string[], RegExp][] = [
  ['report -o', (out) => ['report', SMALL, '--format', 'json', '-o', out], /^\{\n {2}"schemaVersion": 1,/],
  ['report --junit', (out) => ['report', SMALL, '--fail-if', 'nps < 0', '--junit', out], /^<\?xml/],
  ['report --emit-state', (out) => ['report', SMALL, '--emit-state', out], /^\{"format":"satisfy-state"/],
  ['init -o', (out) => ['init', SMALL, '--force', '-o', out], /^\{\n {2}"missing"/],
];

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'satisfy-targets-'));
}

describe('an output that is a symbolic link', () => {
  it.each(WRITERS)('%s replaces the file the link leads to, in its folder, and the link stays a link', (_writer, args, begins) => {
    const dir = temporaryFolder();
    mkdirSync(join(dir, 'links'));
    mkdirSync(join(dir, 'targets'));
    writeFileSync(join(dir, 'targets', 'out'), 'old contents');
    const link = join(dir, 'links', 'out');
    symlinkSync('../targets/out', link);
    const result = runCli(args(link));
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../targets/out');
    expect(readFileSync(join(dir, 'targets', 'out'), 'utf8')).toMatch(begins);
    // No temporary file left beside the link or the target.
    expect([readdirSync(join(dir, 'links')), readdirSync(join(dir, 'targets'))]).toEqual([['out'], ['out']]);
  });

  it('that leads, through another, to nothing yet makes the file at the end of the chain', () => {
    const dir = temporaryFolder();
    mkdirSync(join(dir, 'targets'));
    symlinkSync(join(dir, 'targets', 'report.json'), join(dir, 'second'));
    symlinkSync('second', join(dir, 'first'));
    const result = runCli(['report', SMALL, '--format', 'json', '-o', join(dir, 'first')]);
    expect(result.status, result.stderr).toBe(0);
    expect([lstatSync(join(dir, 'first')).isSymbolicLink(), lstatSync(join(dir, 'second')).isSymbolicLink()]).toEqual([true, true]);
    expect(readFileSync(join(dir, 'targets', 'report.json'), 'utf8')).toBe(runCli(['report', SMALL, '--format', 'json']).stdout);
  });
});

/**
 * A character device of this test's own: a node of the null device (1, 3), which root may make
 * (CI runs as root). Null where mknod is not allowed.
 */
function ownNullDevice(): string | null {
  const path = join(temporaryFolder(), 'null');
  return spawnSync('mknod', ['-m', '666', path, 'c', '1', '3']).status === 0 ? path : null;
}

// Both the test's own device and the machine's /dev/null: the README writes to the latter.
const DEVICES: [string, string | null][] = [
  ['a node of the null device', ownNullDevice()],
  ['/dev/null', '/dev/null'],
];

describe('an output that is a device or a FIFO is written through, not replaced', () => {
  const cases = DEVICES.flatMap(([device, path]) => [...WRITERS.map(([writer, args]) => [writer, device, path, args] as const), ['init -o without --force', device, path, (out: string) => ['init', SMALL, '-o', out]] as const]);
  it.for(cases)('%s %s: it stays a character device', ([, , path, args], { skip }) => {
    if (path === null) return skip('mknod is not allowed here (not root)');
    // Before this fix, satisfy run as root put a file in the place of /dev/null; a run of it
    // elsewhere on the machine may have done so. Then this run can show nothing.
    if (!statSync(path).isCharacterDevice()) return skip(`${path} was not a character device before the run; mknod -m 666 /dev/null c 1 3 restores it`);
    const result = runCli(args(path));
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(path).isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout writes into the pipe that standard output is', () => {
    // Through bash: the program run by spawnSync has a socket for standard output, not a pipe.
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/satisfy.js report ${SMALL} -o /dev/stdout | cat`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(runCli(['report', SMALL]).stdout);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('-o /dev/stdout ends quietly with 0 when the reader of the pipe goes away (| head -c 100)', () => {
    // The HTML report broken down by region is larger than a pipe's 64 KiB buffer.
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/satisfy.js report fixtures/quickstart/responses.csv --by Region --format html -o /dev/stdout | head -c 100 | wc -c`], { cwd: ROOT, encoding: 'utf8' });
    expect([piped.status, piped.stdout.trim(), piped.stderr]).toEqual([0, '100', '']);
  });

  it('-o <FIFO> writes into the FIFO for the process reading it, which stays a FIFO', async () => {
    const dir = temporaryFolder();
    const fifo = join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The reader copies what comes through the FIFO to a file while satisfy writes it.
    const copy = openSync(join(dir, 'read.txt'), 'w');
    const reader = spawn('cat', [fifo], { stdio: ['ignore', copy, 'inherit'] });
    closeSync(copy);
    const readerDone = new Promise<number | null>((resolve) => reader.on('close', resolve));
    const result = runCli(['report', SMALL, '-o', fifo]);
    // Had satisfy not opened the FIFO, cat would wait for a writer for ever.
    if (result.status !== 0) reader.kill();
    expect(result.status, result.stderr).toBe(0);
    expect(await readerDone).toBe(0);
    expect(readFileSync(join(dir, 'read.txt'), 'utf8')).toBe(runCli(['report', SMALL]).stdout);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['read.txt', 'report.fifo']);
  });
});

/**
 * The files a run reads, made once: the export (responses.csv), a config (satisfy.config.json,
 * which `report` run in their folder also finds by itself), the JSON report of the export
 * (baseline.json) and its state (shard.state.json).
 */
const readFiles = (() => {
  let dir: string | undefined;
  return (): string => {
    if (dir !== undefined) return dir;
    dir = temporaryFolder();
    const at = (name: string) => join(dir as string, name);
    copyFileSync(join(ROOT, SMALL), at('responses.csv'));
    writeFileSync(at('satisfy.config.json'), '{ "missing": ["99"] }\n');
    writeFileSync(at('baseline.json'), runCli(['report', at('responses.csv'), '--format', 'json', '-q']).stdout);
    expect(runCli(['report', at('responses.csv'), '-q', '--emit-state', at('shard.state.json')]).status).toBe(0);
    return dir;
  };
})();

/**
 * A folder of its own with a copy of the files a run reads, a hard link to the export and a
 * symbolic link to it; and a snapshot of its files, to check that a refused run left them as they were.
 */
function inputsFolder(): { dir: string; files: () => Record<string, string> } {
  const dir = temporaryFolder();
  for (const name of readdirSync(readFiles())) copyFileSync(join(readFiles(), name), join(dir, name));
  linkSync(join(dir, 'responses.csv'), join(dir, 'hard-link.csv'));
  symlinkSync('responses.csv', join(dir, 'symbolic-link.csv'));
  const files = () => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
  return { dir, files };
}

describe('an output that names an input or another output', () => {
  // Arguments, run in the folder of inputsFolder(), and the one line of the error.
  const refused: [string, string[], string][] = [
    ['-o the export', ['report', 'responses.csv', '-o', 'responses.csv'], '-o responses.csv would replace responses.csv, an input of this run'],
    ['--emit-state the export', ['report', 'responses.csv', '--emit-state', 'responses.csv'], '--emit-state responses.csv would replace responses.csv, an input of this run'],
    ['--junit the export, spelled otherwise', ['report', 'responses.csv', '--junit', './responses.csv'], '--junit ./responses.csv would replace responses.csv, an input of this run'],
    ['-o a hard link to the export', ['report', 'responses.csv', '-o', 'hard-link.csv'], '-o hard-link.csv would replace responses.csv, an input of this run'],
    ['-o the export, read through a symbolic link', ['report', 'symbolic-link.csv', '-o', 'responses.csv'], '-o responses.csv would replace symbolic-link.csv, an input of this run'],
    ['-o the config', ['report', 'responses.csv', '--config', 'satisfy.config.json', '-o', 'satisfy.config.json'], '-o satisfy.config.json would replace satisfy.config.json, an input of this run'],
    ['-o the baseline', ['report', 'responses.csv', '--baseline', 'baseline.json', '-o', 'baseline.json'], '-o baseline.json would replace baseline.json, an input of this run'],
    ['compare -o a side', ['compare', 'baseline.json', 'responses.csv', '-o', 'baseline.json'], '-o baseline.json would replace baseline.json, an input of this run'],
    ['compare --junit a side', ['compare', 'baseline.json', 'responses.csv', '--junit', 'responses.csv'], '--junit responses.csv would replace responses.csv, an input of this run'],
    ['merge -o a state', ['merge', 'shard.state.json', '-o', 'shard.state.json'], '-o shard.state.json would replace shard.state.json, an input of this run'],
    ['init --force -o the export', ['init', 'responses.csv', '--force', '-o', 'responses.csv'], '-o responses.csv would replace responses.csv, an input of this run'],
    ['-o and --junit one new file', ['report', 'responses.csv', '-o', 'out.txt', '--junit', 'out.txt'], '-o out.txt and --junit out.txt name the same file; give each output its own'],
    ['--emit-state and -o one new file, spelled otherwise', ['report', 'responses.csv', '--emit-state', 'out.txt', '-o', '../$FOLDER/out.txt'], '--emit-state out.txt and -o ../$FOLDER/out.txt name the same file; give each output its own'],
    ['compare -o and --junit one new file', ['compare', 'baseline.json', 'responses.csv', '-o', 'out.txt', '--junit', 'out.txt'], '-o out.txt and --junit out.txt name the same file; give each output its own'],
    ['merge -o and --junit one existing file', ['merge', 'shard.state.json', '-o', 'baseline.json', '--junit', 'baseline.json'], '-o baseline.json and --junit baseline.json name the same file; give each output its own'],
  ];

  it.each(refused)('refuses %s: exit 2, one line, every file as it was', (_what, args, message) => {
    const { dir, files } = inputsFolder();
    const folder = basename(dir);
    const before = files();
    const result = runCli(args.map((arg) => arg.replace('$FOLDER', folder)), {}, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`satisfy: error: ${message.replace('$FOLDER', folder)}\n`);
    expect(files()).toEqual(before);
  });

  it('refuses -o over the config found in the working directory', () => {
    const { dir, files } = inputsFolder();
    const before = files();
    const result = runCli(['report', 'responses.csv', '-o', 'satisfy.config.json'], {}, dir);
    expect(result.status).toBe(2);
    // Named as satisfy found it: in the working directory, which the system gives as a real path.
    expect(result.stderr).toBe(`satisfy: error: -o satisfy.config.json would replace ${realpathSync(dir)}/satisfy.config.json, an input of this run\n`);
    expect(files()).toEqual(before);
  });

  it('lets init --force rewrite the config it read', () => {
    const { dir } = inputsFolder();
    const result = runCli(['init', 'responses.csv', '--force'], {}, dir);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'satisfy.config.json'), 'utf8'))).toMatchObject({ missing: ['99'], columns: {} });
  });

  it.skipIf(DEVICES[0]?.[1] === null)('lets every output go to one device: nothing in it is replaced', () => {
    const device = DEVICES[0]?.[1] as string;
    const result = runCli(['report', SMALL, '-o', device, '--junit', device, '--emit-state', device]);
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });
});

describe('- is standard output', () => {
  const state = join(temporaryFolder(), 'shard.state.json');
  runCli(['report', SMALL, '--emit-state', state, '-o', '/dev/null']);
  it.each([
    ['report', ['report', join(ROOT, SMALL), '--format', 'json']],
    ['compare', ['compare', join(ROOT, SMALL), join(ROOT, SMALL), '--format', 'json']],
    ['merge', ['merge', state, '--format', 'json']],
  ])('%s -o - prints what it prints without -o, and makes no file named -', (_, args) => {
    const cwd = temporaryFolder();
    const run = (more: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/satisfy.js'), ...args, ...more], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const dashed = run(['-o', '-']);
    expect(dashed.status, dashed.stderr).toBe(0);
    expect(dashed.stdout).toBe(run([]).stdout);
    expect(dashed.stdout.length).toBeGreaterThan(100);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--junit - and --emit-state - go to standard output when -o names a file', () => {
    const dir = temporaryFolder();
    const junit = runCli(['report', SMALL, '-o', join(dir, 'report.txt'), '--junit', '-', '--fail-if', 'respondents < 1']);
    expect(junit.status, junit.stderr).toBe(0);
    expect(junit.stdout).toMatch(/^<\?xml[^]*<testsuites>/);
    const shard = runCli(['report', SMALL, '-o', join(dir, 'report.txt'), '--emit-state', '-']);
    expect(shard.status, shard.stderr).toBe(0);
    expect(JSON.parse(shard.stdout).format).toBe('satisfy-state');
  });

  it.each([
    [['--junit', '-'], 'the report and --junit - would both go to standard output'],
    [['-o', '-', '--emit-state', '-'], '--emit-state - and the report would both go to standard output'],
  ])('refuses two outputs on standard output (%j), exit 2, before anything is read', (more, message) => {
    const result = runCli(['report', 'no-such-export.csv', ...more]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`satisfy: error: ${message}`);
    expect(result.stdout).toBe('');
  });
});
