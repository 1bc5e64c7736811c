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
const SHOW_OUTPUT: vscode.Command = { title: 'Show Output', command: SHOW_OUTPUT_COMMAND };

export function stateFromIndexing({ state, files }: IndexingParams): ServerState {
  return { kind: state, files };
}

const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;

/** The language status item on ladder files: the server's state, the files it indexed, and its output. */
export class ServerStatusItem implements vscode.Disposable {
  readonly item = vscode.languages.createLanguageStatusItem('ladder.server', workspaceDocumentSelector());

  private state: ServerState = { kind: 'starting' };

  constructor() {
    this.item.name = 'Career Ladder Language Server';
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
    item.command = SHOW_OUTPUT;
    switch (state.kind) {
      case 'starting':
        item.text = 'Career Ladder: starting';
        item.detail = 'The language server is starting';
        break;
      case 'indexing':
        item.text = `Career Ladder: indexing ${files(state.files)}`;
        item.detail = 'Reading the ladder files of the workspace';
        break;
      case 'ready':
        item.text = `Career Ladder: ${files(state.files)}`;
        item.detail = `Ready: ${files(state.files)} indexed`;
        break;
      case 'stopped':
        item.text = 'Career Ladder: stopped';
        item.detail = 'The language server is not running';
        break;
      case 'crashed':
        item.text = 'Career Ladder: crashed';
        item.detail = 'The language server crashed and was not restarted; its output says why';
        break;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
