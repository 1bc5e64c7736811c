import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isLadderFileName } from '../core';
import {
  brokenLinkReason,
  describeSpecialFile,
  isSymbolicLink,
  notAFileReason,
  type SkippedFile,
} from '../node/fileTypes';
import type { RealRoots } from '../node/realRoots';
import { UsageError } from './args';
import { ROOTS_NAME } from './roots';

/** A directory that could not be listed, so its files were not checked. */
export interface UnreadableDirectory {
  path: string;
  message: string;
}

export interface CollectedFiles {
  /** Absolute paths, each once, in the order found. */
  files: string[];
  unreadable: UnreadableDirectory[];
  /** Entries named like ladder files that are not read, and why: named pipes, devices, dangling links. */
  skipped: SkippedFile[];
  /**
   * The real path of each file listed in a folder, as the listing found it: the folder's real path and
   * the file's name (not a link). Reading the file needs not resolve it again (see createCliService).
   */
  realPaths: Map<string, string>;
}

/** `join(folder, name)` for a normalized absolute folder and a name from its listing, without normalizing again. */
function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * The files `ladder check` looks at: every named file whatever its name, and in named directories
 * (recursively) the files named like ladder files. Symbolic links to directories are followed once, and
 * only when they stay inside `roots` (real paths; see roots.ts). Entries named like ladder files that are
 * not regular files or lead outside the roots are listed as skipped, with the reason. A named path that
 * does not exist, or is neither a file nor a directory, is a usage error. Nothing is opened here: reading
 * is the DiskHost's job, which checks again what it opened.
 */
export function collectFiles(paths: readonly string[], cwd: string, roots: RealRoots): CollectedFiles {
  const files = new Set<string>();
  const unreadable: UnreadableDirectory[] = [];
  const skipped: SkippedFile[] = [];
  const realPaths = new Map<string, string>();
  const visited = new Set<string>();

  const walk = (dir: string) => {
    let realDir: string;
    let entries: Dirent[];
    try {
      realDir = realpathSync(dir);
      if (visited.has(realDir)) return;
      visited.add(realDir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: dir, message: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = childPath(dir, entry.name);
      const namedLikeLadder = isLadderFileName(entry.name);
      let type: Dirent | Stats = entry;
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
          type = statSync(path);
        } catch (error) {
          if (namedLikeLadder) skipped.push({ path, reason: brokenLinkReason(error) });
          continue;
        }
        if (!roots.contains(real)) {
          if (namedLikeLadder || (type.isDirectory() && !skipDirectory(entry.name)))
            skipped.push({ path, reason: `it is a symbolic link to a place outside ${ROOTS_NAME}` });
          continue;
        }
      }
      if (type.isDirectory()) {
        if (!skipDirectory(entry.name)) walk(path);
      } else if (namedLikeLadder) {
        if (type.isFile()) {
          files.add(path);
          if (!entry.isSymbolicLink()) realPaths.set(path, childPath(realDir, entry.name));
        } else skipped.push({ path, reason: notAFileReason(type, entry.isSymbolicLink()) });
      }
    }
  };

  for (const written of paths) {
    const path = resolve(cwd, written);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(
        isSymbolicLink(path) ? `'${written}' is a symbolic link to a missing file` : `'${written}' does not exist`,
        'check',
      );
    }
    if (stats.isDirectory()) walk(path);
    else if (stats.isFile()) files.add(path);
    else throw new UsageError(`'${written}' is ${describeSpecialFile(stats)}, not a file or a directory`, 'check');
  }
  return { files: [...files], unreadable, skipped, realPaths };
}
