import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GitError, GitRepository, NotARepository } from '../node/gitRepository';
import { EnvironmentError, UsageError, type CommandName } from './args';

/** A path named on the command line, resolved, that must exist. */
export function existingPath(
  written: string,
  cwd: string,
  command: CommandName,
): { path: string; isDirectory: boolean } {
  const path = resolve(cwd, written);
  try {
    return { path, isDirectory: statSync(path).isDirectory() };
  } catch {
    throw new UsageError(`'${written}' does not exist`, command);
  }
}

/** The git repository that holds `path` (a file or a directory); an EnvironmentError when there is none or no git. */
export async function repositoryOf(path: string, isDirectory: boolean, written: string): Promise<GitRepository> {
  try {
    return await GitRepository.open(isDirectory ? path : dirname(path));
  } catch (error) {
    if (error instanceof NotARepository) {
      // git's own reason only when it says more than that (e.g. a repository owned by someone else).
      const reason = error.message.startsWith('not a git repository') ? '' : ` (${error.message})`;
      throw new EnvironmentError(`'${written}' is not in a git repository${reason}`);
    }
    if (error instanceof GitError) throw new EnvironmentError(`cannot use git: ${error.message}`);
    throw error;
  }
}

/** Every path must be inside the repository (the repository's own folder counts). */
export function requireInside(repository: GitRepository, path: string, written: string): void {
  if (repository.repositoryPath(path) === undefined)
    throw new EnvironmentError(`'${written}' is outside the git repository at ${repository.root}`);
}

/** The commit a revision names; an EnvironmentError that says why when there is none. */
export async function commitOf(repository: GitRepository, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new UsageError(`'${revision}' is not a revision (it starts with '-')`, 'impact');
  const commit = await repository.resolveCommit(revision);
  if (commit) return commit;
  const shallow = await repository.isShallow().catch(() => false);
  throw new EnvironmentError(
    `'${revision}' is not a commit, branch or tag of the repository at ${repository.root}${shallow ? ' (it is a shallow clone: fetch the history you compare with, e.g. git fetch --deepen=50 or git fetch origin main)' : ''}`,
  );
}
