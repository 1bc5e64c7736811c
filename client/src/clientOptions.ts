import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { workspaceDocumentSelector } from './documentSelector';
import { ladderInitializationOptions } from './initializationOptions';
import { RestartPolicy } from './restartPolicy';

/** The client id: VS Code reads `ladder.trace.server` for it. */
export const CLIENT_ID = 'ladder';
export const CLIENT_NAME = 'Career Ladder';

/**
 * The language client's options, the same in Node and in a browser. A server that crashes is restarted
 * quietly; the user hears about it only when the client gives up (`onGiveUp` is called then), and can
 * then restart it from the message.
 */
export function ladderClientOptions(
  client: () => BaseLanguageClient | undefined,
  onGiveUp: () => void,
): LanguageClientOptions {
  const errorHandler = new RestartPolicy({
    maxRestarts: 4,
    windowMs: 3 * 60_000,
    onGiveUp: (message) => {
      onGiveUp();
      const restart = vscode.l10n.t('Restart');
      const showOutput = vscode.l10n.t('Show Output');
      void vscode.window.showErrorMessage(message, restart, showOutput).then((choice) => {
        if (choice === restart) void client()?.start();
        if (choice === showOutput) client()?.outputChannel.show();
      });
    },
  });
  return {
    documentSelector: workspaceDocumentSelector(),
    initializationOptions: ladderInitializationOptions,
    errorHandler,
    // A log channel: each line has a time and a level, and the user picks the levels shown.
    outputChannel: vscode.window.createOutputChannel(CLIENT_NAME, { log: true }),
  };
}
