import { readlinkSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Linux gives up on a path after 40 symbolic links (ELOOP); so does this.
const MAX_LINKS = 40;

/**
 * Where a file renamed to `path` should go so that `path` then names it: `path` itself, or, when
 * `path` is a symbolic link, the end of its chain of links, whether that exists yet or not (a
 * dangling link names the file to create). Renaming onto the link itself would replace the link.
 * A path that cannot be read as a link is returned as it is: the write that follows names the
 * trouble (no such folder, permission denied).
 */
export function linkTarget(path: string): string {
  let at = path;
  for (let links = 0; links < MAX_LINKS; links++) {
    let link: string;
    try {
      link = readlinkSync(at);
    } catch {
      return at;
    }
    // Read from the link's real folder, as the kernel does: a relative "../x" climbs out of the
    // folder a symbolic link led to, not out of the folder as it was spelled.
    at = resolve(realpathSync(dirname(at)), link);
  }
  throw Object.assign(new Error(`${path}: too many symbolic links`), { code: 'ELOOP' });
}
