import { inertText } from '../text/inert-text.js';
import type { Io } from './io.js';

/**
 * Writes one message — an error, a hint, a warning — as one line on stderr. The file names,
 * columns and answers in it come from the user's files and flags, so its control characters are
 * written out (`\x1b`, `\n`): a header cannot retitle the terminal, rewrite a line or forge another
 * message. Every message of the CLI goes through here.
 */
export function printMessage(io: Pick<Io, 'stderr'>, line: string): void {
  io.stderr.write(`${inertText(line)}\n`);
}

/** A stack trace (--verbose), line by line, each line inert. */
export function printStack(io: Pick<Io, 'stderr'>, stack: string): void {
  for (const line of stack.split('\n')) printMessage(io, line);
}
