// The build fails, naming what is missing, when an entry point is not there, instead of shipping without
// that bundle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const SCRIPT = resolve('esbuild.mjs');
const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs the build in a new folder holding links to these folders of the repository. */
function buildIn(links: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'ladder-build-'));
  folders.push(folder);
  for (const link of links) {
    mkdirSync(join(folder, link, '..'), { recursive: true });
    symlinkSync(resolve(link), join(folder, link), 'dir');
  }
  const run = spawnSync(process.execPath, [SCRIPT], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, built: existsSync(join(folder, 'dist')) };
}

describe('build entry points', () => {
  it('fails on a missing entry point and builds nothing', () => {
    assert.deepEqual(buildIn(['client', 'server/src/core', 'server/src/cli', 'server/src/lsp', 'server/src/node']), {
      status: 1,
      stderr:
        'esbuild: missing entry points: server/src/server.ts, server/src/browserServer.ts (run from the repository root)\n',
      built: false,
    });
  });

  it('names every entry point missing', () => {
    assert.deepEqual(buildIn([]), {
      status: 1,
      stderr:
        'esbuild: missing entry points: client/src/extension.ts, client/src/client.ts, server/src/server.ts, server/src/node/analysisWorker.ts, server/src/cli/main.ts, client/src/browserExtension.ts, server/src/browserServer.ts, client/src/webview/main.ts, client/src/webview/team/main.ts (run from the repository root)\n',
      built: false,
    });
  });
});
