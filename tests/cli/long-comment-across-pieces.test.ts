import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Pieces of 128 KiB make the export below 24 pieces; its one long comment spans 12 of them.
const PIECE = 131_072;
const HEADER = 'Response ID,Submitted,Region,Delivery speed (1-5),The price is fair (1-5),I trust this company (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments';

/** An export with one quoted comment of `bytes` bytes of short lines with commas, after `before` rows and before as many again. */
function longCommentExport(before: number, bytes: number): string {
  const line = 'The courier came late, the box was torn, and nobody answered, twice\n';
  const comment = `"${line.repeat(Math.ceil(bytes / line.length))}"`;
  const rows = [HEADER];
  for (let i = 0; i < 2 * before; i++) rows.push(`R${i},2026-01-${String(1 + (i % 28)).padStart(2, '0')},${['North', 'South'][i % 2]},${1 + (i % 5)},${1 + ((i * 7) % 5)},${1 + ((i * 3) % 5)},${1 + ((i * 11) % 5)},${i % 11},${i === before ? comment : i % 3 === 0 ? '"Good value, thanks.\nWill order again"' : 'ok'}`);
  return `${rows.join('\n')}\n`;
}

describe('a long quoted comment across pieces', () => {
  // Before the search for a piece's first record was linear, a 1.1 MB comment took 27 s on two
  // threads and 2 MB more than 120 s (0.6-2.4 s on one); the timeout is what a hang would blow.
  it('is read on two threads as on one, without the search for the pieces\' starts taking time that grows with its square', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-long-comment-'));
    const path = join(dir, 'long-comment-across-pieces.csv');
    writeFileSync(path, longCommentExport(20_000, 1_500_000));
    const args = ['report', path, '--format', 'json'];
    const one = runCli([...args, '--threads', '1'], { SATISFY_PIECE_BYTES: String(PIECE) });
    const two = runCli([...args, '--threads', '2'], { SATISFY_PIECE_BYTES: String(PIECE) });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).input.files[0]).toMatchObject({ rows: 40_000, rowsUsed: 40_000, skipped: [] });
  }, 60_000);
});
