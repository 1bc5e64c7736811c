import * as l10n from '@vscode/l10n';
import { dirname } from 'node:path';
import { createLadderService, type FileHost, type Workspace } from '../core';
import { uriToPath } from './fileUris';
import { GitError, GitRepository, NotARepository } from './gitRepository';
import { GitTreeHost } from './gitTreeHost';

/** The ladder files as committed at HEAD, in a workspace of their own. */
export interface HeadSnapshot {
  repository: GitRepository;
  commit: string;
  workspace: Workspace;
}

/** Why there is no snapshot for a file; `key` is the same for the same cause (say it once). */
export interface Unavailable {
  reason: string;
  key: string;
}

export function isUnavailable(value: HeadSnapshot | Unavailable): value is Unavailable {
  return 'reason' in value;
}

export interface HeadSnapshotOptions {
  disk: FileHost;
  maxBytes: number;
  /** How long HEAD's commit id is trusted before git is asked again. */
  headTtlMs?: number;
  /** How long "not in a repository" is trusted (a `git init` later brings the lenses). */
  missingTtlMs?: number;
  clock?: () => number;
}

/**
 * HEAD's version of the ladder and catalogue files of the repositories the edited files are in: the
 * repository of a folder is found once, HEAD's commit id is asked for at most every `headTtlMs`, and the
 * files of a commit are read once (one `git ls-tree` and one `git cat-file --batch`), cached by commit id.
 */
export class HeadSnapshots {
  private readonly repositories = new Map<
    string,
    { at: number; found: Promise<GitRepository | Unavailable>; missing?: boolean }
  >();
  private readonly heads = new Map<string, { at: number; commit: Promise<string | Unavailable> }>();
  private readonly snapshots = new Map<string, { commit: string; snapshot: Promise<HeadSnapshot> }>();

  constructor(private readonly options: HeadSnapshotOptions) {}

  /** The repository of the file at `uri` and its HEAD commit, or why there is none. */
  async headOf(uri: string): Promise<{ repository: GitRepository; commit: string } | Unavailable> {
    const path = uriToPath(uri);
    if (path === undefined)
      return { reason: l10n.t('the file is not on a local disk (a virtual workspace)'), key: 'virtual' };
    const repository = await this.repositoryOf(dirname(path));
    if (!(repository instanceof GitRepository)) return repository;
    const commit = await this.head(repository);
    return typeof commit === 'string' ? { repository, commit } : commit;
  }

  async forUri(uri: string): Promise<HeadSnapshot | Unavailable> {
    const head = await this.headOf(uri);
    if ('reason' in head) return head;
    const { repository, commit } = head;
    const cached = this.snapshots.get(repository.root);
    if (cached?.commit === commit) return cached.snapshot;
    const snapshot = this.load(repository, commit);
    this.snapshots.set(repository.root, { commit, snapshot });
    snapshot.catch(() => this.snapshots.delete(repository.root));
    return snapshot;
  }

  /** The repository holding `dir`; "none" is asked again after `missingTtlMs`. */
  private repositoryOf(dir: string): Promise<GitRepository | Unavailable> {
    const now = (this.options.clock ?? Date.now)();
    const cached = this.repositories.get(dir);
    if (cached && (!cached.missing || now - cached.at < (this.options.missingTtlMs ?? 10_000))) return cached.found;
    const found = GitRepository.open(dir).catch((error: unknown): Unavailable => {
      if (error instanceof NotARepository)
        return { reason: l10n.t('{0} is not in a git repository', dir), key: `no-repository:${dir}` };
      if (error instanceof GitError)
        return {
          reason:
            error.reason === 'missing'
              ? l10n.t('git is not installed (or not on the PATH)')
              : l10n.t('git failed: {0}', error.message),
          key: `git:${error.reason}`,
        };
      throw error;
    });
    const entry: { at: number; found: Promise<GitRepository | Unavailable>; missing?: boolean } = { at: now, found };
    void found.then(
      (result) => void (entry.missing = !(result instanceof GitRepository)),
      () => this.repositories.delete(dir),
    );
    this.repositories.set(dir, entry);
    return found;
  }

  private head(repository: GitRepository): Promise<string | Unavailable> {
    const now = (this.options.clock ?? Date.now)();
    const cached = this.heads.get(repository.root);
    if (cached && now - cached.at < (this.options.headTtlMs ?? 1000)) return cached.commit;
    const commit = repository.resolveCommit('HEAD').then(
      (id): string | Unavailable =>
        id ?? {
          reason: l10n.t('the repository at {0} has no commit yet', repository.root),
          key: `no-head:${repository.root}`,
        },
      (error: unknown): Unavailable => ({
        reason: l10n.t('git failed: {0}', (error as Error).message),
        key: `git:${repository.root}`,
      }),
    );
    this.heads.set(repository.root, { at: now, commit });
    return commit;
  }

  private async load(repository: GitRepository, commit: string): Promise<HeadSnapshot> {
    const host = await GitTreeHost.load(repository, commit, 'HEAD', {
      disk: this.options.disk,
      maxBytes: this.options.maxBytes,
    });
    return { repository, commit, workspace: createLadderService({ host }).workspace };
  }
}
