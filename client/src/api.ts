import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { LadderCodeLensProvider } from './lenses/ladderCodeLensProvider';
import type { EligibilityPanelManager } from './panel/eligibilityPanel';
import type { TeamPanelManager } from './panel/teamPanel';
import type { EligibilityStatusBar } from './statusBar';
import type { LadderTreeProvider } from './view/ladderTreeProvider';
import type { LadderTreeNode } from './view/nodes';

/** What `activate` returns: the extension's parts, for the end-to-end tests and other extensions. */
export interface CareerLadderApi {
  client: BaseLanguageClient;
  treeProvider: LadderTreeProvider;
  treeView: vscode.TreeView<LadderTreeNode>;
  codeLensProvider: LadderCodeLensProvider;
  statusBar: EligibilityStatusBar;
  /** The eligibility panel: `snapshot()` is the verdict it shows, `onDidRender` fires with each new one. */
  eligibilityPanel: EligibilityPanelManager;
  /** The team view: `snapshot()` is the team it shows, `onDidRender` fires with each new one. */
  teamPanel: TeamPanelManager;
  /** Resolves once the language server has started (or rejects when it cannot). */
  ready: Promise<void>;
}
