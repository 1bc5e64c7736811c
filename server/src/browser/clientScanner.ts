import { isLadderFileName } from '../core';
import type { ScannedFolders } from '../lsp/platform';
import { MAX_DEPTH, MAX_FILES, SKIPPED_DIRECTORIES } from '../lsp/scanLimits';
import type { UriMap } from '../lsp/uriMap';
import type { DirectoryEntry } from '../protocol';

/** Lists a folder (a client URI) through the client; null when it cannot be listed. */
export type ListDirectory = (uri: string) => Promise<DirectoryEntry[] | null>;

/**
 * Finds the ladder files under the folders by listing them through the client, as the disk scan does
 * (hidden entries and build folders left out, links to folders not followed).
 */
export async function scanThroughClient(
  folders: readonly string[],
  uris: UriMap,
  list: ListDirectory,
): Promise<ScannedFolders> {
  const files: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || files.length >= MAX_FILES) return;
    const entries = await list(uris.toClient(folder)).catch(() => null);
    for (const [name, type] of entries ?? []) {
      if (name.startsWith('.') || name.includes('/')) continue;
      const uri = uris.fromClient(`${uris.toClient(folder).replace(/\/$/, '')}/${encodeURIComponent(name)}`);
      if (type === 'directory') {
        if (!SKIPPED_DIRECTORIES.has(name)) await walk(uri, depth + 1);
      } else if (type === 'file' && isLadderFileName(name) && files.length < MAX_FILES) files.push(uri);
    }
  };
  for (const folder of folders) await walk(folder, 0);
  return { files: files.sort(), skipped: [] };
}
