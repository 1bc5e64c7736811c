import { escapeText } from '../core';
import { EnvironmentError, parseArguments, UsageError } from './args';
import { runCalibrate } from './calibrateCommand';
import { runCheck } from './checkCommand';
import { runHistory } from './historyCommand';
import { runImpact } from './impactCommand';
import type { CliIo } from './io';
import { runPacket } from './packetCommand';
import { runScore } from './scoreCommand';
import { runTeam } from './teamCommand';
import { helpText, usageHint, VERSION } from './usage';

/**
 * Runs `ladder` with the arguments after the program name; returns the exit code (0, 1 or 2), or a
 * promise of it for the commands that ask git (impact, history).
 */
export function run(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const invocation = parseArguments(argv);
    switch (invocation.command) {
      case 'help':
        io.out(helpText(invocation.topic));
        return 0;
      case 'version':
        io.out(`ladder ${VERSION}\n`);
        return 0;
      case 'check':
        return runCheck(invocation.paths, invocation.format, io);
      case 'score':
        return runScore(invocation, io);
      case 'calibrate':
        return runCalibrate(invocation, io);
      case 'team':
        return runTeam(invocation, io);
      case 'packet':
        return runPacket(invocation, io);
      case 'impact':
        return runImpact(invocation, io).catch((error: unknown) => failure(error, io));
      case 'history':
        return runHistory(invocation, io).catch((error: unknown) => failure(error, io));
    }
  } catch (error) {
    return failure(error, io);
  }
}

/** The exit code for a usage or environment error (after saying what is wrong); anything else is rethrown. */
function failure(error: unknown, io: CliIo): number {
  // The messages can quote arguments, ids and git's output.
  if (error instanceof UsageError) {
    io.err(`ladder: ${escapeText(error.message)}\n${usageHint(error.topic)}`);
    return 2;
  }
  if (error instanceof EnvironmentError) {
    io.err(`ladder: ${escapeText(error.message)}\n`);
    return 2;
  }
  throw error;
}
