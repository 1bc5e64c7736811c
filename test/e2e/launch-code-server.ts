// Runs the end-to-end suite in code-server: the real VS Code workbench and extension host, installed from
// npm by setup-code-server.sh, opened in headless Chromium. Needs the extension built (node esbuild.mjs).
//
//   node --import tsx test/e2e/launch-code-server.ts [--screenshots DIR] [--locale de]
//
// With --locale (or LADDER_E2E_LOCALE) the workbench runs in that display language, with a stand-in language
// pack installed (languagePack.ts), and only the suite for that language runs (LOCALE_SUITES) unless
// LADDER_E2E_GREP says otherwise; the other suites assert English and run in a workbench of their own.
//
// Environment: LADDER_E2E_CACHE (where setup installed code-server), LADDER_E2E_TIMEOUT_MS (whole run,
// default 5 minutes), LADDER_E2E_GREP (run only matching tests), LADDER_E2E_KEEP=1 (keep the run folder),
// LADDER_E2E_DEBUG=1 (echo code-server's and the browser's output), LADDER_E2E_SCREENSHOTS=DIR (same as
// --screenshots: after the suite passes, screenshots of the workbench in light and dark go to DIR),
// LADDER_E2E_UNTRUSTED=1 (leave workspace trust on and the folder untrusted: Restricted Mode).
//
// While the suite runs, the launcher answers its questions about the page (suite/launcher.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../webview/browser';
import {
  bundleSuite,
  checkExtensionBuilt,
  makeRunFolder,
  readResult,
  repoRoot,
  sleep,
  testResultsDir,
  type RunFolder,
} from './common';
import { installLanguagePack, isKnownLocale } from './languagePack';
import { BRIDGE_ENV, LOCALE_SUITES, SCREENSHOTS_ENV } from './suite/launcher';
import { GREP_ENV, RESULT_FILE_ENV, progressFile, summaryLine, type SuiteResult } from './suite/result';
import { serveWorkbenchBridge, type WorkbenchBridge } from './workbenchBridge';
import { buildYamlStandin, yamlStandinIdentity } from './yamlStandin';

const timeoutMs = Number(process.env.LADDER_E2E_TIMEOUT_MS ?? 5 * 60_000);
const debug = process.env.LADDER_E2E_DEBUG === '1';
const untrusted = process.env.LADDER_E2E_UNTRUSTED === '1';
const cache = process.env.LADDER_E2E_CACHE ?? join(homedir(), '.cache', 'career-ladder-e2e');
const entry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const screenshotsArg = process.argv.indexOf('--screenshots');
const screenshotsDir =
  (screenshotsArg >= 0 ? process.argv[screenshotsArg + 1] : undefined) ?? (process.env[SCREENSHOTS_ENV] || undefined);
const localeArg = process.argv.indexOf('--locale');
const locale =
  (localeArg >= 0 ? process.argv[localeArg + 1] : undefined) ?? (process.env.LADDER_E2E_LOCALE || undefined);
const started = Date.now();
const deadline = started + timeoutMs;

class LaunchError extends Error {}

function log(message: string): void {
  console.log(`[code-server e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function checkDeadline(what: string): void {
  if (Date.now() > deadline) {
    throw new LaunchError(`timed out after ${timeoutMs / 1000}s ${what} (LADDER_E2E_TIMEOUT_MS)`);
  }
}

interface Server {
  process: ChildProcess;
  exited: () => string | undefined;
  logFile: string;
}

function startCodeServer(run: RunFolder, port: number, bridgeDir: string): Server {
  const logFile = join(run.root, 'code-server.log');
  const output = createWriteStream(logFile);
  if (untrusted) {
    // Restricted Mode without the modal that asks whether to trust the folder.
    mkdirSync(join(run.root, 'user-data', 'User'), { recursive: true });
    writeFileSync(
      join(run.root, 'user-data', 'User', 'settings.json'),
      JSON.stringify({ 'security.workspace.trust.startupPrompt': 'never' }),
    );
  }
  const args = [
    entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    join(run.root, 'user-data'),
    '--extensions-dir',
    join(run.root, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    ...(locale ? ['--locale', locale] : []),
    '--disable-getting-started-override',
    '--config',
    join(run.root, 'config.yaml'),
    run.workspace,
  ];
  const env = {
    ...process.env,
    // The extension host is a child of code-server and inherits this environment.
    [RESULT_FILE_ENV]: run.resultFile,
    [BRIDGE_ENV]: bridgeDir,
    ...(screenshotsDir ? { [SCREENSHOTS_ENV]: screenshotsDir } : {}),
    ...(locale && !process.env[GREP_ENV] ? { [GREP_ENV]: LOCALE_SUITES[locale] } : {}),
    // No extension marketplace: nothing but loopback.
    EXTENSIONS_GALLERY: '{}',
  };
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = `code-server exited (${signal ?? `code ${code}`})`;
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output.write(chunk);
      if (debug) process.stdout.write(`[code-server] ${chunk.toString()}`);
    });
  }
  return { process: child, exited: () => exit, logFile };
}

/** Ends code-server and every process it started (extension host, pty host, file watcher). */
function stopCodeServer(server: Server | undefined): void {
  const pid = server?.process.pid;
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function waitForServer(server: Server, port: number): Promise<void> {
  for (;;) {
    const exit = server.exited();
    if (exit) throw new LaunchError(`${exit} before it was ready; see its log below`);
    checkDeadline('waiting for code-server to listen');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

function workbenchUrl(port: number, run: RunFolder, suite: string): string {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(suite)],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Polls for the suite's result file, echoing its progress lines as they come and answering its questions. */
async function waitForResult(run: RunFolder, server: Server, bridge: WorkbenchBridge): Promise<SuiteResult> {
  const progress = progressFile(run.resultFile);
  let printed = 0;
  const echoProgress = (): void => {
    if (!existsSync(progress) || statSync(progress).size <= printed) return;
    const text = readFileSync(progress, 'utf8');
    const complete = text.slice(printed, text.lastIndexOf('\n') + 1);
    if (complete) process.stdout.write(complete);
    printed += Buffer.byteLength(complete);
  };
  for (;;) {
    echoProgress();
    await bridge.poll();
    const result = readResult(run.resultFile);
    if (result) {
      echoProgress();
      return result;
    }
    const exit = server.exited();
    if (exit) throw new LaunchError(`${exit} while the suite was running`);
    checkDeadline('waiting for the suite to finish');
    await sleep(100);
  }
}

async function saveFailureEvidence(
  page: Page | undefined,
  run: RunFolder | undefined,
  server: Server | undefined,
): Promise<void> {
  mkdirSync(testResultsDir, { recursive: true });
  if (page) {
    const screenshot = join(testResultsDir, 'e2e-code-server.png');
    try {
      await page.screenshot({ path: screenshot, timeout: 10_000 });
      console.error(`screenshot: ${screenshot}`);
    } catch (error) {
      console.error(`no screenshot: ${(error as Error).message}`);
    }
  }
  if (server && existsSync(server.logFile)) {
    copyFileSync(server.logFile, join(testResultsDir, 'e2e-code-server.log'));
    const lines = readFileSync(server.logFile, 'utf8').trimEnd().split('\n');
    console.error(`last lines of code-server's log (all in ${join(testResultsDir, 'e2e-code-server.log')}):`);
    console.error(lines.slice(-30).join('\n'));
  }
  if (run)
    console.error(
      `extension host logs: ${join(run.root, 'user-data', 'logs')}${process.env.LADDER_E2E_KEEP === '1' ? '' : ' (set LADDER_E2E_KEEP=1 to keep them)'}`,
    );
}

async function main(): Promise<number> {
  if (!existsSync(entry)) {
    throw new LaunchError(`code-server is not installed in ${cache}: run npm run e2e:setup first`);
  }
  checkExtensionBuilt();
  if (locale && (!isKnownLocale(locale) || !LOCALE_SUITES[locale]))
    throw new LaunchError(`no suite and no stand-in language pack for --locale ${locale}`);
  const suite = await bundleSuite();

  let run: RunFolder | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let result: SuiteResult | undefined;
  const stop = (): void => stopCodeServer(server);
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  try {
    run = makeRunFolder('career-ladder-e2e-');
    // Installed like a user's extension (the workbench URL takes one development path): with no manifest in
    // the extensions folder yet, the editor adopts every extension folder it finds there.
    await buildYamlStandin(join(run.root, 'extensions', yamlStandinIdentity().folderName));
    if (locale) {
      installLanguagePack(
        entry,
        { root: run.root, extensions: join(run.root, 'extensions'), userData: join(run.root, 'user-data') },
        locale,
      );
      log(`display language ${locale}: stand-in language pack installed`);
    }
    const bridgeDir = join(run.root, 'bridge');
    mkdirSync(bridgeDir);
    const bridge = serveWorkbenchBridge(bridgeDir, () => page, screenshotsDir);
    const port = await freePort();
    server = startCodeServer(run, port, bridgeDir);
    await waitForServer(server, port);
    log(`code-server listening on 127.0.0.1:${port}`);

    browser = await launchChromium();
    const viewport = screenshotsDir ? { width: 1400, height: 900 } : { width: 1280, height: 800 };
    const context = await browser.newContext({ viewport });
    const origin = `http://127.0.0.1:${port}`;
    const blocked: string[] = [];
    // Only code-server itself; anything else (marketplace, CDNs) is refused without leaving the machine.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)) return route.continue();
      blocked.push(url);
      if (debug) log(`blocked ${url}`);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    if (debug) {
      page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => console.log(`[browser error] ${error.message}`));
    }
    await page.goto(workbenchUrl(port, run, suite), { timeout: Math.max(1_000, deadline - Date.now()) });
    log('workbench loaded; running the suite');

    result = await waitForResult(run, server, bridge);
    for (const file of bridge.screenshots) log(`wrote ${file}`);
    if (result.failed > 0) await saveFailureEvidence(page, run, server);
    return result.failed > 0 ? 1 : 0;
  } catch (error) {
    console.error(
      `\nend-to-end run failed: ${error instanceof LaunchError ? error.message : ((error as Error).stack ?? error)}`,
    );
    await saveFailureEvidence(page, run, server);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
    if (run && process.env.LADDER_E2E_KEEP !== '1') rmSync(run.root, { recursive: true, force: true });
    else if (run) log(`kept ${run.root}`);
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    console.log(summaryLine(result ?? { passed: 0, failed: 1 }));
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof LaunchError ? error.message : error);
    console.log(summaryLine({ passed: 0, failed: 1 }));
    process.exit(1);
  },
);
