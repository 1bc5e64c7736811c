import { escapeText } from '../core';
import { parseArguments, UsageError } from './args';
import { runCalibrate } from './calibrateCommand';
import { runCheck } from './checkCommand';
import { runPacket } from './packetCommand';
import type { CliIo } from './io';
import { runScore } from './scoreCommand';
import { runTeam } from './teamCommand';
import { helpText, usageHint, VERSION } from './usage';

/** Runs `ladder` with the arguments after the program name; returns the exit code (0, 1 or 2). */
export function run(argv: readonly string[], io: CliIo): number {
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
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // The message can quote arguments and ids from files.
      io.err(`ladder: ${escapeText(error.message)}\n${usageHint(error.topic)}`);
      return 2;
    }
    throw error;
  }
}
