import * as vscode from 'vscode';
import type { LadderInitializationOptions } from '../../server/src/protocol';
import { maxFileSizeMB } from './settings';

/**
 * What the language server is started with, read at every (re)start so that a changed `ladder.maxFileSize`
 * applies after a restart. The bundle of the display language (none in English) and the language itself
 * make the server's messages, and the numbers in them, in that language.
 */
export function ladderInitializationOptions(): LadderInitializationOptions {
  return {
    maxFileSize: maxFileSizeMB(),
    ...(vscode.l10n.bundle ? { l10nBundle: vscode.l10n.bundle } : {}),
    locale: vscode.env.language,
  };
}
