import { DiskHost } from '../node/diskHost';
import { pathToUri } from '../node/fileUris';
import type { GitRepository } from '../node/gitRepository';
import { commandLineRoots } from './roots';

/** How messages name the places the git-reading commands read from. */
const GIT_ROOTS_NAME = 'the repository, the current folder and the paths given';

/**
 * The places `ladder impact` and `ladder history` may read from disk: those of every command (the current
 * folder and the paths given) and the repository whose history they read.
 */
export function gitCommandRoots(repository: GitRepository, paths: readonly string[], cwd: string): string[] {
  return [...commandLineRoots(paths, cwd), repository.root];
}

/** The disk host of the git-reading commands, over `gitCommandRoots`. */
export function gitDiskHost(roots: readonly string[]): DiskHost {
  return new DiskHost({ roots: roots.map(pathToUri), rootsName: GIT_ROOTS_NAME });
}
