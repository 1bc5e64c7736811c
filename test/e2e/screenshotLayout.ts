// The workbench as the README's screenshots show it, for the desktop editor run (suite/screenshots.ts) and the
// web workbench run (web/webScreenshots.ts): the Career Ladders view on one ladder, an assessment with its code
// lenses and the eligibility panel beside it. Only the VS Code API: each run brings its own way of waiting and
// of asking its launcher to size the side bar.
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../client/src/api';
import type { LadderTreeNode } from '../../client/src/view/nodes';

export const SCREENSHOT_LADDER = 'customer-engineering';
export const SCREENSHOT_ASSESSMENT = 'alex-kim.assessment.yaml';
export const SCREENSHOT_PERSON = 'Alex Kim';
const SIDE_BAR_WIDTH = 380;

/** Polls `probe` until it is true (each run's own polling helper). */
export type Wait = (what: string, probe: () => boolean | Promise<boolean>) => Promise<unknown>;

/** Asks the launcher to collapse these views and size the side bar. */
export type SizeSideBar = (collapse: string[], width: number) => Promise<unknown>;

const label = (api: CareerLadderApi, node: LadderTreeNode): string => {
  const item = api.treeProvider.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
};

export async function setGlobalSetting(section: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(section, value, vscode.ConfigurationTarget.Global);
}

/** The Career Ladders view, wider than by default and below the collapsed files view, on one ladder: its
 * tracks and levels, and its assessments with one selected. */
export async function arrangeView(api: CareerLadderApi, wait: Wait, sizeSideBar: SizeSideBar): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.explorer');
  for (const view of ['outline', 'timeline']) await vscode.commands.executeCommand(`${view}.removeView`);
  await vscode.commands.executeCommand('ladder.explorer.focus');
  // The files view is titled with the folder's name.
  const filesView = vscode.workspace.workspaceFolders?.[0]?.name ?? 'workspace';
  await sizeSideBar([filesView], SIDE_BAR_WIDTH);
  await wait('the ladder expanded in the view', async () => {
    // Fresh nodes each time: a workspace change refreshes the view and replaces them.
    const ladder = (await api.treeProvider.getChildren()).find(
      (node) => node.kind === 'ladder' && node.id === SCREENSHOT_LADDER,
    );
    if (!ladder) throw new Error(`no ${SCREENSHOT_LADDER} ladder in the view`);
    await api.treeView.reveal(ladder, { expand: true, select: false, focus: false });
    const children = await api.treeProvider.getChildren(ladder);
    for (const child of children) await api.treeView.reveal(child, { expand: true, select: false, focus: false });
    const folder = children.find((node) => node.kind === 'assessments');
    const assessment =
      folder && (await api.treeProvider.getChildren(folder)).find((node) => label(api, node) === SCREENSHOT_PERSON);
    if (!assessment) throw new Error(`no assessment of ${SCREENSHOT_PERSON} under ${SCREENSHOT_LADDER}`);
    await api.treeView.reveal(assessment, { select: true, focus: false });
    return api.treeView.selection[0] === assessment;
  });
}

/** The assessment in the first group with its code lenses, the panel in the second. */
export async function arrangeEditors(api: CareerLadderApi, document: vscode.TextDocument, wait: Wait): Promise<void> {
  await vscode.commands.executeCommand('ladder.showEligibility', document.uri);
  await wait(`the panel on ${SCREENSHOT_PERSON}`, () => api.eligibilityPanel.snapshot()?.person === SCREENSHOT_PERSON);
  await vscode.commands.executeCommand('vscode.setEditorLayout', {
    orientation: 0,
    groups: [{ size: 0.46 }, { size: 0.54 }],
  });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.keepEditor');
  await wait('the code lenses of the assessment', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
      100,
    );
    return lenses.filter((lens) => lens.command?.command === 'ladder.showEligibility').length >= 2;
  });
}
