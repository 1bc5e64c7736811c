import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, ladderClientOptions } from './clientOptions';
import { serveFileRequests } from './fileRequests';
import { startServerWorker } from './serverWorker';

/**
 * Creates (without starting) the language client of VS Code for the Web: the server runs in a web worker
 * and reads every file through this client (`workspace.fs`), so virtual workspaces work too.
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  onGiveUp: () => void = () => undefined,
): LanguageClient {
  const worker = startServerWorker(context);
  let client: LanguageClient | undefined;
  client = new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    ladderClientOptions(() => client, onGiveUp),
    worker,
  );
  context.subscriptions.push(...serveFileRequests(client), { dispose: () => worker.terminate() });
  return client;
}

export { State } from 'vscode-languageclient/browser';
