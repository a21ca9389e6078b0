import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { FORMATS } from '../render/index.js';
import type { ExitCode, Io } from './io.js';
import { runReport, type ReportOptions } from './report-command.js';

// dist/cli/program.js → the package's own package.json, the one source of the version.
const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The commander program. Each command's action runs the command with `io` and hands its exit code
 * to `done`; parsing errors are thrown (exitOverride) for the caller to print.
 */
export function buildProgram(io: Io, done: (code: ExitCode) => void): Command {
  const program = new Command('satisfy')
    .description('Turn exported customer-survey CSVs into satisfaction scores: CSAT, NPS, delivery, pricing, complaints and trust.')
    .version(VERSION, '-V, --version')
    .option('--verbose', 'show the stack trace of an error')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  program
    .command('report')
    .description('score a survey export and print the report')
    .argument('<file>', 'CSV export to read')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('-m, --map <dimension=columns>', 'score these columns (comma-separated) as a dimension, or as csat, nps or ces; repeatable; overrides detection', collect, [])
    .option('--confidence <level>', 'confidence level of every interval, 0.80 to 0.999', '0.95')
    .option('--no-color', 'never colour the table (also NO_COLOR=1)')
    .option('--verbose', 'show the stack trace of an error')
    .exitOverride()
    .action(async (file: string, options: Omit<ReportOptions, 'file'>) => {
      done(await runReport({ ...options, file }, io));
    });

  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
