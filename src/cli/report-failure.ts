import { SatisfyError } from '../errors.js';
import { ExitCode, type Io } from './io.js';

/**
 * Prints a failure and returns its exit code: a SatisfyError (bad input or usage) as one line and
 * an optional hint, exit 2; anything else as an internal error that says it is a bug, exit 3. The
 * stack is shown only with --verbose.
 */
export function reportFailure(error: unknown, io: Pick<Io, 'stderr'>, verbose: boolean): ExitCode {
  if (error instanceof SatisfyError) {
    io.stderr.write(`satisfy: error: ${error.describe()}\n`);
    if (error.hint !== undefined) io.stderr.write(`hint: ${error.hint}\n`);
    if (verbose && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return ExitCode.userError;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`satisfy: internal error: ${message}\n`);
  io.stderr.write('hint: this is a bug in satisfy, not in your data; please report it with the command you ran (add --verbose for the stack)\n');
  if (verbose && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return ExitCode.internalError;
}
