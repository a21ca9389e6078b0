import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** The fixture's header and rows (CRLF or LF line breaks, the trailing one dropped). */
export function fixtureLines(fixture: string): { header: string; rows: string[] } {
  const [header = '', ...rows] = readFileSync(join(ROOT, fixture), 'utf8').trim().split(/\r?\n/);
  return { header, rows };
}

/** Writes `name` in `dir`: the fixture's header and its rows `times` over, CRLF line breaks — a file that small pieces split among threads. Returns its path. */
export function repeatFixture(fixture: string, times: number, dir: string, name: string): string {
  const { header, rows } = fixtureLines(fixture);
  const path = join(dir, name);
  writeFileSync(path, `${[header, ...Array.from({ length: times }, () => rows).flat()].join('\r\n')}\r\n`);
  return path;
}
