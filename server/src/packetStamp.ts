/**
 * The reproducibility stamp of a promotion packet, made at the edge (the core has no hashing and runs no
 * programs): the SHA-256 of each input file's text, the git commit where the assessment is, the tool
 * version. `git` is run with an argument list, never through a shell; without git (or outside a
 * repository) there is no commit. Paths are relative to the repository's top folder, else to the
 * assessment's folder, so the same files give the same stamp wherever the command runs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type { PacketSource, PacketStamp } from './core';
import { uriToPath } from './node/fileUris';

const GIT_TIMEOUT_MS = 5_000;
const GIT_ARGS = ['rev-parse', '--show-toplevel', 'HEAD'];

export interface GitState {
  top: string;
  commit: string;
}

function parseGit(stdout: string): GitState | undefined {
  const [top, commit] = stdout.trim().split('\n');
  return top && commit && /^[0-9a-f]{40,64}$/.test(commit) ? { top, commit } : undefined;
}

/** The repository's top folder and the commit checked out, for a folder; undefined outside git or without git. */
export function gitStateSync(folder: string): GitState | undefined {
  try {
    return parseGit(
      execFileSync('git', GIT_ARGS, {
        cwd: folder,
        encoding: 'utf8',
        timeout: GIT_TIMEOUT_MS,
        stdio: ['ignore', 'pipe', 'ignore'],
        windowsHide: true,
      }),
    );
  } catch {
    return undefined;
  }
}

/** As gitStateSync, without blocking (for the language server). */
export function gitState(folder: string): Promise<GitState | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      GIT_ARGS,
      { cwd: folder, encoding: 'utf8', timeout: GIT_TIMEOUT_MS, windowsHide: true },
      (error, stdout) => resolve(error ? undefined : parseGit(stdout)),
    );
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The folder the stamp's paths start from, and where git is asked: the assessment's folder. */
export function assessmentFolder(sources: readonly PacketSource[]): string | undefined {
  const assessment = sources.find((source) => source.role === 'assessment');
  const path = assessment && uriToPath(assessment.uri);
  return path === undefined ? undefined : dirname(path);
}

export function buildStamp(sources: readonly PacketSource[], git: GitState | undefined, version: string): PacketStamp {
  const base = git ? real(git.top) : real(assessmentFolder(sources) ?? '.');
  return {
    files: sources.map((source) => {
      const path = uriToPath(source.uri);
      return {
        path: path === undefined ? source.uri : relative(base, real(path)).split(sep).join('/'),
        role: source.role,
        sha256: sha256(source.text),
      };
    }),
    ...(git ? { commit: git.commit } : {}),
    version,
  };
}
