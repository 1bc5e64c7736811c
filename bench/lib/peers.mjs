// The peers the benchmark compares with, found or installed on demand: yaml-language-server 2.0.0 (the
// editor peer) and ajv-cli (the command-line peer, a dev dependency).
//
// yaml-language-server 2.0.0 declares `engines.node >=22.13`, so it is not a dependency of the project
// (npm would warn on Node 20); it is installed into bench/.peers (ignored by git) the first time it is
// needed, and the benchmark says so when it cannot be installed or cannot run on this Node.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const YAML_SERVER_VERSION = '2.0.0';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Whether `version` (x.y.z) satisfies a `>=a.b.c` range; other ranges are taken as satisfied. */
export function satisfiesMinimum(version, range) {
  const minimum = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range?.trim() ?? '');
  if (!minimum) return true;
  const have = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const want = Number(minimum[i + 1]);
    if ((have[i] ?? 0) !== want) return (have[i] ?? 0) > want;
  }
  return true;
}

/**
 * The yaml-language-server script to run, installing it into `bench/.peers` if needed, or `error` (why
 * it cannot run). `note` says when it runs on a Node older than it declares.
 */
export function yamlLanguageServer(repo, log) {
  const prefix = join(repo, 'bench', '.peers');
  const home = join(prefix, 'node_modules', 'yaml-language-server');
  const installed = () => {
    try {
      return JSON.parse(readFileSync(join(home, 'package.json'), 'utf8'));
    } catch {
      return undefined;
    }
  };
  let pkg = installed();
  if (pkg?.version !== YAML_SERVER_VERSION) {
    log(`Installing yaml-language-server ${YAML_SERVER_VERSION} into bench/.peers (once)…`);
    const run = spawnSync(
      npm,
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `yaml-language-server@${YAML_SERVER_VERSION}`,
      ],
      { cwd: repo, encoding: 'utf8', timeout: 300_000 },
    );
    pkg = installed();
    if (run.status !== 0 || pkg?.version !== YAML_SERVER_VERSION)
      return {
        error: `yaml-language-server ${YAML_SERVER_VERSION} could not be installed (npm exited ${run.status}: ${(run.stderr || '').trim().split('\n').slice(-2).join(' ')})`,
      };
  }
  const script = join(home, 'bin', 'yaml-language-server');
  if (!existsSync(script))
    return { error: `yaml-language-server ${YAML_SERVER_VERSION} has no bin/yaml-language-server` };
  const engines = pkg.engines?.node;
  const note = satisfiesMinimum(process.versions.node, engines)
    ? undefined
    : `yaml-language-server ${YAML_SERVER_VERSION} declares node ${engines}; it ran on Node ${process.versions.node}`;
  return { script, version: pkg.version, note };
}

/** The ajv-cli command (a dev dependency), or `error`. */
export function ajvCli(repo) {
  const script = join(repo, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  if (!existsSync(script)) return { error: 'ajv-cli is not installed (a dev dependency: npm install)' };
  let version;
  try {
    version = JSON.parse(readFileSync(join(repo, 'node_modules', 'ajv-cli', 'package.json'), 'utf8')).version;
  } catch {
    version = undefined;
  }
  return { script, version };
}
