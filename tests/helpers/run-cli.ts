import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { validateComparison, validateReport } from './validate-report.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/satisfy.js', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Runs the built program (bin/satisfy.js → dist/) from the repository root (or `cwd`), as a user
 * would, with colour off unless `env` says otherwise.
 */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT, input?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
  });
  validateOutput(args, result.stdout);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Every JSON report and comparison the suite produces is checked against the published schema. */
export function validateOutput(args: readonly string[], stdout: string): void {
  if ((args[0] === 'report' || args[0] === 'merge') && args.includes('json') && stdout.startsWith('{')) validateReport(JSON.parse(stdout));
  if (args[0] === 'compare' && args.includes('json') && stdout.startsWith('{')) validateComparison(JSON.parse(stdout));
}

/** Runs the built program as runCli does, with `input` on its standard input (`satisfy report -`). */
export function runCliWithInput(args: readonly string[], input: string, env: Record<string, string | undefined> = {}): CliResult {
  return runCli(args, env, ROOT, input);
}
