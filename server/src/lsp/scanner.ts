import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { isLadderFileName } from '../core/fileKinds';
import { pathToUri, uriToPath } from '../node/fileUris';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);
const MAX_FILES = 20_000;

/** Finds ladder, competency and assessment files under the given folders, without following links. */
export async function scanFolders(folderUris: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (directory: string, depth: number): Promise<void> => {
    if (depth > 32 || found.length >= MAX_FILES) return;
    let handle;
    try {
      handle = await opendir(directory);
    } catch {
      return;
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) await walk(path, depth + 1);
      else if (entry.isFile() && isLadderFileName(entry.name)) found.push(pathToUri(path));
    }
  };
  for (const uri of folderUris) {
    const path = uriToPath(uri);
    if (path) await walk(path, 0);
  }
  return found.sort();
}
