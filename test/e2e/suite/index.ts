// Entry of the end-to-end suite. VS Code loads the bundle of this file (out/test/e2e/suite/index.js) in its
// extension host, next to the extension under test, and calls run(). Every *.test.ts file under this folder
// is part of the bundle; write tests with mocha's `suite`/`test` (or `describe`/`it`) imported from 'mocha'.
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { findSourceMap, type SourceMapping } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { launcherBridge, SCREENSHOTS_ENV } from './launcher';
import {
  GREP_ENV,
  RESULT_FILE_ENV,
  RESULT_FILE_NAME,
  progressFile,
  summaryLine,
  type SuiteResult,
  type TestOutcome,
} from './result';

/** The test files, relative to this folder and without `.test.ts`; set by the bundler (bundle-suite.ts). */
declare const E2E_TEST_FILES: readonly string[];

function resultFilePath(): string {
  const fromEnv = process.env[RESULT_FILE_ENV];
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(`no ${RESULT_FILE_ENV} and no workspace folder: nowhere to write the result`);
  return join(dirname(folder.uri.fsPath), RESULT_FILE_NAME);
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

// The extension host formats stack traces itself, so Node's source-map support does not apply to them; map
// this bundle's frames back to the test sources here. (The loader enables source maps before the bundle.)
const repoRoot = resolve(__dirname, '..', '..', '..', '..');
function mapStack(stack: string): string {
  const map = findSourceMap(__filename);
  if (!map) return stack;
  return stack.replace(/([^\s()]*suite\.js):(\d+):(\d+)/g, (frame, _file: string, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as Partial<SourceMapping>;
    if (!entry.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return frame;
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : entry.originalSource;
    return `${relative(repoRoot, resolve(dirname(__filename), source))}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return mapStack(error.stack ?? `${error.name}: ${error.message}`);
  return String(error);
}

/** After a passing run, when asked: screenshots of the workbench (screenshots.ts), reported like a test. */
async function screenshots(record: (outcome: TestOutcome) => void): Promise<void> {
  const title = 'screenshots of the workbench';
  const bridge = launcherBridge();
  if (!bridge) {
    record({ title: `${title} (only the code-server launcher takes them)`, state: 'pending', durationMs: 0 });
    return;
  }
  const started = Date.now();
  try {
    const { takeScreenshots } = await import('./screenshots');
    const files = await takeScreenshots(bridge);
    record({ title: `${title}: ${files.join(', ')}`, state: 'passed', durationMs: Date.now() - started });
  } catch (error) {
    record({ title, state: 'failed', durationMs: Date.now() - started, error: describeError(error) });
  }
}

export async function run(): Promise<void> {
  const resultFile = resultFilePath();
  const progress = progressFile(resultFile);
  mkdirSync(dirname(resultFile), { recursive: true });
  writeFileSync(progress, '');
  const result: SuiteResult = { passed: 0, failed: 0, pending: 0, tests: [], lines: [] };
  const print = (line: string): void => {
    result.lines.push(line);
    appendFileSync(progress, `${line}\n`);
    console.log(line);
  };
  const record = (outcome: TestOutcome): void => {
    result.tests.push(outcome);
    if (outcome.state === 'passed') result.passed += 1;
    else if (outcome.state === 'failed') result.failed += 1;
    else result.pending += 1;
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[outcome.state];
    print(`${mark} ${outcome.title} (${outcome.durationMs} ms)`);
    if (outcome.error) print(outcome.error.replace(/^/gm, '     '));
  };

  try {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: Mocha.reporters.Base });
    const grep = process.env[GREP_ENV];
    if (grep) mocha.grep(grep);

    for (const name of E2E_TEST_FILES) {
      const file = `${name}.test.ts`;
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
      try {
        // The bundler includes every file this pattern matches; each runs when required here.
        mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_REQUIRE, require(`./${name}.test.ts`), file, mocha);
      } catch (error) {
        record({ title: `loading ${file}`, state: 'failed', durationMs: 0, error: describeError(error) });
      }
      mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, file, mocha);
    }

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) =>
        record({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
      );
      runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error) =>
        record({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration ?? 0,
          error: describeError(error),
        }),
      );
      runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test) =>
        record({ title: test.fullTitle(), state: 'pending', durationMs: 0 }),
      );
    });
  } catch (error) {
    record({ title: 'running the suite', state: 'failed', durationMs: 0, error: describeError(error) });
  }

  if (result.passed + result.failed === 0) {
    record({ title: 'the suite', state: 'failed', durationMs: 0, error: 'no test ran' });
  }
  if (process.env[SCREENSHOTS_ENV] && result.failed === 0) await screenshots(record);
  console.log(summaryLine(result));
  writeAtomically(resultFile, JSON.stringify(result, null, 2));
  if (result.failed > 0) throw new Error(`${result.failed} end-to-end test(s) failed`);
}
