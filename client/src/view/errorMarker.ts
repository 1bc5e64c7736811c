import * as vscode from 'vscode';

/**
 * Marks a tree item holding errors (from the server's diagnostics of the ladder): an error icon, the count
 * before its description, and the messages in its tooltip. Items without errors are left as they are.
 */
export function markErrors(item: vscode.TreeItem, errors: readonly string[] | undefined): vscode.TreeItem {
  if (!errors || errors.length === 0) return item;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  const count = errors.length === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors.length);
  item.description =
    typeof item.description === 'string' && item.description ? `${count} · ${item.description}` : count;
  const tooltip = typeof item.tooltip === 'string' ? item.tooltip : typeof item.label === 'string' ? item.label : '';
  item.tooltip = [tooltip, ...errors.map((message) => vscode.l10n.t('Error: {0}', message))].filter(Boolean).join('\n');
  return item;
}
