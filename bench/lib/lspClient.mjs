// A minimal LSP client over stdio, enough to drive a language server the way an editor does and to
// time it: requests, document sync, pulled configuration, and waiting for published diagnostics.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-jsonrpc/node.js';
import { processCpuMs } from './cpu.mjs';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: false },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        insertReplaceSupport: false,
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true },
  },
};

export class LspClient {
  /**
   * @param {{ name: string, script: string, args?: string[], settings?: Record<string, unknown>, cwd?: string, nodeArgs?: string[] }} options
   * `settings` answers workspace/configuration by section (dotted sections are looked up inside it).
   */
  constructor(options) {
    this.options = options;
    this.name = options.name;
    this.settings = options.settings ?? {};
    this.latest = new Map();
    this.waiters = new Set();
    this.publishCount = new Map();
    this.stderr = '';
  }

  start() {
    const { script, args = ['--stdio'], cwd, nodeArgs = [] } = this.options;
    this.child = spawn(process.execPath, [...nodeArgs, script, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk) => {
      if (this.stderr.length < 20_000) this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.onDiagnostics(params));
    this.connection.onNotification(() => undefined);
    this.configured = new Promise((resolve) => {
      this.connection.onRequest('workspace/configuration', (params) => {
        resolve();
        return params.items.map((item) => this.section(item.section));
      });
    });
    this.connection.onRequest('workspace/workspaceFolders', () => this.folders ?? null);
    this.connection.onRequest(() => null);
    this.connection.listen();
    return this;
  }

  section(name) {
    if (!name) return this.settings;
    if (name in this.settings) return this.settings[name];
    let value = this.settings;
    for (const part of name.split('.')) value = value?.[part];
    return value ?? null;
  }

  async initialize(rootUri, initializationOptions) {
    this.folders = rootUri ? [{ uri: rootUri, name: 'bench' }] : null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootUri ?? null,
      workspaceFolders: this.folders,
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    this.capabilities = result.capabilities;
    return result;
  }

  changeConfiguration(settings) {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  onDiagnostics({ uri, diagnostics }) {
    const at = performance.now();
    const entry = { uri, diagnostics, at };
    this.latest.set(uri, entry);
    this.publishCount.set(uri, (this.publishCount.get(uri) ?? 0) + 1);
    for (const waiter of [...this.waiters]) waiter(entry);
  }

  /** Resolves with the first publication for `uri` (after this call) that satisfies `accept`. */
  nextDiagnostics(uri, accept = () => true, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`${this.name}: no diagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (entry) => {
        if (entry.uri !== uri || !accept(entry.diagnostics)) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(entry);
      };
      this.waiters.add(waiter);
    });
  }

  /** Resolves when every uri of `uris` has had a publication after this call; with the time of the last. */
  allDiagnostics(uris, timeoutMs = 120_000) {
    const pending = new Set(uris);
    return new Promise((resolve, reject) => {
      if (pending.size === 0) return resolve({ at: performance.now(), count: 0 });
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`${this.name}: ${pending.size} of ${uris.length} files not diagnosed within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (entry) => {
        if (!pending.delete(entry.uri) || pending.size > 0) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve({ at: entry.at, count: uris.length });
      };
      this.waiters.add(waiter);
    });
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version, text },
    });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends a request and measures the round trip. */
  async timed(method, params) {
    const start = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return { ms: performance.now() - start, result };
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** Resident and peak resident memory of the server process, in MB (Linux /proc; undefined elsewhere). */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
      return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
    } catch {
      return undefined;
    }
  }

  /** User + system CPU ms the server process has used so far (Linux only). */
  cpuMs() {
    return processCpuMs(this.child?.pid);
  }

  async stop() {
    if (!this.child || this.child.exitCode !== null) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(3000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    const exited = await Promise.race([this.exited, delay(3000).then(() => undefined)]);
    if (!exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
