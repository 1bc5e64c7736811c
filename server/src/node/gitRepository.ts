import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, sep } from 'node:path';
import { GitError, gitOutput, runGit } from './git';

/** A file of a commit's tree, from `git ls-tree`. */
export interface TreeEntry {
  type: 'blob' | 'tree' | 'commit';
  object: string;
  /** Bytes; undefined for trees and submodules. */
  size: number | undefined;
}

/** A commit from `git log`. */
export interface CommitInfo {
  commit: string;
  /** Committer date, strict ISO 8601 with the committer's offset. */
  date: string;
  subject: string;
}

/** The working tree is not inside a git repository (or git refuses to use it). */
export class NotARepository extends Error {}

/**
 * Read-only access to one git repository: resolving revisions, listing a commit's tree, reading blobs
 * in one batch, renames since a commit, and the log of some paths. Nothing is checked out or written.
 */
export class GitRepository {
  private constructor(readonly root: string) {}

  /** The repository that contains `dir`. */
  static async open(dir: string): Promise<GitRepository> {
    const result = await runGit(['rev-parse', '--show-toplevel'], { cwd: dir });
    const root = result.stdout.toString('utf8').replace(/\n$/, '');
    if (result.code !== 0 || root === '') {
      const reason = result.stderr
        .trim()
        .split('\n')
        .filter(Boolean)
        .pop()
        ?.replace(/^fatal: /, '');
      throw new NotARepository(reason ?? 'not a git repository');
    }
    return new GitRepository(root);
  }

  private git(args: readonly string[], input?: string): Promise<Buffer> {
    return gitOutput(args, { cwd: this.root, ...(input !== undefined ? { input } : {}) });
  }

  /** The commit a revision names (a branch, tag, commit id, HEAD~2…), or undefined when there is none. */
  async resolveCommit(revision: string): Promise<string | undefined> {
    const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], {
      cwd: this.root,
    });
    const commit = result.stdout.toString('utf8').trim();
    return result.code === 0 && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
  }

  async isShallow(): Promise<boolean> {
    return (await this.git(['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
  }

  /** Every file of a commit's tree, by path relative to the repository root (forward slashes). */
  async listTree(commit: string): Promise<Map<string, TreeEntry>> {
    const output = await this.git(['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
    const entries = new Map<string, TreeEntry>();
    for (const record of output.toString('utf8').split('\0')) {
      // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const [, type, object, size] = record.slice(0, tab).split(/ +/);
      if ((type === 'blob' || type === 'tree' || type === 'commit') && object) {
        entries.set(record.slice(tab + 1), {
          type,
          object,
          size: size === '-' || size === undefined ? undefined : Number(size),
        });
      }
    }
    return entries;
  }

  /** The contents of blobs, read by one `git cat-file --batch`; missing objects are left out. */
  async readBlobs(objects: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(objects)];
    const blobs = new Map<string, Buffer>();
    if (unique.length === 0) return blobs;
    const output = await this.git(['cat-file', '--batch'], `${unique.join('\n')}\n`);
    let at = 0;
    while (at < output.length) {
      const lineEnd = output.indexOf(10, at);
      if (lineEnd < 0) break;
      const header = output.subarray(at, lineEnd).toString('utf8').split(' ');
      at = lineEnd + 1;
      if (header[1] === 'missing' || header.length < 3) continue;
      const size = Number(header[2]);
      if (header[1] === 'blob') blobs.set(header[0]!, output.subarray(at, at + size));
      at += size + 1;
    }
    return blobs;
  }

  /**
   * Files renamed or moved since `commit` (the working tree against that commit, as git's rename
   * detection sees them): current path → path at the commit. Only paths matching `patterns` (git glob
   * pathspecs, case-insensitive) are compared.
   */
  async renamesSince(commit: string, patterns: readonly string[]): Promise<Map<string, string>> {
    const pathspecs = patterns.map((pattern) => `:(glob,icase)${pattern}`);
    const output = await this.git([
      'diff',
      '-z',
      '--name-status',
      '--find-renames',
      '--no-ext-diff',
      commit,
      '--',
      ...pathspecs,
    ]);
    const fields = output.toString('utf8').split('\0');
    const renames = new Map<string, string>();
    for (let i = 0; i < fields.length;) {
      const status = fields[i++] ?? '';
      if (status.startsWith('R') || status.startsWith('C')) {
        const from = fields[i++];
        const to = fields[i++];
        if (from !== undefined && to !== undefined && status.startsWith('R')) renames.set(to, from);
      } else if (status !== '') {
        i++;
      }
    }
    return renames;
  }

  /** The commits that changed any of `paths` (repository paths), newest first, in git's order. */
  async log(paths: readonly string[]): Promise<CommitInfo[]> {
    if (paths.length === 0) return [];
    const output = await this.git(['log', '-z', '--format=%H%x1f%cI%x1f%s', '--', ...paths.map(literal)]);
    return output
      .toString('utf8')
      .split('\0')
      .flatMap((record) => {
        const [commit, date, subject] = splitHeader(record.replace(/^\n/, ''));
        return commit && date ? [{ commit, date, subject: subject ?? '' }] : [];
      });
  }

  /**
   * The commits that changed the file now at `path`, newest first, following renames (git log
   * --follow), each with the file's path in that commit and how it changed (A, M, R…, D).
   */
  async fileHistory(path: string): Promise<(CommitInfo & { path: string; status: string })[]> {
    const output = await this.git([
      'log',
      '-z',
      '--follow',
      '--name-status',
      '--format=%x1e%H%x1f%cI%x1f%s',
      '--',
      literal(path),
    ]);
    return output
      .toString('utf8')
      .split('\x1e')
      .flatMap((record) => {
        const headerEnd = record.indexOf('\0');
        if (headerEnd < 0) return [];
        const [commit, date, subject] = splitHeader(record.slice(0, headerEnd));
        const [status, first, second] = record
          .slice(headerEnd + 1)
          .replace(/^\n/, '')
          .split('\0');
        const changed = status && /^[RC]/.test(status) ? second : first;
        return commit && date && status && changed
          ? [{ commit, date, subject: subject ?? '', path: changed, status: status.charAt(0) }]
          : [];
      });
  }

  /**
   * Files as they were at commits (`{commit, path}`), read by one `git cat-file --batch`, in the order
   * asked; undefined where the file did not exist or is not a file.
   */
  async readFilesAt(files: readonly { commit: string; path: string }[]): Promise<(Buffer | undefined)[]> {
    const wanted = files.filter((file) => !/[\n\r]/.test(file.path));
    if (wanted.length === 0) return files.map(() => undefined);
    const output = await this.git(
      ['cat-file', '--batch'],
      `${wanted.map((file) => `${file.commit}:${file.path}`).join('\n')}\n`,
    );
    const read: (Buffer | undefined)[] = [];
    let at = 0;
    while (at < output.length && read.length < wanted.length) {
      const lineEnd = output.indexOf(10, at);
      if (lineEnd < 0) break;
      const header = output.subarray(at, lineEnd).toString('utf8');
      at = lineEnd + 1;
      const match = / (blob|tree|commit|tag) (\d+)$/.exec(header);
      if (!match) {
        read.push(undefined);
        continue;
      }
      const size = Number(match[2]);
      read.push(match[1] === 'blob' ? output.subarray(at, at + size) : undefined);
      at += size + 1;
    }
    const byName = new Map(wanted.map((file, index) => [`${file.commit}:${file.path}`, read[index]]));
    return files.map((file) => byName.get(`${file.commit}:${file.path}`));
  }

  /**
   * `path` (absolute) as a path inside the repository (forward slashes; '' for the root itself), or
   * undefined when it is outside. Symbolic links in the directories are resolved, as git sees the tree.
   */
  repositoryPath(path: string): string | undefined {
    const rel = relative(this.realRoot, realOrParent(path));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  }

  private get realRoot(): string {
    return (this.resolvedRoot ??= realOrParent(this.root));
  }

  private resolvedRoot: string | undefined;
}

/** A pathspec that matches exactly this path: no glob characters, no magic, never an option. */
export function literal(path: string): string {
  return `:(literal)${path}`;
}

/** The fields of a `%H%x1f%cI%x1f%s` header; the subject keeps any separator it contains. */
function splitHeader(header: string): [string | undefined, string | undefined, string | undefined] {
  const [commit, date, ...subject] = header.split('\x1f');
  return [commit, date, subject.join('\x1f')];
}

function realOrParent(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : `${realOrParent(parent)}${sep}${basename(path)}`;
  }
}

export { GitError };
