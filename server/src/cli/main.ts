import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { processIo } from './io';
import { runCheckWorker } from './parallelCheck';
import { run } from './run';

// A command runs once over many files and exits: V8's default optimises a function after little use,
// and compiling the optimised code cost more than it saved before the run was over (a third of the CPU
// of `ladder team` over 1,000 assessments). 400,000 bytes of bytecode, about six times the default of
// Node 20's V8, still optimises what stays hot.
// Process-wide, before any file is read: the worker threads of `ladder check` share it.
if (isMainThread) setFlagsFromString('--interrupt-budget=400000');

if (isMainThread) main();
// A worker of `ladder check` (parallelCheck.ts) runs this same script.
else runCheckWorker();

function main(): void {
  // A closed pipe (`ladder check . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  const internalError = (error: unknown) => {
    process.stderr.write(`ladder: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 3;
  };
  try {
    const code = run(process.argv.slice(2), processIo());
    if (typeof code === 'number') process.exitCode = code;
    else code.then((value) => void (process.exitCode = value), internalError);
  } catch (error) {
    internalError(error);
  }
}
