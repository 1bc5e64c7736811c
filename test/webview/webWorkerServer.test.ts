// The language server of VS Code for the Web (dist/browserServer.js, built by esbuild.mjs) in a web worker
// of headless Chromium: the page plays the language client, talks to the worker with postMessage as
// vscode-languageclient/browser does, and serves a virtual workspace (scheme `memfs:`, no disk) from memory
// through the server's file requests (ladder/readDirectory, ladder/readFile), as the extension serves them
// through `workspace.fs`. Needs `node esbuild.mjs` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ScoreResult } from '../../server/src/protocol';
import { ASSESSMENT, CATALOGUE, LADDER, rangeOf } from '../protocol/fixtures';
import { openPage, type PageHarness } from './browser';

const WORKER_BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'browserServer.js');
const ROOT = 'memfs:/team';
/** The assessment sits in a subfolder: its ladder is one folder up. */
const NESTED_ASSESSMENT = ASSESSMENT.replace('ladder: support.ladder.yaml', 'ladder: ../support.ladder.yaml');

/** The files the page serves, by the client's URI. */
const FILES: Record<string, string> = {
  [`${ROOT}/support.ladder.yaml`]: LADDER,
  [`${ROOT}/core.competencies.yaml`]: CATALOGUE,
  [`${ROOT}/people/alex.assessment.yaml`]: NESTED_ASSESSMENT,
  [`${ROOT}/people/notes.md`]: '# not a ladder file\n',
  [`${ROOT}/node_modules/x/skipped.ladder.yaml`]: LADDER,
};

interface PageState {
  notifications: { method: string; params: unknown }[];
  /** The requests the server sent the page, in order: [method, uri]. */
  serverRequests: [string, string | undefined][];
  errors: string[];
}

/** Runs in the page: starts the worker and answers it as the extension's client would. */
function startClient({ source, files }: { source: string; files: Record<string, string> }): void {
  const state: PageState = { notifications: [], serverRequests: [], errors: [] };
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  worker.onerror = (event) => state.errors.push(event.message);
  let nextId = 1;

  const listing = (folder: string): [string, 'file' | 'directory'][] | null => {
    const prefix = `${folder.replace(/\/$/, '')}/`;
    const entries = new Map<string, 'file' | 'directory'>();
    for (const uri of Object.keys(files)) {
      if (!uri.startsWith(prefix)) continue;
      const [name, ...rest] = uri.slice(prefix.length).split('/');
      entries.set(name!, rest.length > 0 ? 'directory' : 'file');
    }
    return entries.size > 0 ? [...entries] : null;
  };
  const answer = (method: string, params: { uri?: string; maxBytes?: number }): unknown => {
    if (method === 'ladder/readDirectory') return listing(params.uri!);
    if (method === 'ladder/readFile') {
      const text = files[params.uri!];
      if (text === undefined) return listing(params.uri!) ? { kind: 'directory' } : { kind: 'missing' };
      const bytes = new TextEncoder().encode(text);
      if (bytes.length > params.maxBytes!) return { kind: 'too-large', size: bytes.length };
      return { kind: 'file', base64: btoa(String.fromCharCode(...bytes)) };
    }
    return null; // client/registerCapability and the like
  };

  worker.onmessage = ({ data }) => {
    const message = data as { id?: number; method?: string; params?: { uri?: string }; result?: unknown };
    if (message.method !== undefined && message.id !== undefined) {
      state.serverRequests.push([message.method, message.params?.uri]);
      worker.postMessage({ jsonrpc: '2.0', id: message.id, result: answer(message.method, message.params ?? {}) });
    } else if (message.method !== undefined) {
      state.notifications.push({ method: message.method, params: message.params });
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message as { result?: unknown; error?: { message: string } });
      pending.delete(message.id);
    }
  };
  const request = (method: string, params: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result)));
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method: string, params: unknown): void => worker.postMessage({ jsonrpc: '2.0', method, params });
  Object.assign(window, { __ladder: { state, request, notify } });
}

describe('language server in a web worker (VS Code for the Web)', () => {
  let harness: PageHarness;

  const state = (): Promise<PageState> =>
    harness.page.evaluate(() => (window as unknown as { __ladder: { state: PageState } }).__ladder.state);
  const request = <T>(method: string, params: unknown): Promise<T> =>
    harness.page.evaluate(
      ([m, p]) =>
        (window as unknown as { __ladder: { request(m: string, p: unknown): Promise<T> } }).__ladder.request(m, p),
      [method, params] as const,
    );
  const notify = (method: string, params: unknown): Promise<void> =>
    harness.page.evaluate(
      ([m, p]) => (window as unknown as { __ladder: { notify(m: string, p: unknown): void } }).__ladder.notify(m, p),
      [method, params] as const,
    );
  async function poll<T>(what: string, get: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await get();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await state())}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  const diagnosticsOf = async (uri: string) =>
    (await state()).notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics')
      .map((n) => n.params as PublishDiagnosticsParams)
      .filter((params) => params.uri === uri)
      .at(-1);

  before(async () => {
    assert.ok(existsSync(WORKER_BUNDLE), 'dist/browserServer.js is missing: run node esbuild.mjs');
    harness = await openPage();
    // tsx names the functions it compiles with a helper the page does not have.
    await harness.page.evaluate('globalThis.__name = (target) => target');
    await harness.page.evaluate(startClient, { source: readFileSync(WORKER_BUNDLE, 'utf8'), files: FILES });
  });

  after(async () => {
    await harness?.close();
  });

  it('answers initialize, indexes the virtual folder through the client and publishes its diagnostics', async () => {
    const result = await request<{ serverInfo: { name: string }; capabilities: { hoverProvider: boolean } }>(
      'initialize',
      {
        processId: null,
        rootUri: ROOT,
        workspaceFolders: [{ uri: ROOT, name: 'team' }],
        capabilities: { workspace: { workspaceFolders: true } },
        initializationOptions: { maxFileSize: 1 },
      },
    );
    assert.equal(result.serverInfo.name, 'career-ladder');
    assert.equal(result.capabilities.hoverProvider, true);
    await notify('initialized', {});

    const assessment = `${ROOT}/people/alex.assessment.yaml`;
    const published = await poll('the assessment diagnostics', () => diagnosticsOf(assessment));
    assert.deepEqual(
      published.diagnostics.map(({ message, range, severity }) => ({ message, range, severity })),
      [
        {
          message: 'Not rated yet, but expected by your next or target levels: networking.',
          range: rangeOf(NESTED_ASSESSMENT, 'ratings'),
          severity: 3,
        },
        {
          message: "Unknown competency 'netwrking'. Did you mean 'networking'?",
          range: rangeOf(NESTED_ASSESSMENT, 'netwrking'),
          severity: 1,
        },
      ],
    );
    const ladder = await poll('the ladder diagnostics', () => diagnosticsOf(`${ROOT}/support.ladder.yaml`));
    assert.deepEqual(ladder.diagnostics, []);

    // Every file came through the client; the build folder and the non-ladder file were not read.
    const { serverRequests, errors } = await state();
    assert.deepEqual(errors, []);
    assert.deepEqual(
      serverRequests
        .filter(([method]) => method === 'ladder/readFile')
        .map(([, uri]) => uri)
        .sort(),
      [`${ROOT}/core.competencies.yaml`, `${ROOT}/people/alex.assessment.yaml`, `${ROOT}/support.ladder.yaml`],
    );
    assert.deepEqual(
      serverRequests
        .filter(([method]) => method === 'ladder/readDirectory')
        .map(([, uri]) => uri)
        .sort(),
      [ROOT, `${ROOT}/people`],
    );
  });

  it('scores the assessment, its ladder and catalogue read through the client', async () => {
    const score = await request<ScoreResult>('ladder/score', { uri: `${ROOT}/people/alex.assessment.yaml` });
    assert.equal(score.uri, `${ROOT}/people/alex.assessment.yaml`);
    assert.equal(score.ladderUri, `${ROOT}/support.ladder.yaml`);
    assert.equal(score.ladderName, 'Support Ladder');
    assert.equal(score.person, 'Alex Kim');
    const senior = score.report!.levels.find((level) => level.id === 'senior')!;
    assert.equal(senior.status, 'incomplete');
    assert.equal(senior.readiness, 0.75);
    assert.deepEqual(
      senior.expectations.map(({ competency, expected, rated, status }) => ({ competency, expected, rated, status })),
      [
        { competency: 'troubleshooting', expected: 3, rated: 3, status: 'met' },
        { competency: 'networking', expected: 2, rated: null, status: 'unrated' },
      ],
    );
  });

  it('publishes the diagnostics of each edit of an open document (a web worker has no setImmediate)', async () => {
    const uri = `${ROOT}/people/alex.assessment.yaml`;
    const messagesOf = async () => (await diagnosticsOf(uri))?.diagnostics.map((d) => d.message) ?? [];
    const fixed = NESTED_ASSESSMENT.replace('netwrking', 'networking');
    await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: fixed } });
    // the rating spelt right: neither finding of the file on disk is left
    await poll('the diagnostics of the opened text', async () =>
      (await messagesOf()).length === 0 ? true : undefined,
    );
    const line = fixed.split('\n').findIndex((l) => l.startsWith('person:'));
    await notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 6 } }, text: 'persn' }],
    });
    const edited = await poll('the diagnostics of the edit', async () => {
      const messages = await messagesOf();
      return messages.length > 0 ? messages : undefined;
    });
    assert.deepEqual(edited, ["Unknown key 'persn' in the document. Did you mean 'person'?"]);
    await notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('starts again in the same worker after shutdown and exit (a restart of the client)', async () => {
    assert.equal(await request('shutdown', null), null);
    await notify('exit', null);
    const again = await request<{ serverInfo: { name: string } }>('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'team' }],
      capabilities: { workspace: { workspaceFolders: true } },
    });
    assert.equal(again.serverInfo.name, 'career-ladder');
    await notify('initialized', {});
    const score = await poll('a score after the restart', async () => {
      const result = await request<ScoreResult>('ladder/score', { uri: `${ROOT}/people/alex.assessment.yaml` });
      return result.report ? result : undefined;
    });
    assert.equal(score.report!.levels.find((level) => level.id === 'senior')!.readiness, 0.75);
  });

  it('says that the timeline and the impact lenses need git', async () => {
    const history = await request<{ points: unknown[]; unavailable?: string }>('ladder/history', {
      uri: `${ROOT}/people/alex.assessment.yaml`,
    });
    assert.deepEqual(history, {
      uri: `${ROOT}/people/alex.assessment.yaml`,
      points: [],
      unavailable: 'VS Code for the Web has no git to read commits from',
    });
    const impact = await request<{ entries: unknown[]; unavailable?: string }>('ladder/impact', {
      uri: `${ROOT}/support.ladder.yaml`,
    });
    assert.deepEqual(impact.entries, []);
    assert.equal(impact.unavailable, 'VS Code for the Web has no git to read commits from');
  });

  it("speaks the editor's language when the client sends its string bundle and locale (German)", async () => {
    assert.equal(await request('shutdown', null), null);
    await notify('exit', null);
    const german = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'l10n', 'bundle.l10n.de.json'), 'utf8'),
    );
    await request('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'team' }],
      capabilities: { workspace: { workspaceFolders: true } },
      initializationOptions: { maxFileSize: 1, l10nBundle: german, locale: 'de' },
    });
    await notify('initialized', {});
    const assessment = `${ROOT}/people/alex.assessment.yaml`;
    const published = await poll('German diagnostics', async () => {
      const latest = await diagnosticsOf(assessment);
      return latest?.diagnostics.some((d) => d.message.startsWith('Kompetenz')) ? latest : undefined;
    });
    assert.deepEqual(
      published.diagnostics.map(({ message }) => message),
      [
        'Noch nicht bewertet, aber von Ihren nächsten Stufen oder Ihrer Zielstufe erwartet: networking.',
        "Kompetenz 'netwrking' ist unbekannt. Meinten Sie 'networking'?",
      ],
    );
    const history = await request<{ unavailable?: string }>('ladder/history', { uri: assessment });
    assert.equal(history.unavailable, 'VS Code für das Web hat kein Git, aus dem Commits gelesen werden könnten');
    const score = await request<ScoreResult>('ladder/score', { uri: assessment });
    assert.deepEqual(
      score.report!.levels.find((level) => level.id === 'senior')!.requirements.map((r) => r.detail),
      ['1,2 Jahre auf Rang 1 (nötig: 1)', 'Successful peer review: bestanden'],
    );
  });
});
