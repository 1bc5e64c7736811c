import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { ExportMarkdownRequest } from '../../../server/src/protocol';
import { isAssessmentUri, isLadderUri } from '../ladderFiles';
import { activeUri, exists, uriFromArgument } from './arguments';
import { numberedName } from './fileNames';
import { pickLadderOrAssessment } from './pickers';

const exportable = (uri: vscode.Uri): boolean => isLadderUri(uri) || isAssessmentUri(uri);

const openDocument = (uri: vscode.Uri): vscode.TextDocument | undefined =>
  vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());

/**
 * An untitled Markdown document named after the source (`alex-kim.assessment.md` beside it), so that saving
 * proposes that name; a name taken on disk gets a number. Exporting the same file again reuses its
 * untitled document.
 */
async function exportTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(source, '..');
  const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  for (let n = 1; ; n++) {
    const file = vscode.Uri.joinPath(folder, numberedName(base, '.md', n));
    const untitled =
      source.scheme === 'file'
        ? file.with({ scheme: 'untitled' })
        : vscode.Uri.from({ scheme: 'untitled', path: numberedName(base, '.md', n) });
    if (openDocument(untitled) || !(await exists(file))) return untitled;
  }
}

/**
 * Exports a ladder (its structure) or an assessment (its verdict) as Markdown into an untitled editor:
 * the tree item or file it was invoked on, else the active editor, else one the user picks. Returns the
 * Markdown document, or undefined when cancelled or there was nothing to export.
 */
export async function exportMarkdown(
  client: LadderClient,
  argument?: unknown,
): Promise<vscode.TextDocument | undefined> {
  const uri = uriFromArgument(argument) ?? activeUri(exportable) ?? (await pickLadderOrAssessment(client));
  if (!uri) return undefined;
  if (!exportable(uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Only ladders (*.ladder.yaml) and self-assessments (*.assessment.yaml) can be exported.'),
    );
    return undefined;
  }
  const result = await client.sendRequest(ExportMarkdownRequest, { uri: uri.toString() });
  if (!result) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('{0} could not be exported: fix its errors first.', vscode.workspace.asRelativePath(uri)),
    );
    return undefined;
  }
  const target = await exportTarget(uri);
  const document = await vscode.languages.setTextDocumentLanguage(
    await vscode.workspace.openTextDocument(target),
    'markdown',
  );
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  await editor.edit((edit) => edit.replace(document.validateRange(whole), result.markdown));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor.document;
}
