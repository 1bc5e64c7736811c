// Runs the TypeScript test files of the named suites (folders under test/) with Node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const suites = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const passThrough = process.argv.slice(2).filter((arg) => arg.startsWith('--'));

function testFiles(dir) {
  let found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(testFiles(path));
    else if (name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const files = suites.flatMap((suite) => testFiles(join('test', suite)));
if (files.length === 0) {
  console.error(`no test files in ${suites.join(', ')}`);
  process.exit(1);
}
// A test file whose tests have all finished ends there, even if something it started still holds its event loop
// (one CI run waited 90 minutes on such a file after its last test passed); no test file or test runs past 15 minutes.
const guards = ['--test-force-exit', '--test-timeout=900000'];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...guards, ...passThrough, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
