import { resolve } from 'node:path';

/** How messages name the places the CLI reads from. */
export const ROOTS_NAME = 'the current folder and the paths given';

/**
 * Where `ladder` may read: the current folder and every path on the command line (folders with all
 * inside them, files by themselves). Paths written in files (`ladder:`, `include:`) that lead elsewhere,
 * also through symbolic links, are refused, as the language server refuses paths out of the workspace.
 */
export function commandLineRoots(paths: readonly string[], cwd: string): string[] {
  return [cwd, ...paths.map((path) => resolve(cwd, path))];
}
