import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, ladderClientOptions } from './clientOptions';
import { serveFileRequests } from './fileRequests';

export { CLIENT_ID, CLIENT_NAME };

const INSPECT_PORT = 6011;

/**
 * A small young generation (2 MB semi-spaces instead of V8's default of up to 16 MB): parsing allocates
 * in bursts, and the default lets the young generation grow to its maximum, which is most of the
 * server's resident memory beyond its live heap. Measured on a 1,000-assessment workspace, it lowers
 * the peak RSS by about a quarter at no CPU cost (docs/benchmarks.md).
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=2'];

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath('dist/server.js');
  return {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_OPTIONS } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', `--inspect=${INSPECT_PORT}`] },
    },
  };
}

/** Creates (without starting) the language client for ladder, competency and assessment files: the server in Node. */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  onGiveUp: () => void = () => undefined,
): LanguageClient {
  let client: LanguageClient | undefined;
  client = new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    serverOptions(context),
    ladderClientOptions(() => client, onGiveUp),
  );
  // A virtual workspace (no disk behind its folders) is read through the editor.
  context.subscriptions.push(...serveFileRequests(client));
  return client;
}

export { State } from 'vscode-languageclient/node';
