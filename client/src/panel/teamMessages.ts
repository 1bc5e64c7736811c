/**
 * The messages between the team view's host (the extension) and its webview. Type-only: nothing here
 * exists at run time.
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { TeamChanges, TeamResult } from '../../../server/src/protocol';

export type { Range, TeamChanges, TeamResult };

/** The ladder's team, as the language server last answered. */
export interface TeamMessage {
  type: 'team';
  result: TeamResult;
}

/** What changed in the team since the version the webview was last sent (after an edit: one person). */
export interface TeamChangesMessage {
  type: 'changes';
  changes: TeamChanges;
}

export interface TeamErrorMessage {
  type: 'error';
  message: string;
}

export type HostToTeamMessage = TeamMessage | TeamChangesMessage | TeamErrorMessage;

/** The webview listens (or cannot apply the changes it was sent): the host sends the latest team, whole. */
export interface TeamReadyMessage {
  type: 'ready';
}

/** Open `uri` (an assessment of the team, or its ladder) with `range` selected. */
export interface TeamRevealMessage {
  type: 'reveal';
  uri: string;
  range: Range;
}

export type TeamToHostMessage = TeamReadyMessage | TeamRevealMessage;

export type TeamSortKey = 'person' | 'level' | 'readiness';

/** What the webview keeps through `setState`, and the host revives the view from. */
export interface TeamViewState {
  ladderUri: string;
  /** Names replaced by "Person N" (for sharing a screen). */
  anonymize: boolean;
  sort: { key: TeamSortKey; descending: boolean };
  result?: TeamResult;
}
