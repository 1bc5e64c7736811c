import { opendir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { DIAGNOSTIC_SOURCE, isLadderFileName } from '../core';
import { brokenLinkReason, notAFileReason, skippedFileMessage } from '../node/fileTypes';
import { pathToUri, uriToPath } from '../node/fileUris';
import { MAX_DEPTH, MAX_FILES, SKIPPED_DIRECTORIES } from './scanLimits';

export interface ScannedFolders {
  /** Regular files named like ladder, competency and assessment files, sorted. */
  files: string[];
  /** Entries named like them that are not read: named pipes, devices, dangling links; with the reason. */
  skipped: { uri: string; reason: string }[];
}

/** Why an entry named like a ladder file that is not a regular file is skipped; undefined for a link to a file or folder (not followed). */
async function skipReason(path: string, entry: Dirent): Promise<string | undefined> {
  if (!entry.isSymbolicLink()) return notAFileReason(entry);
  try {
    const target = await stat(path);
    return target.isFile() || target.isDirectory() ? undefined : notAFileReason(target, true);
  } catch (error) {
    return brokenLinkReason(error);
  }
}

/** Finds ladder, competency and assessment files under the given folders, without following links. */
export async function scanFolders(folderUris: readonly string[]): Promise<ScannedFolders> {
  const files: string[] = [];
  const skipped: ScannedFolders['skipped'] = [];
  const walk = async (directory: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || files.length >= MAX_FILES) return;
    let handle;
    try {
      handle = await opendir(directory);
    } catch {
      return;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, depth + 1);
      } else if (isLadderFileName(entry.name)) {
        if (entry.isFile()) files.push(pathToUri(path));
        else {
          const reason = await skipReason(path, entry);
          if (reason) skipped.push({ uri: pathToUri(path), reason });
        }
      }
    }
  };
  for (const uri of folderUris) {
    const path = uriToPath(uri);
    if (path) await walk(path, 0);
  }
  return { files: files.sort(), skipped: skipped.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)) };
}

/** The one warning on a file the scan skipped, so that it is not left out without a word. */
export function skippedFileDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'skipped-file',
    message: skippedFileMessage(reason),
  };
}
