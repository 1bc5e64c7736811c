import * as vscode from 'vscode';
import { RenamedIdEditsRequest } from '../../../server/src/protocol';
import type { LadderClient } from '../languageClientLoader';

/**
 * Replaces every former id (`formerly`) that the workspace's ladders and assessments still name by the
 * current id. The server computes the edits; each needs confirmation, so VS Code shows them in its
 * refactor preview, where they can be reviewed and unticked, before anything is written. Returns whether
 * edits were applied.
 */
export async function fixRenamedIds(client: LadderClient): Promise<boolean> {
  const result = await client.sendRequest(RenamedIdEditsRequest, {});
  const count = (result.documentChanges ?? []).reduce(
    (sum, change) => sum + ('edits' in change ? change.edits.length : 0),
    0,
  );
  if (count === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No ladder or assessment names a former id: nothing to fix.'),
    );
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result);
  return vscode.workspace.applyEdit(edit, { isRefactoring: true });
}
