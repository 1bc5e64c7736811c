import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeSpecialFile, isSymbolicLink } from '../node/fileTypes';
import { UsageError, type CommandName } from './args';

/**
 * The absolute path of the one self-assessment file a command is given; bad usage when it is missing, a
 * dangling link, a directory or not a regular file.
 */
export function existingAssessmentFile(written: string, cwd: string, command: CommandName): string {
  const path = resolve(cwd, written);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(
      isSymbolicLink(path) ? `'${written}' is a symbolic link to a missing file` : `'${written}' does not exist`,
      command,
    );
  }
  if (!stats.isFile()) {
    const what = stats.isDirectory() ? 'not a file' : `${describeSpecialFile(stats)}, not a file`;
    throw new UsageError(`'${written}' is ${what}; ${command} takes one self-assessment file`, command);
  }
  return path;
}
