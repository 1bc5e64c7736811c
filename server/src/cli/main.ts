import { processIo } from './io';
import { run } from './run';

// A closed pipe (`ladder check . | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = run(process.argv.slice(2), processIo());
} catch (error) {
  process.stderr.write(`ladder: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 3;
}
