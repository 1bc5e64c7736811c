import {
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type FileEvent,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLadderService,
  FILE_GLOB,
  isInside,
  isLadderFileName,
  kindFromFileName,
  maxFileCharsFromSetting,
  type LadderService,
} from '../core';
import {
  AssessmentHistoryRequest,
  CalibrationRequest,
  ExportMarkdownRequest,
  IndexingNotification,
  LadderImpactRequest,
  LadderStructureRequest,
  RatingEditsRequest,
  RenamedIdEditsRequest,
  ScaffoldAssessmentRequest,
  PacketRequest,
  ScaffoldReviewRequest,
  ScoreRequest,
  TeamRequest,
  WorkspaceChangedNotification,
  WorkspaceSummaryRequest,
} from '../protocol';
import {
  inThreadAnalyses,
  type AnalysisRunner,
  type AnalysisRunnerFactory,
  type WorkspaceEvent,
} from './analysisRunner';
import { handleCalibration } from './calibrationHandler';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { exportMarkdown, scaffold, scaffoldReview } from './documentHandlers';
import { FeatureHandlers } from './featureHandlers';
import { IdHandlers } from './idHandlers';
import { LiveImpact } from './liveImpact';
import { handlePacket } from './packetHandler';
import type { ServerEdge, ServerPlatform, WorkspaceHost } from './platform';
import { renamedIdsWorkspaceEdit } from './renamedIdsHandler';
import { Debouncer } from './scheduler';
import { PRESENTATION_CAPABILITIES, registerPresentationHandlers } from './presentationHandlers';
import { handleRatingEdits } from './ratingEditsHandler';
import { handleScore } from './scoreHandler';
import { SettingsCache } from './settings';
import { ladderStructure, workspaceSummary } from './structureHandler';
import { TeamHandler } from './teamHandler';
import { UriMap } from './uriMap';
import { userLanguageOf, useLanguage, type UserLanguage } from './userLanguage';

const DIAGNOSTICS_DEBOUNCE_MS = 40;
const WORKSPACE_CHANGED_DEBOUNCE_MS = 300;

/** The language server's state, made once the client has said who it is (`initialize`). */
class Session {
  readonly uris = new UriMap();
  readonly service: LadderService;
  private readonly edge: ServerEdge;
  private readonly host: WorkspaceHost;
  readonly features: FeatureHandlers;
  readonly ids: IdHandlers;
  readonly team: TeamHandler;
  readonly publisher: DiagnosticsPublisher;
  readonly liveImpact: LiveImpact;
  readonly settings: SettingsCache;
  private readonly analyses: AnalysisRunner;
  readonly canWatchFiles: boolean;
  readonly hearsFolderChanges: boolean;
  private folders: string[];
  private readonly workspaceChanged = new Debouncer(WORKSPACE_CHANGED_DEBOUNCE_MS);

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    params: InitializeParams,
    platform: ServerPlatform,
    analyses: AnalysisRunnerFactory,
    language: UserLanguage,
  ) {
    const maxFileChars = maxFileCharsFromSetting(
      (params.initializationOptions as { maxFileSize?: unknown } | undefined)?.maxFileSize,
    );
    this.folders = (params.workspaceFolders ?? []).map((folder) => this.uris.fromClient(folder.uri));
    if (this.folders.length === 0 && params.rootUri) this.folders = [this.uris.fromClient(params.rootUri)];
    this.edge = platform({
      connection,
      uris: this.uris,
      maxFileChars,
      roots: this.folders,
      readLate: (uris) => this.readLate(uris),
    });
    this.host = this.edge.host;
    this.service = createLadderService({
      host: this.host,
      limits: { maxFileChars },
      ...(this.folders.length > 0 ? { roots: this.folders } : {}),
    });
    this.features = new FeatureHandlers(this.service, this.uris);
    this.ids = new IdHandlers(this.service, this.uris, (uri) => documents.get(uri)?.version);
    this.team = new TeamHandler(this.service, this.uris);
    this.analyses = analyses({ maxFileChars, roots: this.folders, language });
    this.publisher = new DiagnosticsPublisher(
      connection,
      this.service.workspace,
      this.uris,
      DIAGNOSTICS_DEBOUNCE_MS,
      undefined,
      this.analyses,
    );
    const canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    this.liveImpact = new LiveImpact(
      this.service,
      this.edge.committed,
      this.uris,
      (message) => connection.console.info(message),
      canRefreshLenses
        ? () => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined)
        : undefined,
    );
    this.publisher.onAnalysed = (uri) => this.liveImpact.analysed(uri);
    this.publisher.holdWhile = () => this.host.readingLate?.() === true;
    this.settings = new SettingsCache(connection, params);
    this.indexed = new Promise((settle) => (this.settleIndexed = settle));
    this.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.hearsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
  }

  get workspace() {
    return this.service.workspace;
  }

  /** Tells the analysis runner what just changed in the workspace (see AnalysisRunner.mirror). */
  mirror(event: WorkspaceEvent): void {
    this.analyses.mirror(event);
  }

  notifyWorkspaceChanged(changed: readonly string[]): void {
    this.workspaceChanged.schedule(
      'all',
      () =>
        void this.connection.sendNotification(WorkspaceChangedNotification, {
          uris: changed.map((uri) => this.uris.toClient(uri)),
        }),
    );
  }

  /** Settles once the workspace folders have been indexed at start-up (requests over every file wait for it). */
  readonly indexed: Promise<void>;
  private settleIndexed: () => void = () => undefined;

  async indexFolders(): Promise<void> {
    try {
      await this.index(this.folders);
    } finally {
      this.settleIndexed();
    }
  }

  /** Indexes the files under `folders` and diagnoses them, the documents open in the editor first. */
  async index(folders: readonly string[]): Promise<void> {
    const { files: found, skipped } = await this.edge.scanFolders(folders);
    void this.connection.sendNotification(IndexingNotification, { state: 'indexing', files: found.length });
    for (const { uri, diagnostic } of skipped)
      void this.connection.sendDiagnostics({ uri: this.uris.toClient(uri), diagnostics: [diagnostic] });
    await this.host.prefetch?.(found);
    for (const uri of found) {
      this.workspace.addKnownFile(uri);
      this.mirror({ type: 'known', uri });
    }
    const open = new Set(this.documents.keys().map((uri) => this.uris.fromClient(uri)));
    await this.publisher.publishAll(
      [...found.filter((uri) => open.has(uri)), ...found.filter((uri) => !open.has(uri))],
      false,
    );
    void this.connection.sendNotification(IndexingNotification, {
      state: 'ready',
      files: this.workspace.knownFiles().length,
    });
    this.notifyWorkspaceChanged(found);
  }

  /**
   * Folders added after start-up are indexed; the files of removed folders are dropped (their
   * diagnostics cleared unless the editor still holds them open) and every file is checked again
   * against the new boundary.
   */
  async foldersChanged({ added, removed }: WorkspaceFoldersChangeEvent): Promise<void> {
    const removedUris = removed.map((folder) => this.uris.fromClient(folder.uri));
    const addedUris = added.map((folder) => this.uris.fromClient(folder.uri));
    this.folders = [
      ...this.folders.filter((uri) => !removedUris.includes(uri)),
      ...addedUris.filter((uri) => !this.folders.includes(uri)),
    ];
    this.host.setRoots(this.folders);
    this.service.setRoots(this.folders);
    this.mirror({ type: 'roots', roots: this.folders });
    const dropped = this.workspace
      .knownFiles()
      .filter(
        (uri) => removedUris.some((root) => isInside(uri, root)) && !this.folders.some((root) => isInside(uri, root)),
      );
    for (const uri of dropped) {
      this.workspace.fileDeleted(uri);
      this.mirror({ type: 'deleted', uri });
      if (!this.workspace.file(uri).open) this.publisher.clear(uri);
    }
    await this.index(addedUris);
    // References across the old or new boundary resolve differently now.
    await this.publisher.publishAll(this.workspace.knownFiles(), false);
    this.notifyWorkspaceChanged(dropped);
  }

  stampPacket: ServerEdge['stampPacket'] = (sources, version) => this.edge.stampPacket(sources, version);

  /** The assessment's timeline for the panel (from git; the platform says why not where there is none). */
  history: ServerEdge['history'] = (uri) => this.edge.history(uri);

  /** Files changed, appeared or vanished outside the editor (`changes` in the client's URIs or the core's). */
  async filesChangedOnDisk(changes: readonly FileEvent[]): Promise<void> {
    const named = changes
      .map(({ uri, type }) => ({ uri: this.uris.fromClient(uri), type }))
      .filter(({ uri }) => isLadderFileName(uri));
    await this.host.prefetch?.(named.map(({ uri }) => uri));
    this.filesChanged(named);
  }

  private filesChanged(changes: readonly FileEvent[]): void {
    const changed: string[] = [];
    for (const { uri, type } of changes) {
      if (type === FileChangeType.Deleted) {
        this.workspace.fileDeleted(uri);
        this.mirror({ type: 'deleted', uri });
        this.publisher.clear(uri);
      } else {
        this.workspace.addKnownFile(uri);
        this.workspace.fileChangedOnDisk(uri);
        this.mirror({ type: 'known', uri });
        this.mirror({ type: 'changedOnDisk', uri });
        this.publisher.changed(uri);
      }
      changed.push(uri);
    }
    if (changed.length > 0) this.liveImpact.changed();
    for (const uri of changed) void this.publisher.publishAll(this.workspace.dependents(uri));
    if (changed.length > 0) this.notifyWorkspaceChanged(changed);
  }

  /** Files the core found unread (the host reads through the client) have been read now: they count from now on. */
  private readLate(uris: readonly string[]): void {
    const known = new Set(this.workspace.knownFiles());
    for (const uri of uris) {
      this.workspace.fileChangedOnDisk(uri);
      this.mirror({ type: 'changedOnDisk', uri });
      if (known.has(uri)) this.publisher.changed(uri);
    }
    this.liveImpact.changed();
    for (const uri of uris) void this.publisher.publishAll(this.workspace.dependents(uri));
    this.publisher.releaseHeld();
    this.notifyWorkspaceChanged(uris);
  }

  dispose(): void {
    this.publisher.dispose();
    this.liveImpact.dispose();
    this.workspaceChanged.dispose();
    this.analyses.dispose();
  }
}

function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    completionProvider: { triggerCharacters: [':', ' ', '-', '['], resolveProvider: false },
    hoverProvider: true,
    definitionProvider: true,
    documentSymbolProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    renameProvider: { prepareProvider: true },
    referencesProvider: true,
    documentHighlightProvider: true,
    codeLensProvider: { resolveProvider: false },
    ...PRESENTATION_CAPABILITIES,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

export interface ServerOptions {
  /** What differs where the server runs: the files, the folder scan, git (Node or a browser worker). */
  platform: ServerPlatform;
  /**
   * Where big documents are analysed (Node: a worker thread, see node/workerAnalyses.ts); by default
   * every analysis runs on the thread that answers requests.
   */
  analyses?: AnalysisRunnerFactory;
}

/**
 * Runs the Career Ladder language server on a connection (stdio in the extension, any stream pair in
 * tests): wires LSP messages to the core's language service, built once at `initialize`.
 */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  /** Every message but `initialize` comes after it (LSP); a client that breaks that rule gets nothing. */
  const ready = (): Session => {
    if (!session) throw new Error('The server has not been initialized.');
    return session;
  };

  connection.onInitialize((params) => {
    session?.dispose();
    // The user's language first: every message from here on is made in it.
    const language = userLanguageOf(params.initializationOptions);
    useLanguage(language);
    session = new Session(
      connection,
      documents,
      params,
      options.platform,
      options.analyses ?? inThreadAnalyses,
      language,
    );
    return { capabilities: capabilities(), serverInfo: { name: 'career-ladder', version: '0.1.0' } };
  });

  connection.onInitialized(async () => {
    const current = ready();
    if (current.canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: FILE_GLOB }],
      });
    }
    if (current.hearsFolderChanges)
      connection.workspace.onDidChangeWorkspaceFolders((event) => void current.foldersChanged(event));
    await current.settings.listen();
    await current.indexFolders();
  });

  documents.onDidOpen(({ document }) => {
    if (!isLadderFileName(document.uri) || !session) return;
    const uri = session.uris.fromClient(document.uri);
    session.workspace.setOpenDocument(uri, document.getText());
    session.liveImpact.changed();
    session.mirror({ type: 'open', uri, text: document.getText() });
    session.publisher.publish(uri);
    void session.publisher.publishAll(session.workspace.dependents(uri));
  });

  documents.onDidChangeContent(({ document }) => {
    if (!isLadderFileName(document.uri) || !session) return;
    const uri = session.uris.fromClient(document.uri);
    session.workspace.setOpenDocument(uri, document.getText());
    session.liveImpact.changed();
    session.mirror({ type: 'open', uri, text: document.getText() });
    session.publisher.changed(uri);
    session.notifyWorkspaceChanged([uri]);
  });

  documents.onDidClose(({ document }) => {
    if (!isLadderFileName(document.uri) || !session) return;
    const uri = session.uris.fromClient(document.uri);
    session.workspace.closeDocument(uri);
    session.liveImpact.changed();
    session.liveImpact.closed(uri);
    session.mirror({ type: 'close', uri });
    if (session.workspace.file(uri).analyzed) session.publisher.changed(uri);
    else session.publisher.clear(uri);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => void ready().filesChangedOnDisk(changes));

  connection.onCompletion(({ textDocument, position }) =>
    ready().features.completion(ready().uris.fromClient(textDocument.uri), position),
  );
  connection.onHover(({ textDocument, position }) =>
    ready().features.hover(ready().uris.fromClient(textDocument.uri), position),
  );
  connection.onDefinition(({ textDocument, position }) =>
    ready().features.definition(ready().uris.fromClient(textDocument.uri), position),
  );
  connection.onDocumentSymbol(({ textDocument }) =>
    ready().features.symbols(ready().uris.fromClient(textDocument.uri)),
  );
  connection.onCodeAction(({ textDocument, range }) =>
    ready().features.codeActions(ready().uris.fromClient(textDocument.uri), range),
  );
  connection.onPrepareRename(({ textDocument, position }) =>
    ready().ids.prepareRename(ready().uris.fromClient(textDocument.uri), position),
  );
  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const current = ready();
    // A rename edits every file that names the id: the start-up index must have found them all.
    await current.indexed;
    const { recordFormerly } = await current.settings.get();
    return current.ids.rename(current.uris.fromClient(textDocument.uri), position, newName, recordFormerly);
  });
  connection.onReferences(async ({ textDocument, position, context }) => {
    const current = ready();
    await current.indexed;
    return current.ids.references(current.uris.fromClient(textDocument.uri), position, context.includeDeclaration);
  });
  connection.onDocumentHighlight(({ textDocument, position }) =>
    ready().ids.highlights(ready().uris.fromClient(textDocument.uri), position),
  );
  connection.onCodeLens(({ textDocument }) => {
    const uri = ready().uris.fromClient(textDocument.uri);
    const kind = kindFromFileName(uri);
    return kind === 'Ladder' || kind === 'Competencies' ? ready().liveImpact.lenses(uri) : [];
  });

  registerPresentationHandlers(connection, documents, ready);

  connection.onRequest(ScoreRequest, (params) => {
    const result = handleScore(ready().service, ready().uris.fromClient(params.uri), params);
    // The ladder's URI as the client spells it (a virtual workspace's, not the file URI standing for it).
    return result.ladderUri === undefined ? result : { ...result, ladderUri: ready().uris.toClient(result.ladderUri) };
  });
  connection.onRequest(LadderStructureRequest, ({ uri }) =>
    ladderStructure(ready().workspace, ready().uris.fromClient(uri), ready().uris, ready().service.now()),
  );
  connection.onRequest(WorkspaceSummaryRequest, () =>
    workspaceSummary(ready().workspace, ready().uris, ready().service.now()),
  );
  connection.onRequest(ScaffoldAssessmentRequest, (params) => scaffold(ready().service, params, ready().uris));
  connection.onRequest(ScaffoldReviewRequest, (params) => scaffoldReview(ready().service, params, ready().uris));
  connection.onRequest(RatingEditsRequest, (params) => {
    const open = documents.get(params.uri);
    return handleRatingEdits(
      ready().service,
      ready().uris.fromClient(params.uri),
      params,
      open ? { version: open.version, text: open.getText() } : undefined,
    );
  });
  connection.onRequest(CalibrationRequest, ({ uri }) =>
    handleCalibration(ready().workspace, ready().uris.fromClient(uri), ready().uris, ready().service.now()),
  );
  connection.onRequest(ExportMarkdownRequest, ({ uri }) =>
    exportMarkdown(ready().service, ready().uris.fromClient(uri)),
  );
  connection.onRequest(TeamRequest, ({ ladderUri, since }) =>
    ready().team.team(ready().uris.fromClient(ladderUri), typeof since === 'string' ? since : undefined),
  );
  connection.onRequest(PacketRequest, (params) =>
    handlePacket(ready().service, ready().uris.fromClient(params.uri), params, ready().stampPacket),
  );
  connection.onRequest(AssessmentHistoryRequest, ({ uri }) => ready().history(ready().uris.fromClient(uri)));
  connection.onRequest(LadderImpactRequest, ({ uri, level }) =>
    ready().liveImpact.entries(ready().uris.fromClient(uri), level),
  );
  connection.onRequest(RenamedIdEditsRequest, async () => {
    const current = ready();
    await current.indexed;
    return renamedIdsWorkspaceEdit(current.service, current.uris, (uri) => documents.get(uri)?.version);
  });

  connection.onShutdown(() => session?.dispose());

  documents.listen(connection);
  connection.listen();
}
