import * as vscode from 'vscode';
import { IndexingNotification, WorkspaceChangedNotification } from '../../server/src/protocol';
import type { CareerLadderApi } from './api';
import { registerCommands } from './commands/registerCommands';
import { debounce } from './debounce';
import { workspaceDocumentSelector } from './documentSelector';
import { LadderClient, requireClientBundle, type LoadLanguageClient } from './languageClientLoader';
import { LadderCodeLensProvider } from './lenses/ladderCodeLensProvider';
import { EligibilityPanelManager, registerEligibilitySerializer } from './panel/eligibilityPanel';
import { ServerStatusItem, SHOW_OUTPUT_COMMAND } from './serverStatus';
import { registerTeamSerializer, TeamPanelManager } from './panel/teamPanel';
import { MAX_FILE_SIZE, SECTION } from './settings';
import { EligibilityStatusBar } from './statusBar';
import { LadderTreeProvider } from './view/ladderTreeProvider';
import { registerTreeView } from './view/registerTreeView';
import { updateWorkspaceContext } from './workspaceContext';

let client: LadderClient | undefined;

export function activate(context: vscode.ExtensionContext): CareerLadderApi {
  return activateWith(context, requireClientBundle);
}

/** Activates the extension with the language client of its platform (the server in Node or in a web worker). */
export function activateWith(context: vscode.ExtensionContext, loadClient: LoadLanguageClient): CareerLadderApi {
  client = new LadderClient(context, loadClient);
  const languageClient = client;

  const treeProvider = new LadderTreeProvider(languageClient);
  const tree = registerTreeView(treeProvider);
  const codeLensProvider = new LadderCodeLensProvider(languageClient);
  const statusBar = new EligibilityStatusBar(languageClient);
  const panels = new EligibilityPanelManager(context, languageClient);
  const serverStatus = new ServerStatusItem();
  const team = new TeamPanelManager(context, languageClient);

  const refresh = (): void => {
    treeProvider.refresh();
    codeLensProvider.refresh();
    statusBar.refresh();
    void updateWorkspaceContext(languageClient);
  };
  const refreshSoon = debounce(refresh, 300);

  context.subscriptions.push(
    languageClient,
    treeProvider,
    ...tree.disposables,
    codeLensProvider,
    statusBar,
    panels,
    serverStatus,
    team,
    refreshSoon,
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => languageClient.showOutput()),
    vscode.languages.registerCodeLensProvider(workspaceDocumentSelector(), codeLensProvider),
    ...registerCommands({ client: languageClient, panels, team, refresh }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The size limit is sent in `initialize`, so the server must start again to use a new one.
      if (event.affectsConfiguration(`${SECTION}.${MAX_FILE_SIZE}`) && languageClient.isRunning())
        void languageClient.restart();
    }),
  );

  languageClient.onNotification(WorkspaceChangedNotification, () => {
    refreshSoon();
    // The server debounces this notification already; the team view asks for its ladder's team at once.
    team.refresh();
  });
  languageClient.onNotification(IndexingNotification, (params) => serverStatus.indexing(params));
  languageClient.onDidChangeServerState((state) => serverStatus.serverStateChanged(state));
  // After a restart the server has a fresh index: everything shown may be stale.
  languageClient.onDidStart(() => {
    refreshSoon();
    // A restarted server has lost nothing the panel needs: ask it again for the verdict on screen.
    panels.refresh();
    team.refresh();
  });

  registerEligibilitySerializer(context, panels);
  registerTeamSerializer(context, team);

  // Everything is registered: load the language client (its own bundle) once activation has returned.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => languageClient.start());
  ready.then(
    () => void updateWorkspaceContext(languageClient),
    (error: unknown) =>
      languageClient.reportError(vscode.l10n.t('The Career Ladder language server did not start'), error),
  );
  return {
    get client() {
      return languageClient.client;
    },
    treeProvider,
    treeView: tree.view,
    codeLensProvider,
    statusBar,
    eligibilityPanel: panels,
    teamPanel: team,
    ready,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
