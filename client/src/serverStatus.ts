import * as vscode from 'vscode';
import type { IndexingParams } from '../../server/src/protocol';
import type { ServerRunState } from './languageClientLoader';
import { workspaceDocumentSelector } from './documentSelector';

/** What the language server is doing, as the language status item shows it. */
export type ServerState =
  | { kind: 'starting' }
  | { kind: 'indexing'; files: number }
  | { kind: 'ready'; files: number }
  | { kind: 'stopped' }
  | { kind: 'crashed' };

/** Opens the language server's output (the item's link, and the command palette). */
export const SHOW_OUTPUT_COMMAND = 'ladder.showOutput';
const showOutput = (): vscode.Command => ({ title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND });

export function stateFromIndexing({ state, files }: IndexingParams): ServerState {
  return { kind: state, files };
}

/** The language status item on ladder files: the server's state, the files it indexed, and its output. */
export class ServerStatusItem implements vscode.Disposable {
  readonly item = vscode.languages.createLanguageStatusItem('ladder.server', workspaceDocumentSelector());

  private state: ServerState = { kind: 'starting' };

  constructor() {
    this.item.name = vscode.l10n.t('Career Ladder Language Server');
    this.show(this.state);
  }

  /** The client's view of the server. Running is shown as starting until the server says it is indexing. */
  serverStateChanged(state: ServerRunState): void {
    if (state === 'starting' || state === 'stopped' || state === 'crashed') this.show({ kind: state });
    else if (this.state.kind === 'stopped' || this.state.kind === 'crashed') this.show({ kind: 'starting' });
  }

  /** The server's ladder/indexing notification. */
  indexing(params: IndexingParams): void {
    this.show(stateFromIndexing(params));
  }

  show(state: ServerState): void {
    this.state = state;
    const item = this.item;
    item.busy = state.kind === 'starting' || state.kind === 'indexing';
    item.severity =
      state.kind === 'crashed'
        ? vscode.LanguageStatusSeverity.Error
        : state.kind === 'stopped'
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    item.command = showOutput();
    switch (state.kind) {
      case 'starting':
        item.text = vscode.l10n.t('Career Ladder: starting');
        item.detail = vscode.l10n.t('The language server is starting');
        break;
      case 'indexing':
        item.text =
          state.files === 1
            ? vscode.l10n.t('Career Ladder: indexing 1 file')
            : vscode.l10n.t('Career Ladder: indexing {0} files', state.files);
        item.detail = vscode.l10n.t('Reading the ladder files of the workspace');
        break;
      case 'ready':
        item.text =
          state.files === 1
            ? vscode.l10n.t('Career Ladder: 1 file')
            : vscode.l10n.t('Career Ladder: {0} files', state.files);
        item.detail =
          state.files === 1
            ? vscode.l10n.t('Ready: 1 file indexed')
            : vscode.l10n.t('Ready: {0} files indexed', state.files);
        break;
      case 'stopped':
        item.text = vscode.l10n.t('Career Ladder: stopped');
        item.detail = vscode.l10n.t('The language server is not running');
        break;
      case 'crashed':
        item.text = vscode.l10n.t('Career Ladder: crashed');
        item.detail = vscode.l10n.t('The language server crashed and was not restarted; its output says why');
        break;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
