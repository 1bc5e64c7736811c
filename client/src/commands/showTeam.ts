import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { isLadderUri } from '../ladderFiles';
import type { TeamPanelManager } from '../panel/teamPanel';
import { activeUri, uriFromArgument } from './arguments';
import { pickLadder } from './pickers';

/**
 * Opens the team view of a ladder: the one the command was invoked on (the Career Ladders view's context
 * menu), else the active editor's, else one the user picks.
 */
export async function showTeam(client: LadderClient, team: TeamPanelManager, argument?: unknown): Promise<void> {
  const uri =
    uriFromArgument(argument) ??
    activeUri(isLadderUri) ??
    (await pickLadder(client, vscode.l10n.t('Show the team of…')));
  if (!uri) return;
  if (!isLadderUri(uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The team view shows the self-assessments of a ladder (*.ladder.yaml).'),
    );
    return;
  }
  await team.show(uri);
}
