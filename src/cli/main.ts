import { main } from './cli.js';
import { ExitCode, type Io } from './io.js';
import { whyNotWritten } from './write-output.js';

// The program's entry (bin/satisfy.js imports its loader, load-program.ts): the one place that touches the real process.
// `satisfy report x.csv | head -1`: the reader went away; that is not an error.
// Any other failure to write it (`> /dev/full`: no space left) is an error of the output, in one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok);
  process.stderr.write(`satisfy: error: cannot write the output: ${whyNotWritten(error)}\n`);
  process.exit(ExitCode.userError);
});
const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, columns: process.stdout.isTTY === true ? process.stdout.columns : undefined, get stdin() {
  // Node makes the stream of standard input when it is first asked for (2 ms, a socket for a pipe): only for `-`.
  return process.stdin;
} };
// (Not a top-level await: the program is a CommonJS bundle, see scripts/build.mjs.)
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
