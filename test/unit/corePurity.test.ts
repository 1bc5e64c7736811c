// The core runs without Node: no node: modules, no Buffer, no process. Files, paths on this machine and
// real paths belong to the edge (server/src/node, the CLI and the server).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const CORE = join(__dirname, '..', '..', 'server', 'src', 'core');
const NODE_ONLY =
  /\bfrom '(?:node:[\w/]+|fs|path|url|os|child_process|worker_threads)'|\brequire\(|\bBuffer\b|\bprocess\.|\bNodeJS\.|\b__dirname\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('uses nothing that only Node has', () => {
    const files = sources(CORE);
    assert.ok(files.length > 50, `${files.length} files`);
    const offending = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          NODE_ONLY.test(line) ? [`${relative(CORE, path)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    assert.deepEqual(offending, []);
  });
});
