import * as l10n from '@vscode/l10n';
import { lstatSync } from 'node:fs';

/** Whether `path` itself is a symbolic link (false when there is nothing there). */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What `Stats` and `Dirent` both tell about the type of a file. */
export interface FileType {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** A file that is not a regular file, for messages: "a named pipe", "a symbolic link to a device". */
export function describeSpecialFile(type: FileType, throughLink = false): string {
  let kind = l10n.t('a special file');
  if (type.isDirectory()) kind = l10n.t('a directory');
  else if (type.isFIFO()) kind = l10n.t('a named pipe');
  else if (type.isSocket()) kind = l10n.t('a socket');
  else if (type.isCharacterDevice() || type.isBlockDevice()) kind = l10n.t('a device');
  return throughLink ? l10n.t('a symbolic link to {0}', kind) : kind;
}

/** Why a path is not read: "it is a named pipe, not a file". */
export function notAFileReason(type: FileType, throughLink = false): string {
  return l10n.t('it is {0}, not a file', describeSpecialFile(type, throughLink));
}

/** Whether the error of realpath or stat says that a link leads nowhere. */
export function isDanglingLink(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Why a link cannot be followed, from the error of realpath or stat. */
export function brokenLinkReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (isDanglingLink(error)) return l10n.t('it is a symbolic link to a missing file');
  if (code === 'ELOOP') return l10n.t('its symbolic links form a loop');
  return l10n.t('it cannot be read ({0})', code ?? (error as Error).message);
}

/** A file named like a ladder file that a scan of a folder leaves out, and why (see `notAFileReason`). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The warning on a file that a scan of a folder left out: the CLI and the server say the same. */
export function skippedFileMessage(reason: string): string {
  return l10n.t('Not checked: {0}.', reason);
}
