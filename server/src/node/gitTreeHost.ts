import * as l10n from '@vscode/l10n';
import { execFileSync } from 'node:child_process';
import { formatNumber, kindFromFileName, type FileHost, type ReadResult } from '../core';
import { uriToPath } from './fileUris';
import type { GitRepository, TreeEntry } from './gitRepository';

/** Ladder and catalogue files, by name: what the trees of old commits are read for. */
export const LADDER_FILE_PATTERNS = [
  '**/*.ladder.yaml',
  '**/*.ladder.yml',
  '**/*.competencies.yaml',
  '**/*.competencies.yml',
];

export interface GitTreeHostOptions {
  /** Reads what is not taken from the commit: files outside the repository, and those `fromDisk` names. */
  disk: FileHost;
  /** Files read from the working tree rather than the commit (the assessments being scored). */
  fromDisk?: (uri: string) => boolean;
  /** Blobs larger than this are refused unread, as the disk host refuses large files. */
  maxBytes: number;
  /** Follow renames and moves since the commit: a file read at its current path gets its old contents. */
  followRenames?: boolean;
}

const LADDER_KINDS = new Set(['Ladder', 'Competencies']);

/**
 * A file host that reads files as they were at one commit, from git's object database: no checkout, no
 * write. The ladder and catalogue files of the commit are read in one batch when the host is made; any
 * other file of the commit is read when asked for. A file that did not exist at the commit reads as
 * not found ("it does not exist at REF").
 */
export class GitTreeHost implements FileHost {
  private constructor(
    private readonly repository: GitRepository,
    private readonly label: string,
    private readonly tree: ReadonlyMap<string, TreeEntry>,
    private readonly blobs: Map<string, Buffer>,
    private readonly renames: ReadonlyMap<string, string>,
    private readonly options: GitTreeHostOptions,
  ) {}

  /** The host for `commit`; `label` names it in messages (the revision as the user wrote it). */
  static async load(
    repository: GitRepository,
    commit: string,
    label: string,
    options: GitTreeHostOptions,
  ): Promise<GitTreeHost> {
    const tree = await repository.listTree(commit);
    const renames = options.followRenames
      ? await repository.renamesSince(commit, LADDER_FILE_PATTERNS)
      : new Map<string, string>();
    const wanted = [...tree].filter(
      ([path, entry]) =>
        entry.type === 'blob' &&
        (entry.size ?? 0) <= options.maxBytes &&
        LADDER_KINDS.has(kindFromFileName(path) ?? ''),
    );
    const blobs = await repository.readBlobs(wanted.map(([, entry]) => entry.object));
    return new GitTreeHost(repository, label, tree, blobs, renames, options);
  }

  /** The repository path of the commit's version of `path`, following a rename when there is one. */
  private entryOf(path: string): TreeEntry | undefined {
    const entry = this.tree.get(path);
    if (entry) return entry;
    const before = this.renames.get(path);
    return before === undefined ? undefined : this.tree.get(before);
  }

  read(uri: string): ReadResult {
    const path = uriToPath(uri);
    const inRepository = path === undefined ? undefined : this.repository.repositoryPath(path);
    if (inRepository === undefined || this.options.fromDisk?.(uri)) return this.options.disk.read(uri);
    const entry = this.entryOf(inRepository);
    if (!entry) return { failure: 'not-found', message: l10n.t('it does not exist at {0}', this.label) };
    if (entry.type === 'tree') return { failure: 'directory', message: l10n.t('it is a directory') };
    if (entry.type !== 'blob') return { failure: 'not-a-file', message: l10n.t('it is not a regular file') };
    if ((entry.size ?? 0) > this.options.maxBytes)
      return {
        failure: 'too-large',
        message: l10n.t('it is larger than {0} bytes', formatNumber(this.options.maxBytes)),
      };
    let blob = this.blobs.get(entry.object);
    if (!blob) {
      try {
        blob = execFileSync(
          'git',
          ['-C', this.repository.root, '-c', 'core.fsmonitor=false', 'cat-file', 'blob', entry.object],
          { maxBuffer: this.options.maxBytes + 1024, timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
        );
      } catch (error) {
        return {
          failure: 'unreadable',
          message: l10n.t('git could not read it at {0}: {1}', this.label, (error as Error).message),
        };
      }
      this.blobs.set(entry.object, blob);
    }
    return { text: blob.toString('utf8').replace(/^\uFEFF/, '') };
  }
}
