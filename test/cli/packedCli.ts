// Packs the repository the way a release would: `npm pack` in a copy of the source tree (no dist/, so
// the prepare script must build), with the repository's node_modules linked in for the build only.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { REPO } from './helpers';

/** Top-level entries of a working tree that a clean clone does not have. */
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', '.git', 'out', '.vscode-test', 'test-results']);

export interface PackedCli {
  tarball: string;
  /** Bytes of the .tgz. */
  size: number;
  /** Paths inside the package, sorted. */
  files: string[];
}

const made: string[] = [];

/** A fresh temp directory, removed by removeTempDirs. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the directories made by tempDir (call it from an `after` hook of the suite). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function packRepository(): PackedCli {
  const source = tempDir('ladder-clone-');
  cpSync(REPO, source, {
    recursive: true,
    filter: (path) =>
      path === REPO ||
      (!(NOT_IN_A_CLONE.has(basename(path)) && join(REPO, basename(path)) === path) && !path.endsWith('.vsix')),
  });
  symlinkSync(join(REPO, 'node_modules'), join(source, 'node_modules'), 'dir');
  const destination = tempDir('ladder-pack-');
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: source,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`npm pack failed (${result.status}): ${result.stderr}`);
  const [packed] = JSON.parse(result.stdout) as { filename: string; size: number; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed no package: ${result.stdout}`);
  return {
    tarball: join(destination, packed.filename),
    size: packed.size,
    files: packed.files.map((file) => file.path).sort(),
  };
}
