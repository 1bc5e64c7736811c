import * as vscode from 'vscode';
import { isLadderTreeNode, nodeUri } from '../view/nodes';

/** The file a command was invoked on: a Uri (editor title, code lens), a URI or path string (tests,
 * other extensions) or a node of the Career Ladders tree (its context menu). */
export function uriFromArgument(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'string' && argument.length > 0) {
    return /^[a-z][a-z0-9+.-]*:/i.test(argument) && !/^[a-z]:[\\/]/i.test(argument)
      ? vscode.Uri.parse(argument)
      : vscode.Uri.file(argument);
  }
  if (isLadderTreeNode(argument)) {
    const uri = nodeUri(argument);
    return uri ? vscode.Uri.parse(uri) : undefined;
  }
  return undefined;
}

/** The active editor's document, if `accept` takes it. */
export function activeUri(accept: (uri: vscode.Uri) => boolean): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && accept(uri) ? uri : undefined;
}

/** Does a file (or folder) exist at `uri`? */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
