// Runs the end-to-end suite in desktop VS Code through @vscode/test-electron, which downloads VS Code from
// Microsoft's update service (so it needs internet access; offline, use launch-code-server.ts). Needs the
// extension built (node esbuild.mjs).
//
//   node --import tsx test/e2e/launch-electron.ts
//
// Environment: LADDER_E2E_VSCODE_VERSION (default 'stable'), LADDER_E2E_GREP, LADDER_E2E_KEEP=1.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite, checkExtensionBuilt, makeRunFolder, readResult, repoRoot } from './common';
import { buildYamlStandin } from './yamlStandin';
import { GREP_ENV, RESULT_FILE_ENV, summaryLine } from './suite/result';

async function main(): Promise<number> {
  checkExtensionBuilt();
  const suite = await bundleSuite();
  const run = makeRunFolder('career-ladder-e2e-electron-');
  let status = 1;
  let launchError: unknown;
  try {
    status = await runTests({
      version: process.env.LADDER_E2E_VSCODE_VERSION ?? 'stable',
      // The extension under test, and the YAML extension stand-in beside it.
      extensionDevelopmentPath: [repoRoot, await buildYamlStandin(join(run.root, 'yaml-standin'))],
      extensionTestsPath: suite,
      extensionTestsEnv: {
        [RESULT_FILE_ENV]: run.resultFile,
        ...(process.env[GREP_ENV] ? { [GREP_ENV]: process.env[GREP_ENV] } : {}),
      },
      launchArgs: [
        run.workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${run.root}/user-data`,
        `--extensions-dir=${run.root}/extensions`,
      ],
    });
  } catch (error) {
    launchError = error;
  }

  const result = readResult(run.resultFile);
  if (result) {
    console.log(result.lines.join('\n'));
  } else {
    console.error(
      `no result from the suite: ${launchError instanceof Error ? launchError.message : (launchError ?? `VS Code exited with ${status}`)}`,
    );
  }
  if (process.env.LADDER_E2E_KEEP !== '1') rmSync(run.root, { recursive: true, force: true });
  console.log(summaryLine(result ?? { passed: 0, failed: 1 }));
  return result && result.failed === 0 && status === 0 && !launchError ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    console.log(summaryLine({ passed: 0, failed: 1 }));
    process.exit(1);
  },
);
