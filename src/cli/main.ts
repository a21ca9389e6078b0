import { main } from './cli.js';
import { ExitCode, type Io } from './io.js';
import { whyNotWritten } from './write-output.js';

// The program's entry (bin/satisfy.js imports its loader, load-program.ts): the one place that touches the real process.
// `satisfy report x.csv | head -1`: the reader went away; that is not an error. The output just
// stops, and the run ends with the status it earned: 1 for a failed gate, 2 for bad input, not a
// 0 that a pipeline would take for a pass (nor, when stderr is the pipe, `2>&1 | head -1`, a 1 of
// an unhandled error).
// Any other failure to write it (`> /dev/full`: no space left) is an error of the output, in one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`satisfy: error: cannot write the output: ${whyNotWritten(error)}\n`);
  process.exit(ExitCode.userError);
});
// A message that cannot be written has nowhere else to go.
process.stderr.on('error', () => undefined);
const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, columns: process.stdout.isTTY === true ? process.stdout.columns : undefined, get stdin() {
  // Node makes the stream of standard input when it is first asked for (2 ms, a socket for a pipe): only for `-`.
  return process.stdin;
} };
// (Not a top-level await: the program is a CommonJS bundle, see scripts/build.mjs.)
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
