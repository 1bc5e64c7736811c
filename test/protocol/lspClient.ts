import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');

/** Waits until `condition` returns a value (not undefined), polling; fails after `timeoutMs`. */
export async function pollFor<T>(condition: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setImmediate(done));
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** A real language client talking to dist/server.js over stdio. */
export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcess;
  /** Every publishDiagnostics notification, newest last. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every window/logMessage text, oldest first. */
  readonly logged: string[] = [];
  /** How many times the server asked the client to fetch code lenses again. */
  lensRefreshes = 0;
  private readonly versions = new Map<string, number>();

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      this.published.push(params),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification(
      'window/logMessage',
      ({ message }: { message: string }) => void this.logged.push(message),
    );
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.lensRefreshes++;
      return null;
    });
    this.connection.listen();
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /**
   * `workspace` capabilities beyond file watching and folders (configuration, refresh support) can be added,
   * and the initialization options the extension sends (`LadderInitializationOptions`).
   */
  async initialize(
    rootUri: string,
    workspace: Record<string, unknown> = {},
    initializationOptions?: Record<string, unknown>,
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      ...(initializationOptions ? { initializationOptions } : {}),
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, ...workspace },
        textDocument: { publishDiagnostics: {} },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
  }

  /** The version of the document as last sent to the server. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  replace(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** The latest diagnostics published for `uri` that satisfy `accept`. */
  async diagnostics(
    uri: string,
    accept: (diagnostics: Diagnostic[]) => boolean = () => true,
    after = 0,
  ): Promise<Diagnostic[]> {
    return pollFor(() => {
      for (let index = this.published.length - 1; index >= after; index--) {
        const entry = this.published[index]!;
        if (entry.uri === uri) return accept(entry.diagnostics) ? entry.diagnostics : undefined;
      }
      return undefined;
    }, `diagnostics for ${uri}`);
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
