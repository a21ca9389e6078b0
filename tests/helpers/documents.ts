import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliResult } from './run-cli.js';

/** The export the documents are made from: six columns, a segment, dates. */
export const SOURCE = 'fixtures/segments/drop-in-one-region.csv';

/** Valid documents satisfy reads back, written by satisfy itself into a fresh temp dir. */
export interface Documents {
  dir: string;
  /** A state file (`report --by Region --emit-state`). */
  state: string;
  /** A JSON report, to serve as a baseline. */
  baseline: string;
  /** A config (`satisfy init`). */
  config: string;
}

export function writeDocuments(): Documents {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-documents-'));
  const [state, baseline, config] = ['valid.state.json', 'valid-baseline.json', 'valid.config.json'].map((name) => join(dir, name)) as [string, string, string];
  for (const args of [['report', SOURCE, '--by', 'Region', '--emit-state', state, '-o', join(dir, 'report.txt')], ['report', SOURCE, '--format', 'json', '-o', baseline], ['init', SOURCE, '-o', config]]) {
    const result = runCli(args);
    expect(result.status, result.stderr).toBe(0);
  }
  return { dir, state, baseline, config };
}

/** Stands for a number JSON cannot hold: written as 1e999, which JSON.parse reads as Infinity. */
export const INFINITE = '\u0000infinite';

/** Writes `document` with the one edit `edit` makes to a copy of it, as `name` in `dir`; INFINITE values become 1e999. */
export function writeEdited(dir: string, name: string, document: unknown, edit: (copy: Record<string, unknown>) => void): string {
  const copy = structuredClone(document) as Record<string, unknown>;
  edit(copy);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(copy).replaceAll(JSON.stringify(INFINITE), '1e999'));
  return path;
}

export function readDocument(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * What satisfy must do with any document read back, however edited: exit 0 or 2, never 3 (an
 * internal error); print no NaN or Infinity; and on exit 2 say why in one line naming the file
 * (a hint may follow).
 */
export function expectHandled(result: CliResult, file: string, what: string): void {
  expect([0, 2], `${what}: exit ${result.status}\n${result.stderr}`).toContain(result.status);
  expect(result.stdout, what).not.toMatch(/NaN|Infinity/);
  if (result.status === 2) {
    const [first, ...rest] = result.stderr.trimEnd().split('\n');
    expect(first, what).toMatch(/^satisfy: error: ./);
    expect(first, what).toContain(file);
    expect(rest.every((line) => line.startsWith('hint: ')), `${what}: ${result.stderr}`).toBe(true);
  }
}
