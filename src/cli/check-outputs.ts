import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SatisfyError } from '../errors.js';
import { linkTarget } from './link-target.js';

/** An output a command was asked to write: the flag that names it, and its path if given. */
export type Output = readonly [flag: string, path: string | undefined];

/**
 * Refuses, before anything is read, an output that would replace a file the run reads (`-o
 * export.csv` would put the report in the place of the data) or that another output also names
 * (of `-o out.xml --junit out.xml` one would silently win). Files are compared as the system sees
 * them, by device and inode, whatever the spelling (`./`, `..`, a hard or symbolic link); an output
 * not there yet, by the real path it will have. Devices and FIFOs are not compared: nothing in them
 * is replaced, so `-o /dev/null --junit /dev/null` is fine.
 */
export function checkOutputs(outputs: readonly Output[], inputs: readonly (string | undefined)[]): void {
  // Standard output takes one document: the report's (-o not given, or `-`), or one other's.
  const onStdout = outputs.filter(([flag, path]) => path === '-' || (flag === '-o' && path === undefined)).map(([flag]) => (flag === '-o' ? 'the report' : `${flag} -`));
  if (onStdout.length > 1) throw new SatisfyError('OUTPUT_CLASH', `${onStdout.join(' and ')} would both go to standard output`, {}, 'give all but one of them a file (-o report.json)');
  const read = new Map<string, string>();
  for (const input of inputs) {
    if (input === undefined) continue;
    const id = identity(input, false);
    if (id !== null && !read.has(id)) read.set(id, input);
  }
  const written = new Map<string, string>();
  for (const [flag, path] of outputs) {
    if (path === undefined) continue;
    const id = identity(path, true);
    if (id === null) continue;
    const input = read.get(id);
    if (input !== undefined) throw new SatisfyError('OUTPUT_CLASH', `${flag} ${path} would replace ${input}, an input of this run`);
    const other = written.get(id);
    if (other !== undefined) throw new SatisfyError('OUTPUT_CLASH', `${other} and ${flag} ${path} name the same file; give each output its own`);
    written.set(id, `${flag} ${path}`);
  }
}

/**
 * What makes `path` the same file as another: the device and inode of a regular file, or, for a
 * file `yetToBe` made, the real path it will have. Null for what is not compared: `-` (standard
 * input or output), a device, FIFO or folder, and a path that cannot be looked at (its reading or
 * writing fails later with its own error).
 */
function identity(path: string, yetToBe: boolean): string | null {
  if (path === '-') return null;
  try {
    const info = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (info !== undefined) return info.isFile() ? `inode ${info.dev}:${info.ino}` : null;
    if (!yetToBe) return null;
    // The same end of a chain of links that writeOutput will make the file at.
    const target = linkTarget(path);
    return `path ${resolve(realpathSync(dirname(target)), basename(target))}`;
  } catch {
    return null;
  }
}

/**
 * Refuses a file named twice among the inputs of a run (the same file, however spelled: `./`, `..`,
 * a hard or symbolic link, compared by device and inode), and a copy of one under another name (the
 * same bytes: an export saved twice, or downloaded again): its rows would be counted twice, silently.
 * Only files of the same size are read to be compared, up to their first difference; `copies`
 * false leaves copies to the caller. Standard input (`-`) is read once, so it may be named once;
 * devices and FIFOs are not compared.
 */
export function refuseTwice(paths: readonly string[], why: string, hint: string, copies = true): void {
  const seen = new Map<string, string>();
  const bySize = new Map<bigint, string[]>();
  for (const path of paths) {
    if (path === '-' || STANDARD_INPUT.has(path)) {
      const before = seen.get('-');
      if (before !== undefined) throw new SatisfyError('USAGE', `${before === path ? `${path === '-' ? '- (standard input)' : path} is given twice` : `${path} is standard input, as ${before} is`}: it is read once`, {}, hint);
      seen.set('-', path);
      continue;
    }
    const id = identity(path, false);
    if (id === null) continue;
    const before = seen.get(id);
    if (before !== undefined) throw new SatisfyError('USAGE', `${path} is ${before === path ? 'given twice' : `the same file as ${before}`}: ${why}`, {}, hint);
    seen.set(id, path);
    if (!copies) continue;
    const size = statSync(path, { bigint: true }).size;
    if (size === 0n) continue;
    const sameSize = bySize.get(size) ?? [];
    const copied = sameSize.find((other) => sameContent(other, path));
    if (copied !== undefined) throw new SatisfyError('USAGE', `${path} holds the same bytes as ${copied}: ${why}`, {}, hint);
    bySize.set(size, [...sameSize, path]);
  }
}

// Names of standard input besides `-`: `report - /dev/stdin` reads it twice too.
const STANDARD_INPUT: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/**
 * Whether two files of the same size hold the same bytes, read side by side to their first
 * difference. A file that cannot be read is no copy: its reading fails later with its own error.
 */
function sameContent(a: string, b: string): boolean {
  const chunk = 1 << 16;
  const [bufferA, bufferB] = [Buffer.alloc(chunk), Buffer.alloc(chunk)];
  let [fa, fb] = [-1, -1];
  try {
    [fa, fb] = [openSync(a, 'r'), openSync(b, 'r')];
    for (;;) {
      const n = readSync(fa, bufferA, 0, chunk, null);
      const m = readSync(fb, bufferB, 0, chunk, null);
      if (n !== m || bufferA.compare(bufferB, 0, m, 0, n) !== 0) return false;
      if (n === 0) return true;
    }
  } catch {
    return false;
  } finally {
    if (fa >= 0) closeSync(fa);
    if (fb >= 0) closeSync(fb);
  }
}
