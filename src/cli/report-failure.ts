import { NobodyLeftError } from '../engine/nobody-left.js';
import { SatisfyError } from '../errors.js';
import { ExitCode, type Io } from './io.js';
import { nobodyLeftError } from './nobody-left.js';
import { printMessage, printStack } from './print-message.js';

/**
 * Prints a failure and returns its exit code: a SatisfyError (bad input or usage) as one line and
 * an optional hint, exit 2; anything else as an internal error that says it is a bug, exit 3. The
 * stack is shown only with --verbose.
 */
export function reportFailure(thrown: unknown, io: Pick<Io, 'stderr'>, verbose: boolean): ExitCode {
  // The engine says why no one is left as data; its words are the CLI's.
  const error = thrown instanceof NobodyLeftError ? Object.assign(nobodyLeftError(thrown.why), { stack: thrown.stack }) : thrown;
  if (error instanceof SatisfyError) {
    printMessage(io, `satisfy: error: ${error.describe()}`);
    if (error.hint !== undefined) printMessage(io, `hint: ${error.hint}`);
    if (verbose && error.stack !== undefined) printStack(io, error.stack);
    return ExitCode.userError;
  }
  const message = error instanceof Error ? error.message : String(error);
  printMessage(io, `satisfy: internal error: ${message}`);
  printMessage(io, 'hint: this is a bug in satisfy, not in your data; please report it with the command you ran (add --verbose for the stack)');
  if (verbose && error instanceof Error && error.stack !== undefined) printStack(io, error.stack);
  return ExitCode.internalError;
}
