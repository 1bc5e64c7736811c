import * as vscode from 'vscode';

/** Whether two URI strings name the same resource (spelt either way); false for anything unparsable. */
export function sameUri(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  try {
    return vscode.Uri.parse(a, true).toString() === vscode.Uri.parse(b, true).toString();
  } catch {
    return false;
  }
}
