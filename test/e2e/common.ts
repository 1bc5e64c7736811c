// Shared by the end-to-end launchers: bundling the suite, the throwaway workspace, reading the result.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';
import { RESULT_FILE_NAME, type SuiteResult } from './suite/result';

export const repoRoot = resolve(__dirname, '..', '..');
export const suiteSourceDir = join(repoRoot, 'test', 'e2e', 'suite');
const suiteOutDir = join(repoRoot, 'out', 'test', 'e2e', 'suite');
/** What VS Code loads as extensionTestsPath: enables source maps, then loads the bundle (suite.js), so that
 * failures point at test/e2e/suite/*.ts lines. */
export const suiteEntry = join(suiteOutDir, 'index.js');
export const testResultsDir = join(repoRoot, 'test-results');

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return testFiles(path);
      return name.endsWith('.test.ts') ? [path] : [];
    });
}

/** Bundles test/e2e/suite (index.ts and every *.test.ts below it) into one CommonJS file for the
 * extension host; `vscode` comes from the host. Returns the path of the entry to give VS Code. */
export async function bundleSuite(): Promise<string> {
  const names = testFiles(suiteSourceDir).map((file) =>
    relative(suiteSourceDir, file)
      .split(sep)
      .join('/')
      .replace(/\.test\.ts$/, ''),
  );
  if (names.length === 0) throw new Error(`no *.test.ts files in ${relative(repoRoot, suiteSourceDir)}`);
  await esbuild.build({
    entryPoints: [join(suiteSourceDir, 'index.ts')],
    outfile: join(suiteOutDir, 'suite.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    define: { E2E_TEST_FILES: JSON.stringify(names) },
    logLevel: 'warning',
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  writeFileSync(
    suiteEntry,
    "'use strict';\nprocess.setSourceMapsEnabled(true);\nmodule.exports = require('./suite.js');\n",
  );
  return suiteEntry;
}

/** The extension's entry point must be built (`node esbuild.mjs`) before the suite can load it. */
export function checkExtensionBuilt(): void {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main?: string };
  const main = manifest.main ? join(repoRoot, manifest.main) : undefined;
  if (main && !existsSync(main)) {
    throw new Error(`${relative(repoRoot, main)} is missing: build the extension first (node esbuild.mjs)`);
  }
}

export interface RunFolder {
  /** Root of everything this run writes; removed at the end. */
  root: string;
  /** A copy of samples/ (or of the fixture workspace when samples/ has no files) that tests may edit. */
  workspace: string;
  resultFile: string;
}

function hasFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => !name.startsWith('.'));
}

export function makeRunFolder(prefix: string): RunFolder {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const workspace = join(root, 'workspace');
  const samples = join(repoRoot, 'samples');
  const source = hasFiles(samples) ? samples : join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');
  cpSync(source, workspace, { recursive: true });
  // Same place the suite falls back to when the environment variable does not reach it.
  return { root, workspace, resultFile: join(root, RESULT_FILE_NAME) };
}

export function readResult(resultFile: string): SuiteResult | undefined {
  if (!existsSync(resultFile)) return undefined;
  return JSON.parse(readFileSync(resultFile, 'utf8')) as SuiteResult;
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
