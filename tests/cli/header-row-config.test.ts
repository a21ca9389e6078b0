import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// An export whose header is below a title, the time it was exported and a blank row (line 4): a
// config pins the line, as --header-row does, so that every week's export is read from it.
const TITLED = 'fixtures/config/title-and-export-date-above-the-header.csv';
const dir = mkdtempSync(join(tmpdir(), 'satisfy-header-row-config-'));

function json(args: string[]): Report {
  const result = runCli([...args, '--format', 'json', '-q']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

function config(name: string, settings: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(settings));
  return path;
}

describe('the config\'s headerRow', () => {
  it('is written by init where the header it found is below other rows, and read back to the same report', () => {
    const written = join(dir, 'init.config.json');
    const result = runCli(['init', TITLED, '-o', written, '-q']);
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(readFileSync(written, 'utf8')) as { headerRow?: number }).headerRow).toBe(4);
    const own = json(['report', TITLED]);
    const pinned = json(['report', TITLED, '--config', written]);
    expect([pinned.respondents, pinned.csat, pinned.nps]).toEqual([own.respondents, own.csat, own.nps]);
    expect(pinned.input.files[0]?.notes).toContain(`the header is line 4 (named by "headerRow": 4 of ${written}); left out above it: title "Customer satisfaction survey - weekly export", title "Exported 2026-03-02 09:14 by ops@example.com", 1 blank row`);
  });

  it('is not written where the header is the first line', () => {
    const written = join(dir, 'first-line.config.json');
    expect(runCli(['init', 'fixtures/quickstart/responses.csv', '-o', written, '-q']).status).toBe(0);
    expect(JSON.parse(readFileSync(written, 'utf8'))).not.toHaveProperty('headerRow');
  });

  it('gives way to --header-row, and names itself in its error, one line, exit 2', () => {
    const blank = config('blank-row.config.json', { headerRow: 3 });
    const refused = runCli(['report', TITLED, '--config', blank]);
    expect([refused.status, refused.stderr.split('\n')[0]]).toEqual([2, `satisfy: error: "headerRow": 3 of ${blank}: that row is blank (${TITLED})`]);
    expect(json(['report', TITLED, '--config', blank, '--header-row', '4']).respondents).toBe(45);
  });

  it('is a whole number from 1 (the config\'s schema)', () => {
    for (const headerRow of [0, 1.5, '4']) {
      const result = runCli(['report', TITLED, '--config', config(`bad-${String(headerRow)}.config.json`, { headerRow })]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^satisfy: error: .*headerRow/);
    }
  });
});
