import {
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLadderService,
  FILE_GLOB,
  isInside,
  isLadderFileName,
  kindFromFileName,
  maxFileBytes,
  maxFileCharsFromSetting,
  type LadderService,
} from '../core';
import { DiskHost } from '../node/diskHost';
import { HeadSnapshots } from '../node/headSnapshots';
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
import { HistoryHandler } from './historyHandler';
import { IdHandlers } from './idHandlers';
import { LiveImpact } from './liveImpact';
import { handlePacket } from './packetHandler';
import { renamedIdsWorkspaceEdit } from './renamedIdsHandler';
import { scanFolders, skippedFileDiagnostic } from './scanner';
import { Debouncer } from './scheduler';
import { PRESENTATION_CAPABILITIES, registerPresentationHandlers } from './presentationHandlers';
import { handleRatingEdits } from './ratingEditsHandler';
import { handleScore } from './scoreHandler';
import { SettingsCache } from './settings';
import { ladderStructure, workspaceSummary } from './structureHandler';
import { TeamHandler } from './teamHandler';
import { UriMap } from './uriMap';

const DIAGNOSTICS_DEBOUNCE_MS = 40;
const WORKSPACE_CHANGED_DEBOUNCE_MS = 300;

/** The language server's state, made once the client has said who it is (`initialize`). */
class Session {
  readonly uris = new UriMap();
  readonly service: LadderService;
  private readonly host: DiskHost;
  readonly features: FeatureHandlers;
  readonly ids: IdHandlers;
  readonly team: TeamHandler;
  readonly publisher: DiagnosticsPublisher;
  readonly liveImpact: LiveImpact;
  readonly history: HistoryHandler;
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
    analyses: AnalysisRunnerFactory,
  ) {
    const maxFileChars = maxFileCharsFromSetting(
      (params.initializationOptions as { maxFileSize?: unknown } | undefined)?.maxFileSize,
    );
    this.folders = (params.workspaceFolders ?? []).map((folder) => this.uris.fromClient(folder.uri));
    if (this.folders.length === 0 && params.rootUri) this.folders = [this.uris.fromClient(params.rootUri)];
    this.host = new DiskHost({ maxFileChars, roots: this.folders });
    this.service = createLadderService({
      host: this.host,
      limits: { maxFileChars },
      ...(this.folders.length > 0 ? { roots: this.folders } : {}),
    });
    this.features = new FeatureHandlers(this.service, this.uris);
    this.ids = new IdHandlers(this.service, this.uris, (uri) => documents.get(uri)?.version);
    this.team = new TeamHandler(this.service, this.uris);
    this.analyses = analyses({ maxFileChars, roots: this.folders });
    this.publisher = new DiagnosticsPublisher(
      connection,
      this.service.workspace,
      this.uris,
      DIAGNOSTICS_DEBOUNCE_MS,
      undefined,
      this.analyses,
    );
    const canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const snapshots = new HeadSnapshots({ disk: this.host, maxBytes: maxFileBytes(maxFileChars) });
    this.history = new HistoryHandler(snapshots, this.host, this.uris);
    this.liveImpact = new LiveImpact(
      this.service,
      snapshots,
      this.uris,
      (message) => connection.console.info(message),
      canRefreshLenses
        ? () => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined)
        : undefined,
    );
    this.publisher.onAnalysed = (uri) => this.liveImpact.analysed(uri);
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
    const { files: found, skipped } = await scanFolders(folders);
    void this.connection.sendNotification(IndexingNotification, { state: 'indexing', files: found.length });
    for (const { uri, reason } of skipped)
      void this.connection.sendDiagnostics({
        uri: this.uris.toClient(uri),
        diagnostics: [skippedFileDiagnostic(reason)],
      });
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
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  /** Every message but `initialize` comes after it (LSP); a client that breaks that rule gets nothing. */
  const ready = (): Session => {
    if (!session) throw new Error('The server has not been initialized.');
    return session;
  };

  connection.onInitialize((params) => {
    session?.dispose();
    session = new Session(connection, documents, params, options.analyses ?? inThreadAnalyses);
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

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const current = ready();
    const changed: string[] = [];
    for (const change of changes) {
      const uri = current.uris.fromClient(change.uri);
      if (!isLadderFileName(uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        current.workspace.fileDeleted(uri);
        current.mirror({ type: 'deleted', uri });
        current.publisher.clear(uri);
      } else {
        current.workspace.addKnownFile(uri);
        current.workspace.fileChangedOnDisk(uri);
        current.mirror({ type: 'known', uri });
        current.mirror({ type: 'changedOnDisk', uri });
        current.publisher.changed(uri);
      }
      changed.push(uri);
    }
    if (changed.length > 0) current.liveImpact.changed();
    for (const uri of changed) void current.publisher.publishAll(current.workspace.dependents(uri));
    if (changed.length > 0) current.notifyWorkspaceChanged(changed);
  });

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

  connection.onRequest(ScoreRequest, (params) =>
    handleScore(ready().service, ready().uris.fromClient(params.uri), params),
  );
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
  connection.onRequest(TeamRequest, ({ ladderUri }) => ready().team.team(ready().uris.fromClient(ladderUri)));
  connection.onRequest(PacketRequest, (params) =>
    handlePacket(ready().service, ready().uris.fromClient(params.uri), params),
  );
  connection.onRequest(AssessmentHistoryRequest, ({ uri }) => ready().history.history(ready().uris.fromClient(uri)));
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
