import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, NotificationType, RequestType, State } from 'vscode-languageclient';

/** What a language client bundle exports: client.ts (the server in Node) or browserClient.ts (in a web worker). */
export interface LanguageClientModule {
  createLanguageClient(context: vscode.ExtensionContext, onGiveUp: () => void): LanguageClient;
  State: typeof State;
}

/** How the extension gets its language client module: loaded from its own bundle in Node, bundled in a browser. */
export type LoadLanguageClient = (context: vscode.ExtensionContext) => LanguageClientModule;

/** The language client's state as the status item needs it: a crashed server is one the client gave up on. */
export type ServerRunState = 'starting' | 'running' | 'stopped' | 'crashed';

/** The language client's own bundle (built from client.ts by esbuild.mjs), shipped next to extension.js. */
const CLIENT_BUNDLE = 'dist/languageClient.js';

/** In Node: the language client's bundle, required when first needed. */
export const requireClientBundle: LoadLanguageClient = (context) =>
  require(context.asAbsolutePath(CLIENT_BUNDLE)) as LanguageClientModule;

/**
 * The language client, loaded on demand. `vscode-languageclient` is most of the extension's code and
 * most of its load time, so it lives in a bundle of its own: `activate` registers the views, commands
 * and lenses with this stand-in, then `start()` loads the real client. Requests made before that wait
 * for it; anything that needs the client itself (`client`) loads it at once.
 *
 * Requests and notifications go by method name, so that the message type objects of the activation
 * bundle need not be the language client's own.
 */
export class LadderClient implements vscode.Disposable {
  private module: LanguageClientModule | undefined;
  private loaded: LanguageClient | undefined;
  private readonly onLoad: Array<(client: LanguageClient, module: LanguageClientModule) => vscode.Disposable> = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateListeners: Array<(state: ServerRunState) => void> = [];
  /** The restart policy gave up on a crashing server, which stays stopped until started again. */
  private gaveUp = false;
  private resolveLoaded!: (client: LanguageClient) => void;
  private rejectLoaded!: (error: unknown) => void;
  private readonly whenLoaded = new Promise<LanguageClient>((resolve, reject) => {
    this.resolveLoaded = resolve;
    this.rejectLoaded = reject;
  });

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly load: LoadLanguageClient = requireClientBundle,
  ) {
    this.whenLoaded.catch(() => undefined); // a failed load is reported by whoever asked for the client
  }

  /** The language client, loading its bundle now if that has not happened yet. */
  get client(): LanguageClient {
    if (!this.loaded) {
      try {
        this.module = this.load(this.context);
        this.loaded = this.module.createLanguageClient(this.context, () => {
          this.gaveUp = true;
          for (const listener of this.stateListeners) listener('crashed');
        });
      } catch (error) {
        // Requests waiting for the client fail instead of waiting forever.
        this.rejectLoaded(error);
        throw error;
      }
      for (const listener of this.onLoad.splice(0)) this.disposables.push(listener(this.loaded, this.module));
      this.resolveLoaded(this.loaded);
    }
    return this.loaded;
  }

  /** Loads the client (if needed) and starts the server. */
  start(): Promise<void> {
    return this.client.start();
  }

  /** Restarts a running server, or starts a stopped one. */
  async restart(): Promise<void> {
    const client = this.client;
    // Node's client has restart() (which waits for a debugged server's port); a browser's stops and starts.
    if (client.isRunning() && 'restart' in client && typeof client.restart === 'function') return client.restart();
    if (client.isRunning()) await client.stop();
    return client.start();
  }

  isRunning(): boolean {
    return this.loaded?.isRunning() ?? false;
  }

  get protocol2CodeConverter(): LanguageClient['protocol2CodeConverter'] {
    return this.client.protocol2CodeConverter;
  }

  async sendRequest<P, R>(type: RequestType<P, R, unknown>, params: P, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.whenLoaded;
    return (await client.sendRequest<R>(type.method, params, token)) as R;
  }

  onNotification<P>(type: NotificationType<P>, handler: (params: P) => void): void {
    this.whenClientLoaded((client) => client.onNotification(type.method, handler));
  }

  /** Called each time the server is running again (after a start or a restart). */
  onDidStart(listener: () => void): void {
    this.whenClientLoaded((client, module) =>
      client.onDidChangeState(({ newState }) => {
        if (newState === module.State.Running) listener();
      }),
    );
  }

  /** Called when the server starts, runs, stops, or crashes for good. */
  onDidChangeServerState(listener: (state: ServerRunState) => void): void {
    this.stateListeners.push(listener);
    if (this.stateListeners.length > 1) return;
    this.whenClientLoaded((client, module) =>
      client.onDidChangeState(({ newState }) => {
        if (newState === module.State.Starting) this.gaveUp = false;
        const state: ServerRunState =
          newState === module.State.Running
            ? 'running'
            : newState === module.State.Starting
              ? 'starting'
              : this.gaveUp
                ? 'crashed'
                : 'stopped';
        for (const each of this.stateListeners) each(state);
      }),
    );
  }

  /** Shows the language server's output. */
  showOutput(): void {
    this.client.outputChannel.show(true);
  }

  /** Shows an error in the client's output (or as a message, when the client could not even be loaded). */
  reportError(message: string, error: unknown): void {
    if (this.loaded) this.loaded.error(message, error, 'force');
    else void vscode.window.showErrorMessage(`${message}: ${error instanceof Error ? error.message : String(error)}`);
  }

  async stop(): Promise<void> {
    await this.loaded?.stop();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    void this.loaded?.dispose();
  }

  private whenClientLoaded(
    listener: (client: LanguageClient, module: LanguageClientModule) => vscode.Disposable,
  ): void {
    if (this.loaded && this.module) this.disposables.push(listener(this.loaded, this.module));
    else this.onLoad.push(listener);
  }
}
