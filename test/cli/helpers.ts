// Shared by the CLI tests: run the built `ladder` in a directory, and write fixtures into fresh temp dirs.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after } from 'node:test';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` in `cwd`, without colour, and waits for it. */
export function ladder(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliResult {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` before the CLI tests');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory holding `files` (relative path → text or bytes), removed when the test file ends. */
export function fixture(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** Every file under `dir` with its bytes and modification time, to prove that nothing was written. */
export function snapshot(dir: string): Map<string, { content: string; mtimeMs: number; size: number }> {
  const result = new Map<string, { content: string; mtimeMs: number; size: number }>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else
        result.set(relative(dir, path), {
          content: readFileSync(path).toString('base64'),
          mtimeMs: stats.mtimeMs,
          size: stats.size,
        });
    }
  };
  walk(dir);
  return result;
}

/** Lines of output without the final newline. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
