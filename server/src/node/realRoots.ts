import { realpathSync } from 'node:fs';
import { sep } from 'node:path';

/** Whether `path` is `root` or inside it. */
function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The folders (or single files) that may be read. A path is inside when its real path is inside a root's
 * real path, so a symbolic link cannot lead out of them (`ext -> /etc` puts `ext/passwd` outside).
 */
export class RealRoots {
  private readonly written: readonly string[];
  private readonly real: string[];

  /** Absolute `paths`; those that do not exist yet count as they are written. */
  constructor(paths: readonly string[], realpath: (path: string) => string = realpathSync.native) {
    this.written = paths;
    this.real = paths.map((path) => {
      try {
        return realpath(path);
      } catch {
        return path;
      }
    });
  }

  /** Whether a real path (from realpath) is one of the roots or inside one. */
  contains(realPath: string): boolean {
    return this.real.some((root) => isWithin(realPath, root));
  }

  /** Whether a path as written, links unresolved, is inside a root as written: then only a link leads it out. */
  containsAsWritten(path: string): boolean {
    return this.written.some((root) => isWithin(path, root));
  }
}
