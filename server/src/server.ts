import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isLadderFileName } from './core/fileKinds';
import { DiskHost } from './core/workspace/host';
import { Workspace } from './core/workspace/workspace';
import { DEFAULT_MAX_FILE_CHARS } from './core/parse/parseYaml';
import { CalibrationRequest, ExportMarkdownRequest, LadderStructureRequest, ScaffoldAssessmentRequest, ScoreRequest, WorkspaceChangedNotification, WorkspaceSummaryRequest } from './protocol';
import { handleCalibration } from './lsp/calibrationHandler';
import { DiagnosticsPublisher } from './lsp/diagnosticsPublisher';
import { FeatureHandlers } from './lsp/featureHandlers';
import { exportMarkdown, scaffold } from './lsp/documentHandlers';
import { scanFolders } from './lsp/scanner';
import { handleScore } from './lsp/scoreHandler';
import { ladderStructure, workspaceSummary } from './lsp/structureHandler';
import { UriMap } from './lsp/uriMap';
import { Debouncer } from './lsp/scheduler';

const DIAGNOSTICS_DEBOUNCE_MS = 40;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const uris = new UriMap();
let workspace = new Workspace(new DiskHost(DEFAULT_MAX_FILE_CHARS * 4));
let features = new FeatureHandlers(workspace, uris);
let publisher = new DiagnosticsPublisher(connection, workspace, uris, DIAGNOSTICS_DEBOUNCE_MS);
let folders: string[] = [];
let canWatchFiles = false;
const workspaceChanged = new Debouncer(300);

const isLadderDocument = (uri: string) => isLadderFileName(uri);

function notifyWorkspaceChanged(changed: string[]): void {
  workspaceChanged.schedule('all', () => void connection.sendNotification(WorkspaceChangedNotification, { uris: changed.map((u) => uris.toClient(u)) }));
}

connection.onInitialize((params) => {
  const maxMb = Number((params.initializationOptions as { maxFileSize?: unknown } | undefined)?.maxFileSize);
  const maxFileChars = Number.isFinite(maxMb) && maxMb > 0 ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_FILE_CHARS;
  folders = (params.workspaceFolders ?? []).map((folder) => uris.fromClient(folder.uri));
  if (folders.length === 0 && params.rootUri) folders = [uris.fromClient(params.rootUri)];
  workspace = new Workspace(new DiskHost(maxFileChars * 4), { maxFileChars, ...(folders.length > 0 ? { roots: folders } : {}) });
  features = new FeatureHandlers(workspace, uris);
  publisher.dispose();
  publisher = new DiagnosticsPublisher(connection, workspace, uris, DIAGNOSTICS_DEBOUNCE_MS);
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [':', ' ', '-', '['], resolveProvider: false },
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: 'career-ladder', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{ladder,competencies,assessment,review}.{yaml,yml}' }],
    });
  }
  const found = await scanFolders(folders);
  for (const uri of found) workspace.addKnownFile(uri);
  // Documents open in the editor first: they are what the user is looking at while the rest is indexed.
  const open = new Set(documents.keys().map((uri) => uris.fromClient(uri)));
  await publisher.publishAll([...found.filter((uri) => open.has(uri)), ...found.filter((uri) => !open.has(uri))], false);
  notifyWorkspaceChanged(found);
});

documents.onDidOpen(({ document }) => {
  if (!isLadderDocument(document.uri)) return;
  const uri = uris.fromClient(document.uri);
  workspace.setOpenDocument(uri, document.getText());
  publisher.publish(uri);
  void publisher.publishAll(workspace.dependents(uri));
});

documents.onDidChangeContent(({ document }) => {
  if (!isLadderDocument(document.uri)) return;
  const uri = uris.fromClient(document.uri);
  workspace.setOpenDocument(uri, document.getText());
  publisher.changed(uri);
  notifyWorkspaceChanged([uri]);
});

documents.onDidClose(({ document }) => {
  if (!isLadderDocument(document.uri)) return;
  const uri = uris.fromClient(document.uri);
  workspace.closeDocument(uri);
  if (workspace.file(uri).analyzed) publisher.changed(uri);
  else publisher.clear(uri);
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  const changed: string[] = [];
  for (const change of changes) {
    const uri = uris.fromClient(change.uri);
    if (!isLadderDocument(uri)) continue;
    if (change.type === FileChangeType.Deleted) {
      workspace.fileDeleted(uri);
      publisher.clear(uri);
    } else {
      workspace.addKnownFile(uri);
      workspace.fileChangedOnDisk(uri);
      publisher.changed(uri);
    }
    changed.push(uri);
  }
  for (const uri of changed) void publisher.publishAll(workspace.dependents(uri));
  if (changed.length > 0) notifyWorkspaceChanged(changed);
});

connection.onCompletion(({ textDocument, position }) => features.completion(uris.fromClient(textDocument.uri), position));
connection.onHover(({ textDocument, position }) => features.hover(uris.fromClient(textDocument.uri), position));
connection.onDefinition(({ textDocument, position }) => features.definition(uris.fromClient(textDocument.uri), position));
connection.onDocumentSymbol(({ textDocument }) => features.symbols(uris.fromClient(textDocument.uri)));
connection.onCodeAction(({ textDocument, range }) => features.codeActions(uris.fromClient(textDocument.uri), range));

connection.onRequest(ScoreRequest, (params) => handleScore(workspace, uris.fromClient(params.uri), params, new Date()));
connection.onRequest(LadderStructureRequest, ({ uri }) => ladderStructure(workspace, uris.fromClient(uri), uris, new Date()));
connection.onRequest(WorkspaceSummaryRequest, () => workspaceSummary(workspace, uris, new Date()));
connection.onRequest(ScaffoldAssessmentRequest, (params) => scaffold(workspace, params, uris, new Date()));
connection.onRequest(ExportMarkdownRequest, ({ uri }) => exportMarkdown(workspace, uris.fromClient(uri), new Date()));
connection.onRequest(CalibrationRequest, ({ uri }) => handleCalibration(workspace, uris.fromClient(uri), uris, new Date()));

connection.onShutdown(() => {
  publisher.dispose();
  workspaceChanged.dispose();
});

documents.listen(connection);
connection.listen();
