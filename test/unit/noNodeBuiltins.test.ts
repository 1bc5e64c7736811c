// The guard of the web bundles (build/noNodeBuiltins.mjs): a Node built-in module that reaches a bundle for
// the browser fails the build, with or without the `node:` prefix; browser code builds.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const REPO = resolve(__dirname, '..', '..');

async function buildForBrowser(contents: string): Promise<string[]> {
  const { noNodeBuiltins } = (await import(join(REPO, 'build', 'noNodeBuiltins.mjs'))) as {
    noNodeBuiltins: esbuild.Plugin;
  };
  try {
    await esbuild.build({
      stdin: { contents, resolveDir: REPO, sourcefile: 'entry.ts', loader: 'ts' },
      absWorkingDir: REPO,
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
      plugins: [noNodeBuiltins],
    });
    return [];
  } catch (error) {
    return (error as esbuild.BuildFailure).errors.map((message) => message.text);
  }
}

describe('no Node built-ins in the web bundles', () => {
  it('fails the build on a built-in module, named with or without node:', async () => {
    assert.deepEqual(await buildForBrowser("import { readFileSync } from 'node:fs';\nconsole.log(readFileSync);\n"), [
      'node:fs is a Node built-in module; entry.ts runs in a browser',
    ]);
    assert.deepEqual(await buildForBrowser("import { spawn } from 'child_process';\nconsole.log(spawn);\n"), [
      'child_process is a Node built-in module; entry.ts runs in a browser',
    ]);
    assert.deepEqual(await buildForBrowser("import { join } from 'path/posix';\nconsole.log(join);\n"), [
      'path/posix is a Node built-in module; entry.ts runs in a browser',
    ]);
  });

  it('builds code that needs only the browser', async () => {
    assert.deepEqual(await buildForBrowser("import { parse } from 'yaml';\nconsole.log(parse('a: 1'));\n"), []);
  });
});
