// Screenshots of the workbench for the README, taken after the suite passed when SCREENSHOTS_ENV is set:
// the samples' workspace, the Career Ladders view expanded, an assessment with its code lenses and the
// eligibility panel beside it, in the Light+ and Dark+ themes. The suite arranges the workbench through
// the API; the launcher takes the pictures (see launcher.ts).
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import type { LadderTreeNode } from '../../../client/src/view/nodes';
import { closeAllEditors, extensionApi, openFile, waitFor } from './extensionHelpers';
import type { LauncherBridge, ThemeKind } from './launcher';

const LADDER = 'customer-engineering';
const ASSESSMENT = 'alex-kim.assessment.yaml';
const PERSON = 'Alex Kim';
const SIDE_BAR_WIDTH = 380;
const THEMES: { kind: ThemeKind; name: string; colorTheme: string; vscodeKind: vscode.ColorThemeKind }[] = [
  { kind: 'light', name: 'editor-light', colorTheme: 'Default Light+', vscodeKind: vscode.ColorThemeKind.Light },
  { kind: 'dark', name: 'editor-dark', colorTheme: 'Default Dark+', vscodeKind: vscode.ColorThemeKind.Dark },
];

const label = (api: CareerLadderApi, node: LadderTreeNode): string => {
  const item = api.treeProvider.getTreeItem(node);
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
};

async function setting(section: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(section, value, vscode.ConfigurationTarget.Global);
}

const exists = (uri: string): Thenable<boolean> =>
  vscode.workspace.fs.stat(vscode.Uri.parse(uri)).then(
    () => true,
    () => false,
  );

/** Waits until the view lists only files on disk: the samples, not what earlier tests created and deleted. */
async function waitForSamplesOnly(api: CareerLadderApi): Promise<void> {
  await waitFor('the view to list only files on disk', async () => {
    const missing: string[] = [];
    for (const ladder of await api.treeProvider.getChildren()) {
      if (ladder.kind !== 'ladder') continue;
      if (!(await exists(ladder.uri))) missing.push(ladder.uri);
      const folder = (await api.treeProvider.getChildren(ladder)).find((node) => node.kind === 'assessments');
      for (const node of folder ? await api.treeProvider.getChildren(folder) : []) {
        if (node.kind === 'assessment' && !(await exists(node.assessment.uri))) missing.push(node.assessment.uri);
      }
    }
    if (missing.length > 0) throw new Error(`listed but not on disk: ${missing.join(', ')}`);
    return true;
  });
}

/** Opens the Career Ladders view, wider than by default and below the collapsed files view, on one ladder:
 * its tracks and levels, and its assessments with one selected. */
async function arrangeView(api: CareerLadderApi, bridge: LauncherBridge): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.explorer');
  for (const view of ['outline', 'timeline']) await vscode.commands.executeCommand(`${view}.removeView`);
  await vscode.commands.executeCommand('ladder.explorer.focus');
  // The files view is titled with the folder's name.
  const filesView = vscode.workspace.workspaceFolders?.[0]?.name ?? 'workspace';
  await bridge.ask({ type: 'sideBar', collapse: [filesView], width: SIDE_BAR_WIDTH });
  await waitFor('the ladder expanded in the view', async () => {
    // Fresh nodes each time: a workspace change refreshes the view and replaces them.
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
    return api.treeView.selection[0] === assessment;
  });
}

/** The assessment in the first group with its code lenses, the panel in the second. */
async function arrangeEditors(api: CareerLadderApi): Promise<void> {
  const editor = await openFile(ASSESSMENT);
  await vscode.commands.executeCommand('ladder.showEligibility', editor.document.uri);
  await waitFor(`the panel on ${PERSON}`, () => api.eligibilityPanel.snapshot()?.person === PERSON);
  await vscode.commands.executeCommand('vscode.setEditorLayout', {
    orientation: 0,
    groups: [{ size: 0.46 }, { size: 0.54 }],
  });
  await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.keepEditor');
  await waitFor('the code lenses of the assessment', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
      100,
    );
    return lenses.filter((lens) => lens.command?.command === 'ladder.showEligibility').length >= 2;
  });
}

/** Arranges the workbench and asks the launcher for the screenshots; returns the files written. */
export async function takeScreenshots(bridge: LauncherBridge): Promise<string[]> {
  const api = await extensionApi();
  await closeAllEditors();
  await setting('editor.minimap.enabled', false);
  await setting('editor.cursorBlinking', 'solid');
  await setting('workbench.tips.enabled', false);
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await waitForSamplesOnly(api);
  await arrangeView(api, bridge);
  await arrangeEditors(api);
  await vscode.commands.executeCommand('notifications.clearAll');

  const written: string[] = [];
  for (const [index, theme] of THEMES.entries()) {
    await setting('workbench.colorTheme', theme.colorTheme);
    await waitFor(`the ${theme.colorTheme} theme`, () => vscode.window.activeColorTheme.kind === theme.vscodeKind);
    const files = await bridge.ask({
      type: 'screenshot',
      name: theme.name,
      theme: theme.kind,
      ...(index === 0 ? { sideBarName: 'view' } : {}),
    });
    written.push(...files);
  }
  return written;
}
