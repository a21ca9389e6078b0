import { expect } from 'vitest';
import { runCli } from './run-cli.js';
import { runInProcess } from './run-in-process.js';

/** The JSON report of `satisfy report <args>` (with `input` on standard input), which must succeed without a word on stderr. */
export function reportJson(args: readonly string[], input?: string): Record<string, unknown> {
  const result = runCli(['report', ...args, '-f', 'json'], {}, undefined, input);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** The JSON report of `satisfy report <args>` as reportJson gives it, run in this process (runInProcess): for tests of how files are read. */
export async function reportJsonInProcess(args: readonly string[]): Promise<Record<string, unknown>> {
  const result = await runInProcess(['report', ...args, '-f', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/** A report without how its files were read (`input`), which is all that may differ between formats of the same data. */
export function withoutInput(json: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...json };
  delete rest.input;
  return rest;
}
