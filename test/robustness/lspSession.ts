// A language client for the robustness tests: dist/server.js over stdio with initialization options,
// incremental edits, the server's stderr and error logs kept, and its memory readable.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

/** Polls `probe` (every few ms, never a fixed sleep) until it returns a value; fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 2));
  }
}

export class LspSession {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  /** Error-level window/logMessage texts and the server's stderr. */
  readonly errors: string[] = [];
  readonly documents = new Map<string, TextDocument>();
  private exit: string | undefined;

  constructor() {
    if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `node esbuild.mjs` first');
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => this.errors.push(`stderr: ${chunk.toString()}`));
    this.process.on('exit', (code, signal) => {
      this.exit = `server exited (${signal ?? `code ${code}`})`;
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      this.published.push(params),
    );
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) this.errors.push(params.message);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', () => []);
    this.connection.listen();
  }

  /** Why the server is gone, or undefined while it runs. */
  get exited(): string | undefined {
    return this.exit;
  }

  async initialize(rootUri: string, initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'fuzz' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: {} },
      },
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens a document; returns the index in `published` from which its diagnostics count. */
  open(uri: string, text: string): number {
    const mark = this.published.length;
    this.documents.set(uri, TextDocument.create(uri, 'yaml', 1, text));
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return mark;
  }

  /** Sends changes (ranges against the text after the previous change, as LSP says) and applies them here too. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): void {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    TextDocument.update(document, changes, document.version + 1);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: changes,
    });
  }

  close(uri: string): number {
    const mark = this.published.length;
    this.documents.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return mark;
  }

  text(uri: string): string {
    return this.documents.get(uri)?.getText() ?? '';
  }

  /** The first diagnostics published for `uri` at or after index `from`. */
  async diagnosticsAfter(uri: string, from: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return until(
      `diagnostics for ${uri}`,
      () => {
        if (this.exit) throw new Error(this.exit);
        for (let index = from; index < this.published.length; index++) {
          if (this.published[index]!.uri === uri) return this.published[index]!.diagnostics;
        }
        return undefined;
      },
      timeoutMs,
    );
  }

  /** The latest diagnostics published for `uri`, if any. */
  latest(uri: string): Diagnostic[] | undefined {
    for (let index = this.published.length - 1; index >= 0; index--) {
      if (this.published[index]!.uri === uri) return this.published[index]!.diagnostics;
    }
    return undefined;
  }

  /** Resident memory at its peak so far (Linux /proc), in megabytes; undefined elsewhere. */
  peakMemoryMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/.exec(status);
      return match ? Number(match[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async dispose(): Promise<void> {
    try {
      if (!this.exit) {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((done) => setTimeout(done, 2_000))]);
        await this.connection.sendNotification('exit');
      }
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }
}
