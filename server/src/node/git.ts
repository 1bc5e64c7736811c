import { spawn } from 'node:child_process';

/** Why git could not answer: not installed, failed (with its message), or too slow or too verbose. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'failed' | 'timeout' | 'too-large',
    readonly stderr = '',
  ) {
    super(message);
  }
}

export interface GitCall {
  /** The directory git runs in (`-C`). */
  cwd: string;
  /** Written to git's standard input, then closed. */
  input?: string;
  timeoutMs?: number;
  /** Standard output beyond this many bytes stops git with an error. */
  maxBytes?: number;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;

// No file system monitor named in a repository's own configuration runs (it would on the index refresh
// of `git diff`); the commands used run no hooks, and `diff` is run with --no-ext-diff.
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false'];

// Messages in English (they are matched), no prompt for credentials, no lock files, no pager.
const GIT_ENV = {
  LC_ALL: 'C',
  LANGUAGE: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
};

/**
 * Runs `git ARGS` in `call.cwd` and resolves with its exit code and output. The arguments go to git as
 * they are (no shell); callers pass `--` before paths. Rejects only when git cannot be started, runs
 * longer than the timeout or prints more than the limit.
 */
export function runGit(args: readonly string[], call: GitCall): Promise<GitResult> {
  const timeoutMs = call.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = call.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', call.cwd, ...SAFE_CONFIG, ...args], {
      env: { ...process.env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: GitError | undefined;
    const stop = (error: GitError) => {
      failure ??= error;
      child.kill();
    };
    const timer = setTimeout(
      () =>
        stop(new GitError(`git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`, 'timeout')),
      timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(new GitError(`git ${args[0] ?? ''} printed more than ${maxBytes} bytes`, 'too-large'));
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new GitError('git is not installed (or not on the PATH)', 'missing')
          : new GitError(error.message, 'failed'),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve({ code: code ?? 1, stdout: Buffer.concat(chunks), stderr });
    });
    // git may exit before reading everything (a bad object name); its exit code says what happened.
    child.stdin.on('error', () => undefined);
    child.stdin.end(call.input ?? '');
  });
}

/** Runs git and resolves with its standard output; a non-zero exit rejects with git's own message. */
export async function gitOutput(args: readonly string[], call: GitCall): Promise<Buffer> {
  const result = await runGit(args, call);
  if (result.code !== 0) {
    const message =
      result.stderr.trim().split('\n').filter(Boolean).pop() ??
      `git ${args[0] ?? ''} failed (exit code ${result.code})`;
    throw new GitError(message.replace(/^(fatal|error): /, ''), 'failed', result.stderr);
  }
  return result.stdout;
}
