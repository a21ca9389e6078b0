import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type { ShardState } from '../engine/analyze-files.js';
import type { RowCondition } from '../input/read-csv.js';

/**
 * The state of a shard read with --where, with its conditions and the SHA-256 of each file's bytes
 * (see ShardState.where): a merge counts shards of the same files whose conditions exclude each
 * other and whose rows add up to every row as one run over those files (see coveringShards). A
 * shard without --where, or of standard input (whose bytes are gone), is as it was.
 */
export async function withWhere(shard: ShardState, files: readonly string[], conditions: readonly RowCondition[]): Promise<ShardState> {
  if (conditions.length === 0 || files.includes('-') || files.length !== shard.files.length) return shard;
  const sha256 = await Promise.all(files.map(digest));
  return { ...shard, where: { conditions: conditions.map(({ column, equals, value }) => ({ column, equals, value })), sha256 } };
}

/** The SHA-256 of a file's bytes, hex, read as a stream (an export of gigabytes is not held). */
function digest(path: string): Promise<string> {
  // node:crypto is required here, not imported: loading it took 5 ms of every run (a small report's
  // profile, 2026-12-06), most of which read no shard with --where.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
