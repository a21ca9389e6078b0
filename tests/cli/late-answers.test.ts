import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Questions added to the form after the first 1,000 responses (the rows detection reads): blank
// in every sampled row, answered in the 300 after them.
const SERVICE = 'How satisfied are you with our customer service?';
const RECOMMEND = 'How likely are you to recommend us to a friend or colleague? (0-10)';
const ROWS = 1300;
const FIRST_ANSWERED = 1001;

function lateExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-late-'));
  const lines = [`Response ID,Overall satisfaction,How satisfied are you with the speed of delivery?,"${SERVICE}","${RECOMMEND}"`];
  for (let i = 0; i < ROWS; i++) {
    const late = i >= FIRST_ANSWERED;
    lines.push(`R${i},${1 + (i % 5)},${1 + ((i * 3) % 5)},${late ? 1 + (i % 3) : ''},${late ? i % 11 : ''}`);
  }
  const path = join(dir, 'late.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface Report {
  notes: string[];
  nullReasons: Record<string, string>;
  nps: unknown;
  input: { files: Array<{ unscoredAnswers?: Array<{ column: string; answers: number; firstLines: number[] }> }> };
}

describe('a question first answered after the rows that detect the columns', () => {
  const path = lateExport();
  const later = ROWS - FIRST_ANSWERED;

  it.each([1, 2])('is counted, in a note and a warning that say how to score it, not dropped silently (%d threads)', (threads) => {
    const result = runCli(['report', path, '--format', 'json', '--threads', String(threads)], { SATISFY_PIECE_BYTES: '4096' });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.input.files[0]?.unscoredAnswers).toEqual([
      { column: SERVICE, answers: later, firstLines: [1003, 1004, 1005, 1006, 1007] },
      { column: RECOMMEND, answers: later, firstLines: [1003, 1004, 1005, 1006, 1007] },
    ]);
    const note = report.notes.find((n) => n.startsWith(`column "${SERVICE}"`));
    expect(note).toContain(`${later} later rows do: those answers are not scored`);
    expect(note).toContain(`--map <dimension>="${SERVICE}"`);
    expect(result.stderr).toContain(`satisfy: warning: ${path}: column "${SERVICE}": no row read to detect the columns`);
    expect(result.stderr).toContain(`--map nps="${RECOMMEND}" (line 1003, 1004, 1005, 1006, 1007, …)`);
  });

  it('leaves NPS null saying the recommend question was found without an answer in those rows, not that none was found', () => {
    const report = JSON.parse(runCli(['report', path, '--format', 'json', '-q']).stdout) as Report;
    expect(report.nps).toBeNull();
    expect(report.nullReasons['nps']).toBe(`the recommend question "${RECOMMEND}" has no answer in the rows read to detect the columns (the first 1,000 at most), so it was read as unused; ${later} later rows answer it, not scored (name it with --map nps="${RECOMMEND}" to score them)`);
  });

  it('are scored once --map names the recommend question, on the 0-10 scale its header names', () => {
    const result = runCli(['report', path, '--format', 'json', '-q', '--map', `nps=${RECOMMEND}`]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report & { nps: { n: number }; columns: Array<{ name: string; role: string; scale: { min: number; max: number } | null }> };
    expect(report.nps.n).toBe(later);
    expect(report.columns.find((c) => c.name === RECOMMEND)).toMatchObject({ role: 'nps', scale: { min: 0, max: 10 } });
    expect(report.input.files[0]?.unscoredAnswers?.map((u) => u.column)).toEqual([SERVICE]);
  });

  it('a column named by --map whose header names no scale is refused for that reason, with the config that scores it', () => {
    const result = runCli(['report', path, '-q', '--map', `service=${SERVICE}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`has no answer in the rows read to detect the columns (the first 1,000 at most), and its header names no scale`);
    expect(result.stderr).toContain(`"columns": {"${SERVICE}": {"scale": {"min": 1, "max": 5}}}`);
  });

  it('a question of free text first answered late is said to be read as comments once its role is given, not scored by --map', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-late-text-'));
    const lines = ['Response ID,Overall satisfaction,Any other comments?'];
    for (let i = 0; i < ROWS; i++) lines.push(`R${i},${1 + (i % 5)},${i >= FIRST_ANSWERED ? `Comment ${i}` : ''}`);
    const file = join(dir, 'late-text.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = runCli(['report', file, '-o', '/dev/null']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`column "Any other comments?": no row read to detect the columns (the first 1,000 at most) answers it, so it was read as unused, but ${later} later rows do: those answers are not read; to read them as comments, give it the role "comment" in satisfy.config.json (satisfy init on an export where it is answered writes one)`);
    expect(result.stderr).not.toContain('--map');
  });

  it('a column the config makes ignored is the user\'s choice: its later answers are neither counted nor warned of', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-late-config-')), 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { [SERVICE]: { role: 'ignored' } } }));
    const result = runCli(['report', path, '--format', 'json', '--config', config]);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain(SERVICE);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.input.files[0]?.unscoredAnswers?.map((u) => u.column)).toEqual([RECOMMEND]);
    expect(report.notes.join('\n')).not.toContain(SERVICE);
  });
});
