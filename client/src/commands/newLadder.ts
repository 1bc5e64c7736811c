import * as vscode from 'vscode';
import { newFileSuffix } from '../../../server/src/protocol';
import { exists, uriFromArgument } from './arguments';
import { ladderPathFromSaveDialog, ladderSaveFilters, numberedName } from './fileNames';
import { starterLadder } from './starterLadder';

/** Lets tests and other extensions create a ladder without any prompt: either in a new untitled
 * document, or in a file that must not exist yet. */
export interface NewLadderArgs {
  untitled?: boolean;
  uri?: string | vscode.Uri;
}

const SUFFIX = newFileSuffix('Ladder');

function baseFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
}

/**
 * An untitled document named like a ladder file (so the language server checks it as you type). VS Code
 * saves such a document to its path without asking, so the path is one the user chose (`target`), or,
 * for callers that want no prompt, a numbered `new.ladder.yaml` where saving will not replace a file.
 */
async function untitledLadder(target?: vscode.Uri): Promise<vscode.Uri> {
  const folder = baseFolder();
  for (let n = 1; ; n++) {
    const name = numberedName('new', SUFFIX, n);
    const path = target ?? (folder ? vscode.Uri.joinPath(folder, name) : undefined);
    const untitled = path ? path.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    if (!target && ((path && (await exists(path))) || isOpen(untitled))) continue;
    const document = await vscode.workspace.openTextDocument(untitled);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), starterLadder()));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    return untitled;
  }
}

async function writeLadder(target: vscode.Uri): Promise<vscode.Uri> {
  if (await exists(target))
    throw new Error(
      vscode.l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(target)),
    );
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(starterLadder()));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

/** Asks where to save until the user picks a file that does not exist yet (or cancels). */
async function askForFile(saveLabel: string): Promise<vscode.Uri | undefined> {
  const folder = baseFolder();
  let suggestion = folder ? vscode.Uri.joinPath(folder, `career${SUFFIX}`) : undefined;
  for (;;) {
    const chosen = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('New Career Ladder'),
      saveLabel,
      defaultUri: suggestion,
      filters: ladderSaveFilters(),
    });
    if (!chosen) return undefined;
    const target = chosen.with({ path: ladderPathFromSaveDialog(chosen.path) });
    if (!(await exists(target))) return target;
    const chooseAnother = vscode.l10n.t('Choose Another Name');
    const again = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists and will not be overwritten.', vscode.workspace.asRelativePath(target)),
      chooseAnother,
    );
    if (again !== chooseAnother) return undefined;
    suggestion = target;
  }
}

/**
 * Starts a new ladder from a commented template, in an untitled document or in a new file; never
 * overwrites a file. Returns the document's URI, or undefined when cancelled.
 */
export async function newLadder(argument?: unknown): Promise<vscode.Uri | undefined> {
  const args =
    typeof argument === 'object' && argument !== null && !(argument instanceof vscode.Uri)
      ? (argument as NewLadderArgs)
      : {};
  const uri = uriFromArgument(args.uri ?? (argument instanceof vscode.Uri ? argument : undefined));
  if (uri) return writeLadder(uri);
  if (args.untitled) return untitledLadder();

  const choice = await vscode.window.showQuickPick(
    [
      {
        label: `$(new-file) ${vscode.l10n.t('New Untitled Ladder')}`,
        detail: vscode.l10n.t(
          'Choose where it will be saved, start from the template, and save it when you are ready.',
        ),
        untitled: true,
      },
      {
        label: `$(save-as) ${vscode.l10n.t('New Ladder File…')}`,
        detail: vscode.l10n.t('Choose where to create *.ladder.yaml.'),
        untitled: false,
      },
    ],
    { title: vscode.l10n.t('New Career Ladder'), placeHolder: vscode.l10n.t('Where should the new ladder go?') },
  );
  if (!choice) return undefined;
  const target = await askForFile(choice.untitled ? vscode.l10n.t('Save Ladder Here') : vscode.l10n.t('Create Ladder'));
  if (!target) return undefined;
  return choice.untitled ? untitledLadder(target) : writeLadder(target);
}
