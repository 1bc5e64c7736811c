// Runs the extension in VS Code for the Web: code-server's workbench in headless Chromium, the extension's
// `browser` entry in the web worker extension host (extensionDevelopmentKind web), its language server in a
// web worker, and the workspace a `memfs:` folder served from memory by a test extension
// (web/memfsExtension.ts). The checks are in web/webSuite.ts. Needs the extension built (node esbuild.mjs)
// and code-server installed (npm run e2e:setup).
//
//   node --import tsx test/e2e/launch-web.ts
//
// Environment: LADDER_E2E_CACHE (where setup installed code-server), LADDER_E2E_TIMEOUT_MS (whole run,
// default 4 minutes), LADDER_E2E_DEBUG=1 (echo the browser's console), LADDER_E2E_KEEP=1 (keep the run folder).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { ASSESSMENT, CATALOGUE, LADDER } from '../protocol/fixtures';
import { launchChromium } from '../webview/browser';
import { repoRoot, sleep } from './common';

const timeoutMs = Number(process.env.LADDER_E2E_TIMEOUT_MS ?? 4 * 60_000);
const debug = process.env.LADDER_E2E_DEBUG === '1';
const cache = process.env.LADDER_E2E_CACHE ?? join(homedir(), '.cache', 'career-ladder-e2e');
const entry = join(cache, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const deadline = Date.now() + timeoutMs;

const MEMFS_ROOT = 'memfs:/team';
/** The workspace the memfs extension serves: the ladder and catalogue at the top, the assessment one folder down. */
const MEMFS_FILES = {
  '/team/support.ladder.yaml': LADDER,
  '/team/core.competencies.yaml': CATALOGUE,
  '/team/people/alex.assessment.yaml': ASSESSMENT.replace(
    'ladder: support.ladder.yaml',
    'ladder: ../support.ladder.yaml',
  ),
};

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
 * extension under development: the Career Ladder one), and the suite, bundled into out/ inside the
 * repository: the workbench runs tests in the host of the extension whose folder holds them.
 */
async function bundle(root: string): Promise<{ fixtureVsix: string; suite: string }> {
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
    define: { MEMFS_FILES: JSON.stringify(MEMFS_FILES) },
  });
  const fixtureVsix = join(root, 'memfs-fixture.vsix');
  const packed = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--out', fixtureVsix],
    { cwd: fixture, encoding: 'utf8' },
  );
  if (packed.status !== 0) throw new Error(`vsce package failed: ${packed.stderr || packed.stdout}`);
  const suite = join(repoRoot, 'out', 'test', 'e2e', 'web', 'webSuite.js');
  await esbuild.build({
    ...web,
    entryPoints: [join(repoRoot, 'test', 'e2e', 'web', 'webSuite.ts')],
    outfile: suite,
    define: { MEMFS_ROOT: JSON.stringify(MEMFS_ROOT) },
  });
  return { fixtureVsix, suite };
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
    const { fixtureVsix, suite } = await bundle(root);
    installFixture(root, fixtureVsix);
    const port = await freePort();
    server = startCodeServer(root, port);
    await waitForServer(port);
    const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionDevelopmentKind', 'web'],
      ['extensionTestsPath', remote(suite)],
    ];
    browser = await launchChromium();
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${port}`;
    await page.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) || /^(data|blob):/.test(route.request().url())
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
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
      `${origin}/?folder=${encodeURIComponent(MEMFS_ROOT)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    );
    while (exitCode === undefined) {
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeoutMs / 1000}s; the suite said: ${lines.join(' | ')}`);
      await sleep(100);
    }
    const summary = lines.find((line) => /^\d+ passed, \d+ failed$/.test(line));
    console.log(`web end-to-end: exit code ${exitCode}; ${summary ?? 'the suite printed no summary'}`);
    return exitCode === 0 && summary?.endsWith(' 0 failed') ? 0 : 1;
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
