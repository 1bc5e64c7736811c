import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { LadderInitializationOptions } from '../../server/src/protocol';
import { workspaceDocumentSelector } from './documentSelector';
import { RestartPolicy } from './restartPolicy';
import { maxFileSizeMB } from './settings';

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
    // Read at every (re)start, so a changed `ladder.maxFileSize` applies after a restart. The bundle of the
    // display language (none in English) and the language itself make the server's messages and the numbers
    // in them in that language.
    initializationOptions: (): LadderInitializationOptions => ({
      maxFileSize: maxFileSizeMB(),
      ...(vscode.l10n.bundle ? { l10nBundle: vscode.l10n.bundle } : {}),
      locale: vscode.env.language,
    }),
    errorHandler,
    // A log channel: each line has a time and a level, and the user picks the levels shown.
    outputChannel: vscode.window.createOutputChannel(CLIENT_NAME, { log: true }),
  };
}
