import { main } from './cli.js';
import { ExitCode, type Io } from './io.js';

// The program's entry (bin/satisfy.js imports it): the one place that touches the real process.
// `satisfy report x.csv | head -1`: the reader went away; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok);
  throw error;
});
const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, columns: process.stdout.isTTY === true ? process.stdout.columns : undefined, stdin: process.stdin };
process.exitCode = await main(process.argv.slice(2), io);
