/** Everything a command touches outside itself, passed in so tests can run commands in-process. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal: the only place a progress bar is drawn. */
  stderrIsTTY?: boolean;
  /** The terminal's width in characters, when stdout is one. */
  columns?: number;
  /** Standard input, read for the file name `-`. */
  stdin?: import('node:stream').Readable;
}

/** Exit codes of DESIGN.md: 0 report produced, 1 a gate failed, 2 usage or input error, 3 bug. */
export const ExitCode = { ok: 0, gateFailed: 1, userError: 2, internalError: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
