// The extension in VS Code for the Web (package.json `browser`): the same extension, with the language
// client and its web worker server bundled in instead of loaded from disk.
import type * as vscode from 'vscode';
import type { CareerLadderApi } from './api';
import * as browserClient from './browserClient';
import { activateWith, deactivate } from './extension';

export function activate(context: vscode.ExtensionContext): CareerLadderApi {
  return activateWith(context, () => browserClient);
}

export { deactivate };
