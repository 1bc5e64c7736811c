import * as vscode from 'vscode';
import type { LadderClient } from './languageClientLoader';
import { WorkspaceSummaryRequest } from '../../server/src/protocol';

/** Context keys for when-clauses: whether the workspace has any ladder or assessment. */
export const HAS_LADDERS = 'ladder.hasLadders';
export const HAS_ASSESSMENTS = 'ladder.hasAssessments';

/** Updates the context keys from the server's workspace summary. */
export async function updateWorkspaceContext(client: LadderClient): Promise<void> {
  try {
    const summary = await client.sendRequest(WorkspaceSummaryRequest, {});
    await vscode.commands.executeCommand('setContext', HAS_LADDERS, summary.ladders.length > 0);
    await vscode.commands.executeCommand('setContext', HAS_ASSESSMENTS, summary.assessments.length > 0);
  } catch {
    // The server is restarting; the next workspace change updates the keys.
  }
}
