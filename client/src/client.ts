import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { LadderInitializationOptions } from '../../server/src/protocol';
import { LADDER_DOCUMENT_SELECTOR } from './ladderFiles';
import { RestartPolicy } from './restartPolicy';
import { maxFileSizeMB } from './settings';

/** The client id: VS Code reads `ladder.trace.server` for it. */
export const CLIENT_ID = 'ladder';
export const CLIENT_NAME = 'Career Ladder';

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

/**
 * Creates (without starting) the language client for ladder, competency and assessment files. A server
 * that crashes is restarted quietly; the user hears about it only when the client gives up (`onGiveUp`
 * is called then), and can then restart it from the message.
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  onGiveUp: () => void = () => undefined,
): LanguageClient {
  let client: LanguageClient | undefined;
  const errorHandler = new RestartPolicy({
    maxRestarts: 4,
    windowMs: 3 * 60_000,
    onGiveUp: (message) => {
      onGiveUp();
      void vscode.window.showErrorMessage(message, 'Restart', 'Show Output').then((choice) => {
        if (choice === 'Restart') void client?.start();
        if (choice === 'Show Output') client?.outputChannel.show();
      });
    },
  });
  const clientOptions: LanguageClientOptions = {
    documentSelector: LADDER_DOCUMENT_SELECTOR,
    // Read at every (re)start, so a changed `ladder.maxFileSize` applies after a restart.
    initializationOptions: (): LadderInitializationOptions => ({ maxFileSize: maxFileSizeMB() }),
    errorHandler,
    // A log channel: each line has a time and a level, and the user picks the levels shown.
    outputChannel: vscode.window.createOutputChannel(CLIENT_NAME, { log: true }),
  };
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(context), clientOptions);
  return client;
}

export { State } from 'vscode-languageclient/node';
