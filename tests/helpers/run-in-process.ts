import { main } from '../../src/cli/cli.js';
import type { Io } from '../../src/cli/io.js';
import { validateOutput, type CliResult } from './run-cli.js';

/**
 * Runs satisfy from the sources in this process, with `io` capturing what the built program would
 * write: for tests of what a command computes (detection, reading), not of the program's behaviour
 * as a user runs it (that is runCli's). Same environment as runCli: colour off, no terminal; a JSON
 * report or comparison checked against the schema as runCli checks it. Not for --config, whose
 * schema the program reads from dist/ (the sources have none).
 */
export async function runInProcess(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const status = await main(args, io);
  validateOutput(args, stdout.join(''));
  return { stdout: stdout.join(''), stderr: stderr.join(''), status };
}
