// The .vsix ships every bundle the build makes for the extension (the CLI's bundle goes into the npm
// package instead): a bundle left out of .vscodeignore's list works from a clone and fails once installed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

describe('the .vsix contents', () => {
  it('include every script and style sheet in dist/ but the CLI', () => {
    const shipped = readFileSync('.vscodeignore', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!dist/'))
      .map((line) => line.slice(1));
    const built = readdirSync('dist')
      .filter((name) => /\.(js|css)$/.test(name) && name !== 'cli.js')
      .map((name) => `dist/${name}`);
    assert.ok(built.length >= 9, `dist/ holds ${built.join(', ')}: run node esbuild.mjs first`);
    assert.deepEqual(
      built.filter((file) => !shipped.includes(file)),
      [],
    );
  });
});
