import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SatisfyError } from '../errors.js';

/**
 * Writes `text` to `path` so that a reader never sees half a file: first to a temporary file
 * beside it, then renamed over it. An existing file is replaced only once the new one is complete.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.satisfy.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String(code ?? error);
    throw new SatisfyError('FILE_UNREADABLE', `cannot write ${path}: ${why}`);
  }
}
