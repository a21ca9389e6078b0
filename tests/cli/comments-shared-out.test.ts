import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Pieces of 128 KiB make the export below (206 kB) two pieces, the thousand rows that detect its
// columns in the first: a file of ratings that size is read on one thread; one whose comments
// seldom repeat is shared out (see worthSharing).
const PIECE = 131_072;
const HEADER = 'Response ID,Submitted,Region,Delivery speed (1-5),The price is fair (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments';
const OPENINGS = ['The courier', 'Le livreur', 'Der Kurier', 'El repartidor', 'Kurier'];
const MIDDLES = ['came late', 'était en retard', 'war freundlich', 'fue muy amable', 'był uprzejmy', 'left the box outside', 'a cassé le colis'];
const ENDINGS = ['again', 'cette fois', 'wie immer', 'otra vez', 'jak zawsze', 'and support helped', 'mais le prix est correct'];

/** `rows` responses, three in five with a comment put together anew (order number and all). */
function distinctComments(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const comment = i % 5 < 3 ? `"${OPENINGS[i % 5] ?? ''} ${MIDDLES[i % 7] ?? ''}, ${ENDINGS[(i * 3) % 7] ?? ''} (order ${1000 + i})"` : '';
    lines.push(`R${i},2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')},${['North', 'South', 'East'][i % 3] ?? ''},${1 + (i % 5)},${1 + ((i * 7) % 5)},${1 + ((i * 3) % 5)},${i % 11},${comment}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a file of two pieces whose comments seldom repeat', () => {
  it('is read on two threads as on one: the same report, by region and by week', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-comments-shared-'));
    const path = join(dir, 'distinct-comments-two-pieces.csv');
    writeFileSync(path, distinctComments(3200));
    const args = ['report', path, '--format', 'json', '--by', 'Region', '--period', 'week'];
    const one = runCli([...args, '--threads', '1'], { SATISFY_PIECE_BYTES: String(PIECE) });
    const two = runCli([...args, '--threads', '2'], { SATISFY_PIECE_BYTES: String(PIECE) });
    expect(one.status).toBe(0);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout);
    expect(report.input.files[0]).toMatchObject({ rows: 3200, rowsUsed: 3200, skipped: [] });
    expect(report.comments.columns[0]).toMatchObject({ respondents: 3200, comments: 1920 });
  }, 60_000);
});
