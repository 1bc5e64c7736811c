import * as l10n from '@vscode/l10n';
import type { FileHost, ReadResult } from '../core';
import { uriToPath } from './fileUris';
import type { GitRepository } from './gitRepository';

/**
 * A file host over the files of one commit at a time, already read from git (see assessmentHistory):
 * moving to the next commit says which files changed, so that a workspace over this host re-reads only
 * those. Files outside the repository are read from `disk`.
 */
export class CommitSnapshotHost implements FileHost {
  private files = new Map<string, string | undefined>();
  private label = '';

  constructor(
    private readonly repository: GitRepository,
    private readonly disk: FileHost,
  ) {}

  /** Shows the files of another commit (repository path → text, undefined where absent); returns the paths whose text differs. */
  show(label: string, files: ReadonlyMap<string, string | undefined>): string[] {
    const changed = [...new Set([...this.files.keys(), ...files.keys()])].filter(
      (path) => this.files.get(path) !== files.get(path),
    );
    this.files = new Map(files);
    this.label = label;
    return changed;
  }

  read(uri: string): ReadResult {
    const path = uriToPath(uri);
    const inRepository = path === undefined ? undefined : this.repository.repositoryPath(path);
    if (inRepository === undefined) return this.disk.read(uri);
    const text = this.files.get(inRepository);
    return text === undefined
      ? { failure: 'not-found', message: l10n.t('it does not exist at {0}', this.label) }
      : { text };
  }
}
