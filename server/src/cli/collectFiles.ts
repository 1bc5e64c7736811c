import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLadderFileName } from '../core/fileKinds';
import { UsageError } from './args';

/** A directory that could not be listed, so its files were not checked. */
export interface UnreadableDirectory {
  path: string;
  message: string;
}

export interface CollectedFiles {
  /** Absolute paths, each once, in the order found. */
  files: string[];
  unreadable: UnreadableDirectory[];
}

function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * The files `ladder check` looks at: every named file whatever its name, and in named directories
 * (recursively) the files named like ladder files. Symbolic links to directories are followed once.
 * A named path that does not exist, or is neither a file nor a directory, is a usage error.
 */
export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const files = new Set<string>();
  const unreadable: UnreadableDirectory[] = [];
  const visited = new Set<string>();

  const walk = (dir: string) => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: dir, message: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory && !skipDirectory(entry.name)) walk(path);
      else if (isFile && isLadderFileName(entry.name)) files.add(path);
    }
  };

  for (const written of paths) {
    const path = resolve(cwd, written);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`'${written}' does not exist`, 'check');
    }
    if (stats.isDirectory()) walk(path);
    else if (stats.isFile()) files.add(path);
    else throw new UsageError(`'${written}' is neither a file nor a directory`, 'check');
  }
  return { files: [...files], unreadable };
}
