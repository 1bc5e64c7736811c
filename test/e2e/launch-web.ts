// Runs the extension in VS Code for the Web: code-server's workbench in headless Chromium, the extension's
// `browser` entry in the web worker extension host (extensionDevelopmentKind web), its language server in a
// web worker, and the workspace a `memfs:` folder served from memory by a test extension
// (web/memfsExtension.ts). Each session is a fresh workbench page running one suite of checks: web/webSuite.ts
// (the extension started by opening a ladder file), web/viewActivationSuite.ts (started by showing its
// view) and, with --screenshots, web/webScreenshots.ts (the samples, for the README). Needs the extension
// built (node esbuild.mjs) and code-server installed (npm run e2e:setup).
//
//   node --import tsx test/e2e/launch-web.ts [--screenshots DIR]
//
// Environment: LADDER_E2E_CACHE (where setup installed code-server), LADDER_E2E_TIMEOUT_MS (whole run,
// default 4 minutes), LADDER_E2E_DEBUG=1 (echo the browser's console), LADDER_E2E_KEEP=1 (keep the run folder),
// LADDER_E2E_SCREENSHOTS=DIR (same as --screenshots: once the checks passed, web.png of the workbench goes to DIR).
//
// While a suite runs, the launcher answers its questions about the page (the rendered panel, the file
// dialog, notifications, screenshots; web/webBridge.ts) with workbenchBridge.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Route } from 'playwright-core';
import { ASSESSMENT, CATALOGUE, LADDER } from '../protocol/fixtures';
import { launchChromium } from '../webview/browser';
import { repoRoot, sleep } from './common';
import { SCREENSHOTS_ENV, type LauncherRequest, type LauncherResponse } from './suite/launcher';
import { answerRequest } from './workbenchBridge';

const timeoutMs = Number(process.env.LADDER_E2E_TIMEOUT_MS ?? 4 * 60_000);
const debug = process.env.LADDER_E2E_DEBUG === '1';
const cache = process.env.LADDER_E2E_CACHE ?? join(homedir(), '.cache', 'career-ladder-e2e');
const entry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const deadline = Date.now() + timeoutMs;
const screenshotsArg = process.argv.indexOf('--screenshots');
const screenshotsDir =
  (screenshotsArg >= 0 ? process.argv[screenshotsArg + 1] : undefined) ?? (process.env[SCREENSHOTS_ENV] || undefined);

const MEMFS_ROOT = 'memfs:/team';
const SAMPLES_ROOT = 'memfs:/samples';
/** The path the suites POST their questions to, on the workbench's origin; the launcher intercepts it. */
const BRIDGE_PATH = '/career-ladder-e2e-bridge';

/** The files the memfs extension serves: the test workspace (the ladder and catalogue at the top, the
 * assessments one folder down) and, in its own folder, the samples for the screenshots. */
function memfsFiles(): Record<string, string> {
  const samples = join(repoRoot, 'samples');
  const alex = ASSESSMENT.replace('ladder: support.ladder.yaml', 'ladder: ../support.ladder.yaml');
  return {
    '/team/support.ladder.yaml': LADDER,
    '/team/core.competencies.yaml': CATALOGUE,
    '/team/people/alex.assessment.yaml': alex,
    // Without Alex's error (an unknown competency), so that a promotion packet can be made of it.
    '/team/people/sam.assessment.yaml': alex.replace('Alex Kim', 'Sam Rivera').replace('netwrking', 'networking'),
    ...Object.fromEntries(
      readdirSync(samples)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => [`/samples/${name}`, readFileSync(join(samples, name), 'utf8')]),
    ),
  };
}

/** A fresh workbench page running one suite on one folder. */
interface Session {
  suite: string;
  folder: string;
  viewport?: { width: number; height: number };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The test extension, bundled for the web worker extension host and packaged (a workbench takes one
 * extension under development: the Career Ladder one), and the suites, bundled into out/ inside the
 * repository: the workbench runs tests in the host of the extension whose folder holds them.
 */
async function bundle(
  root: string,
  bridgeUrl: string,
): Promise<{ fixtureVsix: string; suites: Record<string, string> }> {
  const fixture = join(root, 'memfs-extension');
  mkdirSync(fixture, { recursive: true });
  writeFileSync(
    join(fixture, 'package.json'),
    JSON.stringify({
      name: 'memfs-fixture',
      displayName: 'memfs fixture',
      description: 'A file system in memory for the web end-to-end run',
      publisher: 'career-ladder-tests',
      version: '0.0.1',
      license: 'MIT',
      engines: { vscode: '^1.90.0' },
      browser: './extension.js',
      activationEvents: ['onFileSystem:memfs'],
      capabilities: { virtualWorkspaces: true },
    }),
  );
  writeFileSync(join(fixture, 'README.md'), '# memfs fixture\n');
  writeFileSync(join(fixture, 'LICENSE'), 'MIT\n');
  const web: esbuild.BuildOptions = {
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  };
  await esbuild.build({
    ...web,
    entryPoints: [join(repoRoot, 'test', 'e2e', 'web', 'memfsExtension.ts')],
    outfile: join(fixture, 'extension.js'),
    define: { MEMFS_FILES: JSON.stringify(memfsFiles()) },
  });
  const fixtureVsix = join(root, 'memfs-fixture.vsix');
  const packed = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--out', fixtureVsix],
    { cwd: fixture, encoding: 'utf8' },
  );
  if (packed.status !== 0) throw new Error(`vsce package failed: ${packed.stderr || packed.stdout}`);
  const suites: Record<string, string> = {};
  for (const name of ['webSuite', 'viewActivationSuite', 'webScreenshots']) {
    suites[name] = join(repoRoot, 'out', 'test', 'e2e', 'web', `${name}.js`);
    await esbuild.build({
      ...web,
      entryPoints: [join(repoRoot, 'test', 'e2e', 'web', `${name}.ts`)],
      outfile: suites[name],
      define: { MEMFS_ROOT: JSON.stringify(MEMFS_ROOT), BRIDGE_URL: JSON.stringify(bridgeUrl) },
    });
  }
  return { fixtureVsix, suites };
}

/** Installs the test extension into the run's extensions folder. */
function installFixture(root: string, vsix: string): void {
  const installed = spawnSync(
    process.execPath,
    [
      entry,
      '--extensions-dir',
      join(root, 'extensions'),
      '--user-data-dir',
      join(root, 'user-data'),
      '--install-extension',
      vsix,
    ],
    { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
  );
  if (installed.status !== 0)
    throw new Error(`installing the memfs fixture failed: ${installed.stderr || installed.stdout}`);
}

function startCodeServer(root: string, port: number): ChildProcess {
  mkdirSync(join(root, 'user-data', 'User'), { recursive: true });
  // The extension has `main` and `browser`; with a remote it would run in the remote's Node host: this
  // runs it in the browser's web worker host, as VS Code for the Web does (vscode.dev has no remote).
  writeFileSync(
    join(root, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ 'remote.extensionKind': { 'career-ladder.career-ladder': ['web'] } }),
  );
  const args = [
    entry,
    ...['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`],
    ...['--user-data-dir', join(root, 'user-data'), '--extensions-dir', join(root, 'extensions')],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    ...['--disable-getting-started-override', '--config', join(root, 'config.yaml')],
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => debug && process.stdout.write(`[code-server] ${chunk.toString()}`));
  return child;
}

async function waitForServer(port: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('code-server did not start listening');
}

/** Answers a suite's question (web/webBridge.ts) about the page it runs in. */
async function answerBridge(route: Route, outDir: string | undefined): Promise<void> {
  let response: LauncherResponse;
  try {
    const request = JSON.parse(route.request().postData() ?? '') as LauncherRequest;
    response = { ok: true, value: await answerRequest(route.request().frame().page(), outDir, request) };
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  await route.fulfill({
    status: 200,
    contentType: 'application/json',
    headers: { 'Access-Control-Allow-Origin': '*' },
    body: JSON.stringify(response),
  });
}

/** Opens a fresh workbench on `session.folder` running `session.suite`; returns whether every check passed. */
async function runSession(browser: Browser, port: number, session: Session): Promise<boolean> {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionDevelopmentKind', 'web'],
    ['extensionTestsPath', remote(session.suite)],
  ];
  const context = await browser.newContext(session.viewport ? { viewport: session.viewport } : {});
  try {
    const page = await context.newPage();
    const origin = `http://127.0.0.1:${port}`;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${origin}${BRIDGE_PATH}`) return answerBridge(route, screenshotsDir);
      return url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)
        ? route.continue()
        : route.abort('blockedbyclient');
    });
    const lines: string[] = [];
    let exitCode: number | undefined;
    const record = (text: string): void => {
      if (debug) console.log(`[browser] ${text}`);
      const at = text.indexOf('[web e2e] ');
      if (at >= 0) {
        const line = text.slice(at + '[web e2e] '.length);
        lines.push(line);
        console.log(line);
      }
    };
    page.on('console', (message) => record(message.text()));
    page.on('worker', (worker) => worker.on('console', (message) => record(message.text())));
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      exitCode = code;
    });
    await page.goto(
      `${origin}/?folder=${encodeURIComponent(session.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    );
    while (exitCode === undefined) {
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeoutMs / 1000}s; the suite said: ${lines.join(' | ')}`);
      await sleep(100);
    }
    const summary = lines.find((line) => /^\d+ passed, \d+ failed$/.test(line));
    console.log(
      `web end-to-end (${session.suite.slice(session.suite.lastIndexOf('/') + 1)}): exit code ${exitCode}; ${summary ?? 'the suite printed no summary'}`,
    );
    return exitCode === 0 && summary?.endsWith(' 0 failed') === true;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  if (!existsSync(entry)) throw new Error(`code-server is not installed in ${cache}: run npm run e2e:setup first`);
  if (!existsSync(join(repoRoot, 'dist', 'browserExtension.js'))) throw new Error('build first: node esbuild.mjs');
  const root = mkdtempSync(join(tmpdir(), 'career-ladder-web-e2e-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const stop = (): void => {
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  try {
    const port = await freePort();
    const { fixtureVsix, suites } = await bundle(root, `http://127.0.0.1:${port}${BRIDGE_PATH}`);
    installFixture(root, fixtureVsix);
    server = startCodeServer(root, port);
    await waitForServer(port);
    browser = await launchChromium();
    const checks: Session[] = [
      { suite: suites.webSuite!, folder: MEMFS_ROOT },
      { suite: suites.viewActivationSuite!, folder: MEMFS_ROOT },
    ];
    let passed = true;
    for (const session of checks) passed = (await runSession(browser, port, session)) && passed;
    if (screenshotsDir) {
      if (!passed) throw new Error('no screenshots: a check failed');
      const shot = { suite: suites.webScreenshots!, folder: SAMPLES_ROOT, viewport: { width: 1400, height: 900 } };
      passed = await runSession(browser, port, shot);
    }
    return passed ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    stop();
    if (process.env.LADDER_E2E_KEEP === '1') console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`web end-to-end run failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
