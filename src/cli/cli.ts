import { CommanderError } from 'commander';
import { ExitCode, type Io } from './io.js';
import { buildProgram } from './program.js';
import { reportFailure } from './report-failure.js';
import { printMessage } from './print-message.js';

/** Runs satisfy with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const verbose = argv.includes('--verbose');
  let code: ExitCode = ExitCode.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    // The hint names the help of the command given (merge's for merge), else report's.
    const given = argv.find((arg) => !arg.startsWith('-'));
    const command = program.commands.some((c) => c.name() === given) ? (given as string) : 'report';
    if (error instanceof CommanderError) return commanderFailure(error, io, command);
    return reportFailure(error, io, verbose);
  }
}

/** Help and version exit 0; a parsing error is one line and a hint, exit 2. */
function commanderFailure(error: CommanderError, io: Io, command: string): ExitCode {
  if (error.exitCode === 0) return ExitCode.ok;
  if (error.code === 'commander.help') {
    // No command given: commander has printed the help to stderr.
    printMessage(io, 'satisfy: error: no command given');
    printMessage(io, "hint: try 'satisfy report <file>'");
    return ExitCode.userError;
  }
  const [first = error.message, ...rest] = error.message.replace(/^error: /, '').split('\n');
  printMessage(io, `satisfy: error: ${first}`);
  // Commander's "(Did you mean report?)" becomes part of the hint.
  const suggestion = rest.join(' ').trim().replace(/^\((.*)\)$/, '$1');
  const help = `run 'satisfy --help' or 'satisfy ${command} --help' for the options`;
  printMessage(io, `hint: ${suggestion === '' ? help : `${suggestion.charAt(0).toLowerCase()}${suggestion.slice(1)} ${help}`}`);
  return ExitCode.userError;
}
