// The layer rules (.dependency-cruiser.cjs) catch what they are for: a copy of the repository's layout
// holding one forbidden import of each kind gives exactly one violation of each rule.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const folder = mkdtempSync(join(tmpdir(), 'ladder-layers-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  // The bundle entry points import everything below, so that nothing is dead code but `dead.ts`.
  'client/src/extension.ts': "import './ok';\nimport './reachesCore';\n",
  'client/src/client.ts': '',
  'client/src/webview/main.ts':
    "import './usesVscode';\nimport './usesNode';\nimport './usesExtension';\nimport type { Shared } from '../../../server/src/protocol';\nexport type { Shared };\n",
  'server/src/server.ts':
    "import './core/index';\nimport './lsp/reachesCoreInside';\nimport './usesTests';\nimport './usesDevDependency';\nimport './undeclared';\nimport './unresolvable';\n",
  'server/src/cli/main.ts': "import '../core';\n",
  'server/src/browserServer.ts': "import './browser/readsDisk';\n",
  'server/src/browser/readsDisk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'server/src/core/index.ts':
    "import './editor';\nimport './connection';\nimport './disk';\nimport './outer';\nimport './cycleA';\nimport './workspace/host';\nexport { shared } from './fine';\n",
  'server/src/lsp/reachesCoreInside.ts': "import { shared } from '../core/fine';\nexport const inside = shared;\n",
  'server/src/protocol.ts':
    "export { shared } from './core';\nexport { kinds } from './core/fileKinds';\nexport { outer } from './core/fine';\nexport type Shared = string;\n",
  'server/src/core/fileKinds.ts': "export const kinds = ['Ladder'];\n",
  'client/src/ok.ts': "import { shared } from '../../server/src/protocol';\nexport const ok = shared;\n",
  'client/src/reachesCore.ts': "import { shared } from '../../server/src/core/fine';\nexport const reaches = shared;\n",
  'client/src/webview/usesVscode.ts': "import * as vscode from 'vscode';\nexport const api = vscode;\n",
  'client/src/webview/usesNode.ts': "import { join } from 'node:path';\nexport const joined = join;\n",
  'client/src/webview/usesExtension.ts': "import { ok } from '../ok';\nexport const fromExtension = ok;\n",
  'server/src/core/fine.ts':
    "import type { Position } from 'vscode-languageserver-textdocument';\nexport const shared = 'shared' as unknown as Position;\n",
  'server/src/core/editor.ts': "import type * as vscode from 'vscode';\nexport type Editor = vscode.Uri;\n",
  'server/src/core/connection.ts':
    "import { createConnection } from 'vscode-languageserver/node';\nexport const connect = createConnection;\n",
  'server/src/core/disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'server/src/core/workspace/host.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'server/src/core/outer.ts': "import '../cli/other';\n",
  'server/src/cli/other.ts': 'export const other = 1;\n',
  'server/src/core/cycleA.ts': "import { b } from './cycleB';\nexport const a = () => b;\n",
  'server/src/core/cycleB.ts': "import { a } from './cycleA';\nexport const b = () => a;\n",
  'server/src/usesTests.ts': "import { helper } from '../../test/helper';\nexport const used = helper;\n",
  'server/src/usesDevDependency.ts': "import fc from 'fast-check';\nexport const property = fc;\n",
  'server/src/undeclared.ts':
    "import { Position } from 'vscode-languageserver-types';\nexport const position = Position;\n",
  'server/src/unresolvable.ts': "import { nothing } from './nowhere';\nexport const missing = nothing;\n",
  'server/src/dead.ts': 'export const dead = 1;\n',
  'test/helper.ts': 'export const helper = 1;\n',
};

function cruise() {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  copyFileSync('package.json', join(folder, 'package.json'));
  symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
  const run = spawnSync(
    process.execPath,
    [
      resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      resolve('.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'server/src',
      'client/src',
      'test',
    ],
    { cwd: folder, encoding: 'utf8' },
  );
  const result = JSON.parse(run.stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return result.summary.violations
    .map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)
    .sort();
}

describe('layer rules', () => {
  it('report each forbidden import, and only those', () => {
    assert.deepEqual(cruise(), [
      'browser-not-to-node-builtins: client/src/webview/usesNode.ts → path',
      'browser-not-to-vscode: client/src/webview/usesVscode.ts → node_modules/@types/vscode/index.d.ts',
      'browser-runs-only-browser-code: client/src/webview/usesExtension.ts → client/src/ok.ts',
      'browser-runs-only-browser-code: client/src/webview/usesNode.ts → path',
      'browser-runs-only-browser-code: client/src/webview/usesVscode.ts → node_modules/@types/vscode/index.d.ts',
      'client-only-through-protocol: client/src/reachesCore.ts → server/src/core/fine.ts',
      'core-not-to-editor-or-connection: server/src/core/connection.ts → node_modules/vscode-languageserver/node.js',
      'core-not-to-editor-or-connection: server/src/core/editor.ts → node_modules/@types/vscode/index.d.ts',
      'core-not-to-node: server/src/core/disk.ts → fs',
      'core-not-to-node: server/src/core/workspace/host.ts → fs',
      'core-not-to-outer-layers: server/src/core/outer.ts → server/src/cli/other.ts',
      'core-only-through-its-entry: client/src/reachesCore.ts → server/src/core/fine.ts',
      'core-only-through-its-entry: server/src/lsp/reachesCoreInside.ts → server/src/core/fine.ts',
      'no-circular: server/src/core/cycleA.ts → server/src/core/cycleB.ts',
      'no-dead-source: server/src/dead.ts → server/src/dead.ts',
      'no-non-package-json: server/src/undeclared.ts → node_modules/vscode-languageserver-types/lib/esm/main.js',
      'not-to-unresolvable: server/src/unresolvable.ts → ./nowhere',
      'protocol-only-through-core-entry-or-file-kinds: server/src/protocol.ts → server/src/core/fine.ts',
      'source-not-to-dev-dependencies: server/src/usesDevDependency.ts → node_modules/fast-check/lib/cjs/fast-check.d.ts',
      'source-not-to-tests: server/src/usesTests.ts → test/helper.ts',
      'web-not-to-node: server/src/browserServer.ts → fs',
    ]);
  });
});
