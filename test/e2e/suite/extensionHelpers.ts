// Shared by the extension's end-to-end tests: the extension's API, waiting by polling, files of the
// throwaway workspace, and the language server's process.
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';

export const EXTENSION_ID = 'career-ladder.career-ladder';

/** Activates the extension and waits until its language server runs. */
export async function extensionApi(): Promise<CareerLadderApi> {
  const extension = vscode.extensions.getExtension<CareerLadderApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the editor under test`);
  const api = await extension.activate();
  await api.ready;
  return api;
}

/**
 * Polls `probe` until it returns something other than undefined (or false), and returns that. Fails
 * after `timeoutMs` with `what` and the last value seen or error thrown.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A file of the workspace folder (a copy of samples/ the tests may change). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor under test has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** Replaces the first occurrence of `search` in the document through a WorkspaceEdit (like typing). */
export async function replaceText(document: vscode.TextDocument, search: string, replacement: string): Promise<void> {
  const offset = document.getText().indexOf(search);
  if (offset < 0) throw new Error(`"${search}" is not in ${document.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(
    document.uri,
    new vscode.Range(document.positionAt(offset), document.positionAt(offset + search.length)),
    replacement,
  );
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the edit of ${document.uri.path} was refused`);
}

/**
 * Deletes files the way the editor does, through a WorkspaceEdit: their documents close too, so the
 * language server stops seeing them as open (after `workspace.fs.delete`, their documents stay open for a while).
 */
export async function deleteFiles(...uris: vscode.Uri[]): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  for (const uri of uris) edit.deleteFile(uri, { ignoreIfNotExists: true });
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new Error(`could not delete ${uris.map((uri) => uri.path).join(', ')}`);
}

/**
 * Opens a file of the workspace, optionally edits it (the first `search` replaced, as typing would), and waits
 * until the language server has published diagnostics for it that `accept` takes (by default: any). Returns them.
 */
export async function diagnosticsAfterOpening(
  name: string,
  edit?: { search: string; replacement: string },
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
): Promise<vscode.Diagnostic[]> {
  const { document } = await openFile(name);
  if (edit) await replaceText(document, edit.search, edit.replacement);
  return waitFor(`diagnostics of ${name}`, () => {
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

export const errorsOf = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);

/** The pids of the language servers this extension host started (children running dist/server.js; not the
 * YAML extension stand-in's yaml-language-server, whose module is a server.js too). */
export function languageServerPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (commandLine.some((arg) => arg.endsWith('/dist/server.js'))) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Closes every editor, so each test starts from an empty window. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
