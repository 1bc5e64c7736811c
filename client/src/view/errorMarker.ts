import * as vscode from 'vscode';

/**
 * Marks a tree item holding errors (from the server's diagnostics of the ladder): an error icon, the count
 * before its description, and the messages in its tooltip. Items without errors are left as they are.
 */
export function markErrors(item: vscode.TreeItem, errors: readonly string[] | undefined): vscode.TreeItem {
  if (!errors || errors.length === 0) return item;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  const count = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
  item.description =
    typeof item.description === 'string' && item.description ? `${count} · ${item.description}` : count;
  const tooltip = typeof item.tooltip === 'string' ? item.tooltip : typeof item.label === 'string' ? item.label : '';
  item.tooltip = [tooltip, ...errors.map((message) => `Error: ${message}`)].filter(Boolean).join('\n');
  return item;
}
