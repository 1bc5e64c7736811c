// Temporary git repositories for the CLI tests of `ladder impact` and `ladder history`: fixed author and
// committer dates, names and e-mails, and no user or system git configuration.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixture } from './helpers';

/** git's environment in the tests: nothing from the machine's configuration, a fixed identity. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
};

/** Runs git in `cwd` (never through a shell) and returns its standard output; fails the test on an error. */
export function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, ...env },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export interface Repository {
  dir: string;
  /** Writes files (relative path → text). */
  write(files: Record<string, string>): void;
  remove(...paths: string[]): void;
  /** Stages everything and commits it with the given committer and author date (ISO 8601). */
  commit(message: string, date: string): string;
}

/** A fresh repository holding `files`, committed at `date` unless `date` is undefined. */
export function repository(files: Record<string, string>, date?: string): Repository {
  const dir = fixture({});
  git(dir, ['init', '-q']);
  const repo: Repository = {
    dir,
    write(more) {
      for (const [name, text] of Object.entries(more)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
    },
    remove(...paths) {
      for (const path of paths) rmSync(join(dir, path), { force: true });
    },
    commit(message, when) {
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
      return git(dir, ['rev-parse', 'HEAD']).trim();
    },
  };
  repo.write(files);
  if (date !== undefined) repo.commit('initial', date);
  return repo;
}
