// The README's screenshot of the web workbench (launch-web.ts --screenshots DIR, after the checks passed):
// the samples in a `memfs:` folder, the Career Ladders view on a ladder, Alex Kim's assessment with its code
// lenses and the eligibility panel beside it, Light+ theme. The suite arranges the workbench through the
// API; the launcher takes the picture (web.png).
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import type { LadderTreeNode } from '../../../client/src/view/nodes';
import { activatedBySomethingElse, equal, expectInactive, poll, runChecks } from './webChecks';
import { webBridge } from './webBridge';

const LADDER = 'customer-engineering';
const ASSESSMENT = 'alex-kim.assessment.yaml';
const PERSON = 'Alex Kim';
const SIDE_BAR_WIDTH = 380;

const label = (api: CareerLadderApi, node: LadderTreeNode): string => {
  const item = api.treeProvider.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
};

async function setting(section: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(section, value, vscode.ConfigurationTarget.Global);
}

/** The Career Ladders view, wider than by default and below the collapsed files view, on one ladder: its
 * tracks and levels, and its assessments with one selected. */
async function arrangeView(api: CareerLadderApi): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.explorer');
  for (const view of ['outline', 'timeline']) await vscode.commands.executeCommand(`${view}.removeView`);
  await vscode.commands.executeCommand('ladder.explorer.focus');
  const filesView = vscode.workspace.workspaceFolders?.[0]?.name ?? 'samples';
  await webBridge.ask({ type: 'sideBar', collapse: [filesView], width: SIDE_BAR_WIDTH });
  await poll('the ladder expanded in the view', async () => {
    const ladder = (await api.treeProvider.getChildren()).find((node) => node.kind === 'ladder' && node.id === LADDER);
    if (!ladder) throw new Error(`no ${LADDER} ladder in the view`);
    await api.treeView.reveal(ladder, { expand: true, select: false, focus: false });
    const children = await api.treeProvider.getChildren(ladder);
    for (const child of children) await api.treeView.reveal(child, { expand: true, select: false, focus: false });
    const folder = children.find((node) => node.kind === 'assessments');
    const assessment =
      folder && (await api.treeProvider.getChildren(folder)).find((node) => label(api, node) === PERSON);
    if (!assessment) throw new Error(`no assessment of ${PERSON} under ${LADDER}`);
    await api.treeView.reveal(assessment, { select: true, focus: false });
    return api.treeView.selection[0] === assessment ? true : undefined;
  });
}

/** The assessment in the first group with its code lenses, the panel in the second. */
async function arrangeEditors(api: CareerLadderApi, document: vscode.TextDocument): Promise<void> {
  await vscode.commands.executeCommand('ladder.showEligibility', document.uri);
  await poll(`the panel on ${PERSON}`, () => (api.eligibilityPanel.snapshot()?.person === PERSON ? true : undefined));
  await vscode.commands.executeCommand('vscode.setEditorLayout', {
    orientation: 0,
    groups: [{ size: 0.46 }, { size: 0.54 }],
  });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.keepEditor');
  await poll('the code lenses of the assessment', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
      100,
    );
    return lenses.filter((lens) => lens.command?.command === 'ladder.showEligibility').length >= 2 ? true : undefined;
  });
}

export async function run(): Promise<void> {
  let api: CareerLadderApi | undefined;
  let document: vscode.TextDocument | undefined;
  await runChecks([
    [
      'the extension starts by itself on the samples when an assessment is opened',
      async () => {
        expectInactive();
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!folder) throw new Error('no workspace folder');
        document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ASSESSMENT));
        await vscode.window.showTextDocument(document);
        api = await activatedBySomethingElse();
      },
    ],
    [
      'the web workbench, arranged, is written to web.png',
      async () => {
        if (!api || !document) throw new Error('the extension did not start');
        await setting('editor.minimap.enabled', false);
        await setting('editor.cursorBlinking', 'solid');
        await setting('workbench.tips.enabled', false);
        await setting('workbench.colorTheme', 'Default Light+');
        await poll('the Light+ theme', () =>
          vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light ? true : undefined,
        );
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await arrangeView(api);
        await arrangeEditors(api, document);
        await vscode.commands.executeCommand('notifications.clearAll');
        const written = await webBridge.ask({ type: 'screenshot', name: 'web', theme: 'light' });
        equal(
          written.map((file) => file.slice(file.lastIndexOf('/') + 1)),
          ['web.png'],
          'the files written',
        );
      },
    ],
  ]);
}
