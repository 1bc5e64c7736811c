// The `ladder` command as an npm package: packed from a clean tree, installed offline into an empty
// folder, it runs with node built-ins alone (no dependency, no build step).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO } from './helpers';
import { packRepository, removeTempDirs, tempDir, type PackedCli } from './packedCli';

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return result;
}

describe('npm pack', () => {
  let packed: PackedCli;
  let installed: string;

  before(() => {
    packed = packRepository();
    installed = tempDir('ladder-install-');
    writeFileSync(join(installed, 'package.json'), '{ "name": "ladder-user", "private": true }\n');
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', packed.tarball], installed);
    assert.equal(install.status, 0, install.stderr);
    cpSync(join(REPO, 'samples'), join(installed, 'samples'), { recursive: true });
  });
  after(removeTempDirs);

  it('holds the bundled CLI, the schemas, the README and the licence, nothing else', () => {
    assert.deepEqual(packed.files, [
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
      'schemas/assessment.schema.json',
      'schemas/competencies.schema.json',
      'schemas/ladder.schema.json',
      'schemas/review.schema.json',
    ]);
    assert.ok(packed.size < 200_000, `the tarball is ${packed.size} bytes`);
  });

  it('ships the production build of the CLI: minified, without a source map', () => {
    const cli = readFileSync(join(installed, 'node_modules', 'career-ladder', 'dist', 'cli.js'), 'utf8');
    assert.ok(cli.startsWith('#!/usr/bin/env node\n'));
    assert.doesNotMatch(cli, /sourceMappingURL/);
    // The CLI carries the whole core service (the editor features too: rename, formatting, hints), 520,123
    // characters once VS Code for the Web and rename landed; the limit catches a build that is not minified.
    assert.ok(cli.length < 560_000, `dist/cli.js is ${cli.length} characters`);
  });

  it('installs offline with no dependency', () => {
    assert.deepEqual(
      readdirSync(join(installed, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['career-ladder'],
    );
  });

  it('checks the samples clean with npx ladder check', () => {
    const result = run('npx', ['--no', 'ladder', 'check', 'samples'], installed);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stderr, '15 files checked: 0 errors, 2 info\n');
  });

  it('exits 1 with the errors of a broken ladder', () => {
    writeFileSync(join(installed, 'broken.ladder.yaml'), 'id: x\nname: [\n');
    const result = run('npx', ['--no', 'ladder', 'check', 'broken.ladder.yaml'], installed);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.equal(result.stderr, '1 file checked: 6 errors\n');
    assert.match(result.stdout, /^broken\.ladder\.yaml:3:1: error: .* \[yaml-syntax\]$/m);
  });

  it('scores a sample assessment with npx ladder score', () => {
    const result = run('npx', ['--no', 'ladder', 'score', 'samples/alex-kim.assessment.yaml'], installed);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.split('\n').slice(0, 3), [
      'Alex Kim',
      'Ladder:        Customer Engineering Career Ladder (customer-engineering)',
      'Current level: Customer Engineer (customer-engineer)',
    ]);
  });
});
