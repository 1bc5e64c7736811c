// The language server of VS Code for the Web (dist/browserServer.js) in a web worker of headless Chromium, on
// the ladder scenario the Node server runs over stdio (scenarios.mjs): the same folder, opens, edits and
// requests. The page plays the language client as vscode-languageclient/browser does (postMessage), serves
// the folder as a virtual workspace through the server's file requests, as the extension serves it through
// `workspace.fs`, and times each step itself, so that no round trip between this process and the page is
// counted.

import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CLIENT_CAPABILITIES } from './lspClient.mjs';
import { round, summarize } from './stats.mjs';

const ROOT = 'memfs:/bench';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/** Chromium from Debian's package unless LADDER_CHROMIUM names another binary (as the browser tests find it). */
const chromiumPath = () => process.env.LADDER_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Runs in the page: starts the worker, answers its file requests from `files`, and keeps the language
 * client's side of the conversation (requests, notifications, waiting for diagnostics) on `window.__bench`.
 */
function startClient({ source, files }) {
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const pending = new Map();
  const waiters = [];
  const errors = [];
  let nextId = 1;
  worker.onerror = (event) => errors.push(event.message);

  const listing = (folder) => {
    const prefix = `${folder.replace(/\/$/, '')}/`;
    const entries = new Map();
    for (const uri of Object.keys(files)) {
      if (!uri.startsWith(prefix)) continue;
      const [name, ...rest] = uri.slice(prefix.length).split('/');
      entries.set(name, rest.length > 0 ? 'directory' : 'file');
    }
    return entries.size > 0 ? [...entries] : null;
  };
  const answer = (method, params) => {
    if (method === 'ladder/readDirectory') return listing(params.uri);
    if (method === 'ladder/readFile') {
      const text = files[params.uri];
      if (text === undefined) return listing(params.uri) ? { kind: 'directory' } : { kind: 'missing' };
      const bytes = new TextEncoder().encode(text);
      if (bytes.length > params.maxBytes) return { kind: 'too-large', size: bytes.length };
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { kind: 'file', base64: btoa(binary) };
    }
    if (method === 'workspace/configuration') return (params.items ?? []).map(() => null);
    return null; // client/registerCapability and the like
  };

  worker.onmessage = ({ data: message }) => {
    if (message.method !== undefined && message.id !== undefined) {
      worker.postMessage({ jsonrpc: '2.0', id: message.id, result: answer(message.method, message.params ?? {}) });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const at = performance.now();
      for (const waiter of [...waiters]) {
        if (waiter.uri !== message.params.uri || !waiter.test(message.params.diagnostics)) continue;
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(at);
      }
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  };
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  /** Resolves with the page's clock when diagnostics of `uri` that pass `test` arrive. */
  const nextDiagnostics = (uri, test = () => true, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const waiter = { uri, test, resolve };
      waiters.push(waiter);
      setTimeout(() => {
        if (!waiters.includes(waiter)) return;
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(
          new Error(`no diagnostics for ${uri} within ${timeoutMs} ms${errors.length ? `: ${errors.join('; ')}` : ''}`),
        );
      }, timeoutMs);
    });
  window.__bench = { request, notify, nextDiagnostics };
}

/** Runs in the page: the steps of ladderScenario, timed with the page's clock. */
async function runScenario({ root, uris, ladderUri, text, anchors, plan, capabilities }) {
  const { request, notify, nextDiagnostics } = window.__bench;
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
  const indexed = Promise.all(uris.map((uri) => nextDiagnostics(uri, () => true, 120_000)));
  const started = performance.now();
  await request('initialize', {
    processId: null,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'bench' }],
    capabilities,
  });
  notify('initialized', {});
  const indexMs = Math.max(...(await indexed)) - started;

  const opens = [];
  let version = 0;
  for (let i = 0; i < plan.opens; i++) {
    const waiter = nextDiagnostics(ladderUri);
    const start = performance.now();
    notify('textDocument/didOpen', { textDocument: { uri: ladderUri, languageId: 'yaml', version: ++version, text } });
    opens.push((await waiter) - start);
    if (i < plan.opens - 1) {
      // the Node server publishes again when a document closes; this one may not: a short wait, then on
      const closed = nextDiagnostics(ladderUri, () => true, 2_000).catch(() => undefined);
      notify('textDocument/didClose', { textDocument: { uri: ladderUri } });
      await closed;
    }
  }

  // `summary` ↔ `summarx` on the anchor level, as the Node scenario's Toggler edits it
  const line = anchors.summaryKey;
  const onLine = (diagnostics) => diagnostics.some((d) => d.range.start.line === line);
  const edits = [];
  let broken = false;
  for (let i = 0; i < plan.editWarmup + plan.edits; i++) {
    broken = !broken;
    const waiter = nextDiagnostics(ladderUri, broken ? onLine : (diagnostics) => !onLine(diagnostics));
    const start = performance.now();
    notify('textDocument/didChange', {
      textDocument: { uri: ladderUri, version: ++version },
      contentChanges: [
        { range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: broken ? 'x' : 'y' },
      ],
    });
    const ms = (await waiter) - start;
    if (i >= plan.editWarmup) edits.push(ms);
    await pause(plan.editGapMs);
  }

  const timeRequests = async (method, params) => {
    const samples = [];
    for (let i = 0; i < plan.requestWarmup + plan.requests; i++) {
      const start = performance.now();
      await request(method, params);
      if (i >= plan.requestWarmup) samples.push(performance.now() - start);
    }
    return samples;
  };
  const doc = { textDocument: { uri: ladderUri } };
  const completion = await timeRequests('textDocument/completion', {
    ...doc,
    position: { line: anchors.blankKey, character: 4 },
  });
  const hover = await timeRequests('textDocument/hover', {
    ...doc,
    position: { line: anchors.expectation, character: 8 },
  });
  return { indexMs, opens, edits, completion, hover };
}

/**
 * The ladder scenario on the web worker server: `folder` from writeLadderFolder, `plan` the Node server's
 * plan for that size (its burst left out: that budget is the Node server's).
 */
export async function webWorkerScenario(repo, folder, plan, log) {
  const bundle = `${repo}/dist/browserServer.js`;
  if (!existsSync(bundle)) return { error: 'dist/browserServer.js is missing' };
  if (!existsSync(chromiumPath())) return { error: `no Chromium at ${chromiumPath()} (npm run e2e:setup installs it)` };
  const uriOf = (path) => `${ROOT}/${relative(folder.root, path).split('\\').join('/')}`;
  const paths = [folder.ladderFile, folder.catalogueFile, ...folder.assessmentFiles];
  const files = Object.fromEntries(paths.map((path) => [uriOf(path), readFileSync(path, 'utf8')]));
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.evaluate(startClient, { source: readFileSync(bundle, 'utf8'), files });
    const run = await page.evaluate(runScenario, {
      root: ROOT,
      uris: Object.keys(files),
      ladderUri: uriOf(folder.ladderFile),
      text: files[uriOf(folder.ladderFile)],
      anchors: folder.ladder.anchors,
      plan,
      capabilities: CLIENT_CAPABILITIES,
    });
    const result = {
      indexMs: round(run.indexMs),
      firstOpen: round(run.opens[0]),
      open: summarize(run.opens),
      edit: summarize(run.edits),
      completion: summarize(run.completion),
      hover: summarize(run.hover),
    };
    log(
      `    web worker server: open ${result.open?.median} ms, edit → diagnostics ${result.edit?.median} ms, completion ${result.completion?.median} ms, hover ${result.hover?.median} ms`,
    );
    return result;
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    log(`    web worker server: FAILED: ${message}`);
    return { error: message };
  } finally {
    await browser.close();
  }
}
