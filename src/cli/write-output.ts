import { constants, statSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { SatisfyError } from '../errors.js';
import { linkTarget } from './link-target.js';

/**
 * Writes `text` to the output `path` in the way what is there calls for:
 * - a regular file, or nothing yet: atomically, so that a reader never sees half a file — first to
 *   a temporary file beside it, then renamed over it; an existing file is replaced only once the
 *   new one is complete;
 * - a symbolic link: the file it leads to, atomically, in that file's folder; the link stays a link;
 * - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe): written through, as the
 *   shell's `>` does. A rename would put an ordinary file in its place (as root) or fail (as anyone
 *   who may not write its folder).
 * A FIFO or pipe whose reader goes away is not an error, as with standard output.
 */
export async function writeOutput(path: string, text: string): Promise<void> {
  try {
    const kind = whatIsAt(path);
    if (kind === 'folder') throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (kind === 'stream') await writeThrough(path, text);
    else await replace(linkTarget(path), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ELOOP' ? 'too many symbolic links' : code === 'ENXIO' ? 'no such device or address' : whyNotWritten(error);
    throw new SatisfyError('FILE_UNREADABLE', `cannot write ${path}: ${why}`);
  }
}

/** Why a write failed, in words, for the errors a full or failing disk gives (else the error's code). */
export function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EFBIG') return 'the file would be too large';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'EIO') return 'the device failed (EIO)';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return String(code ?? error);
}

/**
 * What `path` leads to, through any symbolic links: a regular file, a folder, a stream (a device,
 * FIFO or socket, written through), or nothing yet (a link to nothing yet included).
 */
export function whatIsAt(path: string): 'file' | 'folder' | 'stream' | 'nothing' {
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) return 'nothing';
  return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'stream';
}

async function replace(target: string, text: string): Promise<void> {
  // node:crypto is required here, not imported: loading it took a few ms of every run, most of which write no file.
  const { randomBytes } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.satisfy.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function writeThrough(path: string, text: string): Promise<void> {
  // Neither created nor truncated: it exists, and a device or FIFO has nothing to truncate.
  // O_NOCTTY: a terminal written to does not become this process's controlling terminal.
  const handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY);
  try {
    await handle.writeFile(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    await handle.close();
  }
}
