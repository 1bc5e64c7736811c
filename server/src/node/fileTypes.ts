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
  let kind = 'a special file';
  if (type.isDirectory()) kind = 'a directory';
  else if (type.isFIFO()) kind = 'a named pipe';
  else if (type.isSocket()) kind = 'a socket';
  else if (type.isCharacterDevice() || type.isBlockDevice()) kind = 'a device';
  return throughLink ? `a symbolic link to ${kind}` : kind;
}

/** Why a path is not read: "it is a named pipe, not a file". */
export function notAFileReason(type: FileType, throughLink = false): string {
  return `it is ${describeSpecialFile(type, throughLink)}, not a file`;
}

export const DANGLING_LINK_REASON = 'it is a symbolic link to a missing file';

/** Why a link cannot be followed, from the error of realpath or stat. */
export function brokenLinkReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return DANGLING_LINK_REASON;
  if (code === 'ELOOP') return 'its symbolic links form a loop';
  return `it cannot be read (${code ?? (error as Error).message})`;
}

/** A file named like a ladder file that a scan of a folder leaves out, and why (see `notAFileReason`). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** The warning on a file that a scan of a folder left out: the CLI and the server say the same. */
export function skippedFileMessage(reason: string): string {
  return `Not checked: ${reason}.`;
}
