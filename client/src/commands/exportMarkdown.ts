import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportMarkdownRequest } from '../../../server/src/protocol';
import { isAssessmentUri, isLadderUri } from '../ladderFiles';
import { activeUri, uriFromArgument } from './arguments';
import { pickLadderOrAssessment } from './pickers';

const exportable = (uri: vscode.Uri): boolean => isLadderUri(uri) || isAssessmentUri(uri);

/**
 * Exports a ladder (its structure) or an assessment (its verdict) as Markdown into a new untitled
 * editor: the tree item or file it was invoked on, else the active editor, else one the user picks.
 * Returns the Markdown document, or undefined when cancelled or there was nothing to export.
 */
export async function exportMarkdown(client: LanguageClient, argument?: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = uriFromArgument(argument) ?? activeUri(exportable) ?? (await pickLadderOrAssessment(client));
  if (!uri) return undefined;
  if (!exportable(uri)) {
    void vscode.window.showErrorMessage('Only ladders (*.ladder.yaml) and self-assessments (*.assessment.yaml) can be exported.');
    return undefined;
  }
  const result = await client.sendRequest(ExportMarkdownRequest, { uri: uri.toString() });
  if (!result) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} could not be exported: fix its errors first.`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
