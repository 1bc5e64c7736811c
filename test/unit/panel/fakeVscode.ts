// Just enough of the `vscode` API for the eligibility panel's host (and the language status item) to run
// under node:test: webview panels and status items that record what the extension does, documents held
// in memory, and events the test fires by hand.
import Module from 'node:module';

type Listener<T> = (value: T) => void;

export class FakeEvent<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  get size(): number {
    return this.listeners.size;
  }
}

/** vscode.EventEmitter: the same, plus dispose. */
export class EventEmitter<T> extends FakeEvent<T> {
  disposed = false;
  dispose(): void {
    this.disposed = true;
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
  ) {}
  static parse(value: string, strict = false): Uri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/]*))?(\/[^?#]*)?$/i.exec(value);
    if (!match) {
      if (strict) throw new Error(`not a URI: ${value}`);
      return new Uri('file', '', value);
    }
    return new Uri(match[1]!.toLowerCase(), match[2] ?? '', match[3] ?? '/');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, base.authority, [base.path.replace(/\/$/, ''), ...segments].join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export class WorkspaceEdit {
  readonly replacements: { uri: string; range: Range; newText: string }[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.replacements.push({ uri: uri.toString(), range, newText });
  }
}

export class CancellationTokenSource {
  readonly token = { isCancellationRequested: false };
  cancel(): void {
    this.token.isCancellationRequested = true;
  }
  dispose(): void {}
}

export class FakeWebviewPanel {
  title: string;
  visible = true;
  disposed = false;
  revealed = 0;
  readonly posted: unknown[] = [];
  readonly htmlHistory: string[] = [];
  private readonly onMessage = new FakeEvent<unknown>();
  private readonly onDispose = new FakeEvent<void>();
  private readonly onViewState = new FakeEvent<unknown>();
  readonly onDidChangeViewState = this.onViewState.event;
  readonly webview: {
    cspSource: string;
    options: Record<string, unknown>;
    html: string;
    asWebviewUri(uri: Uri): Uri;
    postMessage(message: unknown): Promise<boolean>;
    onDidReceiveMessage: FakeEvent<unknown>['event'];
  };

  constructor(
    readonly viewType: string,
    title: string,
    readonly showOptions: unknown,
    options: Record<string, unknown>,
  ) {
    this.title = title;
    const history = this.htmlHistory;
    const posted = this.posted;
    this.webview = {
      cspSource: 'https://webview.test',
      options,
      get html() {
        return history[history.length - 1] ?? '';
      },
      set html(value: string) {
        history.push(value);
      },
      asWebviewUri: (uri) => Uri.parse(`https://webview.test${uri.path}`),
      postMessage: async (message) => {
        posted.push(message);
        return true;
      },
      onDidReceiveMessage: this.onMessage.event,
    };
  }

  readonly onDidDispose = this.onDispose.event;
  reveal(): void {
    this.revealed++;
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose.fire();
  }
  /** The webview posts a message to the host. */
  receive(message: unknown): void {
    this.onMessage.fire(message);
  }
  get listeners(): number {
    return this.onMessage.size;
  }
}

export enum LanguageStatusSeverity {
  Information = 0,
  Warning = 1,
  Error = 2,
}

/** A language status item that records what the extension sets on it. */
export class FakeLanguageStatusItem {
  name: string | undefined;
  text = '';
  detail: string | undefined;
  severity = LanguageStatusSeverity.Information;
  busy = false;
  command: { title: string; command: string } | undefined;
  disposed = false;
  constructor(
    readonly id: string,
    readonly selector: unknown,
  ) {}
  dispose(): void {
    this.disposed = true;
  }
}

type L10nArgs = (string | number | boolean)[] | [Record<string, string | number | boolean>];

/** vscode.l10n: the message from `bundle` when it has one (else the English), with its {0} or {name} filled in. */
export function createFakeL10n() {
  const l10n = {
    bundle: undefined as Record<string, string> | undefined,
    t(message: string, ...args: L10nArgs): string {
      const values: Record<string, unknown> =
        args.length === 1 && typeof args[0] === 'object' ? args[0] : Object.fromEntries(args.entries());
      const template = l10n.bundle?.[message] ?? message;
      return template.replace(/\{([^{}]+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
    },
  };
  return l10n;
}

export interface FakeDocument {
  uri: Uri;
  version: number;
  text: string;
  getText(): string;
  validateRange(range: Range): Range;
}

export function createFakeVscode() {
  const documents = new Map<string, FakeDocument>();
  const activeEditorChanged = new FakeEvent<unknown>();
  const documentChanged = new FakeEvent<unknown>();
  const state = {
    panels: [] as FakeWebviewPanel[],
    shown: [] as { uri: string; selection: Range; viewColumn: unknown }[],
    applied: [] as WorkspaceEdit[],
    messages: [] as string[],
    commands: [] as { command: string; args: unknown[] }[],
    serializers: new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>(),
    activeTextEditor: undefined as { document: FakeDocument; viewColumn: number } | undefined,
    languageStatusItems: [] as FakeLanguageStatusItem[],
  };

  function document(uri: Uri, text: string): FakeDocument {
    const doc: FakeDocument = {
      uri,
      version: 1,
      text,
      getText: () => doc.text,
      validateRange: (range) => range,
    };
    documents.set(uri.toString(), doc);
    return doc;
  }

  const api = {
    Uri,
    EventEmitter,
    Range,
    Position,
    WorkspaceEdit,
    CancellationTokenSource,
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    LanguageStatusSeverity,
    l10n: createFakeL10n(),
    env: { language: 'en' },
    languages: {
      createLanguageStatusItem: (id: string, selector: unknown) => {
        const item = new FakeLanguageStatusItem(id, selector);
        state.languageStatusItems.push(item);
        return item;
      },
    },
    commands: {
      executeCommand: async (command: string, ...args: unknown[]) => void state.commands.push({ command, args }),
    },
    window: {
      get activeTextEditor() {
        return state.activeTextEditor;
      },
      visibleTextEditors: [] as unknown[],
      onDidChangeActiveTextEditor: activeEditorChanged.event,
      createWebviewPanel: (viewType: string, title: string, showOptions: unknown, options: Record<string, unknown>) => {
        const panel = new FakeWebviewPanel(viewType, title, showOptions, options);
        state.panels.push(panel);
        return panel;
      },
      registerWebviewPanelSerializer: (
        viewType: string,
        serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> },
      ) => {
        state.serializers.set(viewType, serializer);
        return { dispose: () => state.serializers.delete(viewType) };
      },
      showTextDocument: async (doc: FakeDocument, options: { selection: Range; viewColumn: unknown }) => {
        state.shown.push({ uri: doc.uri.toString(), selection: options.selection, viewColumn: options.viewColumn });
      },
      showWarningMessage: async (message: string) => void state.messages.push(message),
      showErrorMessage: async (message: string) => void state.messages.push(message),
      showInformationMessage: async (message: string) => void state.messages.push(message),
    },
    workspace: {
      onDidChangeTextDocument: documentChanged.event,
      openTextDocument: async (uri: Uri) => {
        const doc = documents.get(uri.toString());
        if (!doc) throw new Error(`no document ${uri.toString()}`);
        return doc;
      },
      applyEdit: async (edit: WorkspaceEdit) => {
        state.applied.push(edit);
        return true;
      },
      asRelativePath: (uri: Uri) => uri.path,
    },
  };

  return { api, state, document, activeEditorChanged, documentChanged };
}

export type FakeVscode = ReturnType<typeof createFakeVscode>;

/** Makes `require('vscode')` return `api` from now on. */
export function installFakeVscode(api: unknown): void {
  const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const original = loader._load;
  loader._load = function load(request, parent, isMain) {
    if (request === 'vscode') return api;
    return original.call(this, request, parent, isMain);
  };
}
