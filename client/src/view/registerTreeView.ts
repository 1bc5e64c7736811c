import * as vscode from 'vscode';
import type { LadderTreeProvider } from './ladderTreeProvider';
import type { LadderTreeNode } from './nodes';
import { openDefinitionCommand } from './treeItems';

export const VIEW_ID = 'ladder.explorer';

/**
 * The Career Ladders view. Clicking a leaf runs its command; selecting an expandable node (a click
 * expands it) opens its definition beside the focus, so every click reveals where the node is defined.
 */
export function registerTreeView(provider: LadderTreeProvider): {
  view: vscode.TreeView<LadderTreeNode>;
  disposables: vscode.Disposable[];
} {
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const selection = view.onDidChangeSelection(({ selection: [node] }) => {
    if (!node || provider.getTreeItem(node).collapsibleState === vscode.TreeItemCollapsibleState.None) return;
    const command = openDefinitionCommand(node, provider.converter, true);
    if (command) void vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  });
  return { view, disposables: [view, selection] };
}
